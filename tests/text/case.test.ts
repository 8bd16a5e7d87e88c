import { describe, expect, it } from 'vitest';
import { everyWordCapitalised, isCapitalised } from '../../src/text/case.js';

describe('isCapitalised', () => {
  it('reads a capital first letter in any script', () => {
    expect(['Ann', 'IBM', 'Łódź', 'Élan', 'Анна'].every(isCapitalised)).toBe(true);
    expect(['ann', '3M', '', '"Ann', 'élan'].some(isCapitalised)).toBe(false);
  });
});

describe('everyWordCapitalised', () => {
  it('is true when every word starts with a capital', () => {
    expect(everyWordCapitalised(['Velden', 'Harbour', 'Authority'])).toBe(true);
    expect(everyWordCapitalised(['Velden', 'harbour', 'fees'])).toBe(false);
    expect(everyWordCapitalised(['3', 'Velden'])).toBe(false);
  });
  it('lets listed lower-case connectors pass', () => {
    const connectors = new Set(['of', 'the']);
    expect(everyWordCapitalised(['Bank', 'of', 'Dorlan'])).toBe(false);
    expect(everyWordCapitalised(['Bank', 'of', 'Dorlan'], connectors)).toBe(true);
    expect(everyWordCapitalised(['bank', 'of', 'Dorlan'], connectors)).toBe(false);
  });
  it('is true for no words, like every()', () => {
    expect(everyWordCapitalised([])).toBe(true);
  });
});
