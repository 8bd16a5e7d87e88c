/**
 * Repair of mojibake: UTF-8 text that was once decoded as Windows-1252 or Latin-1 and saved
 * again, so "é" reads "Ã©", "’" reads "â€™" and "£" reads "Â£". Each such sequence is turned back
 * into its bytes and decoded as UTF-8; the repaired text keeps a map to the original, so every
 * span still points into the file as it was given.
 */

/** Windows-1252 characters for bytes 0x80-0x9F (undefined bytes map to themselves, as decoders do). */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const BYTE_OF = new Map<number, number>();
for (let i = 0; i < 32; i++) BYTE_OF.set(HIGH.charCodeAt(i), 0x80 + i);

/** The Windows-1252 (or Latin-1) byte a character came from, or -1. */
function byteOf(code: number): number {
  if (code < 0x80) return code;
  if (code >= 0xa0 && code <= 0xff) return code;
  return BYTE_OF.get(code) ?? -1;
}

/** A UTF-8 lead byte read as Windows-1252 (Â..ô) followed by a continuation byte read the same way. */
const CANDIDATE = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/g;

/**
 * Characters a repaired sequence may give: Latin letters and symbols, Greek, Cyrillic, general
 * punctuation, currency and letter-like symbols. Anything else (IPA, CJK from a stray pair) means
 * the pair was real text, such as a French "É" before a no-break space.
 */
function plausible(code: number): boolean {
  return (
    (code >= 0xa0 && code <= 0x24f) ||
    (code >= 0x370 && code <= 0x4ff) ||
    (code >= 0x2000 && code <= 0x206f) ||
    (code >= 0x20a0 && code <= 0x20cf) ||
    (code >= 0x2100 && code <= 0x214f) ||
    (code >= 0x1e00 && code <= 0x1eff)
  );
}

interface Repair {
  at: number;
  length: number;
  char: string;
}

/** Decode the mojibake sequence starting at `at`, if it is one. */
function repairAt(text: string, at: number): Repair | null {
  const lead = byteOf(text.charCodeAt(at));
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length === 0) return null;
  let code = lead & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07);
  for (let k = 1; k < length; k++) {
    const b = at + k < text.length ? byteOf(text.charCodeAt(at + k)) : -1;
    if (b < 0x80 || b > 0xbf) return k === 2 && code === 0x80 ? closingQuote(text, at) : null;
    code = (code << 6) | (b & 0x3f);
  }
  // Overlong or surrogate forms are not UTF-8: the bytes were never text in that encoding.
  const min = length === 2 ? 0x80 : length === 3 ? 0x800 : 0x10000;
  if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return null;
  if (!plausible(code)) return null;
  return { at, length, char: String.fromCodePoint(code) };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * "â€" without its third character: the bytes 0x9D of "”" and 0x90 of "‐" (hyphen) have no
 * Windows-1252 character, so decoders drop them or write U+FFFD. Between two letters it was the
 * hyphen ("longâ€term"); elsewhere the closing quote, by far the more common.
 */
function closingQuote(text: string, at: number): Repair {
  const length = text.charCodeAt(at + 2) === 0xfffd ? 3 : 2;
  const inWord = at > 0 && WORD_CHAR.test(text[at - 1]) && WORD_CHAR.test(text[at + length] ?? '');
  return { at, length, char: inWord ? '‐' : '”' };
}

export interface MojibakeRepair {
  /** The repaired text. */
  text: string;
  /** text index -> index in the original; length text.length + 1. */
  offsets: Int32Array;
  /** How many sequences were repaired. */
  repaired: number;
}

/**
 * Repair mojibake when the text shows the pattern clearly: at least two repairable sequences, or
 * one of the three-character kind ("â€™"), which real text never contains. Returns null when
 * there is nothing to repair. One regex pass finds the candidates; clean files cost only that.
 */
export function repairMojibake(text: string): MojibakeRepair | null {
  CANDIDATE.lastIndex = 0;
  const repairs: Repair[] = [];
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const r = repairAt(text, m.index);
    if (r) {
      repairs.push(r);
      CANDIDATE.lastIndex = m.index + r.length;
    }
  }
  if (repairs.length === 0 || (repairs.length === 1 && repairs[0].length < 3)) return null;
  const parts: string[] = [];
  const offsets = new Int32Array(text.length - repairs.reduce((n, r) => n + r.length - r.char.length, 0) + 1);
  let from = 0;
  let out = 0;
  for (const r of repairs) {
    parts.push(text.slice(from, r.at), r.char);
    for (let i = from; i < r.at; i++) offsets[out++] = i;
    // A repaired character maps to the start of its sequence (an astral one takes two units).
    for (let k = 0; k < r.char.length; k++) offsets[out++] = r.at;
    from = r.at + r.length;
  }
  parts.push(text.slice(from));
  for (let i = from; i < text.length; i++) offsets[out++] = i;
  offsets[out] = text.length;
  return { text: parts.join(''), offsets, repaired: repairs.length };
}

/**
 * Length of the mojibake sequence at `at` in the original text, given that the repaired text
 * shows a different character there; 1 when it is not one.
 */
export function mojibakeLength(raw: string, at: number): number {
  return repairAt(raw, at)?.length ?? 1;
}
