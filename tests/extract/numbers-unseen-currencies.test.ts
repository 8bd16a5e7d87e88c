import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/ingest/load.js';
import { numbersExtractor } from '../../src/extract/numbers/index.js';
import { CURRENCY_SIGNS } from '../../src/extract/numbers/words.js';
import type { DocExtraction, NumberDraft } from '../../src/extract/types.js';

function numbersIn(text: string): Array<NumberDraft & { text: string }> {
  const doc = makeDoc(text, 'snippet.txt', 'snippet', []);
  const sofar: DocExtraction = { doc, mentions: [], facts: [], diagnostics: [] };
  const facts = (numbersExtractor.extract(doc, sofar).facts ?? []) as NumberDraft[];
  return facts.map((f) => ({ ...f, text: doc.raw.slice(f.span.start, f.span.end) }));
}
const read = (text: string) => numbersIn(text).map((f) => [f.text, f.value, f.unit]);

describe('currency signs from ICU and the press', () => {
  it('builds the table of ISO codes and symbols the same way every time', () => {
    expect(CURRENCY_SIGNS.get('AED')).toBe('AED');
    expect(CURRENCY_SIGNS.get('R')).toBe('ZAR');
    expect(CURRENCY_SIGNS.get('Sh')).toBe('KES');
    // (The hand list keeps "$", "£" and "C$".)
    expect(CURRENCY_SIGNS.has('$')).toBe(false);
    expect(CURRENCY_SIGNS.has('C$')).toBe(false);
    // (ICU's other one-letter signs are left out: "Q3" is a quarter.)
    expect(CURRENCY_SIGNS.has('Q')).toBe(false);
  });

  it('reads a rand amount glued to its sign in a sentence about fares', () => {
    expect(read('The Tolvane fare will go from R14 to R16 on Monday.')).toEqual([['R14', 14, 'ZAR'], ['R16', 16, 'ZAR']]);
  });

  it('keeps the qualifier before the sign', () => {
    expect(read('Commuters will pay up to R3 more for a trip.')).toEqual([['up to R3', 3, 'ZAR']]);
  });

  it('reads a shilling amount with its scale, without any money word', () => {
    expect(read('The Merani trust got Sh120 million last year.')).toEqual([['Sh120 million', 120e6, 'KES']]);
  });

  it('reads a sign said with money elsewhere in the article', () => {
    const found = read('Bus fares in Ostravale rose to R12 this week.\n\nNow I must find another R10 a day.');
    expect(found).toContainEqual(['R10 a day', 10, 'ZAR/day']);
  });

  it('reads symbols and codes ICU knows', () => {
    expect(read('Tickets cost ₦5,000, GH₵20 or AED 500 at the gate.')).toEqual([['₦5,000', 5000, 'NGN'], ['GH₵20', 20, 'GHS'], ['AED 500', 500, 'AED']]);
  });

  it('does not read a letter before digits as money without money in the article', () => {
    expect(read('Traffic on the R40 was slow after the crash near Velmore.')).toEqual([]);
    expect(read('The droid R2-D2 and a robot named N7 met fans.')).toEqual([]);
  });

  it('does not read a road name after "the" as money in a sentence about money', () => {
    expect(read('Tolls on the N2 will be paid by card from May.')).toEqual([]);
  });
});
