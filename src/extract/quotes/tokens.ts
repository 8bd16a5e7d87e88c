/** A word or punctuation mark of a sentence, in Doc.text coordinates. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  isWord: boolean;
  /** Inside a quotation (between marks). */
  quoted: boolean;
  /** Index of the quote passage whose opening or closing mark this token is, else -1. */
  mark: number;
  /** The first character is an upper-case letter (/^\p{Lu}/u). */
  upper: boolean;
  /** The first character is a lower-case letter (/^\p{Ll}/u). */
  lowerFirst: boolean;
  /** Every character after the first is a lower-case letter (true for one character). */
  restLower: boolean;
}

const WORD_CHAR_RE = /[\p{L}\p{N}]/u;
const SPACE_RE = /\s/;
/** Per UTF-16 code: 0 not yet known, else one of the classes below (filled on first sight). */
const charClass = new Uint8Array(0x10000);
const OTHER = 1;
const SPACE = 2;
/** A letter or digit: a word starts and may end with one. */
const WORD_CHAR = 3;
/** Joins the parts of a word ("U.S.", "AT&T", "don't", "so-called"), and "." may end it. */
const JOINER = 4;
const DOT = 46;

const UPPER_RE = /^\p{Lu}/u;
const LOWER_RE = /^\p{Ll}/u;
/** Per UTF-16 code: 0 not yet known, else UPPER, LOWER or NO_CASE (filled on first sight). */
const caseClass = new Uint8Array(0x10000);
const UPPER = 1;
const LOWER = 2;
const NO_CASE = 3;

function caseOf(codePoint: number): number {
  let c = codePoint > 0xffff ? 0 : caseClass[codePoint];
  if (c === 0) {
    const ch = String.fromCodePoint(codePoint);
    c = UPPER_RE.test(ch) ? UPPER : LOWER_RE.test(ch) ? LOWER : NO_CASE;
    if (codePoint <= 0xffff) caseClass[codePoint] = c;
  }
  return c;
}

/** caseOf for an ASCII code. */
function asciiCase(c: number): number {
  return c >= 65 && c <= 90 ? UPPER : c >= 97 && c <= 122 ? LOWER : NO_CASE;
}

function classOf(codePoint: number): number {
  if (codePoint > 0xffff) return WORD_CHAR_RE.test(String.fromCodePoint(codePoint)) ? WORD_CHAR : OTHER;
  let c = charClass[codePoint];
  if (c === 0) {
    const ch = String.fromCharCode(codePoint);
    c = WORD_CHAR_RE.test(ch) ? WORD_CHAR : SPACE_RE.test(ch) ? SPACE : /^[&'’.-]$/.test(ch) ? JOINER : OTHER;
    charClass[codePoint] = c;
  }
  return c;
}

/** Is the UTF-16 code a white-space character (/\s/)? */
export function isSpace(code: number): boolean {
  return classOf(code) === SPACE;
}

/**
 * End of the match of /[\p{L}\p{N}](?:[\p{L}\p{N}&'’.-]*[\p{L}\p{N}.])?|\S/u at `i` (a non-space):
 * a word runs over letters, digits and joiners and ends at its last letter, digit or period.
 */
function tokenEnd(text: string, i: number, limit: number): number {
  const first = text.codePointAt(i)!;
  let k = i + (first > 0xffff ? 2 : 1);
  if (classOf(first) !== WORD_CHAR) return k;
  let end = k;
  // A word stops at the sentence end, even with no space there ("said.The").
  while (k < limit) {
    // ASCII without the code point and class calls: they were most of the cost before V8 optimises.
    let c = text.charCodeAt(k);
    let cls: number;
    if (c < 128) {
      cls = charClass[c] || classOf(c);
    } else {
      c = text.codePointAt(k)!;
      cls = classOf(c);
    }
    if (cls !== WORD_CHAR && cls !== JOINER) break;
    k += c > 0xffff ? 2 : 1;
    if (cls === WORD_CHAR || c === DOT) end = k;
  }
  return end;
}

/** /\..*\.$|^\p{Lu}[\p{Ll}]{0,3}\.$/u on [from, to), which ends with a period: "U.S.", "Mr.", "Ala.". */
function keepsFinalPeriod(text: string, from: number, to: number): boolean {
  if (text.indexOf('.', from) < to - 1) return true;
  const first = text.codePointAt(from)!;
  if (caseOf(first) !== UPPER) return false;
  let lowers = 0;
  for (let k = from + (first > 0xffff ? 2 : 1); k < to - 1; ) {
    const c = text.codePointAt(k)!;
    if (caseOf(c) !== LOWER || ++lowers > 3) return false;
    k += c > 0xffff ? 2 : 1;
  }
  return true;
}

/** Does toLowerCase change the word? Not when it has only ASCII characters other than capitals. */
function lowerCaseChanges(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 128 || (c >= 65 && c <= 90)) return true;
  }
  return false;
}

