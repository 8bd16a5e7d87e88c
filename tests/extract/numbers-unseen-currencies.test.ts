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

describe('figures that are no quantity, and fractions and temperatures that are', () => {
  it('drops numbered labels after markdown marks and bullets', () => {
    expect(read('Here is the plan.\n\n**1. Phone the Velby office**\n\nThey will call back.')).toEqual([]);
    expect(read('Steps:\n\n- 2) Fill in the Orlan form.')).toEqual([]);
  });

  it('drops an SMS short code', () => {
    expect(read('To donate, text HOPE to 70123 to give £3.')).toEqual([['£3', 3, 'GBP']]);
  });

  it('drops a year after a bound or an approximation', () => {
    expect(read('The deal keeps the Marrow yard busy until at least 2041.')).toEqual([]);
    expect(read('The vase was made in about 1610, experts said.')).toEqual([]);
  });

  it('keeps a fraction with a qualifier and no "of"', () => {
    expect(read('More than a third went to the Delmar estate.')).toEqual([['More than a third', 1 / 3, null]].map(([t, v, u]) => [t, Number((v as number).toPrecision(12)), u]));
    expect(read('Numbers fell to 80, a drop of nearly a fifth.')).toContainEqual(['nearly a fifth', 0.2, null]);
    expect(read('She won almost a third term in office.')).toEqual([]);
  });

  it('reads degrees written without the sign in a sentence about temperature', () => {
    expect(read('Turning the flow temperature from 70C to 55C saves gas.')).toEqual([['70C', 70, '°C'], ['55C', 55, '°C']]);
    expect(read('It was -4C in Velby overnight.')).toEqual([['-4C', -4, '°C']]);
    expect(read('She moved into Flat 4C last year.')).toEqual([]);
  });
});

describe('what money and distances measure', () => {
  const counts = (text: string) => numbersIn(text).map((f) => [f.text, f.counts]);

  it('reads money after "fined" as the fine, not the offender', () => {
    expect(counts('The owner of a Tolvik cafe was fined $9,000 on Monday.')).toEqual([['$9,000', 'fine']]);
    expect(counts('Firms can be fined up to $4,000 for similar breaches.')).toEqual([['up to $4,000', 'fine']]);
  });

  it('reads a price "for" what was bought or sold, not the buyer', () => {
    expect(counts('Gallery buys lost river painting for £2.4m after appeal')).toEqual([['£2.4m', 'lost river painting']]);
    expect(counts('The vase was bought by the Dallow Museum for £80,000, the museum said.')).toEqual([['£80,000', 'vase']]);
    expect(counts('The Marl co-op charges €9 for a 250-gram jar.')).toEqual([['€9', 'jar'], ['250-gram', 'jar']]);
  });

  it('reads the noun of "a cost of" and "a range of"', () => {
    expect(counts('The plan adds 20 wardens, at a cost of roughly £2 million a year.')[1]).toEqual(['roughly £2 million a year', 'cost']);
    expect(counts('The new ships have a range of 6,000 nautical miles.')).toEqual([['6,000 nautical miles', 'range']]);
  });

  it('reads a length before a bearing or "from" as a distance', () => {
    expect(counts('The yacht sank about 12 nautical miles south-east of Kestel Point.')).toEqual([['about 12 nautical miles', 'distance']]);
    expect(counts('The village is 5km from the coast.')).toEqual([['5km', 'distance']]);
  });
});

describe('"one of" a group a superlative ranks', () => {
  const counts = (text: string) => numbersIn(text).map((f) => [f.text, f.value, f.counts]);

  it('counts one of the group, past the determiner or owner and "most"', () => {
    expect(counts('It was one of the most important moments.')).toEqual([['one', 1, 'important moments']]);
    expect(counts('Vell is one of Ostrava\'s most gifted painters.')).toEqual([['one', 1, 'gifted painters']]);
    expect(counts('Tomek is one of the best young sailors on this coast.')).toEqual([['one', 1, 'best young sailors']]);
  });

  it('leaves "one of" without a superlative a pronoun', () => {
    expect(counts('One of them has been found.')).toEqual([]);
    expect(counts('It was one of those days, and one of interest.')).toEqual([]);
  });
});

describe('more of what a figure counts', () => {
  const counts = (text: string) => numbersIn(text).map((f) => [f.text, f.counts]);

  it('reads money raised for a cause, or by a fund or charity', () => {
    expect(counts('Last year readers raised £8,100 for the Orlen Hospice.')).toEqual([['£8,100', 'money raised for the Orlen Hospice']]);
    expect(counts('The charity needs to raise £20,000 by March.')).toEqual([['£20,000', 'money raised by the charity']]);
    // (People who raise money are no fund: the money raised.)
    expect(counts('Jo Velk raised £4,000 last year.')).toEqual([['£4,000', 'money raised']]);
  });

  it('reads "pay R3 more for" a thing as the price of that thing', () => {
    expect(counts('Commuters will pay up to $3 more for a single trip.')).toEqual([['up to $3', 'single trip']]);
  });

  it('skips "such" and "live" between a count and its noun', () => {
    expect(counts('The campus has only four such halls.')).toEqual([['four', 'halls']]);
    expect(counts('Inspectors found about 20 live rats near the oven.')).toEqual([['about 20', 'live rats']]);
  });

  it('reads what a verb of size describes', () => {
    expect(counts('The tapestry, which measures 74cm by 112cm, was sold.')).toEqual([['74cm', 'tapestry'], ['112cm', 'tapestry']]);
  });

  it('reads a vote line after the fate of a motion, and no score for a change', () => {
    expect(counts('The motion, brought by the union, fell 22-39.')).toEqual([['22', 'votes'], ['39', 'votes']]);
    expect(counts('Prices fell 5-10 last year.')).toEqual([]);
  });
});

describe('subjects past a time phrase, and allotted money in the passive', () => {
  const counts = (text: string) => numbersIn(text).map((f) => [f.text, f.counts]);

  it('reads the subject past a time phrase holding another figure', () => {
    expect(counts('Organisers said attendance across the four days was 96,000.')).toEqual([['four days', null], ['96,000', 'attendance']]);
  });

  it('reads a sum set aside in the passive by its purpose', () => {
    expect(counts('An extra €40 million had been set aside this year to buy beds.')).toEqual([['€40 million', 'money to buy beds']]);
    expect(counts('£3m has been approved for new lamps.')).toEqual([['£3m', 'money for new lamps']]);
  });
});
