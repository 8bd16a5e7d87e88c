import type { Quantity } from './scan.js';
import { OFFICE_NOUN, TITLE_HEAD, wordInfo } from '../people/vocabulary.js';
import { WEEKDAYS } from '../dates/words.js';
import { charClass, codePointAt, codeUnits, isSpace, LETTER, NUMBER } from '../../chars.js';
import { COUNTS_BAD_HEAD, IRREGULAR_PLURALS, MEASURE_UNITS, SMALL_NUMBERS, TENS, SCALES, CURRENCY_WORDS, ED_ADJECTIVES, IRREGULAR_PARTICIPLES, MONTHS, NOT_PARTICIPLES, NP_STOP, PARTICIPLE_AUX, PAST_VERBS, PLURAL_SUBJECT_VERBS, PRESENT_VERBS, RIVAL_VERBS, TIME_UNITS, VERBS_ONLY } from './words.js';

export interface Token {
  /** Position in the sentence's token list. */
  index: number;
  /** Inside some quantity's span (set by the extractor before reading counts). */
  inQuantity?: boolean;
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
  /** `isContent`, computed on first use (the same tokens are read for every figure in the sentence). */
  content?: boolean;
  /** `isFiniteVerb`, computed on first use. */
  finite?: boolean;
}

/** Inside a word or number token: an apostrophe, hyphen, slash or '&'. */
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 38 || c === 47 || c === 45;

/**
 * Tokens are the matches of `[\p{L}\p{N}](?:[\p{L}\p{N}'’&/-]*[\p{L}\p{N}])?|[^\s\p{L}\p{N}]` (unicode):
 * a word or number, inner apostrophes, hyphens, slashes and '&' included, or one other non-space
 * character. Read by hand, one code point at a time.
 */
export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  const n = sentence.length;
  let p = 0;
  while (p < n) {
    const cp = codePointAt(sentence, p);
    if (isSpace(cp)) {
      p++;
      continue;
    }
    const k = charClass(cp);
    let end = p + codeUnits(cp);
    if (k & (LETTER | NUMBER)) {
      // Greedy over letters, numbers and joiners, then back to the last letter or number.
      for (let q = end; q < n; ) {
        const c = codePointAt(sentence, q);
        const letterOrNumber = (charClass(c) & (LETTER | NUMBER)) !== 0;
        if (!letterOrNumber && !isJoiner(c)) break;
        q += codeUnits(c);
        if (letterOrNumber) end = q;
      }
    }
    const text = sentence.slice(p, end);
    tokens.push({ index: tokens.length, text, lower: text.toLowerCase(), start: p, end, word: (k & LETTER) !== 0, content: undefined, finite: undefined });
    p = end;
  }
  return tokens;
}

/** Verbs and particles between a measured subject and its figure ("shares rose 5%"). */
const LINK_VERBS = new Set([
  'came', 'come', 'comes', 'went', 'got', 'saw', 'took', 'gave', 'topped', 'sold', 'bought', 'held', 'rose', 'fell',
  'grew', 'paid', 'spent', 'cost', 'costs', 'won', 'lost', 'reached', 'jumped', 'climbed', 'dropped', 'slid', 'gained',
  'up', 'down', 'higher', 'lower', 'worth', 'valued', 'priced', 'stood', 'stands', 'totalled', 'totaled', 'amounted',
  'reaching', 'range', 'ranges', 'trade', 'trades', 'traded', 'closed', 'close', 'ended', 'end', 'finished', 'opened', 'open',
  'posted', 'reported', 'recorded', 'expects', 'averaged', 'ranged', 'ranging', 'cut', 'raised',
  'lowered', 'boost', 'adding', 'slipped', 'eased', 'advanced', 'rallied', 'tumbled', 'soared', 'plummeted',
  'sank', 'shed', 'rising', 'falling', 'hit', 'shot', 'leapt', 'leaped', 'rocketed', 'slumped', 'edged', 'dipped', 'crept', 'stand', 'estimated', 'expected', 'forecast', 'set', 'likely', 'poised',
  'drop', 'rise', 'fall', 'grow', 'climb', 'gain', 'lose', 'increase', 'decrease', 'decline', 'jump', 'surge', 'slump',
  'plunge', 'reach', 'peaked', 'peak', 'slide', 'dip', 'tumble', 'soar', 'risen', 'fallen', 'grown', 'sunk', 'shrunk', 'shrank',
]);
/**
 * Headlines tell in the present: "Profit falls 18%", "Death toll rises to 27". These forms are plural
 * nouns too ("pay rises of 4%"): a verb only when no "of" follows.
 */
const PRESENT_CHANGE_VERBS = new Set([
  'falls', 'rises', 'grows', 'climbs', 'jumps', 'drops', 'slides', 'gains', 'loses', 'dips', 'tumbles', 'soars', 'surges', 'slumps',
  'plunges', 'reaches', 'tops', 'sinks', 'shrinks', 'slips', 'eases', 'hits',
]);
/** Adverbs and determiners skipped on the way back from a figure to its verb. */
const SKIP_WORDS = new Set([
  'roughly', 'nearly', 'almost', 'around', 'approximately', 'slightly', 'marginally', 'sharply', 'only', 'just', 'barely',
  'some', 'over', 'under', 'about', 'minus', 'plus', 'additional', 'another', 'further', 'back', 'well',
]);
/** What follows a change verb: its figure ("falls 18%", "rises £3") or "to"/"by" and one. */
const CHANGE_OBJECT = /^[\p{N}$£€¥]/u;
/** "profit falls 18%", "toll rises to 27": a present-tense change verb right before its figure ("pay rises of 4%", "tax rises below 5%" are nouns). */
function presentChange(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return PRESENT_CHANGE_VERBS.has(tokens[k].lower) && !!next && (CHANGE_OBJECT.test(next.text) || next.lower === 'to' || next.lower === 'by');
}
const LINK_WORDS = new Set([...LINK_VERBS, ...SKIP_WORDS]);

const isParticiple = (t: Token | undefined) =>
  !!t && t.word && ((t.lower.endsWith('ed') && /[^e]ed$|[^e]eed$|ied$|[^aeiou]ed$/.test(t.lower) && t.lower.length > 3 && !NOT_PARTICIPLES.has(t.lower)) || IRREGULAR_PARTICIPLES.has(t.lower));
