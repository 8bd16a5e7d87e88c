import { wordCount, type Token } from './tokens.js';
import { phraseAfter, subjectBefore, type PhraseRange } from './speaker-phrase.js';
import { DETERMINERS, NON_SPEAKER_LABELS, NON_SPEAKER_STARTERS, PREPOSITIONS, SPEECH_VERB_FORMS, TIME_WORDS, VERB_MODIFIERS, WHO_THAT_WHICH } from './words.js';

// Word lists tested with Set lookups (a regular expression per test cost an object and a match).
const FUNCTION_WORD_ENDS = new Set(['of', 'for', 'at', 'in', 'on', 'to', 'and', 'the', 'a', 'an', 'with', 'from', 'by']);
const DETERMINER_OR_PRONOUN_STARTS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'one', 'another', 'he', 'she', 'they', 'it', 'we', 'i', 'you']);
const AND_OR = new Set(['and', 'or']);
const TIME_ADVERB_STARTS = new Set(['even', 'just', 'only', 'shortly', 'long', 'right', 'soon', 'moments', 'minutes', 'hours', 'days', 'weeks']);
const FINITE_AUXILIARIES = new Set(['has', 'have', 'had', 'did', 'does', 'do', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must']);
const AUXILIARY_WORDS = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'are']);

/** Index of the closing quotation mark shortly before `verb` with only a speaker phrase between. */
export function closerBefore(tokens: Token[], verb: number): number {
  for (let i = verb - 1; i >= 0 && i >= verb - 16; i--) {
    const t = tokens[i];
    if (t.mark >= 0) return t.quoted || tokens[i + 1]?.mark === t.mark ? -1 : i;
    if (t.quoted || t.text === ';' || t.text === ':' || SPEECH_VERB_FORMS.has(t.lower)) return -1;
  }
  return -1;
}

/**
 * Everything between a closing mark and its verb is the speaker ('"...," a narrator in the ad
 * asks'), when it is short and opens like a noun phrase.
 */
export function wordsBetween(tokens: Token[], from: number, to: number, lowerCaseStart = false): PhraseRange | null {
  if (tokens[from]?.mark >= 0) from++;
  if (tokens[from]?.text === ',') from++;
  let last = to - 1;
  while (last >= from && (tokens[last].text === ',' || (tokens[last].isWord && (VERB_MODIFIERS.has(tokens[last].lower) || TIME_WORDS.has(tokens[last].lower))))) last--;
  if (last < from || wordCount(tokens, from, last + 1) > 14) return null;
  const first = tokens[from];
  if (FUNCTION_WORD_ENDS.has(tokens[last].lower)) return null;
  const opensWithModifier = lowerCaseStart && first.lowerFirst && !isVerbish(first.lower) && !PREPOSITIONS.has(first.lower) && !NON_SPEAKER_STARTERS.has(first.lower) && tokens[last].upper;
  if (!first.isWord || !(first.upper || opensWithModifier || DETERMINER_OR_PRONOUN_STARTS.has(first.lower))) return null;
  if (!/[\p{L}]/u.test(tokens[last].text) || /['’]s?$/.test(tokens[last].text)) return null;
  return { first: from, last };
}

/** The speaker right after an inverted verb ('"...," said the ruling.'), up to a comma. */
export function wordsAfter(tokens: Token[], from: number): PhraseRange | null {
  let last = from;
  while (last < tokens.length && tokens[last].text !== ',' && tokens[last].text !== '.' && tokens[last].mark < 0) last++;
  return wordsBetween(tokens, from, last);
}

/**
 * "OKONJO:" or "Senator Ames:" opening a paragraph: one to four capitalised words naming a speaker,
 * not a label such as "Update:" or "Read more:".
 */
export function speakerLabel(tokens: Token[], colon: number): PhraseRange | null {
  // "Analysts agree - Jo Ames:" names the speaker after the dash.
  let from = tokens[0].mark >= 0 ? 1 : 0;
  for (let i = colon - 1; i > from && i >= colon - 5; i--) if (/^[-–—―]$/.test(tokens[i].text)) from = i + 1;
  if (colon - from < 1 || colon - from > 4) return null;
  for (let i = from; i < colon; i++) {
    const t = tokens[i];
    if (!(t.isWord && t.upper) && t.text !== '.') return null;
    if (NON_SPEAKER_LABELS.has(t.lower) || TIME_WORDS.has(t.lower)) return null;
  }
  return { first: from, last: colon - 1 };
}

/** Words that mark a verb or clause, so the words before them cannot be one noun phrase. */
const VERBISH_WORDS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'do', 'does', 'did', 'who', 'which', 'that', 'when', 'while', 'if', 'because', 'as', 'but']);
export const isVerbish = (lower: string): boolean => VERBISH_WORDS.has(lower) || lower.endsWith('ed') || lower.endsWith('ing');

