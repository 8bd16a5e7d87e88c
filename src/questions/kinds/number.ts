import type { NumberFact } from '../../schema/index.js';
import { groupBy } from '../group.js';
import { clozeSentence } from '../cloze.js';
import { formatFigure, numberDistractors } from '../distractors/numbers.js';
import { titleKeys } from '../context.js';
import { corroboration, factKey } from '../fact-key.js';
import { isSelfContained, normalize, squash } from '../text.js';
import type { Candidate, QuestionKindModule } from '../types.js';
import { BASE_VERBS, DANGLING_ENDS, PRESENT_REPORTING_VERBS, REPORTING_VERBS, STOPWORDS, VERB_MARKERS } from '../words.js';
import { isPastVerb } from '../clause.js';

const COUNTS_MAX = 90;
/** Below this a count is trivial ("2 countries") unless what is counted is spelled out. */
const TINY = 10;
const SPECIFIC_WORDS = 3;

const HEAD_ENDS = new Set(['of', 'in', 'for', 'to', 'with', 'at', 'on', 'by', 'from', 'over', 'who', 'that', 'which']);
const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'staff', 'police', 'personnel', 'cattle', 'sheep', 'fish', 'feet', 'teeth', 'mice', 'geese', 'data', 'media', 'crew', 'workforce']);

