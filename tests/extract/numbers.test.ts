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

type Expected = Partial<Pick<NumberDraft, 'value' | 'qualifier' | 'unit' | 'counts' | 'approximate'>> & { text: string };

const single: Array<[string, Expected]> = [
  // qualifiers
  ['Officials said more than 600,000 Russian soldiers have been killed or wounded.', { text: 'more than 600,000', value: 600000, qualifier: 'more-than', unit: null, counts: 'Russian soldiers killed or wounded', approximate: false }],
  ['Over 600,000 Russian soldiers have been killed or wounded in the war.', { text: 'Over 600,000', value: 600000, qualifier: 'more-than', counts: 'Russian soldiers killed or wounded' }],
  ['The fire destroyed nearly 300 homes.', { text: 'nearly 300', value: 300, qualifier: 'nearly', counts: 'homes', approximate: true }],
  ['Almost 40 passengers were hurt.', { text: 'Almost 40', value: 40, qualifier: 'nearly', counts: 'passengers hurt' }],
  ['About 3,000 troops arrived on Monday.', { text: 'About 3,000', value: 3000, qualifier: 'about', counts: 'troops arrived', approximate: true }],
  ['Roughly 5 million people voted.', { text: 'Roughly 5 million', value: 5e6, qualifier: 'about', counts: 'people voted' }],
  ['The ministry said some 10,000 troops were being readied.', { text: 'some 10,000', value: 10000, qualifier: 'some', counts: 'troops readied' }],
  ['At least 20 people died in the storm.', { text: 'At least 20', value: 20, qualifier: 'at-least', counts: 'people died' }],
  ['The plant will create up to 400 jobs.', { text: 'up to 400', value: 400, qualifier: 'up-to', counts: 'jobs' }],
  ['Fewer than 50 students enrolled this year.', { text: 'Fewer than 50', value: 50, qualifier: 'less-than', counts: 'students' }],
  ['The firm has 13,000 workers in Britain.', { text: '13,000', value: 13000, qualifier: 'exact', counts: 'workers in Britain', approximate: false }],
  // vague amounts
  ['Officials said thousands of North Korean troops were sent to Russia.', { text: 'thousands', value: 1000, qualifier: 'some', counts: 'North Korean troops sent', approximate: true }],
  ['Russia sent tens of thousands of troops into Ukraine.', { text: 'tens of thousands', value: 10000, qualifier: 'some', counts: 'troops', approximate: true }],
  ['Pyongyang has supplied millions of rounds of ammunition.', { text: 'millions', value: 1e6, qualifier: 'some', counts: 'rounds of ammunition' }],
  ['The plume extends hundreds of miles into space.', { text: 'hundreds', value: 100, qualifier: 'some', counts: 'miles' }],
  ['Dozens of people were killed on Friday.', { text: 'Dozens', value: 12, qualifier: 'some', counts: 'people killed' }],
  // number words and fractions
  ['The team studied two viruses that infect bees.', { text: 'two', value: 2, counts: 'viruses' }],
  ['She bought a dozen eggs.', { text: 'a dozen', value: 12, counts: 'eggs' }],
  ['Almost half of the staff left.', { text: 'Almost half', value: 0.5, qualifier: 'nearly', counts: 'staff left' }],
  ['About 3.5 million people live there.', { text: 'About 3.5 million', value: 3.5e6, qualifier: 'about', counts: 'people' }],
  ['The city has twenty-five parks.', { text: 'twenty-five', value: 25, counts: 'parks' }],
  // currencies, percents and measures
  ['Please support us monthly starting from just $2 a month.', { text: '$2 a month', value: 2, unit: 'USD/month' }],
  ['Staff get a £1,000 payment.', { text: '£1,000', value: 1000, unit: 'GBP', counts: 'payment' }],
  ['The fund raised €1.2 billion.', { text: '€1.2 billion', value: 1.2e9, unit: 'EUR', counts: 'fund' }],
  ['Tesla shares rose 12% on Monday.', { text: '12%', value: 12, unit: '%', counts: 'Tesla shares' }],
  ['The index was up about 19 per cent for the year.', { text: 'about 19 per cent', value: 19, unit: '%', qualifier: 'about', counts: 'index' }],
  ['It pledged 1% of its earnings to charity.', { text: '1%', value: 1, unit: '%', counts: 'earnings' }],
  ['Crude was at US $58.24 per barrel.', { text: 'US $58.24 per barrel', value: 58.24, unit: 'USD/bbl', counts: 'Crude' }],
  ['The fine is 10.5 million Australian dollars.', { text: '10.5 million Australian dollars', value: 10.5e6, unit: 'AUD', counts: 'fine' }],
  ['The debris field stretched for 11 km.', { text: '11 km', value: 11, unit: 'km', counts: 'debris field' }],
  ['Winds reached 155mph on Wednesday.', { text: '155mph', value: 155, unit: 'mph', counts: 'Winds' }],
  ['The Hornets offense was minus-5 yards.', { text: 'minus-5 yards', value: -5, unit: 'yd' }],
  ['Trinity raised $16.1m last year.', { text: '$16.1m', value: 16100000, unit: 'USD' }],
  ['The lab weighed 45g of flour.', { text: '45g', value: 45, unit: 'g' }],
  ['The company has more than 2.2 billion users.', { text: 'more than 2.2 billion', value: 2.2e9, qualifier: 'more-than', counts: 'users' }],
];

