import type { NumberFact } from '../../schema/index.js';
import { clozeSentence } from '../cloze.js';
import { formatFigure, numberDistractors } from '../distractors/numbers.js';
import { titleKeys } from '../context.js';
import { corroboration, factKey } from '../fact-key.js';
import { isSelfContained, normalize, squash } from '../text.js';
import type { Candidate, QuestionKindModule } from '../types.js';

const COUNTS_MAX = 90;

/** Figures that are also right for this question: the same figure elsewhere, or a conflicting report. */
function alsoTrue(fact: NumberFact, all: NumberFact[]): Set<number> {
  const counts = fact.counts ? normalize(fact.counts) : null;
  const out = new Set<number>();
  for (const n of all) {
    if (fact.conflictsWith.includes(n.id) || n.conflictsWith.includes(fact.id)) out.add(n.value);
    if (counts && n.counts && normalize(n.counts) === counts && n.unit === fact.unit) out.add(n.value);
    if (n.article === fact.article && n.sentence.start === fact.sentence.start) out.add(n.value);
  }
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
    const out: Candidate[] = [];
    for (const fact of all) {
      if (fact.qualifier === 'some' || (fact.approximate && fact.qualifier === 'exact')) continue;
      const story = all.filter((n) => n.id !== fact.id && (n.article === fact.article || fact.corroboratedBy.includes(n.article)));
      const wrong = numberDistractors(fact, story, alsoTrue(fact, all), rng);
      if (wrong.length < 3) continue;
      const counts = fact.counts ? squash(fact.counts) : null;
      let stem: string;
      let show: (v: number) => string;
      if (counts && counts.length <= COUNTS_MAX && isSelfContained(counts)) {
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
