import { groupBy } from '../group.js';
import type { QuoteFact } from '../../schema/index.js';
import { affiliated, alsoSaid, similarWords, titleKeys } from '../context.js';
import { localThenSample } from '../sample.js';
import { samePerson } from '../distractors/people.js';
import { corroboration, factKeys } from '../fact-key.js';
import { capitalize, normalize, shorten, squash } from '../text.js';
import type { Candidate, QuestionKindModule } from '../types.js';
import { QUOTE_MAX, QUOTE_MIN, namesSpeaker, quoteAsShown, standsAsStatement, withoutFinalStop } from './who-said.js';

const OPTION_MAX = 160;

/** A speaker -> which of these quotes is theirs. */
export const saidWhat: QuestionKindModule = {
  kind: 'said-what',
  candidates(ctx, rng) {
    const quotes = ctx.factsOf('quote').filter((q) => {
      // The articles disagree on who said it: not a safe answer.
      if (q.conflictsWith?.length) return false;
      const t = squash(q.text);
      // Options are shown whole: a cut one may leave a quotation mark open.
      return t.length >= QUOTE_MIN && t.length <= OPTION_MAX && standsAsStatement(ctx, q);
    });
    const out: Candidate[] = [];
    const byArticle = groupBy(quotes, (q) => q.article);
    // Words nobody is named for: they might be this speaker's, so they are never a wrong option.
    const unsure = new Set(ctx.factsOf('quote').filter((q) => !ctx.personOf(q.speaker)).map((q) => normalize(q.text)));
    for (const fact of quotes) {
      const speaker = ctx.personOf(fact.speaker);
      if (!speaker || namesSpeaker(fact.text, speaker.names)) continue;
      const picked: QuoteFact[] = [];
      const pool = localThenSample(rng, byArticle.get(fact.article) ?? [], quotes).sort((a, b) => Number(b.article === fact.article) - Number(a.article === fact.article) || Math.abs(a.text.length - fact.text.length) - Math.abs(b.text.length - fact.text.length));
      for (const q of pool) {
        if (picked.length === 3) break;
        const p = ctx.personOf(q.speaker);
        if (!p || samePerson(p, speaker) || affiliated(p, speaker) || q.direct !== fact.direct || unsure.has(normalize(q.text)) || namesSpeaker(q.text, p.names) || namesSpeaker(q.text, speaker.names)) continue;
        // Anything this speaker said anywhere is also true, however it is trimmed.
        if (alsoSaid(ctx, speaker, q) || similarWords(q.text, fact.text) || picked.some((x) => similarWords(x.text, q.text))) continue;
        picked.push(q);
      }
      if (picked.length < 3) continue;
      // All options alike: quoted words in quotation marks, reported clauses bare and capitalized, none with a final full stop.
      const show = (q: QuoteFact) => (q.direct ? `“${withoutFinalStop(shorten(quoteAsShown(ctx, q), OPTION_MAX))}”` : capitalize(shorten(quoteAsShown(ctx, q), OPTION_MAX)));
      const stem = ctx.phrases.pick('said-what', { speaker: ctx.describe(speaker), name: ctx.called(speaker), direct: fact.direct }, rng);
      out.push({
        kind: 'said-what',
        facts: [fact],
        // The options show other quotes whole: no other question may ask about them.
        keys: [...factKeys(fact), ...picked.flatMap(factKeys), ...titleKeys(ctx, speaker)],
        score: 2 + corroboration(fact),
        draft: { form: 'choice', stem, answer: show(fact), distractors: picked.map(show) },
      });
    }
    return out;
  },
};
