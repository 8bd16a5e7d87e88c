import type { GazetteerEntry } from './lexicon.js';
import { HASH_PRIME, HASH_SEED, hashStep, wordInfoAt, wordInfoHashed, type WordInfo } from './vocabulary.js';
import { isLeadSurrogate, isTrailSurrogate } from '../../chars.js';

/** One word or punctuation mark; what the word lists say about it is shared by all its occurrences. */
export class Token {
  // Declared, not defined: a class field would first be set to undefined for every token.
  declare readonly info: WordInfo;
  declare readonly start: number;
  declare readonly end: number;
  /** Was followed by 's / ’s (not part of `text`); `end` excludes it, `outerEnd` includes it. */
  declare readonly possessive: boolean;
  declare readonly outerEnd: number;
  /** Word characters (false for punctuation). */
  declare readonly word: boolean;
  // Copied from `info`: read for nearly every token, and a getter is slow until the code is hot.
  declare readonly text: string;
  declare readonly lower: string;
  /** Starts with an upper-case letter. */
  declare readonly cap: boolean;
  /** Bits of the word lists `text` is in (vocabulary.ts). */
  declare readonly cls: number;

  constructor(info: WordInfo, start: number, end: number, possessive: boolean, outerEnd: number, word: boolean) {
    this.info = info;
    this.start = start;
    this.end = end;
    this.possessive = possessive;
    this.outerEnd = outerEnd;
    this.word = word;
    this.text = info.text;
    this.lower = info.lower;
    this.cap = word && info.upper;
    this.cls = info.cls;
  }

  /** foldName(text). */
  get folded(): string {
    return this.info.folded;
  }

  /** The place or organization this word alone names. */
  get gazetteer(): GazetteerEntry | undefined {
    return this.info.gazetteer;
  }

  /** The gender an honorific implies (null also for no honorific). */
  get honorificGender(): 'm' | 'f' | null {
    return this.info.honorificGender;
  }
}

const WORD_START = /^[\p{L}\p{M}\p{N}]/u;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_CHAR = /^\s$/u;
const LETTER = /\p{L}/u;

// Classes of UTF-16 units, filled on first sight (the Unicode tests are slow, the text repeats).
const UNKNOWN = 0;
const WORD = 1;
const SPACE = 2;
const OTHER = 3;
const unitClass = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  unitClass[c] = /[A-Za-z0-9]/.test(ch) ? WORD : SPACE_CHAR.test(ch) ? SPACE : OTHER;
}

function bmpClass(c: number): number {
  let k = unitClass[c];
  if (k === UNKNOWN) {
    const ch = String.fromCharCode(c);
    // A lone surrogate is a code point of its own: no letter, no space.
    k = c >= 0xd800 && c <= 0xdfff ? OTHER : WORD_CHAR.test(ch) ? WORD : SPACE_CHAR.test(ch) ? SPACE : OTHER;
    unitClass[c] = k;
  }
  return k;
}

/** Length in UTF-16 units of the code point at `i` when it is a letter, mark or digit, else 0. */
function wordCharAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return unitClass[c] === WORD ? 1 : 0;
  const pair = pairAt(text, i, c);
  if (pair) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  return bmpClass(c) === WORD ? 1 : 0;
}

/** A surrogate pair starts at `i` (code unit `c`). */
function pairAt(text: string, i: number, c: number): boolean {
  return isLeadSurrogate(c) && i + 1 < text.length && isTrailSurrogate(text.charCodeAt(i + 1));
}

/** Inside a word, these join two runs of letters ("U.S", "O'Neill", "AT&T", "Smith-Jones"). */
function isJoiner(c: number): boolean {
  return c === 46 || c === 39 || c === 0x2019 || c === 38 || c === 47 || c === 45;
}

/** Hash of the characters of the last word tokenEnd scanned (see hashChars). */
let scannedHash = 0;

/**
 * End of the token starting at `p` (a non-space): letters/marks/digits joined by single
 * [.'’&/-], or one other code point, whose end is returned bit-inverted (negative). For a word,
 * its characters are hashed on the way (scannedHash), so the word table needs no second pass.
 */