/**
 * The whole noun phrase from the start of the sentence to the verb, when nothing in it looks
 * like a verb ("Farmers in the northern districts say ...").
 */
export function initialSubject(tokens: Token[], verb: number): PhraseRange | null {
  let last = verb - 1;
  while (last >= 0 && tokens[last].isWord && VERB_MODIFIERS.has(tokens[last].lower)) last--;
  if (last < 1 || wordCount(tokens, 0, last + 1) > 12) return null;
  const first = tokens[0];
  if (!first.isWord || !first.upper || NON_SPEAKER_STARTERS.has(first.lower) || TIME_WORDS.has(first.lower)) return null;
  for (let i = 0; i <= last; i++) {
    const t = tokens[i];
    if (t.mark >= 0 || t.quoted || /^[,;:()—–-]$/.test(t.text)) return null;
    if (t.isWord && i > 0 && (isVerbish(t.lower) || SPEECH_VERB_FORMS.has(t.lower)) && !t.upper) return null;
  }
  const head = tokens[last];
  if (!head.isWord || /['’]s?$/.test(head.text) || PREPOSITIONS.has(head.lower) || DETERMINERS.has(head.lower) || AND_OR.has(head.lower) || /^\d/.test(head.text)) return null;
  return { first: 0, last };
}

/** Common irregular past tenses: the main verb of "X shot back, saying ...". */
const IRREGULAR_PAST = new Set([
  'began', 'took', 'made', 'gave', 'went', 'came', 'threw', 'shot', 'hit', 'put', 'sought', 'drew', 'spoke', 'met', 'led',
  'held', 'stood', 'won', 'lost', 'left', 'kept', 'brought', 'sent', 'ran', 'got', 'set', 'struck', 'broke', 'fought', 'felt',
  'found', 'saw', 'became', 'chose', 'rose', 'fell', 'sat', 'paid', 'built', 'bought', 'caught', 'let', 'cut', 'quit', 'spent',
  'taught', 'swore', 'wore', 'stuck', 'shook', 'withdrew', 'overtook', 'undertook', 'forgave', 'upheld', 'stole', 'swept', 'woke',
]);
/** More past forms, right after the subject of "X laid out a route, saying ...". */
const MORE_IRREGULAR_PAST = new Set(['laid', 'said', 'told', 'wrote', 'thought', 'understood', 'hid', 'sold', 'meant', 'dealt', 'heard']);

/**
 * The subject of the sentence's main verb, for a participle cue ("X attacked Y, saying ...");
 * `irregularPast` also takes "began", "shot" as that verb (for participles only: a colon may
 * follow a later clause with a subject of its own).
 */
export function sentenceSubject(tokens: Token[], limit: number, irregularPast = false, afterComma = false, start = 0): PhraseRange | null {
  let from = start;
  // "But the mayor left the talks, saying": a conjunction opening the sentence is no subordinate clause.
  if (afterComma && start === 0 && tokens[0]?.isWord && tokens[0].upper && LEADING_CONJUNCTIONS.has(tokens[0].lower) && tokens[1]?.isWord && !tokens[1].quoted) from = 1;
  // "Even before Ames spoke, his campaign said": the clause before the comma is subordinate.
  const subordinate = from === 0 && start === 0 && tokens[0] && tokens[0].upper && (NON_SPEAKER_STARTERS.has(tokens[0].lower) || (TIME_ADVERB_STARTS.has(tokens[0].lower) && NON_SPEAKER_STARTERS.has(tokens[1]?.lower ?? '')));
  if (subordinate) {
    const comma = tokens.findIndex((t) => t.text === ',');
    if (comma < 0 || comma >= limit) return null;
    from = comma + 1;
  }
  const phrase = phraseAfter(tokens, from, limit);
  // For a participle, an unlisted noun may head the subject ("several farm groups sued, saying"):
  // the verb search below finds it.
  if (!phrase && !irregularPast) return null;
  let named: PhraseRange | null = null;
  if (phrase) {
    let k = phrase.last + 1;
    if (tokens[k]?.text === ',') {
      // Skip an appositive: "Ames, a former mayor ..., turned to".
      const close = tokens.findIndex((t, i) => i > k && t.text === ',');
      if (close < 0 || close >= limit) return null;
      // "the new chair, former Senator Jo Ames, left": the name after the role is the speaker.
      if (afterComma && tokens[phrase.last].lowerFirst && nameAppositive(tokens, k + 1, close)) named = { first: k + 1, last: close - 1 };
      k = close + 1;
    }
    // "did not want", "has long been": after an auxiliary any verb form is finite.
    let auxiliary = false;
    for (; tokens[k] && VERB_MODIFIERS.has(tokens[k].lower); k++) if (FINITE_AUXILIARIES.has(tokens[k].lower)) auxiliary = true;
    const verb = tokens[k];
    if (verb && verb.isWord && verb.lowerFirst && (/(ed|s)$/.test(verb.lower) || (irregularPast && (IRREGULAR_PAST.has(verb.lower) || auxiliary || (afterComma && (MORE_IRREGULAR_PAST.has(verb.lower) || pluralPresent(tokens, phrase, k)))))) && k < limit) return named ?? phrase;
  }
  // Otherwise the subject of the first finite-looking verb ("Sen. Ames (D-Del.) defended ...").
  for (let v = from + 1; v < limit; v++) {
    const t = tokens[v];
    if (t.quoted || t.mark >= 0) return null;
    if (!t.isWord || !t.lowerFirst) continue;
    if (WHO_THAT_WHICH.has(t.lower)) return null;
    if (AUXILIARY_WORDS.has(t.lower) || /ed$/.test(t.lower) || (irregularPast && (IRREGULAR_PAST.has(t.lower) || FINITE_AUXILIARIES.has(t.lower)))) {
      const subject = subjectBefore(tokens, v, from);
      // An unlisted noun after a possessive is a thing ("his remarks", "the show's tactics"), not a speaker.
      if (!phrase && subject && tokens.slice(subject.first, subject.last + 1).some((x) => /['’]s?$/.test(x.text) || x.lower === 'his' || x.lower === 'her' || x.lower === 'its' || x.lower === 'their')) return null;
      // "But the new chair, former Senator Jo Ames, left": the name after the role.
      if (afterComma && subject && tokens[subject.last].lowerFirst && tokens[subject.last + 1]?.text === ',') {
        let close = v - 1;
        while (close > subject.last && tokens[close].isWord && VERB_MODIFIERS.has(tokens[close].lower)) close--;
        if (tokens[close]?.text === ',' && nameAppositive(tokens, subject.last + 2, close)) return { first: subject.last + 2, last: close - 1 };
      }
      return subject;
    }
  }
  return null;
}

const LEADING_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so']);
/** "former Senator Jo Ames": up to seven words, none verb-like, ending in a capitalised one. */
function nameAppositive(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > 7 || !tokens[to - 1].upper) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.quoted || t.mark >= 0 || (!t.isWord && t.text !== '.') || (t.lowerFirst && (isVerbish(t.lower) || DETERMINERS.has(t.lower)))) return false;
  }
  return true;
}
/** Words that follow a plural subject without being its verb. */
const NOT_PRESENT_VERBS = new Set([...PREPOSITIONS, ...DETERMINERS, ...WHO_THAT_WHICH, 'and', 'or', 'but', 'not', 'who', 'whose', 'also', 'alike', 'themselves', 'there', 'here']);
/**
 * "Growers see the fee as ..., arguing": a bare present verb after a plural (or "they", "we", "I")
 * subject, with a word after it.
 */
function pluralPresent(tokens: Token[], phrase: PhraseRange, k: number): boolean {
  const head = tokens[phrase.last].lower;
  const verb = tokens[k];
  const plural = head === 'they' || head === 'we' || head === 'i' || /[^su'’]s$/.test(head);
  return plural && /^\p{Ll}+$/u.test(verb.text) && !verb.lower.endsWith('ing') && !verb.lower.endsWith('ly') && !NOT_PRESENT_VERBS.has(verb.lower) && !!tokens[k + 1]?.isWord;
}

/** The words after "according to" up to a comma or the sentence end ("according to early results of a poll by ..."). */
export function accordingToSource(tokens: Token[], from: number): PhraseRange | null {
  let last = from - 1;
  for (let i = from; i < tokens.length && tokens[i].text !== ',' && tokens[i].mark < 0 && !tokens[i].quoted; i++) {
    if (tokens[i].text === '.' && i === tokens.length - 1) break;
    last = i;
  }
  if (last < from || wordCount(tokens, from, last + 1) > 20) return null;
  return { first: from, last };
}

/** Index of the comma shortly before `verb` with only words between, else -1. */
export function commaBefore(tokens: Token[], verb: number): number {
  for (let i = verb - 1; i >= 0 && i >= verb - 12; i--) {
    const t = tokens[i];
    if (t.text === ',') return i;
    if (t.quoted || t.mark >= 0 || !t.isWord && !/^[.'’()-]$/.test(t.text)) return -1;
  }
  return -1;
}
