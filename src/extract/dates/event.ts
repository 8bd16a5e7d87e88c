import {
  AFTER_ADVERBIAL_DATE,
  CLAUSE_OPENERS,
  DETERMINERS,
  EMPTY_VERBS,
  EVENT_STOP_ED,
  FUTURE_GOVERNING_VERBS,
  IRREGULAR_VERBS,
  MODALS,
  ING_NO_CLAUSE,
  NOMINAL_EVENT_AFTER,
  NOUN_LIKE_CLAIMS,
  NOT_SUBJECT_START,
  PARTICIPLES,
  PLAN_WORDS,
  PRESENT_AUXILIARIES,
  PRESENT_CLAIM_WORDS,
  PRESENT_FORMS,
  PRONOUN_SUBJECTS,
  REPORTING_VERBS,
  SAFE_CUT_BEFORE,
  SPEECH_PRONOUNS,
  TERM_VERBS,
  VERB_ADVERBS,
  MEANING_ADVERBS,
} from './event-words.js';
import type { TimexType } from '../../schema/index.js';
import { isSpace, isTrailSurrogate } from '../../chars.js';

/**
 * The event a date belongs to: subject and verb phrase of the clause the date modifies
 * ("Norland launched the invasion of its neighbour ... nearly three years ago").
 * A heuristic over words, no parser, so it prefers null to a doubtful phrase.
 */

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

interface Break {
  start: number;
  end: number;
  token: string;
}

