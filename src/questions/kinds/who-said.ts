import { alsoSaid } from '../context.js';
import { peopleDistractors } from '../distractors/people.js';
import { corroboration, factKey } from '../fact-key.js';
import { normalize, squash } from '../text.js';
import { nestQuotes } from '../cloze.js';
import type { Candidate, QuestionKindModule } from '../types.js';

export const QUOTE_MIN = 20;
export const QUOTE_MAX = 240;

/** The words in a quote that give its speaker away ("As NATO's chief, I ..."). */
export function namesSpeaker(quote: string, names: Iterable<string>): boolean {
  const q = ` ${normalize(quote)} `;
  for (const n of names) for (const w of n.split(' ')) if (w.length > 2 && q.includes(` ${w} `)) return true;
  return false;
}

/** A quote -> which person or organization said it. */
export const whoSaid: QuestionKindModule = {
  kind: 'who-said',
  candidates(ctx, rng) {
    const out: Candidate[] = [];
    for (const fact of ctx.factsOf('quote')) {
      const speaker = ctx.personOf(fact.speaker);
      const quote = nestQuotes(squash(fact.text));
      if (!speaker || quote.length < QUOTE_MIN || quote.length > QUOTE_MAX || namesSpeaker(quote, speaker.names)) continue;
      const wrong = peopleDistractors(ctx, speaker, fact.article, (p) => alsoSaid(ctx, p, fact), rng);
      if (wrong.length < 3) continue;
      const stem = ctx.phrases.pick('who-said', { quote, direct: fact.direct, organization: speaker.kind === 'organization' }, rng);
      out.push({
        kind: 'who-said',
        facts: [fact],
        keys: [factKey(fact)],
        score: 3 + corroboration(fact) + (fact.direct ? 0.5 : 0),
        draft: { form: 'choice', stem, answer: speaker.name, distractors: wrong.map((p) => p.name) },
      });
    }
    return out;
  },
};
