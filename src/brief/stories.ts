import type { BriefContext } from './context.js';
import { storyGroups } from '../stories.js';

/**
 * The articles of the briefing's main story, or null when every article belongs to it. Articles
 * are grouped by the rule timeline questions use too (src/stories.ts: what they share, weighted
 * by how rare it is in the pile). The main story is the largest group, then the one whose
 * headline is the page title, then the one reporting most of What happened, then the first.
 */
export function mainStory(ctx: BriefContext, titleArticle: string | null, reported: ReadonlyArray<{ reportedBy: readonly string[] }>): Set<string> | null {
  if (ctx.table.articles.length < 2) return null;
  // In the articles' order: a tie below goes to the group whose first article comes first.
  const groups = storyGroups(ctx.table);
  if (groups.length === 1) return null;
  const reports = new Map<string, number>();
  for (const r of reported) for (const a of new Set(r.reportedBy)) reports.set(a, (reports.get(a) ?? 0) + 1);
  const key = (g: string[]) => [g.length, titleArticle !== null && g.includes(titleArticle) ? 1 : 0, g.reduce((s, a) => s + (reports.get(a) ?? 0), 0)];
  let best: string[] | null = null;
  for (const g of groups) {
    if (!best) best = g;
    else {
      const [a, b] = [key(g), key(best)];
      const i = a.findIndex((v, k) => v !== b[k]);
      if (i >= 0 && a[i] > b[i]) best = g;
    }
  }
  return new Set(best);
}
