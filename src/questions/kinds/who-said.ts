import { alsoSaid, type QuestionContext } from '../context.js';
import { parallelNames, peopleDistractors } from '../distractors/people.js';
import { corroboration, factKeys } from '../fact-key.js';
import { normalize, reportedClause, squash } from '../text.js';
import { balancedQuotes, capitalInside, hasVerb, isPastVerb, nameWords, standsAlone } from '../clause.js';
import { DANGLING_ENDS, REPORTING_VERBS, STOPWORDS } from '../words.js';
import type { QuoteFact } from '../../schema/index.js';
import { nestQuotes } from '../cloze.js';
import type { Candidate, QuestionKindModule } from '../types.js';
import { quoteSentences } from '../parts.js';

export const QUOTE_MIN = 20;
export const QUOTE_MAX = 240;

/** The words in a quote that give its speaker away ("As NATO's chief, I ..."). */
export function namesSpeaker(quote: string, names: Iterable<string>): boolean {
  const q = ` ${normalize(quote)} `;
  for (const n of names) for (const w of n.split(' ')) if (w.length > 2 && q.includes(` ${w} `)) return true;
  return false;
}

/** A quote that names a person's title ("Now the Secretary-General confirmed it"): not their words, plainly, so they are no wrong option. */
export function namesTitle(quote: string, roles: readonly string[]): boolean {
  if (roles.length === 0) return false;
  const q = ` ${normalize(quote)} `;
  return roles.some((r) => {
    const role = normalize(r);
    return role.length > 0 && q.includes(` ${role} `);
  });
}

/** "Construction is due ...": a capital no name has and the text never writes inside a sentence is the sentence's, not the word's. */
function openingLower(ctx: QuestionContext, fact: QuoteFact, clause: string): string {
  const first = /^\p{Lu}\p{Ll}+(?=[\s,]|$)/u.exec(clause)?.[0];
  if (!first || nameWords(ctx).has(first.toLowerCase()) || capitalInside(ctx.raw(fact.article), first)) return clause;
  return first.toLowerCase() + clause.slice(first.length);
}

/** A quote as a stem or option shows it: direct words as written, reported ones as a clause after "said that". */
export function quoteAsShown(ctx: QuestionContext, fact: QuoteFact): string {
  const memo = memoOf(SHOWN, ctx);
  let shown = memo.get(fact);
  if (shown === undefined) {
    const words = ctx.wording(fact);
    // A reported clause follows "said that": its first word loses a capital that only opened the sentence ("Construction is due").
    shown = nestQuotes(fact.direct ? squash(words) : openingLower(ctx, fact, ctx.midSentence(reportedClause(words))));
    memo.set(fact, shown);
  }
  return shown;
}

/**
 * Every quote kind asks how a quote is shown and whether it stands as a statement, and the answer
 * reads the article (a capital's other uses): once per quote and context.
 */
const SHOWN = new WeakMap<QuestionContext, WeakMap<QuoteFact, string>>();
const STATEMENT = new WeakMap<QuestionContext, WeakMap<QuoteFact, boolean>>();
function memoOf<V>(memos: WeakMap<QuestionContext, WeakMap<QuoteFact, V>>, ctx: QuestionContext): WeakMap<QuoteFact, V> {
  let memo = memos.get(ctx);
  if (!memo) memos.set(ctx, (memo = new WeakMap()));
  return memo;
}

/**
 * A quote that reads as a whole statement on its own: quotation marks paired, quoted words a
 * sentence (capital first, several words), reported words with no pronoun pointing elsewhere ("He would ...").
 */
export function standsAsStatement(ctx: QuestionContext, fact: QuoteFact): boolean {
  const memo = memoOf(STATEMENT, ctx);
  let stands = memo.get(fact);
  if (stands === undefined) memo.set(fact, (stands = readsAsStatement(ctx, fact)));
  return stands;
}

