import { describe, expect, it } from 'vitest';
import { foldName, jaroWinkler, spellingVariants } from '../../src/extract/people/name-match.js';

describe('name matching', () => {
  it('computes Jaro-Winkler like the textbook examples', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
    expect(jaroWinkler('abc', 'abc')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });

  const same: [string, string][] = [
    ['Zelensky', 'Zelenskyy'],
    ['Zelensky', 'Zelenskiy'],
    ['Zelenskyy', 'Zelenskiy'],
    ['Singh', 'Sing'],
    ['Müller', 'Muller'],
  ];
  const different: [string, string][] = [
    ['Sign', 'Sing'],
    ['Rutte', 'Putin'],
    ['Kim', 'Kin'],
    ['Sybiha', 'Yermak'],
  ];
  it.each(same)('%s and %s are spellings of one name', (a, b) => expect(spellingVariants(a, b)).toBe(true));
  it.each(different)('%s and %s are different names', (a, b) => expect(spellingVariants(a, b)).toBe(false));

  it('folds accents, apostrophes and hyphens', () => {
    expect(foldName('Zelenskyy’s  Office')).toBe("zelenskyy's office");
    expect(foldName('Secretary-General')).toBe('secretary general');
  });
});
