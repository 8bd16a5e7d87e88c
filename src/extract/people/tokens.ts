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
const POSSESSIVE_END = /^(.+?)['’]s$/u;

/** Words and punctuation of `text[start, end)`, with absolute offsets. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice))) {
    let word = m[0];
    const at = start + m.index;
    const isWord = /[\p{L}\p{N}]/u.test(word[0]);
    // "U.S." and "Mr." and the initial "J." keep their final period.
    if (isWord && slice[m.index + word.length] === '.' && (INITIALISM.test(word) || HONORIFICS.has(`${word.toLowerCase()}.`) || /^\p{Lu}$/u.test(word))) {
      word += '.';
      TOKEN.lastIndex++;
    }
    const outerEnd = at + word.length;
    let possessive = false;
    const pos = isWord ? POSSESSIVE_END.exec(word) : null;
    if (pos) {
      word = pos[1];
      possessive = true;
    } else if (isWord && (slice[m.index + word.length] === "'" || slice[m.index + word.length] === '’') && /s$/.test(word) && !/[\p{L}]/u.test(slice[m.index + word.length + 1] ?? '')) {
      possessive = true; // "the Joneses' house"
    }
    const apostrophe = possessive && !pos ? 1 : 0;
    out.push({ text: word, start: at, end: at + word.length, lower: word.toLowerCase(), cap: isWord && UPPER_START.test(word), possessive, outerEnd: outerEnd + apostrophe, word: isWord });
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
