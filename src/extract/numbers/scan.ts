import type { Qualifier } from '../../schema/index.js';
import {
  ATTACHED_UNITS, CURRENCY_ONLY_SCALES, CURRENCY_PREFIXES, CURRENCY_SIGNS, CURRENCY_WORDS, MEASURE_UNITS,
  PERCENT_WORDS, QUALIFIERS_AFTER, QUALIFIERS_BEFORE, SCALES, SMALL_NUMBERS, TENS, VAGUE_AMOUNTS,
} from './words.js';
import { charClass, codeAt, codePointBefore, isSpace, LETTER, NUMBER } from '../../chars.js';
import { alternation } from '../../regex.js';

/** One quantity found in a sentence, before the not-a-quantity filters and `counts`. */
export interface Quantity {
  /** Span of the whole expression (qualifier, currency, number, scale, unit), sentence-relative. */
  start: number;
  end: number;
  /** The number itself ("4,500", "three", "thousands"), sentence-relative. */
  coreStart: number;
  coreEnd: number;
  core: string;
  kind: 'digits' | 'words' | 'vague' | 'fraction';
  value: number;
  qualifier: Qualifier;
  unit: string | null;
  approximate: boolean;
  /** A currency sign or code came before the number. */
  currencyPrefix: boolean;
  /** A scale word or abbreviation multiplied the number ("million", "bn"). */
  scaled: boolean;
  /** "-year-old", "-inch": the unit was hyphenated onto the number and modifies the next noun. */
  compound: boolean;
  rule: string;
  /**
   * A sign of letters only from CURRENCY_SIGNS ("R30", "Sh40", "AED 500", "SR 520"): money only where the
   * sentence or the article says money is meant (see `moneyContext`); the sign as written.
   */
  letterSign?: string;
}


const SMALL = alternation(Object.keys(SMALL_NUMBERS));
const DIGIT_WORDS = alternation(Object.keys(SMALL_NUMBERS).filter((w) => SMALL_NUMBERS[w] >= 1 && SMALL_NUMBERS[w] <= 9));
const TENS_ALT = alternation(Object.keys(TENS));
const VAGUE = alternation(Object.keys(VAGUE_AMOUNTS));
const SCALE_WORDS = 'hundred|thousand|million|billion|trillion|lakhs|lakh|crores|crore';

/**
 * Where a number starts, one capture group per kind: 1 vague amounts, 2 fractions, 3 digits,
 * 4 number words. (Numbered, not named: a groups object per match costs.)
 */
const CORE_SOURCE =
  `(\\b(?:${VAGUE})\\b)` +
    `|(\\b(?:(?:a|one|two|three|four|five|six|seven|nine)[\\s-](?:thirds?|quarters?|fifths?|sixths?|sevenths?|ninths?|tenths?|half)|(?:an|one|three|five|seven)[\\s-]eighths?|half)\\b)` +
    `|((?<![\\p{N}.,:/#@_])(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|(?<![\\p{L}\\p{N}.,:/])\\.\\d+)` +
    `|(\\b(?:(?:${TENS_ALT})(?:[\\s-](?:${DIGIT_WORDS}))?|${SMALL}|a\\s+dozen|a(?=\\s+(?:${SCALE_WORDS})\\b))\\b)`;
const CORE_RE = new RegExp(CORE_SOURCE, 'giu');
/** The same pattern tried at one position only (see `nextCore`). */
const CORE_AT_RE = new RegExp(CORE_SOURCE, 'iuy');

/** The first word of every word alternative of CORE_RE ("tens" of "tens of millions", "a" of "a dozen"). */
const CORE_FIRST_WORDS = new Set(
  ['a', 'an', 'half', 'one', 'two', 'three', ...Object.keys(VAGUE_AMOUNTS), ...Object.keys(TENS), ...Object.keys(SMALL_NUMBERS)].map((w) => w.split(' ')[0]),
);
/** CORE_FIRST_WORDS by length and first letter, so a word is compared without copying it. */
const CORE_FIRST_WORD_MAX = Math.max(...[...CORE_FIRST_WORDS].map((w) => w.length));
const shapeKey = (length: number, firstLower: number) => length * 26 + firstLower - 97;
const FIRST_WORDS_BY_SHAPE: Array<string[] | null> = new Array(shapeKey(CORE_FIRST_WORD_MAX + 1, 97)).fill(null);
for (const w of CORE_FIRST_WORDS) (FIRST_WORDS_BY_SHAPE[shapeKey(w.length, w.charCodeAt(0))] ??= []).push(w);

/** Is the ASCII-letter run sentence[start, end) one of CORE_FIRST_WORDS, in any case? */
function isCoreFirstWord(sentence: string, start: number, end: number): boolean {
  if (end - start > CORE_FIRST_WORD_MAX) return false;
  const words = FIRST_WORDS_BY_SHAPE[shapeKey(end - start, codeAt(sentence, start) | 0x20)];
  if (!words) return false;
  next: for (const w of words) {
    for (let i = 1; i < w.length; i++) if ((codeAt(sentence, start + i) | 0x20) !== w.charCodeAt(i)) continue next;
    return true;
  }
  return false;
}
/** Under the i and u flags these fold to ASCII letters ("ſ" is "s"); sentences with them take the plain regex. */
const FOLDS_TO_ASCII = /[\u017f\u212a]/;

const isAsciiLetter = (c: number) => ((c | 0x20) - 97) >>> 0 < 26;
const asciiLower = (c: number) => (c >= 65 && c <= 90 ? c | 0x20 : c);
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
/** \w of a regex without the u+i flags: ASCII letters, digits and '_'. */
const isAsciiWordChar = (c: number) => isAsciiLetter(c) || isAsciiDigit(c) || c === 95;

/** Words by their first letter, so most words after an article are turned away at once. */
function byFirstLetter(words: string[]): Map<number, string[]> {
  const byFirst = new Map<number, string[]>();
  for (const w of words) byFirst.set(w.charCodeAt(0), [...(byFirst.get(w.charCodeAt(0)) ?? []), w]);
  return byFirst;
}
/** The words "a" can count: "a third", "a quarter", "a half", "a dozen", "a hundred" ... "a trillion". */
const COUNTED_BY_ARTICLE = byFirstLetter(['third', 'quarter', 'fifth', 'sixth', 'seventh', 'ninth', 'tenth', 'half', 'dozen', ...SCALE_WORDS.split('|')]);
/** The words "an" can count: "an eighth". */
const COUNTED_BY_AN = byFirstLetter(['eighth']);

/** Can the article "a" ending at `at` start a number? Only before a fraction, "dozen" or a scale word. */
function articleMayCount(sentence: string, at: number, counted: Map<number, string[]> = COUNTED_BY_ARTICLE): boolean {
  let i = at;
  const c = codeAt(sentence, i);
  if (c === 45) i++;
  else if (isSpace(c)) while (isSpace(codeAt(sentence, i))) i++;
  else return false;
  const words = counted.get(asciiLower(codeAt(sentence, i)));
  return !!words && words.some((w) => startsWithLower(sentence, i, w));
}

/** Does `text` have `word` (lower-case ASCII) at `at`, in any ASCII case? */
function startsWithLower(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (asciiLower(codeAt(text, at + k)) !== word.charCodeAt(k)) return false;
  return true;
}

