import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/ingest/load.js';
import { numbersExtractor } from '../../src/extract/numbers/index.js';
import type { DocExtraction, NumberDraft } from '../../src/extract/types.js';

function numbersIn(text: string): Array<NumberDraft & { text: string }> {
  const doc = makeDoc(text, 'snippet.txt', 'snippet', []);
  const sofar: DocExtraction = { doc, mentions: [], facts: [], diagnostics: [] };
  const facts = (numbersExtractor.extract(doc, sofar).facts ?? []) as NumberDraft[];
  return facts.map((f) => ({ ...f, text: doc.raw.slice(f.span.start, f.span.end) }));
}
const texts = (text: string) => numbersIn(text).map((f) => f.text);

describe('race and stopwatch times', () => {
  it('reads every part of "3hr 12min 09sec" with its glued unit', () => {
    const got = numbersIn('Brannoch won the 150km stage in 3hr 12min 09sec on Friday.');
    expect(got.map((f) => [f.text, f.value, f.unit])).toEqual([
      ['150km', 150, 'km'], ['3hr', 3, 'h'], ['12min', 12, 'min'], ['09sec', 9, 's'],
    ]);
  });
  it('reads gaps in seconds and minutes ("at 12sec", "at 1min 04sec")', () => {
    expect(texts('Odell was second at 12sec and Ferrand third at 1min 04sec.')).toEqual(['12sec', '1min', '04sec']);
  });
  it('reads "2hrs 5mins" and "38secs"', () => {
    expect(texts('The hike took 2hrs 5mins and the sprint 38secs.')).toEqual(['2hrs', '5mins', '38secs']);
  });
});

describe('numbered labels are positions, not quantities', () => {
  it('drops the labels of a results line after a colon and semicolons', () => {
    expect(texts('Overall standings after the fourth day: 1. Brannoch 18hr 02min 11sec; 2. Odell at 12sec; 3. Ferrand at 1min 04sec.'))
      .toEqual(['18hr', '02min', '11sec', '12sec', '1min', '04sec']);
  });
  it('drops the number of the first note after "Notes to editors"', () => {
    expect(texts('ENDS\n\nNotes to editors 1. The Kelburn Trust runs three clinics.')).toEqual(['three']);
  });
  it('keeps a count after a colon that is no label', () => {
    expect(texts('The tally so far: 14 schools and 3 colleges.')).toEqual(['14', '3']);
  });
});

describe('numbers to ring are not quantities', () => {
  it('drops service and helpline numbers', () => {
    expect(texts('Worried parents should call the 101 service first.')).toEqual([]);
    expect(texts('Tenants can call the council helpline 4417 at any time.')).toEqual([]);
    expect(texts('The hotline number is 5080 and it is free.')).toEqual([]);
    expect(texts('Dial 112 in an emergency.')).toEqual([]);
  });
  it('drops a phone number with a five-digit area prefix', () => {
    expect(texts('Media contact: Press Office, 01234 567 890, press@example.org')).toEqual([]);
  });
  it('keeps a count after "call" or "ring"', () => {
    expect(texts('The charity will ring 300 of its donors.')).toEqual(['300']);
    expect(texts('They had to call 200 volunteers.')).toEqual(['200']);
  });
});

describe('fractions with "an" and the other parts', () => {
  it('reads "an eighth of" and plural eighths, sixths, sevenths', () => {
    const got = numbersIn('The fund holds about an eighth of what the repair will cost. Three eighths of the land is flooded. Two sevenths of the budget went on fuel. Nearly a sixth of pupils were absent.');
    expect(got.map((f) => [f.text, f.value])).toEqual([
      ['about an eighth', 0.125], ['Three eighths', 0.375], ['Two sevenths', 0.285714285714], ['Nearly a sixth', 0.166666666667],
    ]);
  });
  it('leaves an ordinal with "an" or "a" alone', () => {
    expect(texts('Their eighth straight win came on Sunday, an eighth title for the club.')).toEqual([]);
    expect(texts('She is seeking a sixth term in office.')).toEqual([]);
  });
  it('reads a temperature below zero written "minus 6C"', () => {
    expect(numbersIn('Temperatures fell to minus 6C on the summit overnight.').map((f) => [f.text, f.value, f.unit])).toEqual([['minus 6C', -6, '°C']]);
  });
});

describe('what money and flows count', () => {
  const counts = (text: string) => numbersIn(text).map((f) => [f.text, f.counts]);
  it('reads the Ghanaian cedi written "GH¢" as money, and the loan it measures', () => {
    expect(numbersIn('The union would need a loan of about GH¢4.2 million to pay its members.').map((f) => [f.text, f.unit, f.counts]))
      .toEqual([['about GH¢4.2 million', 'GHS', 'loan']]);
  });
  it('gives money held in the bank as money in the bank, not its holder', () => {
    expect(counts('The bowls club has £9,300 in the bank.')).toEqual([['£9,300', 'money in the bank']]);
    expect(counts('The league had $2m in its reserves.')).toEqual([['$2m', 'money in its reserves']]);
  });
  it('gives the price of each thing to that thing ("£15 a brick")', () => {
    expect(counts('A sponsor-a-brick appeal at £15 a brick opens in May.')).toEqual([['£15', 'brick']]);
  });
  it('keeps rates per time or per head as before', () => {
    expect(counts('Rent is £900 a month.')).toEqual([['£900 a month', 'Rent']]);
    expect(counts('Entry fees of up to £20 per team apply.')).toEqual([['up to £20', 'Entry fees']]);
  });
  it('reads cusecs and cumecs as flow units, not counted things', () => {
    const got = numbersIn('The flow at the weir could rise to 300,000 cusecs by Friday. The river rose to 400 cumecs.');
    expect(got.map((f) => [f.text, f.unit])).toEqual([['300,000 cusecs', 'cusec'], ['400 cumecs', 'm3/s']]);
    expect(got.every((f) => !/cu[sm]ecs/.test(f.counts ?? ''))).toBe(true);
  });
  it('reads "kilogrammes" as a unit', () => {
    expect(numbersIn('Growers are paid per sack of 50 kilogrammes.').map((f) => [f.text, f.unit, f.counts])).toEqual([['50 kilogrammes', 'kg', 'sack']]);
  });
  it('counts the part named after "of them"', () => {
    expect(counts('The bakery employs 40 people, 9 of them trainees.')).toEqual([['40', 'people'], ['9', 'trainees']]);
  });
});

describe('a number after a label noun names which one', () => {
  it('drops "stage five", "day three", "round 2"', () => {
    expect(texts('Varro won stage five of the race on Tuesday.')).toEqual([]);
    expect(texts('On day three of the hearing, two witnesses spoke.')).toEqual(['two']);
    expect(texts('She scored in round 2, then rested.')).toEqual([]);
  });
  it('keeps a count after such a noun when something counted follows', () => {
    expect(texts('He spent a day 20 miles from home.')).toEqual(['20 miles']);
  });
});
