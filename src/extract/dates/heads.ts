import { codePointBefore, isLeadSurrogate, isLetterOrDigit, isTrailSurrogate } from '../../chars.js';

/**
 * Head words: what every time expression contains (a digit, a month, a unit, "now" ...).
 * The scanner looks only for these and tries rules only around them. A head starts where no
 * letter or digit stands before it and begins with one of HEAD_PREFIXES (any case), a digit,
 * "'" + digit + "0s" ("'90s"), or is "Q1".."Q4" as a word.
 */
const HEAD_PREFIXES = [
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'second', 'minute', 'hour', 'day', 'night', 'week', 'fortnight', 'month', 'quarter', 'half', 'year', 'decade', 'centur',
  'now', 'today', 'tomorrow', 'yesterday', 'tonight', 'overnight', 'current', 'recent', 'lately', 'nowadays', 'present', 'past', 'future',
  'soon', 'previously', 'noon', 'midnight', 'midday', 'then',
  'daily', 'nightly', 'weekly', 'biweekly', 'monthly', 'bimonthly', 'quarterly', 'annual', 'yearly', 'hourly', 'semiannually', 'biannually',
  'fiscal', 'fy', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties', 'nineteen', 'thousand',
  'spring', 'summer', 'fall', 'autumn', 'winter', 'morning', 'afternoon', 'evening', 'term', 'period',
  'christmas', 'thanksgiving', 'halloween', 'new year', 'independence', 'valentine', "o'clock",
  // Holidays whose first word is no head of its own (words.ts HOLIDAYS).
  'hogmanay', 'easter', 'good friday', 'holy saturday', 'maundy thursday', 'palm sunday', 'ash wednesday', 'shrove tuesday',
  'pancake day', 'ascension day', 'pentecost', 'whit sunday', 'whit monday', 'boxing day', 'st valentine', 'st patrick', 'st. patrick',
  'saint patrick', 'st andrew', 'st. andrew', 'st david', 'st. david', 'st george', 'st. george', 'burns night', 'bonfire night',
  'guy fawkes night', 'remembrance day', 'armistice day', 'veterans day', "veterans' day", 'anzac day', 'australia day', 'canada day',
  'waitangi day', 'bastille day', 'juneteenth', 'all saints', 'labor day', 'martin luther king day', "presidents' day", 'columbus day',
];

/**
 * HEAD_PREFIXES as a trie over ASCII codes: node n's child for code c is CHILD[n * 128 + c]
 * (0: none; node 0 is the root); END marks nodes where a prefix ends.
 */
const MAX_NODES = HEAD_PREFIXES.reduce((n, p) => n + p.length, 1);
const CHILD = new Uint16Array(MAX_NODES * 128);
const END = new Uint8Array(MAX_NODES);
let nodeCount = 1;
for (const prefix of HEAD_PREFIXES) {
  let node = 0;
  for (let k = 0; k < prefix.length; k++) {
    const slot = node * 128 + prefix.charCodeAt(k);
    if (!CHILD[slot]) CHILD[slot] = nodeCount++;
    node = CHILD[slot];
  }
  END[node] = 1;
}

/**
 * A code unit folded the way a case-insensitive unicode match folds it onto ASCII:
 * A-Z to a-z, the long s and the Kelvin sign to "s" and "k".
 */
function fold(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code === 0x17f) return 115;
  if (code === 0x212a) return 107;
  return code;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** Whether a letter or digit (a whole code point) ends just before `at`. */
const letterOrDigitBefore = (s: string, at: number) => at > 0 && isLetterOrDigit(codePointBefore(s, at));

/** Whether a letter or digit (a whole code point) starts at `at`. */
function letterOrDigitAt(s: string, at: number): boolean {
  if (at >= s.length) return false;
  return isLetterOrDigit(s.codePointAt(at)!);
}

function prefixAt(s: string, at: number): boolean {
  let node = 0;
  for (let i = at; i < s.length; i++) {
    const code = fold(s.charCodeAt(i));
    if (code >= 128) return false;
    node = CHILD[node * 128 + code];
    if (!node) return false;
    if (END[node]) return true;
  }
  return false;
}

function headStartsAt(s: string, at: number, code: number): boolean {
  if (isDigit(code)) return true;
  if (code === 39) return isDigit(s.charCodeAt(at + 1)) && s.charCodeAt(at + 2) === 48 && fold(s.charCodeAt(at + 3)) === 115;
  if (fold(code) === 113 && s.charCodeAt(at + 1) >= 49 && s.charCodeAt(at + 1) <= 52 && !letterOrDigitAt(s, at + 2)) return true;
  return prefixAt(s, at);
}

/**
 * Per ASCII code unit: WORD_CHAR for a letter or digit, MAY_START when a head can begin with it
 * (a digit, "'", or a first letter of a prefix, or "q").
 */
const WORD_CHAR = 1;
const MAY_START = 2;
const ASCII_KIND = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (isLetterOrDigit(c)) ASCII_KIND[c] = WORD_CHAR;
for (let c = 48; c <= 57; c++) ASCII_KIND[c] |= MAY_START;
ASCII_KIND[39] |= MAY_START;
for (const c of [113, ...HEAD_PREFIXES.map((p) => p.charCodeAt(0))]) {
  ASCII_KIND[c] |= MAY_START;
  ASCII_KIND[c - 32] |= MAY_START;
}

/** The first head at or after `from`, or -1. */
export function nextHead(s: string, from: number): number {
  // As a unicode pattern does, a start inside a surrogate pair starts at the pair.
  if (from > 0 && isTrailSurrogate(s.charCodeAt(from)) && isLeadSurrogate(s.charCodeAt(from - 1))) from--;
  const n = s.length;
  let afterWordChar = letterOrDigitBefore(s, from);
  for (let at = from; at < n; at++) {
    const code = s.charCodeAt(at);
    if (code < 128) {
      const kind = ASCII_KIND[code];
      if (!afterWordChar && kind & MAY_START && headStartsAt(s, at, code)) return at;
      afterWordChar = (kind & WORD_CHAR) !== 0;
      // No head starts inside a word: skip the rest of its ASCII letters and digits at once.
      if (afterWordChar) {
        let next: number;
        while (at + 1 < n && (next = s.charCodeAt(at + 1)) < 128 && ASCII_KIND[next] & WORD_CHAR) at++;
      }
    } else if (code === 0x17f || code === 0x212a) {
      if (!afterWordChar && headStartsAt(s, at, code)) return at;
      afterWordChar = true;
    } else {
      const cp = s.codePointAt(at)!;
      afterWordChar = isLetterOrDigit(cp);
      if (cp > 0xffff) at++;
    }
  }
  return -1;
}
