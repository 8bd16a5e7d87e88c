/** Character tests shared by the hand-written scanners (exactly the regex classes they replace). */

export const isLeadSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
export const isTrailSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** `\s` of a regex: the JS whitespace and line terminators. */
export const isSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * `s.charCodeAt(i)`, or -1 outside the string: the scanners peek past both ends, and a NaN
 * there would make the optimised code fall back to slower number handling.
 */
export const codeAt = (s: string, i: number) => (i >= 0 && i < s.length ? s.charCodeAt(i) : -1);

/** Bits of `charClass`: `\p{L}`, `\p{N}`. */
export const LETTER = 1;
export const NUMBER = 2;

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{N}/u.test(ch) ? NUMBER : 0);
}
const ASCII_CLASSES = Uint8Array.from({ length: 128 }, (_, cp) => classify(cp));
const classes = new Map<number, number>();

/** `\p{L}` / `\p{N}` of one code point: ASCII from a table, the rest cached on first sight. */
export function charClass(cp: number): number {
  if (cp < 128) return ASCII_CLASSES[cp];
  let k = classes.get(cp);
  if (k === undefined) classes.set(cp, (k = classify(cp)));
  return k;
}

/** The code point that ends just before index `i` (a surrogate pair read as one, as the u flag does). */
export function codePointBefore(s: string, i: number): number {
  const lo = s.charCodeAt(i - 1);
  if (isTrailSurrogate(lo) && i >= 2) {
    const hi = s.charCodeAt(i - 2);
    if (isLeadSurrogate(hi)) return ((hi - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
  }
  return lo;
}

/** `s.codePointAt(i)` for an index inside `s`, without the call for the usual BMP character. */
export function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return isLeadSurrogate(c) ? s.codePointAt(i)! : c;
}

/** UTF-16 length of a code point. */
export const codeUnits = (cp: number) => (cp > 0xffff ? 2 : 1);

/** `[\p{L}\p{N}]` of one code point. */
export const isLetterOrDigit = (cp: number) => charClass(cp) !== 0;
