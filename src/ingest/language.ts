import { ENGLISH_STOP_WORDS } from './english-stop-words.js';

/** The start of an article is enough to tell its language. */
const SAMPLE_CHARS = 3_000;
/** Below this share of English function words a text of some length is not English prose. */
const MIN_STOP_WORD_SHARE = 0.12;
const MIN_WORDS = 25;
const LONGEST_STOP_WORD = Math.max(...[...ENGLISH_STOP_WORDS].map((w) => w.length));

/** A case-blind hash of an ASCII word, so that most words are ruled out without making a string. */
const hashStep = (hash: number, c: number) => (Math.imul(hash, 31) + (c | 32)) | 0;
const STOP_WORD_HASHES = new Set([...ENGLISH_STOP_WORDS].map((w) => [...w].reduce((h, ch) => hashStep(h, ch.charCodeAt(0)), 0)));

export interface LanguageGuess {
  english: boolean;
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
      if (ascii && i - start <= LONGEST_STOP_WORD && STOP_WORD_HASHES.has(hash) && ENGLISH_STOP_WORDS.has(text.slice(start, i).toLowerCase())) stop++;
    } else {
      if (isOtherLetter(c)) otherLetters++;
      i++;
    }
  }
  units += Math.ceil(otherLetters / 2);
  const stopWordShare = units === 0 ? 0 : stop / units;
  return { english: units < MIN_WORDS || stopWordShare >= MIN_STOP_WORD_SHARE, words: units, stopWordShare };
}
