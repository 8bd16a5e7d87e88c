import { nestQuotes } from '../cloze.js';
import type { QuoteFact } from '../../schema/index.js';
import { titleKeys } from '../context.js';
import { samePerson } from '../distractors/people.js';
import { corroboration, factKey } from '../fact-key.js';
import { shuffled } from '../random.js';
import { normalize, shorten, squash } from '../text.js';
import type { Candidate, QuestionKindModule } from '../types.js';
import { QUOTE_MAX, QUOTE_MIN, namesSpeaker } from './who-said.js';

const OPTION_MAX = 160;

/** A speaker -> which of these quotes is theirs. */
export const saidWhat: QuestionKindModule = {
  kind: 'said-what',
  candidates(ctx, rng) {
    const quotes = ctx.factsOf('quote').filter((q) => {
      const t = squash(q.text);
      return t.length >= QUOTE_MIN && t.length <= QUOTE_MAX;
    });
    const out: Candidate[] = [];
    for (const fact of quotes) {
      const speaker = ctx.personOf(fact.speaker);
      if (!speaker || namesSpeaker(fact.text, speaker.names)) continue;
      // Anything this speaker said anywhere is also true, however it is worded.
      const theirs = new Set(quotes.filter((q) => { const p = ctx.personOf(q.speaker); return p && samePerson(p, speaker); }).map((q) => normalize(q.text)));
      const unsure = new Set(quotes.filter((q) => !ctx.personOf(q.speaker)).map((q) => normalize(q.text)));
      const ranked = shuffled(rng, quotes)
        .filter((q) => {
          const p = ctx.personOf(q.speaker);
          const n = normalize(q.text);
          return p && !samePerson(p, speaker) && !theirs.has(n) && !unsure.has(n) && q.direct === fact.direct && !namesSpeaker(q.text, p.names);
        })
        .map((q, i) => ({ q, i, s: (q.article === fact.article ? 2 : 0) - Math.abs(q.text.length - fact.text.length) / 100 }))
        .sort((a, b) => b.s - a.s || a.i - b.i);
      const picked: QuoteFact[] = [];
      for (const { q } of ranked) {
        if (picked.length === 3) break;
        if (picked.some((p) => normalize(p.text) === normalize(q.text))) continue;
        picked.push(q);
      }
      if (picked.length < 3) continue;
      const show = (q: QuoteFact) => (q.direct ? `“${nestQuotes(shorten(squash(q.text), OPTION_MAX))}”` : capitalizeClause(shorten(squash(q.text), OPTION_MAX)));
      const stem = ctx.phrases.pick('said-what', { speaker: ctx.describe(speaker), direct: fact.direct }, rng);
      out.push({
        kind: 'said-what',
        facts: [fact],
        keys: [factKey(fact), ...titleKeys(ctx, speaker)],
        score: 2 + corroboration(fact),
        draft: { form: 'choice', stem, answer: show(fact), distractors: picked.map(show) },
      });
    }
    return out;
  },
};

function capitalizeClause(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