/** A plural word before the first preposition or relative word ("civil servants in Britain"), not a possessive. */
function hasPluralHead(words: string[]): boolean {
  for (const w of words) {
    const lower = w.toLowerCase();
    if (HEAD_ENDS.has(lower)) break;
    if (IRREGULAR_PLURALS.has(lower) || (/s$/.test(lower) && !/(?:’s|'s|ss|us|is)$/.test(lower))) return true;
  }
  return false;
}

const NAME_CONNECTORS = new Set(['and', 'of', 'for', 'the', 'de', 'van', 'von', 'del', 'da']);

const AFTER_PARTICIPLE = new Set(['by', 'or', 'and', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'during', 'since', 'over', 'last', 'this', 'into', 'across', 'per']);

/** "talks sent Fiat shares": a noun, a past verb, then its object is a clause, not a thing counted. */
function isClause(words: string[]): boolean {
  return words.some((w, i) => i > 0 && i < words.length - 1 && isPastVerb(w) && !STOPWORDS.has(words[i - 1].toLowerCase()) && !DANGLING_ENDS.has(words[i - 1].toLowerCase()) && !AFTER_PARTICIPLE.has(words[i + 1].toLowerCase()));
}

/**
 * What is counted, when it makes a fair question on its own: several words naming the thing
 * ("Russian soldiers killed or wounded"), not a bare noun ("soldiers") nor a tiny count of a
 * vague one ("2 countries"). Null when the question must show the sentence instead.
 */
export function askableCounts(fact: NumberFact): string | null {
  if (!fact.counts) return null;
  // The stem says "the number of": the extractor's own "numbers of" would double it.
  const counts = squash(fact.counts).replace(/[\s.,;:]+$/, '').replace(/^(?:the )?(?:numbers?|amount|total) of /i, '');
  const words = counts.match(/\p{L}[\p{L}’'-]*/gu) ?? [];
  const content = words.filter((w) => !STOPWORDS.has(w.toLowerCase()) && w.length > 2);
  if (counts.length > COUNTS_MAX || !isSelfContained(counts) || content.length < 2) return null;
  // What is counted is a noun phrase: one opening on a verb or a function word is an extraction slip ("showed stronger growth").
  const first = (words[0] ?? '').toLowerCase();
  if (isPastVerb(first) || /^\p{Ll}+ing$/u.test(words[0] ?? '') || STOPWORDS.has(first) || DANGLING_ENDS.has(first) || VERB_MARKERS.has(first) || BASE_VERBS.has(first)) return null;
  // A name is who reported or holds the figure, not what it counts ("Securities and Exchange Commission").
  if (content.every((w) => /^\p{Lu}/u.test(w) || NAME_CONNECTORS.has(w.toLowerCase()))) return null;
  // An age ("15-year-old") is said of a person; "the figure of X's first appearance" would not read as one.
  if (fact.unit === 'year old' || /\byears?[- ]old\b/i.test(fact.text)) return null;
  // "Research group Velden Data estimates sales": a source and its verb, not a noun phrase.
  if (words.some((w, i) => i > 0 && PRESENT_REPORTING_VERBS.has(w.toLowerCase()) && /^\p{Lu}/u.test(words[i - 1]))) return null;
  // "Iraq War veteran Ana Lindqvist": a figure about a person (an age, a score), not a count of things.
  // Likewise "battleground state Velden": a name right after a common noun is what the noun is, not a count.
  let nameStart = words.length;
  while (nameStart > 0 && /^\p{Lu}\p{Ll}/u.test(words[nameStart - 1])) nameStart--;
  const before = words[nameStart - 1];
  if (nameStart < words.length && before !== undefined && /^\p{Ll}/u.test(before) && !STOPWORDS.has(before.toLowerCase()) && !AFTER_PARTICIPLE.has(before.toLowerCase())) return null;
  // A share with no unit ("0.5 of supporters") reads as a count of a fraction.
  if (fact.unit === null && fact.value > 0 && fact.value < 1) return null;
  // "mother of three replied": the sentence's reporting verb, not a thing counted.
  if (REPORTING_VERBS.has((words.at(-1) ?? '').toLowerCase()) || /^(?:replied|responded|asked)$/i.test(words.at(-1) ?? '')) return null;
  // "the number of stadium in Velden Park": a bare count needs things in the plural before any preposition.
  if (fact.unit === null && !hasPluralHead(words)) return null;
  // Two words name a kind of thing ("Labour MPs"), not which ones were counted.
  if (content.length < SPECIFIC_WORDS && words.length < SPECIFIC_WORDS + 1) return null;
  if (BASE_VERBS.has((words.at(-1) ?? '').toLowerCase()) || isClause(words)) return null;
  // A small count must be of countable things named in the plural ("3 free nursery education" is a slip).
  if (fact.value < TINY && fact.unit === null && (content.length < SPECIFIC_WORDS || !/s$/i.test(words.at(-1) ?? ''))) return null;
  return counts;
}

/** Number facts indexed the ways the also-true check looks them up, so each check is cheap. */
export interface NumberIndex {
  byId: Map<string, NumberFact>;
  byArticle: Map<string, NumberFact[]>;
  byCounts: Map<string, NumberFact[]>;
  bySentence: Map<string, NumberFact[]>;
  /** Facts that name this one in their conflictsWith. */
  conflictedBy: Map<string, NumberFact[]>;
}

export function indexNumbers(all: NumberFact[]): NumberIndex {
  return {
    byId: new Map(all.map((n) => [n.id, n])),
    byArticle: groupBy(all, (n) => n.article),
    byCounts: groupBy(all, (n) => (n.counts ? `${normalize(n.counts)}|${n.unit}` : undefined)),
    bySentence: groupBy(all, (n) => `${n.article}:${n.sentence.start}`),
    conflictedBy: groupBy(all, (n) => n.conflictsWith),
  };
}

/** Figures that are also right for this question: the same thing counted elsewhere, a conflicting report, the sentence's other figures. */
export function alsoTrueFigures(fact: NumberFact, index: NumberIndex): Set<number> {
  const related = [
    ...fact.conflictsWith.map((id) => index.byId.get(id)).filter((n): n is NumberFact => n !== undefined),
    ...(index.conflictedBy.get(fact.id) ?? []),
    ...(fact.counts ? (index.byCounts.get(`${normalize(fact.counts)}|${fact.unit}`) ?? []) : []),
    ...(index.bySentence.get(`${fact.article}:${fact.sentence.start}`) ?? []),
  ];
  const out = new Set(related.map((n) => n.value));
  out.delete(fact.value);
  return out;
}

/** How the blank's options must look so they read like the text: digits only, or the full figure. */
function clozeFormat(fact: NumberFact): ((v: number) => string) | undefined {
  const text = squash(fact.text);
  if (/^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$/.test(text) && Number(text.replace(/,/g, '')) === fact.value) {
    return (v) => formatFigure(v, null);
  }
  if (text === formatFigure(fact.value, fact.unit, fact.qualifier)) return (v) => formatFigure(v, fact.unit, fact.qualifier);
  if (text === formatFigure(fact.value, fact.unit)) return (v) => formatFigure(v, fact.unit);
  return undefined;
}

/** Which figure, for what is counted, according to whom; a sentence cloze when the count is unnamed. */
export const numberKind: QuestionKindModule = {
  kind: 'number',
  candidates(ctx, rng) {
    const all = ctx.factsOf('number');
    const index = indexNumbers(all);
    const out: Candidate[] = [];
    for (const fact of all) {
      if (fact.qualifier === 'some' || (fact.approximate && fact.qualifier === 'exact')) continue;
      const story = [fact.article, ...fact.corroboratedBy].flatMap((a) => index.byArticle.get(a) ?? []).filter((n) => n.id !== fact.id);
      const wrong = numberDistractors(fact, story, alsoTrueFigures(fact, index), rng);
      if (wrong.length < 3) continue;
      const counts = askableCounts(fact);
      let stem: string;
      let show: (v: number) => string;
      if (counts) {
        show = (v) => formatFigure(v, fact.unit, fact.qualifier);
        stem = ctx.phrases.pick('number', { source: ctx.attribution(fact, fact.source), counts, unit: fact.unit }, rng);
      } else {
        const cloze = clozeSentence(ctx, fact);
        const format = clozeFormat(fact);
        if (!cloze || !format) continue;
        show = format;
        // The sentence is the article's, whoever it quotes.
        stem = ctx.phrases.pick('number', { source: ctx.attribution(fact, null), cloze }, rng);
      }
      out.push({
        kind: 'number',
        facts: [fact],
        keys: [factKey(fact), ...titleKeys(ctx, ctx.personOf(fact.source))],
        score: 2.5 + corroboration(fact) + (counts ? 0.5 : 0),
        draft: { form: 'choice', stem, answer: show(fact.value), distractors: wrong.map(show) },
      });
    }
    return out;
  },
};
