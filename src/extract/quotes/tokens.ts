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
}

const WORD_CHAR_RE = /[\p{L}\p{N}]/u;
const TOKEN_RE = /[\p{L}\p{N}](?:[\p{L}\p{N}&'’.-]*[\p{L}\p{N}.])?|\S/gu;

/** Split [start, end) of `text` into words and single punctuation marks. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) && m.index < end) {
    let word = m[0];
    // A sentence-final period is punctuation, not part of the word ("said.", but keep "U.S.").
    if (word.length > 1 && word.endsWith('.') && !/\..*\.$|^\p{Lu}[\p{Ll}]{0,3}\.$/u.test(word)) word = word.slice(0, -1);
    if (m.index + word.length > end) word = word.slice(0, end - m.index);
    TOKEN_RE.lastIndex = m.index + word.length;
    tokens.push({
      start: m.index,
      end: m.index + word.length,
      text: word,
      lower: word.toLowerCase(),
      isWord: word.length > 1 || WORD_CHAR_RE.test(word),
      quoted: false,
      mark: -1,
    });
  }
  return tokens;
}

export function isCapitalized(t: Token): boolean {
  return t.isWord && /^\p{Lu}/u.test(t.text);
}

export function isPossessive(t: Token): boolean {
  return /['’]s?$/.test(t.text) && t.text.length > 2;
}

/** Count words in tokens [from, to). */
export function wordCount(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (tokens[i].isWord) n++;
  return n;
}
