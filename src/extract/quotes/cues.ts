import { isLowerAdverb, type Token } from './tokens.js';
import { digitGroupComma, isDash } from './speaker-phrase.js';
import { COLON_ONLY_VERBS, DOCUMENT_NOUNS, DOCUMENT_QUOTE_FORMS, NOUN_LIKE_FORMS, QUOTE_ONLY_FORMS, SHOW_FORMS, SPEAKER_NOUNS, SPEECH_VERB_FORMS, SUBJECT_PRONOUNS, VERB_MODIFIERS } from './words.js';

// Word lists tested with Set lookups (a regular expression per test cost an object and a match).
const VERB_BASE_BEFORE = new Set(['i', 'we', 'they', 'you', 'two', 'three', 'four', 'both', 'others', 'several', 'many', 'most', 'some', 'would', 'will', 'can', 'could', 'may', 'might', 'should', 'must', 'did', 'does', 'do', 'not', 'also', 'often', 'still', 'never', 'always', 'sometimes', 'generally', 'typically', 'usually']);
const NOT_PLURAL_S = new Set(['is', 'was', 'has', 'his', 'this', 'its', 'us']);
const INVERTED_OPENING_CUES = new Set(['said', 'says', 'added', 'asked', 'wrote']);
const QUESTION_AUXILIARIES = new Set(['do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must']);
const REFUSAL_VERBS = new Set(['declined', 'refused', 'failed', 'declines', 'refuses', 'fails', 'declining', 'refusing']);

/** A verb of saying (or "according to") found in a sentence. */
export interface Cue {
  /** First and last token of the cue words ("according to" has two). */
  first: number;
  last: number;
  text: string;
  base: string;
  quoteOnly: boolean;
}

/** Base forms that are verbs after "to" ("went on to say"); not "to claim the title", "to state officials". */
const TO_INFINITIVE_CUES = new Set(['say', 'tell', 'ask', 'argue', 'insist', 'explain', 'warn', 'note', 'add', 'suggest', 'acknowledge', 'admit', 'announce', 'declare', 'urge']);

/** Words before "say" that make it the noun ("a say", "their say", "the final say"). */
const NOUN_SAY_BEFORE = new Set(['a', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'no', 'any', 'some', 'more', 'less', 'final', 'equal', 'little', 'much', 'bigger', 'greater', 'real', 'direct', 'strong', 'enough', 'of', 'in', 'without', 'with']);

/** Words that make a following -s form a noun ("the reports", "her remarks"). */
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'these', 'those', 'such', 'any', 'no', 'some', 'many', 'several', 'recent', 'earlier', 'new']);

/** Adjectives in "her recent remarks", "the latest reports" (a noun after a determiner). */
const NOUN_ADJECTIVES = new Set(['recent', 'latest', 'new', 'public', 'earlier', 'previous', 'false', 'similar', 'same', 'first', 'last', 'initial', 'final', 'official', 'private', 'prepared', 'controversial', 'repeated', 'early', 'later', 'many', 'several', 'other', 'such', 'those', 'news', 'media']);

/** "10", "1,200". */
function isFigureWord(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57 && /^\d[\d,]*$/.test(word);
}

/** Adverbs between a subject and its verb ("growers even insist", "they now say"). */
const PLURAL_PRONOUNS = new Set(['i', 'we', 'they', 'you']);
const ADVERBS_BEFORE_VERB = new Set(['even', 'now', 'just', 'only', 'really', 'actually', 'all', 'both', 'increasingly', 'privately', 'publicly', 'repeatedly', 'openly']);

