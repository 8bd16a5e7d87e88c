import { sentenceAt, type Doc, type Sentence } from '../../doc.js';
import type { Span } from '../../schema/index.js';
import type { Extractor, Mention, QuoteDraft, SpeakerDraft } from '../types.js';
import { attribution, type Attribution } from './attribution.js';
import { skipAddressee, trimSpanEnd } from './clauses.js';
import { inheritContinuations, propagateAlongChains } from './continuations.js';
import { findCues, findCueWords, isNegated, type Cue } from './cues.js';
import { mentionFinder } from './mentions.js';
import { findQuotePassages, markLength, type QuotePassage } from './passages.js';
import { DISCOURSE_ADVERBS, afterDash, digitGroupComma, isDash, phraseAfter, phraseEndingAt, subjectBefore, type PhraseRange } from './speaker-phrase.js';
import { accordingToSource, clauseStartSubject, closerBefore, commaBefore, initialSubject, sentenceSubject, speakerLabel, isVerbish, wordsAfter, wordsBetween } from './subjects.js';
import { isCapitalized, isLowerAdverb, tokenize, wordCount, type Token } from './tokens.js';
import {
  ADDRESSEE_VERBS, AND_BUT, BARE_CLAUSE_VERBS, DETERMINERS, OBJECT_INFINITIVE_VERBS, COLON_ONLY_VERBS, COMPLEMENTIZERS, INDEFINITE_CLAUSE_VERBS,
  NON_CLAUSE_STARTERS, NON_SPEAKER_STARTERS, NOUN_LIKE_FORMS, OBJECT_PRONOUNS, PREPOSITIONS, QUOTE_ONLY_FORMS, SPEAKER_LINKERS, SPEAKER_MODIFIERS, SPEAKER_NOUNS, SPEECH_VERB_FORMS, SUBJECT_PRONOUNS, TIME_WORDS, VERB_MODIFIERS, WHO_THAT_WHICH,
} from './words.js';