const SUBORDINATORS = ['that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'where', 'because', 'although', 'though', 'but', 'since', 'if', 'until', 'unless', 'whereas', 'after', 'before', 'following'];
const anyCase = (w: string) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`;
/** Clause boundaries: punctuation, quote marks, dashes, subordinators, and "as" opening a clause ("as the war ..."). */
const BREAK = new RegExp(
  `[;:()"“”\\[\\]]|,(?=\\s)|\\s(?:--|[-–—])\\s|\\b(?:${SUBORDINATORS.map(anyCase).join('|')})\\b|(?<!\\b(?:such|well|so|just|much|soon|long|far)\\s)\\b[Aa]s\\b(?=\\s+(?:(?:he|she|it|they|we|I|you|the|a|an)\\b|\\p{Lu}))`,
  'gu',
);
/** Subordinators that are prepositions when the date follows at once ("since 1930", "after May"). */
const PREPOSITION_BREAKS = new Set(['since', 'until', 'after', 'before', 'following', 'as']);
/** Words that may stand before a date at the start of its clause ("In early", "as of"). */
const DATE_LEAD = new Set(['in', 'on', 'at', 'by', 'during', 'since', 'from', 'as', 'of', 'until', 'till', 'through', 'throughout', 'starting', 'beginning', 'from', 'over', 'for', 'between', 'around', 'about', 'and', 'but', 'then', 'so', 'yet', 'only', 'even', 'back']);
const WORD = /[\p{L}\p{N}$£€](?:[\p{L}\p{N}'’%-]|[.,](?=[\p{L}\p{N}]))*/gu;
const TRAILING = new Set(['in', 'on', 'at', 'by', 'since', 'during', 'until', 'till', 'from', 'to', 'for', 'of', 'as', 'around', 'about', 'nearly', 'almost', 'just', 'some', 'over', 'within', 'and', 'or', 'the', 'a', 'an', 'this', 'that', 'last', 'next', 'later', 'earlier', 'early', 'late', 'mid', 'than', 'no', 'with', 'into', 'its', 'their', 'his', 'her']);
const CLAUSE_TAKING = /^(?:confirm|confirmed|say|said|says|show|showed|shows|believe|believed|know|knew|announce|announced|suggest|suggested|warn|warned|ensure|agree|agreed|insist|insisted|claim|claimed|argue|argued|report|reported|find|found|decide|decided|deny|denied|admit|admitted|reveal|revealed)$/;
/** A date in an "if" clause dates a condition, not an event. */
const CONDITIONAL = new Set(['if', 'unless', 'whether']);
/** Reporting verbs whose object is the listener ("told the Commons that ..."). */
const LISTENER_VERBS = new Set(['told', 'tells', 'tell', 'informed', 'assured', 'warned', 'reminded']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** "the three months to September", "the last week of 2003": the date bounds a period, not an event. */
const PERIOD_WORDS = new Set(['week', 'weeks', 'month', 'months', 'year', 'years', 'quarter', 'quarters', 'half', 'day', 'days', 'start', 'end', 'beginning', 'middle', 'rest', 'period', 'part', 'spring', 'summer', 'autumn', 'winter']);
/** "not", "never", "didn't": a negated clause dates nothing that happened. */
const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'cannot']);
const isNegation = (w: Word) => NEGATIONS.has(w.lower) || w.lower.endsWith("n't");
/** "since 1990", "since the 1970s": the date opens a period that is still running, not an event. */
const OPEN_PERIOD_BEFORE = /\bsince\s+(?:(?:the|early|late|mid|at\s+least)\s+)?$/i;
/** Prepositions left dangling at the end of a subject when the date after them is cut out. */
const DANGLING = new Set([...TRAILING, 'between', 'before', 'after', 'beyond', 'through', 'throughout', 'following', 'until', 'towards', 'toward', 'against', 'under', 'per']);
/** "compared with 0.5% in the previous quarter", "higher than November", "up on 2003": a baseline, not an event. */
const COMPARISON_BEFORE = /(?:\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:[^\s,;:]+\s+){0,5}|\bthan\s+(?:in\s+|on\s+|the\s+)?)$/i;
/** "sales were up on 2003": a year after "up on" or "down on" is a baseline. */
const UP_ON_BEFORE = /\b(?:up|down)\s+on\s+$/i;
/** "until 1993", "19/20 February": the date bounds a period or is half of a pair. */
const BOUND_BEFORE = /(?:\b(?:until|till)\s+(?:the\s+)?|\d\s*[/–-]\s*|\b\d{1,2}\s+(?:and|or|to)\s+)$/i;
/** "the play's 15 March opening", "the worst Christmas", "the three months through to September": part of a noun phrase. */
const NOUN_PHRASE_BEFORE = /(?:['’]s\s+|\bthe\s+[a-z]+est\s+|\b(?:weeks?|months?|years?|quarters?|days?)\s+(?:through\s+to|to|through|ending|ended)\s+)$/i;
/** "ahead of their game on Sunday", "preparing for the championships in March": the date belongs to that event. */
const AHEAD_OF_BEFORE = /\b(?:ahead\s+of|preparing\s+for|in\s+preparation\s+for|in\s+the\s+run-up\s+to)\b[^,;:]{0,60}$/i;
/** "a target for 2005", "the winners of the 2004 awards", "an extension beyond 2007": the date qualifies the noun. */
const NOUN_PREPOSITION_BEFORE = /\b([\p{L}'-]+)\s+(?:of|for|beyond)\s+(?:the\s+)?$/iu;
/** "For 2005, the group is projecting ...": a fronted "for" names a target period. */
const FRONTED_FOR = /^\W*for\s+(?:the\s+)?$/i;
/** Two dates joined as a range or a list ("between 1999 and 2001", "in 2010, 2011 and 2012"). */
const COORDINATION_GAP = /^[\s,]*(?:(?:and|or|to|through|till|until|-|–|—|\/)\s*)?(?:(?:in|on|at|the|of)\s+)?$/i;
/** Where the date stands to its clause: after the verb phrase, and a day of this week ("Tuesday", "today"). */
interface DatePlace {
  after: boolean;
  recent: boolean;
}
/** "on Tuesday", "late Monday", "today": a day near the article's, when news writes "has signed on Tuesday". */
const RECENT_DAY = /^(?:(?:early|late|last|this|on)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)\b/i;
/** "took 15 years", "for two decades", "90 days without": a span of time, not a point a date can mark. */
const DURATION = /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|few|some) (?:years?|months?|weeks?|days?|decades?|centuries|century|hours?)\b/i;
/** "by a third", "by 5%": after "by", a measure of change, not the agent of a participle. */
const NOT_AGENT_AFTER_BY = /^(?:[\d$£€]|(?:half|about|around|nearly|almost|more|over|up|as|far|much|some|double|treble|twice)$)/i;
/** Forms of "be" that are no finite verb: a clause cannot start its verb group with one. */
const NON_FINITE = new Set(['be', 'been', 'being']);
/** Words after which a claim word is a noun ("reports of", "states and"). */
const NOT_AFTER_CLAIM = new Set(['of', 'to', 'and', 'or', 'as']);
/** "was jailed for six years", "signed a deal for two years": the length of a term, not of the event. */
const TERM_BEFORE = new RegExp(`\\b(?:${[...TERM_VERBS].join('|')})\\s+(?:\\S+\\s+){0,3}for\\s+$`, 'i');
/** "by a third", "by a quarter": a fraction is a measure too. */
const FRACTIONS = /^(?:third|quarter|half|fifth|tenth|fraction|factor|margin|percent|point|bit|lot|little|wide|narrow|further)$/i;
/** Words that carry no content of their own in a verb phrase without a subject ("was made", "called him"). */
const THIN_WORDS = new Set(['to', 'be', 'him', 'her', 'it', 'them', 'me', 'us', 'off', 'up', 'out', 'down', 'away', 'back', 'over', 'in', 'on', 'due', 'set', 'about', 'likely', 'able']);
/** Prepositions that make a date an adverbial of the clause ("on Monday", "between 2005 and 2008"). */
const ADVERBIAL_BEFORE = /(?:^|\s)(?:in|on|at|from|between|until|till|to|and|or|by|during|since)\s+$/i;
const MAX_WORDS = 20;
const MAX_SUBJECT_WORDS = 7;
/** Deictic values ("now", "the future", "weeks ago") date nothing a timeline could place. */
const UNPLACEABLE = new Set(['PRESENT_REF', 'FUTURE_REF', 'PAST_REF']);

function makeWord(sentence: string, start: number, end: number): Word {
  const text = sentence.slice(start, end);
  const lower = text.toLowerCase();
  return { text, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start, end };
}

/** The words WORD finds from `from`, cut at `to`. */
function scanWords(sentence: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(sentence)) && m.index < to) out.push(makeWord(sentence, m.index, Math.min(m.index + m[0].length, to)));
  return out;
}

/** The last sentence's words: each of its dates looks at several stretches of it. */
let tokenized: { sentence: string; words: Word[] } | null = null;

function sentenceWords(sentence: string): Word[] {
  if (tokenized?.sentence !== sentence) tokenized = { sentence, words: scanWords(sentence, 0, sentence.length) };
  return tokenized.words;
}

/**
 * scanWords(sentence, from, to) from the sentence's words: a scan from inside a word finds that
 * word's tail (from its first letter or digit on), then the same words as the whole-sentence scan.
 */
function wordsIn(sentence: string, from: number, to: number): Word[] {
  if (isTrailSurrogate(sentence.charCodeAt(from))) return scanWords(sentence, from, to);
  const all = sentenceWords(sentence);
  let i = 0;
  for (let hi = all.length; i < hi; ) {
    const mid = (i + hi) >> 1;
    if (all[mid].end <= from) i = mid + 1;
    else hi = mid;
  }
  const out: Word[] = [];
  if (i < all.length && all[i].start < from) {
    WORD.lastIndex = from;
    const m = WORD.exec(sentence);
    if (!m) return out;
    if (m.index < all[i].end && m.index < to) out.push(makeWord(sentence, m.index, Math.min(all[i].end, to)));
    i++;
  }
  for (; i < all.length && all[i].start < to; i++) out.push(all[i].end <= to ? all[i] : makeWord(sentence, all[i].start, to));
  return out;
}

/** The last sentence's breaks: a sentence usually holds several dates. */
let cached: { sentence: string; breaks: Break[] } | null = null;

function breaksOf(sentence: string): Break[] {
  if (cached?.sentence === sentence) return cached.breaks;
  const out: Break[] = [];
  BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BREAK.exec(sentence))) out.push({ start: m.index, end: m.index + m[0].length, token: m[0].trim().toLowerCase() });
  cached = { sentence, breaks: out };
  return out;
}

