import { describe, expect, it } from 'vitest';
import {
  computeWordInfo,
  GIVEN_FOLDED,
  HONORIFIC,
  NATIONALITY,
  NATIONALITY_UNPLURAL,
  ORG_TAIL,
  PERSONAL_HONORIFIC_WORD,
  STOP,
  TITLE_HEAD,
  wordInfo,
} from '../../src/extract/people/vocabulary.js';

// computeWordInfo reads every word list through one table of list entries (lower-case and folded
// keys): these pin what each list says, as the separate look-ups it replaced did.
const has = (word: string, bit: number) => (computeWordInfo(word).cls & bit) !== 0;

describe('people word table: one look-up per new word', () => {
  it('honorifics: gender, with or without the period', () => {
    expect(computeWordInfo('Mrs').honorificGender).toBe('f');
    expect(computeWordInfo('MR').honorificGender).toBe('m');
    // Listed only with its period: the bare word finds it through "gen.".
    expect(computeWordInfo('Gen').honorificGender).toBeNull();
    expect(computeWordInfo('Gen').keepsPeriod).toBe(true);
    expect(computeWordInfo('Mr').keepsPeriod).toBe(true);
    expect(computeWordInfo('Sir').keepsPeriod).toBe(false);
    expect(computeWordInfo('Table').honorificGender).toBeNull();
    expect(has('Dr', HONORIFIC) && has('Dr', PERSONAL_HONORIFIC_WORD)).toBe(true);
    expect(has('Dr.', PERSONAL_HONORIFIC_WORD)).toBe(true);
    expect(has('Sir', PERSONAL_HONORIFIC_WORD)).toBe(false);
  });

  it('nationalities, and their plural only with a lower-case s', () => {
    expect(has('Norwegian', NATIONALITY) && has('Norwegian', NATIONALITY_UNPLURAL)).toBe(true);
    expect(has('Norwegians', NATIONALITY)).toBe(false);
    expect(has('Norwegians', NATIONALITY_UNPLURAL)).toBe(true);
    expect(has('NORWEGIANS', NATIONALITY_UNPLURAL)).toBe(false);
  });

  it('lists of the lower-case word and of the folded word', () => {
    expect(has('The', STOP)).toBe(true);
    expect(computeWordInfo('Holdings').orgCue & ORG_TAIL).toBe(ORG_TAIL);
    expect(computeWordInfo('holdings').orgCue).toBe(computeWordInfo('HOLDINGS').orgCue);
    expect(has('Sen.', TITLE_HEAD)).toBe(true);
    expect(has('Zyxwv', GIVEN_FOLDED | NATIONALITY | STOP)).toBe(false);
    expect(computeWordInfo('Zyxwv').orgCue).toBe(0);
  });

  it('the folded word is looked up for accented spellings', () => {
    const plain = computeWordInfo('France');
    const accented = computeWordInfo('Fránce');
    expect(accented.folded).toBe('france');
    expect(accented.gazetteer).toBe(plain.gazetteer);
    expect(plain.gazetteer?.kind).toBe('place');
  });

  it('short gazetteer names only in capitals', () => {
    expect(computeWordInfo('UN').gazetteer?.kind).toBe('organization');
    expect(computeWordInfo('Un').gazetteer).toBeUndefined();
  });

  it('the cached word is the computed one', () => {
    expect(wordInfo('Fránce')).toEqual(computeWordInfo('Fránce'));
  });
});
