import { compareText } from './compare.js';
import type { NumberFact } from '../schema/index.js';
import type { BriefContext } from './context.js';
import type { KeyNumber, KeySentence } from './model.js';
import { QUALIFIER_WORDS } from './wording.js';
import { QUALIFIERS_AFTER, QUALIFIERS_BEFORE } from '../extract/numbers/words.js';
import { alternation } from '../regex.js';
import { contentWords } from '../text/content-words.js';
import { countedThing, isVagueAmount } from '../refine/counted-thing.js';
import { everyWordCapitalised } from '../text/case.js';

export const KEY_NUMBERS_MAX = 6;

/** A bare four-digit year is a date, not a quantity. */
function looksLikeYear(f: NumberFact): boolean {
  return f.unit === null && Number.isInteger(f.value) && f.value >= 1000 && f.value <= 2200 && /^\d{4}$/.test(f.text.trim());
}

/** "one relevant law", "a single case": one of something is no figure worth knowing. */
function isOne(f: NumberFact): boolean {
  return f.unit === null && f.value === 1;
}

/**
 * A figure that describes one person or object rather than what happened: an age ("Ann Lee, 32",
 * "a 17-year-old"), the length of a document ("the 800-page report", "100 pages of the filing"),
 * a calibre or gauge glued to its noun ("a 9mm pistol"). Teachers do not ask pupils to learn these.
 */
export function describesOneThing(f: Pick<NumberFact, 'text' | 'unit' | 'counts'>): boolean {
  const text = f.text.replace(/\s+/g, ' ').trim();
  const counts = f.counts?.replace(/\s+/g, ' ').trim().toLowerCase() ?? '';
  if (AGE.test(f.unit ?? '') || AGE.test(text)) return true;
  if (/\d-?pages?$/i.test(text) || /^pages?$/.test(counts) || ONE_DOCUMENT.test(counts)) return true;
  return /^\d+(?:\.\d+)?-?(?:mm|millimet(?:er|re)|cal(?:iber|ibre)?|gauge)$/i.test(text);
}
const AGE = /\b(?:years?|months?|weeks?|days?)[- ]old\b/i;
const ONE_DOCUMENT = /^pages? (?:of|in|from) (?:the|a|an|this|that|its|his|her|their)\b/;