const isVerbForm = (t: Token) => (t.lower.endsWith('ed') || t.lower.endsWith('ing')) && t.lower.length > 4 && !NOT_PARTICIPLES.has(t.lower);
/** -ly words that are nouns or adjectives inside noun phrases, not adverbs. */
const LY_NOT_ADVERBS = new Set(['family', 'supply', 'italy', 'rally', 'ally', 'assembly', 'reply', 'monopoly', 'anomaly', 'fly', 'belly', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'early', 'elderly', 'friendly', 'holy', 'lonely', 'lovely', 'costly', 'deadly', 'silly', 'ugly', 'july', 'homily', 'lily', 'bully', 'jelly', 'hourly', 'nightly', 'orderly', 'likely']);
const isAdverb = (w: string) => w.endsWith('ly') && !LY_NOT_ADVERBS.has(w.slice(w.lastIndexOf('-') + 1));
/** Adverbs without -ly and prepositions that end a noun phrase ("nine judges rather than five", "exports outside the EU"). */
const PLAIN_ADVERBS = new Set(['far', 'maybe', 'perhaps', 'quite', 'somewhere', 'anywhere', 'nowhere', 'everywhere', 'rather', 'instead', 'again', 'together', 'alone', 'ever', 'respectively', 'apiece', 'altogether', 'anyway', 'meanwhile', 'outside', 'inside', 'beyond', 'amid', 'towards', 'toward', 'via', 'above', 'below', 'along', 'alongside', 'throughout', 'always', 'never', 'often', 'sometimes', 'usually', 'seldom']);
/** Object pronouns ("won him £2m"): never the thing a figure counts. */
const OBJECT_PRONOUNS = new Set(['him', 'himself', 'herself', 'itself', 'themselves', 'ourselves', 'myself', 'yourself']);
/** "Brindle", "EU": a word whose first letter is a capital (its lower-case form differs there). */
const isCapital = (t: Token) => t.text.charCodeAt(0) !== t.lower.charCodeAt(0);
/** "raising", not "Harding": a word in lower case (its first letter). */
const isLowerWord = (t: Token) => {
  if (!t.word) return false;
  const c = t.text.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : t.text[0] === t.lower[0] && t.text[0] !== t.text[0].toUpperCase();
};
/** "weren't", "don't": a negated auxiliary is never part of a noun phrase. */
const isNegated = (w: string) => w.endsWith("n't") || w.endsWith('n’t');
/** "weren't", "they’re": a negated auxiliary or a pronoun with its verb (tested only when the word has an apostrophe). */
const isContraction = (w: string) => (w.includes("'") || w.includes('’')) && (isNegated(w) || CONTRACTED.test(w));
/** Contractions in text stripped of apostrophes ("thats", "dont", "isnt"): never part of a noun phrase. */
const BARE_CONTRACTIONS = new Set(['thats', 'whats', 'theres', 'heres', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'hasnt', 'havent', 'hadnt', 'cant', 'couldnt', 'wouldnt', 'shouldnt', 'theyre', 'youre', 'weve', 'theyve', 'ive']);
/** "they’re", "there’s", "I'd": a pronoun with its verb. */
const CONTRACTED = /^(?:\p{L}+['’](?:re|ve|ll|d|m)|(?:it|there|that|he|she|what|here|who|where)['’]s)$/u;
/** "US media giant": an all-capitals abbreviation is a name even when its letters spell a stop word. */
const isContent = (t: Token | undefined) => !!t && (t.content ??= t.word && !OBJECT_PRONOUNS.has(t.lower) && !isContraction(t.lower) && !BARE_CONTRACTIONS.has(t.lower) && (!NP_STOP.has(t.lower) || (t.text.length === 2 && /^\p{Lu}\p{Lu}$/u.test(t.text))) && !MONTHS.has(t.lower) && !isAdverb(t.lower) && !PLAIN_ADVERBS.has(t.lower) && !isDigitCode(t.text.charCodeAt(0)) && !(t.lower.includes('-') && TIME_COMPOUND.test(t.lower)));
const isDigitCode = (c: number) => c >= 48 && c <= 57;
/** `/^\d/`: an ASCII digit first. */
const startsWithDigit = (text: string) => isDigitCode(text.charCodeAt(0));
/** `/^\p{Lu}/u`, ASCII read directly. */
const startsUpper = (text: string) => {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(text);
};
/** "year-earlier", "month-ago": when, not what. */
const TIME_COMPOUND = /^(?:year|month|week|day|quarter)-(?:earlier|ago|before)$/;
const TIME_NOUNS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'quarter', 'half', 'session', 'morning', 'afternoon', 'evening', 'night', 'time', 'times', 'ago']);
/** "40 miles wide", "12% higher": the word after the figure describes it; the subject is what is measured. */
const PREDICATE_ADJECTIVES = new Set(['wide', 'long', 'deep', 'high', 'tall', 'thick', 'old', 'away', 'lower', 'higher', 'apart', 'slim', 'short', 'across', 'below', 'above', 'heavy', 'wider', 'longer', 'more', 'less', 'cheaper', 'bigger', 'smaller', 'larger', 'older', 'younger', 'faster', 'slower', 'shorter', 'taller', 'heavier', 'lighter', 'prior', 'earlier', 'later']);
/** Plural nouns that are also verbs (so in NP_STOP); right after a figure they are the counted thing. */
const COUNTED_S_NOUNS = new Set(['shows', 'runs', 'plays', 'works', 'remains', 'looks', 'accounts', 'lives', 'marks']);
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'a', 'an', 'all', 'this', 'that', 'these', 'those', 'my', 'your']);
/** Words a verb follows, not a noun: modals and subject pronouns. */
const VERB_BEFORE = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must', 'do', 'does', 'did', 'i', 'you', 'we', 'they', 'he', 'she']);
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'i', 'we', 'you', 'they', 'it']);
const ORDINALS = new Set(['first', 'second', 'third', 'last', 'past', 'next', 'previous', 'final', 'latest']);
/** Endings of adjectives ("regional", "new", "additional"): an -ing word after one is a noun ("regional advertising"). */
const ADJECTIVE_END = /(?:al|ic|ive|ous|ary|ful|ent|ant|ish|less|ian|^new)$/;
/** "nations", "people": a plural (or collective) noun. */
const isPlural = (t: Token | undefined) => !!t && t.word && (IRREGULAR_PLURALS.has(t.lower) || (t.lower.endsWith('s') && /[^su'’]s$/.test(t.lower) && !/(?:ss|us|is)$/.test(t.lower)));
const isName = (t: Token | undefined) => !!t && t.word && isCapital(t) && !/['’]s$/.test(t.lower);

/**
 * Token k is the finite verb of a clause, not a word of a noun phrase: "talks sent Brindle shares",
 * "Arnholt Data estimates users", "wealthy nations spend", "competition reduced earnings", "weren't".
 * Judged from the word and the one before it (its subject), so a participle used as an adjective
 * ("the newly listed shares", "deadlocked talks") stays in the phrase.
 */
function isFiniteVerb(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  // The same tokens are read for every figure in the sentence: judge each once.
  return (t.finite ??= finiteVerb(tokens, k, t));
}

const RELATIVE_OR_AND = new Set(['and', 'but', 'who', 'which', 'that']);
const CONJUNCTIONS = new Set(['but', 'and', 'or', 'yet']);
const PERSON_SUBJECTS = new Set(['he', 'she', 'i', 'we']);
const THING_PRONOUNS = new Set(['it', 'they', 'you']);
/** "he'd", "she's", "I'll": a person pronoun with its auxiliary. */
const PERSON_CONTRACTED = /^(?:he|she|i|we)['’](?:d|s|ll|ve|m|re)$/;
/** "was able to", "is willing to": adjectives that with "be" and "to" make a verb group. */
const ABLE_BEFORE_TO = new Set(['able', 'unable', 'willing', 'unwilling', 'ready', 'eager', 'keen', 'happy', 'prepared', 'determined', 'forced', 'allowed', 'going', 'about']);
const CONCESSIVE = new Set(['though', 'although', 'while', 'whereas']);
const AGE_WORDS = new Set(['age', 'ages', 'aged']);
const LISTED_VERBS = new Set([...PAST_VERBS, ...PLURAL_SUBJECT_VERBS, ...VERBS_ONLY, ...PRESENT_VERBS]);
/** Words a verb may take as its object besides content words and determiners. */
const OBJECT_WORDS = new Set(['her', 'them', 'us', 'me', 'that', 'he', 'she', 'it', 'they', 'we', 'would', 'will', 'could', 'might', 'may', 'is', 'are', 'was', 'were', 'has', 'have', 'had']);

/** The last token of a share: "40%", "45 percent", "a third", "half". */
const SHARE_TOKEN = /^(?:%|percent|cent|pc|half|thirds?|quarters?|fifths?)$/;

function finiteVerb(tokens: Token[], k: number, t: Token): boolean {
  if (!t.word || t.inQuantity) return false;
  const w = t.lower;
  // Most words are none of these: leave at once.
  const listed = LISTED_VERBS.has(w);
  if (!listed && !w.endsWith('ed') && !isNegated(w)) return false;
  if (isCapital(t) || t.text.includes('-')) return false;
  if (isNegated(w)) return true;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  // It takes an object ("estimates that", "leads Varga", "puts her"); "Arnholt Data estimates of 5,000", "Velden claims as" are nouns.
  const object = !!next && (next.inQuantity || (next.word && !PREPOSITIONS.has(next.lower) && (isContent(next) || DETERMINERS.has(next.lower) || OBJECT_PRONOUNS.has(next.lower) || OBJECT_WORDS.has(next.lower) || CONTRACTED.test(next.lower))));
  // "all became part of": a past form is a verb after any word but an adverb ("privately held firms").
  if (PAST_VERBS.has(t.lower) && prev?.word && !prev.inQuantity) return !isAdverb(prev.lower);
  // "40% call themselves moderate": the share of people who do something.
  // ("seven rate brackets", "two back injuries": after a plain count, a word before a noun is that noun's modifier.)
  if (PLURAL_SUBJECT_VERBS.has(t.lower) && prev?.inQuantity && object && (SHARE_TOKEN.test(prev.lower) || !isContent(next))) return true;
  // "to keep fare rises below 3%", "will spend": an infinitive or a verb after a modal.
  if (PLURAL_SUBJECT_VERBS.has(t.lower) && prev?.word && (prev.lower === 'to' || VERB_BEFORE.has(prev.lower)) && object) return true;
  // "and supported Velden's call", "who gained wide support": a past verb after a conjunction or relative word.
  if (w.endsWith('ed') && RELATIVE_OR_AND.has(prev?.lower ?? '') && /[^e]ed$|ied$/.test(t.lower) && !ED_ADJECTIVES.has(t.lower) && !!next && (isName(next) || /['’]s$/.test(next.lower) || DETERMINERS.has(next.lower) || (prev!.lower === 'who' && isContent(next)))) return true;
  // "The program, called EB-9, allows foreign investors": after an aside's comma too.
  if (VERBS_ONLY.has(w) && prev?.text === ',' && object && tokens[k - 2]?.word) return true;
  if (!prev?.word || prev.inQuantity || DETERMINERS.has(prev.lower) || isAdverb(prev.lower) || /['’]s$/.test(prev.lower) || PREPOSITIONS.has(prev.lower)) return false;
  if (PAST_VERBS.has(t.lower)) return true;
  if (VERBS_ONLY.has(t.lower)) return object && (isContent(prev) || PERSONAL_PRONOUNS.has(prev.lower));
  if (PRESENT_VERBS.has(t.lower)) return object && (isName(prev) || PERSONAL_PRONOUNS.has(prev.lower) || (next?.lower === 'that' && !RIVAL_VERBS.has(t.lower) && t.lower !== 'plans'));
  // "nations spend", "helping Velden sell itself", "those asked disapprove": after a plural, a name or a participle.
  if (PLURAL_SUBJECT_VERBS.has(t.lower)) return isContent(prev) && (isPlural(prev) || isName(prev) || (prev.lower.endsWith('ed') && isVerbForm(prev)));
  return /[^e]ed$|ied$/.test(t.lower) && t.lower.length > 4 && !NOT_PARTICIPLES.has(t.lower) && !ED_ADJECTIVES.has(t.lower) && isContent(prev) && !startsWithDigit(prev.text);
}

/**
 * "and Zenco employs 120", "and Acme Group sold the rest": after the conjunction at token j, up to three capitalised
 * words and a lower-case verb (a known one, or an -s or -ed word before a figure, an article or a qualifier) make a
 * new clause, not a second member of the phrase ("Acme and Zenith radios").
 */
function clauseAfter(tokens: Token[], j: number): boolean {
  let k = j + 1;
  while (k < tokens.length && k - j <= 3 && isContent(tokens[k]) && isCapital(tokens[k]) && !/['’]s$/.test(tokens[k].lower)) k++;
  const v = tokens[k];
  if (k === j + 1 || !v || !isLowerWord(v) || v.inQuantity) return false;
  if (isFiniteVerb(tokens, k)) return true;
  const o = tokens[k + 1];
  return /(?:[^su'’]s|ed)$/.test(v.lower) && !!o && (!!o.inQuantity || (DETERMINERS.has(o.lower) && o.lower !== 'all') || SKIP_WORDS.has(o.lower));
}

/** Nouns of a rate after "a": "a head", "a piece", "an hour". */
const RATE_NOUNS = new Set(['hour', 'minute', 'second', 'head', 'piece', 'person', 'time', 'go', 'pop', 'shot', 'share', 'unit', 'ticket', 'seat', 'plate', 'kilo', 'pound', 'litre', 'liter', 'gallon', 'barrel', 'tonne', 'ton']);
/** Adjectives of a state a figure's things are left in ("left 300 villagers dead", "kept 40 ships idle"). */
const STATE_ADJECTIVES = new Set(['alive', 'stranded', 'idle', 'jobless', 'unaccounted', 'afloat', 'aboard', 'ashore', 'abroad', 'asleep', 'awake']);
/** "adults", "women": a lower-case plural noun in -s or a plural of people (not a collective such as "public" or "staff"). */
const isRegularPlural = (t: Token) => isLowerWord(t) && (/^(?:people|men|women|children)$/.test(t.lower) || (isPlural(t) && t.lower.endsWith('s')));
/** Object pronouns after a verb. */
const PLAIN_OBJECTS = new Set(['them', 'it', 'him', 'her', 'us', 'me', 'themselves', 'itself', 'himself', 'herself']);

/** Adverbs of degree before an adjective: "two very hard years". */
const INTENSIFIERS = new Set(['very', 'so', 'too', 'really', 'quite', 'most', 'less', 'least', 'fairly', 'pretty', 'rather']);

/** The noun phrase starting at token i: "striking nurses", "bags of rice". */
function nounPhraseAfter(tokens: Token[], i: number): { words: Token[]; next: number } {
  const words: Token[] = [];
  let j = i;
  while (j < tokens.length && words.length < 5) {
    const t = tokens[j];
    // "300 people and Zenco employs 120": a name and a verb after "and" open a clause of their own; the phrase stops.
    if ((t.lower === 'and' || t.lower === '&' || t.lower === 'or') && words.length && clauseAfter(tokens, j)) break;
    // "Acme and Zenith radios": a coordination of two names stays in the phrase.
    if ((t.lower === 'and' || t.lower === '&') && words.length && /^\p{Lu}/u.test(words[words.length - 1].text) && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '') && isContent(tokens[j + 1])) {
      words.push(t);
      j++;
      continue;
    }
    // "new and used cars", "nurses and doctors hired": a coordination inside the phrase.
    // ("arrested suspects and seize goods": after a plural, the second member is a plural or an adjective, else a verb.)
    const agrees = () => !isPlural(words[words.length - 1]) || isPlural(tokens[j + 1]) || ADJECTIVE_END.test(tokens[j + 1]?.lower ?? '') || /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '');
    if ((t.lower === 'and' || t.lower === 'or') && words.length && agrees() && isContent(tokens[j + 1]) && !isVerbForm(tokens[j + 1]) && !PLURAL_SUBJECT_VERBS.has(tokens[j + 1].lower) && isContent(tokens[j + 2]) && !isVerbForm(tokens[j + 2])) {
      words.push(t);
      j++;
      continue;
    }
    // "63,150 Model 3s", "two Boeing 747s": a model number in the plural after its capitalised name.
    const digit = t.text.charCodeAt(0) <= 57 && t.text.charCodeAt(0) >= 48 && !t.inQuantity;
    if (digit && words.length && /^\d+s$/.test(t.text) && isCapital(words[words.length - 1])) {
      words.push(t);
      j++;
      continue;
    }
    // "54GB of 5G data", "two 4K screens": a code of figures and capitals before a noun describes it.
    if (digit && /^\d+\p{Lu}+$/u.test(t.text) && isContent(tokens[j + 1]) && !tokens[j + 1].inQuantity) {
      words.push(t);
      j++;
      continue;
    }
    // "four new 900 Series trucks": a model number inside the phrase.
    if (startsWithDigit(t.text) && words.length && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '') && isContent(tokens[j + 1])) {
      words.push(t);
      j++;
      continue;
    }
    // "two other clubs", "three more goals": the counted noun comes after the comparison word.
    // ("only three such halls": "such" too.)
    if (!words.length && j === i && (t.lower === 'other' || t.lower === 'more' || t.lower === 'further' || t.lower === 'such') && tokens[j - 1]?.inQuantity && isContent(tokens[j + 1]) && !isVerbForm(tokens[j + 1])) {
      j++;
      continue;
    }
    // "two very hard years", "three extremely rare birds": an intensifier before an adjective and its noun, right after a figure.
    if (!words.length && j === i && tokens[j - 1]?.inQuantity && t.word && isLowerWord(t) && (INTENSIFIERS.has(t.lower) || (isAdverb(t.lower) && t.lower.length > 4)) && isContent(tokens[j + 1]) && isLowerWord(tokens[j + 1]) && !isVerbForm(tokens[j + 1]) && isContent(tokens[j + 2]) && isLowerWord(tokens[j + 2]) && !isVerbForm(tokens[j + 2]) && !isFiniteVerb(tokens, j + 2)) {
      words.push(t);
      j++;
      continue;
    }
    // "two shows", "three runs": right after a figure these -s words are plural nouns, not verbs.
    if (!words.length && (j === i || j === i + 1) && COUNTED_S_NOUNS.has(t.lower) && tokens[i - 1]?.inQuantity) {
      words.push(t);
      j++;
      continue;
    }
    // "Dorlan's total exports": after a possessive, "total" and "overall" describe the noun.
    // ("50% of total street crime", "a third of overall sales": so do they opening the phrase after "of".)
    if ((t.lower === 'total' || t.lower === 'overall' || t.lower === 'own') && (words.length ? /['’]s$/.test(words[words.length - 1].lower) : tokens[j - 1]?.lower === 'of' && t.lower !== 'own') && isContent(tokens[j + 1]) && !isVerbForm(tokens[j + 1])) {
      words.push(t);
      j++;
      continue;
    }
    // "about 30 live rats", "three live rounds": right after a figure, "live" before a plural is an adjective, not a verb.
    if (!words.length && j === i && t.lower === 'live' && tokens[j - 1]?.inQuantity && isPlural(tokens[j + 1]) && isLowerWord(tokens[j + 1])) {
      words.push(t);
      j++;
      continue;
    }
    if (!isContent(t)) break;
    // "50% of total street crime involves a mobile": an -s word after a singular noun, before an article, is its verb.
    // ("for consulting services the firm ...", "40 car parts a day": not before "the", nor before a rate's "a day".)
    if (words.length && (tokens[j + 1]?.lower === 'a' || tokens[j + 1]?.lower === 'an') && !TIME_NOUNS.has(tokens[j + 2]?.lower ?? '') && !RATE_NOUNS.has(tokens[j + 2]?.lower ?? '') && t.lower.endsWith('s') && !t.lower.endsWith('ss') && isLowerWord(t) && isLowerWord(words[words.length - 1]) && !words[words.length - 1].lower.endsWith('s') && !/['’]/.test(t.lower)) break;
    // "one in five adults smoke.", "two-thirds of voters support the plan": a plain singular word after a plural head,
    // before the end of the clause, an article or a preposition, is the plural's verb.
    if (words.length && (!tokens[j + 1] || (!tokens[j + 1].word && tokens[j + 1].text !== '-') || DETERMINERS.has(tokens[j + 1].lower) || PLAIN_OBJECTS.has(tokens[j + 1].lower)) && !t.lower.endsWith('s') && isLowerWord(t) && isRegularPlural(words[words.length - 1]) && !t.lower.includes('-') && !ADJECTIVE_END.test(t.lower) && !isVerbForm(t) && !IRREGULAR_PARTICIPLES.has(t.lower) && !PAST_VERBS.has(t.lower) && !NOMINAL_ADJECTIVES.has(t.lower) && !STATE_ADJECTIVES.has(t.lower)) break;
    // "three firms gave details", "30 towns spend", "40% call themselves": the verb of a clause ends the phrase;
    // so does a gerund before its object ("one covering Velden's subsidiaries").
    if (isFiniteVerb(tokens, j) || (t.lower.endsWith('ing') && isLowerWord(t) && isVerbForm(t) && !!tokens[j + 1] && (DETERMINERS.has(tokens[j + 1].lower) || /^\p{Lu}.*['’]s$/u.test(tokens[j + 1].text)))) break;
    // "the 40 meetings Lindqvist held": a name after a plural common noun opens a relative clause.
    if (words.length && isPlural(words[words.length - 1]) && isCapital(t) && /^\p{Lu}\p{Ll}/u.test(t.text) && !/['’]s$/.test(t.lower) && isLowerWord(words[words.length - 1]) && !COUNTED_S_NOUNS.has(words[words.length - 1].lower)) break;
    // A verb form after the head noun ends the phrase; before a noun it is an adjective ("retired players"),
    // and so is an -ing word after a singular modifier ("two bond rating firms").
    // "regional advertising in the valley": an -ing word after a singular modifier, before a preposition, is the head noun.
    const after = tokens[j + 1];
    const modifier = words.length > 0 && t.lower.endsWith('ing') && !isPlural(words[words.length - 1]) && isLowerWord(words[words.length - 1]) && (isContent(after) ? isPlural(after) && isLowerWord(after) : (!after || !after.word || PREPOSITIONS.has(after.lower)) && ADJECTIVE_END.test(words[words.length - 1].lower));
    if (isVerbForm(t) && !modifier && (words.length > 0 || !isContent(tokens[j + 1]))) break;
    words.push(t);
    j++;
  }
  return nounPhraseAfterFrom(tokens, i, words, j);
}

/**
 * The end of `nounPhraseAfter`: where the counted things come from, and an "of" phrase after the first words.
 * (A function of its own: cheaper to optimise than one function of it all.)
 */
function nounPhraseAfterFrom(
  tokens: Token[],
  i: number,
  words: Token[],
  j: number,
): { words: Token[]; next: number } {
  // "workers from Northland": where the counted things come from, when it is a name.
  if (words.length > 0 && (tokens[j]?.lower === 'from' || tokens[j]?.lower === 'in') && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '') && isContent(tokens[j + 1])) {
    let k = j + 1;
    const place: Token[] = [];
    while (k < tokens.length && place.length < 3 && /^\p{Lu}/u.test(tokens[k].text) && isContent(tokens[k])) place.push(tokens[k++]);
    // "matches in New Zealand, Australia and the UK": a list of places is read whole, not cut after the first.
    // (Only a list closed by "and" or "or": "in Velden, Jo Bell said" is no list.)
    let listed = { length: place.length, next: k };
    for (let more = 0, at = k; more < 4 && (tokens[at]?.text === ',' || tokens[at]?.lower === 'and' || tokens[at]?.lower === 'or'); more++) {
      let m = at + 1;
      const closes = tokens[at].text !== ',' || tokens[m]?.lower === 'and' || tokens[m]?.lower === 'or';
      if (tokens[at].text === ',' && closes) m++;
      if (tokens[m]?.lower === 'the') m++;
      const next: Token[] = [];
      while (m < tokens.length && next.length < 3 && /^\p{Lu}/u.test(tokens[m].text) && isContent(tokens[m])) next.push(tokens[m++]);
      if (!next.length) break;
      place.push(...next);
      at = m;
      if (closes) {
        // ("in Velden and Jo Bell runs them": the last member must end the phrase, not open a clause.)
        const after = tokens[m];
        if (!after || !after.word || NP_STOP.has(after.lower)) listed = { length: place.length, next: m };
        break;
      }
    }
    place.length = listed.length;
    return { words: [...words, tokens[j], ...place], next: listed.next };
  }
  if (words.length > 0 && words.length <= 2 && tokens[j]?.lower === 'of' && isContent(tokens[j + 1]) && !isVerbForm(tokens[j + 1])) {
    const rest = nounPhraseAfter(tokens, j + 1);
    // "bags of rice and sacks of flour": keep the first noun of a coordination.
    const cut = rest.words.findIndex((t) => t.lower === 'and' || t.lower === 'or');
    const restWords = cut > 0 ? rest.words.slice(0, cut) : rest.words;
    if (restWords.length && restWords.length <= 3) return { words: [...words, tokens[j], ...restWords], next: cut > 0 ? restWords[restWords.length - 1].index + 1 : rest.next };
  }
  return { words, next: j };
}

/** "showed", "followed", "tested": a regular or irregular past form that is not a known adjective. */
const PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'this', 'that', 'which', 'who']);
/** What may follow "aged": a figure or a bound on one ("aged 30-39", "aged under 30", "aged between 15 and 34"). */
const AGE_BAND = /^(?:\d|(?:over|under|between|from)$)/i;
const CLAUSE_OPENERS = new Set(['only', 'just', 'and', 'but', 'while', 'whereas', 'then']);
const isPastVerb = (t: Token) => t.word && !/^\p{Lu}/u.test(t.text) && !t.text.includes('-') && !/^(?:un|non|in)/.test(t.lower) && (isParticiple(t) || PAST_VERBS.has(t.lower) || /^(?:showed|said|made|took|gave|came|went|won|lost|saw|told|found|left|became|began|sent)$/.test(t.lower));
const PERFECT_AUX = new Set(['has', 'have', 'had', 'having', 'is', 'was', 'were', 'are', 'been', 'be']);
const AUX_PHRASES = PARTICIPLE_AUX.map((p) => p.split(' '));

/** "have been hired or promoted", "expected": what the sentence says happened to the counted things. */
function participlesAfter(tokens: Token[], j: number): Token[] {
  let k = j;
  let aux = false;
  for (const parts of AUX_PHRASES) {
    if (parts.every((p, n) => tokens[k + n]?.lower === p)) {
      k += parts.length;
      aux = true;
      break;
    }
  }
  if (!isParticiple(tokens[k])) return [];
  // "100 of the models compared with ten": "compared with" is a preposition, not what happened to them.
  if (/^(?:compared|including|excluding|based)$/.test(tokens[k].lower) && /^(?:with|to|on)$/.test(tokens[k + 1]?.lower ?? '')) return [];
  const out = [tokens[k]];
  k++;
  if ((tokens[k]?.lower === 'or' || tokens[k]?.lower === 'and') && isParticiple(tokens[k + 1])) {
    out.push(tokens[k], tokens[k + 1]);
    k += 2;
  }
  // "50% of owners reported they ...": a reporting verb without an auxiliary is active voice.
  if (!aux && (REPORTING_VERBS.has(out[0].lower) || SPEECH_VERBS.has(out[0].lower))) return [];
  // Without an auxiliary, "clubs signed the deal" is active voice, not what happened to them.
  // ("thousands of bankers opened more than 2 million accounts": a figure as the object too.)
  if (!aux && tokens[k] && (DETERMINERS.has(tokens[k].lower) || isContent(tokens[k]) || tokens[k].inQuantity || OBJECT_PRONOUNS.has(tokens[k].lower) || /^(?:them|us|me)$/.test(tokens[k].lower))) return [];
  return out;
}

const CHANGE_NOUNS = new Set(['rise', 'fall', 'increase', 'decrease', 'drop', 'decline', 'jump', 'cut', 'gain', 'growth', 'reduction', 'slump', 'surge', 'hike', 'loss', 'boost', 'improvement', 'rebound', 'contraction', 'expansion', 'shortfall', 'deterioration']);
/** Verbs of speech: "one reader posted" is active voice, not what happened to the counted thing. */
const SPEECH_VERBS = new Set(['tweeted', 'declared', 'asked', 'replied', 'responded', 'wrote', 'posted', 'added', 'noted', 'explained', 'stated', 'told']);
const REPORTING_VERBS = new Set(['warned', 'said', 'says', 'announced', 'reported', 'claimed', 'predicted', 'insisted', 'admitted', 'confirmed', 'revealed', 'argued', 'believed', 'believes', 'estimated', 'feared', 'fears', 'warns', 'thinks', 'thought', 'expects', 'hoped', 'hopes']);
const SOURCE_VERBS = new Set(['shows', 'showed', 'found', 'finds', 'says', 'said', 'suggests', 'suggested', 'puts', 'reports', 'reported', 'claims', 'claimed', 'predicts', 'predicted', 'forecasts', 'estimates']);
const VERBLESS_CHANGE = new Set(['up', 'down', 'higher', 'lower', 'off']);
const AUX = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'to', 'also', 'just', 'already', 'still', 'now', 'not', 'reportedly', 'expected', 'set', 'likely', 'poised', 'due', 'said', 'says']);
const ASIDE_DASHES = new Set(['-', '–', '—']);
const CLAUSE_BREAK = new Set([';', ':', '(', ')', '“', '”', '"', '—', '–']);
/** "21 Jump Street", "New Deal": a capitalised word inside the sentence is a name, not a verb. */
const isVerb = (t: Token, next?: Token, prev?: Token) => t.word && !SKIP_WORDS.has(t.lower) && !(startsUpper(t.text) && (/^\p{Lu}{2,}$/u.test(t.text) || (!!prev && /^[\p{L}\p{N},]/u.test(prev.text)))) && !(t.lower.endsWith('ing') && isContent(next) && !isVerbForm(next!)) && (AUX.has(t.lower) || LINK_VERBS.has(t.lower) || (PRESENT_CHANGE_VERBS.has(t.lower) && !!next && (CHANGE_OBJECT.test(next.text) || next.lower === 'to' || next.lower === 'by')) || (NP_STOP.has(t.lower) && !DETERMINERS.has(t.lower) && /(?:ed|[^s]s|ose|ell|ew|ost|ot|ut|it|ave|as)$/.test(t.lower) && !PREPOSITIONS.has(t.lower)) || isVerbForm(t));
const PREPOSITIONS = new Set(['of', 'in', 'for', 'on', 'at', 'from', 'to', 'by', 'with', 'as', 'across', 'against']);
/** Verbs of change as gerunds: "raising bus fares by 20%" changes the fares, not the raising. */
const CHANGE_GERUNDS = new Set(['raising', 'cutting', 'increasing', 'reducing', 'lowering', 'boosting', 'lifting', 'slashing', 'trimming', 'hiking', 'doubling', 'tripling', 'halving', 'expanding', 'extending', 'widening', 'narrowing', 'shrinking', 'paring', 'axing', 'shedding', 'upping', 'decreasing', 'improving']);
/** -ing words that are nouns of money and trade ("Garvin spending could be cut"); verbs only after an auxiliary ("is spending"). */
const ING_NOUNS = new Set(['spending', 'funding', 'borrowing', 'lending', 'advertising', 'housing', 'pricing', 'shipping', 'manufacturing', 'banking', 'marketing', 'financing', 'training', 'clothing', 'polling', 'gambling', 'retailing', 'licensing', 'broadcasting', 'publishing', 'farming', 'fishing', 'mining', 'catering', 'schooling', 'policing', 'healthcare',
  'heating', 'cooking', 'building', 'parking', 'shopping', 'swimming', 'printing', 'processing', 'washing', 'recycling', 'betting', 'gaming', 'drinking', 'smoking', 'dining', 'boarding', 'landing', 'engineering', 'accounting', 'consulting', 'planning', 'nursing', 'teaching', 'computing', 'networking', 'packaging', 'lighting', 'seating', 'sewing']);
/** -ing words that describe a noun ("existing customers", "rising prices"), not verbs before an object. */
const ING_ADJECTIVES = new Set(['existing', 'remaining', 'leading', 'rising', 'falling', 'growing', 'declining', 'outstanding', 'working', 'ruling', 'opposing', 'competing', 'following', 'coming', 'upcoming', 'ongoing', 'booming', 'soaring', 'surviving', 'missing', 'living', 'voting', 'operating', 'selling', 'paying', 'sitting', 'standing', 'reigning', 'defending', 'visiting', 'striking', 'waiting', 'starting', 'closing', 'opening', 'trading', 'floating', 'underlying', 'prevailing', 'increasing', 'decreasing', 'widening', 'shrinking', 'emerging', 'developing', 'governing', 'evolving', 'ageing', 'aging']);
/** "spending" after "Garvin" or "cut", not after "is": an -ing word of ING_NOUNS used as a noun. */
const isIngNoun = (tokens: Token[], k: number) => ING_NOUNS.has(tokens[k].lower) && !PERFECT_AUX.has(tokens[k - 1]?.lower ?? '') && !AUX.has(tokens[k - 1]?.lower ?? '');

/** "rubies typically score": a plain word after a plural and an adverb is the plural's verb. */
const adverbVerb = (tokens: Token[], k: number) =>
  k >= 2 && isLowerWord(tokens[k]) && !tokens[k].lower.endsWith('s') && tokens[k - 1].word && isAdverb(tokens[k - 1].lower) && isPlural(tokens[k - 2]) && (isLowerWord(tokens[k - 2]) || k === 2) && !tokens[k + 1]?.inQuantity;

/**
 * "a queue that stretches hundreds of metres", "firms which employ 300": a plain lower-case word after a relative pronoun
 * that follows a noun, before a figure or an article, is that noun's verb ("an outcome that markets dislike" has a subject of its own).
 */
const relativeVerb = (tokens: Token[], k: number) =>
  k >= 2 && isLowerWord(tokens[k]) && !tokens[k].inQuantity && /^(?:that|which|who)$/.test(tokens[k - 1].lower) && isContent(tokens[k - 2]) && !tokens[k - 2].inQuantity && !isVerbForm(tokens[k]) && !NP_STOP.has(tokens[k].lower) && !isAdverb(tokens[k].lower) && (!!tokens[k + 1]?.inQuantity || DETERMINERS.has(tokens[k + 1]?.lower ?? ''));

/** Content words (with "of", "in the" inside) ending at token k, read backwards: "average wait for patients in Leeds". */
function nounPhraseEndingAt(tokens: Token[], k: number, inside: (t: Token) => boolean): Token[] {
  const words: Token[] = [];
  // "an increase in retail on the order of 15%", "a bill in the region of £5m", "to the tune of $2bn": an idiom for "about", not the thing.
  if (k >= 3 && ABOUT_IDIOM_NOUNS.has(tokens[k].lower) && tokens[k - 1].lower === 'the' && /^(?:on|in|to)$/.test(tokens[k - 2].lower)) k -= 3;
  // "rent for flats in June was": a trailing time phrase is not part of the thing.
  if (k >= 1 && (MONTHS.has(tokens[k].lower) || TIME_NOUNS.has(tokens[k].lower) || (tokens[k].text.length === 4 && /^\d{4}$/.test(tokens[k].text))) && /^(?:in|on|at|for|this|last|next|since|during)$/.test(tokens[k - 1].lower)) k -= 2;
  // "deficits over the coming years": so is one with an article and an adjective.
  else if (k >= 3 && TIME_NOUNS.has(tokens[k].lower) && tokens[k - 2].lower === 'the' && isLowerWord(tokens[k - 1]) && /^(?:over|in|during|within)$/.test(tokens[k - 3].lower)) k -= 4;
  // "queue stretched for 2 km": the verb before the preposition is not part of the thing.
  while (k >= 0 && tokens[k].word && ((isVerbForm(tokens[k]) && !isIngNoun(tokens, k)) || isAdverb(tokens[k].lower)) && isContent(tokens[k - 1])) k--;
  // "the Velden Institute estimates", "60 percent call": a phrase that would end on its verb is a clause, not a thing;
  // so is a word after a modal or a subject pronoun ("Varga will accept", "you identify", "they’re paying").
  if (k >= 0 && (PAST_VERBS.has(tokens[k].lower) || isFiniteVerb(tokens, k))) return words;
  const lead = tokens[k - 1];
  if (k >= 1 && tokens[k].word && !isCapital(tokens[k]) && lead.word && (VERB_BEFORE.has(lead.lower) || isContraction(lead.lower))) return words;
  // "Varga originally asked", "expects the phone to sell for": a verb after an adverb or "to".
  if (k >= 1 && isLowerWord(tokens[k]) && lead.word && ((isAdverb(lead.lower) && tokens[k].lower.endsWith('ed') && isVerbForm(tokens[k])) || (lead.lower === 'to' && PLURAL_SUBJECT_VERBS.has(tokens[k].lower)))) return words;
  if (adverbVerb(tokens, k)) return words;
  // "the rate for workers ages 18 to 25": the age band belongs to the figure after it.
  if (k >= 1 && tokens[k + 1]?.inQuantity && AGE_WORDS.has(tokens[k].lower)) k--;
  // "revenue in the first nine months": an ordinal before a figure opens a time phrase, not part of the thing.
  if (k >= 2 && ORDINALS.has(tokens[k].lower) && tokens[k + 1]?.inQuantity) {
    k--;
    if (DETERMINERS.has(tokens[k].lower)) k--;
    if (PREPOSITIONS.has(tokens[k]?.lower ?? '')) k--;
  }
  while (k >= 0 && words.length < 8) {
    const t = tokens[k];
    // "50 hours a week doing repairs": an -ing word after a time is a verb, not a modifier.
    if (words.length && t.lower.endsWith('ing') && isLowerWord(t) && isVerbForm(t) && (TIME_NOUNS.has(tokens[k - 1]?.lower ?? '') || tokens[k - 1]?.inQuantity)) break;
    // "talks sent Brindle shares", "Arnholt Data estimates users": the verb of a clause ends the phrase;
    // so does a gerund before its object ("about meeting Velden's goal", "supporting Arnholt Trust funding").
    if (words.length && (isFiniteVerb(tokens, k) || (t.lower.endsWith('ing') && isLowerWord(t) && isVerbForm(t) && (isCapital(words[0]) || DETERMINERS.has(words[0].lower))))) {
      // "Lindqvist leads Varga", "a poll showing Lindqvist leading Varga": a race clause counts neither name.
      if (RIVAL_VERBS.has(t.lower)) return [];
      break;
    }
    // "the firm warned earnings would": a reporting verb ends the phrase.
    if (words.length && REPORTING_VERBS.has(t.lower)) break;
    // "Zenco will study investments": a plain word after a modal or a subject pronoun is a verb.
    if (words.length && VERB_BEFORE.has(tokens[k - 1]?.lower ?? '') && isLowerWord(t) && !DETERMINERS.has(t.lower)) break;
    // "weighing raising bus fares", "as well as offering special bonuses": a gerund is the verb; its object is the thing.
    // ("the remaining shares", "existing customers": not after an article, nor an -ing adjective.)
    // (Any other -ing word only after a preposition, a conjunction, a verb or a comma: "paper processing plant" is a compound.)
    if (words.length && t.lower.endsWith('ing') && isLowerWord(t) && !DETERMINERS.has(tokens[k - 1]?.lower ?? '') && !/['’]s$/.test(tokens[k - 1]?.lower ?? '')) {
      const prev = tokens[k - 1];
      const opensClause = !prev || !prev.word || PREPOSITIONS.has(prev.lower) || CONJUNCTIONS.has(prev.lower) || /^(?:as|than|while|after|before|without|by)$/.test(prev.lower) || isVerb(prev, t, tokens[k - 2]);
      if (CHANGE_GERUNDS.has(t.lower) || (opensClause && t.lower.endsWith('ing') && isVerbForm(t) && !ING_NOUNS.has(t.lower) && !ING_ADJECTIVES.has(t.lower) && !isVerbForm(words[0]))) break;
    }
    // "has seen sales of X hit": a participle after an auxiliary is the verb, not part of the phrase.
    // "is projecting earnings growth of 5%": so is an -ing form after one.
    if (words.length && (isParticiple(t) || (t.lower.endsWith('ing') && isVerbForm(t))) && (PERFECT_AUX.has(tokens[k - 1]?.lower ?? '') || (isAdverb(tokens[k - 1]?.lower ?? '') && PERFECT_AUX.has(tokens[k - 2]?.lower ?? '')))) break;
    const glued = startsWithDigit(t.text) && !inside(t) && (words.length > 0 || isContent(tokens[k - 1]));
    if ((isContent(t) && !LINK_WORDS.has(t.lower) && !presentChange(tokens, k) && !inside(t)) || (glued && (isContent(tokens[k - 1]) || /\p{L}/u.test(t.text)))) {
      words.unshift(t);
      k--;
      continue;
    }
    // "Acme and Zenith": a coordination of names.
    if (words.length && (t.lower === 'and' || t.text === '&') && /^\p{Lu}/u.test(words[0].text) && /^\p{Lu}/u.test(tokens[k - 1]?.text ?? '') && isContent(tokens[k - 1])) {
      words.unshift(t);
      k--;
      continue;
    }
    // "Sales of rope and sail cloth": a coordination of common nouns inside an "of" phrase
    // ("the firm cut jobs and sales fell" is two clauses: only where "of" opens the first member).
    if (words.length && (t.lower === 'and' || t.lower === 'or') && isLowerWord(words[0]) && !isVerbForm(words[0])) {
      let m = k - 1;
      while (m >= 0 && k - 1 - m < 3 && isContent(tokens[m]) && isLowerWord(tokens[m]) && !inside(tokens[m]) && !isVerbForm(tokens[m]) && !LINK_WORDS.has(tokens[m].lower)) m--;
      if (m < k - 1 && m >= 1 && tokens[m].lower === 'of' && isContent(tokens[m - 1]) && !inside(tokens[m - 1])) {
        words.unshift(...tokens.slice(m + 1, k + 1));
        k = m;
        continue;
      }
    }
    // "Sales in the period": step over an article to reach the preposition.
    const det = words.length && DETERMINERS.has(t.lower) && PREPOSITIONS.has(tokens[k - 1]?.lower ?? '') ? 1 : 0;
    const p = tokens[k - det];
    // "wait for patients in Leeds": a preposition (and article) between two content words.
    // ("the price of tin per ounce": "per" too.)
    if (words.length && p && (PREPOSITIONS.has(p.lower) || p.text === '&' || p.lower === 'per') && p.lower !== 'to' && p.lower !== 'by') {
      k -= det;
      let j = k - 1;
      if (j >= 0 && DETERMINERS.has(tokens[j].lower)) j--;
      // ("Spending on defence": an -ing noun of money and trade opens the phrase.)
      if (j >= 0 && isContent(tokens[j]) && !LINK_WORDS.has(tokens[j].lower) && !inside(tokens[j]) && (!isVerbForm(tokens[j]) || isIngNoun(tokens, j))) {
        words.unshift(...tokens.slice(j + 1, k + 1));
        k = j;
        continue;
      }
      // ("the share of trips made on foot", "the value of goods sold in Ostra": a participle after the
      // plural of an "of" phrase, then its preposition.)
      if (j >= 2 && isLowerWord(tokens[j]) && isParticiple(tokens[j]) && isRegularPlural(tokens[j - 1]) && !inside(tokens[j - 1]) && tokens[j - 2].lower === 'of') {
        words.unshift(...tokens.slice(j, k + 1));
        k = j - 1;
        continue;
      }
    }
    break;
  }
  // A phrase cut at its length limit may open on a preposition or article ("in two new polls from ..."): drop them.
  if (words.length < 2) return words;
  let lead0 = 0;
  while (lead0 < words.length - 1 && !isContent(words[lead0]) && !startsWithDigit(words[lead0].text)) lead0++;
  // "the number of migrants Lindqvist will accept": a name after a plural noun is the subject of a relative clause.
  let end = words.length;
  while (end > lead0 && isName(words[end - 1]) && /^\p{Lu}\p{Ll}/u.test(words[end - 1].text)) end--;
  if (end > lead0 && end < words.length && isLowerWord(words[end - 1]) && isPlural(words[end - 1])) return words.slice(lead0, end);
  return lead0 ? words.slice(lead0) : words;
}

/**
 * What a figure measures, read backwards: the noun before "of" ("a bill of $4 million"), else the
 * subject of the verb that carries the figure ("Acme shares rose 5%", "the bond was up 7 cents"),
 * else the nearest noun phrase before it.
 */
function subjectBefore(tokens: Token[], k: number, inside: (t: Token) => boolean, verbOnly = false): Token[] {
  if (verbOnly) return verbSubject(tokens, k, inside, true);
  // "Velden leads Ostrow by (just) 5 points": the margin of a race counts neither side.
  let by = k;
  while (by > 0 && SKIP_WORDS.has(tokens[by].lower)) by--;
  if (tokens[by]?.lower === 'by') {
    let v = by - 1;
    while (v >= 0 && by - v <= 5 && !RIVAL_VERBS.has(tokens[v].lower) && (isContent(tokens[v]) || tokens[v].lower === 'out')) v--;
    if (v < by - 1 && RIVAL_VERBS.has(tokens[v]?.lower ?? '')) return [];
  }
  // ("sold for an average of $250,000": an empty noun before "of" leaves the figure to the clause's subject.)
  if (tokens[k]?.lower === 'of' && AVERAGE_NOUNS.has(tokens[k - 1]?.lower ?? '') && DETERMINERS.has(tokens[k - 2]?.lower ?? '') && k > 2) return verbSubject(tokens, k - 3, inside);
  if (tokens[k]?.lower === 'of' || tokens[k]?.lower === 'by' || tokens[k]?.lower === 'for') {
    // ("go on sale in Velden on May 3 for $89": past a day's date before "for".)
    let end = k - 1;
    if (tokens[k].lower === 'for' && end > 2 && ((/^\d{1,2}$/.test(tokens[end].text) && MONTHS.has(tokens[end - 1].lower)) || (MONTHS.has(tokens[end].lower) && /^\d{1,2}$/.test(tokens[end - 1].text))) && /^(?:on|from)$/.test(tokens[end - 2]?.lower ?? '')) end -= 3;
    let np = nounPhraseEndingAt(tokens, end, inside);
    // "cut its sales forecast by 3%": "forecast" after a determined phrase is a noun, not a verb.
    if (!np.length && tokens[k - 1]?.lower === 'forecast') {
      const lead = nounPhraseEndingAt(tokens, k - 2, inside);
      const det = lead.length ? tokens[lead[0].index - 1] : tokens[k - 2];
      if (det && (DETERMINERS.has(det.lower) || /['’]s$/.test(det.lower))) np = [...lead, tokens[k - 1]];
    }
    // "a guild that is growing by 9%": a lone verb form after an auxiliary is the verb, not the thing.
    const verbOnly = np.length === 1 && isVerbForm(np[0]) && !isIngNoun(tokens, np[0].index) && AUX.has(tokens[np[0].index - 1]?.lower ?? '');
    // "go on sale for $199": a one-word phrase after a preposition says how, not what costs it.
    if (np.length === 1 && tokens[k].lower === 'for' && /^(?:on|in|at|up)$/.test(tokens[np[0].index - 1]?.lower ?? '')) return verbSubject(tokens, k, inside);
    // ("The kettles go on sale in Velden for $89": so is "on sale" with where; the subject of "go" is priced.)
    if (np.length > 1 && tokens[k].lower === 'for' && /^(?:sale|offer)$/.test(np[0].lower) && tokens[np[0].index - 1]?.lower === 'on') {
      let v = np[0].index - 2;
      if (/^(?:go|goes|went|gone|going|be|is|are|was|were|been|put|puts)$/.test(tokens[v]?.lower ?? '')) {
        v--;
        while (v > 0 && (AUX.has(tokens[v].lower) || isAdverb(tokens[v].lower))) v--;
        const subject = isContent(tokens[v]) ? nounPhraseEndingAt(tokens, v, inside) : [];
        if (subject.length) return subject;
      }
      return [];
    }
    // ("Fares rose in Velden by 6%": a place after "in", "at" or "on" is where, not what; the verb's subject is.)
    if (np.length && tokens[k].lower === 'by' && np.every((t) => isName(t)) && /^(?:in|at|on|across)$/.test(tokens[np[0].index - 1]?.lower ?? '')) {
      const subject = verbSubject(tokens, np[0].index - 2, inside, true);
      if (subject.length) return subject;
    }
    if (np.length && !verbOnly) return np;
  }
  // "... and fats and oils between 6% and 7%": a verbless clause, a noun phrase and the range it moved in.
  if ((tokens[k]?.lower === 'between' || tokens[k]?.lower === 'from') && isContent(tokens[k - 1]) && !inside(tokens[k - 1]) && !isVerbForm(tokens[k - 1]) && !LINK_WORDS.has(tokens[k - 1].lower)) {
    const np = nounPhraseEndingAt(tokens, k - 1, inside);
    let lead = np.length ? np[0].index - 1 : -1;
    if (lead >= 0 && DETERMINERS.has(tokens[lead].lower)) lead--;
    if (np.length && (lead < 0 || tokens[lead].text === ',' || /^(?:and|with|while|whereas)$/.test(tokens[lead].lower))) return np;
  }
  // "to keep interest rates steady at 3.5%": the object held at the figure.
  if (tokens[k]?.lower === 'at' && /^(?:steady|unchanged|constant|stable|flat)$/.test(tokens[k - 1]?.lower ?? '') && isContent(tokens[k - 2])) {
    const np = nounPhraseEndingAt(tokens, k - 2, inside);
    if (np.length) return np;
  }
  // "pushed the index 1.2 percent higher": the verb's object right before the figure.
  if (isContent(tokens[k]) && !LINK_WORDS.has(tokens[k].lower) && !inside(tokens[k]) && !isVerbForm(tokens[k])) {
    const np = nounPhraseEndingAt(tokens, k, inside);
    let j = np.length ? np[0].index - 1 : -1;
    if (j >= 0 && DETERMINERS.has(tokens[j].lower)) j--;
    if (np.length && j >= 0 && isVerb(tokens[j], tokens[j + 1], tokens[j - 1]) && !AUX.has(tokens[j].lower)) return np;
  }
  return verbSubject(tokens, k, inside);
}

/**
 * "Homes from $750,000 to $1 million", "sampling between 2014 and 2017": from token j (the end of a subject),
 * back over a range of figures or years and the preposition that opens it, to the noun before; else j.
 */
function beforeRangePhrase(tokens: Token[], j: number): number {
  if (!tokens[j] || !(tokens[j].inQuantity || startsWithDigit(tokens[j].text))) return j;
  let r = j;
  while (r >= 0 && j - r < 10 && (tokens[r].inQuantity || startsWithDigit(tokens[r].text) || RANGE_WORDS.has(tokens[r].lower) || tokens[r].lower === 'and')) r--;
  return r < j && /^(?:from|between)$/.test(tokens[r]?.lower ?? '') && isContent(tokens[r - 1]) && !tokens[r - 1].inQuantity ? r - 1 : j;
}

/**
 * "the exchange rate between the dollar and the yen": a subject ending in a "between ... and ..." phrase is headed by
 * the noun before "between", not by the last member.
 */
function headBeforeBetween(tokens: Token[], np: Token[], inside: (t: Token) => boolean): Token[] {
  // (Only a short last member: "the Japanese yen", not a run-on phrase that may open the next clause.)
  if (!np.length || np.length > 3 || np.some((t) => PREPOSITIONS.has(t.lower))) return np;
  let a = np[0].index - 1;
  if (DETERMINERS.has(tokens[a]?.lower ?? '')) a--;
  if (tokens[a]?.lower !== 'and') return np;
  let b = a - 1;
  for (let n = 0; b >= 0 && n < 4 && tokens[b].lower !== 'between'; n++) {
    if (!isContent(tokens[b]) && !DETERMINERS.has(tokens[b].lower)) return np;
    b--;
  }
  if (tokens[b]?.lower !== 'between' || !isContent(tokens[b - 1]) || tokens[b - 1].inQuantity) return np;
  const head = nounPhraseEndingAt(tokens, b - 1, inside);
  return head.length ? head : np;
}

/** Nouns of a source in an aside ("by his own count", "in her words", "by some estimates"). */
const ASIDE_SOURCE = /^(?:count|counts|estimate|estimates|reckoning|account|accounts|calculation|calculations|words|view|opinion)$/;
/** Verbs of saying in a speaker's aside ("Sales, he said, rose"). */
const ASIDE_SAY = /^(?:says|said|tells|told|adds|added|notes|noted|argues|argued|insists|insisted|claims|claimed|believes|believed|thinks|thought|reckons|estimates|estimated|admits|admitted|warns|warned|explains|explained)$/;

/**
 * An aside opening at token a, closed by a comma before the verb: a speaker and a verb of saying ("she told reporters",
 * "officials said"), a past participle clause ("traded in Velden since 2019") or a source ("by his own count",
 * "according to the club").
 */
function commaAside(tokens: Token[], a: number, close: number): boolean {
  const t = tokens[a];
  if (!t || !t.word || tokens[close]?.text !== ',' || close - a > 10) return false;
  if (t.lower === 'according') return tokens[a + 1]?.lower === 'to' && close - a <= 6;
  if (t.lower === 'by' || t.lower === 'in') return close - a <= 5 && tokens.slice(a + 1, close).some((w) => ASIDE_SOURCE.test(w.lower));
  if (isLowerWord(t) && isParticiple(t) && PREPOSITIONS.has(tokens[a + 1]?.lower ?? '')) return tokens.slice(a, close).every((w) => w.word || startsWithDigit(w.text));
  // ("she told reporters", "the minister said", "Jo Bell says": the verb of saying ends the aside, or its object does.)
  for (let k = a + 1; k < a + 4 && k < close; k++) if (ASIDE_SAY.test(tokens[k].lower)) return close - k <= 3 && tokens.slice(a, close).every((w) => w.word);
  return false;
}

/** The subject of the verb that carries the figure, else (unless `verbOnly`) the nearest noun phrase before it. */
function verbSubject(tokens: Token[], k: number, inside: (t: Token) => boolean, verbOnly = false): Token[] {
  let commas = 0;
  let nearest: Token[] | null = null;
  for (let steps = 0; k >= 0 && steps < 14; steps++, k--) {
    const t = tokens[k];
    if (inside(t)) continue;
    if (!t.word) {
      // "Zenith (ZNT) slid 3%": step over a bracketed aside.
      if (t.text === ')') {
        let open = k - 1;
        while (open >= 0 && k - open < 12 && tokens[open].text !== '(') open--;
        if (open >= 0 && tokens[open].text === '(') {
          k = open;
          continue;
        }
      }
      if (CLAUSE_BREAK.has(t.text)) break;
      if (t.text === ',' && ++commas > 1) break;
      continue;
    }
    if (isVerb(t, tokens[k + 1], tokens[k - 1]) || adverbVerb(tokens, k) || relativeVerb(tokens, k)) {
      // "The new poll shows Velden leading 52 percent to 41": the subject of a reporting verb is a source, not the thing.
      if (SOURCE_VERBS.has(t.lower) && !DETERMINERS.has(tokens[k - 1]?.lower ?? '')) return [];
      let j = k - 1;
      // "is thought to be seeking": past forms inside the verb group too.
      // ("the number of unemployed fell": a verb form after "of" or an article is a noun, not part of the verb group.)
      while (j >= 0 && tokens[j].word && (AUX.has(tokens[j].lower) || isAdverb(tokens[j].lower) || (isVerbForm(tokens[j]) && !isIngNoun(tokens, j) && !(j > 0 && tokens[j].lower.endsWith('ed') && (tokens[j - 1].lower === 'of' || DETERMINERS.has(tokens[j - 1].lower)))) || (PAST_VERBS.has(tokens[j].lower) && AUX.has(tokens[j + 1]?.lower ?? '')))) j--;
      // "prices there rose": a place adverb after the subject.
      if ((tokens[j]?.lower === 'there' || tokens[j]?.lower === 'here') && isContent(tokens[j - 1])) j--;
      // "Homes from $750,000 to $1 million stay", "sampling between 2014 and 2017 came back": a range after the subject.
      j = beforeRangePhrase(tokens, j);
      // "the voltage across it was 5 volts": a pronoun after a preposition is the subject's complement, not the subject.
      if ((tokens[j]?.lower === 'it' || tokens[j]?.lower === 'them') && tokens[j - 1] && (PREPOSITIONS.has(tokens[j - 1].lower) || /^(?:across|through|between|around|inside|within|over|under)$/.test(tokens[j - 1].lower)) && isContent(tokens[j - 2]) && !tokens[j - 2].inQuantity && !isVerbForm(tokens[j - 2])) j -= 2;
      // "a deal with Velden which could cost £1bn": a relative pronoun stands for the noun before it.
      // ("did not reveal that it ...": "that" after a verb opens a clause, so only "which" and "who".)
      // ("a guild that is growing": "that" after a noun, not after a verb, is relative too.)
      const thatAfterNoun = tokens[j]?.lower === 'that' && isContent(tokens[j - 1]) && !isVerb(tokens[j - 1], tokens[j], tokens[j - 2]) && (isPlural(tokens[j - 1]) || DETERMINERS.has(tokens[j - 2]?.lower ?? ''));
      if ((/^(?:which|who)$/.test(tokens[j]?.lower ?? '') || thatAfterNoun) && isContent(tokens[j - 1]) && !tokens[j - 1].inQuantity && tokens[j - 1].lower !== 'one') {
        const head = nounPhraseEndingAt(tokens, j - 1, inside);
        if (head.length) return head;
      }
      // "The biggest faller was Acme, which fell 9%": a non-restrictive "which" or "who" stands for the noun before its comma.
      if (!verbOnly && /^(?:which|who)$/.test(tokens[j]?.lower ?? '') && tokens[j - 1]?.text === ',' && isContent(tokens[j - 2]) && !tokens[j - 2].inQuantity && tokens[j - 2].lower !== 'one') {
        const head = nounPhraseEndingAt(tokens, j - 2, inside);
        if (head.length) return head;
      }
      // "..., but would later add $3 billion": the subject is left out, shared with an earlier clause.
      if (!verbOnly && CONJUNCTIONS.has(tokens[j]?.lower ?? '') && AUX.has(tokens[j + 1].lower)) return [];
      // "but it took 10 years": a pronoun subject names nothing here.
      if (verbOnly && PRONOUNS.has(tokens[j]?.lower ?? '')) return [];
      // "if he was able to get 15%": "be able to" is part of the verb group, its subject further left.
      if (tokens[j]?.word && ABLE_BEFORE_TO.has(tokens[j].lower) && tokens[j + 1]?.lower === 'to' && AUX.has(tokens[j - 1]?.lower ?? '')) {
        j--;
        while (j >= 0 && tokens[j].word && (AUX.has(tokens[j].lower) || isAdverb(tokens[j].lower))) j--;
      }
      // "as she made $2m", "he'd have to earn 15%": a person's figure counts nothing the sentence names.
      if (PERSON_SUBJECTS.has(tokens[j]?.lower ?? '') || PERSON_CONTRACTED.test(tokens[j]?.lower ?? '')) return [];
      // "the rating remains strong, though it has declined from 58%": "it" after a conjunction stands for the subject before it;
      // elsewhere ("where it rose by 120%") it stands for something the clause does not name.
      if (THING_PRONOUNS.has(tokens[j]?.lower ?? '')) {
        const c = tokens[j - 1]?.text === ',' ? j - 2 : j - 1;
        const link = tokens[c]?.lower ?? '';
        const earlier = (CONJUNCTIONS.has(link) || CONCESSIVE.has(link)) && c > 1 ? verbSubject(tokens, tokens[c - 1]?.text === ',' ? c - 2 : c - 1, inside, true) : [];
        // ("It earned the crew a reported $12m": an object between the verb and the figure is still read.)
        // ("47% supported the bill, with 26% against": not across a comma.)
        return earlier.length && !THING_PRONOUNS.has(earlier[0].lower) ? earlier : ((commas === 0 ? nearest : null) ?? []);
      }
      // "gross domestic product (GDP) rose": the subject is before a bracketed abbreviation.
      if (tokens[j]?.text === ')' && tokens[j - 2]?.text === '(') j -= 3;
      // "the deficit hit a record, having increased by 5%": a participle clause has its subject further left.
      if (tokens[j + 1]?.lower === 'having') {
        k = j + 1;
        continue;
      }
      // "advanced economies - which include Velden and Ostra - will grow 2%": the subject is before an aside between dashes.
      if (tokens[j] && ASIDE_DASHES.has(tokens[j].text)) {
        let o = j - 1;
        while (o > 0 && j - o < 20 && tokens[o].text !== tokens[j].text) o--;
        if (o > 0 && tokens[o].text === tokens[j].text && isContent(tokens[o - 1])) j = o - 1;
      }
      // "Tin, last year's best performing metal, dropped 2%": the appositive names the subject too.
      const appositive = tokens[j]?.text === ',';
      if (appositive) j--;
      // "attendance over the four nights was 52,000": past a phrase of time holding another figure, to its noun.
      if (tokens[j]?.inQuantity && inside(tokens[j])) {
        let r = j;
        while (r > 0 && j - r < 6 && tokens[r].inQuantity) r--;
        if (DETERMINERS.has(tokens[r]?.lower ?? '')) r--;
        if (/^(?:across|over|during|in|for|of|within|throughout)$/.test(tokens[r]?.lower ?? '') && isContent(tokens[r - 1]) && !tokens[r - 1].inQuantity && !isVerbForm(tokens[r - 1])) j = r - 1;
      }
      let np = headBeforeBetween(tokens, nounPhraseEndingAt(tokens, j, inside), inside);
      // "Varga entered the race averaging 12 points": an -ing clause is said of the subject, not the object.
      if (np.length && t.lower.endsWith('ing') && isFiniteVerb(tokens, np[0].index - 1)) {
        const subject = nounPhraseEndingAt(tokens, np[0].index - 2, inside);
        if (subject.length) np = subject;
      }
      // "an engine tuned by M-Sport to produce 296 hp": the agent after a participle's "by" is not the subject; the noun before is.
      if (np.length && tokens[np[0].index - 1]?.lower === 'by' && isLowerWord(tokens[np[0].index - 2] ?? np[0]) && isParticiple(tokens[np[0].index - 2])) {
        const head = nounPhraseEndingAt(tokens, np[0].index - 3, inside);
        if (head.length) np = head;
      }
      const startsAt = np.length ? np[0].index : -1;
      // "Acme Group, down 6p": a verbless aside after a name measures the name.
      if (np.length && appositive && j === k - 2 && VERBLESS_CHANGE.has(t.lower) && /^\p{Lu}/u.test(np[0].text)) return np;
      if (np.length && (!appositive || tokens[startsAt - 1]?.text === ',')) return np;
      // "The bridge, which is made of steel, spans 300 m": the subject is before the relative clause.
      if (appositive) {
        let c = j;
        while (c > 0 && j - c < 20 && tokens[c].text !== ',') c--;
        // "Jo Bell, the former head of Acme, has died": a name, then an appositive opening on an article.
        // ("Sales, he said, rose 5%", "Acme's shares, traded in Velden since 2019, fell 2%": a speaker's aside or a participle clause.)
        // ("Jo Bell, painter who drew the harbour, dies": a bare noun and its relative clause after a name.)
        const relative = tokens[c]?.text === ',' && (/^(?:which|who|whose|that|where)$/.test(tokens[c + 1]?.lower ?? '') || commaAside(tokens, c + 1, j + 1) || (isLowerWord(tokens[c + 1]) && isName(tokens[c - 1]) && tokens.slice(c + 2, c + 4).some((w) => w.lower === 'who')));
        if (relative || (tokens[c]?.text === ',' && DETERMINERS.has(tokens[c + 1]?.lower ?? '') && /^\p{Lu}/u.test(tokens[c - 1]?.text ?? ''))) {
          const head = nounPhraseEndingAt(tokens, c - 1, inside);
          // Not "According to the Agency, the ...": a name after a preposition is no subject.
          const lead = head.length ? tokens[head[0].index - 1] : undefined;
          if (head.length && (relative || !lead || !lead.word || lead.lower === 'and')) return head;
        }
      }
      continue;
    }
    if (!nearest && !verbOnly && isContent(t)) nearest = nounPhraseEndingAt(tokens, k, inside);
  }
  return nearest ?? [];
}

/** Index of the first token starting at or after `offset` (binary search). */
export function firstTokenFrom(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Mark tokens covered by any quantity, walking both sorted lists once. */
export function markQuantityTokens(tokens: Token[], quantities: readonly Quantity[]): void {
  let t = 0;
  for (const q of quantities) {
    t = firstTokenFrom(tokens, q.start);
    for (; t < tokens.length && tokens[t].end <= q.end; t++) tokens[t].inQuantity = true;
  }
}

/** Nouns of a stretch of time after "for" ("for the medium term", "for the foreseeable future"). */
const SPAN_NOUNS = new Set(['term', 'period', 'future', 'moment', 'rest', 'duration', 'season', 'seasons', 'while', 'foreseeable']);
/** A currency, or a rate in one ("GBP", "GBP/year"). */
const MONEY_UNIT = /^[A-Z]{3}(?:\/|$)/;
/** Verbs of spending: the money goes "on" what it buys. */
const SPEND_VERBS = new Set(['spend', 'spends', 'spent', 'spending', 'invest', 'invests', 'invested', 'investing', 'splashed', 'lavished', 'wasted', 'squandered']);
/** Words before a rank: "number six", "No 4", "the top ten", "the bottom four". */
const RANK_WORDS = new Set(['number', 'no', 'top', 'bottom']);
/** Plural nouns for a level a thing reaches ("soared to fresh highs above $53"): not what is measured. */
const LEVEL_NOUNS = new Set(['highs', 'lows', 'levels', 'records', 'peaks', 'heights', 'depths', 'marks', 'thresholds', 'limits', 'lengths', 'extents']);
/** Nouns for a threshold a figure marks ("the $50m mark"): the figure measures what reached it. */
const BENCHMARK_NOUNS = new Set(['mark', 'barrier', 'threshold', 'milestone', 'level']);
/** Words before a duration that make it how long something lasted ("for three days"). */
const DURATION_BEFORE = new Set(['for', 'lasting', 'lasted', 'spent', 'took', 'served', 'spanning', 'by', 'is', 'was', 'are', 'were', 'be', 'been']);
/** "an average of", "a median of": nouns for a statistic, not a thing. */
const AVERAGE_NOUNS = new Set(['average', 'median', 'mean', 'maximum', 'minimum']);
const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been']);
/** Nouns before "of" and a duration that say nothing of what lasted: "an average of 70 days", "a total of 3 years". */
const EMPTY_OF_NOUNS = new Set(['average', 'total', 'period', 'maximum', 'minimum', 'span', 'spell', 'stretch', 'space', 'course', 'matter', 'median', 'mean', 'sum', 'duration', 'length', 'time']);
/** Durations of a life or a career: "spent 30 years", "served ten years". */
const SERVICE_VERBS = new Set(['spent', 'served']);
/** Verbs with whom a sum falls on, then the sum: "cost the UK £1bn", "owes its lenders $5m". */
const COST_VERBS = new Set(['cost', 'costs', 'costing', 'owe', 'owes', 'owed', 'owing', 'charge', 'charges', 'charged', 'charging', 'fined', 'fine', 'fines', 'saved', 'save', 'saves']);
const PAY_VERBS = new Set(['pay', 'pays', 'paid', 'paying']);
/** Verbs whose object is money, and what that money is called ("stole £40,000": the money stolen). */
const MONEY_VERBS = new Map<string, string>([
  ...['steal', 'steals', 'stealing', 'stole', 'stolen'].map((w): [string, string] => [w, 'money stolen']),
  ...['embezzle', 'embezzles', 'embezzling', 'embezzled'].map((w): [string, string] => [w, 'money embezzled']),
  ...['misappropriated', 'siphoned', 'pocketed', 'laundered', 'swindled'].map((w): [string, string] => [w, `money ${w}`]),
  ...['repay', 'repays', 'repaying', 'repaid', 'refunded', 'returned'].map((w): [string, string] => [w, 'money repaid']),
  ...['raise', 'raises', 'raising', 'raised'].map((w): [string, string] => [w, 'money raised']),
  ...['donate', 'donates', 'donating', 'donated'].map((w): [string, string] => [w, 'money donated']),
  ...['spend', 'spends', 'spending', 'spent'].map((w): [string, string] => [w, 'spending']),
  ...['invest', 'invests', 'investing', 'invested'].map((w): [string, string] => [w, 'investment']),
  ...['save', 'saves', 'saving', 'saved'].map((w): [string, string] => [w, 'savings']),
  ...['pledge', 'pledges', 'pledging', 'pledged', 'committed', 'commits'].map((w): [string, string] => [w, 'money pledged']),
]);
/**
 * Verbs that put a sum toward a purpose named after it ("approved $2m for the depot", "includes $4m to rebuild the pier",
 * "cut $1m from road repairs"): the sum is the object, so what it is for, not the clause's subject, is what it measures.
 */
const ALLOT_VERBS = new Set(['approve', 'approves', 'approved', 'approving', 'include', 'includes', 'included', 'including', 'allocate', 'allocates', 'allocated', 'allocating',
  'earmark', 'earmarks', 'earmarked', 'earmarking', 'budget', 'budgets', 'budgeted', 'budgeting', 'grant', 'grants', 'granted', 'award', 'awards', 'awarded',
  'provide', 'provides', 'provided', 'providing', 'cut', 'cuts', 'cutting', 'add', 'adds', 'added', 'adding', 'set', 'sets', 'setting', 'aside', 'find', 'found',
  'secure', 'secures', 'secured', 'securing', 'receive', 'receives', 'received', 'request', 'requests', 'requested', 'seek', 'seeks', 'sought', 'need', 'needs', 'needed',
  'borrow', 'borrows', 'borrowed', 'put', 'puts', 'putting', 'reserve', 'reserves', 'reserved', 'withdraw', 'withdrew', 'trim', 'trimmed', 'trimming', 'slash', 'slashed', 'slashing']);
/** Sources a sum is cut or taken from ("cut $1m from roads"), and purposes ("for", "to" and a verb). */
const ALLOT_LINKS = new Set(['for', 'to', 'from', 'towards', 'toward']);

/** "approved $2m for the depot" -> "money for the depot"; null when the sum is no allotment's object or nothing follows. */
function allotted(sentence: string, tokens: Token[], before: number, i: number, inside: (t: Token) => boolean): string | null {
  const link = tokens[i]?.lower ?? '';
  if (!ALLOT_LINKS.has(link)) return null;
  let v = before;
  while (v > 0 && before - v < 3 && (DETERMINERS.has(tokens[v].lower) || SUM_WORDS.has(tokens[v].lower) || isAdverb(tokens[v].lower))) v--;
  // ("... €2m to reroof the depot, and €90,000 for cycle racks": a sum coordinated with an allotted one.)
  const verb = tokens[v];
  if (!verb?.word || !(ALLOT_VERBS.has(verb.lower) || ((verb.lower === 'and' || verb.text === ',') && tokens[v - 1] && !tokens[v - 1].word))) return null;
  let j = i + 1;
  let lead = '';
  if (link === 'to') {
    // ("to replace the bridge": a purpose, a verb and its object; "to the council" is a recipient, no purpose.)
    const w = tokens[j];
    // (A plain lower-case word that is no plural, then more words: the verb of a purpose, not a recipient.)
    if (!w?.word || DETERMINERS.has(w.lower) || !/^\p{Ll}+$/u.test(w.text) || w.lower.endsWith('s') || !tokens[i + 2]?.word) return null;
    lead = `${w.text} `;
    j++;
  }
  while (j < tokens.length && (DETERMINERS.has(tokens[j].lower) || inside(tokens[j]) || tokens[j].inQuantity)) j++;
  const what = nounPhraseAfter(tokens, j).words;
  if (!what.length || what.some((t) => TIME_NOUNS.has(t.lower) || MONTHS.has(t.lower))) return null;
  // ("from road resurfacing and ...": an -ing noun closing a compound before a break or a conjunction.)
  const last = what[what.length - 1];
  const ing = tokens[last.index + 1];
  if (ing?.word && /^\p{Ll}+ing$/u.test(ing.text) && (!tokens[last.index + 2]?.word || /^(?:and|or|but)$/.test(tokens[last.index + 2].lower))) what.push(ing);
  const text = sentence.slice(tokens[link === 'to' ? i + 2 : j].start, what[what.length - 1].end);
  if (link === 'to') return `money to ${lead}${text}`;
  return link === 'from' ? `money cut from ${text}` : `money for ${text}`;
}

/** Lengths a distance is given in. */
const LENGTH_UNITS = new Set(['km', 'm', 'mi', 'nmi', 'ft', 'yd']);
/** After a length: a bearing from a place ("north-west of"), "from", "away", "off", "outside", "short of" ("inland" says where to, not how far from). */
const DISTANCE_AFTER = /^\s+(?:(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west)\s+of|from|away|off|outside|short\s+of)\b/i;
/** Verbs of size: what measures, weighs or stands at a figure is what the figure measures. */
const DIMENSION_VERBS = new Set(['measures', 'measured', 'measuring', 'measure', 'weighs', 'weighed', 'weighing', 'weigh', 'spans', 'spanning', 'stretches', 'stretching']);
/** Verbs of a penalty and the money they name: "fined $6,200" is a fine. */
const PENALTY_VERBS = new Map<string, string>([['fined', 'fine'], ['fine', 'fine'], ['fines', 'fine'], ['taxed', 'tax'], ['surcharged', 'surcharge']]);
/** Words that end the object of a verb of buying, read backwards from "for". */
const OBJECT_BREAK = new Set(['and', 'or', 'but', 'to', 'of', 'that', 'which', 'who', 'with', 'from', 'in', 'on', 'at', 'as', 'was', 'were', 'is', 'are', 'had', 'has', 'have', 'be', 'been', 'it', 'he', 'she', 'they', 'we', 'i', 'you']);
/** Verbs of buying and selling: "bought the painting for £2m" is the painting's price. */
const TRADE_VERBS = new Set(['buy', 'buys', 'bought', 'buying', 'sell', 'sells', 'sold', 'selling', 'acquire', 'acquires', 'acquired', 'acquiring', 'purchase', 'purchases', 'purchased', 'purchasing',
  'auction', 'auctions', 'auctioned', 'rent', 'rents', 'rented', 'lease', 'leases', 'leased', 'offer', 'offers', 'offered', 'list', 'lists', 'listed', 'charge', 'charges', 'charged', 'snapped']);

/** Payments after the figure: "$5m in compensation", "$5m as damages". */
const PAYMENT_LINKS = new Set(['in', 'as', 'for']);

/** "pay a total of $5m", "paid an extra $2m": words for the sum itself between the verb and the figure. */
const SUM_WORDS = new Set(['total', 'sum', 'extra', 'additional', 'further', 'combined', 'overall']);

/** A form of "pay" right before the figure, or before its recipient ("pay the agency $4m"). */
function paidBefore(tokens: Token[], k: number): boolean {
  for (let n = 0; k >= 0 && n < 7; n++, k--) {
    const t = tokens[k];
    if (PAY_VERBS.has(t.lower)) return true;
    if (!t.word || t.inQuantity || (!isContent(t) && !DETERMINERS.has(t.lower) && !SUM_WORDS.has(t.lower) && t.lower !== 'and' && t.lower !== 'of')) return false;
  }
  return false;
}

/** What a payment is for: "in compensation", "to settle charges", "to the former chief"; "payment" when unsaid. */
function paymentFor(sentence: string, tokens: Token[], i: number): string {
  // "$5m (about £3m) for the land": an aside in brackets after the figure.
  if (tokens[i]?.text === '(') {
    let close = i + 1;
    while (close < tokens.length && close - i < 12 && tokens[close].text !== ')') close++;
    if (tokens[close]?.text === ')') i = close + 1;
  }
  // ("pay $2 more for a return ticket": past a comparison word after the figure.)
  if (/^(?:more|extra|less)$/.test(tokens[i]?.lower ?? '') && tokens[i + 1]?.lower === 'for') i++;
  const link = tokens[i]?.lower ?? '';
  if (PAYMENT_LINKS.has(link)) {
    let j = i + 1;
    while (link === 'for' && j < tokens.length && DETERMINERS.has(tokens[j].lower)) j++;
    const np = nounPhraseAfter(tokens, j);
    if (np.words.length && !np.words.some((w) => TIME_NOUNS.has(w.lower) || MONTHS.has(w.lower) || /^\p{Lu}/u.test(w.text))) return phrase(sentence, np.words)!;
  }
  if (link === 'to') {
    let j = i + 1;
    while (j < tokens.length && DETERMINERS.has(tokens[j].lower)) j++;
    const np = nounPhraseAfter(tokens, j);
    // ("paid $3m to buy a boat": a purpose cut short at its verb says nothing more than "payment".)
    if (np.words.length && !PLURAL_SUBJECT_VERBS.has(np.words[np.words.length - 1].lower)) return `payment to ${sentence.slice(tokens[i + 1].start, np.words[np.words.length - 1].end)}`;
  }
  return 'payment';
}

/** "Jo Bell's": the name without its possessive ending. */
function withoutPossessive(sentence: string, words: Token[]): string | null {
  const text = phrase(sentence, words);
  return text ? text.replace(/['’]s$/, '') : null;
}

/** "a 51-year-old former nurse", "the 30-year-old striker": the noun phrase at i is headed by a word for a person. */
function personAfter(tokens: Token[], i: number): boolean {
  const np = nounPhraseAfter(tokens, i).words;
  const head = np[np.length - 1];
  return !!head && isLowerWord(head) && (PERSON_NOUN.test(head.lower) || (wordInfo(head.lower).cls & (OFFICE_NOUN | TITLE_HEAD)) !== 0);
}
/** Singular nouns for a person ("a man aged 45", "a cyclist aged 30"): a few words and the endings of doers. */
const PERSON_NOUN = /^(?:man|woman|boy|girl|person|child|teenager|teen|youth|adult|pensioner|baby|infant|toddler|mother|father|son|daughter|pupil|student|patient|resident|citizen|participant|respondent|applicant|migrant|refugee|employee|\p{L}{2,}(?:er|or|ist|ian))$/u;

/**
 * Whose age: the noun after "a 15-year-old" (a name only up to its last capitalised word), the
 * name before ", 35," or the subject of the clause ending "aged 44". Null when not said.
 */
function ageCounts(sentence: string, tokens: Token[], q: Quantity, i: number, before: number, inside: (t: Token) => boolean): CountsResult {
  const none = { noun: null, counts: null };
  if (q.compound) {
    // "the 30-year-old's father": the age is of someone named elsewhere.
    if (/^['’]s\b/.test(sentence.slice(q.end, q.end + 3))) return none;
    // "Jo Bell, a 51-year-old former nurse,": an appositive of a name is the named person's age.
    // ("Jo Bell joined as a 19-year-old deckhand": so is "as a" after a named subject's verb.)
    const article = tokens[before]?.lower === 'a' || tokens[before]?.lower === 'an' || tokens[before]?.lower === 'the';
    if (article && tokens[before - 1]?.text === ',' && isName(tokens[before - 2]) && !MONTHS.has(tokens[before - 2].lower) && !Object.hasOwn(WEEKDAYS, tokens[before - 2].lower) && personAfter(tokens, i)) {
      let from = before - 2;
      while (from > 0 && before - 2 - from < 3 && isName(tokens[from - 1])) from--;
      const name = phrase(sentence, tokens.slice(from, before - 1));
      if (from === 0 || !tokens[from - 1].word || !PREPOSITIONS.has(tokens[from - 1].lower)) return { noun: name, counts: name };
    }
    if (article && tokens[before - 1]?.lower === 'as' && tokens[before].lower !== 'the') {
      const subject = verbSubject(tokens, before - 2, inside, true);
      if (subject.length && subject.every((t) => isName(t))) {
        const name = phrase(sentence, subject);
        return { noun: name, counts: name };
      }
    }
    const np = nounPhraseAfter(tokens, i);
    let words = np.words;
    // "The 17-year-old scored twice": a verb after the age; the person is named elsewhere.
    // ("the 17-year-old injured player" keeps its adjective and noun.)
    const verbAfter = words.length && isLowerWord(words[0]) && (PAST_VERBS.has(words[0].lower) || VERBS_ONLY.has(words[0].lower) || PRESENT_VERBS.has(words[0].lower) || (isParticiple(words[0]) && (words.length === 1 || isAdverb(words[1].lower) || /^(?:twice|once|again|late|early|first|last|home)$/.test(words[1].lower))));
    if (verbAfter) return none;
    // "the 80-year-old building at the end": an -ing word alone after an age is a noun.
    if (!words.length && tokens[i] && isLowerWord(tokens[i]) && tokens[i].lower.endsWith('ing') && !isContent(tokens[i + 1]) && !DETERMINERS.has(tokens[i + 1]?.lower ?? '')) words = [tokens[i]];
    if (words.length && /^\p{Lu}/u.test(words[0].text)) {
      // "83-year-old Jo Bell contemplates": a full name, or a capitalised word before a verb, ends the phrase.
      const cut = words.findIndex((t) => !/^\p{Lu}/u.test(t.text));
      if (cut > 1 || (cut === 1 && (isVerbForm(words[1]) || /[^s]s$/.test(words[1].lower)))) words = words.slice(0, cut);
      const poss = words.findIndex((t) => /['’]s$/.test(t.text));
      if (poss >= 0) words = words.slice(0, poss + 1);
    }
    const noun = withoutPossessive(sentence, words);
    return { noun, counts: noun };
  }
  if (tokens[before]?.text === ',') {
    const np = nounPhraseEndingAt(tokens, before - 1, inside);
    const lead = np.length ? tokens[np[0].index - 1] : undefined;
    // "Jo Bell, 35,", or "The prince, 20," opening the sentence.
    const named = np.length && (/^\p{Lu}/u.test(np[np.length - 1].text) || (lead?.lower === 'the' && (lead.index === 0 || !tokens[lead.index - 1].word)));
    const noun = named ? phrase(sentence, np) : null;
    return { noun, counts: noun };
  }
  // "Jo Velt, at 15 the youngest marshal": the name before ", at".
  if (tokens[before]?.lower === 'at') {
    const np = tokens[before - 1]?.text === ',' ? nounPhraseEndingAt(tokens, before - 2, inside) : [];
    let from = np.length;
    while (from > 0 && /^\p{Lu}/u.test(np[from - 1].text)) from--;
    const noun = from < np.length ? phrase(sentence, np.slice(from)) : null;
    return { noun, counts: noun };
  }
  // "Jo Bell, who is 70.": the person "who" stands for.
  let w = before;
  if (/^(?:is|was|turned|turns|be)$/.test(tokens[w]?.lower ?? '')) {
    if (tokens[w].lower === 'be' && tokens[w - 1]?.lower === 'will') w--;
    if (tokens[w - 1]?.lower === 'who') {
      const np = nounPhraseEndingAt(tokens, tokens[w - 2]?.text === ',' ? w - 3 : w - 2, inside);
      // ("the health of Jo Bell, who is 70": the name at the end of the phrase.)
      let from = np.length;
      while (from > 0 && /^\p{Lu}/u.test(np[from - 1].text)) from--;
      const noun = from < np.length ? phrase(sentence, np.slice(from)) : null;
      return { noun, counts: noun };
    }
  }
  // "pupils aged 9 to 14": the second end of an age band reads from the first end's "aged".
  if ((RANGE_WORDS.has(tokens[before]?.lower ?? '') || tokens[before]?.lower === 'and') && tokens[before - 1]?.inQuantity) {
    before -= 2;
    if (tokens[before]?.lower === 'between') before--;
  }
  // "pupils aged 9 to 14", "a man aged 45 was arrested": the people named right before "aged" (not "died of cancer aged 52").
  if (tokens[before]?.lower === 'aged' && tokens[before - 1] && isLowerWord(tokens[before - 1]) && !tokens[before - 1].inQuantity) {
    const t = tokens[before - 1];
    const article = /^(?:a|an|the)$/.test(tokens[before - 2]?.lower ?? '');
    const singular = t.lower.endsWith('ies') ? `${t.lower.slice(0, -3)}y` : isRegularPlural(t) && t.lower.endsWith('s') ? t.lower.slice(0, -1) : t.lower;
    const person = PERSON_NOUN.test(singular) || /^(?:people|men|women|children)$/.test(t.lower);
    if (person && (isRegularPlural(t) || article) && !LISTED_VERBS.has(t.lower) && (article || !isName(tokens[before - 2]))) {
      let np = nounPhraseEndingAt(tokens, before - 1, inside);
      const cut = np.findLastIndex((w) => PREPOSITIONS.has(w.lower));
      if (cut >= 0) np = np.slice(cut + 1).filter((w, n) => n > 0 || !DETERMINERS.has(w.lower));
      const noun = np.length && np[np.length - 1] === t ? phrase(sentence, np) : null;
      if (noun) return { noun, counts: noun };
    }
  }
  // "The midfielder, aged 23, joined", "Jo Bell, aged 23,": an aside after a name or a person opening the sentence.
  if (tokens[before]?.lower === 'aged' && tokens[before - 1]?.text === ',' && tokens[before - 2]?.word) {
    const np = nounPhraseEndingAt(tokens, before - 2, inside);
    const last = np[np.length - 1];
    const lead = np.length ? tokens[np[0].index - 1] : undefined;
    // ("charged two teenagers, aged 16 and 17": so is an aside after counted people.)
    const counted = !!last && !!lead?.inQuantity && isLowerWord(last) && (PERSON_NOUN.test(last.lower.replace(/ies$/, 'y').replace(/s$/, '')) || /^(?:people|men|women|children)$/.test(last.lower));
    const named = !!last && (counted || isName(last) || (PERSON_NOUN.test(last.lower) && lead?.lower === 'the' && (lead.index === 0 || !tokens[lead.index - 1].word)));
    if (named) {
      const noun = phrase(sentence, np);
      return { noun, counts: noun };
    }
  }
  // "Jo Bell dies aged 88", "Jo Bell, painter who drew the harbour, dies aged 88": a headline's death, the name before it.
  if (tokens[before]?.lower === 'aged' && /^(?:dies|died)$/.test(tokens[before - 1]?.lower ?? '')) {
    let j = before - 2;
    while (j > 0 && (AUX.has(tokens[j].lower) || isAdverb(tokens[j].lower))) j--;
    if (tokens[j]?.text === ',') {
      let c = j - 1;
      while (c > 0 && j - c < 20 && tokens[c].text !== ',') c--;
      if (tokens[c]?.text === ',') j = c - 1;
    }
    let from = j;
    while (from > 0 && j - from < 3 && isName(tokens[from - 1])) from--;
    if (isName(tokens[j])) {
      const name = phrase(sentence, tokens.slice(from, j + 1));
      return { noun: name, counts: name };
    }
  }
  // "has died of cancer aged 44": the subject of the clause, not the nearest noun; "five citizens aged under 30": the counted people.
  let words = subjectBefore(tokens, before - 1, inside, true);
  if (!words.length) {
    const np = nounPhraseEndingAt(tokens, before - 1, inside);
    if (np.length && tokens[np[0].index - 1]?.inQuantity) words = np;
  }
  const subject = phrase(sentence, words);
  return { noun: subject, counts: subject };
}

/** "in Velden", "in New Arnholt": the phrase at i is a name (its last word capitalised), not a common noun. */
function namedPlace(tokens: Token[], i: number): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(tokens[i]?.text ?? '')) return false;
  const np = nounPhraseAfter(tokens, i).words;
  return !np.length || /^\p{Lu}/u.test(np[np.length - 1].text);
}

/** Words after which a share opens a clause of its own ("while 5 percent prefer ..."). */
const CLAUSE_OPENING = new Set(['and', 'but', 'while', 'whereas', 'yet', 'or', 'that', 'as', 'when', 'if', 'because', 'although', 'though', 'however']);
/** Past and present verbs after a share that is the subject of its clause ("52% said", "a third think"). */
const SHARE_FINITE = new Set(['said', 'say', 'says', 'thought', 'believed', 'felt', 'feel', 'wanted', 'preferred', 'backed', 'supported', 'opposed', 'approved', 'disapproved', 'chose', 'voted', 'vote', 'favoured', 'favored', 'rated', 'described', 'viewed', 'called', 'agreed', 'disagreed', 'named', 'picked', 'blamed', 'blame', 'answered', 'replied', 'responded']);
/** Modals after a share that is the subject of its clause ("46 percent would choose ..."). */
const SHARE_MODALS = new Set(['would', 'will', 'could', 'might', 'may', 'should', 'plan', 'intend', 'expect']);
/** "on the order of", "in the region of", "to the tune of": nouns of idioms for an approximate figure. */
const ABOUT_IDIOM_NOUNS = new Set(['order', 'region', 'tune', 'vicinity', 'neighbourhood', 'neighborhood']);
/** Adjectives used as nouns for people after "the" ("two of the unemployed"). */
const NOMINAL_ADJECTIVES = new Set(['dead', 'elderly', 'poor', 'rich', 'unemployed', 'homeless', 'sick', 'young', 'old', 'disabled', 'missing', 'injured', 'wounded']);
const RANGE_WORDS = new Set(['-', '–', '—', 'to']);
/** Prepositions that attach a phrase to the noun a measure describes ("a 25% tax on", "a 20% stake in"). */
const ATTACHED_PREPOSITIONS = new Set(['on', 'in', 'for', 'with']);
/** Nouns after "on" that give a cause, not what a figure is of ("a 4% gain on hopes of a deal"). */
const CAUSE_NOUNS = new Set(['hopes', 'hope', 'fears', 'fear', 'news', 'concerns', 'worries', 'speculation', 'expectations', 'reports', 'rumours', 'rumors', 'talk', 'signs', 'optimism', 'relief', 'demand']);
/** Nouns after "on" that make an idiom, not what money is spent on ("on average", "on top"). */
const ON_IDIOMS = new Set(['average', 'top', 'paper', 'record', 'track', 'course', 'balance', 'hold', 'offer', 'target', 'condition', 'behalf', 'time', 'schedule']);

/**
 * "spend 2% of GDP on defence", "spent £4m of its budget on new parks": when a verb of spending
 * takes the figure, the phrase after "on" (token `on`) is what the money or share is spent on.
 */
function spentOn(sentence: string, tokens: Token[], before: number, on: number): string | null {
  if (tokens[on]?.lower !== 'on') return null;
  let v = before;
  while (v > 0 && before - v < 3 && (DETERMINERS.has(tokens[v].lower) || SUM_WORDS.has(tokens[v].lower) || SKIP_WORDS.has(tokens[v].lower) || isAdverb(tokens[v].lower))) v--;
  if (!SPEND_VERBS.has(tokens[v]?.lower ?? '') && !/^(?:devot|allocat|earmark|budget)/.test(tokens[v]?.lower ?? '')) return null;
  let j = on + 1;
  while (j < tokens.length && DETERMINERS.has(tokens[j].lower)) j++;
  const np = nounPhraseAfter(tokens, j);
  const what = np.words;
  if (!what.length || ON_IDIOMS.has(what[0].lower) || what.some((t) => TIME_NOUNS.has(t.lower) || MONTHS.has(t.lower))) return null;
  return phrase(sentence, withIngHead(tokens, np));
}

/** "on urban beekeeping in Velden": an -ing word right after the phrase, before a preposition or the end, is its head noun. */
function withIngHead(tokens: Token[], np: { words: Token[]; next: number }): Token[] {
  const ing = tokens[np.next];
  const after = tokens[np.next + 1];
  const last = np.words[np.words.length - 1];
  return ing && last && isLowerWord(ing) && ing.lower.endsWith('ing') && isLowerWord(last) && (!after || !after.word || PREPOSITIONS.has(after.lower)) ? [...np.words, ing] : np.words;
}

/**
 * "tax" + "on imported cars", "stake" + "in the airline", "contract" + "with the club": the phrase
 * a preposition attaches to a short noun phrase, when it names a thing (no time, no figure).
 */
function withAttachedPhrase(tokens: Token[], np: { words: Token[]; next: number }): { words: Token[]; next: number } {
  const p = tokens[np.next];
  if (np.words.length > 3 || !p || !ATTACHED_PREPOSITIONS.has(p.lower) || np.words.some((t) => t.lower === 'of' || t.lower === 'from' || t.lower === 'in')) return np;
  // ("a 4% gain on hopes of ...": a change is "in" or "for" something; "with a race": an indefinite companion is no part of the thing.)
  if ((CHANGE_NOUNS.has(np.words[np.words.length - 1].lower) && p.lower !== 'in' && p.lower !== 'for') || (p.lower === 'with' && /^an?$/i.test(tokens[np.next + 1]?.text ?? ''))) return np;
  let j = np.next + 1;
  while (j < tokens.length && DETERMINERS.has(tokens[j].lower)) j++;
  const pp = nounPhraseAfter(tokens, j);
  if (!pp.words.length || pp.words.length > 4 || (p.lower === 'on' && (ON_IDIOMS.has(pp.words[0].lower) || CAUSE_NOUNS.has(pp.words[0].lower)))) return np;
  if (pp.words.some((t) => TIME_NOUNS.has(t.lower) || MONTHS.has(t.lower) || t.inQuantity || startsWithDigit(t.text))) return np;
  return { words: [...np.words, ...pp.words], next: pp.next };
}

/** A verb of expecting right after a noun (with its auxiliary): "analysts had predicted", "economists forecast". */
const EXPECT_AFTER = /^\s+(?:(?:had|have|has|were|was|are|is|had been|were|are)\s+)?(?:expected|expecting|forecast|forecasting|predicted|predicting|estimated|projected|anticipated|pencilled|penciled)\b/i;
/** "12-year-olds", "20-somethings": an age group written as one word. */
const AGE_GROUP = /^\d{1,3}-(?:(?:year|month|week)-olds|somethings)$/;
/** "20-megapixel", "40-minute", "1.5-litre": a figure joined to the word of its measure. */
const MEASURE_COMPOUND = /^\d[\d.,]*-\p{Ll}+$/u;
/** "a mother of four", "a grandfather of five": a parent's figure counts children. */
const PARENT_NOUNS = /^(?:(great-)?(grand)?(?:mother|father|parent|mum|mom|dad))$/;

/** "-page " after a figure: a plain word joined by a hyphen and ending there. */
const JOINED_WORD = /^-(\p{Ll}{3,})(?![\p{L}\p{N}'’-])/u;
/** "a three-way race", "a two-time champion": joined words that say how, not what is counted. */
const NOT_COUNTED_JOINED = new Set(['way', 'time', 'fold', 'odd', 'plus', 'something', 'ish', 'thirds', 'fifths', 'quarters', 'halves', 'strong', 'all', 'nil', 'love', 'old', 'off', 'up', 'down', 'long', 'wide', 'high', 'deep', 'tall', 'thick', 'star']);
const IRREGULAR_PLURAL_OF: Record<string, string> = { person: 'people', man: 'men', woman: 'women', child: 'children', foot: 'feet', tooth: 'teeth', mouse: 'mice' };
/** English plural of a singular noun: "page" -> "pages", "city" -> "cities", "person" -> "people". */
function plural(w: string): string {
  if (IRREGULAR_PLURAL_OF[w]) return IRREGULAR_PLURAL_OF[w];
  if (/(?:s|x|z|ch|sh)$/.test(w)) return `${w}es`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}

const phrase = (sentence: string, words: Token[]) => (words.length ? sentence.slice(words[0].start, words[words.length - 1].end) : null);

export interface CountsResult {
  /** The noun phrase (without participles), kept for ellipsis ("40 nurses ... 60 expected"). */
  noun: string | null;
  counts: string | null;
}

/** What a quantity counts or measures, from the words around it in its sentence. */
/** What a ratio is taken of, not what it measures: "95% of (the country's) gross domestic product". */
const RATIO_BASE = /^(?:(?:the|its|their|this|that|a|[\p{L}.-]+['’]s?)\s+){0,2}(?:(?:annual|yearly|total|entire|whole)\s+)?(?:gdp|gnp|gross (?:domestic|national) product|(?:national|economic) (?:output|income))\b/iu;

/** Words after "£5 a" that make a rate or a manner, not a thing priced. */
const TIME_WORDS = new Set(['second', 'minute', 'hour', 'day', 'night', 'week', 'fortnight', 'month', 'quarter', 'year', 'decade', 'season', 'term', 'semester', 'session', 'shift', 'visit', 'time', 'go', 'pop', 'throw']);
const PER_NOT_THING = new Set(['head', 'piece', 'person', 'capita', 'cent', 'share', 'unit', 'annum', 'week', 'few', 'lot', 'little', 'bit', 'couple']);
/** "in the bank", "in reserves": where money is held. */
const MONEY_PLACES = new Set(['bank', 'banks', 'account', 'accounts', 'reserve', 'reserves', 'savings', 'coffers', 'kitty', 'pot', 'fund', 'treasury']);

export function countsFor(
  sentence: string,
  tokens: Token[],
  q: Quantity,
  previous: CountsResult | null,
  chained: CountsResult | null,
): CountsResult {
  const inside = (t: Token) => !!t.inQuantity && !(t.start >= q.start && t.end <= q.end);
  let i = firstTokenFrom(tokens, q.end);
  let before = (() => {
    let k = i - 1;
    while (k >= 0 && tokens[k].start >= q.start) k--;
    // 'cut its forecast by "about 3%"': an opening quotation mark is not a word of the clause.
    if (k > 0 && /^["“‘']$/.test(tokens[k].text)) k--;
    return k;
  })();
  // "had sailed, by their own count, more than 900 miles": an aside between commas right before the figure is passed over.
  if (tokens[before]?.text === ',') {
    let c = before - 1;
    while (c > 0 && before - c < 8 && tokens[c].text !== ',' && !CLAUSE_BREAK.has(tokens[c].text)) c--;
    if (c > 0 && c < before - 1 && tokens[c].text === ',' && commaAside(tokens, c + 1, before)) before = c - 1;
  }
  // "a distance of a little over six miles", "a bit under 5%": an approximation before the figure's own qualifier.
  if (/^(?:little|bit)$/.test(tokens[before]?.lower ?? '') && /^an?$/.test(tokens[before - 1]?.lower ?? '') && q.start < q.coreStart) before -= 2;
  const measured = q.unit != null && !q.compound;
  let np: { words: Token[]; next: number } = { words: [], next: i };
  // "33-35 billion euros": a range written as one token leaves the second figure's words right after the first; they are its unit, not a noun.
  if (tokens[i]?.inQuantity && inside(tokens[i]) && tokens[i - 1] && !tokens[i - 1].inQuantity && tokens[i - 1].end > q.end) {
    while (i < tokens.length && inside(tokens[i])) i++;
  }
  let linker = tokens[i]?.lower;
  // "one in every eight euros", "one in 20 pupils": the one counts what the other figure counts.
  // ("about one of every six voters", "one out of every ten".)
  const every = linker === 'of' ? (tokens[i + 1]?.lower === 'every' ? 1 : 0) : linker === 'out' && tokens[i + 1]?.lower === 'of' ? 1 + (tokens[i + 2]?.lower === 'every' ? 1 : 0) : 0;
  if (!q.unit && /^(?:one|1)$/i.test(q.core) && (linker === 'in' || every)) {
    let j = i + 1 + (linker === 'out' ? 1 : 0);
    if (tokens[j]?.lower === 'every') j++;
    let last: Token | null = null;
    if (tokens[j]?.inQuantity) {
      for (; j < tokens.length && tokens[j].inQuantity; j++) if (tokens[j].word && !(tokens[j].lower in SMALL_NUMBERS) && !(tokens[j].lower in TENS) && !(tokens[j].lower in SCALES)) last = tokens[j];
      const after = nounPhraseAfter(tokens, j).words;
      const noun = after.length && !last ? phrase(sentence, after) : (last?.text ?? null);
      if (noun) return { noun, counts: noun };
    }
  }
  // "one of the most experienced players", "one of Hollywood's most maverick talents", "one of the biggest investors": one of the
  // group the superlative ranks, past the determiner or owner and "most"/"least".
  if (!q.unit && /^one$/i.test(q.core) && linker === 'of' && tokens[i + 1]?.word) {
    let j = i + 1;
    if (DETERMINERS.has(tokens[j].lower) || /['’]s?$/.test(tokens[j].lower)) j++;
    else if (isCapital(tokens[j]) && /^['’]s?$/.test(tokens[j + 1]?.text ?? '')) j += tokens[j + 2]?.lower === 's' ? 3 : 2;
    if (/^(?:very|all-time)$/.test(tokens[j]?.lower ?? '')) j++;
    if (/^(?:most|least)$/.test(tokens[j]?.lower ?? '')) j++;
    const group = j > i + 1 ? nounPhraseAfter(tokens, j).words : [];
    if (group.length && isPlural(group[group.length - 1]) || group.some((t, n) => n > 0 && PREPOSITIONS.has(t.lower) && isPlural(group[n - 1]))) {
      const noun = phrase(sentence, group);
      return { noun, counts: noun };
    }
  }
  // "a father of two who lives nearby", "father-of-two": a parent's number with nothing counted after it counts children.
  if (!q.unit && !q.compound && tokens[before]?.lower === 'of' && !isContent(tokens[i]) && !tokens[i]?.inQuantity) {
    const parent = PARENT_NOUNS.exec(tokens[before - 1]?.lower ?? '');
    if (parent) {
      const noun = parent[2] ? 'grandchildren' : 'children';
      return { noun, counts: noun };
    }
  }
  // "£35bn worth of savings", "claims of £2m worth of shares": what the money is the worth of.
  if (measured && tokens[i]?.lower === 'worth' && tokens[i + 1]?.lower === 'of') {
    let of = nounPhraseAfter(tokens, i + 2).words;
    const cut = of.findIndex((t) => t.inQuantity);
    if (cut >= 0) of = of.slice(0, cut);
    if (of.length) {
      const noun = phrase(sentence, of);
      return { noun, counts: noun };
    }
  }
  const money = measured && q.unit != null && /^[A-Z]{3}$/.test(q.unit);
  // "£12 a ticket", "$3 per bottle", "₹40 each copy": money for each of a counted thing is that thing's price.
  // (Not a time or measure unit: "£10 a month", "$40 a metre" are rates; not "a head", "a piece", "a time". A word in -s after
  // the noun is its verb: "£15 a brick opens".)
  // ("fees of up to £75 per fuel": after "of" the noun before it is measured, below.)
  if (money && /^(?:a|an|per|each)$/.test(linker ?? '') && tokens[before]?.lower !== 'of' && tokens[before - 1]?.lower !== 'of' && isLowerWord(tokens[i + 1]) && !tokens[i + 1].inQuantity && !(tokens[i + 1].lower in MEASURE_UNITS) && !TIME_WORDS.has(tokens[i + 1].lower) && !PER_NOT_THING.has(tokens[i + 1].lower) && (!isContent(tokens[i + 2]) || isFiniteVerb(tokens, i + 2) || /[^su'’]s$/.test(tokens[i + 2].lower)) && !/^(?:of|-)$/.test(tokens[i + 2]?.lower ?? '')) {
    const noun = tokens[i + 1].text;
    return { noun, counts: noun };
  }
  // "has £9,000 in the bank", "had $2m in reserves": money held somewhere is the money there, not its holder.
  if (money && linker === 'in' && MONEY_PLACES.has(tokens[i + 1]?.lower === 'the' || /^(?:its|their|his|her|our|my|your)$/.test(tokens[i + 1]?.lower ?? '') ? tokens[i + 2]?.lower ?? '' : tokens[i + 1]?.lower ?? '') && /^(?:has|have|had|having|holds|held|hold|kept|keeps|keep)$/.test(tokens[before]?.lower ?? '')) {
    const last = tokens[i + 1]?.lower === 'the' || /^(?:its|their|his|her|our|my|your)$/.test(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
    const noun = `money ${sentence.slice(tokens[i].start, tokens[last].end)}`;
    return { noun, counts: noun };
  }
  // "employs 40 people, 9 of them trainees": the part named after "of them" is what the figure counts.
  if (!q.unit && linker === 'of' && /^(?:them|whom|those)$/.test(tokens[i + 1]?.lower ?? '') && isLowerWord(tokens[i + 2]) && isPlural(tokens[i + 2]) && !isFiniteVerb(tokens, i + 2) && (!tokens[i + 3] || !tokens[i + 3].word || /^(?:and|or|but|who|from|in|at|on|with)$/.test(tokens[i + 3].lower))) {
    const noun = tokens[i + 2].text;
    return { noun, counts: noun };
  }
  // "a bill of $4 million", "a price of 90p on the market": the noun before "of" is measured.
  const ofAt = tokens[before]?.lower === 'between' || tokens[before]?.lower === 'from' ? before - 1 : before;
  // ("an average of $250,000": an empty noun is not what is measured; the rest of the sentence says.)
  if (measured && tokens[ofAt]?.lower === 'of' && !TIME_UNITS.has(q.unit!) && !(EMPTY_OF_NOUNS.has(tokens[ofAt - 1]?.lower ?? '') && tokens[ofAt - 1].lower !== 'total' && tokens[ofAt - 1].lower !== 'sum' && DETERMINERS.has(tokens[ofAt - 2]?.lower ?? ''))) {
    let np = nounPhraseEndingAt(tokens, ofAt - 1, inside);
    // "a cement maker with an annual capacity of 18 tonnes": the attribute after "with" is measured.
    const w = np.findLastIndex((t) => t.lower === 'with');
    if (w >= 0) np = np.slice(w + 1).filter((t, n) => n > 0 || !DETERMINERS.has(t.lower));
    // ("a nurse on a salary of £31,000": an indefinite noun after a preposition is what is measured, not who has it.)
    const p = np.findLastIndex((t) => PREPOSITIONS.has(t.lower));
    if (p >= 0 && p + 1 < np.length && /^an?$/.test(tokens[np[p].index + 1]?.lower ?? '')) np = np.slice(p + 1).filter((t) => !/^an?$/.test(t.lower));
    // ("at a cost of £1.1m": after an article, a word that is often a verb is the noun measured.)
    if (!np.length && isLowerWord(tokens[ofAt - 1]) && /^(?:a|an|the|its|their|this|that)$/.test(tokens[ofAt - 2]?.lower ?? '') && /^(?:cost|costs|price|pay|fine|fines|value|worth|charge|charges|spend|range|reach|trade|close|end|open)$/.test(tokens[ofAt - 1].lower)) np = [tokens[ofAt - 1]];
    if (np.length) {
      const noun = phrase(sentence, np);
      return { noun, counts: noun };
    }
  }
  return countsOfMeasure(sentence, tokens, q, previous, chained, inside, i, before, linker, measured, money, np);
}

/**
 * The middle rules of `countsFor`: distances, sizes, sums set aside, fines, prices, brackets, shares.
 * (A function of its own, as `countsFromLinker` is: see there.)
 */
function countsOfMeasure(
  sentence: string,
  tokens: Token[],
  q: Quantity,
  previous: CountsResult | null,
  chained: CountsResult | null,
  inside: (t: Token) => boolean,
  i: number,
  before: number,
  linker: string | undefined,
  measured: boolean,
  money: boolean,
  np: { words: Token[]; next: number },
): CountsResult {
  // "ran aground 9 nautical miles south-east of the cape", "5km from the coast", "two miles away": a length followed by a
  // bearing or "from"/"away" is a distance; the direction is no noun it measures.
  if (measured && q.kind !== 'vague' && LENGTH_UNITS.has(q.unit!) && DISTANCE_AFTER.test(sentence.slice(q.end, q.end + 24))) return { noun: 'distance', counts: 'distance' };
  // "The rug, which measures 90cm by 140cm", "a parcel weighing 4kg": the thing a verb of size describes, not the verb.
  if (measured && DIMENSION_VERBS.has(tokens[before]?.lower ?? '')) {
    let k = before - 1;
    while (k > 0 && AUX.has(tokens[k].lower)) k--;
    if (/^(?:which|that|who)$/.test(tokens[k]?.lower ?? '')) k--;
    if (tokens[k]?.text === ',') k--;
    const thing = k >= 0 && isContent(tokens[k]) && !inside(tokens[k]) ? nounPhraseEndingAt(tokens, k, inside) : [];
    if (thing.length) {
      const noun = phrase(sentence, thing);
      return { noun, counts: noun };
    }
  }
  // "a further €30 million had been set aside to hire nurses", "£2m was earmarked for the pier": a sum as the
  // subject of an allotting verb in the passive is measured by its purpose, as in the active ("set aside €95m to ...").
  if (measured && MONEY_UNIT.test(q.unit!) && AUX.has(tokens[i]?.lower ?? '')) {
    let p = i;
    while (p < tokens.length && p - i < 4 && AUX.has(tokens[p].lower)) p++;
    if (ALLOT_VERBS.has(tokens[p]?.lower ?? '') && /(?:ed|set|put|cut|found|aside)$/.test(tokens[p].lower)) {
      if (tokens[p + 1]?.lower === 'aside') p++;
      let link = p + 1;
      // (past "this year", "last month" between the verb and its purpose)
      if (/^(?:this|last|next)$/.test(tokens[link]?.lower ?? '') && TIME_NOUNS.has(tokens[link + 1]?.lower ?? '')) link += 2;
      const purpose = ALLOT_LINKS.has(tokens[link]?.lower ?? '') ? allotted(sentence, tokens, p, link, inside) : null;
      if (purpose) return { noun: 'money', counts: purpose };
    }
  }
  // "was fined $6,200", "can be fined up to $2,700": the money a verb of penalty names.
  if (measured && MONEY_UNIT.test(q.unit!) && tokens[before]?.word && PENALTY_VERBS.has(tokens[before].lower)) {
    const noun = PENALTY_VERBS.get(tokens[before].lower)!;
    return { noun, counts: noun };
  }
  // "Gallery buys rare river sketch for £640,000", "sold its stake for $4m", "was bought by the museum for £2m": the price
  // of the thing bought or sold, not the buyer (nor, in the passive, the agent after "by").
  if (measured && MONEY_UNIT.test(q.unit!) && tokens[before]?.lower === 'for' && before > 1) {
    // (Back over up to five words of the object, "rare river sketch" included, to the verb.)
    let v = before - 1;
    while (v > 0 && before - v <= 6 && tokens[v].word && !TRADE_VERBS.has(tokens[v].lower) && tokens[v].lower !== 'by' && !inside(tokens[v]) && (!OBJECT_BREAK.has(tokens[v].lower) || (tokens[v].lower === 'and' && isCapital(tokens[v - 1]) && isCapital(tokens[v + 1])))) v--;
    let o = v + 1;
    while (o < before && DETERMINERS.has(tokens[o].lower)) o++;
    if (o < before && TRADE_VERBS.has(tokens[v]?.lower ?? '') && tokens[v].word) {
      const noun = sentence.slice(tokens[o].start, tokens[before - 1].end);
      return { noun, counts: noun };
    }
    if (o < before && v > 1 && tokens[v].lower === 'by' && TRADE_VERBS.has(tokens[v - 1].lower) && /ed$|^(?:bought|sold)$/.test(tokens[v - 1].lower)) {
      let w = v - 2;
      while (w > 0 && AUX.has(tokens[w].lower)) w--;
      const subject = w < v - 2 ? phrase(sentence, nounPhraseEndingAt(tokens, w, inside)) : null;
      if (subject) return { noun: subject, counts: subject };
    }
  }
  // "at one point last year": an idiom for when, not a count of points.
  if (q.unit === 'points' && /^one$/i.test(q.core) && q.start === q.coreStart && tokens[before]?.lower === 'at') return { noun: null, counts: null };
  // "four fillets (~1lb)", "the island (5 sq km)": a measure alone in brackets right after a noun measures it.
  let open = before;
  if (tokens[open]?.text === '~' || tokens[open]?.lower === 'c') open--;
  if (measured && tokens[open]?.text === '(' && tokens[i]?.text === ')' && isContent(tokens[open - 1]) && !inside(tokens[open - 1]) && !isVerbForm(tokens[open - 1])) {
    const np = nounPhraseEndingAt(tokens, open - 1, inside);
    if (np.length && !np.some((t) => TIME_NOUNS.has(t.lower) || MONTHS.has(t.lower))) {
      const noun = phrase(sentence, np);
      return { noun, counts: noun };
    }
  }
  // "a 500-mile (800 km) trip": the noun comes after the bracketed conversion.
  // "8 miles (13 km) of tunnels": the same for any bracket holding another figure.
  if (tokens[i]?.text === '(' && (q.compound || tokens[i + 1]?.inQuantity || tokens[i + 2]?.inQuantity)) {
    let close = i + 1;
    while (close < tokens.length && close - i < 12 && tokens[close].text !== ')') close++;
    if (tokens[close]?.text === ')') i = close + 1;
    linker = tokens[i]?.lower;
  }
  // "Most (61%) of those polled": a bracketed figure shares the "of" phrase after the bracket.
  if (tokens[before]?.text === '(' && tokens[i]?.text === ')' && tokens[i + 1]?.lower === 'of') {
    i++;
    linker = 'of';
  }
  if (q.unit?.endsWith(' old')) return ageCounts(sentence, tokens, q, i, before, inside);
  // "46 percent would choose Bell and 44 percent would back Roe": a share as the subject of a modal is the share of
  // people who would do it; the sentence's other nouns (the poll, a candidate) are not what it counts.
  // ("40% call themselves moderate, while 5 percent prefer Lind": so is a share before a verb of its own.)
  // ("a 36 percent rate", "received 38 percent support": a noun after a share that does not open its clause.)
  const opensClause = before < 0 || !tokens[before].word || CLAUSE_OPENING.has(tokens[before].lower);
  const shareVerb = SHARE_MODALS.has(linker ?? '') ? tokens[i + 1]?.word && isLowerWord(tokens[i + 1]) && !AUX.has(tokens[i + 1].lower) : opensClause && (PLURAL_SUBJECT_VERBS.has(linker ?? '') || SHARE_FINITE.has(linker ?? '')) && !!tokens[i + 1] && !PREPOSITIONS.has(tokens[i + 1].lower);
  if (q.unit === '%' && !q.compound && shareVerb && isLowerWord(tokens[i])) return { noun: null, counts: null };
  // "a five-year, 1.8 billion-mile journey", "a 10-year, £2bn plan": two measures of one noun, the first before a comma.
  if (q.compound && tokens[i]?.text === ',' && tokens[i + 1]?.inQuantity) {
    let j = i + 1;
    while (j < tokens.length && tokens[j].inQuantity) j++;
    if (tokens[j]?.text === '(') {
      let close = j + 1;
      while (close < tokens.length && close - j < 12 && tokens[close].text !== ')') close++;
      if (tokens[close]?.text === ')') j = close + 1;
    }
    if (isContent(tokens[j])) {
      i = j;
      linker = tokens[i].lower;
    }
  }
  // "a 30-page report", "a 9,000-seat arena": the figure counts the word joined to it, of the noun after.
  if (!q.unit) {
    const joined = JOINED_WORD.exec(sentence.slice(q.end, q.end + 24));
    if (joined && !NOT_COUNTED_JOINED.has(joined[1]) && !/(?:ed|ing|ly)$/.test(joined[1]) && !(joined[1] in CURRENCY_WORDS)) {
      let of = nounPhraseAfter(tokens, i).words;
      const cut = of.findIndex((t) => t.inQuantity);
      if (cut >= 0) of = of.slice(0, cut);
      const noun = plural(joined[1]) + (of.length ? ` of the ${phrase(sentence, of)}` : '');
      return { noun, counts: noun };
    }
  }
  // "paid the agency $4 million to settle charges": a payment, and what for.
  // "the deal could cost the UK £1bn": who bears a cost is not what costs it; the verb's subject is.
  if (measured && MONEY_UNIT.test(q.unit!) && isContent(tokens[before]) && !inside(tokens[before])) {
    const recipient = nounPhraseEndingAt(tokens, before, inside);
    let v = recipient.length ? recipient[0].index - 1 : -1;
    if (v > 0 && DETERMINERS.has(tokens[v].lower)) v--;
    if (v >= 0 && COST_VERBS.has(tokens[v].lower)) {
      // ("will save a typical family about €700 a year": the money saved.)
      if (/^sav/.test(tokens[v].lower)) return { noun: 'savings', counts: 'savings' };
      const subject = phrase(sentence, subjectBefore(tokens, v, inside));
      return { noun: subject, counts: subject };
    }
  }
  if (measured && MONEY_UNIT.test(q.unit!) && paidBefore(tokens, before)) {
    const what = paymentFor(sentence, tokens, i);
    return { noun: what, counts: what };
  }
  // "four or five gigs a month", "three to four weeks": the first figure of a pair counts what the second does.
  if (!q.unit && (linker === 'or' || linker === 'to') && tokens[i + 1]?.inQuantity && /^\p{L}+$/u.test(tokens[i + 1].text) === /^\p{L}+$/u.test(q.core)) {
    let j = i + 1;
    // ("two or three weeks": the second figure has a unit of its own, which the first shares; nothing is counted.)
    let plain = true;
    while (j < tokens.length && tokens[j].inQuantity) plain &&= !tokens[j].word || startsWithDigit(tokens[j].text) || tokens[j].lower in SMALL_NUMBERS || tokens[j].lower in TENS || tokens[j].lower in SCALES, j++;
    const pair = nounPhraseAfter(tokens, j);
    if (plain && pair.words.length && !TIME_NOUNS.has(pair.words[0].lower) && !isParticiple(pair.words[0])) {
      const noun = phrase(sentence, pair.words);
      return { noun, counts: noun };
    }
  }
  // "a 6% rise in profits": the change names what changed.
  if (CHANGE_NOUNS.has(linker ?? '') && DETERMINERS.has(tokens[before]?.lower ?? '') && (tokens[i + 1]?.lower === 'in' || tokens[i + 1]?.lower === 'of' || tokens[i + 1]?.lower === 'for')) {
    let j = i + 2;
    while (j < tokens.length && DETERMINERS.has(tokens[j].lower)) j++;
    const what = nounPhraseAfter(tokens, j);
    if (what.words.length) {
      const noun = sentence.slice(tokens[i].start, what.words[what.words.length - 1].end);
      return { noun, counts: noun };
    }
  }
  // "paid $4 million for the land": money for what, when nothing else follows the figure;
  // "spent $4m on new vans": money spent on what.
  if (measured && MONEY_UNIT.test(q.unit!) && (linker === 'for' || (linker === 'on' && SPEND_VERBS.has(tokens[before]?.lower ?? '')))) {
    let j = i + 1;
    while (j < tokens.length && DETERMINERS.has(tokens[j].lower)) j++;
    // ("€9 for a 250-gram tin": past a measure joined to the noun.)
    if (tokens[j]?.inQuantity && (tokens[j + 1]?.text === '-' || /^\d[\d.,]*-\p{L}/u.test(tokens[j].text))) {
      while (j < tokens.length && (tokens[j].inQuantity || tokens[j].text === '-')) j++;
    }
    const t = tokens[j];
    if (t && !TIME_NOUNS.has(t.lower) && !MONTHS.has(t.lower) && !/^\p{Lu}/u.test(t.text)) {
      const what = nounPhraseAfter(tokens, j);
      // ("$70 a tonne for the medium term": how long, not what.)
      if (what.words.length && !what.words.some((w) => TIME_NOUNS.has(w.lower) || SPAN_NOUNS.has(w.lower))) {
        const noun = phrase(sentence, withIngHead(tokens, what));
        return { noun, counts: noun };
      }
    }
  }
  return countsFromLinker(sentence, tokens, q, previous, chained, inside, i, before, linker, measured, np);
}

/**
 * The rest of `countsFor`, from what follows the figure's linking word on ("$5m in compensation", "95% of GDP").
 * (A function of its own: one function of all the rules is costly for the optimising compiler to compile.)
 */
function countsFromLinker(
  sentence: string,
  tokens: Token[],
  q: Quantity,
  previous: CountsResult | null,
  chained: CountsResult | null,
  inside: (t: Token) => boolean,
  i: number,
  before: number,
  linker: string | undefined,
  measured: boolean,
  np: { words: Token[]; next: number },
): CountsResult {
  // "$5m in compensation", "$2bn in Arnholt exports", but not "40 euros in Velden": a name after "in" is where, not what.
  // "Velden's debt is 95% of GDP": a share of the economy's output is a ratio; what it measures is the clause's subject.
  const ratio = q.unit === '%' && linker === 'of' && tokens[i + 1] ? RATIO_BASE.exec(sentence.slice(tokens[i + 1].start, tokens[i + 1].start + 60)) : null;
  if (ratio) {
    // "spend 2% of GDP on defence": a share of output spent on something measures what it is spent on.
    const on = spentOn(sentence, tokens, before, firstTokenFrom(tokens, tokens[i + 1].start + ratio[0].length));
    if (on) return { noun: on, counts: on };
    // ("the alliance's recommended 2% of GDP": an owner cut from its noun names nothing.)
    const subject = phrase(sentence, subjectBefore(tokens, before, inside));
    return subject && !/['’]s?$/.test(subject) ? { noun: subject, counts: subject } : { noun: null, counts: null };
  }
  if (linker === 'of' || (measured && linker === 'in' && /^[A-Z]{3}$/.test(q.unit!) && !DETERMINERS.has(tokens[i + 1]?.lower ?? '') && !namedPlace(tokens, i + 1))) {
    let j = i + 1;
    while (j < tokens.length && DETERMINERS.has(tokens[j].lower)) j++;
    // "121 of his 147 matches": the whole the figure is part of is counted in the same things;
    // so is "1.2m of the island's 3.4m growers", past the owner's name.
    let owner = j;
    while (owner < tokens.length && owner - j < 3 && isContent(tokens[owner]) && !/['’]s$/.test(tokens[owner].lower)) owner++;
    if (owner - j < 3 && /['’]s$/.test(tokens[owner]?.lower ?? '') && tokens[owner + 1]?.inQuantity && startsWithDigit(tokens[owner + 1].text)) j = owner + 1;
    // ("9 of its last 11 races", "two of the first three races": past an ordinal before the whole.)
    if (ORDINALS.has(tokens[j]?.lower ?? '') && tokens[j + 1]?.inQuantity) j++;
    // "40% of 12-year-olds", "half of 20-somethings": an age group after "of" is who is counted.
    if (tokens[j]?.inQuantity && AGE_GROUP.test(tokens[j].text)) return { noun: tokens[j].text, counts: tokens[j].text };
    // ("three of the five judges", "some of the thousands of fans": a whole in words or a vague amount too.)
    if (tokens[j]?.inQuantity && /^[\d\p{Ll}]/u.test(tokens[j].text)) {
      while (j < tokens.length && tokens[j].inQuantity) j++;
      if (tokens[j]?.lower === 'of' && /\p{L}$/u.test(tokens[j - 1].text)) j++;
    }
    // "14% of those aged 30-39", "half of people aged over 65": the age band names who is counted.
    if (tokens[j]?.lower === 'aged' && j > i + 1 && AGE_BAND.test(tokens[j + 1]?.text ?? '')) {
      const between = tokens[j + 1].lower === 'between';
      let k = j + 1;
      for (;;) {
        const t = tokens[k + 1];
        if (!t) break;
        const joiner = t.text === '-' || t.text === '–' || t.lower === 'to' || (between && t.lower === 'and');
        if (joiner && startsWithDigit(tokens[k].text) && startsWithDigit(tokens[k + 2]?.text ?? '') && tokens[k + 3]?.text !== '%') k += 2;
        else if (startsWithDigit(t.text) && !startsWithDigit(tokens[k].text)) k++;
        else break;
      }
      if (startsWithDigit(tokens[k].text)) {
        const noun = sentence.slice(tokens[i + 1].start, tokens[k].end);
        return { noun, counts: noun };
      }
    }
    // "millions of pounds of grant money", "thousands of dollars' worth of repairs": the money is counted in its currency; what it buys is measured.
    if (!q.unit && tokens[j] && (tokens[j].lower === 'pounds' || (tokens[j].lower in CURRENCY_WORDS && tokens[j].lower.endsWith('s')))) {
      let k = j + 1;
      if (tokens[k]?.text === "'" || tokens[k]?.text === '’') k++;
      if (tokens[k]?.lower === 'worth') k++;
      if (tokens[k]?.lower === 'of' || tokens[k]?.lower === 'in') {
        k++;
        while (k < tokens.length && DETERMINERS.has(tokens[k].lower)) k++;
        const bought = nounPhraseAfter(tokens, k);
        if (bought.words.length && !bought.words.some((t) => TIME_NOUNS.has(t.lower) || MONTHS.has(t.lower))) {
          const noun = phrase(sentence, bought.words);
          return { noun, counts: noun };
        }
      }
    }
    // "50% of those polled", "half of those questioned by the agency": the people a participle picks out.
    if (tokens[j - 1]?.lower === 'those' && isParticiple(tokens[j]) && isLowerWord(tokens[j])) {
      const noun = sentence.slice(tokens[j - 1].start, tokens[j].end);
      return { noun, counts: noun };
    }
    np = nounPhraseAfter(tokens, j);
    // "spent £4m of its budget on new parks": the money is measured by what it is spent on, not by the fund it comes from.
    if (np.words.length && tokens[np.next]?.lower === 'on') {
      const on = spentOn(sentence, tokens, before, np.next);
      if (on) return { noun: on, counts: on };
    }
    // "two of the injured were hurt", "half of the unemployed": an adjective standing for the people it describes.
    if (!np.words.length && tokens[j - 1]?.lower === 'the' && isLowerWord(tokens[j]) && (isParticiple(tokens[j]) || NOMINAL_ADJECTIVES.has(tokens[j].lower)) && !isContent(tokens[j + 1]) && !tokens[j + 1]?.inQuantity && !startsWithDigit(tokens[j + 1]?.text ?? '')) {
      return { noun: tokens[j].text, counts: tokens[j].text };
    }
  } else if (!COUNTS_BAD_HEAD.has(linker ?? '') && !(measured && (TIME_NOUNS.has(linker ?? '') || PREDICATE_ADJECTIVES.has(linker ?? '')))) {
    // "two 20-megapixel cameras", "three 40-minute sessions": a count before a measure joined to its noun counts that noun.
    np = !q.unit && !q.compound && tokens[i] && !tokens[i].inQuantity && MEASURE_COMPOUND.test(tokens[i].text) ? nounPhraseAfter(tokens, i + 1) : nounPhraseAfter(tokens, i);
    // "four years taken off their careers": a participle alone after a measure says what happened, it is no noun;
    // "a seven-month high": nor is a level reached.
    if ((measured || q.compound) && np.words.length === 1 && isLowerWord(np.words[0]) && ((IRREGULAR_PARTICIPLES.has(np.words[0].lower) && !DETERMINERS.has(tokens[before]?.lower ?? '')) || (q.compound && TIME_UNITS.has(q.unit!) && LEVEL_NOUNS.has(plural(np.words[0].lower))))) np = { words: [], next: i };
    // After a measure, a capitalised phrase is usually the next clause ("1% Zenith 100 ..."),
    // unless it ends in a common noun ("2 litre TurboMax engine", "5 nanometre CPUs": an abbreviation in the plural is one).
    if (measured && np.words.length && /^\p{Lu}/u.test(np.words[np.words.length - 1].text) && !/^\p{Lu}{2,}s$/u.test(np.words[np.words.length - 1].text)) {
      // "a 20% stake and give Zenith ...": keep the common noun before the coordination.
      const cut = np.words.findIndex((t) => t.lower === 'and' || t.lower === 'or' || t.text === '&');
      np = cut > 0 && !/^\p{Lu}/u.test(np.words[0].text) && !/^\p{Lu}/u.test(np.words[cut - 1].text) ? { words: np.words.slice(0, cut), next: np.words[cut].index } : { words: [], next: i };
    }
    // "the €4.3bn analysts had predicted", "the 2% economists forecast": a plural after a measure, then a verb of expecting,
    // opens a relative clause; the figure is what they expected, not the people.
    if (measured && np.words.length && np.words.length <= 2 && isRegularPlural(np.words[np.words.length - 1]) && EXPECT_AFTER.test(sentence.slice(np.words[np.words.length - 1].end, np.words[np.words.length - 1].end + 30))) np = { words: [], next: i };
    // "a 25% tax on imported cars", "her $150,000 contract with the label": a measure before its noun, and what the noun is of.
    // "a 5% rebound": a share of change with nothing after it measures the subject's change, not "rebound" (a "$5m loss" is money lost).
    if (q.unit === '%' && np.words.length === 1 && CHANGE_NOUNS.has(np.words[0].lower) && !ATTACHED_PREPOSITIONS.has(tokens[np.next]?.lower ?? '')) np = { words: [], next: i };
    // ("a 5-10W laser for welding": past the range's first figure to the article.)
    let lead = before;
    while (lead > 0 && (tokens[lead].inQuantity || RANGE_WORDS.has(tokens[lead].lower))) lead--;
    if ((measured || q.compound) && np.words.length && (DETERMINERS.has(tokens[lead]?.lower ?? '') || /['’]s$/.test(tokens[lead]?.lower ?? ''))) np = withAttachedPhrase(tokens, np);
  }
  // "fell to number six", "sank into the bottom four": a rank, not a count of anything before it.
  // ("expects orders to top 80,000": "top" after "to" is a verb.)
  const rank = tokens[before]?.lower ?? '';
  // ("the number one band", "Velden's number one ferry": a rank before a noun ranks it; it counts no albums.)
  const rankedBy = rank === 'number' || (rank === 'no' && startsWithDigit(q.core));
  if (!q.unit && !q.scaled && q.qualifier === 'exact' && rankedBy && np.words.length && /^(?:the|a|its|their|his|her)$|['’]s$/.test(tokens[before - 1]?.lower ?? '') && !PREPOSITIONS.has(tokens[i]?.lower ?? '')) return { noun: null, counts: null };
  if (!np.words.length && !q.unit && RANK_WORDS.has(rank) && (rank !== 'no' || startsWithDigit(q.core)) && (rank === 'number' || rank === 'no' || tokens[before - 1]?.lower === 'the' || /['’]s$/.test(tokens[before - 1]?.lower ?? ''))) return { noun: null, counts: null };
  // "the 30 previous years' worth of footage": what the span is the worth of.
  if (np.words.length && np.words[np.words.length - 1].lower === 'worth' && tokens[np.next]?.lower === 'of') {
    let of = nounPhraseAfter(tokens, np.next + 1).words;
    const cut = of.findIndex((t) => t.inQuantity);
    if (cut >= 0) of = of.slice(0, cut);
    if (of.length) {
      const noun = phrase(sentence, of);
      return { noun, counts: noun };
    }
  }
  return countsOfRest(sentence, tokens, q, previous, chained, inside, i, before, linker, measured, np);
}

/**
 * The last rules of `countsFor`: comparisons, durations, chained figures, money moved, the clause's subject.
 * (A function of its own, as `countsFromLinker` is: see there.)
 */
function countsOfRest(
  sentence: string,
  tokens: Token[],
  q: Quantity,
  previous: CountsResult | null,
  chained: CountsResult | null,
  inside: (t: Token) => boolean,
  i: number,
  before: number,
  linker: string | undefined,
  measured: boolean,
  np: { words: Token[]; next: number },
): CountsResult {
  // "another hire or two", "a day or two": the figure counts the noun before "or".
  if (!np.words.length && !q.unit && tokens[before]?.lower === 'or' && isContent(tokens[before - 1]) && !tokens[before - 1].inQuantity && !(tokens[before - 1].lower in SMALL_NUMBERS) && !isContent(tokens[i])) {
    const alt = nounPhraseEndingAt(tokens, before - 1, inside);
    if (alt.length && alt[alt.length - 1].index === before - 1) {
      const noun = alt[alt.length - 1].text;
      return { noun, counts: noun };
    }
  }
  // "four times more tablets with keyboards", "20% fewer firms": a comparison of counts counts the plural after it;
  // so do "twice as many nurses as ..." and "three times the number of visitors".
  const asMany = linker === 'as' && /^(?:many|much)$/.test(tokens[i + 1]?.lower ?? '') ? 2 : q.unit === 'x' && linker === 'the' && /^(?:number|amount)$/.test(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'of' ? 3 : 0;
  if (!np.words.length && (q.unit === 'x' || q.unit === '%') && (linker === 'more' || linker === 'fewer' || linker === 'less' || asMany)) {
    const more = nounPhraseAfter(tokens, i + (asMany || 1));
    // ("spends twice as much as all the others": a multiple of an amount the sentence leaves unnamed.)
    if (asMany === 2 && !more.words.length) return { noun: null, counts: null };
    const head = more.words.findIndex((t) => t.lower === 'of' || t.lower === 'in' || t.lower === 'from');
    const last = more.words[(head > 0 ? head : more.words.length) - 1];
    if (last && (isPlural(last) || IRREGULAR_PLURALS.has(last.lower) || asMany > 0) && !isVerbForm(more.words[0])) {
      const noun = phrase(sentence, more.words);
      return { noun, counts: noun };
    }
  }
  // "passed the $50m mark": the benchmark is not what is measured; the subject is.
  if (np.words.length === 1 && BENCHMARK_NOUNS.has(np.words[0].lower) && DETERMINERS.has(tokens[before]?.lower ?? '')) np = { words: [], next: i };
  // "More than 20 followed suit", "only 11% regarded themselves": a bare figure as the subject of a past verb counts what came before it, if anything.
  // ("Three wounded soldiers were ..." keeps its adjective: a verb follows the phrase.)
  if (np.words.length && np.words[0].index === i && !q.compound && isPastVerb(np.words[0]) && (!tokens[before] || !tokens[before].word || CLAUSE_OPENERS.has(tokens[before].lower)) && !(tokens[np.next] && isVerb(tokens[np.next], tokens[np.next + 1], tokens[np.next - 1]))) {
    return previous?.noun && !q.unit ? { noun: previous.noun, counts: previous.noun } : { noun: null, counts: null };
  }
  if (np.words.length) {
    // "a two-hour telethon carried by ...": what happened to the thing is not part of a measure's noun.
    const participles = q.compound ? [] : participlesAfter(tokens, np.next);
    const noun = phrase(sentence, np.words);
    const counts = participles.length ? `${noun} ${phrase(sentence, participles)}` : noun;
    return { noun, counts };
  }
  const participles = measured ? [] : participlesAfter(tokens, i);
  if (participles.length && previous?.noun) {
    return { noun: previous.noun, counts: `${previous.noun} ${phrase(sentence, participles)}` };
  }
  // "fans camped for three days": a duration measures what lasted, the clause's subject.
  if (q.unit && TIME_UNITS.has(q.unit)) {
    // ("cooking times are ~25 min": past a tilde.)
    if (tokens[before]?.text === '~' && before > 0) before--;
    // "a delay of three years" is the delay's; "homes stay an average of 70 days": an empty noun leaves it to the subject.
    if (!q.compound && tokens[before]?.lower === 'of') {
      // ("footage of an anguished wife of 20 years": the noun right before, not the phrase it sits in.)
      let np = nounPhraseEndingAt(tokens, before - 1, inside);
      const cut = np.findLastIndex((t) => PREPOSITIONS.has(t.lower));
      if (cut >= 0) np = np.slice(cut + 1).filter((t, n) => n > 0 || !DETERMINERS.has(t.lower));
      if (np.length && !np.some((t) => TIME_NOUNS.has(t.lower) || MONTHS.has(t.lower)) && !(np.length === 1 && EMPTY_OF_NOUNS.has(np[0].lower))) return { noun: null, counts: phrase(sentence, np) };
      let v = np.length === 1 ? np[0].index - 1 : -1;
      if (v >= 0 && DETERMINERS.has(tokens[v].lower)) v--;
      const subject = v >= 0 ? phrase(sentence, subjectBefore(tokens, v, inside, true)) : null;
      return { noun: null, counts: subject };
    }
    if (q.compound || !DURATION_BEFORE.has(tokens[before]?.lower ?? '')) return { noun: null, counts: null };
    // ("Jo Bell is six years older than", "is two years behind": after a copula, a comparison says how long, of nothing.)
    if (COPULAS.has(tokens[before].lower) && (/^(?:\p{L}+er|ago|behind|ahead|apart|late|early|into|before|after)$/u.test(tokens[i]?.lower ?? '') && tokens[i]?.lower !== 'under')) return { noun: null, counts: null };
    // "a ban for two years": an event named right before the duration is what lasted.
    const event = tokens[before].lower === 'for' ? nounPhraseEndingAt(tokens, before - 1, inside) : [];
    if (event.length && /^an?$/.test(tokens[event[0].index - 1]?.lower ?? '')) return { noun: null, counts: phrase(sentence, event) };
    const subjectWords = subjectBefore(tokens, tokens[before].lower === 'for' ? before - 1 : before, inside, true);
    // ("Jo Bell was 18 months": a person's time after a copula is no thing's length.)
    if (COPULAS.has(tokens[before].lower) && subjectWords.length && subjectWords.every((t) => !t.word || isCapital(t))) return { noun: null, counts: null };
    // "a former medic who spent 32 years with the agency", "Jo Bell served ten years": a person's service counts years, not the person.
    if (subjectWords.length && (tokens[subjectWords[subjectWords.length - 1].index + 1]?.lower === 'who' || (SERVICE_VERBS.has(tokens[before].lower) && subjectWords.every((t) => !t.word || isCapital(t))))) return { noun: null, counts: null };
    const subject = phrase(sentence, subjectWords);
    if (subject) return { noun: null, counts: subject };
    // "we cooked each sample for 3 min": with a pronoun subject, the verb's object lasted.
    const object = tokens[before].lower === 'for' ? nounPhraseEndingAt(tokens, before - 1, inside) : [];
    let v = object.length ? object[0].index - 1 : -1;
    if (v > 0 && (DETERMINERS.has(tokens[v].lower) || tokens[v].lower === 'each' || tokens[v].lower === 'every')) v--;
    return { noun: null, counts: v >= 0 && isVerb(tokens[v], tokens[v + 1], tokens[v - 1]) ? phrase(sentence, object) : null };
  }
  // "$4 million, down 3%", "up 5 cents to $2.10": a figure chained to the previous one measures the same thing.
  if (chained && chained.counts) return chained;
  // "additional investments over 35 GWh", "winds above 50 mph": a measure bounded right after a plural noun measures it.
  if (measured && q.start < q.coreStart && /^(?:over|under|above|below|exceeding)\s/i.test(sentence.slice(q.start, q.coreStart)) && isRegularPlural(tokens[before] ?? tokens[0]) && !inside(tokens[before]) && !tokens[before].inQuantity && !LEVEL_NOUNS.has(tokens[before].lower)) {
    const np = nounPhraseEndingAt(tokens, before, inside);
    if (np.length && np[np.length - 1] === tokens[before]) {
      const noun = phrase(sentence, np);
      return { noun, counts: noun };
    }
  }
  // "won him £2m": what the figure measures is that person's, and the sentence does not name it.
  if (OBJECT_PRONOUNS.has(tokens[before]?.lower ?? '') || /^(?:them|us|me)$/.test(tokens[before]?.lower ?? '')) return { noun: null, counts: null };
  // "helped push their takings up to $12m": "up" is the verb's particle, and the object before it is what is measured.
  if (/^(?:up|down) to\b/i.test(sentence.slice(q.start, q.end)) && isContent(tokens[before]) && !inside(tokens[before]) && !isVerbForm(tokens[before])) {
    const object = nounPhraseEndingAt(tokens, before, inside);
    // ("their 2019 takings": a year inside the phrase.)
    let l = object.length ? object[0].index - 1 : -1;
    while (l > 0 && /^\d{4}$/.test(tokens[l].text)) l--;
    const lead = l >= 0 ? tokens[l] : undefined;
    if (lead && (DETERMINERS.has(lead.lower) || /['’]s$/.test(lead.lower))) {
      const noun = sentence.slice(tokens[l + 1].start, object[object.length - 1].end);
      return { noun, counts: noun };
    }
  }
  // "stole more than £40,000", "spent a combined $2.1m", "repaid about £90,000": money as the object of a verb of taking,
  // spending, raising or giving back, with nothing named after it, is that money (the verb's subject is who moved it).
  if (measured && MONEY_UNIT.test(q.unit!)) {
    let v = before;
    while (v > 0 && before - v < 3 && (DETERMINERS.has(tokens[v].lower) || SUM_WORDS.has(tokens[v].lower) || AUX.has(tokens[v].lower) || isAdverb(tokens[v].lower))) v--;
    const money = tokens[v]?.word ? MONEY_VERBS.get(tokens[v].lower) : undefined;
    // ("repaid £20,000 to Jo Bell", "donated £8,000 to the hospice": and to whom.)
    const to = money && money !== 'spending' && money !== 'savings' && tokens[i]?.lower === 'to' ? paymentFor(sentence, tokens, i).replace(/\s+(?:and|or)\s+\p{Ll}.*$/u, '') : '';
    // (A recipient opens on an article or a name, or ends on one: "to the Red Cross", "to former treasurer Jo Bell"; not "to free up cash".)
    const recipient = /^payment to (?:(?:the|a|an|its|their|his|her)\s|\p{Lu})|\p{Lu}[\p{L}.'’-]*$/u.test(to);
    // ("invested $2m in the quarry": and in what.)
    if (money === 'investment' && tokens[i]?.lower === 'in') {
      let j = i + 1;
      while (j < tokens.length && DETERMINERS.has(tokens[j].lower)) j++;
      const what = nounPhraseAfter(tokens, j).words;
      if (what.length && !what.some((t) => TIME_NOUNS.has(t.lower) || MONTHS.has(t.lower) || t.inQuantity)) return { noun: money, counts: `investment in ${sentence.slice(tokens[i + 1].start, what[what.length - 1].end)}` };
    }
    if (money === 'spending') {
      // ("had spent £3m between them on the vote": what it was spent on, a few words on.)
      for (let j = i; j < tokens.length && j - i < 5 && tokens[j].word; j++) {
        if (tokens[j].lower !== 'on') continue;
        const on = spentOn(sentence, tokens, before, j);
        if (on) return { noun: on, counts: on };
        break;
      }
    }
    // "pupils raised £3,400 for the shelter": and for whom; "an appeal set up for the victims had raised $8,300", "The trust
    // hopes to raise £75,000": else by whom, when that is a thing (a fund, an appeal, a charity), not people or a pronoun.
    if (money === 'money raised') {
      if (tokens[i]?.lower === 'for') {
        let j = i + 1;
        while (j < tokens.length && DETERMINERS.has(tokens[j].lower)) j++;
        const what = nounPhraseAfter(tokens, j).words;
        if (what.length && !what.some((t) => TIME_NOUNS.has(t.lower) || MONTHS.has(t.lower) || t.inQuantity)) return { noun: money, counts: `money raised for ${sentence.slice(tokens[i + 1].start, what[what.length - 1].end)}` };
      }
      const by = subjectBefore(tokens, v, inside);
      const head = by[by.length - 1];
      if (head && by.length <= 8 && isLowerWord(head) && !isPlural(head) && !PERSON_NOUN.test(head.lower) && !PERSONAL_PRONOUNS.has(head.lower) && !PRONOUNS.has(head.lower)) {
        const det = tokens[by[0].index - 1];
        return { noun: money, counts: `money raised by ${det && /^(?:the|a|an|its|their|this|that)$/.test(det.lower) ? `${det.lower} ` : ''}${phrase(sentence, by)}` };
      }
    }
    if (money) return recipient && to.startsWith('payment to ') ? { noun: money, counts: `${money}${to.slice(7)}` } : { noun: money, counts: money };
  }
  // "will pay 4% more in council tax", "plan to spend 3% less on gifts": a change "more" or "less" in or on a thing measures it.
  if (q.unit === '%' && /^(?:more|less)$/.test(tokens[i]?.lower ?? '') && /^(?:in|on)$/.test(tokens[i + 1]?.lower ?? '')) {
    let j = i + 2;
    while (j < tokens.length && DETERMINERS.has(tokens[j].lower)) j++;
    const what = nounPhraseAfter(tokens, j).words;
    if (what.length && !what.some((t) => TIME_NOUNS.has(t.lower) || MONTHS.has(t.lower) || /^\p{Lu}/u.test(t.text))) {
      const noun = phrase(sentence, what);
      return { noun, counts: noun };
    }
  }
  if (measured && MONEY_UNIT.test(q.unit!)) {
    const purpose = allotted(sentence, tokens, before, i, inside);
    if (purpose) return { noun: 'money', counts: purpose };
  }
  // "the top 5 percent paid": a share of people ranked from the top counts those people, and the sentence names no noun.
  if (q.unit === '%' && (tokens[before]?.lower === 'top' || tokens[before]?.lower === 'bottom') && DETERMINERS.has(tokens[before - 1]?.lower ?? '')) return { noun: null, counts: null };
  // "agreed to free the five", "all three were freed": a figure standing for things named in
  // an earlier sentence, like a pronoun; the clause's subject is not what it counts.
  if (!q.unit && !q.compound && /^(?:the|these|those|all|both)$/.test(tokens[before]?.lower ?? '') && !isContent(tokens[i])) return { noun: null, counts: null };
  const subject = phrase(sentence, subjectBefore(tokens, before, inside));
  return { noun: subject, counts: subject };
}