// Word lists tested with Set lookups (a regular expression per test cost an object and a match).
const VAGUE_ANTECEDENTS = new Set(['those', 'people', 'anyone', 'everyone', 'many', 'some', 'others', 'all']);
const ANTECEDENT_PREPOSITIONS = new Set(['on', 'in', 'at', 'from', 'of', 'for', 'with', 'across', 'around', 'inside', 'outside']);
const NAMELESS_PREPOSITIONS = new Set(['of', 'for', 'at', 'with', 'from', 'to', 'in', 'on']);
const NON_NOUN_PHRASE_STARTS = new Set(['that', 'this', 'it', 'what', 'which', 'whether']);
const AUXILIARIES_AND_NOT = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'have', 'has', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'not']);
const PLURAL_DETERMINERS = new Set(['many', 'some', 'most', 'other', 'all', 'few', 'several', 'both', 'more', 'fewer', 'these', 'those', 'the']);
const CLAUSE_BOUNDARY_WORDS = new Set(['and', 'but', 'that', 'because', 'while', 'if', 'as', 'when', 'where', 'so', 'although', 'though', 'since', 'what', 'which', 'than']);
const PASSIVE_INSERTS = new Set(['not', 'also', 'never', 'being', 'been', 'repeatedly', 'often']);
const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'get', 'gets', 'got', 'getting']);
const NON_CLAUSE_AFTER_NO = new Set(['to', 'longer', 'more', 'comment', 'one']);
const SUBJECT_PRONOUN_WORDS = new Set(['he', 'she', 'they', 'we', 'i']);
const PROGRESSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'am', 'keeps', 'kept']);
const ON_FOR = new Set(['on', 'for']);
const APPROXIMATE_WORDS = new Set(['about', 'over', 'up']);
const FRACTION_WORDS = new Set(['half', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twice', 'double']);
/** Verbs whose direct object is what was said ("announced his resignation", "denied the report"). */
const DIRECT_OBJECT_CONTENT = new Set(['announce', 'deny', 'acknowledge', 'confirm']);
const ADVERB_MODIFIERS = new Set(['also', 'now', 'still', 'already', 'again', 'increasingly', 'repeatedly', 'not', 'never', 'just', 'even', 'openly', 'publicly', 'privately', 'quietly']);
const OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its']);
const A_AN = new Set(['a', 'an']);
const TIME_PHRASE_ENDS = new Set(['later', 'ago', 'earlier', 'then', 'before', 'after', 'since', 'now', 'today', 'yesterday', 'week', 'year', 'month', 'night', 'morning', 'evening', 'afternoon']);
/** Words that open a scene-setting phrase or subordinate clause at the start of a sentence. */
const INTRODUCTORY_WORDS = new Set([
  'in', 'on', 'at', 'for', 'during', 'after', 'before', 'since', 'despite', 'following', 'while', 'though', 'although', 'if', 'as', 'when', 'whenever',
  'because', 'unless', 'until', 'asked', 'amid', 'among', 'with', 'without', 'given', 'instead', 'once', 'like', 'unlike', 'to', 'from', 'by', 'under',
  'over', 'upon', 'throughout', 'within', 'speaking', 'pressed', 'responding', 'writing', 'having',
]);
/** Words that open an appositive or relative clause after a name ("X, a former envoy, ..."). */
const APPOSITIVE_STARTS = new Set(['a', 'an', 'who', 'which', 'whose', 'one', 'both', 'and', 'but', 'or', 'including', 'where', 'although', 'though', 'even', 'while', 'compared', 'up', 'down']);
/** Openings of a time or condition, never part of what was said. */
const SCENE_ONLY_OPENERS = new Set(['since', 'during', 'after', 'before', 'until', 'following', 'when', 'whenever', 'while', 'as', 'if', 'unless', 'although', 'though', 'because', 'despite', 'amid', 'asked', 'once']);
const ASIDE_OPENERS = new Set(['most', 'without', 'per', 'among', 'as', 'amid', 'despite', 'like', 'unlike', 'citing', 'once', 'again', 'too']);
const TURN_CONJUNCTIONS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though']);

/**
 * Direct quotes and reported speech with their speaker's mention.
 *
 * Quotation marks are paired per paragraph first (passages), because a quote may span sentences
 * and paragraphs. Then each sentence is scanned once for cue words; each cue finds its speaker
 * (the subject before it, an inverted speaker after it, or the subject it shares with another
 * verb) and its content: a quotation right after it, a reported clause after it, or the quote or
 * clause before the speaker. Passages no cue claimed inherit a speaker only by continuation
 * (same paragraph, next all-quote paragraph, run-on paragraphs); the rest are scare quotes or
 * titles and yield nothing, because a wrong speaker is worse than a missing fact.
 */
export function attributeQuotes(doc: Doc, mentions: readonly Mention[]): QuoteDraft[] {
  const text = doc.text;
  const passages = findQuotePassages(text, doc.paragraphs);
  const attributions = objectArray<Attribution | null>();
  for (let i = 0; i < passages.length; i++) attributions.push(null);
  const reported: QuoteDraft[] = [];
  let nextPassage = 0;

  // Quotes that end right where a sentence starts ('"...?" Ames asked.' is split after the mark).
  const passageEndingAt = new Map<number, number>();
  passages.forEach((p, i) => {
    if (!p.closed) return;
    let end = p.close + markLength(text, p.close);
    while (end < text.length && /[ \t]/.test(text[end])) end++;
    passageEndingAt.set(end, i);
  });
  const firstInParagraph = new Map<number, number>();
  passages.forEach((p, i) => {
    if (!firstInParagraph.has(p.paragraph)) firstInParagraph.set(p.paragraph, i);
  });
  const dc: DocContext = { doc, text, passages, attributions, reported, passageEndingAt, firstInParagraph, mentions, mentionIndexFor: null };

  const cueWordStarts: number[] = [];
  for (const sentence of doc.sentences) {
    // Only cues and colons attribute anything.
    if (!findCueWords(text, sentence.start, sentence.end, cueWordStarts)) continue;
    const tokens = tokenize(text, sentence.start, sentence.end);
    if (tokens.length === 0) continue;
    // Passages touching this sentence.
    while (nextPassage < passages.length && passages[nextPassage].close < sentence.start) nextPassage++;
    const here: number[] = [];
    for (let p = nextPassage; p < passages.length && passages[p].open < sentence.end; p++) here.push(p);
    for (const p of here) markPassage(text, passages[p], p, tokens);

    const cues = findCues(tokens, cueWordStarts);
    // Cues with a subject of their own; a noun like "reports" right after a verb is not one.
    const subjects = objectArray<PhraseRange | null>();
    for (const c of cues) subjects.push(c.base === 'according to' ? null : subjectBefore(tokens, c.first) ?? otherBarePluralSubject(tokens, c));
    const sc: SentenceContext = { dc, sentence, tokens, here, cues, subjects, lastSpeaker: null, reportedUntil: -1, reportedEnd: -1 };
    for (let ci = 0; ci < cues.length; ci++) attributeCue(sc, ci);
    attributeCueNouns(sc, cueWordStarts);
    attributeColon(sc);
  }

  dropUnevidencedLabels(text, reported);
  interviewTurns(text, reported);
  propagateAlongChains(passages, attributions);
  inheritContinuations(doc, passages, attributions);

  const direct: QuoteDraft[] = [];
  passages.forEach((p, i) => {
    const a = attributions[i];
    if (a === null) return;
    direct.push({ kind: 'quote', span: p.content, sentence: sentenceRange(doc, p.content), extractor: a.rule, direct: true, cue: a.cue, speaker: a.speaker });
  });
  return [...direct, ...reported].sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
}

/**
 * An empty array for objects or null. `[]` (and `.map` over an empty array) starts as an array of
 * small integers, a second array map that made V8 throw away the optimised code reading these.
 */
function objectArray<T>(): T[] {
  const out: (T | null)[] = [null];
  out.pop();
  return out as T[];
}

/** The sentences a quote covers (a quote may run over several). */
function sentenceRange(doc: Doc, span: Span): Span {
  const first = sentenceAt(doc, span.start);
  const last = sentenceAt(doc, Math.max(span.start, span.end - 1));
  return { start: Math.min(span.start, first?.start ?? span.start), end: Math.max(span.end, last?.end ?? span.end) };
}

export const quotesExtractor: Extractor = {
  name: 'quotes',
  extract(doc, sofar) {
    return { facts: attributeQuotes(doc, sofar.mentions) };
  },
};

/** What attributing one document needs. */
interface DocContext {
  doc: Doc;
  text: string;
  passages: QuotePassage[];
  attributions: (Attribution | null)[];
  reported: QuoteDraft[];
  passageEndingAt: Map<number, number>;
  firstInParagraph: Map<number, number>;
  mentions: readonly Mention[];
  /** Made on the first speaker found. */
  mentionIndexFor: ((span: Span) => number | null) | null;
}

/** One sentence being attributed, and what its cues have found so far. */
interface SentenceContext {
  dc: DocContext;
  sentence: Sentence;
  tokens: Token[];
  /** Passages touching the sentence. */
  here: number[];
  cues: Cue[];
  subjects: (PhraseRange | null)[];
  lastSpeaker: SpeakerDraft | null;
  /** Token index up to which an earlier cue's reported clause runs (cues inside it are nested). */
  reportedUntil: number;
  reportedEnd: number;
}

/** Mark the tokens that are the passage's quotation marks or lie between them. */
function markPassage(text: string, passage: QuotePassage, p: number, tokens: Token[]): void {
  const { open, openLength, close, closed } = passage;
  const openEnd = open + openLength;
  const closeEnd = closed ? close + markLength(text, close) : close;
  for (const t of tokens) {
    if (t.start >= open && t.start < openEnd) t.mark = p;
    else if (closed && t.start >= close && t.start < closeEnd) t.mark = p;
    else if (t.start >= openEnd && t.start < close) t.quoted = true;
  }
}

function speakerOf(dc: DocContext, tokens: Token[], range: PhraseRange): SpeakerDraft {
  return speakerOfSpan(dc, tokens[range.first].start, tokens[range.last].end);
}

/** "and said", "but has said", ", and then said": a verb that shares the subject of an earlier one. */
function coordinated(tokens: Token[], verb: number): boolean {
  let k = verb - 1;
  while (k > 0 && k >= verb - 3 && tokens[k].isWord && !tokens[k].quoted && (VERB_MODIFIERS.has(tokens[k].lower) || tokens[k].lower === 'now') && !SPEECH_VERB_FORMS.has(tokens[k].lower)) k--;
  return k >= 0 && tokens[k].isWord && !tokens[k].quoted && AND_BUT.has(tokens[k].lower);
}

/** The speaker written at text[start, end), not yet resolved to an entity. */
function speakerOfSpan(dc: DocContext, start: number, end: number): SpeakerDraft {
  dc.mentionIndexFor ??= mentionFinder(dc.mentions);
  return { entity: null, name: null, mention: { start, end, text: dc.text.slice(start, end) }, mentionIndex: dc.mentionIndexFor({ start, end }) };
}

/** Length of the pronoun in "he’s", "they're", "I'm" (a pronoun and a form of "be"), else 0. */
function contractedPronoun(t: Token): number {
  if (!t.isWord || t.quoted) return 0;
  const apostrophe = t.lower.search(/['’]/);
  if (apostrophe <= 0) return 0;
  const pronoun = t.lower.slice(0, apostrophe);
  const rest = t.lower.slice(apostrophe + 1);
  if (!SUBJECT_PRONOUN_WORDS.has(pronoun) && pronoun !== 'it') return 0;
  return (rest === 's' && pronoun !== 'they' && pronoun !== 'we' && pronoun !== 'i') || (rest === 're' && (pronoun === 'they' || pronoun === 'we')) || (rest === 'm' && pronoun === 'i') ? apostrophe : 0;
}

function attribute(dc: DocContext, p: number, a: Attribution): void {
  if (p >= 0 && dc.attributions[p] === null) dc.attributions[p] = a;
}

function isOpening(passages: QuotePassage[], t: Token): boolean {
  return t.mark >= 0 && t.start < passages[t.mark].content.start;
}

/** Passages of the sentence that open between two tokens. */
function passagesAfter(sc: SentenceContext, tokenIndex: number, until = sc.tokens.length): number[] {
  const { tokens, sentence, dc } = sc;
  const from = tokens[tokenIndex]?.start ?? sentence.end;
  const to = tokens[until]?.start ?? sentence.end;
  return sc.here.filter((p) => dc.passages[p].open >= from && dc.passages[p].open < to);
}

/** /^\p{Ll}+-\p{Ll}+-\p{Ll}+ly$/u ("matter-of-factly"), tested only on words that could match. */
function isHyphenatedAdverb(word: string): boolean {
  return word.endsWith('ly') && word.includes('-') && /^\p{Ll}+-\p{Ll}+-\p{Ll}+ly$/u.test(word);
}

/**
 * "Jo Ames, who said", "business leaders who have argued": the phrase before the relative
 * pronoun through the pronoun, else null (a bare "who" names nobody).
 */
function relativeSpeaker(tokens: Token[], verb: number): PhraseRange | null {
  let w = verb - 1;
  while (w > 0 && tokens[w].isWord && !tokens[w].quoted && (VERB_MODIFIERS.has(tokens[w].lower) || isLowerAdverb(tokens[w])) && tokens[w].lower !== 'to') w--;
  const which = tokens[w]?.lower === 'which';
  if ((tokens[w]?.lower !== 'who' && !which) || tokens[w].quoted) return null;
  let end = w - 1;
  if (tokens[end]?.text === ',') end--;
  // "the ministry, which said", "the study -- which notes": an organization or a document speaks.
  else if (which && isDash(tokens[end])) end -= tokens[end - 1]?.text === '-' ? 2 : 1;
  else if (which) return null;
  if (which && !(tokens[end]?.isWord && (isCapitalized(tokens[end]) || SPEAKER_NOUNS.has(tokens[end].lower)))) return null;
  if (tokens[end]?.text === ')') {
    let open = end - 1;
    while (open > 0 && open > end - 8 && tokens[open].text !== '(') open--;
    if (tokens[open]?.text === '(') end = open - 1;
  }
  if (end < 0 || !tokens[end].isWord || tokens[end].quoted) return null;
  const phrase = phraseEndingAt(tokens, end, 0);
  if (!phrase || SUBJECT_PRONOUNS.has(tokens[phrase.last].lower) || VAGUE_ANTECEDENTS.has(tokens[phrase.last].lower) && phrase.first === phrase.last) return null;
  // "Ames and Berg, who": a list; which of them spoke is not said.
  for (let k = phrase.first; k <= end; k++) if (tokens[k].text === ',' || tokens[k].lower === 'and' || tokens[k].lower === 'or') return { first: w, last: w };
  // "Democrats on Capitol Hill, who": the noun phrase before the preposition is the antecedent.
  const prep = tokens[phrase.first - 1];
  if (prep && ANTECEDENT_PREPOSITIONS.has(prep.lower)) {
    const before = phraseEndingAt(tokens, phrase.first - 2, 0);
    if (before && !SUBJECT_PRONOUNS.has(tokens[before.last].lower)) phrase.first = before.first;
  }
  // "The levy angers the farmers who": a determiner after an unknown word opens the antecedent.
  for (let k = phrase.first + 1; k <= end; k++) {
    const p = tokens[k - 1];
    if (DETERMINERS.has(tokens[k].lower) && p.isWord && p.lowerFirst && !DETERMINERS.has(p.lower) && !SPEAKER_NOUNS.has(p.lower) && !SPEAKER_LINKERS.has(p.lower) && !SPEAKER_MODIFIERS.has(p.lower)) phrase.first = k;
  }
  // "no mention of Jo Ames, who": what comes before the preposition names nobody.
  let first = phrase.first;
  for (let k = phrase.first; k < phrase.last; k++) {
    if (!NAMELESS_PREPOSITIONS.has(tokens[k].lower)) continue;
    let names = false;
    let namedAfter = false;
    for (let m = first; m < k; m++) if (isCapitalized(tokens[m]) || SPEAKER_NOUNS.has(tokens[m].lower)) names = true;
    for (let m = k + 1; m <= end; m++) if (isCapitalized(tokens[m])) namedAfter = true;
    if (!names && namedAfter) first = k + 1;
  }
  // "which" stands for a short organization or document phrase ("the ministry", "the Gazette"):
  // from its last determiner, with no verb-like word inside.
  if (which) {
    for (let k = first; k <= end; k++) if (tokens[k].isWord && (tokens[k].lower === 'the' || tokens[k].lower === 'a' || tokens[k].lower === 'an')) first = k;
    for (let k = first; k <= end; k++) if (tokens[k].isWord && tokens[k].lowerFirst && isVerbish(tokens[k].lower) && !SPEAKER_NOUNS.has(tokens[k].lower)) return null;
    if (end - first > 4 && !longOrganizationName(tokens, first, end)) return null;
  }
  return { first, last: w };
}

/** Small words inside an organization's name ("Office of Coastal Works"). */
const NAME_JOINERS = new Set(['of', 'for', 'and', '&', 'the', 'on']);
/**
 * "the regional Office of Coastal Works": after the determiner, at most two lower-case
 * words, then a capitalised name (its small joining words aside) up to the end, at most eight words.
 */
function longOrganizationName(tokens: Token[], first: number, end: number): boolean {
  if (end - first > 9) return false;
  let k = first + 1;
  while (k <= end && k <= first + 2 && tokens[k].isWord && tokens[k].lowerFirst && !NAME_JOINERS.has(tokens[k].lower)) k++;
  if (k > end || !isCapitalized(tokens[k])) return false;
  for (; k <= end; k++) if (!tokens[k].isWord || tokens[k].quoted || !(isCapitalized(tokens[k]) || NAME_JOINERS.has(tokens[k].lower))) return false;
  return isCapitalized(tokens[end]);
}

/** Object pronouns that may be the speaker of an infinitive ("led her to declare"). */
const INFINITIVE_OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);
/** Finite verbs and auxiliaries that open a verb group ending in "to" ("was quick to", "continue to"). */
const GROUP_VERBS = new Set(['is', 'are', 'was', 'were', 'am', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did', 'continue', 'continues', 'seem', 'seems', 'appear', 'appears', 'began', 'begin', 'begins', 'went', 'took', 'wants', 'plans', 'hopes', 'tends', 'tend', 'rushed', 'hurried', 'moved', 'stepped']);
/** Adverbs that may open a sentence before its subject ("Perhaps Ames was right to say"). */
const SENTENCE_ADVERBS = new Set(['perhaps', 'maybe', 'clearly', 'surely', 'certainly', 'indeed', 'still', 'now', 'obviously', 'evidently', 'apparently', 'ultimately', 'fortunately', 'unfortunately']);
/** Subjects that name no speaker ("It is important to note that ..."). */
const EMPTY_SUBJECTS = new Set(['it', 'there', 'this', 'that', 'what', 'which']);

/**
 * The speaker of an infinitive of saying, `to` being the index of "to": the object of a verb right
 * before it ("led critics to say", "urged her to declare"), else the subject of the verb group that
 * "to" completes ("Ames was quick to add", "growers continue to warn", "she took to the radio to
 * say"), a group of at most six words with no punctuation, quotation or complementizer inside.
 */
function infinitiveSpeaker(tokens: Token[], to: number): PhraseRange | null {
  const object = tokens[to - 1];
  if (!object || !object.isWord || object.quoted) return null;
  const verbBefore = (k: number): boolean => {
    const v = tokens[k];
    return !!v && v.isWord && !v.quoted && v.lowerFirst && !PREPOSITIONS.has(v.lower) && !DETERMINERS.has(v.lower) && !WHO_THAT_WHICH.has(v.lower) && (v.lower.endsWith('ed') || IRREGULAR_PAST_FORMS.has(v.lower) || GROUP_VERBS.has(v.lower) || /[^su'’]s$/.test(v.lower));
  };
  if (INFINITIVE_OBJECT_PRONOUNS.has(object.lower)) return verbBefore(to - 2) ? { first: to - 1, last: to - 1 } : null;
  let phrase = phraseEndingAt(tokens, to - 1, 0);
  // "The delay led critics": a past verb inside the phrase ends the subject and opens the object.
  if (phrase) {
    for (let m = phrase.last - 1; m > phrase.first; m--) {
      const v = tokens[m];
      if (v.isWord && v.lowerFirst && (/[^e]ed$/.test(v.lower) || IRREGULAR_PAST_FORMS.has(v.lower))) {
        phrase = { first: m + 1, last: phrase.last };
        break;
      }
    }
  }
  if (phrase && maySpeak(tokens, phrase) && !SUBJECT_PRONOUNS.has(tokens[phrase.first].lower) && verbBefore(phrase.first - 1) && !GROUP_VERBS.has(tokens[phrase.first - 1].lower)) return phrase;
  for (let k = to - 1; k >= 0 && k >= to - 6; k--) {
    const t = tokens[k];
    if (!t.isWord || t.quoted || t.mark >= 0 || COMPLEMENTIZERS.has(t.lower) || (SPEECH_VERB_FORMS.has(t.lower) && !COLON_ONLY_VERBS.has(SPEECH_VERB_FORMS.get(t.lower)!)) || QUOTE_ONLY_FORMS.has(t.lower) || AND_BUT.has(t.lower)) return null;
    if (!t.lowerFirst || !(GROUP_VERBS.has(t.lower) || (t.lower.endsWith('ed') && k < to - 1) || contractedPronoun(t) > 0)) continue;
    if (contractedPronoun(t) > 0) return null;
    const subject = subjectBefore(tokens, k);
    // "Perhaps Ames was right to say": a sentence adverb is not part of the speaker.
    if (subject && subject.first < subject.last && SENTENCE_ADVERBS.has(tokens[subject.first].lower)) subject.first++;
    if (!subject || EMPTY_SUBJECTS.has(tokens[subject.last].lower) || EMPTY_SUBJECTS.has(tokens[subject.first].lower) || !maySpeak(tokens, subject)) return null;
    // The group verb follows its subject ("Ames was quick"), not a relative pronoun's antecedent.
    let m = k - 1;
    while (m > subject.last && tokens[m].isWord && (VERB_MODIFIERS.has(tokens[m].lower) || isLowerAdverb(tokens[m]))) m--;
    return m === subject.last ? subject : null;
  }
  return null;
}

/** Verbs whose object noun phrase is what was said, and the prepositions that may open it. */
const NOUN_PHRASE_CONTENT: Record<string, RegExp> = {
  announce: /^$/,
  deny: /^$/,
  acknowledge: /^$/,
  confirm: /^$/,
  warn: /^(of|about|against)$/,
  caution: /^(against|about)$/,
  ask: /^(about)$/,
  complain: /^(about)$/,
};

/**
 * "announced his resignation", "warned of higher prices", "asked about the plan": a determiner
 * or possessive opens a noun phrase of at least two words before the next comma.
 */
function nounPhraseContent(tokens: Token[], cue: Cue, j: number, until: number): boolean {
  const preps = NOUN_PHRASE_CONTENT[cue.base];
  if (!preps || cue.quoteOnly || isPassive(tokens, cue.first)) return false;
  let k = j;
  const t = tokens[k];
  if (!t || !t.isWord || t.quoted) return false;
  if (preps.test(t.lower) && t.lower !== '') k++;
  // "unveiled on Monday the budget ...": only time words may sit between the verb and its object.
  else if (!DIRECT_OBJECT_CONTENT.has(cue.base) || !onlyTimeWordsBetween(tokens, cue.last + 1, j)) return false;
  const first = tokens[k];
  if (!first || !first.isWord || first.quoted || !(DETERMINERS.has(first.lower) || /['’]s?$/.test(first.text) || (first.lowerFirst && k > j))) return false;
  if (SUBJECT_PRONOUNS.has(first.lower) || OBJECT_PRONOUNS.has(first.lower) || NON_NOUN_PHRASE_STARTS.has(first.lower)) return false;
  let words = 0;
  let head = true;
  for (let m = k; m < until && m < tokens.length && tokens[m].text !== ','; m++) {
    if (!tokens[m].isWord) continue;
    words++;
    // "confirmed a deal with the council": past a preposition the words are no longer the head noun.
    if (words > 2 && PREPOSITIONS.has(tokens[m].lower)) head = false;
    // "denied the same player", "confirmed a judge": a person or group is no statement.
    if (head && cue.base !== 'announce' && DIRECT_OBJECT_CONTENT.has(cue.base) && SPEAKER_NOUNS.has(tokens[m].lower) && !DOCUMENT_NOUNS.has(tokens[m].lower)) return false;
  }
  return words >= 2;
}
const DOCUMENT_NOUNS = new Set(['report', 'reports', 'statement', 'poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'document', 'documents', 'memo', 'letter', 'email', 'filing', 'data', 'record', 'records', 'figure', 'figures']);

/** Tokens [from, to) are all time words or figures ("on Friday", "Monday"), or there are none. */
function onlyTimeWordsBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!timeWordAt(tokens, k)) return false;
  return true;
}

/** -s words that are not plural nouns. */
const NOT_PLURAL = new Set(['always', 'sometimes', 'perhaps', 'nevertheless', 'nonetheless', 'thus', 'besides', 'afterwards', 'towards', 'whereas', 'unless', 'us', 'its', 'his', 'this', 'has', 'was', 'is', 'does', 'less', 'yes', 'news', 'series', 'politics', 'economics', 'physics', 'ethics', 'species', 'analysis', 'crisis', 'basis', 'status', 'bus', 'gas', 'various', 'numerous', 'serious', 'previous', 'famous', 'nervous', 'anxious', 'obvious', 'across', 'plus', 'versus', 'thanks', 'means', 'ones']);

/**
 * "If costs rise, forecasters say ...", "hacking specialists say": a plural noun (with up to one
 * lower-case modifier) right before a bare verb of saying, after a boundary of the clause.
 */
function barePluralSubject(tokens: Token[], verb: number): PhraseRange | null {
  const head = tokens[verb - 1];
  if (!head || !head.isWord || head.quoted || !head.lowerFirst || !/[^su'’]s$/.test(head.lower) || head.lower.length < 4 || NOT_PLURAL.has(head.lower) || VERB_MODIFIERS.has(head.lower) || isLowerAdverb(head) || head.lower.endsWith('ness')) return null;
  let first = verb - 1;
  // Up to two modifiers ("human rights groups").
  for (let n = 0; n < 2; n++) {
    const mod = tokens[first - 1];
    if (mod && mod.isWord && !mod.quoted && mod.lowerFirst && !NON_SPEAKER_STARTERS.has(mod.lower) && !PREPOSITIONS.has(mod.lower) && !NON_CLAUSE_STARTERS.has(mod.lower) && !COMPLEMENTIZERS.has(mod.lower) && !VERB_MODIFIERS.has(mod.lower) && !/(ed|ly)$/.test(mod.lower) && !AUXILIARIES_AND_NOT.has(mod.lower) && !PLURAL_DETERMINERS.has(mod.lower) && !CLAUSE_BOUNDARY_WORDS.has(mod.lower)) first--;
    else break;
  }
  const det = tokens[first - 1];
  if (det && det.isWord && PLURAL_DETERMINERS.has(det.lower)) first--;
  const boundary = tokens[first - 1];
  if (boundary && !(/^[,;:—–(]$/.test(boundary.text) || boundary.mark >= 0 || CLAUSE_BOUNDARY_WORDS.has(boundary.lower))) return null;
  return { first, last: verb - 1 };
}

/**
 * "..., and human rights groups warned that": a bare plural subject for a finite verb other than
 * "say"; not a participle ("measures added by"), nor after "which" ("which helps explain").
 */
function otherBarePluralSubject(tokens: Token[], cue: Cue): PhraseRange | null {
  // Not a participle, nor a singular present ("the body that ... evolves says": no plural subject).
  const form = cue.text.toLowerCase();
  if (form.endsWith('ing') || (form.endsWith('s') && form !== cue.base) || tokens[cue.last + 1]?.lower === 'by') return null;
  const subject = barePluralSubject(tokens, cue.first);
  if (!subject || WHO_THAT_WHICH.has(tokens[subject.first - 1]?.lower ?? '')) return null;
  return subject;
}

/** "was asked about", "is being told to": a passive verb of saying names no speaker before it. */
function isPassive(tokens: Token[], verb: number): boolean {
  let i = verb - 1;
  while (i >= 0 && tokens[i].isWord && (isLowerAdverb(tokens[i]) || PASSIVE_INSERTS.has(tokens[i].lower))) i--;
  if (i < 0 || !PASSIVE_AUXILIARIES.has(tokens[i].lower)) return false;
  return tokens[verb].lower.endsWith('ed') || tokens[verb].lower === 'told';
}

/** Words that may come before a participle opening a sentence ("After saying ...", "While insisting ..."). */
const PARTICIPLE_OPENERS = new Set(['after', 'before', 'while', 'in', 'by', 'since', 'upon', 'when', 'without']);

/**
 * "Noting that costs rose, Ames said ...", "After saying the vote was close, the clerk left ...": a
 * participle of saying opens the sentence; its clause runs to the comma, and the subject of the
 * main clause after the comma said it. True when the cue was such a participle (attributed or not).
 */
function attributeOpeningParticiple(sc: SentenceContext, cue: Cue): boolean {
  const { tokens } = sc;
  if (cue.quoteOnly || cue.base === 'according to' || !tokens[cue.first].lower.endsWith('ing')) return false;
  let start = 0;
  while (start < cue.first && tokens[start].isWord && AND_BUT.has(tokens[start].lower)) start++;
  if (!(cue.first === start || (cue.first === start + 1 && PARTICIPLE_OPENERS.has(tokens[start].lower)))) return false;
  if (!tokens[cue.first].upper && cue.first === start) return false;
  // The comma closing the participle's clause, with no quotation or other cue before it.
  let comma = -1;
  for (let k = cue.last + 1; k < tokens.length && k <= cue.last + 40; k++) {
    const t = tokens[k];
    if (t.mark >= 0 || t.quoted || t.text === ';' || t.text === ':' || isAsideDash(sc.dc.text, t)) return true;
    if (t.text === ',' && !inNumber(sc.dc.text, t)) {
      comma = k;
      break;
    }
  }
  if (comma < 0 || wordCount(tokens, cue.last + 1, comma) < 3) return true;
  // The subject of the main clause is who spoke (the participle hangs on it).
  const subject = sentenceSubject(tokens, tokens.length, true, true, comma + 1);
  if (!subject || subject.first !== comma + 1) return true;
  let j = cue.last + 1;
  if (ADDRESSEE_VERBS.has(cue.base)) j = skipAddressee(tokens, j, comma, cue.base === 'ask');
  const next = tokens[j];
  const clause = !!next && next.isWord && !next.quoted && j < comma && wordCount(tokens, j, comma) >= 3 && (next.lower === 'that' || pronounOpensClause(tokens, j) || (BARE_CLAUSE_VERBS.has(cue.base) && !NON_CLAUSE_STARTERS.has(next.lower) && !INTRODUCTORY_WORDS.has(next.lower) && !OBJECT_PRONOUNS.has(next.lower) && !OBJECT_DETERMINERS.has(next.lower)));
  if (!clause) return true;
  addReported(sc, cue, speakerOf(sc.dc, tokens, subject), j, true);
  return true;
}

/**
 * "..., who chaired the meeting and said": the ", who" whose clause the coordinated verb at `verb`
 * continues (no comma, quotation or other relative pronoun between), else -1.
 */
function relativeBefore(tokens: Token[], verb: number): number {
  for (let k = verb - 2; k > 0 && k >= verb - 20; k--) {
    const t = tokens[k];
    if (t.quoted || t.mark >= 0 || t.text === ',' || t.text === ';' || isDash(t) || t.text === '(' || t.text === ')') return -1;
    if (t.lower === 'who') return tokens[k - 1].text === ',' ? k : -1;
    if (t.lower === 'which' || t.lower === 'that' || SPEECH_VERB_FORMS.has(t.lower)) return -1;
  }
  return -1;
}

const PARTICIPLE_LINKS = new Set(['while', 'also', 'then', 'even']);
/**
 * "X blamed Y, claiming ...", 'X blamed a “faulty gauge,” claiming ...', "X lobbied ..., while
 * urging ...": a participle set off by a comma after the main clause.
 */
function participleAfterClause(tokens: Token[], verb: number): boolean {
  let b = verb - 1;
  if (tokens[b]?.isWord && !tokens[b].quoted && PARTICIPLE_LINKS.has(tokens[b].lower) && b > 0) b--;
  const t = tokens[b];
  // The comma may sit inside a quotation that closes right before the participle.
  return !!t && (t.text === ',' || (t.mark >= 0 && tokens[b - 1]?.text === ',')) && !t.quoted;
}

/** "..., with the campaign of Y saying": "with" opens the participle's own subject since the last comma. */
function withBefore(tokens: Token[], verb: number): boolean {
  for (let k = verb - 1; k >= 0 && k >= verb - 12; k--) {
    if (tokens[k].lower === 'with' && !tokens[k].quoted) return true;
    if (tokens[k].text === ',' && k < verb - 1) return false;
  }
  return false;
}

const SINGULAR_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its']);
/** "tech" in ", tech executives say": a lower-case word that is no verb, adverb or function word. */
function isPlainModifier(t: Token): boolean {
  if (!t.isWord || t.quoted || !t.lowerFirst || !t.restLower || t.mark >= 0) return false;
  const l = t.lower;
  return !/(ed|ing|ly)$/.test(l) && !PREPOSITIONS.has(l) && !DETERMINERS.has(l) && !VERB_MODIFIERS.has(l) && !CLAUSE_BOUNDARY_WORDS.has(l) && !AND_BUT.has(l) && !AUXILIARIES_AND_NOT.has(l) && !SUBJECT_PRONOUNS.has(l) && !OBJECT_PRONOUNS.has(l) && !TIME_WORDS.has(l) && !WHO_THAT_WHICH.has(l) && !NON_CLAUSE_STARTERS.has(l) && !SPEECH_VERB_FORMS.has(l) && !LINKING_WORDS.has(l);
}
const LINKING_WORDS = new Set(['like', 'unlike', 'whom', 'whose', 'yet', 'whereas', 'including', 'such', 'among', 'than', 'while', 'though', 'although', 'if', 'unless', 'because', 'since', 'until', 'where', 'when', 'what', 'how', 'why']);
/** Nouns without -s that stand for several people ("police say"). */
const PLURAL_WITHOUT_S = new Set(['people', 'police', 'staff', 'men', 'women', 'children', 'public', 'media', 'majority', 'minority', 'plurality', 'half', 'third', 'percent', 'clergy', 'personnel', 'military', 'team', 'family', 'government', 'administration', 'campaign', 'party', 'committee', 'group', 'management', 'leadership', 'press', 'data', 'each', 'both', 'all', 'most', 'many', 'several', 'few', 'some', 'others']);
/** The subject is one lower-case singular noun right before the verb ("the nomination acknowledge"). */
function singularNounBefore(tokens: Token[], subject: PhraseRange, verb: number): boolean {
  const head = tokens[subject.last];
  if (subject.last !== verb - 1 || !head.isWord || !head.lowerFirst || SUBJECT_PRONOUNS.has(head.lower) || PLURAL_WITHOUT_S.has(head.lower) || /(s|ed|ing|om)$/.test(head.lower)) return false;
  // Only "the nomination", "a plan": one noun behind a singular determiner.
  return subject.last === subject.first + 1 && SINGULAR_DETERMINERS.has(tokens[subject.first].lower);
}

/** A pronoun, a name or a speaker noun: a phrase that may say something ("the mood on the quay" may not). */
function maySpeak(tokens: Token[], phrase: PhraseRange): boolean {
  const head = tokens[phrase.last];
  if (SUBJECT_PRONOUN_WORDS.has(head.lower) || SPEAKER_NOUNS.has(head.lower)) return true;
  return isCapitalized(head);
}

/** Forms of "be", "have" and modals that make the words before them a clause's subject. */
const FINITE_AFTER_SUBJECT = new Set(['was', 'is', 'were', 'are', 'had', 'has', 'have', 'would', 'will', 'could', 'can', 'should', 'might', 'must', 'wo', "won't", 'won’t', "wasn't", 'wasn’t', "isn't", 'isn’t', "hadn't", 'hadn’t']);
/**
 * "declared Berg was unfit", "claimed the old pier had failed": a short noun phrase (a name, or
 * words behind a determiner) and then an auxiliary: a clause, not an object.
 */
function subjectThenFinite(tokens: Token[], j: number): boolean {
  const first = tokens[j];
  if (!first || !first.isWord || first.quoted || !(first.upper || DETERMINERS.has(first.lower))) return false;
  if (first.upper && (NON_SPEAKER_STARTERS.has(first.lower) || TIME_WORDS.has(first.lower))) return false;
  for (let k = j + 1; k < tokens.length && k <= j + 5; k++) {
    const t = tokens[k];
    if (t.quoted || t.mark >= 0) return false;
    if (t.text === '.' && t.end === tokens[k - 1].end + 1 && !tokens[k + 1]?.lowerFirst) continue;
    if (!t.isWord) return false;
    if (FINITE_AFTER_SUBJECT.has(t.lower)) return k > j && tokens[k + 1]?.isWord === true;
    if (t.lowerFirst && (PREPOSITIONS.has(t.lower) || COMPLEMENTIZERS.has(t.lower) || CLAUSE_BOUNDARY_WORDS.has(t.lower) || isVerbish(t.lower) || SUBJECT_PRONOUNS.has(t.lower))) return false;
  }
  return false;
}

/** "a statement that was released", "a story that posted": "that" after a lower-case noun, then a verb, is a relative pronoun. */
function relativeThat(tokens: Token[], k: number): boolean {
  const noun = tokens[k - 1];
  const verb = tokens[k + 1];
  if (!noun || !verb || !noun.isWord || noun.quoted || !verb.isWord || verb.quoted || !verb.lowerFirst) return false;
  if (PREPOSITIONS.has(noun.lower) || TIME_WORDS.has(noun.lower) || DETERMINERS.has(noun.lower) || isLowerAdverb(noun) || noun.lower.endsWith('ly')) return false;
  return (AUXILIARIES_AND_NOT.has(verb.lower) && verb.lower !== 'not') || IRREGULAR_PAST_FORMS.has(verb.lower) || (/[^e]ed$/.test(verb.lower) && verb.lower !== 'need');
}

/** "for that.", "about that,": a pronoun "that" after a preposition or before a stop opens no clause. */
function demonstrativeThat(tokens: Token[], k: number): boolean {
  const after = tokens[k + 1];
  if (!after || after.text === '.' || after.text === '?' || after.text === '!' || after.text === ';') return true;
  const before = tokens[k - 1];
  return !!before && before.isWord && !before.quoted && PREPOSITIONS.has(before.lower) && !TIME_WORDS.has(before.lower) && before.lower !== 'after' && before.lower !== 'before';
}

/** "said no decision had been made" (a clause), not "said no." or "said no to the plan". */
function noOpensClause(tokens: Token[], j: number): boolean {
  const after = tokens[j + 1];
  // "said about 20 people had applied": an approximate number opens the clause's subject.
  if (APPROXIMATE_WORDS.has(tokens[j].lower) && after && (/^\d/.test(after.text) || FRACTION_WORDS.has(after.lower))) {
    // "about 4,300 lorries": past the thousands commas of the figure.
    let k = j + 1;
    while (tokens[k + 1]?.text === ',' && digitGroupComma(tokens, k + 1)) k += 2;
    if (tokens[k + 1]?.isWord) return true;
  }
  // "reported at least six planes were ...", "said at most a third of ...".
  if (tokens[j].lower === 'at' && (after?.lower === 'least' || after?.lower === 'most') && tokens[j + 2]?.isWord) return true;
  return tokens[j].lower === 'no' && !!after && after.isWord && after.lowerFirst && !NON_CLAUSE_AFTER_NO.has(after.lower);
}

/** Forms of "be", "have" and modals: "announced it would ...", "denied it was ...". */
const FINITE_AFTER_IT = new Set(['would', 'will', 'was', 'is', 'had', 'has', 'could', 'can', 'should', 'may', 'might', 'must', 'did', 'does', 'were', 'wo', "won't", 'won’t', "wasn't", 'wasn’t', "isn't", 'isn’t']);

/** "he", "she", "they", "we", "I", also contracted ("he’s", "they're"); not "it" or "you". */
function isSubjectPronoun(t: Token | undefined): boolean {
  if (!t || !t.isWord || t.quoted) return false;
  const apostrophe = t.lower.search(/['’]/);
  return SUBJECT_PRONOUN_WORDS.has(apostrophe > 0 ? t.lower.slice(0, apostrophe) : t.lower);
}

/** A subject pronoun opens a clause after any verb of saying ("declared he was", "announced it would"). */
function pronounOpensClause(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (isSubjectPronoun(t)) return true;
  return t.lower === 'it' && FINITE_AFTER_IT.has(tokens[j + 1]?.lower ?? '');
}

/**
 * A short object and then "to" with a verb ("the council to raise", "his aides to wait"): nothing
 * but words before "to", no complementizer, and "to" not followed by a noun phrase opener.
 */
function objectThenInfinitive(tokens: Token[], from: number, until: number): boolean {
  if (isPassive(tokens, from - 1)) return false;
  for (let k = from; k < until && k < from + 9; k++) {
    const t = tokens[k];
    if (t.quoted || t.mark >= 0 || (!t.isWord && t.text !== '.' && t.text !== '-')) return false;
    // ("the State Department": a capitalised word in a name is no verb of saying.)
    if (COMPLEMENTIZERS.has(t.lower) || (SPEECH_VERB_FORMS.has(t.lower) && t.lowerFirst)) return false;
    if (t.lower !== 'to') continue;
    const verb = tokens[k + 1];
    return k > from && !!verb && verb.isWord && verb.lowerFirst && !verb.quoted && !DETERMINERS.has(verb.lower) && !TIME_WORDS.has(verb.lower) && !SUBJECT_PRONOUNS.has(verb.lower) && !OBJECT_PRONOUNS.has(verb.lower) && !/(ing|ly)$/.test(verb.lower) && wordCount(tokens, k + 1, until) >= 1;
  }
  return false;
}

/**
 * "Asked about the plan, he said ...", "In the wake of the vote, she said ...", "Though costs
 * rose, Ames said ...": the words before the comma at `comma` open with a preposition or a
 * subordinating word and hold no other comma: they set the scene and are not what was said.
 */
function introductoryPhrase(tokens: Token[], comma: number): boolean {
  let k = 0;
  while (k < comma && tokens[k].isWord && AND_BUT.has(tokens[k].lower)) k++;
  const first = tokens[k];
  if (!first || !first.isWord || !INTRODUCTORY_WORDS.has(first.lower)) return false;
  // "On Tuesday she lost the primary, returns show": a clause after a preposition is content.
  const preposition = PREPOSITIONS.has(first.lower);
  for (let m = k + 1; m < comma; m++) if (tokens[m].text === ',' || tokens[m].text === ';' || tokens[m].mark >= 0 || (preposition && isSubjectPronoun(tokens[m]))) return false;
  return true;
}

/**
 * After a verb of saying, an aside set off by commas or dashes and then "that" or a subject
 * pronoun ("said, without offering evidence, that ..."): the index where the clause opens, else -1.
 */
function asideThenClause(tokens: Token[], j: number, until: number): number {
  const opener = tokens[j];
  if (!opener || opener.quoted || (opener.text !== ',' && !isDash(opener))) return -1;
  const dashed = opener.text !== ',';
  const first = dashed ? afterDash(tokens, j) : j + 1;
  // Between commas, only an adverbial ("in a statement", "without evidence", "apparently for the first time").
  const w0 = tokens[first];
  if (!dashed && !(w0?.isWord && (PREPOSITIONS.has(w0.lower) || ASIDE_OPENERS.has(w0.lower) || isLowerAdverb(w0)))) return -1;
  for (let k = first; k < until && k < first + 14; k++) {
    const t = tokens[k];
    if (t.quoted || t.mark >= 0 || t.text === ';' || t.text === ':' || (t.isWord && (SPEECH_VERB_FORMS.has(t.lower) || QUOTE_ONLY_FORMS.has(t.lower)))) return -1;
    if (dashed ? !isDash(t) : t.text !== ',') continue;
    if (k === first) return -1;
    const next = dashed ? afterDash(tokens, k) : k + 1;
    const w = tokens[next];
    return next < until && w && !w.quoted && (w.lower === 'that' || isSubjectPronoun(w)) ? next : -1;
  }
  return -1;
}

/**
 * A cue at `token`, or, after "and"/"but", a verb of saying after one or two adverbs ("and
 * repeatedly says", "and then also said"); not after an auxiliary ("and would continue").
 */
function cueAfterModifiers(tokens: Token[], cues: Cue[], token: number): boolean {
  if (cueStartsAt(cues, token)) return true;
  if (!AND_BUT.has(tokens[token - 1]?.lower ?? '')) return false;
  for (let k = token; k <= token + 2 && k < tokens.length; k++) {
    const t = tokens[k];
    if (k > token) {
      const c = cues.find((cue) => cue.first === k);
      if (c) return !c.quoteOnly && !COLON_ONLY_VERBS.has(c.base);
    }
    if (!t.isWord || t.quoted || !(isLowerAdverb(t) || t.lower === 'then' || t.lower === 'also')) return false;
  }
  return false;
}

function cueStartsAt(cues: Cue[], token: number): boolean {
  for (const c of cues) if (c.first === token) return true;
  return false;
}

function sentenceStartsParagraph(dc: DocContext, s: Sentence): boolean {
  return dc.text.slice(dc.doc.paragraphs[s.paragraph].start, s.start).trim() === '';
}

/** Find the speaker and the content of the cue `ci` of the sentence. */
function attributeCue(sc: SentenceContext, ci: number): void {
  const { tokens, cues, subjects, sentence, dc } = sc;
  const { text, passages, doc, passageEndingAt, firstInParagraph } = dc;
  const cue = cues[ci];
  let nextCueAt = tokens.length;
  for (let n = ci + 1; n < cues.length; n++) {
    if (subjects[n] || cues[n].base === 'according to' || AND_BUT.has(tokens[cues[n].first - 1]?.lower ?? '')) {
      nextCueAt = cues[n].first;
      break;
    }
  }
  if (attributePassiveAgent(sc, cue, nextCueAt)) return;
  if (attributeOpeningParticiple(sc, cue)) return;
  let subject: PhraseRange | null = null;
  let inverted = false;
  /** "X is (now) saying", "He’s telling": a progressive verb, not a participle after an object. */
  let progressive = false;
  let speaker: SpeakerDraft | null = null;
  let longSubject = false;
  const before = tokens[cue.first - 1];
  if (cue.base === 'according to') {
    subject = accordingToSource(tokens, cue.last + 1);
    inverted = true;
  } else if (cue.text.endsWith('ing') && (!before || before.text === ',' || before.lower === 'and' || before.lower === 'but')) {
    speaker = sc.lastSpeaker;
  } else if (cue.text.endsWith('ing')) {
    // "X is saying ...": the subject of the auxiliary; "emailed supporters saying": the
    // subject of the main verb, never the object just before the participle.
    // "are now urging", "is also telling": adverbs may sit between the auxiliary and the participle.
    let a = cue.first - 1;
    while (a > 0 && a >= cue.first - 3 && tokens[a].isWord && !tokens[a].quoted && (isLowerAdverb(tokens[a]) || ADVERB_MODIFIERS.has(tokens[a].lower))) a--;
    const aux = a >= 0 && tokens[a].isWord && PROGRESSIVE_AUXILIARIES.has(tokens[a].lower) ? a : -1;
    subject = aux >= 0 ? subjectBefore(tokens, aux) : null;
    // "He’s claiming ...", "They’re telling ...": the pronoun of the contraction.
    const pronoun = aux < 0 && a >= 0 ? contractedPronoun(tokens[a]) : 0;
    if (pronoun > 0) speaker = speakerOfSpan(dc, tokens[a].start, tokens[a].start + pronoun);
    progressive = aux >= 0 || pronoun > 0;
    // "with 30 percent of voters saying ...": the noun phrase after "with" is the speaker.
    if (!subject && before?.isWord) {
      const phrase = phraseEndingAt(tokens, cue.first - 1, 0);
      if (phrase && tokens[phrase.first - 1]?.lower === 'with' && !SUBJECT_PRONOUNS.has(tokens[phrase.last].lower)) subject = phrase;
    }
  } else if (coordinated(tokens, cue.first) && (sc.lastSpeaker || !subjects[ci])) {
    // "X says A and said B": the second verb shares the subject.
    // "Ames phoned Jo Berg, who chaired the meeting and said ...": the relative clause's subject.
    const who = relativeBefore(tokens, cue.first);
    subject = who >= 0 ? relativeSpeaker(tokens, who + 1) : null;
    speaker = subject ? null : sc.lastSpeaker;
    if (!speaker && !subject) subject = sentenceSubject(tokens, cue.first, true);
  } else {
    subject = subjects[ci];
    // "Those who sought the nomination acknowledge that": a bare base form does not agree with
    // a singular noun right before it; the subject is further left.
    if (subject && cue.text === cue.base && singularNounBefore(tokens, subject, cue.first)) subject = null;
    // "A captain who sailed the route for years said": the phrase before the verb is inside a
    // relative clause; the subject is the noun phrase the clause hangs on.
    if (subject && !SUBJECT_PRONOUNS.has(tokens[subject.first].lower) && !cue.quoteOnly && !cue.text.endsWith('ing') && before?.lower !== 'to' && cue.first >= sc.reportedUntil && !isPassive(tokens, cue.first)) {
      const outer = clauseStartSubject(tokens, cue.first);
      const pronoun = outer ? tokens[outer.last + 1] : undefined;
      if (outer && outer.last < subject.first && pronoun && (WHO_THAT_WHICH.has(pronoun.lower) || pronoun.lower === 'whose') && !tokens.slice(outer.last + 1, subject.first).some((t) => t.text === ',')) {
        subject = outer;
      }
    }
    // "forecasters say", "security specialists say": a bare plural noun agreeing with a bare verb.
    // (subjects[] also holds "human rights groups warned" with other verbs.)
    if (!subject && cue.text === 'say') subject = barePluralSubject(tokens, cue.first);
    // "Jo Ames, who said ...", "farm groups who have argued ...": the relative pronoun with the
    // noun phrase it stands for, so the speaker resolves to that phrase.
    if (!subject) subject = relativeSpeaker(tokens, cue.first);
    const initial = initialSubject(tokens, cue.first);
    if (initial && (!subject || (initial.first < subject.first && initial.last >= subject.last - 0))) subject = initial;
    const closerAt = closerBefore(tokens, cue.first);
    // '"...," guild president Jo Ames said': lower-case modifiers may open a phrase that ends in a name.
    let region = closerAt >= 0 ? wordsBetween(tokens, closerAt + 1, cue.first) : null;
    if (!region && closerAt >= 0) {
      const head = tokens[closerAt + 1]?.text === ',' ? tokens[closerAt + 2] : tokens[closerAt + 1];
      // Only after a quotation closed by a comma ('"...," guild chair ...'), not a title ('the "X" phrase Ames cited').
      const commaClosed = tokens[closerAt + 1]?.text === ',' || /,\s*$/.test(text.slice(Math.max(0, tokens[closerAt].start - 2), tokens[closerAt].start));
      if (commaClosed && head && isSubjectWord(head) && !isVerbish(head.lower) && !SPEECH_VERB_FORMS.has(head.lower) && !COMPLEMENTIZERS.has(head.lower) && !SUBJECT_PRONOUNS.has(head.lower) && !OBJECT_PRONOUNS.has(head.lower)) region = wordsBetween(tokens, closerAt + 1, cue.first, true);
      // Only modifiers and a name: no determiner, preposition or pronoun inside ("features a New York Times report").
      if (region && tokens.slice(region.first + 1, region.last + 1).some((t) => t.isWord && (DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower) || COMPLEMENTIZERS.has(t.lower)))) region = null;
    }
    if (region && (!subject || region.first < subject.first)) subject = region;
    // "..., Portuguese newspaper Correio reports." at the end of a sentence: the whole
    // phrase after the comma names the speaker.
    if (!region && wordCount(tokens, cue.last + 1, tokens.length) <= 4) {
      const comma = commaBefore(tokens, cue.first);
      const tail = comma >= 0 ? wordsBetween(tokens, comma + 1, cue.first, true) : null;
      if (tail && (!subject || tail.first < subject.first) && !tokens.slice(tail.first, tail.last + 1).some((t) => t.isWord && isVerbish(t.lower) && !isCapitalized(t))) subject = tail;
    }
    // "went on to say": a subject needs a verb before "to", never "took to Twitter to say".
    if (subject && before?.lower === 'to' && subject.last + 1 === cue.first - 1) subject = null;
    const afterQuoteOrComma = !before || before.mark >= 0 || before.text === ',';
    // "A did B, during a visit to C, said an official who ...": a subject found across an
    // appositive yields to a speaker phrase that follows the verb and ends the clause.
    const acrossComma = subject !== null && before?.text === ',' && closerAt < 0 && subject.last < cue.first - 6 && INVERTED_OPENING_CUES.has(cue.text) && invertedSpeakerEnds(tokens, cue.last + 1);
    if ((!subject || acrossComma) && afterQuoteOrComma) {
      // Inverted order ('"...," said Ames.', '..., said the official.'): the speaker ends the clause.
      const afterQuote = closerAt >= 0 || !before;
      let after = phraseAfter(tokens, cue.last + 1) ?? (afterQuote ? wordsAfter(tokens, cue.last + 1) : null);
      const endsClause = after && (afterQuote || after.last + 1 >= tokens.length || /^[,.;:!?]$/.test(tokens[after.last + 1].text) || tokens[after.last + 1].mark >= 0 || placeToEnd(tokens, after.last + 1) || (tokens[after.last + 1].lower === 'who' && relativeToEnd(tokens, after.last + 1)));
      if (acrossComma && after && !(after.first === cue.last + 1 && endsClause && (after.last + 2 >= tokens.length || tokens[after.last + 1].lower === 'who' || (tokens[after.last + 1].text === ',' && tokens[after.last + 2]?.lower === 'who')))) after = null;
      if (after && endsClause && !(SUBJECT_PRONOUNS.has(tokens[after.first].lower) && (closerAt < 0 || acrossComma))) {
        subject = after;
        inverted = true;
      }
    }
    // "A woman who has accused him of fraud said that ...", "Ames's office, when contacted, said
    // he ...": a long subject opening the clause (kept only before a clause that is clearly one).
    if (!subject && !cue.quoteOnly && cue.base !== 'according to' && !cue.text.endsWith('ing') && before?.lower !== 'to' && cue.first >= sc.reportedUntil && !isPassive(tokens, cue.first)) {
      subject = clauseStartSubject(tokens, cue.first);
      longSubject = subject !== null;
    }
    // "Ames was quick to add that ...", "growers continue to warn that ...", "the delay led
    // critics to say that ...": the speaker of an infinitive (kept only before a clear clause).
    if (!subject && before?.lower === 'to' && !before.quoted && cue.text.toLowerCase() === cue.base && !cue.quoteOnly && cue.first >= sc.reportedUntil) {
      subject = infinitiveSpeaker(tokens, cue.first - 1);
      longSubject = subject !== null;
    }
  }
  // ", tech executives say, ...": plain modifiers between a comma and the speaker noun belong to it
  // (so the comma before them marks the attribution as a parenthesis).
  if (subject && !inverted && tokens[subject.first - 1]?.text !== ',' && !SUBJECT_PRONOUNS.has(tokens[subject.last].lower)) {
    let f = subject.first;
    while (f > 1 && f > subject.first - 2 && isPlainModifier(tokens[f - 1])) f--;
    if (f < subject.first && tokens[f - 1].text === ',' && !tokens[f - 1].quoted) subject = { first: f, last: subject.last };
  }
  if (!subject && !speaker && cue.text.endsWith('ing')) {
    // "X left the talks, saying ...": the main clause's subject, when it may speak; not inside
    // "with NP saying" ("..., with the campaign of Y saying").
    subject = sentenceSubject(tokens, cue.first, true);
    if (!subject && participleAfterClause(tokens, cue.first) && !withBefore(tokens, cue.first)) {
      const main = sentenceSubject(tokens, cue.first, true, true);
      if (main && maySpeak(tokens, main)) subject = main;
    }
  }
  if (subject) speaker = speakerOf(dc, tokens, subject);
  if (!speaker) return;
  // A relative clause's speaker ("an architect who said") is not the sentence's subject.
  const relativeSpeech = subject !== null && tokens[subject.last].lower === 'who';
  const embedded = cue.first < sc.reportedUntil;
  const previousSpeaker = sc.lastSpeaker;
  if (!embedded && !relativeSpeech) sc.lastSpeaker = speaker;
  // "X said that a source who told him ...": the relative clause is part of X's words.
  if (embedded && relativeSpeech) return;
  // "did not confirm", "declined to say": a negated cue attributes nothing to the speaker.
  if (isNegated(tokens, cue.first)) return;

  // Where the content may start: past the inverted speaker, an addressee and time words.
  let j = inverted && subject ? subject.last + 1 : cue.last + 1;
  // "..., said an official who spoke anonymously.": the relative clause is about the speaker.
  if (inverted && subject && tokens[j]?.lower === 'who' && cue.base !== 'according to') {
    while (j < tokens.length && tokens[j].text !== ',' && tokens[j].mark < 0) j++;
  }
  let askedWhether = false;
  if (ADDRESSEE_VERBS.has(cue.base)) {
    const past = skipAddressee(tokens, j, nextCueAt, cue.base === 'ask');
    // "asked the senator whether ...": the question opens right after the addressee.
    askedWhether = past > j && (tokens[past]?.lower === 'whether' || tokens[past]?.lower === 'if');
    j = past;
  }
  const clauseStart = j;
  if (cue.base === 'call' && ON_FOR.has(tokens[j]?.lower ?? '')) j++;
  // A complementizer, colon or quotation within a few words ("said in a statement that").
  let found = -1;
  // "mentioning the town that was ...": after a direct object, "that" opens a relative clause.
  // "said she was not going to jump to that conclusion": a subject pronoun opens the clause
  // at once; a later "that" is a determiner. ("said, however, that ...": skip the adverb.)
  if (tokens[j]?.text === ',' && tokens[j + 2]?.text === ',' && DISCOURSE_ADVERBS.has(tokens[j + 1]?.lower ?? '')) j += 3;
  // "said it is too late to fix all that": "it" with a finite verb opens the clause at once too.
  const objectFirst = (!ADDRESSEE_VERBS.has(cue.base) && tokens[j]?.isWord && OBJECT_DETERMINERS.has(tokens[j].lower)) || isSubjectPronoun(tokens[j]) || (!!tokens[j] && tokens[j].isWord && pronounOpensClause(tokens, j));
  // An adverbial phrase may hold commas ("says at a stop in Dover, Delaware, that ...", "said
  // Monday during a visit to Dover, Delaware, that ...").
  let a = j;
  while (a < j + 3 && tokens[a]?.isWord && TIME_WORDS.has(tokens[a].lower) && !PREPOSITIONS.has(tokens[a].lower)) a++;
  const adverbialFirst = PREPOSITIONS.has(tokens[a]?.lower ?? '');
  // "said, without evidence, that ...", "said — on the radio, as it happens — that ...".
  if (askedWhether) found = j;
  else if (!objectFirst && !NOUN_LIKE_FORMS.has(cue.text.toLowerCase())) found = asideThenClause(tokens, j, nextCueAt);
  for (let k = j, n = 0; found < 0 && !objectFirst && k < tokens.length && n < (adverbialFirst ? 22 + a - j : 10); k++, n++) {
    const t = tokens[k];
    if (t.text === ',' && tokens[k + 1] && isOpening(passages, tokens[k + 1])) {
      found = k + 1;
      break;
    }
    // "said in a statement it had ...": "it" with a finite verb too, unless a preposition governs it.
    if (adverbialFirst && n > 1 && (isSubjectPronoun(t) || (pronounOpensClause(tokens, k) && !PREPOSITIONS.has(tokens[k - 1].lower) && !tokens.slice(j, k).some((x) => x.text === ',' || x.quoted))) && tokens[k - 1].text !== ',') {
      // "said after the meeting he would ...": the clause opens at the pronoun.
      found = k;
      break;
    }
    if ((t.text === ',' && !adverbialFirst) || t.text === ';' || (t.mark >= 0 && !isOpening(passages, t)) || (n > 0 && (isAsideDash(text, t) || doubledHyphen(tokens, k)))) break;
    // "said in a statement that was released Monday that ...": after a noun, "that" and a verb
    // open a relative clause about the noun; the reported clause opens later.
    if (t.lower === 'that' && !t.quoted && n > 0 && relativeThat(tokens, k)) continue;
    if (adverbialFirst && n >= 14 + a - j && t.lower !== 'that') continue;
    if (t.text === ':' || (t.mark >= 0 && isOpening(passages, t) && n === 0) || (t.lower === 'that' && !t.quoted && !demonstrativeThat(tokens, k))) {
      found = k;
      break;
    }
    if (t.mark >= 0) break;
    // "said in a memo to investors that": after an article the form is a noun ("a note", "a report").
    if (t.isWord && (SPEECH_VERB_FORMS.has(t.lower) || QUOTE_ONLY_FORMS.has(t.lower)) && (cueStartsAt(cues, k) || !NOUN_LIKE_FORMS.has(t.lower)) && !(ARTICLE_WORDS.has(tokens[k - 1]?.lower ?? '') && !cueStartsAt(cues, k))) break;
  }
  if (found >= 0 && found < nextCueAt) j = found;
  // "said on Monday the ...": "on" before a time word only; "wrote on Twitter on Monday",
  // "said Monday on the network's show": what follows that "on" is a place, not the content.
  else while (j < tokens.length && tokens[j].isWord && (TIME_WORDS.has(tokens[j].lower) || isLowerAdverb(tokens[j]) || isHyphenatedAdverb(tokens[j].text)) && !(tokens[j].lower === 'on' && !timeWordAt(tokens, j + 1))) j++;
  if (tokens[j]?.text === ',' && tokens[j + 1]?.mark >= 0) j++;

  const next = tokens[j];
  // A long subject speaks only a clause that is clearly one ("that ...", "he ...") or a quotation.
  if (longSubject && !(next && ((next.lower === 'that' && !next.quoted && !demonstrativeThat(tokens, j)) || pronounOpensClause(tokens, j) || subjectThenFinite(tokens, j) || isOpening(passages, next)))) {
    sc.lastSpeaker = previousSpeaker;
    return;
  }
  // '"A," he said. ' or '"A," he said, "B."': the quote just before the speaker is his.
  const leftEdge = inverted || !subject ? cue.first : subject.first;
  let b = leftEdge - 1;
  if (tokens[b]?.text === ',') b--;
  const closer = tokens[b];
  const clauseOpens =
    next && next.isWord && !next.quoted && (!NON_CLAUSE_STARTERS.has(next.lower) || noOpensClause(tokens, j)) && !OBJECT_PRONOUNS.has(next.lower) && wordCount(tokens, j, tokens.length) >= 3 &&
    (COMPLEMENTIZERS.has(next.lower) || (BARE_CLAUSE_VERBS.has(cue.base) && (INDEFINITE_CLAUSE_VERBS.has(cue.base) || (!A_AN.has(next.lower) && !(OBJECT_NOT_CONTENT_VERBS.has(cue.base) && objectWithoutVerb(tokens, j, nextCueAt))))) || (found !== j && (pronounOpensClause(tokens, j) || (!cue.quoteOnly && !embedded && !cue.text.endsWith('ing') && subjectThenFinite(tokens, j)))));
  const endsSentence = !clauseOpens && wordCount(tokens, j, tokens.length) <= 6 && !tokens.slice(j).some((t) => t.mark >= 0);
  const trailing = closer && closer.mark >= 0 && !isOpening(passages, closer) ? closer.mark : leftEdge === 0 && endsSentence ? passageEndingAt.get(sentence.start) ?? -1 : -1;
  if (trailing >= 0) {
    attribute(dc, trailing, attribution(speaker, cue.text, 'quotes/direct-trailing-cue'));
    if (closer?.mark === trailing && !inverted && !embedded && !cue.quoteOnly) emitMixedHead(sc, cue, speaker, b);
    if (next && isOpening(passages, next)) attribute(dc, next.mark, attribution(speaker, cue.text, 'quotes/direct-trailing-cue'));
    // 'Citing "family reasons," the aide told the paper that ...': a reported clause follows too.
    else if (clauseOpens && next.lower === 'that' && j === clauseStart && !inverted && !embedded && wordCount(tokens, j, nextCueAt) >= 4) addReported(sc, cue, speaker, j);
    return;
  }
  const cueIsColon = next?.text === ':';
  if (cueIsColon) {
    const opener = tokens[j + 1];
    if (opener && opener.mark >= 0 && isOpening(passages, opener)) {
      attribute(dc, opener.mark, attribution(speaker, cue.text, 'quotes/direct-leading-cue'));
    } else if (!opener) {
      // "The Commissioner continued:" then a paragraph that opens with a mark.
      const p = firstInParagraph.get(sentence.paragraph + 1);
      if (p != null && passages[p].continues == null && text.slice(doc.paragraphs[passages[p].paragraph].start, passages[p].open).trim() === '') {
        attribute(dc, p, attribution(speaker, cue.text, 'quotes/direct-colon-paragraph'));
      } else if (p == null && !cue.quoteOnly && sentence.paragraph + 1 < doc.paragraphs.length) {
        // "Ames added:" then a paragraph without quotation marks (a block quote): all of it.
        const block = doc.paragraphs[sentence.paragraph + 1];
        const span = trimSpanEnd(text, block.start, block.end);
        if (text.slice(sentence.end, block.start).trim() === '' && /[.!?…]["”’']?$/.test(text.slice(block.start, block.end).trimEnd()) && wordCount(tokenize(text, block.start, Math.min(block.end, block.start + 200)), 0, 8) >= 6) {
          dc.reported.push({ kind: 'quote', span, sentence: sentenceRange(doc, span), extractor: 'quotes/colon-block', direct: false, cue: cue.text, speaker });
        }
      }
    } else if (!cue.quoteOnly && !COLON_ONLY_VERBS.has(cue.base)) {
      addReported(sc, cue, speaker, j + 1);
    }
    return;
  }
  if (next && next.mark >= 0 && isOpening(passages, next)) {
    if (cue.quoteOnly || COLON_ONLY_VERBS.has(cue.base) || j - cue.last <= 3 || tokens[j - 1].text === ',') {
      // 'The plan, she said, "will fail."': the words before the speaker are hers too.
      if (!inverted && subject && !cue.quoteOnly && tokens[leftEdge - 1]?.text === ',' && tokens[j - 1].text === ',') emitSplitHead(sc, cue, speaker, leftEdge, true);
      attribute(dc, next.mark, attribution(speaker, cue.text, 'quotes/direct-leading-cue'));
      // 'Ames said "it is a disaster" for the farms': the clause goes on after the quotation, so
      // the quoted words and the rest are one statement (a mixed quote).
      if (!cue.quoteOnly && !COLON_ONLY_VERBS.has(cue.base) && !embedded && tokens[j - 1].text !== ',' && tokens[j - 1].text !== ':' && clauseGoesOn(sc, j, nextCueAt)) addReported(sc, cue, speaker, j);
      return;
    }
  }
  if (cue.quoteOnly || COLON_ONLY_VERBS.has(cue.base)) {
    // Only quotations close to the verb are its words ("called the plan a "failure"").
    for (const p of passagesAfter(sc, cue.last + 1, Math.min(nextCueAt, cue.last + 14))) attribute(dc, p, attribution(speaker, cue.text, 'quotes/direct-quote-verb'));
    return;
  }
  if (cue.base === 'according to' && subject) {
    const comma = tokens[subject.last + 1];
    if (comma?.text === ',' && wordCount(tokens, subject.last + 2, tokens.length) >= 3 && cue.first <= 1) {
      addReported(sc, cue, speaker, subject.last + 2);
      return;
    }
    // "Other big gaps, according to the poll, include age": a subject, the source, then the
    // predicate: both parts are what the source says.
    const predicate = tokens[subject.last + 2];
    if (comma?.text === ',' && tokens[cue.first - 1]?.text === ',' && cue.first >= 3 && !embedded && !!predicate && predicate.isWord && !predicate.quoted && predicate.lowerFirst && PREDICATE_STARTS.has(predicate.lower) && initialSubject(tokens, cue.first - 1) && wordCount(tokens, subject.last + 2, nextCueAt) >= 2) {
      emitSplitHead(sc, cue, speaker, cue.first, false, subject.last + 2);
      addReported(sc, cue, speaker, subject.last + 2);
      return;
    }
    // "In May, according to X, the plan failed": after an opening phrase, the clause that
    // follows the source is what X said (with the opening, which may hold the subject: "At the
    // heart of it, according to X, was ..."). Not after a clause ("A rose, according to X, the
    // most in years"), nor before an appositive ("according to X, a former envoy, ...").
    const b = tokens[subject.last + 2];
    // "according to X, state officials ...": a speaker noun opens the clause, unless a comma
    // soon closes it as an appositive of the source ("according to X, spokesman for Y, ...").
    const tailOpens = !!b && b.isWord && !b.quoted && !APPOSITIVE_STARTS.has(b.lower) && !(SPEAKER_NOUNS.has(b.lower) && commaWithin(tokens, subject.last + 2, 6));
    if (comma?.text === ',' && tokens[cue.first - 1]?.text === ',' && tailOpens && introductoryPhrase(tokens, cue.first - 1) && wordCount(tokens, subject.last + 2, nextCueAt) >= 3) {
      // Not a time or a condition ("Since May", "If it rains"), nor an adverb ("In addition").
      const opening = tokens.slice(0, cue.first - 1).map((t) => t.lower).join(' ');
      const openingEnd = tokens[cue.first - 2];
      const dated = /^\d/.test(openingEnd.text) || TIME_WORDS.has(openingEnd.lower) || TIME_PHRASE_ENDS.has(openingEnd.lower);
      if (!DISCOURSE_ADVERBS.has(opening) && !SCENE_ONLY_OPENERS.has(tokens[0].lower) && !dated) emitSplitHead(sc, cue, speaker, cue.first);
      addReported(sc, cue, speaker, subject.last + 2);
      return;
    }
    // "Now, according to X, some states are swinging", "But the next day, according to X, she
    // made further demands", "The board met and, according to X, voted to close": after a short
    // verbless opening or a conjunction, the clause that follows the source is what X says.
    if (comma?.text === ',' && tokens[cue.first - 1]?.text === ',' && tailOpens && !embedded && !OBJECT_PRONOUNS.has(b.lower) && wordCount(tokens, subject.last + 2, nextCueAt) >= 3 && ((verblessOpening(tokens, cue.first - 1) && !isFiniteVerb(b)) || (AND_BUT.has(tokens[cue.first - 2]?.lower ?? '') && cue.first >= 5))) {
      addReported(sc, cue, speaker, subject.last + 2);
      return;
    }
    // "Ames leads by 271 delegates according to a count by the agency, but ...": with no comma
    // before the source, the clause before it is what the source says.
    const end = tokens[subject.last + 1];
    if (cue.first >= 4 && before?.isWord && !before.quoted && before.lower !== 'and' && before.lower !== 'or' && (!end || end.text === ',' || (end.text === '.' && subject.last + 2 >= tokens.length)) && !embedded && namesSource(tokens, subject)) {
      const head = tokens.findIndex((t) => t.start >= Math.max(sentence.start, sc.reportedEnd));
      if (head >= 0 && head < cue.first && wordCount(tokens, head, cue.first) >= 4 && !tokens.slice(head, cue.first).some((t) => t.mark >= 0 || t.quoted || t.text === ';') && !introductoryPhrase(tokens, cue.first)) {
        emitReported(sc, cue, speaker, trimSpanEnd(text, tokens[head].start, tokens[cue.first].start), 'quotes/reported-before-cue');
        return;
      }
    }
  }
  // A relative clause ends at its closing comma ("Ames, who said X, left").
  const relative = subject !== null && tokens[subject.last].lower === 'who' && tokens[subject.last - 1]?.text === ',';
  // So does a clause that opens the sentence ("After Ames said X, the council ...").
  // Also one after a comma or a conjunction (", and though she said X, others ...").
  const subordinate = subject !== null && !inverted && opensSubordinateClause(tokens, subject.first - 1);
  // So does a relative clause the speaker is set inside (", which officials said will start in May, ...").
  let rel = subject !== null && !inverted ? subject.first - 1 : -1;
  while (rel >= 0 && rel >= subject!.first - 3 && tokens[rel].isWord && tokens[rel].lowerFirst && !tokens[rel].quoted && !WHO_THAT_WHICH.has(tokens[rel].lower)) rel--;
  const insideRelative = rel > 0 && WHO_THAT_WHICH.has(tokens[rel].lower) && !tokens[rel].quoted && tokens[rel - 1].text === ',';
  // "The ferry lost money, the board said on its website, and ...": the phrase is no clause.
  const sourcePhraseComma = !inverted && subject && tokens[leftEdge - 1]?.text === ',' ? commaAfterPhrase(tokens, cue.last + 1) : -1;
  // "admitted the charge", "conceded two goals": the object is the deed owned up to; nothing was quoted.
  if (!clauseOpens && next && OBJECT_NOT_CONTENT_VERBS.has(cue.base) && !cue.text.endsWith('ing') && objectWithoutVerb(tokens, j, nextCueAt)) return;
  if (clauseOpens && cue.base !== 'according to' && sourcePhraseComma < 0) {
    addReported(sc, cue, speaker, j, relative || subordinate || insideRelative);
    return;
  }
  // "announced his resignation", "warned of a long winter", "asked about the budget": what was
  // announced or warned of is the noun phrase, up to a comma.
  if (found < 0 && !relative && !embedded && nounPhraseContent(tokens, cue, j, nextCueAt)) {
    addReported(sc, cue, speaker, tokens[j].lower === 'about' || tokens[j].lower === 'of' || tokens[j].lower === 'against' ? j + 1 : j, true);
    return;
  }
  // "urged the council to raise the fee", "told his aides to wait": the addressee and what
  // they were asked to do.
  // Not for a participle after its object ("footage showed her asking for troops to ..."): its subject is unsure.
  // "took to urging crews to ...": after "to" the participle is a gerund of the subject.
  const participleAfterObject = cue.text.endsWith('ing') && !participleAfterClause(tokens, cue.first) && !progressive && !(before?.isWord && !before.quoted && before.lower === 'to');
  // "asked us not to print his address", "told me to wait": a request to the writer is an act, nothing said for the record.
  const writerAddressed = (tokens[cue.last + 1]?.lower === 'us' || tokens[cue.last + 1]?.lower === 'me') && !tokens[cue.last + 1].quoted;
  // "advised farmers to move their stock": advice to act is an instruction, not a statement (the
  // PolNeAR train split annotates none; "urged voters to ..." it does annotate, so that stays).
  // "urged anyone walking the coast path to check the tides": an appeal to whoever hears it is a public
  // notice, not a position taken (PolNeAR marks "urged voters to ...", never an appeal to "anyone").
  const appealToAnyone = INDEFINITE_ADDRESSEES.has(tokens[cue.last + 1]?.lower ?? '') && !tokens[cue.last + 1].quoted;
  if (OBJECT_INFINITIVE_VERBS.has(cue.base) && cue.base !== 'advise' && found < 0 && !participleAfterObject && !writerAddressed && !appealToAnyone && objectThenInfinitive(tokens, cue.last + 1, nextCueAt)) {
    addReported(sc, cue, speaker, cue.last + 1, relative);
    return;
  }
  // "As Ames noted, the road ...": the clause after the comma; "..., as Ames noted.": the one before.
  if (!inverted && subject && tokens[subject.first - 1]?.lower === 'as' && !embedded) {
    let k = cue.last + 1;
    while (k < tokens.length && tokens[k].isWord && (TIME_WORDS.has(tokens[k].lower) || isLowerAdverb(tokens[k]))) k++;
    if (tokens[k]?.text === ',' && wordCount(tokens, k + 1, nextCueAt) >= 3 && !isOpening(passages, tokens[k + 1] ?? tokens[k])) {
      addReported(sc, cue, speaker, k + 1);
      return;
    }
    const asAt = subject.first - 1;
    if (tokens[asAt - 1]?.text === ',' && wordCount(tokens, k, tokens.length) === 0 && wordCount(tokens, 0, asAt - 1) >= 4 && !tokens.slice(0, asAt - 1).some((t) => t.mark >= 0 || t.quoted)) {
      emitReported(sc, cue, speaker, trimSpanEnd(text, tokens[0].start, tokens[asAt - 1].start), 'quotes/reported-before-cue');
      return;
    }
  }
  // Nothing follows: the content is before the speaker ("..., Ames said.").
  // "..., he said, the road will stay closed."
  // "The plan — the minister said — will fail": the same with dashes.
  const dashed = isDash(tokens[leftEdge - 1]) && isDash(tokens[j]);
  // "..., the agency said in a June report, and ...": a short phrase of place or source may sit before the closing comma.
  const closing = tokens[leftEdge - 1]?.text === ',' ? (tokens[j]?.text === ',' ? j : sourcePhraseComma) : -1;
  const resume = dashed ? afterDash(tokens, j) : closing >= 0 ? closing + 1 : j + 1;
  // "..., lawmakers said Friday, as they bristled at ...": an "as" clause after the closing comma
  // is the writer's, not the second half of what was said ("because ...", "while ..." often are).
  // Nor is a participle of saying ("..., Ames said, adding that ..."): it opens a new attribution.
  const writersTail = !dashed && !!tokens[resume] && !tokens[resume].quoted && (tokens[resume].lower === 'as' || (cueStartsAt(cues, resume) && tokens[resume].lower.endsWith('ing')));
  if (!inverted && !writersTail && ((tokens[leftEdge - 1]?.text === ',' && closing >= 0) || dashed) && wordCount(tokens, resume, nextCueAt) >= 2) {
    // The attribution splits one statement in two: both parts are what was said.
    emitSplitHead(sc, cue, speaker, dashed && tokens[leftEdge - 2]?.text === '-' ? leftEdge - 1 : leftEdge, false, resume);
    addReported(sc, cue, speaker, resume);
    return;
  }
  if (tokens[leftEdge - 1]?.text === ',' && (wordCount(tokens, j, tokens.length) <= 8 || tokens[j]?.text === ',' || (onlyTimeWordsBetween(tokens, cue.last + 1, j) && verblessTail(text, tokens, j)))) {
    const start = tokens[0].start;
    const end = tokens[leftEdge - 1].start;
    if (wordCount(tokens, 0, leftEdge - 1) >= 4 && !tokens.slice(0, leftEdge - 1).some((t) => t.quoted && t.mark < 0 && t.start < sentence.start) && (tokens[j]?.text === ',' || !introductoryPhrase(tokens, leftEdge - 1))) {
      emitReported(sc, cue, speaker, { start, end }, 'quotes/reported-before-cue');
      for (const p of passagesAfter(sc, 0, leftEdge - 1)) attribute(dc, p, attribution(speaker, cue.text, 'quotes/direct-in-reported'));
      // "A rose 5 percent, according to X, and B fell 2 percent": the source's statement goes on
      // after the conjunction, as after ", X said, and ...".
      // Only a clause with a subject of its own ("and B fell"), not a shared one ("and has ...") nor "but" (the writer's turn).
      if (cue.base === 'according to' && tokens[j]?.text === ',' && tokens[j + 1]?.lower === 'and' && !tokens[j + 1].quoted && !isFiniteVerb(tokens[j + 2]) && !tokens.slice(subject!.first, j).some((t) => t.text === '(') && wordCount(tokens, j + 1, nextCueAt) >= 4) addReported(sc, cue, speaker, j + 1);
    }
  }

}

const INVERTED_OPENING_CUES = new Set(['said', 'says', 'added', 'wrote']);
const INVERTED_SPEAKER_OPENERS = new Set(['a', 'an', 'the', 'one', 'another']);

/** "said an official ...", "said Jo Ames ...": a determiner or a name right after the verb. */
function invertedSpeakerEnds(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && t.isWord && !t.quoted && (INVERTED_SPEAKER_OPENERS.has(t.lower) || (t.upper && !isSubjectPronoun(t) && !NON_SPEAKER_STARTERS.has(t.lower) && !TIME_WORDS.has(t.lower)));
}

/** A relative clause ("who spoke anonymously") that runs to the end of the sentence without a comma. */
function relativeToEnd(tokens: Token[], k: number): boolean {
  for (let i = k; i < tokens.length; i++) if (tokens[i].text === ',' || tokens[i].text === ';' || tokens[i].mark >= 0) return false;
  return true;
}

/** A day, month or other time word, or a figure ("on Monday", "on Sept. 5", "on 5 May"). */
function timeWordAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !t.isWord) return false;
  const c = t.text.charCodeAt(0);
  return TIME_WORDS.has(t.lower) || (c >= 48 && c <= 57) || (t.lower.endsWith('.') && TIME_WORDS.has(t.lower.slice(0, -1)));
}

/**
 * "As reported by the Gazette, ...", "when asked by a reporter whether ...", "was told by aides
 * that ...": a passive verb of saying whose agent, after "by", is the speaker. True when the cue
 * is such a verb (then no speaker before it is looked for: the subject is the addressee).
 */
const PASSIVE_OPENERS = new Set(['as', 'when', 'if', 'after', 'once', 'unless', 'until', 'while', 'before', 'whenever']);
function attributePassiveAgent(sc: SentenceContext, cue: Cue, nextCueAt: number): boolean {
  const { tokens } = sc;
  const form = tokens[cue.first].lower;
  if (cue.quoteOnly || cue.first !== cue.last || !(form.endsWith('ed') || form === 'told' || form === 'written') || tokens[cue.last + 1]?.lower !== 'by' || tokens[cue.last + 1].quoted) return false;
  // A passive: after a form of "be", "as", "when", a comma or at the start ("concluded by making" is active).
  let p = cue.first - 1;
  while (p >= 0 && tokens[p].isWord && !tokens[p].quoted && (isLowerAdverb(tokens[p]) || (VERB_MODIFIERS.has(tokens[p].lower) && !AUXILIARIES_AND_NOT.has(tokens[p].lower) && tokens[p].lower !== 'to'))) p--;
  const prev = tokens[p];
  if (prev && !(prev.text === ',' || (prev.isWord && !prev.quoted && (PASSIVE_AUXILIARIES.has(prev.lower) || PASSIVE_OPENERS.has(prev.lower))))) return false;
  const agent = phraseAfter(tokens, cue.last + 2, nextCueAt);
  if (!agent || SUBJECT_PRONOUNS.has(tokens[agent.first].lower) || tokens[agent.first].lower.endsWith('ing')) return false;
  // "asked by talk show host Jo Ames whether ...": a role and a name may follow the first words.
  for (let m = agent.last + 1; m < nextCueAt && m <= agent.last + 4; m++) {
    const t = tokens[m];
    if (!t.isWord || t.quoted || t.mark >= 0) break;
    if (t.lower === 'whether' || t.lower === 'if') {
      if (m > agent.last + 1) agent.last = m - 1;
      break;
    }
    if (t.lowerFirst && (PREPOSITIONS.has(t.lower) || isVerbish(t.lower) || COMPLEMENTIZERS.has(t.lower) || DETERMINERS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower))) break;
  }
  // A full stop that ends the sentence is not the agent's ("by the Gazette.").
  const agentEnd = agent.last === tokens.length - 1 ? trimSpanEnd(sc.dc.text, tokens[agent.first].start, tokens[agent.last].end).end : tokens[agent.last].end;
  const speaker = speakerOfSpan(sc.dc, tokens[agent.first].start, agentEnd);
  let k = agent.last + 1;
  while (k < nextCueAt && timeWordAt(tokens, k)) k++;
  const as = tokens[cue.first - 1]?.lower === 'as' && !tokens[cue.first - 1].quoted ? cue.first - 1 : -1;
  if (as >= 0) {
    // "As reported by X, the plan failed.": the clause after the agent's comma.
    let opening = 0;
    while (opening < as && tokens[opening].isWord && AND_BUT.has(tokens[opening].lower)) opening++;
    if (opening === as && tokens[k]?.text === ',' && wordCount(tokens, k + 1, nextCueAt) >= 3 && !isOpening(sc.dc.passages, tokens[k + 1] ?? tokens[k])) addReported(sc, cue, speaker, k + 1);
    // "The plan failed, as reported by X.": the clause before it.
    else if (as >= 4 && tokens[as - 1].text === ',' && (k >= tokens.length || (tokens[k].text === '.' && k === tokens.length - 1)) && !tokens.slice(0, as).some((t) => t.mark >= 0 || t.quoted)) {
      emitReported(sc, cue, speaker, trimSpanEnd(sc.dc.text, tokens[0].start, tokens[as - 1].start), 'quotes/reported-before-cue');
    }
    return true;
  }
  // "The plan was first reported by the Gazette.": the subject of a passive verb of saying is what
  // was said, except for a verb whose object is the addressee ("Ames was told by aides").
  const endsClause = k >= tokens.length || (tokens[k].text === '.' && k === tokens.length - 1) || tokens[k].text === ',' || tokens[k].text === ';';
  if (endsClause && prev && PASSIVE_AUXILIARIES.has(prev.lower) && !ADDRESSEE_VERBS.has(cue.base) && !OBJECT_INFINITIVE_VERBS.has(cue.base) && !COLON_ONLY_VERBS.has(cue.base) && cue.base !== 'write') {
    let head = 0;
    for (let m = 0; m < p; m++) if (tokens[m].text === ',' || tokens[m].text === ';' || isDash(tokens[m])) head = m + 1;
    head = Math.max(head, tokens.findIndex((t) => t.start >= sc.reportedEnd));
    const words = wordCount(tokens, head, p);
    const first = tokens[head];
    if (words >= 2 && words <= 15 && first?.isWord && !INTRODUCTORY_WORDS.has(first.lower) && !SUBJECT_PRONOUNS.has(first.lower) && !NON_NOUN_PHRASE_STARTS.has(first.lower) && !tokens.slice(head, p).some((t) => t.mark >= 0 || t.quoted)) {
      emitReported(sc, cue, speaker, trimSpanEnd(sc.dc.text, first.start, tokens[p].start), 'quotes/reported-before-cue');
      return true;
    }
    return false;
  }
  // "asked by a reporter whether ...", "told by aides that ...", "asked by X about the plan".
  const n = tokens[k];
  if (!n || !n.isWord || n.quoted) return false;
  if (COMPLEMENTIZERS.has(n.lower) && n.lower !== 'which' && n.lower !== 'who' && wordCount(tokens, k, nextCueAt) >= 3) addReported(sc, cue, speaker, k, true);
  else if (n.lower === 'about' && cue.base === 'ask' && wordCount(tokens, k + 1, nextCueAt) >= 2) addReported(sc, cue, speaker, k + 1, true);
  else return false;
  return true;
}

/**
 * 'The ferry was "a lifeline for the islands," the mayor said.': words before a quotation that
 * closes right before the speaker make one statement with it (a mixed quote); from the clause start
 * (or the end of an earlier reported clause) through the closing mark, it is reported speech.
 * `closeAt` is the token of the closing mark.
 */
function emitMixedHead(sc: SentenceContext, cue: Cue, speaker: SpeakerDraft, closeAt: number): void {
  const { tokens, sentence, dc } = sc;
  const p = tokens[closeAt].mark;
  let open = -1;
  for (let k = closeAt - 1; k >= 0; k--) {
    if (tokens[k].mark === p && isOpening(dc.passages, tokens[k])) {
      open = k;
      break;
    }
  }
  if (open <= 0) return;
  // The quotation closes the statement with a comma ('..." a danger,” the inspector said'), not a
  // phrase of a noun phrase ('The head of the “failing” agency reported ...').
  if (!/,\s*$/.test(dc.text.slice(Math.max(0, tokens[closeAt].start - 2), tokens[closeAt].start)) && tokens[closeAt + 1]?.text !== ',') return;
  const head = tokens.findIndex((t) => t.start >= Math.max(sentence.start, sc.reportedEnd));
  if (head < 0 || head >= open || wordCount(tokens, head, open) < 2) return;
  // 'He added, "...," the aide said': a quotation set off by a comma or colon is a sentence of its own.
  const before = tokens[open - 1];
  if (!before.isWord || before.quoted) return;
  // Another attribution or quotation in the words before it: they are not simply the speaker's.
  for (let k = head; k < open; k++) {
    const t = tokens[k];
    if (t.mark >= 0 || t.quoted || t.text === ';' || t.text === ':' || (t.isWord && (SPEECH_VERB_FORMS.has(t.lower) || QUOTE_ONLY_FORMS.has(t.lower) || t.lower === 'according'))) return;
  }
  // Not a scene-setting opening ("Asked about it ...", "In May ...") with nothing of a clause in it.
  if (INTRODUCTORY_WORDS.has(tokens[head].lower) && wordCount(tokens, head, open) < 4) return;
  const end = tokens[closeAt].end;
  emitReported(sc, cue, speaker, trimSpanEnd(dc.text, tokens[head].start, end), 'quotes/reported-mixed');
}

/**
 * After a quotation that opens at `open`, the clause goes on in the same sentence ("said "it is a
 * disaster" for the farms"): the quotation closes before `until`, and lower-case words follow it.
 */
function clauseGoesOn(sc: SentenceContext, open: number, until: number): boolean {
  const { tokens, dc } = sc;
  const p = tokens[open].mark;
  let close = -1;
  for (let k = open + 1; k < tokens.length; k++) {
    if (tokens[k].mark === p && !isOpening(dc.passages, tokens[k])) {
      close = k;
      break;
    }
  }
  // One quoted word is a modifier of the noun after it ('reporting "poor" earnings').
  if (close < 0 || close + 1 >= until || wordCount(tokens, open + 1, close) < 2) return false;
  const after = tokens[close + 1];
  if (!after.isWord || after.quoted || !after.lowerFirst || AND_BUT.has(after.lower) || SPEECH_VERB_FORMS.has(after.lower) || SUBJECT_PRONOUNS.has(after.lower)) return false;
  for (let k = close + 1; k < until; k++) if (tokens[k].mark >= 0 || tokens[k].text === ';') return false;
  return wordCount(tokens, close + 1, until) >= 2;
}

/** The words from the sentence start (or the last reported clause) to the comma before a parenthetical speaker. */
function emitSplitHead(sc: SentenceContext, cue: Cue, speaker: SpeakerDraft, leftEdge: number, nounPhraseOnly = false, predicateAt = -1): void {
  const { tokens, sentence } = sc;
  const head = tokens.findIndex((t) => t.start >= Math.max(sentence.start, sc.reportedEnd));
  // Before a quotation, only a subject that the quotation completes ('The plan, she said, "will
  // fail"'), never a scene-setting phrase ("As the phone rang, ...", "Asked about it, ...").
  if (nounPhraseOnly && (head < 0 || !tokens[head].isWord || NON_SPEAKER_STARTERS.has(tokens[head].lower) || TIME_WORDS.has(tokens[head].lower) || tokens[head].lower.endsWith('ing') || tokens.slice(head, leftEdge - 1).some((t) => t.text === ','))) return;
  // "Hours later, he said, ...", "Six months ago, ...": a time phrase is not what was said.
  const last = tokens[leftEdge - 2];
  if (head < 0 || (last && TIME_PHRASE_ENDS.has(last.lower)) || tokens.slice(head, leftEdge - 1).some((t) => t.text === ';')) return;
  const words = head >= 0 ? wordCount(tokens, head, leftEdge - 1) : 0;
  // One word is what was said only as the subject of the verb after the speaker ("Survival, Ames
  // said, depends on ..."), never an adverb ("Instead, she said, ...").
  const subjectWord = words === 1 && head === leftEdge - 2 && predicateAt >= 0 && isSubjectWord(tokens[head]) && isFiniteVerb(tokens[predicateAt]);
  if (head >= 0 && (words >= 2 || subjectWord) && !tokens.slice(head, leftEdge - 1).some((t) => t.mark >= 0 || t.quoted)) {
    emitReported(sc, cue, speaker, trimSpanEnd(sc.dc.text, tokens[head].start, tokens[leftEdge - 1].start), 'quotes/reported-split');
  }
}

/**
 * "..., the clerk wrote in a memo to the board.", "..., Ames said this week at an event in Dover —
 * ...": after the verb only a verbless phrase of time, place or medium runs to the sentence end (or
 * to a dash that opens the writer's aside), so what was said is before the speaker.
 */
function verblessTail(text: string, tokens: Token[], j: number): boolean {
  const first = tokens[j];
  // "told us of ...", "wrote about ...": a topic, not a place or medium.
  if (!first || !first.isWord || first.quoted || first.lower === 'of' || first.lower === 'about' || !(PREPOSITIONS.has(first.lower) || TIME_WORDS.has(first.lower))) return false;
  for (let k = j; k < tokens.length; k++) {
    const t = tokens[k];
    if (isAsideDash(text, t) || doubledHyphen(tokens, k)) return k > j + 1;
    if (t.mark >= 0 || t.quoted) return false;
    if (!t.isWord) {
      if (t.text === '.' || t.text === '!') continue;
      return false;
    }
    if (t.lowerFirst && (isVerbish(t.lower) || SPEECH_VERB_FORMS.has(t.lower) || COMPLEMENTIZERS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower) || CLAUSE_BOUNDARY_WORDS.has(t.lower) || AUXILIARIES_AND_NOT.has(t.lower))) return false;
  }
  return true;
}

/** "--" written for a dash: a hyphen token followed by another. */
function doubledHyphen(tokens: Token[], k: number): boolean {
  return tokens[k].text === '-' && !tokens[k].quoted && tokens[k + 1]?.text === '-' && tokens[k + 1].start === tokens[k].end;
}

/** A comma within `n` tokens after `from` (an appositive closing). */
function commaWithin(tokens: Token[], from: number, n: number): boolean {
  for (let k = from; k < tokens.length && k <= from + n; k++) if (tokens[k].text === ',') return true;
  return false;
}

/**
 * "Now", "About 10 p.m.", "But the next day", "One Sunday in late 2001": one to six words
 * before the comma at `comma`, with no verb, comma or quotation: a scene-setting opening.
 */
function verblessOpening(tokens: Token[], comma: number): boolean {
  let k = 0;
  while (k < comma && tokens[k].isWord && AND_BUT.has(tokens[k].lower)) k++;
  const words = wordCount(tokens, k, comma);
  if (words < 1 || words > 6) return false;
  for (let m = k; m < comma; m++) {
    const t = tokens[m];
    if (t.text === ',' || t.text === ';' || t.mark >= 0 || t.quoted) return false;
    if (t.isWord && t.lowerFirst && (isVerbish(t.lower) || AUXILIARIES_AND_NOT.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower))) return false;
    if (t.isWord && SPEECH_VERB_FORMS.has(t.lower)) return false;
  }
  return true;
}

/** A source after "according to" names a source: a name, or a poll, count or other document ("not according to size"). */
function namesSource(tokens: Token[], source: PhraseRange): boolean {
  for (let k = source.first; k <= source.last; k++) {
    const t = tokens[k];
    if (t.isWord && (isCapitalized(t) || SPEAKER_NOUNS.has(t.lower) || SOURCE_DOCUMENT_WORDS.has(t.lower))) return true;
  }
  return false;
}
const SOURCE_DOCUMENT_WORDS = new Set(['count', 'tally', 'estimate', 'estimates', 'analysis', 'calculations', 'review', 'audit', 'census', 'statistics', 'numbers', 'tracker', 'projections']);

/** The comma at `j`, or the one closing a short verbless phrase that opens with a preposition at `j` ("in a June report,"), else -1. */
function commaAfterPhrase(tokens: Token[], j: number): number {
  if (tokens[j]?.text === ',') return j;
  if (!tokens[j] || !SOURCE_PREPOSITIONS.has(tokens[j].lower)) return -1;
  for (let m = j + 1; m < tokens.length && m <= j + 7; m++) {
    const t = tokens[m];
    // What follows the comma is a clause of its own, not a title or a quotation.
    if (t.text === ',') return m > j + 1 && tokens[m + 1]?.isWord && !tokens[m + 1].quoted && tokens[m + 1].mark < 0 ? m : -1;
    if (t.quoted || t.mark >= 0 || !t.isWord) return -1;
    // "in a June report,": a noun of saying may head the phrase, right before its comma.
    const head = tokens[m + 1]?.text === ',' && m > j + 1;
    if (t.lowerFirst && (isVerbish(t.lower) || (SPEECH_VERB_FORMS.has(t.lower) && !head) || CLAUSE_BOUNDARY_WORDS.has(t.lower))) return -1;
  }
  return -1;
}

/**
 * "..., said a source in the room.": a short prepositional phrase with no verb, comma or
 * quotation runs from `k` to the sentence end, qualifying the speaker before it.
 */
function placeToEnd(tokens: Token[], k: number): boolean {
  if (!tokens[k] || !PLACE_PREPOSITIONS.has(tokens[k].lower) || tokens.length - k > 9) return false;
  for (let m = k + 1; m < tokens.length; m++) {
    const t = tokens[m];
    if (t.quoted || t.mark >= 0) return false;
    if (!t.isWord) {
      if (m === tokens.length - 1 && /^[.!?]$/.test(t.text)) return true;
      if (t.text !== '.' || m !== tokens.length - 1) return false;
      continue;
    }
    if (t.lowerFirst && (isVerbish(t.lower) || SPEECH_VERB_FORMS.has(t.lower) || CLAUSE_BOUNDARY_WORDS.has(t.lower))) return false;
  }
  return true;
}
const SOURCE_PREPOSITIONS = new Set(['in', 'on', 'at', 'during']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'on', 'from', 'for', 'with', 'inside', 'close', 'near', 'of']);

/** A noun or name that may be a clause's subject: no adverb, time word, conjunction or preposition. */
function isSubjectWord(t: Token): boolean {
  if (!t.isWord || t.quoted || /ly$/.test(t.lower) || t.lower.endsWith('ing')) return false;
  const l = t.lower;
  return !DISCOURSE_ADVERBS.has(l) && !TIME_WORDS.has(l) && !NON_SPEAKER_STARTERS.has(l) && !CLAUSE_BOUNDARY_WORDS.has(l) && !PREPOSITIONS.has(l) && !INTRODUCTORY_WORDS.has(l) && !SUBJECT_OR_ADVERB_EXCLUSIONS.has(l);
}
const SUBJECT_OR_ADVERB_EXCLUSIONS = new Set(['otherwise', 'overall', 'still', 'yet', 'now', 'then', 'here', 'there', 'again', 'first', 'second', 'finally', 'besides', 'indeed', 'today', 'yes', 'no', 'well', 'so', 'or', 'nor', 'thus', 'hence', 'anyway', 'perhaps', 'maybe', 'ultimately', 'together', 'it', 'this']);
/** "has", "was", "depends", "made": a finite verb after the speaker, not a noun or adverb. */
function isFiniteVerb(t: Token | undefined): boolean {
  if (!t || !t.isWord || t.quoted || !t.lowerFirst) return false;
  return FINITE_AFTER_IT.has(t.lower) || AUXILIARIES_AND_NOT.has(t.lower) || IRREGULAR_PAST_FORMS.has(t.lower) || /[^u]ed$/.test(t.lower) || /[^su'’]s$/.test(t.lower);
}
/** Verbs that open a predicate after a parenthetical source ("..., according to X, is ..."). */
const PREDICATE_STARTS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'include', 'includes', 'included', 'remains', 'remained', 'stands', 'stood', 'rose', 'fell', 'grew', 'came', 'went', 'made', 'became']);

const IRREGULAR_PAST_FORMS = new Set(['made', 'took', 'gave', 'became', 'came', 'went', 'kept', 'left', 'got', 'found', 'brought', 'held', 'lost', 'won', 'grew', 'fell', 'rose', 'led', 'meant', 'felt', 'saw', 'knew', 'began']);

/** "After ..." at the sentence start, or ", and though ...": the word at `at` opens a clause that the sentence's main clause follows. */
function opensSubordinateClause(tokens: Token[], at: number): boolean {
  const word = tokens[at];
  if (!word || !SCENE_ONLY_OPENERS.has(word.lower) || word.lower === 'as') return false;
  const before = tokens[at - 1];
  return at === 0 || before.text === ',' || ((before.lower === 'and' || before.lower === 'but') && tokens[at - 2]?.text === ',');
}

/** The comma of "8,500". */
function inNumber(text: string, t: Token): boolean {
  return /\d/.test(text[t.start - 1] ?? '') && /\d/.test(text[t.end] ?? '');
}

/** A dash that opens or closes an aside: a dash character, or a hyphen with spaces around it ("x - y"). */
function isAsideDash(text: string, t: Token): boolean {
  return isDash(t) && (t.text !== '-' || (/\s/.test(text[t.start - 1] ?? '') && /\s/.test(text[t.end] ?? '')));
}

/**
 * The cue sits inside an aside opened by a dash before it ("... the career staff – the ones Ames
 * advised not to go ahead – ..."): what it governs ends where the aside closes.
 */
function asideEnd(text: string, tokens: Token[], cueFirst: number, from: number, to: number): number {
  let open = false;
  for (let x = 0; x < cueFirst; x++) if (isAsideDash(text, tokens[x])) open = !open;
  if (!open) return to;
  for (let x = from; x < to; x++) if (isAsideDash(text, tokens[x])) return x;
  return to;
}

function addReported(sc: SentenceContext, cue: Cue, speaker: SpeakerDraft, from: number, toComma = false): void {
  const { tokens, cues, subjects } = sc;
  const text = sc.dc.text;
  // The clause runs to the sentence end (or the close of an aside the cue is in), or to the next cue's comma (", adding that ...").
  let to = asideEnd(text, tokens, cue.first, from, tokens.length);
  for (let x = from; x < to; x++) {
    if (toComma && x > from && (isAsideDash(text, tokens[x]) || (tokens[x].text === ',' && !inNumber(text, tokens[x]))) && !tokens[x].quoted) { to = x; break; }
    if (tokens[x].text === ';' && !tokens[x].quoted) { to = x; break; }
    if (x > from && x + 1 < tokens.length && (tokens[x].text === ',' || tokens[x].lower === 'and' || tokens[x].lower === 'but') && !tokens[x].quoted && cueAfterModifiers(tokens, cues, x + 1)) { to = x; break; }
  }
  // "..., Mr. Ames said, ..." or ", and farm groups warned that ...": another speaker's turn.
  for (let k = 0; k < cues.length; k++) {
    const c = cues[k];
    if (c.first <= from || c.first >= to || c.base === 'according to') continue;
    const other = subjects[k];
    if (!other) continue;
    let comma = other.first - 1;
    while (comma > from && TURN_CONJUNCTIONS.has(tokens[comma].lower)) comma--;
    // ", a charge that party leaders denied": a noun phrase and a relative pronoun before the subject.
    if (WHO_THAT_WHICH.has(tokens[comma]?.lower ?? '') && !tokens[comma].quoted) {
      let k = comma - 1;
      while (k > from && k >= comma - 5 && tokens[k].isWord && !tokens[k].quoted && tokens[k].mark < 0) k--;
      if (tokens[k]?.text === ',' && k < comma - 1 && OBJECT_DETERMINERS.has(tokens[k + 1].lower)) comma = k;
    }
    if (tokens[comma]?.text === ',' && comma > from) {
      to = comma;
      break;
    }
  }
  if (from >= to) return;
  sc.reportedUntil = Math.max(sc.reportedUntil, to);
  sc.reportedEnd = Math.max(sc.reportedEnd, tokens[to - 1].end);
  const span = trimSpanEnd(text, tokens[from].start, tokens[to - 1].end);
  emitReported(sc, cue, speaker, span, cue.base === 'according to' ? 'quotes/according-to' : 'quotes/reported-after-cue');
  for (const p of passagesAfter(sc, from, to)) attribute(sc.dc, p, attribution(speaker, cue.text, 'quotes/direct-in-reported'));
}

function emitReported(sc: SentenceContext, cue: Cue, speaker: SpeakerDraft, span: Span, rule: string): void {
  const { sentence } = sc;
  if (span.end <= span.start) return;
  sc.dc.reported.push({ kind: 'quote', span, sentence: { start: sentence.start, end: sentence.end }, extractor: rule, direct: false, cue: cue.text, speaker });
}

/**
 * "admitted the error", "conceded 9 goals", "confirmed the closure of the plant": after a verb
 * that may also take a noun object, a determiner or a figure opens a clause only when a finite
 * verb follows within the phrase ("admitted the plan had failed"); otherwise it is the object.
 */
function objectWithoutVerb(tokens: Token[], j: number, until: number): boolean {
  const first = tokens[j];
  if (!first || !(OBJECT_DETERMINERS.has(first.lower) || /^\d/.test(first.text) || COUNT_WORDS.has(first.lower))) return false;
  for (let k = j + 1; k < until && k < tokens.length && k <= j + 14; k++) {
    const t = tokens[k];
    if (t.quoted || t.mark >= 0) return false;
    if (!t.isWord) {
      if (t.text === ',' && !/\d/.test(tokens[k + 1]?.text[0] ?? '')) return true;
      continue;
    }
    if (!t.lowerFirst) continue;
    if (FINITE_AFTER_IT.has(t.lower) || AUXILIARIES_AND_NOT.has(t.lower) || IRREGULAR_PAST_FORMS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower) || COMPLEMENTIZERS.has(t.lower)) return false;
    // "-ed" after a noun ("the bill passed"), not after a determiner ("the revised plan").
    if (/[^e]ed$/.test(t.lower) && !OBJECT_DETERMINERS.has(tokens[k - 1].lower)) return false;
  }
  return true;
}

/** Verbs whose noun object is a deed owned up to, not words: "admitted the error", "conceded two goals" ("confirmed the news" is content). */
const OBJECT_NOT_CONTENT_VERBS = new Set(['admit', 'concede']);
const COUNT_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'dozens', 'several', 'both', 'all']);

/** Nouns of saying that a possessive speaker and "that" turn into reported speech ("Ames's claim that ..."). */
const CUE_NOUNS = new Map([['claim', 'claim'], ['claims', 'claim'], ['report', 'report'], ['warning', 'warn'], ['assertion', 'assert']]);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
/** Adjectives between the possessive and the noun ("his earlier claim that"). */
const CUE_NOUN_ADJECTIVES = new Set(['earlier', 'repeated', 'false', 'latest', 'recent', 'initial', 'original', 'own', 'new', 'previous', 'frequent', 'dubious', 'unfounded', 'baseless', 'unsubstantiated', 'public', 'oft-repeated', 'stark', 'dire']);

/**
 * "Ames’s claim that the vote was rigged", "contrary to his claim that ...", "the ministry’s
 * warning that ...": a possessive speaker before a noun of saying, and its "that" clause.
 */
function attributeCueNouns(sc: SentenceContext, cueWordStarts: readonly number[]): void {
  const { tokens, dc } = sc;
  let i = 0;
  for (const at of cueWordStarts) {
    while (i < tokens.length && tokens[i].start < at) i++;
    const t = tokens[i];
    if (!t || t.start !== at || !t.isWord || t.quoted || !t.lowerFirst) continue;
    const base = CUE_NOUNS.get(t.lower);
    const that = tokens[i + 1];
    if (!base || !that || that.lower !== 'that' || that.quoted || wordCount(tokens, i + 2, tokens.length) < 3) continue;
    // "that" opens a clause, not a relative one ("the claim that was rejected"): a verb-like word does not follow.
    const next = tokens[i + 2];
    if (!next.isWord || (next.lowerFirst && (AUXILIARIES_AND_NOT.has(next.lower) || IRREGULAR_PAST_FORMS.has(next.lower) || next.lower.endsWith('ed')))) continue;
    let p = i - 1;
    if (tokens[p]?.isWord && CUE_NOUN_ADJECTIVES.has(tokens[p].lower)) p--;
    const owner = tokens[p];
    if (!owner || !owner.isWord || owner.quoted) continue;
    let speaker: SpeakerDraft;
    if (POSSESSIVE_PRONOUNS.has(owner.lower) && owner.lower !== 'its') {
      speaker = speakerOfSpan(dc, owner.start, owner.end);
    } else {
      const apostrophe = owner.text.search(/['’]s?$/);
      if (apostrophe <= 0) continue;
      const stem = owner.lower.slice(0, apostrophe);
      if (!owner.upper && !SPEAKER_NOUNS.has(stem)) continue;
      // The possessor: the capitalised words (or a speaker noun's modifiers) before the apostrophe.
      let first = p;
      while (first > 0 && first > p - 4 && tokens[first - 1].isWord && !tokens[first - 1].quoted && (tokens[first - 1].upper || NAME_PARTICLES_OR_THE.has(tokens[first - 1].lower))) first--;
      if (tokens[first].lower === 'the' && first === p) continue;
      speaker = speakerOfSpan(dc, tokens[first].start, owner.start + apostrophe);
      p = first;
    }
    // As the subject ("Ames's claim that X was ignored") the clause's end is not marked: only an object.
    if (p === 0 || (p === 1 && AND_BUT.has(tokens[0].lower))) continue;
    const cue: Cue = { first: i, last: i, text: t.text, base, quoteOnly: false };
    addReported(sc, cue, speaker, i + 1, true);
  }
}
const NAME_PARTICLES_OR_THE = new Set(['the', 'de', 'van', 'von', 'al', 'bin', 'la', 'le', 'du', 'da', 'di']);

/**
 * A label before a colon speaks only with evidence that it is a person's turn: the label comes
 * back for another turn, it is more than one word ("JANE ROE:"), or the turn speaks in the first
 * or second person or asks a question. A one-off one-word label over third-person text is a fact-box or review line
 * ("Verdict: ...") or a dateline ("CITY: ..."); a turn holding further labels is a credits block
 * ("Director: X. Starring: Y.").
 */
function dropUnevidencedLabels(text: string, reported: QuoteDraft[]): void {
  const labelOf = (q: QuoteDraft): string => (q.speaker.mention ? q.speaker.mention.text.toLowerCase() : '');
  const counts = new Map<string, number>();
  const personal = new Map<QuoteDraft, boolean>();
  const dropped = new Set<QuoteDraft>();
  for (const q of reported) {
    if (q.extractor !== 'quotes/colon-label') continue;
    const turn = text.slice(q.span.start, q.span.end);
    const p = FIRST_SECOND_PERSON.test(turn);
    if (!p && (turn.match(CREDIT_LABEL) ?? []).length >= 2) {
      dropped.add(q);
      continue;
    }
    personal.set(q, p);
    counts.set(labelOf(q), (counts.get(labelOf(q)) ?? 0) + 1);
  }
  if (personal.size === 0 && dropped.size === 0) return;
  // Two or more turns, one of them personal or under a label that comes back: a transcript, every turn kept.
  const transcript = personal.size >= 2 && [...personal].some(([q, p]) => p || counts.get(labelOf(q))! > 1);
  if (!transcript) for (const [q, p] of personal) if (!p && counts.get(labelOf(q)) === 1 && !/\s/.test(labelOf(q).trim())) dropped.add(q);
  if (dropped.size === 0) return;
  let w = 0;
  for (const q of reported) if (!dropped.has(q)) reported[w++] = q;
  reported.length = w;
}
const CREDIT_LABEL = /[.;]\s+[A-Z][A-Za-z]*(?: [A-Za-z]+)?:\s/g;
const FIRST_SECOND_PERSON = /\bI\b|\b(?:we|us|our|ours|my|me|mine|you|your|yours|let['’]s)\b|\?/i;

/**
 * A Q&A interview: turn labels before a colon ("Q:", "Review:", "SMITH:"). The interviewer's
 * turns are questions, not statements of the interviewee: a label "Q", or a label with at least
 * two turns that all end in a question mark, asks. Once an interviewer is found, the other
 * labels' turns are the interviewee's verbatim answers (direct speech).
 */
function interviewTurns(text: string, reported: QuoteDraft[]): void {
  let labelled = 0;
  for (const q of reported) if (q.extractor === 'quotes/colon-label') labelled++;
  if (labelled < 2) return;
  const turns = new Map<string, { n: number; questions: number }>();
  const labelOf = (q: QuoteDraft): string => (q.speaker.mention ? q.speaker.mention.text.toLowerCase() : '');
  for (const q of reported) {
    if (q.extractor !== 'quotes/colon-label') continue;
    const label = labelOf(q);
    const t = turns.get(label) ?? { n: 0, questions: 0 };
    t.n++;
    if (/\?["”’']?$/.test(text.slice(q.span.start, q.span.end))) t.questions++;
    turns.set(label, t);
  }
  const asks = (label: string): boolean => {
    const t = turns.get(label)!;
    return label === 'q' || (t.n >= 2 && t.questions === t.n);
  };
  let interviewer = false;
  for (const label of turns.keys()) if (asks(label)) interviewer = true;
  if (!interviewer) return;
  let w = 0;
  for (const q of reported) {
    if (q.extractor === 'quotes/colon-label') {
      if (asks(labelOf(q))) continue;
      q.direct = true;
    }
    reported[w++] = q;
  }
  reported.length = w;
}

/** A colon introduces what somebody said: "The statement reads: “...”", "SMITH: Let's begin." */
function attributeColon(sc: SentenceContext): void {
  const { tokens, sentence, dc } = sc;
  const { text, passages, doc, firstInParagraph, reported } = dc;
  for (let c = 0; c < tokens.length; c++) {
    if (tokens[c].text !== ':') continue;
    // A transcript may sit inside one long quotation: '"HOST: Welcome back ...'.
    const insideLabelledQuote = c > 0 && c <= 6 && tokens[0].mark >= 0 && isOpening(passages, tokens[0]);
    if (tokens[c].quoted && !insideLabelledQuote) continue;
    const opener = tokens[c + 1];
    const label = sentenceStartsParagraph(dc, sentence) ? speakerLabel(tokens, c) : null;
    if (tokens[c].quoted && !label) break;
    let p = -1;
    if (opener && isOpening(passages, opener)) p = opener.mark;
    else if (!opener) {
      const f = firstInParagraph.get(sentence.paragraph + 1);
      if (f != null && passages[f].continues == null && text.slice(doc.paragraphs[passages[f].paragraph].start, passages[f].open).trim() === '') p = f;
    }
    const subject = label ?? sentenceSubject(tokens, c);
    if (!subject) break;
    const speaker = speakerOf(dc, tokens, subject);
    if (p >= 0) {
      attribute(dc, p, attribution(speaker, ':', 'quotes/direct-colon-intro'));
    } else if (label && opener && (wordCount(tokens, c + 1, tokens.length) >= 3 || (wordCount(tokens, c + 1, tokens.length) >= 1 && sentence.end < doc.paragraphs[sentence.paragraph].end - 1 && /[.!?]$/.test(tokens[tokens.length - 1].text)))) {
      // "SMITH: Never. We ...": a short first sentence, and the turn goes on in the paragraph.
      // A transcript line or headline without marks: the rest of the paragraph.
      const paragraph = doc.paragraphs[sentence.paragraph];
      let end = paragraph.end;
      while (end > opener.start && /[\s"”]/.test(text[end - 1])) end--;
      const span = trimSpanEnd(text, opener.start, end);
      reported.push({ kind: 'quote', span, sentence: { start: sentence.start, end: sentence.end }, extractor: 'quotes/colon-label', direct: false, cue: ':', speaker });
    }
    break;
  }
}

/** Addressees that name no one: "urged anyone ... to", "asked everyone to". */
const INDEFINITE_ADDRESSEES = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'whoever', 'someone', 'somebody']);

/** Articles: a verb form right after one is a noun ("a note", "the report"). */
const ARTICLE_WORDS = new Set(['a', 'an', 'the']);