/** A number's core as CORE_RE finds it: where it starts, its text and which alternative matched. */
interface Core {
  index: number;
  text: string;
  kind: Quantity['kind'];
}

const coreOf = (m: RegExpExecArray | null): Core | null =>
  m && { index: m.index, text: m[0], kind: m[1] ? 'vague' : m[2] ? 'fraction' : m[3] ? 'digits' : 'words' };

/** Before digits: what the lookbehind of CORE_SOURCE's digits alternative refuses (`[\p{N}.,:/#@_]`; ".5" also a letter). */
const isDigitsBlocker = (cp: number, decimalOnly: boolean) =>
  cp === 46 || cp === 44 || cp === 58 || cp === 47 || (decimalOnly ? (charClass(cp) & (LETTER | NUMBER)) !== 0 : (charClass(cp) & NUMBER) !== 0 || cp === 35 || cp === 64 || cp === 95);

/**
 * The digits alternative of CORE_SOURCE at `p` (an ASCII digit, or '.' before one), read by hand:
 * `(?<![\p{N}.,:/#@_])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|(?<![\p{L}\p{N}.,:/])\.\d+`. Its end, or -1.
 */
function digitsEnd(sentence: string, p: number): number {
  const decimalOnly = codeAt(sentence, p) === 46;
  if (p > 0 && isDigitsBlocker(codePointBefore(sentence, p), decimalOnly)) return -1;
  let end = decimalOnly ? p + 1 : p;
  while (isAsciiDigit(codeAt(sentence, end))) end++;
  if (decimalOnly) return end;
  // (Groups of thousands only after one to three digits; a group is a comma and exactly three digits.)
  if (end - p <= 3) while (codeAt(sentence, end) === 44 && isAsciiDigit(codeAt(sentence, end + 1)) && isAsciiDigit(codeAt(sentence, end + 2)) && isAsciiDigit(codeAt(sentence, end + 3))) end += 4;
  if (codeAt(sentence, end) === 46 && isAsciiDigit(codeAt(sentence, end + 1))) {
    end += 2;
    while (isAsciiDigit(codeAt(sentence, end))) end++;
  }
  return end;
}

/**
 * Next CORE_RE match at or after `from`, like a global exec from there. Running the big pattern
 * from every character costs more than the rest of the extractor, so it is only tried where a
 * match can start: a whole ASCII word that starts some alternative. Digits (and ".5"), where
 * only the digits alternative can start, are read by hand.
 */
function nextCore(sentence: string, from: number): Core | null {
  const n = sentence.length;
  for (let p = from; p < n; p++) {
    const c = codeAt(sentence, p);
    if (isAsciiLetter(c)) {
      let q = p + 1;
      while (q < n && isAsciiLetter(codeAt(sentence, q))) q++;
      if (isCoreFirstWord(sentence, p, q) && (p === 0 || !isAsciiWordChar(codeAt(sentence, p - 1))) && (q - p === 1 ? articleMayCount(sentence, q) : q - p === 2 && startsWithLower(sentence, p, 'an') ? articleMayCount(sentence, q, COUNTED_BY_AN) : true)) {
        CORE_AT_RE.lastIndex = p;
        const m = coreOf(CORE_AT_RE.exec(sentence));
        if (m) return m;
      }
      // No alternative starts inside a run of letters (each needs \b before its first letter).
      p = q - 1;
    } else if (isAsciiDigit(c) || (c === 46 && isAsciiDigit(codeAt(sentence, p + 1)))) {
      const end = digitsEnd(sentence, p);
      if (end >= 0) return { index: p, text: sentence.slice(p, end), kind: 'digits' };
    }
  }
  return null;
}

/** Before a number: 1 qualifier ("more than"), 2 minus sign, 3 currency. */
const LEFT_RE = new RegExp(
  `(?:(?<![\\p{L}])(${alternation(Object.keys(QUALIFIERS_BEFORE))})\\s+)?` +
    `((?<!\\bT[\\s-])minus[\\s-]?|(?<=^|[\\s($])[−-](?=$))?` +
    `((?<![\\p{L}])(?:${alternation(Object.keys(CURRENCY_PREFIXES).filter((c) => /^\p{L}/u.test(c)))})|${alternation(Object.keys(CURRENCY_PREFIXES).filter((c) => !/^\p{L}/u.test(c)))})?` +
    `\\s?$`,
  'iu',
);

/** Everything LEFT_RE can match before a number, as words ("more than", "us $", "minus"). */
const LEFT_PHRASES = [...Object.keys(QUALIFIERS_BEFORE), ...Object.keys(CURRENCY_PREFIXES), 'minus', '-', '−'];
/** The one-character ones ("$", "-"). */
const LEFT_SIGNS = new Set(LEFT_PHRASES.filter((p) => p.length === 1).map((p) => p.charCodeAt(0)));
/** The longer ones by their last two characters (any space counts as ' '). */
const endKey = (c1: number, c2: number) => (isSpace(c1) ? 32 : asciiLower(c1)) * 0x10000 + asciiLower(c2);
const LEFT_PHRASES_BY_END = new Map<number, string[][]>();
for (const phrase of LEFT_PHRASES.filter((p) => p.length > 1)) {
  const key = endKey(phrase.charCodeAt(phrase.length - 2), phrase.charCodeAt(phrase.length - 1));
  LEFT_PHRASES_BY_END.set(key, [...(LEFT_PHRASES_BY_END.get(key) ?? []), phrase.split(' ')]);
}

