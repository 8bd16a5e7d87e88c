import { ENGLISH_STOP_WORDS } from './english-stop-words.js';

/** The start of an article is enough to tell its language. */
const SAMPLE_CHARS = 3_000;
/** Below this share of English function words a text of some length is not English prose. */
const MIN_STOP_WORD_SHARE = 0.12;
const MIN_WORDS = 25;
const LONGEST_STOP_WORD = Math.max(...[...ENGLISH_STOP_WORDS].map((w) => w.length));

/**
 * A case-blind hash of an ASCII word, so that most words are ruled out without making a string.
 * It stays a small integer (no heap number), and its low bits index a table of stop-word hashes.
 */
const hashStep = (hash: number, c: number) => (Math.imul(hash, 31) + (c | 32)) & HASH_MASK;
const HASH_MASK = 0xffff;
const STOP_WORD_HASHES = new Uint8Array(HASH_MASK + 1);
const STOP_WORDS_BY_HASH = new Map<number, string[]>();
for (const w of ENGLISH_STOP_WORDS) {
  const hash = [...w].reduce((h, ch) => hashStep(h, ch.charCodeAt(0)), 0);
  STOP_WORD_HASHES[hash] = 1;
  STOP_WORDS_BY_HASH.set(hash, [...(STOP_WORDS_BY_HASH.get(hash) ?? []), w]);
}

/** Is the ASCII-letter word text[start, end) a stop word, in any case? Compared in place, no string made. */
function isStopWordAt(text: string, start: number, end: number, hash: number): boolean {
  if (STOP_WORD_HASHES[hash] !== 1) return false;
  for (const w of STOP_WORDS_BY_HASH.get(hash)!) {
    if (w.length !== end - start) continue;
    let i = 0;
    while (i < w.length && (text.charCodeAt(start + i) | 32) === w.charCodeAt(i)) i++;
    if (i === w.length) return true;
  }
  return false;
}

export interface LanguageGuess {
  english: boolean;
  /** Words read and their share of stop words: over the whole sample, or when the text is English, over the part read until that was certain. */
  words: number;
  stopWordShare: number;
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Latin-1 and Latin Extended letters, which Latin-script languages use inside words. */
const isLatinExtra = (c: number) => (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);
/** Letters of other scripts: counted one word per two letters, as some scripts use no spaces. */
const isOtherLetter = (c: number) => c >= 0x370 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xfe30 && c <= 0xfe4f) && !(c >= 0xff00 && c <= 0xff0f) && !(c >= 0xd800 && c <= 0xdfff);

/** A cheap check that a text is English: the share of common English function words. */
export function guessEnglish(text: string): LanguageGuess {
  const n = Math.min(text.length, SAMPLE_CHARS);
  let units = 0;
  let stop = 0;
  let otherLetters = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isAsciiLetter(c) || isLatinExtra(c)) {
      const start = i;
      let ascii = true;
      let hash = 0;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isAsciiLetter(d)) {
          hash = hashStep(hash, d);
          i++;
        } else if (isLatinExtra(d)) {
          ascii = false;
          i++;
        } else break;
      }
      units++;
      if (ascii && i - start <= LONGEST_STOP_WORD && isStopWordAt(text, start, i, hash)) {
        stop++;
        // English is certain once the share stays above the bar even if every character still to
        // read made a word of its own (n - i + 1 bounds the units they can add, other letters
        // counted in pairs included): most English articles are decided in the first half.
        if (stop / (units + Math.ceil(otherLetters / 2) + (n - i) + 1) >= MIN_STOP_WORD_SHARE) {
          return { english: true, words: units + Math.ceil(otherLetters / 2), stopWordShare: stop / (units + Math.ceil(otherLetters / 2)) };
        }
      }
    } else {
      if (isOtherLetter(c)) otherLetters++;
      i++;
    }
  }
  units += Math.ceil(otherLetters / 2);
  const stopWordShare = units === 0 ? 0 : stop / units;
  return { english: units < MIN_WORDS || stopWordShare >= MIN_STOP_WORD_SHARE, words: units, stopWordShare };
}
