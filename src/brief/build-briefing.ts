import type { Doc } from '../doc.js';
import type { FactTable, Quiz } from '../schema/index.js';
import { ArticleText } from './article-text.js';
import { BriefContext } from './context.js';
import type { BriefSource, Briefing, CheckQuestion, KeySentence } from './model.js';
import { KEY_SENTENCES_MAX, selectKeySentences } from './key-sentences.js';
import { KEY_NUMBERS_MAX, selectKeyNumbers } from './key-numbers.js';
import { KEY_QUOTES_MAX, selectKeyQuotes } from './key-quotes.js';
import { selectTimeline } from './timeline.js';
import { WHOS_WHO_MAX, centralNames, selectWhosWho } from './whos-who.js';
import { selectDifferences } from './differences.js';
import { chooseTitle, mainHeadline } from './title.js';
import { mainStory } from './stories.js';
import { tidy } from '../text/content-words.js';

export interface BriefingOptions {
  /** Check questions to print (from `generateQuiz`); the first ones are kept. */
  quiz?: Quiz;
  questions?: number;
}

/**
 * Items offered beyond each list's usual length (KEY_SENTENCES_MAX, ...): they rank below the
 * others, and the layout shows them only in room the page would otherwise leave empty (one short article).
 */
export const FILL_ITEMS = { sentences: 7, numbers: 3, quotes: 3, people: 4 } as const;

/** Everything the one-page briefing can show, ranked; the layout decides how much fits. */
export function buildBriefing(table: FactTable, docs: Doc[], options: BriefingOptions = {}): Briefing {
  const ctx = new BriefContext(table, new ArticleText(docs));
  const keyNames = centralNames(ctx);
  const { title, from } = chooseTitle(table.articles, keyNames);
  const dates = table.articles.map((a) => a.published).filter((d): d is string => !!d).sort();
  const outlets = [...new Set(table.articles.map((a) => a.outlet?.trim()).filter((o): o is string => !!o))];

  const whatHappened = withoutContradicting(table, selectKeySentences(docs.filter((d) => ctx.articleOrder.has(d.article.id)), KEY_SENTENCES_MAX + FILL_ITEMS.sentences, table));
  const titleArticle = from === 'article-title' ? (table.articles.find((a) => a.title && mainHeadline(tidy(a.title)) === title)?.id ?? null) : null;
  const briefing: Briefing = {
    title,
    titleFrom: from,
    keyNames,
    asOf: dates.at(-1) ?? null,
    outlets,
    sources: sourcesOf(table, docs),
    whatHappened,
    keyNumbers: selectKeyNumbers(ctx, KEY_NUMBERS_MAX + FILL_ITEMS.numbers, whatHappened),
    keyQuotes: selectKeyQuotes(ctx, KEY_QUOTES_MAX + FILL_ITEMS.quotes),
    timeline: selectTimeline(ctx, undefined, mainStory(ctx, titleArticle, whatHappened)),
    whosWho: selectWhosWho(ctx, WHOS_WHO_MAX + FILL_ITEMS.people),
    differences: selectDifferences(ctx),
    questions: checkQuestions(options),
  };
  countCitations(briefing);
  return briefing;
}

/**
 * A similar sentence elsewhere is not the same report when that article contradicts a fact of
 * this one (another figure, date, title or speaker): it leaves the sentence's reporters.
 */
function withoutContradicting(table: FactTable, sentences: KeySentence[]): KeySentence[] {
  const disputed = table.facts.filter((f) => f.conflictsWith?.length);
  if (disputed.length === 0) return sentences;
  const articleOf = new Map(table.facts.map((f) => [f.id, f.article]));
  return sentences.map((s) => {
    const against = new Set<string>();
    for (const f of disputed) {
      if (f.article !== s.article || f.span.start < s.span.start || f.span.end > s.span.end) continue;
      for (const id of f.conflictsWith!) against.add(articleOf.get(id)!);
    }
    against.delete(s.article);
    return against.size ? { ...s, reportedBy: s.reportedBy.filter((a) => !against.has(a)) } : s;
  });
}

/** Words of an untitled article's opening shown in Sources. */
const OPENING_WORDS = 8;

function sourcesOf(table: FactTable, docs: Doc[]): BriefSource[] {
  const docOf = new Map(docs.map((d) => [d.article.id, d]));
  const openingOf = (id: string): string | null => {
    const doc = docOf.get(id);
    const first = doc?.sentences[0];
    if (!doc || !first) return null;
    const words = tidy(doc.text.slice(first.start, first.end)).split(' ').filter(Boolean);
    if (words.length === 0) return null;
    return words.length > OPENING_WORDS ? `${words.slice(0, OPENING_WORDS).join(' ').replace(/[,;:]$/, '')}…` : words.join(' ');
  };
  return table.articles.map((a, i) => ({
    article: a.id,
    number: i + 1,
    label: a.outlet?.trim() || `#${i + 1}`,
    outlet: a.outlet?.trim() || null,
    title: a.title ? tidy(a.title) : null,
    published: a.published ?? null,
    path: a.path,
    opening: a.title ? null : openingOf(a.id),
    cited: 0,
  }));
}

function checkQuestions(options: BriefingOptions): CheckQuestion[] {
  const wanted = options.questions ?? options.quiz?.questions.length ?? 0;
  return (options.quiz?.questions ?? []).slice(0, wanted).map((q, i) => ({
    rank: 1 / (1 + i),
    stem: tidy(q.stem),
    options: q.options.map((o) => tidy(o.text)),
    answer: q.answer,
    facts: q.facts,
  }));
}

function countCitations(b: Briefing): void {
  const cited = new Map<string, number>();
  const cite = (ids: string[]) => ids.forEach((id) => cited.set(id, (cited.get(id) ?? 0) + 1));
  for (const s of b.whatHappened) cite(s.reportedBy);
  for (const n of b.keyNumbers) cite(n.reportedBy);
  for (const q of b.keyQuotes) cite(q.reportedBy);
  for (const t of b.timeline) cite(t.reportedBy);
  for (const d of b.differences) for (const v of d.variants) cite(v.reportedBy);
  for (const s of b.sources) s.cited = cited.get(s.article) ?? 0;
}
