import { describe, expect, it } from 'vitest';
import { nextHead } from '../../src/extract/dates/heads.js';

/** All heads of a string, left to right. */
function heads(s: string): number[] {
  const out: number[] = [];
  for (let at = nextHead(s, 0); at >= 0; at = nextHead(s, at + 1)) out.push(at);
  return out;
}

describe('dates: head words the scanner looks around', () => {
  it('finds words that begin with a head prefix, and digits, at word starts only', () => {
    expect(heads('the market fell in 2004')).toEqual([4, 19]);
    expect(heads('they summarised it')).toEqual([]);
    expect(heads('code abc2004 and x-2004')).toEqual([19]);
  });
  it('skips a word in one go, whatever its letters', () => {
    expect(nextHead('Octoberfest', 1)).toBe(-1);
    expect(nextHead('weekday', 2)).toBe(-1);
    expect(heads('Thursdays, Q3 and Q3b')).toEqual([0, 11]);
  });
  it("reads \"'90s\" and letters outside ASCII as a unicode pattern would", () => {
    expect(heads("in the '90s")).toEqual([7, 8]);
    expect(heads('café2004 naïve 2004')).toEqual([15]);
    expect(heads('\u017fecond')).toEqual([0]);
    expect(heads('\u{1d400}2004 \u{1f600}2004')).toEqual([9]);
  });
});
