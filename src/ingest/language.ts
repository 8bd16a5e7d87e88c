import { ENGLISH_STOP_WORDS } from './english-stop-words.js';

const WORD = /\p{L}+/gu;
const SAMPLE_WORDS = 3000;
/** Below this share of English function words a text of some length is not English prose. */
const MIN_STOP_WORD_SHARE = 0.12;
const MIN_WORDS = 25;
const LATIN = /^\p{Script=Latin}/u;

export interface LanguageGuess {
  english: boolean;
  words: number;
  stopWordShare: number;
}

/** A cheap check that a text is English: the share of common English function words. */
export function guessEnglish(text: string): LanguageGuess {
  WORD.lastIndex = 0;
  let units = 0;
  let stop = 0;
  for (let m = WORD.exec(text); m && units < SAMPLE_WORDS; m = WORD.exec(text)) {
    // Other scripts count by length: some are written without spaces between words.
    units += LATIN.test(m[0]) ? 1 : Math.ceil(m[0].length / 2);
    if (ENGLISH_STOP_WORDS.has(m[0].toLowerCase())) stop++;
  }
  const stopWordShare = units === 0 ? 0 : stop / units;
  return { english: units < MIN_WORDS || stopWordShare >= MIN_STOP_WORD_SHARE, words: units, stopWordShare };
}