function baseFormCanBeVerb(tokens: Token[], i: number): boolean {
  // "Some growers even insist": judge by the word before the adverbs.
  let a = i - 1;
  while (a > 0 && a >= i - 2 && tokens[a].isWord && !tokens[a].quoted && (ADVERBS_BEFORE_VERB.has(tokens[a].lower) || isLowerAdverb(tokens[a])) && tokens[a - 1].isWord && tokens[a - 1].lowerFirst && ((/[^su'’]s$/.test(tokens[a - 1].lower) && !NOT_PLURAL_S.has(tokens[a - 1].lower)) || /(men|people)$/.test(tokens[a - 1].lower) || PLURAL_PRONOUNS.has(tokens[a - 1].lower))) a--;
  if (a < i - 1) return true;
  const prev = tokens[i - 1];
  // "Economists, like their rivals, say ...", "some analysts — including two at the bank — warn":
  // after an aside the verb is finite (but ", say, the party" is "for example").
  if (prev && !prev.quoted && i >= 3 && (prev.text === ',' || isDash(prev)) && tokens[i + 1]?.isWord && tokens[i + 1].text !== ',') return true;
  // "42% say": a share of those polled.
  if (prev?.text === '%' && /^\d/.test(tokens[i - 2]?.text ?? '')) return true;
  if (!prev || !prev.isWord) return false;
  if (VERB_BASE_BEFORE.has(prev.lower)) return true;
  // "new figures from the Rail Standards Office show": the plural subject may stand before a qualifier.
  if (tokens[i].lower === 'show' && pluralRecordSubject(tokens, i)) return true;
  if (tokens[i].lower === 'say' && prev.upper) return true;
  // "to say" is an infinitive; "who say", "Six in 10 say", "9 percent say" have a subject.
  // "a 2009 report", "a 1981 claim": after a determiner and a year the word is the noun.
  if (isFigureWord(prev.text) && NOUN_DETERMINERS.has(tokens[i - 2]?.lower ?? '') && NOUN_BASE_FORMS.has(tokens[i].lower)) return false;
  if ((prev.lower === 'to' && TO_INFINITIVE_CUES.has(tokens[i].lower)) || prev.lower === 'who' || prev.lower === 'percent' || isFigureWord(prev.text)) return true;
  // "say" is a noun only after a determiner ("have a say", "had their say").
  if (tokens[i].lower === 'say') return !NOUN_SAY_BEFORE.has(prev.lower);
  // "those who backed him acknowledge that ...": a base form that is no noun, before "that".
  if (THAT_VERB_BASES.has(tokens[i].lower) && tokens[i + 1]?.lower === 'that' && !tokens[i + 1].quoted && prev.lowerFirst && !NOUN_DETERMINERS.has(prev.lower) && !NOUN_ADJECTIVES.has(prev.lower) && prev.lower !== 'and' && prev.lower !== 'but') return true;
  // "Estate agents in Quellby report that ...": a plural subject placed by "in" before a place's name.
  if ((THAT_VERB_BASES.has(tokens[i].lower) || NOUN_BASE_FORMS.has(tokens[i].lower)) && tokens[i + 1]?.lower === 'that' && !tokens[i + 1].quoted && prev.upper && !prev.quoted) {
    let k = i - 1;
    while (k > 0 && k >= i - 3 && tokens[k].isWord && tokens[k].upper && !tokens[k].quoted) k--;
    const place = tokens[k];
    const noun = tokens[k - 1];
    if (k < i - 1 && place?.isWord && PLACE_PREPOSITIONS.has(place.lower) && noun?.isWord && noun.lowerFirst && !noun.quoted && ((/[^su'’]s$/.test(noun.lower) && !NOT_PLURAL_S.has(noun.lower)) || /(men|people)$/.test(noun.lower))) return true;
  }
  return /[^s']s$/.test(prev.lower) && !NOT_PLURAL_S.has(prev.lower);
}
/** Prepositions that place a subject ("agents in Quellby"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'across', 'around']);

/**
 * "Okafor notes the fee ...", "The ministry claims his ...": after a name or a singular speaker
 * noun, and before a determiner or a contracted pronoun, an -s form is the verb.
 */
function nameThenClause(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next || !prev.isWord || prev.quoted || !next.isWord || next.quoted) return false;
  // A speaker noun after a determiner or an adjective in capitals ("the Turkish government"), not a
  // noun modifying the -s form ("four police reports").
  const beforePrev = tokens[i - 2];
  const opener = (t: Token | undefined): boolean => !!t && t.isWord && !t.quoted && (NAME_BLOCKERS.has(t.lower) || t.upper);
  const nounWithDeterminer = opener(beforePrev) || (!!beforePrev && beforePrev.isWord && beforePrev.lowerFirst && NAME_BLOCKERS.has(tokens[i - 3]?.lower ?? ''));
  const named = (prev.upper && !NAME_BLOCKERS.has(prev.lower)) || (SPEAKER_NOUNS.has(prev.lower) && !prev.lower.endsWith('s') && (nounWithDeterminer || !next.upper));
  const apostrophe = next.lower.search(/['’]/);
  // "The ministry claims Ames runs ...": a name after the verb opens the clause too.
  const nameOpens = next.upper && !NAME_BLOCKERS.has(next.lower) && !NOT_CLAUSE_NAMES.has(next.lower) && !!tokens[i + 2]?.isWord && !tokens[i + 2].quoted;
  const opensClause = CLAUSE_DETERMINERS.has(next.lower) || (apostrophe > 0 && SUBJECT_PRONOUNS.has(next.lower.slice(0, apostrophe))) || nameOpens;
  return named && opensClause;
}
/** "She then urges ...", "he also notes ...": a singular subject pronoun, perhaps with adverbs between, makes an -s form the verb. */
function singularPronounBefore(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - 3 && tokens[k].isWord && !tokens[k].quoted && (VERB_MODIFIERS.has(tokens[k].lower) || isLowerAdverb(tokens[k]))) k--;
  const t = tokens[k];
  if (!t || !t.isWord || t.quoted || (t.lower !== 'he' && t.lower !== 'she')) return false;
  // And a clause follows ("urges her husband to", "notes the fee has"), not an object ("claims victory").
  const next = tokens[i + 1];
  if (!next || !next.isWord || next.quoted || !CLAUSE_DETERMINERS.has(next.lower)) return false;
  // The pronoun opens a clause, not a relative clause after a noun ("a fact he mentions").
  const b = tokens[k - 1];
  return !b || !b.isWord || CLAUSE_OPENERS.has(b.lower);
}
/** A numeral or a number word ("14", "1,200", "three"): what follows is counted. */
function isCount(t: Token | undefined): boolean {
  if (!t || !t.isWord || t.quoted) return false;
  const c = t.text.charCodeAt(0);
  return (c >= 48 && c <= 57 && /^\d[\d,.]*$/.test(t.text)) || COUNT_WORDS.has(t.lower);
}
const COUNT_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'dozen', 'hundred', 'hundreds', 'thousand', 'thousands', 'dozens']);
const CLAUSE_OPENERS = new Set(['and', 'but', 'so', 'what', 'as', 'when', 'while', 'because', 'if', 'since', 'though', 'although', 'then', 'that']);
/** Base forms that are verbs, never nouns, before "that" ("critics acknowledge that"). */
const THAT_VERB_BASES = new Set(['show', 'argue', 'acknowledge', 'insist', 'admit', 'suggest', 'explain', 'warn', 'contend', 'maintain', 'concede', 'predict', 'assert', 'allege', 'complain', 'stress', 'emphasize', 'emphasise', 'confirm', 'deny', 'declare', 'announce', 'observe', 'testify', 'recall']);
/** Base forms that are as often nouns ("the jobs report has ..."). */
const NOUN_BASE_FORMS = new Set(['report', 'claim', 'comment', 'post', 'tweet', 'reply', 'estimate', 'charge', 'signal', 'demand', 'vow', 'joke', 'statement', 'remark', 'testimony', 'warning']);
const AUXILIARY_AFTER_NOUN = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'does', 'did', 'are', 'were', 'have']);
/** Capitalised words after a verb that open no clause (days and months, sentence adverbs). */
const NOT_CLAUSE_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday', 'however', 'meanwhile']);
const NAME_BLOCKERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
const CLAUSE_DETERMINERS = new Set(['the', 'his', 'her', 'its', 'their', 'our', 'my']);

/** Lower-case words that may be (the start of) a cue. */
const CUE_WORDS = new Set([...SPEECH_VERB_FORMS.keys(), ...QUOTE_ONLY_FORMS.keys(), ...SHOW_FORMS.keys(), ...DOCUMENT_QUOTE_FORMS.keys(), 'according']);
let shortestCueWord = Infinity;
let longestCueWord = 0;
for (const w of CUE_WORDS) {
  shortestCueWord = Math.min(shortestCueWord, w.length);
  longestCueWord = Math.max(longestCueWord, w.length);
}

/** a-z and A-Z as lower-case codes, and the Kelvin sign, which lower-cases to k; else 0. */
function cueLetter(c: number): number {
  if (c < 128) return ASCII_LETTERS[c];
  return c === 0x212a ? 107 : 0;
}
const ASCII_LETTERS = new Uint8Array(128);
for (let c = 65; c <= 90; c++) ASCII_LETTERS[c] = ASCII_LETTERS[c | 32] = c | 32;
const addToHash = (h: number, letter: number): number => (Math.imul(h, 31) + letter) | 0;
/** A bit per 16-bit slice of the cue words' hashes: tests a run of letters without making a string of it. */
const CUE_HASH_BITS = new Int32Array(2048);
for (const w of CUE_WORDS) {
  const h = [...w].reduce((hash, ch) => addToHash(hash, ch.charCodeAt(0)), 0) & 0xffff;
  CUE_HASH_BITS[h >>> 5] |= 1 << (h & 31);
}
const mayBeCueHash = (h: number): boolean => ((CUE_HASH_BITS[(h & 0xffff) >>> 5] >>> (h & 31)) & 1) === 1;
const COLON = 58;

/**
 * The offsets in [start, end) of `text` where a cue word may start, into `starts` (emptied first);
 * true when there is one or a colon. Most sentences have neither, and this scan is far cheaper than
 * tokenising them. Every cue word is plain ASCII letters, and a token is never preceded or followed
 * by a letter inside its sentence, so a cue token is always a whole run of such letters here:
 * every cue token starts at one of `starts` (not every start is a token's).
 */
export function findCueWords(text: string, start: number, end: number, starts: number[]): boolean {
  // Setting the length is a runtime call even when it changes nothing.
  if (starts.length !== 0) starts.length = 0;
  let colon = false;
  let run = -1;
  let hash = 0;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 32;
    // cueLetter and addToHash written out for ASCII: two calls per character were most of this
    // scan's cost before V8 optimises it.
    const letter = c < 128 ? ASCII_LETTERS[c] : cueLetter(c);
    if (letter !== 0) {
      if (run < 0) {
        run = i;
        hash = 0;
      }
      hash = (Math.imul(hash, 31) + letter) | 0;
      continue;
    }
    if (run >= 0) {
      const length = i - run;
      if (length >= shortestCueWord && length <= longestCueWord && mayBeCueHash(hash)) {
        const word = text.slice(run, i).toLowerCase();
        // "show" only after a research or record noun: a TV show or a video is no reason to read the sentence.
        if (CUE_WORDS.has(word) && (!SHOW_FORMS.has(word) || RESEARCH_BEFORE.test(text.slice(Math.max(start, run - 80), run)))) starts.push(run);
      }
      run = -1;
    }
    if (c === COLON) colon = true;
  }
  return colon || starts.length > 0;
}

/** The cues of a sentence; `cueWordStarts` from findCueWords over the same sentence. */
export function findCues(tokens: Token[], cueWordStarts: readonly number[]): Cue[] {
  // Starts as an array of objects even when no cue is found: one array map for the code reading it.
  const cues: Cue[] = [];
  cues.push(null!);
  cues.pop();
  let i = 0;
  for (const at of cueWordStarts) {
    while (i < tokens.length && tokens[i].start < at) i++;
    if (i >= tokens.length) break;
    const t = tokens[i];
    if (t.start !== at || !t.isWord || t.quoted) continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      cues.push({ first: i, last: i + 1, text: `${t.text} ${tokens[i + 1].text}`, base: 'according to', quoteOnly: false });
      continue;
    }
    const speech = SPEECH_VERB_FORMS.get(t.lower) ?? SHOW_FORMS.get(t.lower);
    const quoteOnly = QUOTE_ONLY_FORMS.get(t.lower);
    if (!speech && !quoteOnly) {
      const documentVerb = DOCUMENT_QUOTE_FORMS.get(t.lower);
      if (documentVerb && documentAfterQuote(tokens, i)) cues.push({ first: i, last: i, text: t.text, base: documentVerb, quoteOnly: true });
      continue;
    }
    // "Said Ames: ..." opens a sentence with an inverted cue.
    // "Noting that ..., Ames said": a participle may open the sentence.
    // "Asked by a reporter whether ...": a passive opening the sentence names its agent after "by".
    const passiveOpening = i === 0 && t.lower.endsWith('ed') && tokens[1]?.lower === 'by' && !tokens[1].quoted;
    if (t.upper && !passiveOpening && !(i === 0 && INVERTED_OPENING_CUES.has(t.lower) && tokens[1] && tokens[1].upper) && !(i === 0 && speech && t.lower.endsWith('ing') && tokens[1]?.isWord && !tokens[1].upper)) continue;
    // A bare base form is often a noun ("secretary of state", "a claim"): it needs a plural or
    // pronoun subject or a modal before it.
    if ((speech || quoteOnly) && t.lower === (speech ?? quoteOnly) && !baseFormCanBeVerb(tokens, i)) continue;
    // "the jobs report has ...", "the weapons report will ...": a base form before an auxiliary is the noun.
    if (NOUN_BASE_FORMS.has(t.lower) && AUXILIARY_AFTER_NOUN.has(tokens[i + 1]?.lower ?? '') && !tokens[i + 1].quoted && !SUBJECT_PRONOUNS.has(tokens[i - 1]?.lower ?? '')) continue;
    // "Does the candidate say the wrong thing?": a question asks, it attributes nothing.
    if ((speech || quoteOnly) && t.lower === (speech ?? quoteOnly) && QUESTION_AUXILIARIES.has(tokens[0].lower) && tokens[0].upper) continue;
    // "other states", "finance reports": such a form is a verb only before "that", a colon or a quote.
    const after = tokens[i + 1];
    if (NOUN_LIKE_FORMS.has(t.lower) && after && !/^(that|:|,|“|"|«|\.)$/.test(after.text) && !SUBJECT_PRONOUNS.has(after.lower) && !nameThenClause(tokens, i) && !singularPronounBefore(tokens, i)) continue;
    // "14 front counters,", "three reports": a count before the form, perhaps with one modifier
    // between, makes it the plural noun it counts.
    if (NOUN_LIKE_FORMS.has(t.lower) && (isCount(tokens[i - 1]) || (tokens[i - 1]?.lowerFirst && !tokens[i - 1].quoted && isCount(tokens[i - 2])))) continue;
    // "the ministry’s warning that", "a warning", "his saying so": after a determiner or a possessive an -ing form is a noun.
    const before = tokens[i - 1];
    if (t.lower.endsWith('ing') && before?.isWord && !before.quoted && (NOUN_DETERMINERS.has(before.lower) || (/['’]s$/.test(before.lower) && !SUBJECT_PRONOUNS.has(before.lower.slice(0, -2))))) continue;
    // "her opening remarks that ...", "the claims that ...": after a determiner it is the noun.
    if (NOUN_LIKE_FORMS.has(t.lower) && (NOUN_DETERMINERS.has(tokens[i - 1]?.lower ?? '') || (tokens[i - 1]?.lowerFirst && (tokens[i - 1].lower.endsWith('ing') || NOUN_ADJECTIVES.has(tokens[i - 1].lower)) && NOUN_DETERMINERS.has(tokens[i - 2]?.lower ?? '')))) continue;
    // "found": what a study, a survey or its researchers found ("the survey found most ..."), not
    // what the police found; "recommended": only before "that" ("recommended that schools ...").
    if (speech === 'find' && !researchSubject(tokens, i, after?.lower === 'that' && !after.quoted)) continue;
    // "show": only what a poll, a survey, figures or records show ("data show that", "..., the river count shows").
    // Only before "that" or closing the sentence: "polls show Trump ahead" is read too many ways.
    // "figures show the number of ... fell": a measure noun after "the" opens a clause about that measure.
    if (speech === 'show' && (!researchSubject(tokens, i, false, true) || !((after?.lower === 'that' && !after.quoted) || !after || after.text === '.' || measureClause(tokens, i + 1)))) continue;
    if (speech === 'recommend' && !(after?.lower === 'that' && !after.quoted)) continue;
    // "Quill Holdings added 27 cents", "the index added 2%": a figure right after "added" is a gain, not words.
    if (speech === 'add' && after && !after.quoted && (/^[$£€¥]?\d/.test(after.text) || (/^[$£€¥]$/.test(after.text) && /^\d/.test(tokens[i + 2]?.text ?? '')))) continue;
    if (speech) cues.push({ first: i, last: i, text: t.text, base: speech, quoteOnly: false });
    else if (quoteOnly) cues.push({ first: i, last: i, text: t.text, base: quoteOnly, quoteOnly: true });
  }
  // "Polling shows that '...,' said Jo Ames", "Ames said her research shows that ...": what the
  // figures show is inside what somebody in the sentence said; that speaker's cue is enough.
  // "Figures show the number ... fell, although the guild says ...": a speaker after ", although"
  // opens a clause of its own; the figures keep their finding.
  if (cues.length > 1 && cues.some((c) => c.base === 'show')) {
    const speaking = cues.filter((c) => c.base !== 'show' && c.base !== 'find' && !c.quoteOnly && !COLON_ONLY_VERBS.has(c.base));
    if (speaking.length > 0) {
      for (let k = cues.length - 1; k >= 0; k--) {
        const show = cues[k];
        if (show.base === 'show' && !speaking.every((c) => c.first > show.last && contrastBetween(tokens, show.last + 1, c.first))) cues.splice(k, 1);
      }
    }
  }
  return cues;
}

/** ", although ...", ", while ...": a comma and a word that opens a contrasting clause between `from` and `to`. */
function contrastBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) if (tokens[k].text === ',' && CONTRAST_OPENERS.has(tokens[k + 1].lower) && !tokens[k + 1].quoted) return true;
  return false;
}
const CONTRAST_OPENERS = new Set(['although', 'though', 'while', 'whereas', 'but']);

/**
 * `"Thank you," the notice ends.`: a written text (determiner, perhaps one modifier, document noun)
 * right after a closing quotation mark, and the verb at `i` closing the sentence or followed by a comma.
 */
function documentAfterQuote(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t.lowerFirst) return false;
  const after = tokens[i + 1];
  if (after && after.text !== '.' && after.text !== ',') return false;
  const noun = tokens[i - 1];
  if (!noun || !noun.isWord || noun.quoted || !DOCUMENT_NOUNS.has(noun.lower)) return false;
  let k = i - 2;
  if (tokens[k]?.isWord && tokens[k].lowerFirst && !tokens[k].quoted && !NOUN_DETERMINERS.has(tokens[k].lower)) k--;
  const det = tokens[k];
  if (!det || !det.isWord || det.quoted || !DOCUMENT_DETERMINERS.has(det.lower)) return false;
  const close = tokens[k - 1]?.text === ',' ? tokens[k - 2] : tokens[k - 1];
  return !!close && close.mark >= 0;
}
const DOCUMENT_DETERMINERS = new Set(['the', 'a', 'his', 'her', 'their', 'its', 'our', 'one']);

/** A research or record noun among the words before a "show" (a cheap screen; researchSubject decides). */
const RESEARCH_BEFORE = /\b(?:stud(?:y|ies)|surveys?|reports?|analysis|research(?:ers)?|scientists|authors|review|polls?|polling|evaluation|audit|inquiry|investigation|paper|census|trial|figures|data|records|statistics|stats|results|filings|documents|numbers)\b/i;

/** A plural research or record noun among the few words before the verb ("figures from the board show"). */
function pluralRecordSubject(tokens: Token[], verb: number): boolean {
  for (let k = verb - 1; k >= 0 && k >= verb - 8; k--) {
    const t = tokens[k];
    if (!t.isWord || t.quoted) return false;
    if ((RECORD_NOUNS.has(t.lower) && t.lower !== 'polling') || t.lower === 'studies' || t.lower === 'surveys' || t.lower === 'polls') return true;
  }
  return false;
}

/** Sources whose findings are reported like speech. */
const RESEARCH_NOUNS = new Set(['study', 'studies', 'survey', 'surveys', 'report', 'analysis', 'research', 'researchers', 'review', 'poll', 'polls', 'evaluation', 'audit', 'inquiry', 'investigation', 'paper', 'scientists', 'authors', 'census', 'trial']);
/** A research noun among the few words before the verb ("the 2023 survey found", "researchers at the institute found"). */
function researchSubject(tokens: Token[], verb: number, that = false, shows = false): boolean {
  // "a survey from the Quill Retail Council found": the study may be named with its maker after it.
  for (let k = verb - 1; k >= 0 && k >= verb - 8; k--) {
    const t = tokens[k];
    if (t.text === ',' && digitGroupComma(tokens, k)) continue;
    if (!t.isWord || t.quoted) return false;
    if (RESEARCH_NOUNS.has(t.lower) || (that && RULING_NOUNS.has(t.lower)) || (shows && RECORD_NOUNS.has(t.lower))) return true;
  }
  return false;
}
/** "the number of ...", "the share of ...": a measure of something, and a verb after it, opens a clause. */
function measureClause(tokens: Token[], k: number): boolean {
  const det = tokens[k];
  const noun = tokens[k + 1];
  if (!det || det.quoted || det.lower !== 'the' || !noun || noun.quoted || !MEASURE_NOUNS.has(noun.lower)) return false;
  return tokens[k + 2]?.lower === 'of' || tokens[k + 2]?.lower === 'has' || tokens[k + 2]?.lower === 'had';
}
const MEASURE_NOUNS = new Set(['number', 'share', 'proportion', 'percentage', 'rate', 'cost', 'average', 'total', 'value', 'level', 'price', 'count', 'amount']);
/** Records and figures whose showing is reported like a finding ("records show", "its figures show"). */
const RECORD_NOUNS = new Set(['figures', 'data', 'records', 'statistics', 'stats', 'results', 'filings', 'documents', 'polling', 'numbers']);
/** Bodies whose "found that ..." is a ruling or a verdict they state ("the Court of Appeals found that"); not "found him guilty". */
const RULING_NOUNS = new Set(['court', 'judge', 'judges', 'justices', 'panel', 'tribunal', 'jury', 'inquest', 'coroner', 'ombudsman', 'regulator', 'watchdog', 'commission']);

const AVOIDANCE = new Set(['avoid', 'avoids', 'avoided', 'avoiding', 'without', 'resisted', 'resists']);

/** Is the verb at `verb` negated ("did not say", "never said", "didn't comment", "refused to say")? */
export function isNegated(tokens: Token[], verb: number): boolean {
  // "avoided suggesting", "without saying", "stopped short of saying", "refrained from saying".
  const previous = tokens[verb - 1]?.lower ?? '';
  if (AVOIDANCE.has(previous) || (previous === 'of' && tokens[verb - 2]?.lower === 'short') || (previous === 'from' && /^refrain/.test(tokens[verb - 2]?.lower ?? ''))) return true;
  for (let i = verb - 1; i >= 0 && i >= verb - 4; i--) {
    const t = tokens[i];
    if (!t.isWord) return false;
    if (/^(not|never|no)$|n['’]t$/.test(t.lower)) return true;
    if (t.lower === 'to' && REFUSAL_VERBS.has(tokens[i - 1]?.lower ?? '')) return true;
    if (!VERB_MODIFIERS.has(t.lower) && !isLowerAdverb(t)) return false;
  }
  return false;
}