/** Split [start, end) of `text` into words and single punctuation marks. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let i = start;
  for (;;) {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if ((c < 128 ? charClass[c] || classOf(c) : classOf(c)) !== SPACE) break;
      i++;
    }
    if (i >= end) break;
    const asciiEnd = asciiToken(text, i, end, tokens);
    if (asciiEnd > 0) {
      i = asciiEnd;
      continue;
    }
    let wordEnd = tokenEnd(text, i, end);
    // A sentence-final period is punctuation, not part of the word ("said.", but keep "U.S.").
    if (wordEnd - i > 1 && text.charCodeAt(wordEnd - 1) === DOT && !keepsFinalPeriod(text, i, wordEnd)) wordEnd--;
    const word = text.slice(i, Math.min(wordEnd, end));
    const c0 = word.charCodeAt(0);
    const first = c0 < 128 ? asciiCase(c0) : caseOf(word.codePointAt(0)!);
    let restLower = true;
    for (let k = c0 < 128 || word.codePointAt(0)! <= 0xffff ? 1 : 2; k < word.length; ) {
      const c = word.charCodeAt(k);
      if (c < 128) {
        if (c >= 97 && c <= 122) {
          k++;
          continue;
        }
        restLower = false;
        break;
      }
      const codePoint = word.codePointAt(k)!;
      if (caseOf(codePoint) !== LOWER) {
        restLower = false;
        break;
      }
      k += codePoint > 0xffff ? 2 : 1;
    }
    tokens.push({
      start: i,
      end: i + word.length,
      text: word,
      lower: lowerCaseChanges(word) ? word.toLowerCase() : word,
      isWord: word.length > 1 || classOf(word.charCodeAt(0)) === WORD_CHAR,
      quoted: false,
      mark: -1,
      upper: first === UPPER,
      lowerFirst: first === LOWER,
      restLower,
    });
    i += word.length;
  }
  return tokens;
}

/**
 * The token at `i` (not a space, before `end`) when it and the characters that end it are ASCII:
 * pushed with its case flags found in the one scan that finds its end, and the index after it
 * returned. Else 0, and the general code in tokenize reads it.
 */
function asciiToken(text: string, i: number, end: number, tokens: Token[]): number {
  const c0 = text.charCodeAt(i);
  if (c0 >= 128) return 0;
  if ((charClass[c0] || classOf(c0)) !== WORD_CHAR) {
    // A punctuation mark or symbol: no case, and toLowerCase would not change it.
    const mark = text.slice(i, i + 1);
    tokens.push({ start: i, end: i + 1, text: mark, lower: mark, isWord: false, quoted: false, mark: -1, upper: false, lowerFirst: false, restLower: true });
    return i + 1;
  }
  let k = i + 1;
  let wordEnd = k;
  // First index after the first character that is not a-z (restLower), and whether any is A-Z (toLowerCase changes it).
  let firstNotLower = end + 1;
  let hasCapital = c0 >= 65 && c0 <= 90;
  while (k < end) {
    const c = text.charCodeAt(k);
    if (c >= 128) {
      // A closing curly quote or a dash ends the word; a letter or ’ inside it needs the general code.
      const other = classOf(text.codePointAt(k)!);
      if (other === WORD_CHAR || other === JOINER) return 0;
      break;
    }
    const cls = charClass[c] || classOf(c);
    if (cls !== WORD_CHAR && cls !== JOINER) break;
    if (c < 97 || c > 122) {
      if (k < firstNotLower) firstNotLower = k;
      if (c >= 65 && c <= 90) hasCapital = true;
    }
    k++;
    if (cls === WORD_CHAR || c === DOT) wordEnd = k;
  }
  // A sentence-final period is punctuation, not part of the word ("said.", but keep "U.S.").
  if (wordEnd - i > 1 && text.charCodeAt(wordEnd - 1) === DOT && !keepsFinalPeriod(text, i, wordEnd)) wordEnd--;
  const word = text.slice(i, wordEnd);
  tokens.push({
    start: i,
    end: wordEnd,
    text: word,
    lower: hasCapital ? word.toLowerCase() : word,
    isWord: true,
    quoted: false,
    mark: -1,
    upper: c0 >= 65 && c0 <= 90,
    lowerFirst: c0 >= 97 && c0 <= 122,
    restLower: firstNotLower >= wordEnd,
  });
  return wordEnd;
}

export function isCapitalized(t: Token): boolean {
  return t.isWord && t.upper;
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;

/** /['’]s?$/ and longer than two characters: "Ames'", "the city's". */
export function isPossessive(t: Token): boolean {
  const s = t.text;
  if (s.length <= 2) return false;
  const last = s.charCodeAt(s.length - 1);
  if (last === APOSTROPHE || last === RIGHT_QUOTE) return true;
  const prev = s.charCodeAt(s.length - 2);
  return last === 115 /* s */ && (prev === APOSTROPHE || prev === RIGHT_QUOTE);
}
/** /^\p{Ll}+ly$/u: "quickly", "reportedly". */
export function isLowerAdverb(t: Token): boolean {
  return t.lowerFirst && t.restLower && t.text.length >= 3 && t.text.endsWith('ly');
}

/** /^\p{Lu}\p{Ll}+ing$/u: "Refusing", "Speaking". */
export function isCapitalizedParticiple(t: Token): boolean {
  return t.upper && t.restLower && t.text.endsWith('ing') && t.text.length - (t.text.codePointAt(0)! > 0xffff ? 2 : 1) >= 4;
}

/** Count words in tokens [from, to). */
export function wordCount(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (tokens[i].isWord) n++;
  return n;
}