function withoutFinalDotsOrQuotes(w: string): string {
  const last = w.charCodeAt(w.length - 1);
  return last === 46 || last === 39 ? w.replace(/[.']+$/, '') : w;
}

/** A finite or participle verb; capitalized words are names ("May", "Will"), words after a determiner adjectives. */
function isVerb(word: Word, previous: Word | undefined): boolean {
  const w = withoutFinalDotsOrQuotes(word.lower);
  if (word.text[0] !== word.lower[0]) return false;
  if (previous && DETERMINERS.has(previous.lower)) return false;
  if (EMPTY_VERBS.has(w) || IRREGULAR_VERBS.has(w)) return true;
  // "news of delayed trains": after a preposition a word in -ed is an adjective.
  if (previous && ADJECTIVE_AFTER.has(previous.lower)) return false;
  return w.length > 4 && w.endsWith('ed') && !w.includes('-') && !EVENT_STOP_ED.has(w);
}

/** Prepositions after which a word in -ed qualifies a noun ("of delayed trains", "with armed men"). */
const ADJECTIVE_AFTER = new Set(['of', 'with', 'for', 'from', 'into', 'about', 'than', 'like', 'among', 'between', 'amid']);

/** "manually", "completely": an adverb in -ly (lower case; a few nouns in -ly excepted). */
function isLyAdverb(word: Word): boolean {
  return word.text === word.lower && word.lower.length > 4 && word.lower.endsWith('ly') && !LY_NOUNS.has(word.lower);
}
const LY_NOUNS = new Set(['rally', 'ally', 'supply', 'assembly', 'family', 'reply', 'monopoly', 'anomaly', 'belly', 'jelly', 'bully', 'early', 'holy', 'ugly', 'silly', 'lily', 'folly', 'tally', 'panoply', 'homily', 'melancholy']);

function isVerbGroupWord(word: Word, previous: Word | undefined): boolean {
  return isVerb(word, previous) || VERB_ADVERBS.has(word.lower);
}

/** "we", "our", "I" (not "US"): a speaker talking about themselves or their listener. */
function isSpeechPronoun(word: Word): boolean {
  return SPEECH_PRONOUNS.has(word.lower) && (word.text === 'I' || word.text !== word.text.toUpperCase());
}

function insideQuote(breaks: Break[], at: number): boolean {
  let straight = 0;
  let curly = false;
  for (const b of breaks) {
    if (b.start >= at) break;
    if (b.token === '"') straight++;
    else if (b.token === '“') curly = true;
    else if (b.token === '”') curly = false;
  }
  return straight % 2 === 1 || curly;
}

/** "2003 results", "Monday's vote": the date qualifies a noun, not a clause. */
function modifiesNoun(sentence: string, start: number, end: number): boolean {
  if (/^['’]s\b/.test(sentence.slice(end, end + 3))) return true;
  const behind = wordsIn(sentence, Math.max(0, start - 30), start).slice(-2);
  if (behind.length === 2 && /^(?:of|to)$/.test(behind[1].lower) && PERIOD_WORDS.has(behind[0].lower)) return true;
  const next = wordsIn(sentence, end, Math.min(sentence.length, end + 40))[0];
  if (!next || next.start > end + 1 || /^\p{Lu}|^\d/u.test(next.text)) return false;
  if (AFTER_ADVERBIAL_DATE.has(next.lower) || isVerb(next, undefined) || /(?:ly|ing)$/.test(next.lower)) return false;
  const before = wordsIn(sentence, Math.max(0, start - 40), start);
  const previous = before[before.length - 1];
  const afterVerb = previous && (isVerb(previous, before[before.length - 2]) || (DATE_LEAD.has(previous.lower) && before.length > 1 && isVerb(before[before.length - 2], before[before.length - 3])));
  // "said Monday troops were ...", but "said 2021 figures ...".
  return !afterVerb || /\d$|quarter|half/i.test(sentence.slice(start, end));
}

/** "has to restate 2000": a year right after a verb is its object, not the time of an event. */
function isBareYearObject(sentence: string, start: number): boolean {
  if (!/\d/.test(sentence[start] ?? '')) return false;
  const before = wordsIn(sentence, Math.max(0, start - 40), start);
  const previous = before[before.length - 1];
  if (!previous || /\S/.test(sentence.slice(previous.end, start)) || EMPTY_VERBS.has(previous.lower)) return false;
  const beforePrevious = before[before.length - 2]?.lower ?? '';
  // "to restate 2000", "will start 2005": a base verb after "to" or a modal takes the year as its object.
  const infinitive = (beforePrevious === 'to' || MODALS.has(beforePrevious)) && !SAFE_CUT_BEFORE.has(previous.lower) && previous.text === previous.lower;
  return infinitive || isVerb(previous, before[before.length - 2]);
}

function textOf(sentence: string, words: Word[]): string {
  return words.length ? sentence.slice(words[0].start, words[words.length - 1].end).replace(/\s+/g, ' ') : '';
}

function trimTrailing(words: Word[]): Word[] {
  let n = words.length;
  while (n > 0 && DANGLING.has(words[n - 1].lower)) n--;
  return words.slice(0, n);
}

/** Index of the first word of the verb group nearest the end (or the start) of `words`; -1 when none. */
function verbGroupStart(words: Word[], nearestToEnd: boolean): number {
  let verb = -1;
  if (nearestToEnd) {
    for (let i = words.length - 1; i >= 0 && verb < 0; i--) if (isVerb(words[i], words[i - 1])) verb = i;
  } else {
    for (let i = 0; i < words.length && verb < 0; i++) if (isVerb(words[i], words[i - 1])) verb = i;
  }
  if (verb < 0) return -1;
  let start = verb;
  // "was manually constructed": an adverb in -ly between two verbs of the group belongs to it.
  const inGroup = (i: number) => isVerbGroupWord(words[i], words[i - 1]) || (i > 0 && isLyAdverb(words[i]) && isVerbGroupWord(words[i - 1], words[i - 2]));
  while (start > 0 && inGroup(start - 1)) start--;
  // "reported to have resigned": the verb before an infinitive heads the group.
  while (start > 1 && words[start - 1].lower === 'to' && isVerb(words[start - 2], words[start - 3])) {
    start -= 2;
    while (start > 0 && isVerbGroupWord(words[start - 1], words[start - 2])) start--;
  }
  while (start < verb && VERB_ADVERBS.has(words[start].lower)) start++;
  return start;
}

/** "first division clubs", "earlier reports": an opener that is an adjective of the noun after it. */
function isAdjectiveOpener(words: Word[], i: number): boolean {
  const next = words[i + 1];
  return ADJECTIVE_OPENERS.has(words[i].lower) && next !== undefined && next.text === next.lower && !DETERMINERS.has(next.lower) && !PRONOUN_SUBJECTS.has(next.lower) && !isVerb(next, words[i]);
}
const ADJECTIVE_OPENERS = new Set(['first', 'later', 'earlier']);

/** The subject words before a verb group, when they read as one noun phrase. */
function subjectOf(words: Word[]): Word[] | 'speech' | null {
  let from = 0;
  while (from < words.length && CLAUSE_OPENERS.has(words[from].lower) && !isAdjectiveOpener(words, from)) from++;
  let to = words.length;
  while (to > from && VERB_ADVERBS.has(words[to - 1].lower)) to--;
  const subject = words.slice(from, to);
  if (!subject.length) return null;
  if (subject.some((w) => isSpeechPronoun(w))) return 'speech';
  if (subject.length > MAX_SUBJECT_WORDS || NOT_SUBJECT_START.has(subject[0].lower)) return null;
  // "details are due to be unveiled": "due to" is part of the verb phrase, no subject.
  if (subject[subject.length - 1].lower === 'to') return null;
  if (subject.length === 1 && PRONOUN_SUBJECTS.has(subject[0].lower)) return null;
  if (subject.some((w, i) => isVerb(w, subject[i - 1]))) return null;
  // "2001 it employed" (after "between 1999 and"): not one noun phrase.
  if (/^\d/.test(subject[0].text) || (subject.length > 1 && subject.some((w) => PRONOUN_SUBJECTS.has(w.lower)))) return null;
  return subject;
}

/** "said" alone says nothing: the event is what was said, from the text after `restFrom`. */
function complementOf(sentence: string, restFrom: number, breaks: Break[]): Word[] | null {
  const rest = sentence.slice(restFrom);
  const lead = /^[\s,]*(?:that\s+)?/i.exec(rest)?.[0].length ?? 0;
  const from = restFrom + lead;
  if (lead === 0 && !/^\s/.test(rest)) return null;
  // "able to confirm that ...": a verb that takes a clause carries on over its "that".
  let stop = sentence.length;
  for (const b of breaks) {
    if (b.start < from) continue;
    if (b.token === 'that' && CLAUSE_TAKING.test(lastWordBefore(sentence, b.start))) continue;
    stop = b.start;
    break;
  }
  const words = trimTrailing(wordsIn(sentence, from, stop));
  if (words.length < 3) return null;
  const last = words[words.length - 1];
  if (EMPTY_VERBS.has(last.lower)) return null;
  return words.some((w, i) => i > 0 && isVerb(w, words[i - 1])) ? words : null;
}

/** Cut a long phrase before a preposition, which never splits a name or a number phrase. */
function lastWordBefore(sentence: string, at: number): string {
  return /([\p{L}']+)\W*$/u.exec(sentence.slice(Math.max(0, at - 30), at))?.[1].toLowerCase() ?? '';
}

/** A place to end a long phrase: before a preposition, or before "and" that joins no names or numbers. */
function isSafeCut(words: Word[], i: number): boolean {
  const before = words[i - 1];
  if (EMPTY_VERBS.has(before.lower) || TRAILING.has(before.lower)) return false;
  if (SAFE_CUT_BEFORE.has(words[i].lower)) return true;
  return /^(?:and|but)$/.test(words[i].lower) && before.text === before.lower && !/\d/.test(before.text);
}

function limit(words: Word[], keep: number): Word[] | null {
  if (words.length <= MAX_WORDS) return words;
  for (let i = MAX_WORDS; i > keep; i--) if (isSafeCut(words, i)) return trimTrailing(words.slice(0, i));
  return null;
}

/** "said", "told the Commons", "confirmed on": what was said is the event; "reported a profit" is one already. */
function needsComplement(group: Word[], headWords: Word[]): boolean {
  if (group.some((w) => BE.has(w.lower))) return false;
  const after = headWords.slice(1);
  if (after.some((w, i) => isVerb(w, headWords[i]))) return false;
  return !after.length || SAFE_CUT_BEFORE.has(after[0].lower) || LISTENER_VERBS.has(headWords[0].lower);
}

/** "will", "could", "they'll": a modal, so the verb group looks ahead or is hypothetical. */
const isModal = (w: Word) => MODALS.has(w.lower) || w.lower.endsWith("'ll");

/** "towns holding elections", "farmers heading to market": a plural noun and a participle in -ing that describes it. */
function isReducedRelative(words: Word[], i: number): boolean {
  const w = words[i];
  const noun = words[i - 1].lower;
  return w.text === w.lower && w.lower.length > 5 && w.lower.endsWith('ing') && !ING_NO_CLAUSE.has(w.lower) && words[i - 1].text === noun && noun.length > 3 && /[^su']s$/.test(noun);
}

/** "to" and a verb's base form at words[i]: an infinitive. */
function infinitiveAt(words: Word[], i: number): boolean {
  const next = words[i + 1];
  return words[i]?.lower === 'to' && next !== undefined && /^[a-z]+$/.test(next.text) && !DETERMINERS.has(next.lower);
}

/**
 * A verb phrase that tells nothing that happened at its date: a modal ("will visit", "could
 * decide"), the present tense ("the festival opens", "is expected", "are hoping"), an ongoing state
 * ("has been recovering"), an obligation ("has to deliver"), a plan or an aim ("voted to strike",
 * "was designed to cut", "is due to open"), a forecast whose object the date follows ("forecast
 * growth of 2% in 2005"), or a participle with no finite verb ("a plan approved by the board").
 */
function unfinished(vp: Word[], date: DatePlace): boolean {
  let n = 0;
  while (n < vp.length && (isVerbGroupWord(vp[n], vp[n - 1]) || isNegation(vp[n]) || (n > 0 && isLyAdverb(vp[n]) && isVerbGroupWord(vp[n - 1], vp[n - 2])))) n++;
  const group = vp.slice(0, n).filter((w) => !VERB_ADVERBS.has(w.lower) && !isNegation(w) && !isLyAdverb(w));
  if (!group.length) return false;
  const first = group[0].lower;
  const last = group[group.length - 1].lower;
  const next = vp[n];
  if (group.some(isModal)) return true;
  // "been suspended", "being elected": no finite verb, the tail of another clause.
  if (NON_FINITE.has(first)) return true;
  // "the festival opens"; but in "new plans were unveiled" the present form is a noun before the verb.
  if (PRESENT_AUXILIARIES.has(first) || (PRESENT_FORMS.has(first) && group.length === 1)) return true;
  // "has praised X for her work in 2005": the present perfect takes no past date of its own ("has signed on Tuesday" is news style).
  if ((first === 'has' || first === 'have') && !date.recent) return true;
  const perfect = group.some((w) => /^ha(?:s|ve|d)$/.test(w.lower));
  if (perfect && group.some((w) => w.lower === 'been') && next && next.text === next.lower && next.lower.endsWith('ing')) return true;
  if ((last === 'has' || last === 'have') && next?.lower === 'to') return true;
  for (let i = 0; i < vp.length; i++) {
    if (!PLAN_WORDS.has(vp[i].lower)) continue;
    if (i > 0 && BE.has(vp[i - 1].lower) && infinitiveAt(vp, i + 1)) return true;
    if (isVerbGroupWord(vp[i], vp[i - 1]) && vp.some((_, j) => j > i && infinitiveAt(vp, j))) return true;
  }
  const head = group.find((w) => !EMPTY_VERBS.has(w.lower));
  // Active only: "was proposed by X in 1893" is the proposing.
  if (date.after && head && FUTURE_GOVERNING_VERBS.has(head.lower) && !group.some((w) => BE.has(w.lower)) && vp.indexOf(head) < vp.length - 1) return true;
  // "bought adverts in towns holding elections on 4 May": the date is the elections'.
  if (date.after && vp.some((w, i) => i > n && isReducedRelative(vp, i))) return true;
  // "harbour levies approved by the council": no auxiliary, a participle and its agent.
  if (group.length === 1 && head === vp[0] && (first.endsWith('ed') || PARTICIPLES.has(first)) && !REPORTING_VERBS.has(first) && vp[1]?.lower === 'by') {
    const agent = vp[2];
    // "a team led by X toured ...": a finite verb after the agent is the clause's own.
    const laterVerb = vp.some((w, j) => j > 2 && isVerb(w, vp[j - 1]));
    if (agent && !laterVerb && !NOT_AGENT_AFTER_BY.test(agent.text) && !(/^an?$/i.test(agent.text) && vp[3] && FRACTIONS.test(vp[3].text))) return true;
  }
  return false;
}

function phrase(sentence: string, subjectWords: Word[] | null, verbPhrase: Word[], restFrom: number, breaks: Break[], date: DatePlace): string | null {
  let vp = trimTrailing(verbPhrase);
  if (!vp.length || EMPTY_VERBS.has(vp[vp.length - 1].lower)) return null;
  if (!subjectWords && vp.length === 1 && !REPORTING_VERBS.has(vp[0].lower)) return null;
  if (unfinished(vp, date)) return null;
  const group = vp.filter((w, i) => isVerbGroupWord(w, vp[i - 1]));
  // "have not won", "was never adopted", "won't be": a negated clause is no event.
  for (let i = 0; i < vp.length && (isVerbGroupWord(vp[i], vp[i - 1]) || isNegation(vp[i])); i++) if (isNegation(vp[i])) return null;
  const head = group.find((w) => !EMPTY_VERBS.has(w.lower.replace(/[.']+$/, '')) && !VERB_ADVERBS.has(w.lower));
  if (!head && group.length === vp.length) return null;
  const headWords = vp.slice(vp.indexOf(head ?? vp[0]));
  // "did not deny that ...": an unrecognized bare verb after an auxiliary takes its "that" clause.
  const bareAfterAux = !head && vp.length === group.length + 1 && /^[\s,]*that\s/i.test(sentence.slice(restFrom));
  if (!head && vp.length === group.length + 1 && group.some((w) => w.lower === 'not') && !bareAfterAux) return null;
  if (bareAfterAux || (head && REPORTING_VERBS.has(head.lower) && needsComplement(group, headWords))) {
    const complement = complementOf(sentence, restFrom, breaks);
    if (!complement) return null;
    vp = [...vp, ...complement];
    const verb = textOf(sentence, trimTrailing(verbPhrase));
    const all = [...(subjectWords ?? []), ...vp];
    if (all.some((w) => isSpeechPronoun(w))) return null;
    const cut = limit([...(subjectWords ?? []), ...complement], (subjectWords?.length ?? 0) + 2);
    const said = cut?.slice(subjectWords?.length ?? 0);
    // A cut that drops the clause's verb leaves a statement without its claim.
    if (!said || !said.some((w, i) => i > 0 && isVerb(w, said[i - 1]))) return null;
    const subject = subjectWords ? `${textOf(sentence, subjectWords)} ` : '';
    return `${subject}${verb} that ${textOf(sentence, said)}`;
  }
  // "was made", "due to be issued", "called him": without a subject, a bare verb says nothing.
  if (!subjectWords) {
    // "be put in place", "have shrugged off": the tail of an infinitive whose verb lies before it.
    if (/^(?:be|have|been)$/.test(vp[0].lower)) return null;
    // The verb itself: the head, or the word after an auxiliary that no list knows ("was attracting").
    let lead = 0;
    while (lead < vp.length && isVerbGroupWord(vp[lead], vp[lead - 1])) lead++;
    const verb = head ?? vp[lead];
    if (!vp.some((w) => w !== verb && !EMPTY_VERBS.has(w.lower) && !VERB_ADVERBS.has(w.lower) && !THIN_WORDS.has(w.lower))) return null;
  }
  const all = limit([...(subjectWords ?? []), ...vp], (subjectWords?.length ?? 0) + 1);
  if (!all || all.some((w) => isSpeechPronoun(w))) return null;
  if (!subjectWords) return textOf(sentence, all);
  return `${textOf(sentence, all.slice(0, subjectWords.length))} ${textOf(sentence, all.slice(subjectWords.length))}`;
}

/** The event of a clause region whose verb group is found in `words`. */
/** "There was ...", "It is ...": a copula with a dummy subject names no event. */
function isExpletive(subject: Word[], verbPhrase: Word[]): boolean {
  const words = subject.filter((w) => !CLAUSE_OPENERS.has(w.lower));
  if (words.length !== 1 || !/^(?:there|it)$/.test(words[0].lower)) return false;
  const group: Word[] = [];
  for (let i = 0; i < verbPhrase.length && isVerbGroupWord(verbPhrase[i], verbPhrase[i - 1]); i++) group.push(verbPhrase[i]);
  return group.every((w) => EMPTY_VERBS.has(w.lower) || VERB_ADVERBS.has(w.lower));
}

function eventOf(sentence: string, words: Word[], nearestToEnd: boolean, restFrom: number, breaks: Break[], withSubject: boolean, antecedent: Word[] | null, date: DatePlace): string | null {
  let v = verbGroupStart(words, nearestToEnd);
  if (v < 0) return null;
  // The nearest verb's subject runs back to the previous verb ("X said sales fell 2% last year").
  let s = v;
  while (s > 0 && !isVerb(words[s - 1], words[s - 2])) s--;
  if (nearestToEnd && s > 0) {
    const previous = verbGroupStart(words.slice(0, s), true);
    // "cut jobs and closed plants": one verb phrase of the earlier subject.
    if (/^(?:and|or)$/.test(words[v - 1]?.lower ?? '')) return eventOf(sentence, words, false, restFrom, breaks, withSubject, antecedent, date);
    // "rejected the proposal in a referendum held in 2014": a bare participle after a noun modifies it.
    const single = !isVerbGroupWord(words[v - 1], words[v - 2]) && (v + 1 >= words.length || !isVerbGroupWord(words[v + 1], words[v]));
    const participle = words[v].lower.endsWith('ed') || PARTICIPLES.has(words[v].lower);
    // "a team led by X toured ...": when the earlier verb is the participle, with its agent, the later one is the clause's.
    const agentBefore = previous >= 0 && words[previous + 1]?.lower === 'by' && !isVerbGroupWord(words[previous - 1], words[previous - 2]);
    if (single && participle && previous >= 0 && !agentBefore && !REPORTING_VERBS.has(words[s - 1].lower)) {
      // "is within reach of a low reached in November": a main clause with only a copula is not dated by the participle.
      let e = previous;
      while (e < s && isVerbGroupWord(words[e], words[e - 1])) e++;
      const main = words.slice(previous, e);
      if (main.every((w) => BE.has(w.lower) || VERB_ADVERBS.has(w.lower))) return null;
      // "will eclipse the record set in 1952": a main clause that looks ahead is not dated by a past participle.
      if (main.some(isModal)) return null;
      return eventOf(sentence, words.slice(0, v), true, restFrom, breaks, withSubject, antecedent, date);
    }
  }
  if (isExpletive(words.slice(s, v), words.slice(v))) return null;
  // "McIlroy never got near his best": a negation before the verb group.
  if (s < v && isNegation(words[v - 1])) return null;
  let subject = subjectOf(words.slice(s, v));
  if (subject === 'speech') return null;
  if (!subject && v === 0 && antecedent) subject = subjectOf(antecedent);
  if (subject === 'speech') return null;
  return phrase(sentence, withSubject ? subject : null, words.slice(withSubject && subject ? adverbsBefore(words, v, subject) : v), restFrom, breaks, date);
}

/** "The envoy first visited": where the verb phrase starts when an adverb that changes its sense stands between subject and verb. */
function adverbsBefore(words: Word[], v: number, subject: Word[]): number {
  const afterSubject = words.indexOf(subject[subject.length - 1]) + 1;
  if (afterSubject <= 0 || afterSubject >= v) return v;
  const between = words.slice(afterSubject, v);
  if (!between.every((w) => VERB_ADVERBS.has(w.lower))) return v;
  const first = between.findIndex((w) => MEANING_ADVERBS.has(w.lower));
  return first < 0 ? v : afterSubject + first;
}

/** "The minister, who was elected in 2019, resigned on Friday": the noun phrase before ", who ...". */
function antecedentOf(sentence: string, breaks: Break[], opener: number): Word[] | null {
  const at = (i: number) => breaks[i];
  const isComma = (i: number) => at(i)?.token === ',';
  const isRelative = (i: number) => /^(?:who|which)$/.test(at(i)?.token ?? '');
  const adjacent = (a: number, b: number) => !/\S/.test(sentence.slice(at(a).end, at(b).start));
  let comma = -1;
  if (isRelative(opener) && isComma(opener - 1) && adjacent(opener - 1, opener)) comma = opener - 1;
  else if (isComma(opener) && isRelative(opener - 1) && isComma(opener - 2) && adjacent(opener - 2, opener - 1)) comma = opener - 2;
  if (comma < 0) return null;
  return wordsIn(sentence, at(comma - 1)?.end ?? 0, at(comma).start);
}

/** "after Norland's full-scale invasion of its neighbour in March 2011": the noun phrase is the event. */
function nominalEvent(sentence: string, words: Word[]): string | null {
  const np = trimTrailing(words);
  if (np.length < 2 || np.length > 10) return null;
  if (np.some((w) => isSpeechPronoun(w) || /^(?:its|his|her|their|this|that|these|those)$/.test(w.lower))) return null;
  if (np[0].lower !== 'the' && !np.some((w) => /^\p{Lu}/u.test(w.text))) return null;
  return textOf(sentence, np);
}

/** The date is one end of a range or one of a list of dates. */
/** "in 2010, 2011 and 2012": a year list whose other years no rule took for dates. */
const YEAR_LIST_AFTER = /^\s*(?:,|and|or|to|-|–|\/)\s*(?:19|20)\d\d\b(?!\s*(?:%|per))/;

/** "Sept. 19 to 22", "March 3-5": a run of days whose other end no rule took for a date. */
const DAY_RANGE_AFTER = /^\s*(?:to|through|thru|till|until|-|–|—)\s*(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?![.,]?\d|\s*(?:%|per\b|percent))/i;

function coordinated(sentence: string, start: number, end: number, others: ReadonlyArray<{ start: number; end: number }>): boolean {
  const after = sentence.slice(end, end + 16);
  if (YEAR_LIST_AFTER.test(after) || DAY_RANGE_AFTER.test(after)) return true;
  for (const o of others) {
    if (o.start >= end && COORDINATION_GAP.test(sentence.slice(end, o.start))) return true;
    if (o.end <= start && COORDINATION_GAP.test(sentence.slice(o.end, start))) return true;
  }
  return false;
}

/**
 * The last word of `text` when white space ends it: its last run of ASCII letters, lower case
 * ("" when no white space ends the text). Every pattern below that ends in a word and white space
 * needs one of a few such words there: most dates are ruled out without running them.
 */
function lastWordBeforeSpace(text: string): string {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === text.length) return '';
  let start = end;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase();
}

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** What BOUND_BEFORE may end with: a word before white space, or a dash or slash. */
const BOUND_WORDS = new Set(['until', 'till', 'the', 'and', 'or', 'to']);
function mayEndBound(tail: string, last: string): boolean {
  if (BOUND_WORDS.has(last)) return true;
  let end = tail.length;
  while (end > 0 && isSpace(tail.charCodeAt(end - 1))) end--;
  const c = tail.charCodeAt(end - 1);
  return c === 47 || c === 45 || c === 0x2013;
}

/** What NOUN_PHRASE_BEFORE may end with: "'s", a superlative, or the word before a period's end. */
const PERIOD_END_WORDS = new Set(['to', 'through', 'ending', 'ended']);
const mayEndNounPhrase = (last: string) => last === 's' || last.endsWith('est') || PERIOD_END_WORDS.has(last);

/** The last words NOUN_PREPOSITION_BEFORE may end with. */
const NOUN_PREPOSITIONS = new Set(['of', 'for', 'beyond', 'the']);

/** The words before the date say it is a baseline, a bound, or part of a noun phrase. */
function datesSomethingElse(sentence: string, start: number): boolean {
  const before = sentence.slice(Math.max(0, start - 80), start);
  // The patterns end at the date: the short ones look at its last words only.
  const tail = before.length > 40 ? before.slice(-40) : before;
  const last = lastWordBeforeSpace(tail);
  if ((mayEndBound(tail, last) && BOUND_BEFORE.test(tail)) || (mayEndNounPhrase(last) && NOUN_PHRASE_BEFORE.test(tail))) return true;
  const lower = before.toLowerCase();
  if ((lower.includes('compared') || lower.includes('than') || lower.includes('vs')) && COMPARISON_BEFORE.test(before)) return true;
  if ((lower.includes('ahead') || lower.includes('prepar') || lower.includes('run-up')) && AHEAD_OF_BEFORE.test(before)) return true;
  if (FRONTED_FOR.test(sentence.slice(0, start))) return true;
  if (/^\d{4}\b/.test(sentence.slice(start, start + 5)) && UP_ON_BEFORE.test(tail)) return true;
  const noun = NOUN_PREPOSITIONS.has(last) ? NOUN_PREPOSITION_BEFORE.exec(tail) : null;
  if (!noun) return false;
  const word = makeWord(noun[1], 0, noun[1].length);
  return !isVerb(word, undefined) && !DATE_LEAD.has(word.lower) && !/ing$/.test(word.lower);
}

export function eventFor(
  sentence: string,
  start: number,
  end: number,
  timex?: { type: TimexType; value: string },
  others: ReadonlyArray<{ start: number; end: number }> = [],
  published?: string | null,
): string | null {
  if (timex && (timex.type === 'DURATION' || timex.type === 'SET' || UNPLACEABLE.has(timex.value))) return null;
  // A date after the day the article came out dates nothing that has happened yet.
  if (timex && published && startsAfter(timex.value, published)) return null;
  if (coordinated(sentence, start, end, others) || datesSomethingElse(sentence, start)) return null;
  const event = clauseEvent(sentence, start, end);
  if (!event) return null;
  // An event that holds another date of the sentence as its own adverbial mixes two times ("played on 20 August and ... on 21 August").
  for (const o of others) {
    const at = event.indexOf(sentence.slice(o.start, o.end));
    if (at >= 0 && ADVERBIAL_BEFORE.test(event.slice(0, at))) return null;
  }
  if (spansTime(event) || claims(event)) return null;
  // "... lost the vote and both he": the subject of the next clause, cut off.
  if (ENDS_ON_SUBJECT_PRONOUN.test(event)) return null;
  return event;
}

const ENDS_ON_SUBJECT_PRONOUN = /\b(?:he|she|they|we|I)$/;

/** A span of time in the event, unless it is the term of a sentence or an office ("jailed for six years"). */
function spansTime(event: string): boolean {
  const m = DURATION.exec(event);
  return m !== null && !TERM_BEFORE.test(event.slice(Math.max(0, m.index - 30), m.index));
}

/** "2005-06" starts after "2005-03-14"; "2005" does not (it began before), nor does an unresolved "XXXX-WXX-5". */
function startsAfter(value: string, published: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return false;
  const start = `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
  return start > published.slice(0, 10);
}

/** "the report predicts", "the book claims", "is confident": a present-tense claim or forecast, not a verb used as a noun ("TV shows were", "reports of"). */
function claims(event: string): boolean {
  const words = event.split(' ');
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!PRESENT_CLAIM_WORDS.has(w) || (i > 0 && DETERMINERS.has(words[i - 1].toLowerCase()))) continue;
    // A verb of saying has something after it, and not a preposition or a verb ("states in the region", "shows were").
    const next = words[i + 1];
    if (next === undefined) continue;
    const word = makeWord(next, 0, next.length);
    if (!NOT_AFTER_CLAIM.has(word.lower) && !SAFE_CUT_BEFORE.has(word.lower) && !(NOUN_LIKE_CLAIMS.has(w) && isVerb(word, undefined))) return true;
  }
  return false;
}

function clauseEvent(sentence: string, start: number, end: number): string | null {
  const breaks = breaksOf(sentence);
  const recent = RECENT_DAY.test(sentence.slice(start, end));
  if (insideQuote(breaks, start) || modifiesNoun(sentence, start, end) || isBareYearObject(sentence, start)) return null;
  if (OPEN_PERIOD_BEFORE.test(sentence.slice(Math.max(0, start - 24), start))) return null;
  let openerIndex = -1;
  breaks.forEach((b, i) => {
    if (b.end > start) return;
    if (PREPOSITION_BREAKS.has(b.token) && !/\S/.test(sentence.slice(b.end, start))) return;
    openerIndex = i;
  });
  const opener: Break | undefined = breaks[openerIndex];
  const beforeOpener = breaks[openerIndex - 1];
  const adjacentConditional = beforeOpener && CONDITIONAL.has(beforeOpener.token) && !/\S/.test(sentence.slice(beforeOpener.end, opener.start));
  if (opener && (CONDITIONAL.has(opener.token) || adjacentConditional)) return null;
  const antecedent = opener ? antecedentOf(sentence, breaks, openerIndex) : null;
  const from = opener?.end ?? 0;
  // After a quote mark the words before the verb may be the tail of a quoted name.
  const withSubject = !opener || !/["“”]/.test(opener.token);
  const left = wordsIn(sentence, from, start);
  const opening = left.every((w) => DATE_LEAD.has(w.lower) || CLAUSE_OPENERS.has(w.lower));
  const rightFrom = opening ? end + (/^[\s,]*/.exec(sentence.slice(end))?.[0].length ?? 0) : end;
  const closer = breaks.find((b) => b.start >= rightFrom);
  const to = closer?.start ?? sentence.length;

  if (!opening) {
    if (verbGroupStart(left, true) >= 0) return eventOf(sentence, left, true, end, breaks, withSubject, antecedent, { after: true, recent });
    // "Oil giant Shell last year dismantled ...": the verb follows the date at once.
    const right = wordsIn(sentence, end, to);
    if (right.length && isVerbGroupWord(right[0], undefined) && verbGroupStart(right, false) >= 0) {
      // "X's visit to Wales in [1953] proved ...": the subject drops the preposition the date followed.
      const subject = left.length ? subjectOf(trimTrailing(left)) : antecedent && subjectOf(antecedent);
      if (subject === 'speech') return null;
      return phrase(sentence, withSubject ? subject : null, right, to, breaks, { after: false, recent });
    }
    return opener && NOMINAL_EVENT_AFTER.has(opener.token) ? nominalEvent(sentence, left) : null;
  }
  // The date opens its clause ("Last week, X warned ..."): subject and verb follow it.
  const right = wordsIn(sentence, rightFrom, to);
  if (right.length) return eventOf(sentence, right, false, to, breaks, true, null, { after: false, recent });
  // "Velden visited the island ..., in 1998.": a trailing date belongs to the sentence's first clause.
  if (opener?.token === ',' && !/\p{L}/u.test(sentence.slice(end))) {
    const firstBreak = breaks[0];
    return eventOf(sentence, wordsIn(sentence, 0, firstBreak.start), false, firstBreak.start, breaks, true, null, { after: true, recent });
  }
  return null;
}