function tokenEnd(text: string, p: number): number {
  const first = text.charCodeAt(p);
  if (first < 128 ? unitClass[first] !== WORD : wordCharAt(text, p) === 0) return ~(p + (pairAt(text, p, first) ? 2 : 1));
  let h = HASH_SEED;
  let q = p;
  for (;;) {
    const c = text.charCodeAt(q); // NaN past the end: no word character
    if (c < 128) {
      if (unitClass[c] !== WORD) break;
      // hashStep, written out: a call per character is most of this loop's cost before V8 optimises it.
      h = Math.imul(h ^ c, HASH_PRIME);
      q++;
      continue;
    }
    const n = wordCharAt(text, q);
    if (n > 0) {
      h = hashStep(h, c);
      if (n === 2) h = hashStep(h, text.charCodeAt(q + 1));
      q += n;
      continue;
    }
    break;
  }
  // A joiner followed by a word character continues the word.
  for (;;) {
    const j = text.charCodeAt(q);
    if (!isJoiner(j) || wordCharAt(text, q + 1) === 0) break;
    h = Math.imul(h ^ j, HASH_PRIME);
    q++;
    for (;;) {
      const c = text.charCodeAt(q);
      const n = c < 128 ? (unitClass[c] === WORD ? 1 : 0) : wordCharAt(text, q);
      if (n === 0) break;
      h = Math.imul(h ^ c, HASH_PRIME);
      if (n === 2) h = hashStep(h, text.charCodeAt(q + 1));
      q += n;
    }
  }
  scannedHash = h;
  return q;
}

// ASCII first: the Unicode tests only for the rare other characters.
function startsWord(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_START.test(word);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** Words and punctuation of `text[start, end)`, with absolute offsets. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  // Like a Unicode regex, a start inside a surrogate pair starts at the pair.
  let pos = start > 0 && start < text.length && pairAt(text, start - 1, text.charCodeAt(start - 1)) ? start - 1 : start;
  for (;;) {
    let at = pos;
    // skipSpace, with ASCII written out (calls per token are much of the cost before V8 optimises).
    while (at < text.length) {
      const c = text.charCodeAt(at);
      if ((c < 128 ? unitClass[c] : bmpClass(c)) !== SPACE) break;
      at++;
    }
    if (at >= end) break;
    const found = tokenEnd(text, at);
    pos = found >= 0 ? found : ~found;
    let len = (pos < end ? pos : end) - at;
    // A word cut by `end` inside a surrogate pair no longer starts with a letter.
    const isWord = found >= 0 && (pos <= end || startsWord(text.slice(at, at + len)));
    const next = text.charCodeAt(at + len);
    let info = found >= 0 && pos <= end ? wordInfoHashed(text, at, len, scannedHash) : wordInfoAt(text, at, len);
    // "U.S." and "Mr." and the initial "J." keep their final period. Written without a branch of
    // its own: a rare branch has no type feedback when V8 optimises, and taking it later deoptimises.
    const keptPeriod = isWord && next === 46 && at + len < end && info.keepsPeriod ? 1 : 0;
    len += keptPeriod;
    pos += keptPeriod; // the word ended at `pos`, before the period
    const outerEnd = at + len;
    let possessive = false;
    let apostrophe = 0;
    const last = at + len - 1;
    const lastChar = text.charCodeAt(last);
    // (After a kept period the last character is the period: no possessive.)
    if (isWord && len >= 3 && (lastChar === 115 || lastChar === 83) && isApostrophe(text.charCodeAt(last - 1))) {
      len -= 2;
      possessive = true;
    } else if (isWord && lastChar === 115 && isApostrophe(next) && !LETTER.test(text[at + len + 1] ?? '')) {
      possessive = true; // "the Joneses' house"
      apostrophe = 1;
    } else if (isWord && len >= 4 && (lastChar === 108 || lastChar === 100 || lastChar === 101)) {
      const cut = contractionLength(text, last); // "She’ll", "he’d", "they’re": the pronoun alone
      if (cut > 0) {
        len -= cut;
        info = wordInfoAt(text, at, len);
      }
    }
    if (keptPeriod !== 0 || (possessive && apostrophe === 0)) info = wordInfoAt(text, at, len);
    out.push(new Token(info, at, at + len, possessive, outerEnd + apostrophe, isWord));
  }
  return out;
}

/** 3 for "’ll", "’ve", "’re", 2 for "’d" ending at `last` (lower case, after a letter), else 0. */
function contractionLength(text: string, last: number): number {
  const c = text.charCodeAt(last);
  if (c === 100) return isApostrophe(text.charCodeAt(last - 1)) ? 2 : 0;
  const p = text.charCodeAt(last - 1);
  if (!isApostrophe(text.charCodeAt(last - 2))) return 0;
  return (c === 108 && p === 108) || (c === 101 && (p === 118 || p === 114)) ? 3 : 0;
}

/** Only one or two spaces (no punctuation, no line break) between two tokens. */
export function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = b.start - a.outerEnd;
  if (gap < 1 || gap > 2) return false;
  for (let i = a.outerEnd; i < b.start; i++) if (text[i] !== ' ' && text[i] !== '\u00a0') return false;
  return true;
}
