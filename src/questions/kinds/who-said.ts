import { alsoSaid, type QuestionContext } from '../context.js';
import { peopleDistractors } from '../distractors/people.js';
import { corroboration, factKeys } from '../fact-key.js';
import { normalize, reportedClause, squash } from '../text.js';
import { balancedQuotes, hasVerb, standsAlone } from '../clause.js';
import { DANGLING_ENDS } from '../words.js';
import type { QuoteFact } from '../../schema/index.js';
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

/** A quote as a stem or option shows it: direct words as written, reported ones as a clause after "said that". */
export function quoteAsShown(ctx: QuestionContext, fact: QuoteFact): string {
  const words = ctx.wording(fact);
  return nestQuotes(fact.direct ? squash(words) : reportedClause(words));
}

/**
 * A quote that reads as a whole statement on its own: quotation marks paired, quoted words a
 * sentence (capital first, several words), reported words with no pronoun pointing elsewhere ("He would ...").
 */
export function standsAsStatement(ctx: QuestionContext, fact: QuoteFact): boolean {
  if (!balancedQuotes(fact.text)) return false;
  const shown = quoteAsShown(ctx, fact);
  // Cut short by the extraction ("... in its history and").
  if (DANGLING_ENDS.has(shown.split(' ').at(-1)!.toLowerCase().replace(/[^\p{L}]/gu, ''))) return false;
  // Words wholly inside inner quotation marks are someone else's, relayed by the speaker.
  if (fact.direct) return /^[‘'(\[]?\p{Lu}/u.test(shown) && shown.split(' ').length >= STATEMENT_WORDS && !/^[‘'][^‘’]*[’'][.,!?]?$/u.test(shown);
  return standsAlone(shown) && hasVerb(shown) && !REFERENT_PHRASE.test(shown) && !SUBJECTLESS.test(shown) && shown.split(' ').length >= REPORTED_WORDS;
}

/**
 * A reported clause that opens on its verb lost its subject in the extraction ("Is ramming
 * through ..."); one that opens on an infinitive is advice or an order ("advised not to proceed"),
 * which reads as no statement after "said that".
 */
const SUBJECTLESS = /^(?:is|are|was|were|has|have|had|will|would|could|can|should|must|may|might|did|does|do|to|not to)\b/i;

const PHRASE_MAX = 60;
/** "the move", "the decision": reported words that need the story around them. */
const REFERENT_PHRASE = /\bthe (?:move|decision|step|plan|deal|idea|proposal|measure|change|announcement|report|incident)\b/i;
const STATEMENT_WORDS = 5;
/** "Shows the explosion": fewer words than a subject, a verb and what it is about is a fragment. */
const REPORTED_WORDS = 4;

/** A short quoted phrase ("a dangerous expansion of Russia's war"): fine to ask who said it. Reported words need a whole statement. */
function isShortPhrase(quote: string): boolean {
  return quote.length <= PHRASE_MAX && quote.split(' ').length >= STATEMENT_WORDS && !/[.;!?]/.test(quote.slice(0, -1));
}

/** A quote -> which person or organization said it. */
export const whoSaid: QuestionKindModule = {
  kind: 'who-said',
  candidates(ctx, rng) {
    const out: Candidate[] = [];
    for (const fact of ctx.factsOf('quote')) {
      // The articles disagree on who said it: no single right answer.
      if (fact.conflictsWith?.length) continue;
      const speaker = ctx.personOf(fact.speaker);
      const quote = quoteAsShown(ctx, fact);
      if (!speaker || !balancedQuotes(fact.text) || (!standsAsStatement(ctx, fact) && !(fact.direct && isShortPhrase(quote))) || quote.length < QUOTE_MIN || quote.length > QUOTE_MAX || namesSpeaker(quote, speaker.names)) continue;
      // Someone the quote talks about is a giveaway, not a distractor.
      const wrong = peopleDistractors(ctx, speaker, fact.article, (p) => alsoSaid(ctx, p, fact) || namesSpeaker(quote, p.names), rng);
      if (wrong.length < 3) continue;
      const stem = ctx.phrases.pick('who-said', { quote, direct: fact.direct, organization: speaker.kind === 'organization' }, rng);
      out.push({
        kind: 'who-said',
        facts: [fact],
        keys: [...factKeys(fact)],
        score: 3 + corroboration(fact) + (fact.direct ? 0.5 : 0),
        draft: { form: 'choice', stem, answer: speaker.name, distractors: wrong.map((p) => p.name) },
      });
    }
    return out;
  },
};
