import type { QuoteFact } from '../../schema/index.js';
import { groupBy } from '../group.js';
import { BLANK, nestQuotes } from '../cloze.js';
import { titleKeys } from '../context.js';
import { corroboration, factKeys } from '../fact-key.js';
import { shuffled } from '../random.js';
import { localThenSample } from '../sample.js';
import { normalize, squash } from '../text.js';
import type { Candidate, QuestionKindModule } from '../types.js';
import { DETERMINERS, STOPWORDS, VERB_MARKERS } from '../words.js';
import { QUOTE_MAX, namesSpeaker, standsAsStatement } from './who-said.js';

const TOKEN = /\p{L}[\p{L}’'-]*/gu;
const MIN_WORD = 5;
const CLOZE_MIN = 30;
const NOT_VERB_ENDING = /(?:ern|ous|ful|less|tion|sion|ness|ity|ship|hood|ism)$/;

/** A content word and the grammatical slot its neighbour gives it, so options fit the gap alike. */
interface SlotWord {
  word: string;
  /** 'noun' after a determiner, 'verb' after an auxiliary or "to", else 'other'. */
  slot: 'noun' | 'verb' | 'other';
}

/** Words that can be blanked or offered: content words, not names (those are who-said's job). */
export function contentWords(text: string): SlotWord[] {
  const out: SlotWord[] = [];
  let previous = '';
  for (const [w] of text.matchAll(TOKEN)) {
    const lower = w.toLowerCase();
    if (w.length >= MIN_WORD && /^\p{Ll}/u.test(w) && !STOPWORDS.has(lower) && !/[’']/.test(w)) {
      // "to" also comes before places and nouns ("to southwestern towns"): a noun or adjective ending is no verb.
      const verb = VERB_MARKERS.has(previous) && !NOT_VERB_ENDING.test(lower);
      out.push({ word: w, slot: DETERMINERS.has(previous) ? 'noun' : verb ? 'verb' : 'other' });
    }
    previous = lower;
  }
  return out;
}

/** Same grammatical look, so the ending gives nothing away: -ing, -ed, -ly, -s, -tion, other. */
function shape(w: string): string {
  const m = w.toLowerCase().match(/(?:ing|ed|ly|tion|sion|ment|ness|ity|ous|ive|al|s)$/);
  return m ? m[0] : '';
}

function stemOf(w: string): string {
  return w.toLowerCase().slice(0, 5);
}

/** A quote with one content word blanked; distractors are same-shaped words from the story's other quotes. */
export const quoteCloze: QuestionKindModule = {
  kind: 'quote-cloze',
  candidates(ctx, rng) {
    const quotes = ctx.factsOf('quote');
    const known = new Set(quotes.map((q) => normalize(q.text)));
    const byArticle = groupBy(quotes, (q) => q.article);
    const words = new Map<QuoteFact, SlotWord[]>();
    const wordsOf = (q: QuoteFact) => {
      let w = words.get(q);
      if (!w) words.set(q, (w = contentWords(q.text)));
      return w;
    };
    const out: Candidate[] = [];
    for (const fact of quotes) {
      const speaker = ctx.personOf(fact.speaker);
      const quote = nestQuotes(squash(fact.text));
      if (!speaker || !fact.direct || !standsAsStatement(ctx, fact) || quote.length < CLOZE_MIN || quote.length > QUOTE_MAX || namesSpeaker(quote, speaker.names)) continue;
      const own = new Set(wordsOf(fact).map((w) => stemOf(w.word)));
      const pool = (others: QuoteFact[]) => {
        const seen = new Set<string>();
        return shuffled(rng, others.flatMap(wordsOf)).filter((w) => !own.has(stemOf(w.word)) && !seen.has(`${w.word}|${w.slot}`) && seen.add(`${w.word}|${w.slot}`));
      };
      const story = pool((byArticle.get(fact.article) ?? []).filter((q) => q.id !== fact.id));
      const wider = pool(localThenSample(rng, [], quotes).filter((q) => q.article !== fact.article));
      // Words in a clear slot (a noun after "the", a verb after "will") first, then the longest.
      const rank = (w: SlotWord) => (w.slot === 'other' ? 0 : 100) + w.word.length;
      const targets = contentWords(quote)
        .filter((w) => quote.split(w.word).length === 2)
        .sort((a, b) => rank(b) - rank(a) || a.word.localeCompare(b.word));
      for (const { word, slot } of targets.slice(0, 4)) {
        const picked: string[] = [];
        // After "a"/"an" every option must take the same article, or the article gives the answer away.
        const article = /\b(an?)\s+$/i.exec(quote.slice(0, quote.indexOf(word)));
        const vowel = (w: string) => /^[aeiou]/i.test(w);
        for (const { word: w, slot: s } of [...story, ...wider]) {
          if (picked.length === 3) break;
          if (s !== slot || (article && vowel(w) !== vowel(word)) || shape(w) !== shape(word) || picked.some((p) => stemOf(p) === stemOf(w))) continue;
          // Never a word that makes another real quote.
          if (known.has(normalize(quote.replace(word, w)))) continue;
          picked.push(w);
        }
        if (picked.length < 3) continue;
        const cloze = quote.replace(word, BLANK);
        const stem = ctx.phrases.pick('quote-cloze', { speaker: ctx.describe(speaker), cloze }, rng);
        out.push({
          kind: 'quote-cloze',
          facts: [fact],
          keys: [...factKeys(fact), ...titleKeys(ctx, speaker)],
          score: 1.5 + corroboration(fact),
          draft: { form: 'choice', stem, answer: word, distractors: picked },
        });
        break;
      }
    }
    return out;
  },
};