/** I, me, my, we, us, our (not "US"): the speaker's own voice. */
const FIRST_PERSON = /(?:^|[^\p{L}’'])(?:I|I[’'](?:m|ve|d|ll)|me|my|mine|we|We|us|our|Our|ours)(?![\p{L}])/u;
/** A full stop and a capital inside a reported clause, not after an abbreviation ("Mr.", "U.S."). */
const SENTENCE_BREAK = /(?<!\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gov|Sen|Rep|Gen|Col|Lt|Sgt|No|vs|Inc|Co|Corp|Ltd|Prof|Rev))[\p{Ll}\d)][.!?]\s+\p{Lu}/u;
/** Words inside inner quotation marks: another's words relayed, first person and all. */
const INNER_QUOTED = /‘[^’]*’|“[^”]*”|"[^"]*"/g;

function readsAsStatement(ctx: QuestionContext, fact: QuoteFact): boolean {
  if (!balancedQuotes(fact.text)) return false;
  if (!fact.direct && lostRelativeSubject(ctx.raw(fact.article), fact)) return false;
  const shown = quoteAsShown(ctx, fact);
  // Cut short by the extraction ("... in its history and").
  if (DANGLING_ENDS.has(shown.split(' ').at(-1)!.toLowerCase().replace(/[^\p{L}]/gu, ''))) return false;
  // Words wholly inside inner quotation marks are someone else's, relayed by the speaker.
  if (fact.direct && NARRATION.test(shown)) return false;
  // "while some skippers could get a warning", “If you look back at the harbour records”: a subordinate clause with no main clause after it.
  if (SUBORDINATE_OPENER.test(shown.replace(/^[‘'(\[]/, '')) && !shown.includes(',')) return false;
  if (fact.direct) return /^[‘'(\[]?\p{Lu}/u.test(shown) && shown.split(' ').length >= STATEMENT_WORDS && !/^[‘'][^‘’]*[’'][.,!?]?$/u.test(shown) && !(shown.split(' ').length < VAGUE_WORDS && VAGUE_OPENER.test(shown));

  // "said that our reading is ... I would not rush": the speaker's own first person, outside any inner
  // quotation, is direct speech without its marks (a transcript); after "said that" it reads as the writer's.
  // Two sentences after one "said that" ("... until noon. The quay stays shut") are a transcript's too.
  if (FIRST_PERSON.test(shown.replace(INNER_QUOTED, ' ')) || SENTENCE_BREAK.test(shown.replace(INNER_QUOTED, ' '))) return false;
  return standsAlone(shown) && hasVerb(shown) && !REFERENT_PHRASE.test(shown) && !SUBJECTLESS.test(shown) && !isPastVerb(shown.split(' ')[0]) && shown.split(' ').length >= REPORTED_WORDS && !reportsAnother(shown) && !objectAndInfinitive(shown);
}

/**
 * "She said harbour firms that trade abroad must still pay the levy": reported words that open
 * right after a noun and a relative "that" / "who" / "which" are the relative clause's, cut from
 * their subject ("trade abroad must still pay the levy"); after "said that" they misreport the speaker.
 * Not an object of a verb that takes one ("told reporters that", "warned members that"), nor a
 * time or a channel of saying ("said yesterday that", "said in a statement that").
 */
export function lostRelativeSubject(raw: string | undefined, fact: QuoteFact): boolean {
  if (raw === undefined || raw.slice(fact.span.start, fact.span.end) !== fact.text) return false;
  // (The extraction may keep the relative word: "that trade abroad must ...".)
  const lead = /^(?:that|who|which)\s+/i.exec(fact.text)?.[0] ?? '';
  const before = raw.slice(Math.max(fact.sentence.start, fact.span.start - 60), fact.span.start) + lead;
  const m = RELATIVE_BEFORE.exec(before);
  if (!m) return false;
  const word = m[1].toLowerCase();
  // The verb of saying itself ("said that", "stressed that", "says that", "believes that"), an adverb, a time.
  if (word === fact.cue?.toLowerCase() || REPORTING_VERBS.has(word) || SAYING_VERB_S.test(word) || /(?:ed|ly)$/.test(word) || SAYING_SETTINGS.has(word)) return false;
  // ("told a party gathering that", "told the Velden Radio breakfast programme that".)
  return !OBJECT_TAKING.test(before);
}
/** Present forms of verbs that take a "that" clause: "says that", "believes that". */
const SAYING_VERB_S = /^(?:says|tells|adds|claims|insists|argues|believes|thinks|feels|hopes|fears|knows|warns|notes|admits|accepts|agrees|suggests|stresses|explains|maintains|expects|reckons|predicts|concedes|contends|confirms|denies|reports|writes|states|estimates|shows|means|shows|finds|argue|say|think|believe|feel|hope|fear|know|agree|suggest|expect|mean|find|claim|insist|warn|note|admit|accept|say|confirm|deny|show|add|explain|stress|state)$/;
/** A whole lower-case word and a relative word right before the reported words. */
const RELATIVE_BEFORE = /(?<![\p{L}\p{N}'’-])(\p{Ll}[\p{L}'’-]*)\s+(?:that|who|which)\s*$/u;
/** Verbs of saying that take an object before "that": "told reporters that", "assured farmers that". */
const OBJECT_TAKING = /\b(?:told|tells|tell|telling|warned|warns|assured|assures|informed|informs|reminded|reminds|promised|promises|convinced|persuaded|advised|advises|urged|showed|shown|taught|wrote to|write to|writes to)\b/i;
/** When, where or how something was said: "said yesterday that", "said in a statement that". */
const SAYING_SETTINGS = new Set([
  'yesterday', 'today', 'tonight', 'earlier', 'later', 'previously', 'also', 'again', 'then', 'now', 'once', 'week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night',
  'statement', 'interview', 'briefing', 'conference', 'email', 'letter', 'release', 'post', 'speech', 'report', 'filing', 'message', 'video', 'broadcast', 'tweet', 'address', 'court', 'parliament',
  'ago', 'before', 'after', 'recently', 'last', 'time', 'times', 'occasion', 'meeting', 'hearing', 'session', 'call', 'phone', 'radio', 'television', 'tv', 'podcast', 'blog', 'online', 'wednesday',
  'monday', 'tuesday', 'thursday', 'friday', 'saturday', 'sunday', 'so', 'not', 'only', 'publicly', 'privately', 'repeatedly',
]);

/**
 * "urged ministers to think again": the reported words are an object and an infinitive, an
 * appeal, not a statement; after "said that" they read as no English ("said that ministers to think").
 * Nor does a participle phrase ("said that meeting a pledge made in June").
 */
function objectAndInfinitive(shown: string): boolean {
  const m = OBJECT_INFINITIVE.exec(shown);
  // "(the rate will rise, Voss says,) meeting a pledge made in June": a participle phrase, no clause of its own either.
  return (m !== null && !hasVerb(m[1])) || /^\p{Ll}+ing\b/u.test(shown);
}
const OBJECT_INFINITIVE = /^((?:[^\s,;:]+\s+){1,4}?)to\s+\p{Ll}/u;

/**
 * Reported words that report someone else in turn ("‘... far too late,’ one of the skippers said
 * the ferry was cancelled"): whose words they are is no longer clear, so no question rests on them.
 */
function reportsAnother(shown: string): boolean {
  const outside = shown.replace(/“[^”]*”|‘[^’]*’(?![\p{L}])/gu, ' ');
  return NESTED_REPORT.test(outside);
}
const NESTED_REPORT = /\b(?:said|says|told|tells|according to)\b/i;

/**
 * A reported clause that opens on its verb lost its subject in the extraction ("Is ramming
 * through ..."); one that opens on an infinitive is advice or an order ("advised not to proceed"),
 * which reads as no statement after "said that".
 */
// So does one that opens on a past verb ("said that included 100 schools").
const SUBJECTLESS = /^(?:is|are|was|were|has|have|had|will|would|could|can|should|must|may|might|did|does|do|to|not to)\b/i;

const PHRASE_MAX = 60;
/** "It is a hard sell": a short quote about something it does not name could be anyone's. */
// ("Despite that they were popular": a preposition before the pointing word points back as much.)
const VAGUE_OPENER = /^[‘'(\[]?(?:(?:despite|because\s+of|after|before|besides|apart\s+from|unlike|given)\s+)?(?:it|this|that|these|those|he|she|they)(?:[’']s)?\b/i;
const VAGUE_WORDS = 10;
/** "But she also explained the plan ...": the reporter's words about the speaker, read as a quote. */
const NARRATION = /^(?:(?:but|and|so|yet)\s+)?(?:he|she|they)\s+(?:\p{Ll}+ly\s+|also\s+|then\s+|later\s+)?(?:said|says|explained|added|told|noted|argued|insisted|claimed|stressed|acknowledged|admitted)\b/iu;
const SUBORDINATE_OPENER = /^(?:while|whilst|although|though|because|if|unless|whereas|since|when|as)\b/i;
/** "the move", "the decision": reported words that need the story around them. */
const REFERENT_PHRASE = /\bthe (?:move|decision|step|plan|deal|idea|proposal|measure|change|announcement|report|incident)\b/i;
const STATEMENT_WORDS = 5;
/** "Shows the explosion": fewer words than a subject, a verb and what it is about is a fragment. */
const REPORTED_WORDS = 4;

/**
 * A short quoted phrase ("a reckless expansion of Norland's claims"): fine to ask who said it when
 * it says something of its own; "not long after all of this" could be anyone's. Reported
 * words need a whole statement.
 */
function isShortPhrase(quote: string): boolean {
  const telling = (quote.match(/\p{L}[\p{L}’'-]*/gu) ?? []).filter((w) => w.length >= TELLING_LETTERS && !STOPWORDS.has(w.toLowerCase()));
  return quote.length <= PHRASE_MAX && quote.split(' ').length >= STATEMENT_WORDS && !/[.;!?]/.test(quote.slice(0, -1)) && telling.length >= TELLING_WORDS && !VAGUE_OPENER.test(quote) && !SUBORDINATE_OPENER.test(quote) && !CONTINUATION.test(quote);
}
/** “... ,’ he said, ‘and they broke ...”: the second half of a quote split by its attribution continues the first, no phrase of its own. */
const CONTINUATION = /^[‘'(\[]?(?:and|but|or|nor|so|yet|then)\b/i;
const TELLING_LETTERS = 5;
const TELLING_WORDS = 2;

/** "Who said: “... sail again.”?": the quote's own full stop before the question mark goes; "?" and "!" stay. */
export function withoutFinalStop(quote: string): string {
  // An abbreviation keeps its point ("in the U.S.").
  if (/(?:^|[\s(])(?:\p{L}\.)+[’']?$/u.test(quote)) return quote;
  return quote.replace(/(?<!\.)\.(?=[’']?$)/u, '');
}

/** A quote -> which person or organization said it. */
export const whoSaid: QuestionKindModule = {
  kind: 'who-said',
  candidates(ctx, rng) {
    const out: Candidate[] = [];
    // A quote too long to show whole is asked about sentence by sentence.
    for (const fact of [...ctx.factsOf('quote'), ...quoteSentences(ctx)]) {
      // The articles disagree on who said it: no single right answer.
      if (fact.conflictsWith?.length) continue;
      const speaker = ctx.personOf(fact.speaker);
      const quote = quoteAsShown(ctx, fact);
      if (!speaker || !balancedQuotes(fact.text) || (!standsAsStatement(ctx, fact) && !(fact.direct && isShortPhrase(quote))) || quote.length < QUOTE_MIN || quote.length > QUOTE_MAX || namesSpeaker(quote, speaker.names)) continue;
      // Someone the quote talks about is a giveaway, not a distractor.
      const wrong = peopleDistractors(ctx, speaker, fact.article, (p) => alsoSaid(ctx, p, fact) || namesSpeaker(quote, p.names) || namesTitle(quote, p.roles), rng, 3, () => ctx.sentenceOf(fact) ?? fact.text, { text: quote, direct: fact.direct });
      if (wrong.length < 3) continue;
      const shown = fact.direct ? withoutFinalStop(quote) : quote;
      // A quote that is itself a question or an exclamation takes no second mark: "Who said: “Why now?”".
      const mark = /[?!][’”'"]*$/.test(shown) ? '' : '?';
      const stem = ctx.phrases.pick('who-said', { quote: shown, direct: fact.direct, organization: speaker.kind === 'organization', mark }, rng);
      const [answer, ...distractors] = parallelNames([speaker, ...wrong]);
      out.push({
        kind: 'who-said',
        facts: [fact],
        keys: [...factKeys(fact)],
        score: 3 + corroboration(fact) + (fact.direct ? 0.5 : 0),
        draft: { form: 'choice', stem, answer, distractors },
      });
    }
    return out;
  },
};
