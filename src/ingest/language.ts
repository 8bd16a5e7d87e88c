import { ENGLISH_STOP_WORDS } from './english-stop-words.js';

const WORD = /\p{L}+/gu;
const SAMPLE_WORDS = 3000;
/** Below this share of English function words a text of some length is not English prose. */
const MIN_STOP_WORD_SHARE = 0.12;
const MIN_WORDS = 40;

export interface LanguageGuess {
  english: boolean;
  words: number;
  stopWordShare: number;
}

/** A cheap check that a text is English: the share of common English function words. */
export function guessEnglish(text: string): LanguageGuess {
  WORD.lastIndex = 0;
  let words = 0;
  let letters = 0;
  let stop = 0;
  for (let m = WORD.exec(text); m && words < SAMPLE_WORDS; m = WORD.exec(text)) {
    words++;
    letters += m[0].length;
    if (ENGLISH_STOP_WORDS.has(m[0].toLowerCase())) stop++;
  }
  // Scripts written without spaces give few, very long "words": judge them by letters instead.
  const units = Math.max(words, Math.round(letters / 6));
  const stopWordShare = units === 0 ? 0 : stop / units;
  return { english: units < MIN_WORDS || stopWordShare >= MIN_STOP_WORD_SHARE, words: units, stopWordShare };
}
