import { alsoSaid, titleKeys } from '../context.js';
import { peopleDistractors } from '../distractors/people.js';
import { formatFigure, numberDistractors } from '../distractors/numbers.js';
import { corroboration, factKey, factKeys } from '../fact-key.js';
import { randomInt } from '../random.js';
import { alsoTrueFigures, askableCounts, indexNumbers, isAskableFigure } from './number.js';
import type { Candidate, QuestionKindModule } from '../types.js';
import { QUOTE_MIN, namesSpeaker, quoteAsShown, standsAsStatement } from './who-said.js';
import { capitalize } from '../text.js';

const TF_QUOTE_MAX = 180;

/** A fact as the source says it, or with one detail (speaker, figure) swapped. */
export const trueFalse: QuestionKindModule = {
  kind: 'true-false',
  candidates(ctx, rng) {
    const out: Candidate[] = [];
    const pair = (context: object, swapped: object) => {
      const right = ctx.phrases.lines('true-false', context);
      const wrong = ctx.phrases.lines('true-false', swapped);
      const i = randomInt(rng, Math.min(right.length, wrong.length));
      return { trueStem: right[i], falseStem: wrong[i] };
    };
    for (const fact of ctx.factsOf('quote')) {
      const speaker = ctx.personOf(fact.speaker);
      const quote = quoteAsShown(ctx, fact);
      // Whole statements only: a cut quote or a bare fragment is not something to judge true or false.
      if (!speaker || !standsAsStatement(ctx, fact) || quote.length < QUOTE_MIN || quote.length > TF_QUOTE_MAX || namesSpeaker(quote, speaker.names)) continue;
      const [other] = peopleDistractors(ctx, speaker, fact.article, (p) => alsoSaid(ctx, p, fact), rng, 1);
      if (!other) continue;
      const shown = quote;
      const stems = pair({ fact: 'quote', speaker: ctx.describe(speaker), quote: shown, direct: fact.direct }, { fact: 'quote', speaker: ctx.describe(other), quote: shown, direct: fact.direct });
      out.push({
        kind: 'true-false',
        facts: [fact],
        keys: [...factKeys(fact), ...titleKeys(ctx, speaker), ...titleKeys(ctx, other)],
        score: 1.5 + corroboration(fact),
        draft: { form: 'true-false', ...stems, correction: `${capitalize(ctx.called(speaker))} said it, not ${ctx.called(other)}` },
      });
    }
    const numbers = ctx.factsOf('number');
    const index = indexNumbers(numbers);
    for (const fact of numbers) {
      const found = askableCounts(fact);
      if (!found || !isAskableFigure(fact)) continue;
      const counts = ctx.midSentence(found);
      const [wrong] = numberDistractors(fact, [], alsoTrueFigures(fact, index), rng);
      if (wrong === undefined) continue;
      const source = ctx.attribution(fact, fact.source);
      const right = formatFigure(fact.value, fact.unit, fact.qualifier);
      const swapped = formatFigure(wrong, fact.unit, fact.qualifier);
      out.push({
        kind: 'true-false',
        facts: [fact],
        keys: [...factKeys(fact), ...titleKeys(ctx, ctx.personOf(fact.source))],
        score: 1.5 + corroboration(fact),
        draft: { form: 'true-false', ...pair({ fact: 'number', source, counts, figure: right, unit: fact.unit }, { fact: 'number', source, counts, figure: swapped, unit: fact.unit }), correction: `the figure is ${right}, not ${swapped}` },
      });
    }
    return out;
  },
};
