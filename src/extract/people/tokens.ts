import { HONORIFICS } from './words/titles.js';

export interface Token {
  text: string;
  start: number;
  end: number;
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Was followed by 's / ’s (not part of `text`); `end` excludes it, `outerEnd` includes it. */
  possessive: boolean;
  outerEnd: number;
  /** Word characters (false for punctuation). */
  word: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[.'’&/-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;
const UPPER_START = /^\p{Lu}/u;
const WORD_START = /^[\p{L}\p{M}\p{N}]/u;

// ASCII first: the Unicode tests only for the rare other characters.
function startsWord(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_START.test(word);
}

function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(word);
}

/** Words and punctuation of `text[start, end)`, with absolute offsets. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) && m.index < end) {
    let word = m[0];
    const at = m.index;
    if (at + word.length > end) word = word.slice(0, end - at);
    const isWord = startsWord(word);
    const nextChar = text[at + word.length];
    // "U.S." and "Mr." and the initial "J." keep their final period.
    if (isWord && nextChar === '.' && at + word.length < end && (INITIALISM.test(word) || HONORIFICS.has(`${word.toLowerCase()}.`) || (word.length === 1 && startsUpper(word)))) {
      word += '.';
      TOKEN.lastIndex = at + word.length;
    }
    const outerEnd = at + word.length;
    let possessive = false;
    let apostrophe = 0;
    const last = word.length - 1;
    if (isWord && last >= 2 && (word[last] === 's' || word[last] === 'S') && (word[last - 1] === "'" || word[last - 1] === '’')) {
      word = word.slice(0, last - 1);
      possessive = true;
    } else if (isWord && word[last] === 's' && (nextChar === "'" || nextChar === '’') && !/\p{L}/u.test(text[at + word.length + 1] ?? '')) {
      possessive = true; // "the Joneses' house"
      apostrophe = 1;
    }
    out.push({ text: word, start: at, end: at + word.length, lower: word.toLowerCase(), cap: isWord && startsUpper(word), possessive, outerEnd: outerEnd + apostrophe, word: isWord });
  }
  return out;
}

/** Only one or two spaces (no punctuation, no line break) between two tokens. */
export function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = b.start - a.outerEnd;
  if (gap < 1 || gap > 2) return false;
  for (let i = a.outerEnd; i < b.start; i++) if (text[i] !== ' ' && text[i] !== '\u00a0') return false;
  return true;
}
