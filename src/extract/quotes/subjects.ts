import { wordCount, type Token } from './tokens.js';
import { phraseAfter, subjectBefore, type PhraseRange } from './speaker-phrase.js';
import { DETERMINERS, NON_SPEAKER_LABELS, NON_SPEAKER_STARTERS, PREPOSITIONS, SPEAKER_NOUNS, SPEECH_VERB_FORMS, TIME_WORDS, VERB_MODIFIERS, WHO_THAT_WHICH } from './words.js';

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

/** Words that open a sentence before its subject without being part of it ("But", "Even"). */
const SUBJECT_LEAD_INS = new Set(['but', 'and', 'yet', 'so', 'even', 'still', 'now', 'meanwhile', 'instead']);
/** Openers of a scene-setting phrase closed by a comma before the subject ("In the book, ..."). */
const SCENE_OPENERS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'since', 'last', 'earlier', 'later', 'this', 'for', 'with', 'from', 'under', 'throughout', 'amid', 'despite']);
/** Determiners that may open the subject noun phrase ("A report", "Those", "Some critics"). */
const SUBJECT_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'those', 'these', 'some', 'many', 'several', 'most', 'one', 'two', 'three', 'both', 'other', 'few', 'all']);
/** Words that end the head noun phrase and open what modifies it. */
const MODIFIER_OPENERS = new Set(['who', 'that', 'which', 'whose', 'not', 'out', 'around', 'near', 'close', 'familiar', 'including', 'like', 'among', 'behind', 'inside', 'outside', 'across', 'within', 'without', 'against', 'than']);
const DASH_OR_PAREN = new Set(['—', '–', '―', '-', '(']);

/**
 * The subject of a verb of saying that follows a long subject: the noun phrase opening the clause
 * (the sentence, or what follows a scene-setting phrase and its comma), when what lies between it
 * and the verb only modifies it: a relative clause ("A woman who has accused him of fraud said"),
 * a participle phrase ("A report released in May by the board noted"), a prepositional phrase
 * ("Those around him acknowledge") and at most one aside closed right before the verb
 * ("Ames's office, when contacted, said", "Jo Ames (a senator ...) says"). The range is the head
 * noun phrase only ("A woman", "A report"). Null when anything between could be a verb of the
 * main clause ("The mayor vetoed the bill after reports said ...").
 */
