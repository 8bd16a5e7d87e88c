import type { Article } from '../schema/index.js';
import { contentWords, tidy, wordCount } from '../text/content-words.js';

/** A headline longer than this is a paragraph that lost its line break, not a title. */
const MAX_TITLE_WORDS = 30;

/**
 * The most representative headline: the title whose words recur most in the other titles and
 * among the central names. Falls back to the central names when no article has a title.
 */
export function chooseTitle(articles: Article[], keyNames: string[]): { title: string; from: 'article-title' | 'entities' | 'none' } {
  const titles = articles.map((a) => (a.title ? mainHeadline(tidy(a.title)) : '')).filter((t) => t && wordCount(t) <= MAX_TITLE_WORDS);
  if (titles.length > 0) {
    const inTitles = new Map<string, number>();
    for (const t of titles) for (const w of new Set(contentWords(t))) inTitles.set(w, (inTitles.get(w) ?? 0) + 1);
    const nameWords = new Set(keyNames.flatMap(contentWords));
    let best = titles[0];
    let bestScore = -Infinity;
    for (const t of titles) {
      const words = [...new Set(contentWords(t))];
      const score = words.reduce((s, w) => s + (inTitles.get(w)! - 1) + (nameWords.has(w) ? 1 : 0), 0) / Math.sqrt(Math.max(4, words.length));
      if (score > bestScore) [best, bestScore] = [t, score];
    }
    return { title: best, from: 'article-title' };
  }
  if (keyNames.length > 0) return { title: keyNames.slice(0, 3).join(' · '), from: 'entities' };
  return { title: 'Briefing', from: 'none' };
}

/**
 * A print headline and its deck joined by a semicolon ("Council backs bridge; Opponents vow to
 * fight on in court"): the page title is the headline. A short head ("Yes; ...") is kept whole.
 */
export function mainHeadline(title: string): string {
  const cut = title.indexOf('; ');
  return cut >= 0 && wordCount(title.slice(0, cut)) >= 4 && wordCount(title.slice(cut + 2)) >= 4 ? title.slice(0, cut) : title;
}
