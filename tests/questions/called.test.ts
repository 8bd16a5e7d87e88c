import { describe, expect, it } from 'vitest';
import { usuallyWithThe } from '../../src/questions/context.js';

describe('usuallyWithThe: organisations are named in stems as the reports name them', () => {
  it('adds "the" when most uses in the texts have it', () => {
    const a = 'Figures from the Office for Road Safety show a fall. The Office for Road Safety said more work was needed.';
    expect(usuallyWithThe('Office for Road Safety', [a])).toBe(true);
  });

  it('keeps bare names bare', () => {
    expect(usuallyWithThe('Brightwater Mining', ['Brightwater Mining said profits rose. Shares in Brightwater Mining fell.'])).toBe(false);
  });

  it('counts whole words only and ignores names that already start with "the"', () => {
    expect(usuallyWithThe('Kell', ['the Kellogg plant closed; Kell said it would reopen.'])).toBe(false);
    expect(usuallyWithThe('The Herald Group', ['the The Herald Group'])).toBe(false);
  });

  it('is false when the texts cannot be read', () => {
    expect(usuallyWithThe('Harbour Board', [undefined])).toBe(false);
  });
});