export function clauseStartSubject(tokens: Token[], verb: number): PhraseRange | null {
  let e = verb - 1;
  while (e > 0 && tokens[e].isWord && !tokens[e].quoted && tokens[e].lowerFirst && (VERB_MODIFIERS.has(tokens[e].lower) || TIME_WORDS.has(tokens[e].lower) || /^\p{Ll}+ly$/u.test(tokens[e].text))) e--;
  if (e < 1 || e > 40) return null;
  let s = 0;
  while (s < e && tokens[s].isWord && !tokens[s].quoted && SUBJECT_LEAD_INS.has(tokens[s].lower)) s++;
  if (tokens[s]?.isWord && SCENE_OPENERS.has(tokens[s].lower)) {
    let c = s + 1;
    while (c < e && tokens[c].text !== ',' && c - s <= 8) {
      const t = tokens[c];
      if (t.quoted || t.mark >= 0 || !(t.isWord || t.text === '.' || t.text === '-') || (t.lowerFirst && (isVerbish(t.lower) || WHO_THAT_WHICH.has(t.lower) || SPEECH_VERB_FORMS.has(t.lower)))) return null;
      c++;
    }
    if (tokens[c]?.text !== ',') return null;
    s = c + 1;
  }
  const first = tokens[s];
  if (!first || !first.isWord || first.quoted || first.mark >= 0 || s >= e) return null;
  if (!(first.upper || SUBJECT_DETERMINERS.has(first.lower))) return null;
  if (first.upper && (NON_SPEAKER_STARTERS.has(first.lower) || TIME_WORDS.has(first.lower) || NOT_SUBJECT_STARTS.has(first.lower) || PREPOSITIONS.has(first.lower) || MODIFIER_OPENERS.has(first.lower))) return null;
  // The head noun phrase: names, determiners, possessives and nouns; no verb-like or function word.
  let h = s;
  while (h + 1 <= e && h - s < 7) {
    const t = tokens[h + 1];
    if (t.quoted || t.mark >= 0) return null;
    if (t.text === '.' || t.text === '&') {
      h++;
      continue;
    }
    if (!t.isWord) break;
    const l = t.lower;
    // "A report released ...": a noun of saying may head the phrase.
    if (t.lowerFirst && (isVerbish(l) || PREPOSITIONS.has(l) || MODIFIER_OPENERS.has(l) || AND_OR.has(l) || (SPEECH_VERB_FORMS.has(l) && !SPEAKER_NOUNS.has(l)) || FINITE_AUXILIARIES.has(l) || NOT_IN_HEAD.has(l) || VERB_MODIFIERS.has(l) || IRREGULAR_PAST.has(l) || MORE_IRREGULAR_PAST.has(l) || /ly$/.test(l))) break;
    // "The levy reflects anxiety": an unknown -s word with a word after it may be the verb.
    if (t.lowerFirst && /[^su'’]s$/.test(l) && !SPEAKER_NOUNS.has(l) && tokens[h + 2]?.isWord && tokens[h + 2].lowerFirst && h + 2 <= e && !MODIFIER_OPENERS.has(tokens[h + 2].lower) && !PREPOSITIONS.has(tokens[h + 2].lower)) return null;
    h++;
  }
  const head = tokens[h];
  if (!head.isWord || (head.lowerFirst && ((DETERMINERS.has(head.lower) && !STANDING_QUANTIFIERS.has(head.lower)) || NOT_IN_HEAD.has(head.lower))) || /['’]s?$/.test(head.text) || /^\d/.test(head.text) || TIME_WORDS.has(head.lower)) return null;
  if (h === e) return { first: s, last: h };
  // What follows the head: one modifier (relative clause, participle or prepositional phrase),
  // then perhaps one aside that closes right before the verb.
  let k = h + 1;
  const closer = tokens[e];
  let asideOpen = -1;
  const opener = tokens[k];
  if (opener.text === ',' || DASH_OR_PAREN.has(opener.text)) {
    asideOpen = k;
  } else {
    const l = opener.lower;
    // A relative clause with a verb of its own ("who backed the plan"), not one whose subject
    // follows the pronoun ("the plan that the board said ..."): the cue is then inside it.
    const after = tokens[k + 1];
    const relative = (l === 'who' || l === 'that' || l === 'which' || l === 'whose') && !!after && after.isWord && !after.quoted && (l === 'whose' || (after.lowerFirst && !DETERMINERS.has(after.lower) && !SUBJECT_PRONOUN_SET.has(after.lower)));
    // "A report released in May", "Democrats trying to regain ...": after a common noun only (a
    // name and a past form is a clause: "Ames signed into law ...").
    const participle = opener.lowerFirst && (head.lowerFirst || SPEAKER_NOUNS.has(head.lower)) && (/ed$/.test(l) || l.endsWith('ing') || PARTICIPLES.has(l)) && !FINITE_AUXILIARIES.has(l) && (l.endsWith('ing') || PREPOSITIONS.has(tokens[k + 1]?.lower ?? '') || tokens[k + 1]?.lower === 'as' || /^\p{Ll}+ly$/u.test(tokens[k + 1]?.text ?? ''));
    const prepositional = PREPOSITIONS.has(l) || MODIFIER_OPENERS.has(l);
    if (!relative && !participle && !prepositional) return null;
    // The modifier holds no verb of the main clause: no comma, dash or other verb of saying
    // (a relative clause has verbs of its own; a phrase of prepositions has none).
    for (k = k + 1; k <= e; k++) {
      const t = tokens[k];
      if (t.quoted || t.mark >= 0 || t.text === ';' || t.text === ':' || t.text === '?' || t.text === '!') return null;
      if (t.text === ',' || DASH_OR_PAREN.has(t.text)) break;
      if (!t.isWord) continue;
      if (!relative && (SPEECH_VERB_FORMS.has(t.lower) || QUOTE_CONJUNCTIONS.has(t.lower) || t.lower === 'to')) return null;
      if (!relative && t.lowerFirst && (FINITE_AUXILIARIES.has(t.lower) || AUXILIARY_WORDS.has(t.lower) || (participle ? false : isVerbish(t.lower) && !t.lower.endsWith('ing')))) return null;
    }
    // "Those over 60", "Nearly nine out of 10": a short phrase of prepositions belongs to the subject.
    if (k > e) return { first: s, last: prepositional && !relative && e - h <= 5 ? e : h };
    asideOpen = k;
  }
  // The aside: ", when contacted by Reuters,", " — who ... —", " (a senator ...)".
  const o = tokens[asideOpen].text;
  const close = o === '(' ? ')' : o;
  if (asideOpen >= e - 1 || !(closer.text === close || (o !== ',' && o !== '(' && isDashText(closer.text) && isDashText(o)))) return null;
  if (e - asideOpen > 26 || AND_OR.has(tokens[asideOpen + 1].lower) || tokens[asideOpen + 1].lower === 'but') return null;
  for (let m = asideOpen + 1; m < e; m++) {
    const t = tokens[m];
    if (t.quoted || t.mark >= 0 || t.text === ';' || t.text === ':' || t.text === '?' || t.text === '!' || t.text === close) return null;
    if (t.isWord && SPEECH_VERB_FORMS.has(t.lower)) return null;
  }
  return { first: s, last: h };
}
const SUBJECT_PRONOUN_SET = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
/** Quantifiers that stand for people on their own ("those who ...", "some in the party"). */
const STANDING_QUANTIFIERS = new Set(['those', 'some', 'many', 'several', 'most', 'both', 'all', 'few']);
const NOT_SUBJECT_STARTS = new Set(['it', 'this', 'that', 'there', 'what', 'he', 'she', 'they', 'we', 'i', 'you', 'who', 'such', 'each', 'every', 'no', 'not', 'only', 'just', 'even', 'here']);
const NOT_IN_HEAD = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'not', 'no', 'than', 'so', 'very', 'too', 'there', 'here', 'it', 'this', 'he', 'she', 'they', 'we', 'i', 'you', 'him', 'them', 'me', 'us', 'what', 'when', 'where', 'why', 'how', 'if', 'because', 'while', 'as']);
const PARTICIPLES = new Set(['known', 'seen', 'written', 'given', 'taken', 'held', 'led', 'run', 'sent', 'born', 'chosen', 'elected', 'appointed', 'hired', 'tasked', 'charged']);
/** Words that join two clauses: what follows them may be a main clause of its own. */
const QUOTE_CONJUNCTIONS = new Set(['and', 'but', 'or', 'so', 'because', 'although', 'though', 'while', 'whereas']);
const isDashText = (s: string): boolean => s === '—' || s === '–' || s === '―' || s === '-';