/** Does sentence[..end) end with these words, spaces between them, in any ASCII case? */
function endsWithWords(sentence: string, end: number, words: string[]): boolean {
  let j = end;
  for (let w = words.length - 1; w >= 0; w--) {
    if (w < words.length - 1) {
      if (!isSpace(codeAt(sentence, j - 1))) return false;
      while (j > 0 && isSpace(codeAt(sentence, j - 1))) j--;
    }
    const word = words[w];
    j -= word.length;
    if (j < 0) return false;
    for (let k = 0; k < word.length; k++) if (asciiLower(codeAt(sentence, j + k)) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * Can LEFT_RE find a qualifier, sign or currency before the number at `at`? Only when the text
 * before it (spaces aside) ends with one of them; most numbers follow other words, and running
 * LEFT_RE from every position of its window is costly.
 */
function mayHaveLeftContext(sentence: string, at: number): boolean {
  let i = at;
  while (i > 0 && isSpace(codeAt(sentence, i - 1))) i--;
  if (i === 0) return false;
  if (LEFT_SIGNS.has(codeAt(sentence, i - 1))) return true;
  if (i === 1) return false;
  const phrases = LEFT_PHRASES_BY_END.get(endKey(codeAt(sentence, i - 2), codeAt(sentence, i - 1)));
  if (phrases) for (const words of phrases) if (endsWithWords(sentence, i, words)) return true;
  return false;
}

const SIGN_MAX = Math.max(...[...CURRENCY_SIGNS.keys()].map((s) => s.length));
/** Last characters of the signs in CURRENCY_SIGNS: most text before a figure ends in none of them. */
const SIGN_LAST = new Set([...CURRENCY_SIGNS.keys()].map((s) => s.charCodeAt(s.length - 1)));

/**
 * A sign of CURRENCY_SIGNS right before the digits at `at` ("R30", "Sh40", "₦6,400", "KSh2,300"), or one
 * space before them when it is longer than one letter ("AED 500", "KSh 2,300"), as a whole word (nothing
 * glued on before it). Longest sign first ("KSh" before "Sh").
 */
function signBefore(sentence: string, at: number): { start: number; sign: string; code: string } | null {
  let end = at;
  if (codeAt(sentence, end - 1) === 32) end--;
  if (!SIGN_LAST.has(codeAt(sentence, end - 1))) return null;
  for (let len = Math.min(SIGN_MAX, end); len >= 1; len--) {
    if (len === 1 && end < at) return null;
    const start = end - len;
    const sign = sentence.slice(start, end);
    const code = CURRENCY_SIGNS.get(sign);
    if (!code) continue;
    if (start > 0 && /[\p{L}\p{N}]/u.test(sentence[start - 1])) continue;
    return { start, sign, code };
  }
  return null;
}

/** After a number, "dozen" multiplies as a scale word does ("two dozen" is 24; "a dozen" is read whole). */
const SCALE_WORD_RE = new RegExp(`\\s*-?\\s*(${SCALE_WORDS}|dozen)(?![\\p{L}])`, 'iuy');
const SCALE_ABBR_RE = /\s?(bn|Bn|BN|mn|mln|tn|M|k|K|m|b)(?![\p{L}\p{N}])/uy;
const PERCENT_RE = new RegExp(`\\s?(${alternation(PERCENT_WORDS)})(?![\\p{L}])`, 'iuy');
const TRAILING_CURRENCY_RE = /\s?(€|£|\$)/uy;
const ATTACHED_RE = new RegExp(`(${alternation(ATTACHED_UNITS.filter((u) => u.length > 1))})(?![\\p{L}\\p{N}])`, 'iuy');
/** One-letter units are case-sensitive: "5g" is grams, "5G" is a network generation. */
const ATTACHED_LETTER_RE = /([gmlpWV])(?![\p{L}\p{N}])/uy;
/** "80C", "-7C", "95F": degrees written without the degree sign, glued on (and nothing glued after: "4C-1"). */
const ATTACHED_DEGREES_RE = /([CF])(?![\p{L}\p{N}]|[-–]\p{N})/uy;
/** Words that say a sentence is about temperature ("flow temperature", "heatwave", "freezing", "forecast"). */
const TEMPERATURE_WORDS = /temperat|degree|\bheat|\bhot(?:ter|test)?\b|\bwarm|\bcool|\bcold|chill|freez|frost|weather|thermo|boil|oven|\bsnow|\bice\b|forecast|\bhighs?\b|\blows?\b|climate|\bsun|summer|winter|celsius|fahrenheit|wash|thermostat|fever/i;
const HYPHEN_UNIT_RE = new RegExp(`-(${alternation(Object.keys(MEASURE_UNITS).filter((u) => u.length > 1))})(?:-old)?(?![\\p{L}])`, 'iuy');
const YEAR_OLD_RE = /[\s-]*(years?|months?|weeks?|days?)-olds?(?![\p{L}])/iuy;
const SPACED_UNIT_RE = new RegExp(`\\s+(${alternation([...Object.keys(MEASURE_UNITS), ...Object.keys(CURRENCY_WORDS)])})(?![\\p{L}\\p{N}])`, 'iuy');
const PER_RE = /\s+(?:per|a|an)\s+(share|barrel|gallon|ounce|day|week|month|year|hour|person|head|capita|square\s+(?:foot|feet|metre|meter)|sq\s+m|gram|kg|kilogram|tonne|ton|litre|liter|mile|kilometre|km|night|unit|mmbtu)(?![\p{L}])/iuy;
const AFTER_QUAL_RE = new RegExp(`(?:\\s+(${alternation(Object.keys(QUALIFIERS_AFTER))})(?![\\p{L}])|(\\+)(?![\\p{N}]))`, 'iuy');

/**
 * Cheap tests before the sticky patterns above: what comes first after their leading spaces (and
 * hyphens) at `at`. ASCII is filtered by first letter; anything else may fold into a letter under
 * the i and u flags ("µ" is "μ"), so it always goes on to the pattern.
 */
function firstChars(words: Iterable<string>): Uint8Array {
  const table = new Uint8Array(128);
  for (const w of words) if (w.charCodeAt(0) < 128) table[w.charCodeAt(0)] = 1;
  return table;
}
const SCALE_WORD_FIRST = firstChars([...SCALE_WORDS.split('|'), 'dozen']);
const SCALE_ABBR_FIRST = firstChars(['b', 'm', 't', 'k']);
const PERCENT_FIRST = firstChars(PERCENT_WORDS);
const TRAILING_CURRENCY_FIRST = firstChars(['€', '£', '$']);
const YEAR_OLD_FIRST = firstChars(['y', 'm', 'w', 'd']);
const ATTACHED_FIRST = firstChars([...ATTACHED_UNITS, 'g', 'm', 'l', 'p', 'w', 'v']);
const SPACED_UNIT_FIRST = firstChars([...Object.keys(MEASURE_UNITS), ...Object.keys(CURRENCY_WORDS)]);
const HYPHEN_UNIT_FIRST = firstChars(Object.keys(MEASURE_UNITS).filter((u) => u.length > 1));
const PER_FIRST = firstChars(['per', 'a', 'an']);
const AFTER_QUAL_FIRST = firstChars(Object.keys(QUALIFIERS_AFTER));

const isOneOf = (c: number, first: Uint8Array) => c >= 128 || (c >= 0 && first[asciiLower(c)] === 1);

function skipSpaces(sentence: string, at: number): number {
  while (isSpace(codeAt(sentence, at))) at++;
  return at;
}

/** `\s?` then one of `first`. */
function afterOptionalSpace(sentence: string, at: number, first: Uint8Array): boolean {
  return isSpace(codeAt(sentence, at)) ? isOneOf(codeAt(sentence, at + 1), first) : isOneOf(codeAt(sentence, at), first);
}

/** `\s+` then one of `first`. */
function afterSpaces(sentence: string, at: number, first: Uint8Array): boolean {
  return isSpace(codeAt(sentence, at)) && isOneOf(codeAt(sentence, skipSpaces(sentence, at)), first);
}

/**
 * A unit pattern split by the ASCII letters its words start with, up to their first other character
 * ("km" of "km/h", "square" of "square miles"): a word in the text that one of them matches starts with
 * exactly those letters, so only the few words with that start are tried (and compiled, on first use).
 */
function byLead(words: string[], pattern: (alternatives: string) => RegExp): (lead: string) => RegExp | undefined {
  const groups = new Map<string, string[]>();
  for (const w of words) {
    const lead = /^[a-z]*/i.exec(w)![0].toLowerCase();
    if (lead) groups.set(lead, [...(groups.get(lead) ?? []), w]);
  }
  const made = new Map<string, RegExp>();
  return (lead) => {
    let re = made.get(lead);
    if (!re) {
      const alternatives = groups.get(lead);
      if (!alternatives) return undefined;
      made.set(lead, (re = pattern(alternation(alternatives))));
    }
    return re;
  };
}

/**
 * `full` at `at`, its unit word starting at `from`, tried as only the words of `lead` that start like the
 * word there. A word that runs into a character outside ASCII, or starts with one, may fold into a letter
 * under the i and u flags: it takes the whole pattern (after the cheap test of its first character).
 */
function unitAt(sentence: string, at: number, from: number, full: RegExp, first: Uint8Array, lead: (lead: string) => RegExp | undefined): RegExpExecArray | null {
  const c = codeAt(sentence, from);
  let re: RegExp | undefined = full;
  if (isAsciiLetter(c)) {
    let j = from + 1;
    while (isAsciiLetter(codeAt(sentence, j))) j++;
    if (codeAt(sentence, j) < 128) re = lead(sentence.slice(from, j).toLowerCase());
  } else if (!isOneOf(c, first)) re = undefined;
  return re ? sticky(re, sentence, at) : null;
}

const SPACED_UNIT_WORDS = [...Object.keys(MEASURE_UNITS), ...Object.keys(CURRENCY_WORDS)];
const spacedUnitByLead = byLead(SPACED_UNIT_WORDS, (words) => new RegExp(`\\s+(${words})(?![\\p{L}\\p{N}])`, 'iuy'));
/** SPACED_UNIT_RE at `at`: spaces, then a unit or currency word. */
function spacedUnitAt(sentence: string, at: number): RegExpExecArray | null {
  return isSpace(codeAt(sentence, at)) ? unitAt(sentence, at, skipSpaces(sentence, at), SPACED_UNIT_RE, SPACED_UNIT_FIRST, spacedUnitByLead) : null;
}
const HYPHEN_UNIT_WORDS = Object.keys(MEASURE_UNITS).filter((u) => u.length > 1);
const hyphenUnitByLead = byLead(HYPHEN_UNIT_WORDS, (words) => new RegExp(`-(${words})(?:-old)?(?![\\p{L}])`, 'iuy'));
/** HYPHEN_UNIT_RE at the hyphen at `at`. */
const hyphenUnitAt = (sentence: string, at: number) => unitAt(sentence, at, at + 1, HYPHEN_UNIT_RE, HYPHEN_UNIT_FIRST, hyphenUnitByLead);
const ATTACHED_WORDS = ATTACHED_UNITS.filter((u) => u.length > 1);
const attachedByLead = byLead(ATTACHED_WORDS, (words) => new RegExp(`(${words})(?![\\p{L}\\p{N}])`, 'iuy'));
/** ATTACHED_RE at `at`, right after the digits. */
const attachedAt = (sentence: string, at: number) => unitAt(sentence, at, at, ATTACHED_RE, ATTACHED_FIRST, attachedByLead);

/** `\s*-?\s*` (or, with `hyphens`, `[\s-]*`) then one of `first`. */
function afterSpacesAndHyphen(sentence: string, at: number, first: Uint8Array, hyphens = false): boolean {
  let i = skipSpaces(sentence, at);
  if (hyphens) while (codeAt(sentence, i) === 45 || isSpace(codeAt(sentence, i))) i++;
  else if (codeAt(sentence, i) === 45) i = skipSpaces(sentence, i + 1);
  return isOneOf(codeAt(sentence, i), first);
}

/** Small units that are only units when glued to the digits ("5m", "12g"), never spaced. */
const VAGUE_OF_RE = /\s+of(?=\s)/iy;
const SPACED_UNIT_EXCLUDED = new Set(['m', 'g', 'l', 'w', 'v', 'b', 'mi', 'sec', 'min', 'ha', 'real', 'won', 'rand', 'point', 'points', 'times', 'day', 'days', 'week', 'weeks', 'month', 'months']);

function unitFor(word: string): string | null {
  const key = word.toLowerCase().replace(/\s+/g, ' ');
  return MEASURE_UNITS[key] ?? MEASURE_UNITS[word] ?? null;
}

/** Unit words that are capitalised in running text ("40 Celsius"). */
const PROPER_UNITS = new Set(['celsius', 'fahrenheit', 'kelvin', 'centigrade']);

/**
 * "40 Winks", "12 Stones", "9 Lives": a capitalised unit word in running text is (part of) a
 * name, not a unit. A title-case sentence (a headline) capitalises every word, so there it is a unit.
 */
function isNameWord(sentence: string, word: string): boolean {
  const c = word.charCodeAt(0);
  if (!(c >= 65 && c <= 90) || word.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(word) || PROPER_UNITS.has(word.toLowerCase())) return false;
  return !isTitleCase(sentence);
}

/** Every word of four letters or more capitalised (checked only for a capitalised unit word, which is rare). */
function isTitleCase(sentence: string): boolean {
  return !/(?:^|[\s("'“‘-])\p{Ll}\p{L}{3}/u.test(sentence);
}

/** A currency word ("yuan", "dollars") or a spelled-out unit ("ounces") after spaces at `at`. */
function currencyWordAt(sentence: string, at: number): boolean {
  const m = spacedUnitAt(sentence, at);
  const word = m?.[1].toLowerCase().replace(/\s+/g, ' ');
  if (!word || SPACED_UNIT_EXCLUDED.has(word) || !/^\p{Ll}/u.test(m![1])) return false;
  // "113.5m ounces", "3m tonnes": a spelled-out unit after the abbreviation makes it a scale as well.
  return word === 'pound' || word === 'pounds' || (word in CURRENCY_WORDS && !CURRENCY_WORDS[word].includes(' ')) || (word.length > 3 && word in MEASURE_UNITS);
}

/** Number words repeat ("one", "two"): their values are kept by spelling. */
const wordValues = new Map<string, number>();
function wordValue(words: string): number {
  let v = wordValues.get(words);
  if (v === undefined) {
    v = readWordValue(words);
    if (wordValues.size < 10000) wordValues.set(words, v);
  }
  return v;
}

function readWordValue(words: string): number {
  const w = words.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'a') return 1;
  if (w === 'a dozen') return 12;
  const [tens, ones] = w.split(/[\s-]/);
  if (tens in TENS) return TENS[tens] + (ones ? SMALL_NUMBERS[ones] ?? 0 : 0);
  return SMALL_NUMBERS[w] ?? NaN;
}

function fractionValue(words: string): number {
  const w = words.toLowerCase();
  if (w === 'half') return 0.5;
  const [count, part] = w.split(/[\s-]/);
  const n = count === 'a' || count === 'an' || count === 'one' ? 1 : (SMALL_NUMBERS[count] ?? 1);
  const base = part.startsWith('third') ? 3 : part.startsWith('quarter') ? 4 : part.startsWith('fifth') ? 5 : part.startsWith('sixth') ? 6
    : part.startsWith('seventh') ? 7 : part.startsWith('eighth') ? 8 : part.startsWith('ninth') ? 9 : part.startsWith('tenth') ? 10 : 2;
  return n / base;
}

/** The value to 12 significant digits (float noise of "0.1 * 3" gone); integers that fit are already that. */
const round12 = (v: number) => (Number.isSafeInteger(v) && v !== 0 && Math.abs(v) < 1e12 ? v : Number(v.toPrecision(12)));

function execFrom(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Races and events named by a distance ("the 400m hurdles"), and lengths said in the plural ("12m lengths"). */
const DISTANCE_PLURALS = new Set(['hurdles', 'heats', 'relays', 'finals', 'sprints', 'races', 'lengths', 'laps', 'steps', 'strides']);
/** A plural noun after one space at `at` ("customers", "people"), not a unit word nor a race. */
function pluralCountAfter(sentence: string, at: number): boolean {
  if (codeAt(sentence, at) !== 32) return false;
  // ("3.4m Dorlanders": a people named in the plural too.)
  const m = /^(\p{L}\p{Ll}[\p{Ll}-]*)(?![\p{L}\p{N}'’])/u.exec(sentence.slice(at + 1, at + 25));
  if (!m) return false;
  const w = m[1].toLowerCase();
  if (DISTANCE_PLURALS.has(w) || w in MEASURE_UNITS || w in CURRENCY_WORDS) return false;
  return w === 'people' || w === 'children' || w === 'women' || w === 'men' || (/[^su'’]s$/.test(w) && !/(?:ss|us|is)$/.test(w) && w.length > 3);
}

const PART_OF_COUNT = /^ of (?:(?:the|its|their|his|her|our) )?(?:[\p{L}'’-]+ ){0,2}\d[\d,.]*m(?= )/u;
function partOfCount(sentence: string, at: number): boolean {
  const m = PART_OF_COUNT.exec(sentence.slice(at, at + 48));
  return !!m && pluralCountAfter(sentence, at + m[0].length);
}

/** " and a half" after a whole number. */
const AND_A_HALF_RE = /\s+and\s+a\s+half\b/iy;

/** Words before a score line: results ("won", "beat", "drew") and votes ("voted"). */
const SCORE_BEFORE = new Set(['won', 'win', 'wins', 'winning', 'beat', 'beats', 'beating', 'beaten', 'lost', 'lose', 'loses', 'losing', 'drew', 'draw', 'draws', 'drawn',
  'defeated', 'defeats', 'trailed', 'trailing', 'trail', 'trails', 'led', 'leading', 'lead', 'leads', 'edged', 'edge', 'thrashed', 'routed', 'crushed', 'overcame', 'saw', 'finished', 'ended', 'ends', 'voted', 'vote', 'votes',
  // ("the motion fell 31-44", "was carried 50-12", "passed 7-3": the fate of a motion put to a vote.)
  'fell', 'carried', 'passed', 'rejected', 'approved']);
/** The verbs of SCORE_BEFORE that are a score only for a motion put to a vote ("Prices fell 5-10" is no score). */
const MOTION_VERBS = new Set(['fell', 'carried', 'passed', 'rejected', 'approved']);
const MOTION_WORDS = /\b(?:motions?|amendments?|resolutions?|bills?|votes?|ballots?|referendums?|proposals?)\b/i;
/** Words a score line qualifies: "a 2-1 defeat", "a 5-2 vote", "at 2-0 down". */
const SCORE_AFTER = new Set(['win', 'wins', 'victory', 'victories', 'defeat', 'defeats', 'loss', 'losses', 'draw', 'draws', 'lead', 'margin', 'vote', 'votes', 'scoreline',
  'home', 'away', 'aggregate', 'down', 'up', 'thrashing', 'drubbing', 'triumph', 'success', 'reverse', 'decision', 'majority', 'ruling', 'result', 'final', 'loser', 'winner', 'deficit', 'advantage']);
/** One set of a tennis score list: "6-3", "7-5,"; a tie-break after one: "(7-4)", "(4/7),". */
const SET_SCORE = /^[0-7][-–][0-7],?$/;
const TIE_BREAK = /^\(\d{1,2}[-–/]\d{1,2}\),?$/;
/** Between a result verb and its score: the other side's name and linking words ("beat Saltmere Athletic 3-2", "drew with them 1-1"). */
const SCORE_SKIPPED = new Set(['with', 'against', 'over', 'to', 'the', 'a', 'an', 'their', 'its', 'his', 'her', 'them', 'him', 'us', 'it', 'by']);

/**
 * "won 3-2", "beat Saltmere Athletic 3-2", "a 2-1 defeat", "At 2-0 down", "voted 5-2", "Irish 19-33 Wasps": two
 * whole figures joined by a hyphen, no longer chain of figures ("2024-10-28"), said after a verb of a result (past the
 * other side's name), before a noun a result qualifies, or between two capitalised names (a results line).
 */
function isScoreLine(sentence: string, a: Quantity, b: Quantity): boolean {
  if (!/^\d{1,3}$/.test(a.core) || !/^\d{1,3}$/.test(b.core) || a.start !== a.coreStart || b.end !== b.coreEnd) return false;
  if (/[\p{L}\p{N}.,:/-]$/u.test(sentence.slice(Math.max(0, a.start - 1), a.start)) || /^(?:[-–/:.,]\d|[\p{L}\p{N}%])/u.test(sentence.slice(b.end, b.end + 2))) return false;
  const after = sentence.slice(b.end, b.end + 30);
  const next = /^\s+([\p{L}][\p{L}-]*)/u.exec(after)?.[1] ?? '';
  if (/^\s?(?:[ap]\.?m\b|o['’]\s?clock)/i.test(after)) return false;
  if (SCORE_AFTER.has(next.toLowerCase()) && /^\p{Ll}/u.test(next)) return true;
  const words = sentence.slice(Math.max(0, a.start - 60), a.start).split(/\s+/).filter(Boolean);
  // "beat Jo Bell 6-3 4-6 7-5", "won 6-3, 4-6, 7-5": a later set of a list of set scores (up to 7 games each) reads
  // from what comes before the first set.
  let sets = 0;
  // ("6-7 (4/7) 6-2": past a tie-break in brackets, itself no set.)
  while (words.length && (SET_SCORE.test(words[words.length - 1]) || (TIE_BREAK.test(words[words.length - 1]) && SET_SCORE.test((words[words.length - 2] ?? '').replace(/,$/, ''))))) {
    words.pop();
    sets++;
  }
  if (sets && (a.value > 7 || b.value > 7 || !/^\s*[-–]\s*$/.test(sentence.slice(a.end, b.start)) || sentence[a.start - 1] === '(')) return false;
  if (!words.length || /[^\p{L}'’.-]$/u.test(words[words.length - 1])) return false;
  // ("Irish 19-33 Wasps": a results line names a side on either side.)
  if (/^\p{Lu}/u.test(words[words.length - 1]) && /^ \p{Lu}/u.test(after) && !/^[ .,]*$/.test(after.slice(1, 2))) return true;
  for (let k = words.length - 1, skipped = 0; k >= 0 && skipped <= 4; k--, skipped++) {
    const w = words[k];
    if (/[^\p{L}'’.-]/u.test(w)) return false;
    const lower = w.toLowerCase();
    if (SCORE_BEFORE.has(lower) && /^\p{Ll}/u.test(w)) return !MOTION_VERBS.has(lower) || MOTION_WORDS.test(sentence);
    if (!/^\p{Lu}/u.test(w) && !SCORE_SKIPPED.has(lower)) return false;
  }
  return false;
}

/**
 * A unit after a figure that ends at `end` and has none yet: "-year-old", degrees ("33C"), one glued on ("5km"),
 * hyphenated ("a 10-mile walk") or spaced ("5 miles", "3 pounds"). The unit (null where the word names none), where
 * the figure now ends, and whether the unit is hyphenated onto it; null when no unit follows. (A function of its own:
 * cheaper to optimise than all of `scanQuantities`.)
 */
function unitAfter(sentence: string, end: number, kind: Quantity['kind'], value: number, currencyPrefix: boolean, scaled: boolean): { unit: string | null; end: number; compound: boolean } | null {
  let unit: string | null = null;
  let compound = false;
  const start = end;
  let yearOld: RegExpExecArray | null = null;
  let attached: RegExpExecArray | null = null;
  let hyphen: RegExpExecArray | null = null;
  let spaced: RegExpExecArray | null = null;
  if (afterSpacesAndHyphen(sentence, end, YEAR_OLD_FIRST, true) && (yearOld = sticky(YEAR_OLD_RE, sentence, end))) {
    unit = `${unitFor(yearOld[1])} old`;
    end += yearOld[0].length;
    compound = true;
  } else if (kind === 'digits' && (codeAt(sentence, end) === 67 || codeAt(sentence, end) === 70) && !currencyPrefix && Math.abs(value) <= 500 && (attached = sticky(ATTACHED_DEGREES_RE, sentence, end)) && (value < 0 || TEMPERATURE_WORDS.test(sentence))) {
    // ("from 80C to 65C", "a high of 33C": only in a sentence about temperature, or below zero; "Flat 4C" is an address.)
    unit = attached[1] === 'C' ? '°C' : '°F';
    end += attached[0].length;
  } else if (kind === 'digits' && isOneOf(codeAt(sentence, end), ATTACHED_FIRST) && (attached = attachedAt(sentence, end) ?? sticky(ATTACHED_LETTER_RE, sentence, end))) {
    const a = attached[1].toLowerCase();
    unit = a === 'p' ? 'GBP pence' : a === 'pc' ? '%' : (unitFor(attached[1]) ?? attached[1]);
    end += attached[0].length;
  } else if (codeAt(sentence, end) === 45 && (hyphen = hyphenUnitAt(sentence, end))) {
    unit = unitFor(hyphen[1]);
    end += hyphen[0].length;
    compound = true;
  } else if ((spaced = spacedUnitAt(sentence, end)) && !SPACED_UNIT_EXCLUDED.has(spaced[1].toLowerCase()) && !isNameWord(sentence, spaced[1])) {
    const word = spaced[1].toLowerCase().replace(/\s+/g, ' ');
    if (word === 'pound' || word === 'pounds') unit = scaled ? 'GBP' : 'lb';
    else unit = CURRENCY_WORDS[word] ?? unitFor(spaced[1]);
    end += spaced[0].length;
  } else if (spaced && /^(day|days|week|weeks|month|months|point|points|times)$/i.test(spaced[1]) && !isNameWord(sentence, spaced[1])) {
    unit = unitFor(spaced[1]);
    end += spaced[0].length;
  }
  return end === start && !unit && !compound ? null : { unit, end, compound };
}

/** Find every quantity-like expression in one sentence (sentence-relative offsets). */
export function scanQuantities(sentence: string): Quantity[] {
  const found: Quantity[] = [];
  const plain = FOLDS_TO_ASCII.test(sentence);
  let from = 0;
  let m: Core | null;
  while ((m = plain ? coreOf(execFrom(CORE_RE, sentence, from)) : nextCore(sentence, from))) {
    const core = m.text;
    const coreStart = m.index;
    from = coreStart + core.length;
    let end = coreStart + core.length;
    const kind = m.kind;
    let value = kind === 'vague' ? VAGUE_AMOUNTS[core.toLowerCase().replace(/\s+/g, ' ')]
      : kind === 'fraction' ? fractionValue(core)
        : kind === 'digits' ? Number(core.includes(',') ? core.replace(/,/g, '') : core)
          : wordValue(core);
    if (!Number.isFinite(value)) continue;

    let left = plain || mayHaveLeftContext(sentence, coreStart) ? LEFT_RE.exec(sentence.slice(Math.max(0, coreStart - 40), coreStart)) : null;
    // "R30", "Sh40 million", "₦6,400", "AED 500": a sign of a currency the hand list does not know, then the
    // qualifier before the sign ("up to R5").
    const sign = kind === 'digits' && !left?.[3] ? signBefore(sentence, coreStart) : null;
    const signAt = sign ? sign.start : coreStart;
    if (sign) left = plain || mayHaveLeftContext(sentence, signAt) ? LEFT_RE.exec(sentence.slice(Math.max(0, signAt - 40), signAt)) : null;
    const [, qual, neg, cur] = left ?? [];
    const start = left && left[0].length ? signAt - left[0].length + (left[0].length - left[0].trimStart().length) : signAt;
    let qualifier: Qualifier = qual ? QUALIFIERS_BEFORE[qual.toLowerCase().replace(/\s+/g, ' ')] ?? 'exact' : 'exact';
    const currencyPrefix = !!cur || !!sign;
    let unit: string | null = sign ? sign.code : cur ? CURRENCY_PREFIXES[cur.toLowerCase().replace(/\s+/g, ' ')] ?? null : null;
    if (neg) value = -value;

    // "three and a half years", "2 and a half hours": a whole number and a half is one figure.
    if ((kind === 'digits' || kind === 'words') && codeAt(sentence, end) === 32 && !core.includes('.')) {
      const half = sticky(AND_A_HALF_RE, sentence, end);
      if (half) {
        value += value < 0 ? -0.5 : 0.5;
        end += half[0].length;
      }
    }
    let scaled = false;
    if (kind === 'digits' || kind === 'words') {
      for (;;) {
        const s = afterSpacesAndHyphen(sentence, end, SCALE_WORD_FIRST) ? sticky(SCALE_WORD_RE, sentence, end) : null;
        if (!s) break;
        value *= SCALES[s[1].toLowerCase()];
        end += s[0].length;
        scaled = true;
      }
      if (!scaled && kind === 'digits') {
        const a = afterOptionalSpace(sentence, end, SCALE_ABBR_FIRST) ? sticky(SCALE_ABBR_RE, sentence, end) : null;
        const abbr = a?.[1];
        // "2.5M" is millions, "12m" is metres unless money is being counted.
        // "1.47m yuan", "3m tonnes": a currency or unit word after the abbreviation makes it a scale too.
        const moneyAfter = !!a && !currencyPrefix && a[0].length === abbr!.length && currencyWordAt(sentence, end + a[0].length);
        // "9m subscribers", "3.4m Dorlanders": millions of things counted in the plural, not metres.
        // ("1.2m of the island's 3.4m growers": a part of such a count too.)
        const countAfter = !!a && !currencyPrefix && abbr === 'm' && a[0].length === 1 && (pluralCountAfter(sentence, end + 1) || partOfCount(sentence, end + 1));
        if (a && abbr && (!CURRENCY_ONLY_SCALES.has(abbr.toLowerCase()) || currencyPrefix || abbr === 'M' || moneyAfter || countAfter) && (a[0].length === abbr.length || currencyPrefix)) {
          value *= SCALES[abbr.toLowerCase()];
          end += a[0].length;
          scaled = true;
        }
      }
    }

    let compound = false;
    // "hundreds of miles", "tens of millions of euros", "thousands of tonnes of grain": a vague amount of a unit is
    // a measure in that unit; what it measures is the phrase after it, or the subject.
    if (kind === 'vague' && !unit) {
      const of = sticky(VAGUE_OF_RE, sentence, end);
      const spaced = of ? spacedUnitAt(sentence, end + of[0].length) : null;
      const word = spaced?.[1].toLowerCase().replace(/\s+/g, ' ');
      if (of && spaced && word && /^\p{Ll}/u.test(spaced[1]) && !SPACED_UNIT_EXCLUDED.has(word) && (word in CURRENCY_WORDS || word === 'pounds' || (word.length > 2 && word in MEASURE_UNITS))) {
        // ("thousands of pounds": money in the news, as after a scale.)
        unit = word === 'pounds' || word === 'pound' ? 'GBP' : CURRENCY_WORDS[word] ?? unitFor(spaced[1]);
        end += of[0].length + spaced[0].length;
      }
    }
    const pct = afterOptionalSpace(sentence, end, PERCENT_FIRST) ? sticky(PERCENT_RE, sentence, end) : null;
    if (pct && !unit) {
      unit = '%';
      end += pct[0].length;
    } else if (!unit && afterOptionalSpace(sentence, end, TRAILING_CURRENCY_FIRST) && sticky(TRAILING_CURRENCY_RE, sentence, end)) {
      const c = sticky(TRAILING_CURRENCY_RE, sentence, end)!;
      unit = CURRENCY_PREFIXES[c[1]] ?? null;
      end += c[0].length;
    } else if (!unit) {
      const read = unitAfter(sentence, end, kind, value, currencyPrefix, scaled);
      if (read) {
        unit = read.unit;
        end = read.end;
        compound = read.compound;
      }
    }
    if (unit) {
      const per = afterSpaces(sentence, end, PER_FIRST) ? sticky(PER_RE, sentence, end) : null;
      if (per) {
        unit = `${unit}/${unitFor(per[1]) ?? per[1].toLowerCase().replace(/\s+/g, ' ')}`;
        end += per[0].length;
      }
    }
    const after = codeAt(sentence, end) === 43 || afterSpaces(sentence, end, AFTER_QUAL_FIRST) ? sticky(AFTER_QUAL_RE, sentence, end) : null;
    if (after && qualifier === 'exact') {
      qualifier = after[2] ? 'at-least' : QUALIFIERS_AFTER[after[1].toLowerCase().replace(/\s+/g, ' ')];
      end += after[0].length;
    }
    if (kind === 'vague') qualifier = 'some';
    const approximate = kind === 'vague' || qualifier === 'about' || qualifier === 'nearly' || qualifier === 'some';
    value = round12(value);
    found.push({
      start, end, coreStart, coreEnd: coreStart + core.length, core, kind, value, qualifier, unit, approximate,
      currencyPrefix, scaled, compound, rule: kind === 'vague' ? 'vague' : kind,
      ...(sign && /^\p{L}+\.?$/u.test(sign.sign) && !cur ? { letterSign: sign.sign } : {}),
    });
    from = Math.max(from, end);
  }
  // ("twice as many nurses": a multiple said in one word, only before a comparison of amounts.)
  if (sentence.includes('wice') || sentence.includes('hrice')) multiplesInWords(sentence, found);
  return joinFractionScales(sentence, joinSlashFractions(sentence, joinShares(sentence, joinRanges(sentence, found))));
}

/** "/16 of", "⁄4 of": the denominator of a fraction written with a slash, before "of". */
const SLASH_DENOMINATOR = /^[/⁄](\d{1,4})(?=\s+of\b)/i;

/**
 * "1/16 of a pint", "3⁄4 of voters": two whole numbers joined by a slash, the second the larger, before "of" are
 * one fraction (0.0625), not two figures (nor a date: a date is not a part "of" something).
 */
function joinSlashFractions(sentence: string, qs: Quantity[]): Quantity[] {
  let out: Quantity[] | null = null;
  for (let i = 0; i < qs.length; i++) {
    const a = qs[i];
    const c = sentence.charCodeAt(a.end);
    if ((c !== 47 && c !== 0x2044) || a.kind !== 'digits' || a.unit || a.scaled || !/^\d+$/.test(a.core) || a.value < 1) continue;
    const m = SLASH_DENOMINATOR.exec(sentence.slice(a.end, a.end + 16));
    if (!m || Number(m[1]) <= a.value || /[\d/⁄]$/.test(sentence.slice(Math.max(0, a.coreStart - 1), a.coreStart))) continue;
    out ??= qs.slice();
    const end = a.end + m[0].length;
    const fraction: Quantity = { ...a, end, coreEnd: end, core: sentence.slice(a.coreStart, end), kind: 'fraction', value: round12(a.value / Number(m[1])), rule: 'share' };
    const at = out.indexOf(a);
    const b = out[at + 1];
    out.splice(at, b && b.start < end ? 2 : 1, fraction);
  }
  return out ?? qs;
}

/** "twice as many", "twice as much", "thrice the number of": a multiple of an amount ("scored twice", "twice as loud" are not). */
const MULTIPLE_WORD_RE = /\b(twice|thrice)(?=\s+(?:as\s+(?:many|much)|the\s+(?:number|amount|size|sum|total|level|rate|price|cost|average)|more|fewer|less)\b)/giu;

/** Adds the multiples in words to `found`, kept in sentence order. */
function multiplesInWords(sentence: string, found: Quantity[]): void {
  MULTIPLE_WORD_RE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = MULTIPLE_WORD_RE.exec(sentence)); ) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((q) => q.start < end && start < q.end)) continue;
    const left = LEFT_RE.exec(sentence.slice(Math.max(0, start - 40), start));
    const qual = left?.[1];
    const qualifier: Qualifier = qual ? QUALIFIERS_BEFORE[qual.toLowerCase().replace(/\s+/g, ' ')] ?? 'exact' : 'exact';
    const from = left && qual ? start - left[0].length + (left[0].length - left[0].trimStart().length) : start;
    const q: Quantity = {
      start: from, end, coreStart: start, coreEnd: end, core: m[0], kind: 'words', value: m[1].toLowerCase() === 'twice' ? 2 : 3, qualifier, unit: 'x',
      approximate: qualifier === 'about' || qualifier === 'nearly' || qualifier === 'some', currencyPrefix: false, scaled: false, compound: false, rule: 'words',
    };
    let at = found.length;
    while (at > 0 && found[at - 1].start > start) at--;
    found.splice(at, 0, q);
  }
}

const FRACTION_SCALE_GAP = /^\s+(?:of\s+)?$/i;

/**
 * "half a million people", "a quarter of a billion dollars", "half a dozen firms": a fraction of a
 * scale word or of "a dozen" is one figure (500,000; 250,000,000; 6), not a fraction and "a million".
 */
function joinFractionScales(sentence: string, qs: Quantity[]): Quantity[] {
  if (!qs.some((q) => q.kind === 'fraction')) return qs;
  const out: Quantity[] = [];
  for (const b of qs) {
    const a = out[out.length - 1];
    if (a && a.kind === 'fraction' && a.rule !== 'share' && !a.unit && b.kind === 'words' && ((b.scaled && /^an?$/i.test(b.core)) || /^a\s+dozen$/i.test(b.core)) && b.qualifier === 'exact' && FRACTION_SCALE_GAP.test(sentence.slice(a.end, b.start))) {
      out[out.length - 1] = {
        ...b, start: a.start, coreStart: a.coreStart, core: sentence.slice(a.coreStart, b.coreEnd), kind: 'words',
        value: round12(a.value * b.value), qualifier: a.qualifier, approximate: a.approximate, rule: 'fraction-scale',
      };
      continue;
    }
    out.push(b);
  }
  return out;
}

const SHARE_GAP = /^\s+(?:in|out\s+of)\s+(?:every\s+)?$/i;

/**
 * "one in five", "3 out of 10": one share, the first count over the second (0.2, 0.3), not two
 * counts. Both plain whole numbers without a unit, the second the larger and no year.
 */
function joinShares(sentence: string, qs: Quantity[]): Quantity[] {
  let out: Quantity[] | null = null;
  for (let i = 0; i + 1 < qs.length; i++) {
    const a = qs[i];
    const b = qs[i + 1];
    if (a.unit || b.unit || a.scaled || (a.kind !== 'digits' && a.kind !== 'words') || (b.kind !== 'digits' && b.kind !== 'words')) continue;
    if (!Number.isInteger(a.value) || !Number.isInteger(b.value) || a.value < 1 || b.value <= a.value || isYearLike(b)) continue;
    if (!SHARE_GAP.test(sentence.slice(a.end, b.start))) continue;
    out ??= qs.slice();
    const share: Quantity = {
      ...a, end: b.end, coreEnd: b.coreEnd, core: sentence.slice(a.coreStart, b.coreEnd), kind: 'fraction',
      value: round12(a.value / b.value), approximate: a.approximate || b.approximate, scaled: b.scaled, rule: 'share',
    };
    out.splice(out.indexOf(a), 2, share);
    i++;
  }
  return out ?? qs;
}

/** A bare four-digit number that reads as a year ("in 1999 to 40 mpg" is not a range). */
export function isYearLike(q: Quantity): boolean {
  return q.kind === 'digits' && q.core.length === 4 && /^\d{4}$/.test(q.core) && Number(q.core) >= 1000 && Number(q.core) < 2200 && !q.currencyPrefix && !q.scaled;
}

const RANGE_GAP = /^\s*(?:-|–|—|to|and|to-)\s*$/i;

/**
 * "$30-80,000", "20-35,000": the thousands a short first end leaves unsaid (1,000 or 1,000,000), or 0.
 * Only a whole first end of one to three digits, no scale of its own, before a second end in digits
 * whose last groups are all ",000", and only where that reading keeps the first end below the second
 * and within a tenth of it ("2-3,000" is 2,000-3,000; "5-1,000" stays 5 to 1,000).
 */
function thousandsShared(a: Quantity, b: Quantity, asOne: boolean): number {
  if (!asOne || a.kind !== 'digits' || b.kind !== 'digits' || a.scaled || b.scaled || !/^\d{1,3}$/.test(a.core)) return 0;
  const zeros = /(?:,000)+$/.exec(b.core);
  // ("between $30 and $80,000": a second end that repeats the currency is written out in full, and so is the first.)
  if (!zeros || b.currencyPrefix || (a.unit && b.unit && a.unit !== b.unit) || (!a.currencyPrefix && a.unit)) return 0;
  const factor = 1000 ** (zeros[0].length / 4);
  const first = a.value * factor;
  return a.value > 0 && first < b.value && first * 10 >= b.value ? factor : 0;
}

/**
 * "10 to 12 miles", "$2 billion to $4 billion", "3 to 4 thousand": the first number shares the
 * second's unit and scale. A hyphenated pair without any unit ("3-1", "12-14 Mill Lane") is a
 * score or an address, not two quantities.
 */
function joinRanges(sentence: string, qs: Quantity[]): Quantity[] {
  const drop = new Set<Quantity>();
  // Right to left, so "from 10 to 12-14 billion" passes the scale along the whole chain.
  for (let i = qs.length - 2; i >= 0; i--) {
    const a = qs[i];
    const b = qs[i + 1];
    const gap = sentence.slice(a.end, b.start);
    // ("two or three million", "5 or 6%": an alternative shares the second figure's scale and unit as a range does.)
    const alternative = /^\s+or\s+$/i.test(gap) && !a.scaled && !a.unit && (b.scaled || !!b.unit) && (a.kind === 'digits' || a.kind === 'words') && a.value < (b.kind === 'digits' ? Number(b.core.replace(/,/g, '')) : wordValue(b.core));
    if (!RANGE_GAP.test(gap) && !alternative) continue;
    if (isYearLike(a) && !/^\s*[-–—]\s*$/.test(gap)) continue;
    if (/and/i.test(gap) && !/between\s+$/i.test(sentence.slice(Math.max(0, a.start - 12), a.start))) continue;
    const hyphen = /^\s*[-–—]\s*$/.test(gap);
    // "$30-80,000", "20-35,000 people": a short first end written without the thousands of the second shares them.
    // ("rose from 30 to 80,000" is a change: only a range said as one, not "from ... to".)
    const thousands = thousandsShared(a, b, !/\bfrom\s+$/i.test(sentence.slice(Math.max(0, a.start - 6), a.start)));
    // ("10-20 people": a rising pair before a plural noun is a range of a count, not a score.)
    // ("aged 18-24 voters": an age band, whose figures are ages.)
    const countRange = a.value < b.value && pluralCountAfter(sentence, b.end) && !/\bages?d?\s+$/i.test(sentence.slice(Math.max(0, a.start - 6), a.start));
    if (hyphen && !thousands && !countRange && !a.unit && !b.unit && !a.scaled && !b.scaled && a.kind === 'digits' && b.kind === 'digits') {
      // "won 3-2", "a 2-1 defeat", "voted 5-2": a score line is two figures, each a side's tally.
      if (isScoreLine(sentence, a, b)) {
        a.rule = 'score';
        b.rule = 'score';
        continue;
      }
      drop.add(a);
      drop.add(b);
      continue;
    }
    // "jumped 18% to 312,400", "fell 18% to €412 million": a change then the level reached, not a range of shares.
    if (a.unit === '%' && b.unit !== '%' && /^\s*to\s*$/i.test(gap) && (!!b.unit || b.scaled || (Math.abs(b.value) > 100 && Math.abs(b.value) > 10 * Math.abs(a.value)))) continue;
    // "5 km to $40": two ends in two different measures are two figures.
    if (a.unit && b.unit && a.unit !== b.unit && !/^\s*[-–—]\s*$/.test(gap) && (a.currencyPrefix || b.currencyPrefix || a.unit === '%')) continue;
    if (!a.unit && !a.currencyPrefix && b.unit) a.unit = b.unit;
    if (!b.unit && a.unit) b.unit = a.unit;
    if (thousands) {
      a.value = round12(a.value * thousands);
      a.scaled = true;
    }
    // ("£4-6bn", "$7 to 9 million": the currency is written once, before the first end, and the scale once, after the second.)
    if (!a.scaled && (!a.currencyPrefix || b.currencyPrefix || b.unit === a.unit) && b.scaled && (a.kind === 'digits' || a.kind === 'words')) {
      const bRaw = b.kind === 'digits' ? Number(b.core.replace(/,/g, '')) : wordValue(b.core);
      const factor = bRaw ? b.value / bRaw : 1;
      if (factor > 1 && Math.abs(a.value) <= Math.abs(bRaw)) {
        a.value = round12(a.value * factor);
        a.scaled = true;
      }
    }
    if (a.qualifier === 'exact' && b.qualifier !== 'exact') a.qualifier = b.qualifier;
    a.rule = `${a.rule}-range`;
    b.rule = `${b.rule}-range`;
  }
  return qs.filter((q) => !drop.has(q));
}