/** "6 o'clock" is a time of day, not a quantity. */
const CLOCK = /\bo['’]clock\b/i;

/**
 * What a figure counts, as the page shows it; null when the table's `counts` is only a name
 * ("3 percent | Ann Lee": of what?), so the sentence excerpt says it instead.
 */
function countsShown(counts: string | null): string | null {
  const text = counts?.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const words = text.split(/[^\p{L}\p{N}'’]+/u).filter(Boolean);
  return everyWordCapitalised(words) ? null : text;
}

/** The text already says how exact it is ("below 5%", "5,000 or more"): no qualifier is added. */
const QUALIFIED = new RegExp(
  `^(?:${alternation(Object.keys(QUALIFIERS_BEFORE))})(?![\\p{L}])|(?<![\\p{L}])(?:${alternation(Object.keys(QUALIFIERS_AFTER))})$`,
  'iu',
);

export function figureOf(f: NumberFact): string {
  const text = f.text.replace(/\s+/g, ' ').trim();
  // "thousands" is already vague: "some thousands" says nothing more.
  const words = f.qualifier === 'some' && !/\d/.test(text) ? undefined : QUALIFIER_WORDS[f.qualifier];
  return words && !text.toLowerCase().startsWith(words) && !QUALIFIED.test(text) ? `${words} ${text}` : text;
}

/**
 * Facts of one value split into the figures they are: two reports of "20%" are one figure only
 * when the corroboration step linked their articles or they count the same thing; "20%" of price
 * rises in one story and "20%" of market share in another are two.
 */
function sameFigures(facts: NumberFact[]): NumberFact[][] {
  const clusters: NumberFact[][] = [];
  const countsKey = (f: NumberFact) => f.counts?.replace(/\s+/g, ' ').trim().toLowerCase() ?? '';
  const linked = (f: NumberFact, g: NumberFact) =>
    (countsKey(f) !== '' && countsKey(f) === countsKey(g)) || (f.article !== g.article && (f.corroboratedBy.includes(g.article) || g.corroboratedBy.includes(f.article)));
  for (const f of facts) {
    const home = clusters.find((c) => c.some((g) => linked(f, g)));
    if (home) home.push(f);
    else clusters.push([f]);
  }
  return clusters;
}

/** "far", "numbers", "move": one word says too little of what a figure counts; the sentence says it instead. */
function saysWhat(counts: string | null): boolean {
  return counts !== null && contentWords(counts).length >= COUNTS_MIN_WORDS;
}
const COUNTS_MIN_WORDS = 2;

/** Lowercased, spaces collapsed, "…" dropped: to tell whether one text prints another's words. */
const printedForm = (text: string) => text.replace(/…/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The figures worth knowing: what they count, who says so; one item per figure across articles.
 * `printed`: the What happened sentences. A figure told only by an excerpt of one of them would
 * print the same words twice on the page: another report of the figure gives the excerpt, else
 * what it counts, however short ("boats"), names it; with neither, the sentence tells it alone.
 */
export function selectKeyNumbers(ctx: BriefContext, max = KEY_NUMBERS_MAX, printed: ReadonlyArray<Pick<KeySentence, 'article' | 'span' | 'text'>> = []): KeyNumber[] {
  const printedTexts = printed.map((s) => printedForm(s.text));
  const repeats = (f: NumberFact, excerpt: string) =>
    printed.some((s) => s.article === f.article && s.span.start < f.sentence.end && f.sentence.start < s.span.end) ||
    (printedForm(excerpt) !== '' && printedTexts.some((t) => t.includes(printedForm(excerpt))));
  const groups = new Map<string, NumberFact[]>();
  for (const f of ctx.table.facts) {
    if (f.kind !== 'number' || looksLikeYear(f) || isOne(f) || describesOneThing(f) || CLOCK.test(`${f.text} ${f.counts ?? ''}`)) continue;
    const key = `${f.value}|${f.unit ?? ''}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(f);
  }
  const items: Array<KeyNumber & { at: string }> = [];
  for (const facts of [...groups.values()].flatMap(sameFigures)) {
    const ranked = [...facts].sort((a, b) => score(ctx, b) - score(ctx, a));
    const describe = (f: NumberFact) => {
      const counts = saysWhat(f.counts) ? countsShown(f.counts) : null;
      return { f, counts, what: counts ?? ctx.texts.excerpt(f.article, f.sentence, f.span) };
    };
    let { f: best, counts, what } = describe(ranked[0]);
    if (counts === null && what && repeats(best, what)) {
      const elsewhere = ranked
        .slice(1)
        .map(describe)
        .find((d) => d.what && (d.counts !== null || !repeats(d.f, d.what)));
      const short = countsShown(best.counts);
      if (elsewhere) ({ f: best, counts, what } = elsewhere);
      else [counts, what] = [short, short ?? ''];
    }
    if (!what) continue;
    const reportedBy = [best.article, ...ctx.sortArticles(facts.flatMap((f) => [f.article, ...f.corroboratedBy]).filter((a) => a !== best.article))];
    const saidBy = ctx.speakerName(best.source) ?? facts.map((f) => ctx.speakerName(f.source)).find(Boolean) ?? null;
    items.push({
      rank: Number((score(ctx, best) + 0.6 * ctx.corroboration(reportedBy)).toFixed(6)),
      figure: figureOf(best),
      what,
      whatFromCounts: counts !== null,
      saidBy,
      facts: facts.map((f) => f.id),
      reportedBy,
      at: `${best.article}:${best.sentence.start}`,
    });
  }
  // One line per figure, and one figure per thing counted: "$4.2bn" and "$3.9bn" both as "harbour fees" would read as a contradiction.
  // One line per excerpted sentence too: "between 1,200 and 1,500 boats" twice over the same words is a repeat.
  const seen = new Set<string>();
  return items
    .sort((a, b) => b.rank - a.rank || compareText(a.facts[0], b.facts[0]))
    .filter((n) => {
      const keys = [`figure:${n.figure.toLowerCase()}`, n.whatFromCounts ? `what:${n.what.toLowerCase()}` : `sentence:${n.at}`];
      if (keys.some((k) => seen.has(k))) return false;
      for (const k of keys) seen.add(k);
      return true;
    })
    .slice(0, max)
    .map(({ at: _at, ...n }) => n);
}

/**
 * "two recent media interviews", "three emails": a small count of everyday things, nothing said to
 * have happened to them, is a weak key figure ("three people killed" is an event: it stays strong).
 */
export function isSmallCount(f: Pick<NumberFact, 'value' | 'unit' | 'text' | 'counts'>): boolean {
  return f.unit === null && Number.isInteger(f.value) && f.value < SMALL_COUNT && !isVagueAmount(f) && !(countedThing(f.counts)?.happened.length);
}
const SMALL_COUNT = 10;

function score(ctx: BriefContext, f: NumberFact): number {
  // A figure in digits is worth knowing; "thousands" or "millions" only when nothing better is reported.
  return 1 - (isSmallCount(f) ? 0.7 : 0) + (saysWhat(f.counts) ? 0.8 : 0) - (/\d/.test(f.text) ? 0 : 0.5) + (ctx.speakerName(f.source) ? 0.3 : 0) + (f.unit ? 0.1 : 0) - (f.approximate ? 0.1 : 0) + (f.conflictsWith.length > 0 ? 0.2 : 0);
}