describe('numbers extractor: one quantity', () => {
  it.each(single)('%s', (sentence, expected) => {
    const found = numbersIn(sentence);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });
});

describe('numbers extractor: several quantities', () => {
  it('gives each number in a sentence its own fact, with ellipsis for the second', () => {
    const found = numbersIn('Reports suggest more than 3,000 North Korean troops have been sent to Russia, with more than 12,000 expected by December.');
    expect(found.map((f) => [f.text, f.value, f.counts])).toEqual([
      ['more than 3,000', 3000, 'North Korean troops sent'],
      ['more than 12,000', 12000, 'North Korean troops expected'],
    ]);
  });

  it('reads ranges with a shared unit and scale', () => {
    expect(numbersIn('Speeds ranged from 15 to 22 miles per hour.').map((f) => [f.value, f.unit])).toEqual([[15, 'mph'], [22, 'mph']]);
    expect(numbersIn('The fine could be $3 billion to $5 billion.').map((f) => f.value)).toEqual([3e9, 5e9]);
    expect(numbersIn('There are 1 to 2 thousand people.').map((f) => f.value)).toEqual([1000, 2000]);
  });

  it('keeps a conversion in brackets measuring the same thing', () => {
    const found = numbersIn('The debris field stretched for some seven miles (11 km).');
    expect(found.map((f) => [f.text, f.unit, f.counts])).toEqual([
      ['some seven miles', 'mi', 'debris field'],
      ['11 km', 'km', 'debris field'],
    ]);
  });

  it('maps every span back to the exact text', () => {
    const text = 'Officials said nearly 300 homes burned.\n\nThe fund lost $1.5bn, or 12% of its value, and about 40 staff left.\n';
    const doc = makeDoc(text, 'a.txt', 'a', []);
    const facts = (numbersExtractor.extract(doc, { doc, mentions: [], facts: [], diagnostics: [] }).facts ?? []) as NumberDraft[];
    expect(facts.map((f) => doc.raw.slice(f.span.start, f.span.end))).toEqual(['nearly 300', '$1.5bn', '12%', 'about 40']);
    for (const f of facts) expect(f.span.start >= f.sentence.start && f.span.end <= f.sentence.end).toBe(true);
  });
});

const notQuantities: string[] = [
  'Leaders marked the 70th anniversary of the alliance.',
  'It is the biggest conflict since World War II.',
  'The G7 summit opened in Italy.',
  'A Boeing 747 landed safely.',
  'The COVID-19 pandemic closed schools.',
  'Putin first visited North Korea in 2000.',
  'Rutte spoke in Brussels on October 28.',
  'Prices rose sharply in the 1990s.',
  'Call 555-123-4567 for details.',
  'The meeting starts at 10:30 a.m. and ends at 5pm.',
  'It was one of the most important moments.',
  'No one was hurt.',
  'The war began nearly three years ago.',
  'The S&P 500 index closed higher.',
  'The war was “one, a significant escalation. Two, a breach of law. And three, a dangerous expansion.”',
  'On the one hand, the talks went well.',
  'Wales won the Six Nations title.',
  'The report is dated 2024-10-28 in the archive.',
  'Talks resumed on 28 October in Seoul.',
  'Call +44 20 7946 0958 for tickets.',
  'The 3G network launched in Italy.',
  'Growth in the final quarter of 2004 marked a record.',
];

describe('numbers extractor: not quantities', () => {
  it.each(notQuantities)('%s', (sentence) => {
    expect(numbersIn(sentence).map((f) => f.text)).toEqual([]);
  });
});

describe('numbers extractor: size', () => {
  it('reads a 10,000-figure run-on paragraph with one pass per sentence', () => {
    const text = Array.from({ length: 10000 }, (_, i) => `region ${i % 7 === 0 ? 'A' : 'b'} reported ${3000 + i} new cases`).join(', ') + '.\n';
    const found = numbersIn(text);
    expect(found.filter((f) => f.counts === 'new cases').length).toBe(10000);
  });
});
