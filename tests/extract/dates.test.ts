import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/ingest/load.js';
import { datesExtractor } from '../../src/extract/dates/index.js';
import type { DateDraft } from '../../src/extract/types.js';

interface Found {
  text: string;
  type: string;
  value: string;
  event: string | null;
}

/** Run the dates extractor on a snippet; every span must map back to the raw text. */
function dates(text: string, published?: string): Found[] {
  const doc = makeDoc(text, 'snippet.txt', 'snippet', []);
  if (published) {
    doc.article.published = published;
    doc.article.publishedFrom = 'metadata';
  }
  const { facts = [] } = datesExtractor.extract(doc, { doc, mentions: [], facts: [], diagnostics: [] });
  return (facts as DateDraft[]).map((f) => {
    expect(f.span.end).toBeGreaterThan(f.span.start);
    expect(doc.raw.slice(f.sentence.start, f.sentence.end)).toContain(doc.raw.slice(f.span.start, f.span.end));
    return { text: doc.raw.slice(f.span.start, f.span.end), type: f.type, value: f.value, event: f.event };
  });
}

// Monday 28 October 2024.
const MONDAY = '2024-10-28';

describe('dates: extents, types and values against a publication date', () => {
  const cases: Array<[string, string, string, string]> = [
    ['NATO chief Mark Rutte said Monday that troops had arrived.', 'Monday', 'DATE', '2024-10-28'],
    ['The ministry said Friday that the talks had failed.', 'Friday', 'DATE', '2024-10-25'],
    ['The two leaders will meet again Thursday in Seoul.', 'Thursday', 'DATE', '2024-10-31'],
    ['Last week, the president warned of an escalation.', 'Last week', 'DATE', '2024-W43'],
    ['Moscow launched the invasion nearly three years ago, officials said.', 'nearly three years ago', 'DATE', '2021'],
    ['Stocks have plunged in the past three months.', 'the past three months', 'DURATION', 'P3M'],
    ['Forces launched an incursion in early August, officials said.', 'early August', 'DATE', '2024-08'],
    ['Intelligence officials said on Oct 24 that units had arrived.', 'Oct 24', 'DATE', '2024-10-24'],
    ['Speaking in Brussels on October 28, he called it an escalation.', 'October 28', 'DATE', '2024-10-28'],
    ['Putin first visited the country in 2000.', '2000', 'DATE', '2000'],
    ['Troops could be sent into battle within days.', 'days', 'DURATION', 'PXD'],
    ['She took over the alliance just weeks ago.', 'weeks ago', 'DATE', 'PAST_REF'],
    ['The ministers will meet later this week in Washington.', 'later this week', 'DATE', '2024-W44'],
    ['More troops are expected by December.', 'December', 'DATE', '2024-12'],
    ['Troops could be deployed as early as October 27, he warned.', 'October 27', 'DATE', '2024-10-27'],
    ['The alliance is now able to confirm the deployment.', 'now', 'DATE', 'PRESENT_REF'],
    ['"Today, the country faces a choice," she said.', 'Today', 'DATE', '2024-10-28'],
    ['Sales have grown this year.', 'this year', 'DATE', '2024'],
    ['The party was founded in the 1990s.', 'the 1990s', 'DATE', '199'],
    ['The council meets every week in Geneva.', 'every week', 'SET', 'P1W'],
    ['The figures are published weekly.', 'weekly', 'SET', 'P1W'],
    ['Profit fell to $5 million from $7 million a year earlier.', 'a year earlier', 'DATE', '2023'],
    ['Exports rose in the first quarter.', 'the first quarter', 'DATE', '2024-Q1'],
    ['The company lost money in fiscal 1998.', 'fiscal 1998', 'DATE', '1998'],
    ['The war has lasted for three years.', 'three years', 'DURATION', 'P3Y'],
    ['The meeting lasted five hours.', 'five hours', 'DURATION', 'PT5H'],
    ['The minister spoke to reporters this morning.', 'this morning', 'TIME', '2024-10-28TMO'],
    ['The blast happened at 9:30 a.m. near the station.', '9:30 a.m.', 'TIME', '2024-10-28T09:30'],
    ['The treaty was signed on Oct. 28, 2024, in Paris.', 'Oct. 28, 2024', 'DATE', '2024-10-28'],
    ['The treaty was signed on 28 October 2024 in Paris.', '28 October 2024', 'DATE', '2024-10-28'],
    ['Growth slowed in the third quarter of 2023.', 'the third quarter of 2023', 'DATE', '2023-Q3'],
    ['Prices rose last month, the data showed.', 'last month', 'DATE', '2024-09'],
    ['Elections are due next year.', 'next year', 'DATE', '2025'],
    ['The rebels attacked the town yesterday.', 'yesterday', 'DATE', '2024-10-27'],
    ['The court rules tomorrow.', 'tomorrow', 'DATE', '2024-10-29'],
    ['It was the deadliest war of the 20th century.', 'the 20th century', 'DATE', '19'],
    ['Results are expected early next year.', 'early next year', 'DATE', '2025'],
    ['The ship sank two weeks ago.', 'two weeks ago', 'DATE', '2024-W42'],
    ['The body was found 10 days ago.', '10 days ago', 'DATE', '2024-10-18'],
    ['The strike began five months ago.', 'five months ago', 'DATE', '2024-05'],
    ['Forces will arrive over the next several weeks.', 'the next several weeks', 'DURATION', 'PXW'],
    ['Shops were busy on Christmas Eve, traders said.', 'Christmas Eve', 'DATE', '2024-12-24'],
    // A stretch of several units after "in/over/during": a vague duration; elsewhere a past or future reference.
    ['Crime has fallen in recent years.', 'recent years', 'DURATION', 'PXY'],
    ['Tensions rose sharply over recent weeks.', 'recent weeks', 'DURATION', 'PXW'],
    ['Rates may fall in the coming months, analysts said.', 'the coming months', 'DURATION', 'PXM'],
    ['The boom of recent years has faded.', 'recent years', 'DATE', 'PAST_REF'],
    ['It bodes ill for coming quarters, the broker said.', 'coming quarters', 'DATE', 'FUTURE_REF'],
    // The day a period ended is past, however near the next one is.
    ['In the fiscal year ended Nov. 30, Brackwell Tools earned $3 million.', 'Nov. 30', 'DATE', '2023-11-30'],
    ['In the year ended Oct. 31, sales rose.', 'Oct. 31', 'DATE', '2023-10-31'],
    ['The offer expires Nov. 30, the company said.', 'Nov. 30', 'DATE', '2024-11-30'],
    // A season of a year in words.
    ['Prices peaked in the winter of nineteen ninety-four.', 'the winter of nineteen ninety-four', 'DATE', '1994-WI'],
    // "then current" is current at a past time.
    ['Holders may buy shares at half the then-current market price.', 'then-current', 'DATE', 'PAST_REF'],
    ['Holders may buy shares at half the then current market price.', 'then current', 'DATE', 'PAST_REF'],
    ['The plant closed in March 2020.', 'March 2020', 'DATE', '2020-03'],
    ['The gallery opened in September last year.', 'September last year', 'DATE', '2023-09'],
    ['Output doubled in the second half of 2023.', 'the second half of 2023', 'DATE', '2023-H2'],
    ['The deal closed on 2024-03-15, filings show.', '2024-03-15', 'DATE', '2024-03-15'],
    ['The 10-year plan was approved.', '10-year', 'DURATION', 'P10Y'],
    ['Over the weekend, protesters gathered.', 'the weekend', 'DATE', '2024-W43-WE'],
    ['Shares fell on Friday night after the report.', 'Friday night', 'DATE', '2024-10-25TNI'],
    ['Dalmer flights leave on Tuesday nights.', 'Tuesday nights', 'SET', 'XXXX-WXX-2TNI'],
    ['Arn Velden resigned early Friday morning.', 'early Friday morning', 'DATE', '2024-10-25TMO'],
  ];
  it.each(cases)('%s -> %s', (sentence, text, type, value) => {
    const found = dates(sentence, MONDAY);
    expect(found.map((f) => ({ text: f.text, type: f.type, value: f.value }))).toContainEqual({ text, type, value });
  });

  it('finds nothing else in those sentences that is not a date', () => {
    expect(dates('NATO chief Mark Rutte said Monday that troops had arrived.', MONDAY)).toHaveLength(1);
    expect(dates('Stocks have plunged in the past three months.', MONDAY)).toHaveLength(1);
  });
});

describe('dates: words and numbers that are not dates', () => {
  const negatives = [
    'Soldiers march in a parade through the capital.',
    'Thousands march on the capital each year to protest.'.replace(' each year', ''),
    'They may see that they can get away with this.',
    'It was a second attempt to cross the river.',
    'The parade marked the 70th anniversary of the founding.',
    'Call 555-1234 or 202-555-0199 for details.',
    'The crew flew a Boeing 747 to the coast.',
    'More than 2000 troops crossed the border.',
    'The company paid $2024 for the licence.',
    'Room 1999 and code 2048 are on the left.',
    'More than 12,000 soldiers are expected.',
    'He came second in the race.',
    'The mayor may march with them.',
    'The 52-year-old doctor was shot.',
    'Iraq imports about three-quarters of its food.',
  ];
  it.each(negatives)('%s', (sentence) => {
    expect(dates(sentence, MONDAY)).toEqual([]);
  });
});

describe('dates: weekday direction', () => {
  // Saturday 2 November 2024: "said Monday" is the Monday before, not the nearest one.
  const SATURDAY = '2024-11-02';
  it('resolves a weekday in past-tense news to the most recent past one', () => {
    expect(dates('The minister said Monday that talks had stalled.', SATURDAY)[0].value).toBe('2024-10-28');
    expect(dates('The minister said Friday that talks had stalled.', SATURDAY)[0].value).toBe('2024-11-01');
  });
  it('counts the publication day itself as the most recent one', () => {
    expect(dates('The minister said Saturday that talks had stalled.', SATURDAY)[0].value).toBe('2024-11-02');
  });
  it('looks forward when the clause is in the future tense', () => {
    expect(dates('The ministers will meet on Monday in Rome.', SATURDAY)[0].value).toBe('2024-11-04');
    expect(dates('Talks are scheduled to resume Tuesday.', SATURDAY)[0].value).toBe('2024-11-05');
  });
  it('reads "last Friday" as the Friday before the publication day', () => {
    expect(dates('He claimed last Friday that troops had arrived.', MONDAY)[0]).toMatchObject({ text: 'last Friday', value: '2024-10-25' });
  });
  it('reads a plan that had been due as past', () => {
    expect(dates('The offer had been due to expire Friday, the bank said.', SATURDAY)[0].value).toBe('2024-11-01');
    expect(dates('The vote was scheduled to take place Thursday.', SATURDAY)[0].value).toBe('2024-10-31');
  });
  it('takes the tense of the main clause after a fronted "until"', () => {
    expect(dates('Until Thursday, the police had not named a suspect.', SATURDAY)[0].value).toBe('2024-10-31');
    expect(dates('The ministry gave the families until Tuesday to leave.', SATURDAY)[0].value).toBe('2024-11-05');
  });
  it('does not take a capitalised or non-verb word in -ed for a past tense', () => {
    expect(dates('Mr Tarvel would be flying to the United Kingdom Thursday.', SATURDAY)[0].value).toBe('2024-11-07');
    expect(dates('Ms Orlan will succeed Mr Bexley Tuesday, the board said.', SATURDAY)[0].value).toBe('2024-11-05');
  });
  it('reads a scheduled event in the present tense with an adverb as future', () => {
    expect(dates('The rival delegations meet separately Monday in Oslo.', SATURDAY)[0].value).toBe('2024-11-04');
  });
  it('reaches a cue further along the clause when nothing stands before the date', () => {
    expect(dates('On Tuesday, the Norland Tenants Association of the eastern districts plans to hold a rally.', SATURDAY)[0].value).toBe('2024-11-05');
  });
  it('lets a comma close the phrase of a cue before the date', () => {
    expect(dates('Shortly ahead of the royal tour, the ministry on Sunday published new guidance.', MONDAY)[0].value).toBe('2024-10-27');
  });
  it('writes a fractional duration in the next smaller unit', () => {
    expect(dates('The crew stayed at the station for 2 1/2 years.', MONDAY)[0]).toMatchObject({ type: 'DURATION', value: 'P2Y6M' });
    expect(dates('The envoy spent about 5 1/2 hours in the capital.', MONDAY)[0]).toMatchObject({ type: 'DURATION', value: 'PT5H30M' });
    expect(dates('Prices will not change for a couple of years.', MONDAY)[0]).toMatchObject({ type: 'DURATION', value: 'P2Y' });
  });
  it('reads "the 1988 period" in a quarterly report as that quarter a year before', () => {
    const found = dates('Brindle Corp. said third-quarter profit rose 8%. It earned $4 million in the 2023 period.', MONDAY);
    expect(found.find((f) => f.text === 'the 2023 period')).toMatchObject({ value: '2023-Q3' });
  });
  it('reads the same period a year before, named by its unit, as the reported quarter a year back', () => {
    const report = 'Brindle Corp. said third-quarter profit rose 8% from the corresponding period last year. For the quarter a year ago, it earned $2 million. Sales for last year\'s quarter were $9 million.';
    const found = dates(report, MONDAY);
    expect(found.find((f) => f.text === 'the corresponding period last year')).toMatchObject({ type: 'DATE', value: '2023-Q3' });
    expect(found.find((f) => f.text === 'the quarter a year ago')).toMatchObject({ value: '2023-Q3' });
    expect(found.find((f) => f.text === "last year's quarter")).toMatchObject({ value: '2023-Q3' });
    // Outside a quarterly report a "period" is just last year.
    expect(dates('Visitors fell from the same period last year, the museum said.', MONDAY)[0]).toMatchObject({ text: 'the same period last year', value: '2023' });
  });
  it('reads "a year earlier" after a period longer than a quarter as last year, not its quarter', () => {
    const report = 'Brindle Corp. said third-quarter profit rose 8% from a year earlier. For the nine months, it earned $9 million, up from $7 million a year earlier. In the first nine months, sales were $30 million, against $25 million in the 2023 period.';
    const found = dates(report, MONDAY).filter((f) => /year earlier|period/.test(f.text));
    expect(found.map((f) => f.value)).toEqual(['2023-Q3', '2023', '2023']);
  });
  it('reads a month after "by" as a deadline ahead', () => {
    expect(dates('The group must refinance its debt by February, its lenders said.', '2023-10-30')[0]).toMatchObject({ text: 'February', value: '2024-02' });
  });
  it('reads a later ordinal quarter early in the year as last year\'s unless the clause looks ahead', () => {
    expect(dates('Brindle Corp. reported a drop in profits for the fourth quarter.', '2024-01-26')[0]).toMatchObject({ value: '2023-Q4' });
    expect(dates('Brindle Corp. expects profits to recover in the fourth quarter.', '2024-01-26')[0]).toMatchObject({ value: '2024-Q4' });
  });
  it('reads a capitalised bare season after "by" as a name', () => {
    expect(dates('The cross by Winter found Dunlop at the far post.', MONDAY)).toEqual([]);
    expect(dates('The bridge will be finished by winter.', MONDAY)[0]).toMatchObject({ text: 'winter' });
  });
  it('gives a clock time the calendar date or bracketed weekday after it', () => {
    expect(dates('The offer runs until 5 p.m. EST Nov. 9, the bank said.', '1989-11-02')[0]).toMatchObject({ text: '5 p.m. EST Nov. 9', type: 'TIME', value: '1989-11-09T17:00' });
    expect(dates('The blast occurred at about 10:35 a.m. (0735 GMT) Friday, police said.', '1998-08-08')[0]).toMatchObject({ type: 'TIME', value: '1998-08-07T10:35' });
  });
  it('reads "three days later" as a duration: "later" counts from another event, not the publication', () => {
    expect(dates('Three days later, the index had recovered.', MONDAY)[0]).toMatchObject({ text: 'Three days', type: 'DURATION', value: 'P3D' });
  });
  it('reads "financial" quarters and years like fiscal ones', () => {
    expect(dates('Profits rose 4% in the second financial quarter.', '2024-11-20')[0]).toMatchObject({ text: 'the second financial quarter', value: '2024-Q2' });
    expect(dates('Sales fell in the last financial year.', '2024-11-20')[0]).toMatchObject({ text: 'the last financial year', value: '2023' });
    expect(dates('A financial crisis hit the region.', '2024-11-20')).toEqual([]);
  });
  it('keeps a weekday with its calendar date before a colon', () => {
    expect(dates('The Daily Ledger wrote on Saturday, April 25: the ruling was wrong.', '1998-04-24')[0]).toMatchObject({ text: 'Saturday, April 25', value: '1998-04-25' });
  });
});

describe('dates: without a publication date', () => {
  const cases: Array<[string, string, string]> = [
    ['The minister said Monday that talks had stalled.', 'Monday', 'XXXX-WXX-1'],
    ['He spoke last week.', 'last week', 'PAST_REF'],
    ['Talks resume next week.', 'next week', 'FUTURE_REF'],
    ['Officials said on Oct 24 that units had arrived.', 'Oct 24', 'XXXX-10-24'],
    ['"Today we are united," she said.', 'Today', 'PRESENT_REF'],
    ['Putin first visited the country in 2000.', '2000', '2000'],
    ['Exports rose in the first quarter.', 'the first quarter', 'XXXX-Q1'],
    ['The invasion began nearly three years ago.', 'nearly three years ago', 'PAST_REF'],
    ['Forces launched an incursion in early August.', 'early August', 'XXXX-08'],
  ];
  it.each(cases)('%s -> %s', (sentence, text, value) => {
    expect(dates(sentence).map((f) => ({ text: f.text, value: f.value }))).toContainEqual({ text, value });
  });
});

describe('dates: events', () => {
  it('takes subject and verb phrase of the clause that holds the date', () => {
    const [found] = dates('Rutte said 600,000 soldiers have been killed since Moscow launched the full-scale invasion of Ukraine nearly three years ago.', MONDAY);
    expect(found.event).toBe('Moscow launched the full-scale invasion of Ukraine');
  });
  it('takes the verb after a date that opens the sentence', () => {
    const [found] = dates('In September 2023, the two leaders met at a cosmodrome in the far east.', MONDAY);
    expect(found.event).toBe('the two leaders met at a cosmodrome in the far east');
  });
  it('extends a bare reporting verb with what was said', () => {
    const [found] = dates('Rutte said Monday that troops were sent to the region, decrying the move.', MONDAY);
    expect(found.event).toBe('Rutte said that troops were sent to the region');
  });
  it('gives no event when the sentence has no verb', () => {
    expect(dates('Brussels, October 28, 2024.', MONDAY)[0].event).toBeNull();
  });
});

describe('dates: headlines', () => {
  it('finds dates in a headline that the cleaner blanks', () => {
    const found = dates('Talks to resume on Monday after weekend of strikes\nThe unions and the government said the talks would resume.', MONDAY);
    expect(found.map((f) => f.text)).toContain('Monday');
  });
});

describe('dates: value rules of the s8 round (invented snippets)', () => {
  const only = (sentence: string, published = MONDAY) => dates(sentence, published).map((f) => ({ text: f.text, type: f.type, value: f.value }));

  it('counts "the day before yesterday" and "the day after tomorrow" two days out', () => {
    expect(only('Mr Oberlin arrived in Tarvik the day before yesterday.')).toEqual([{ text: 'the day before yesterday', type: 'DATE', value: '2024-10-26' }]);
    expect(only('The Dalmer board will vote the day after tomorrow.')).toEqual([{ text: 'the day after tomorrow', type: 'DATE', value: '2024-10-30' }]);
  });

  it('reads a season not yet begun as the coming one when the clause looks ahead', () => {
    // Publication in March: "in the summer" with "will" is this summer; with a past verb last summer.
    expect(only('The Velden ferry will resume service in the summer.', '2024-03-12')).toEqual([{ text: 'the summer', type: 'DATE', value: '2024-SU' }]);
    expect(only('The Velden ferry stopped service in the summer.', '2024-03-12')).toEqual([{ text: 'the summer', type: 'DATE', value: '2023-SU' }]);
    // In October a spring that will come is next year's.
    expect(only('The Velden ferry will resume service in the spring.')).toEqual([{ text: 'the spring', type: 'DATE', value: '2025-SP' }]);
  });

  it('reads "4 in the morning" and "11 at night" after a preposition as clock times', () => {
    expect(only('The convoy left Tarvik at 4 in the morning.')).toEqual([{ text: '4 in the morning', type: 'TIME', value: '2024-10-28T04:00' }]);
    expect(only('Police were called at 11 at night.')).toEqual([{ text: '11 at night', type: 'TIME', value: '2024-10-28T23:00' }]);
    // "on Friday" is a date of its own (the extent leaves out the preposition); the time takes its day.
    expect(only('The shop closed at 6 in the evening on Friday.')).toEqual([{ text: '6 in the evening', type: 'TIME', value: '2024-10-25T18:00' }, { text: 'Friday', type: 'DATE', value: '2024-10-25' }]);
    // A count, not an hour: no preposition of time before it.
    expect(only('Dalmer scored 4 in the morning session.')).toEqual([]);
  });

  it('counts "the previous Friday" and "the following Monday" from the day the story is at', () => {
    const found = only('Velden shares fell on Oct. 3, 2024. They had closed higher the previous Friday and rose again the following Monday.');
    expect(found).toContainEqual({ text: 'the previous Friday', type: 'DATE', value: '2024-09-27' });
    expect(found).toContainEqual({ text: 'the following Monday', type: 'DATE', value: '2024-10-07' });
  });

  it('reads the first or last week, month, quarter or half of a named year', () => {
    expect(only('Sales at Dalmer fell in the last week of 2003.')).toEqual([{ text: 'the last week of 2003', type: 'DATE', value: '2003-W52' }]);
    expect(only('Sales at Dalmer fell in the last quarter of 2003.')).toEqual([{ text: 'the last quarter of 2003', type: 'DATE', value: '2003-Q4' }]);
    expect(only('The plant opens in the first month of 2026.')).toEqual([{ text: 'the first month of 2026', type: 'DATE', value: '2026-01' }]);
    expect(only('Demand should recover in the first two quarters of 2025.')).toEqual([{ text: 'the first two quarters of 2025', type: 'DATE', value: '2025-H1' }]);
    expect(only('Output rose in the last six months of 2023.')).toEqual([{ text: 'the last six months of 2023', type: 'DATE', value: '2023-H2' }]);
    expect(only('The vote is due in the first week of March 2025.')).toEqual([{ text: 'the first week of March 2025', type: 'DATE', value: '2025-W10' }]);
    // "the last quarter" alone is still the one before the current quarter.
    expect(only('Profits rose in the last quarter.')).toEqual([{ text: 'the last quarter', type: 'DATE', value: '2024-Q3' }]);
  });

  it('takes no newspaper called a "daily" for a set', () => {
    expect(only('The party daily Velden Vox printed the letter.')).toEqual([]);
    expect(only('The daily said the plan had failed.')).toEqual([]);
    expect(only('Ferries to Tarvik leave daily.')).toEqual([{ text: 'daily', type: 'SET', value: 'P1D' }]);
  });

  it('takes a capitalised "Noon" or "Today" that names a person or a programme for no time', () => {
    expect(only('But centre Tomas Noon believes the side can win.')).toEqual([]);
    expect(only('The talks broke off at noon Thursday.')).toEqual([{ text: 'noon Thursday', type: 'TIME', value: '2024-10-24T12:00' }]);
    expect(only("He told Radio Velden's Today programme he would stay.")).toEqual([]);
    expect(only('He told the Today programme he would stay.')).toEqual([]);
  });
});

describe('dates: tense cues of the s8 round (invented snippets)', () => {
  const only = (sentence: string, published = MONDAY) => dates(sentence, published).map((f) => ({ text: f.text, value: f.value }));
  it('takes the tense of the main clause after a fronted "By <date>,", not a deadline ahead', () => {
    expect(only('By late summer, the Dalmer market had slowed.', '2024-03-12')).toEqual([{ text: 'late summer', value: '2023-SU' }]);
  });
  it('takes no base form after "come", "be" or "very" for a scheduled present ("came close in the summer")', () => {
    expect(only('Velden had bids rejected, having come close in the summer.', '2024-03-12')).toEqual([{ text: 'the summer', value: '2023-SU' }]);
  });
  it('reads "noon" only as a word of its own ("Noone" is a name)', () => {
    expect(only('David Noone said the deal was done.')).toEqual([]);
  });
});

describe('dates: a weekday names the year of a month and day', () => {
  it('picks the year around the publication in which the day falls on the named weekday', () => {
    // Published Tuesday 15 March 2005: 6 December was a Monday in 2004, a Tuesday in 2005.
    expect(dates('Tarvik will join the morning show on Monday 6 December.', '2005-03-15').map((f) => f.value)).toEqual(['2004-12-06']);
    // No conflict: the nearest year stands.
    expect(dates('The play opens on Tuesday, March 15.', '2005-03-15').map((f) => f.value)).toEqual(['2005-03-15']);
  });
});

describe('dates: titles and times of day (s8, invented snippets)', () => {
  const only = (sentence: string, published = MONDAY) => dates(sentence, published).map((f) => ({ text: f.text, type: f.type, value: f.value }));
  it('takes a capitalised "Now" inside a sentence for a title, not the present', () => {
    expect(only("The band played It's Now or Forever at the Velden hall.")).toEqual([]);
    expect(only('Now the alliance has a new mission.')).toEqual([{ text: 'Now', type: 'DATE', value: 'PRESENT_REF' }]);
  });
  it('gives "midnight on 1 November" the day it names', () => {
    expect(only('Dalmer and Velden have until midnight on 1 November to settle.')).toEqual([{ text: 'midnight', type: 'TIME', value: '2024-11-01T24:00' }, { text: '1 November', type: 'DATE', value: '2024-11-01' }]);
  });
});

describe('dates: "Now" in a title-case headline', () => {
  it('keeps a capitalised "Now" before another capitalised word (a headline) as the present', () => {
    expect(dates('Velden Ferries Now Sail Daily To Tarvik\nThe ferries sail every day.', MONDAY).map((f) => f.text)).toContain('Now');
  });
});

describe('dates: a day or week next to a named one (s8, invented snippets)', () => {
  // Publication: Thursday 24 October 2024.
  const only = (sentence: string) => dates(sentence, '2024-10-24').map((f) => ({ text: f.text, value: f.value }));
  it('moves a named day by one: "the day before last Tuesday", "the day after March 3"', () => {
    expect(only("The day before last Tuesday's hearing, Tomas Velden flew home.")).toEqual([{ text: 'The day before last Tuesday', value: '2024-10-21' }]);
    expect(only('The Dalmer vote was held the day after October 3.')).toEqual([{ text: 'the day after October 3', value: '2024-10-04' }]);
  });
  it('reads "the week before last" and "the week after next" two weeks out', () => {
    expect(only('The Velden talks stalled the week before last.')).toEqual([{ text: 'the week before last', value: '2024-W41' }]);
    expect(only('The Velden talks will resume the week after next.')).toEqual([{ text: 'the week after next', value: '2024-W45' }]);
  });
});

describe('dates: sets and "this <weekday>" (s8, invented snippets)', () => {
  const only = (sentence: string, published = MONDAY) => dates(sentence, published).map((f) => ({ text: f.text, type: f.type, value: f.value }));
  it('reads "every other week" as every second week', () => {
    expect(only('The Velden council meets every other week.')).toEqual([{ text: 'every other week', type: 'SET', value: 'P2W' }]);
  });
  it('reads "twice a year", "three times a day" as sets of the period', () => {
    expect(only('The Dalmer board meets twice a year.')).toEqual([{ text: 'twice a year', type: 'SET', value: 'P1Y' }]);
    expect(only('Ferries to Tarvik run three times a day.')).toEqual([{ text: 'three times a day', type: 'SET', value: 'P1D' }]);
  });
  it('reads "this Thursday" with no tense as the Thursday of this week', () => {
    // Monday 28 October 2024: this Thursday is 31 October, with no verb to say otherwise.
    expect(only('The Velden report this Thursday.')).toEqual([{ text: 'this Thursday', type: 'DATE', value: '2024-10-31' }]);
    // Published on Wednesday 30 October: this Monday is the one just past.
    expect(only('The Velden report this Monday.', '2024-10-30')).toEqual([{ text: 'this Monday', type: 'DATE', value: '2024-10-28' }]);
  });
});

describe('dates: "the week" of a story (s8, invented snippets)', () => {
  const only = (sentence: string) => dates(sentence, MONDAY).map((f) => ({ text: f.text, value: f.value }));
  it('reads "for the week," and "the week\'s" as a week of the publication year left open', () => {
    expect(only('For the week, the Velden index fell 3%.')).toEqual([{ text: 'the week', value: '2024-WXX' }]);
    expect(only("Thursday was the week's busiest session.").map((f) => f.text)).toContain('the week');
  });
  it('takes no "the week" that is an object ("spent the week")', () => {
    expect(only('Tomas Velden spent the week in Tarvik.')).toEqual([]);
  });
});

describe('dates: "until then" and "post-1959" (s8, invented snippets)', () => {
  it('reads "until then" and "by then" as the date the story last named', () => {
    const found = dates('The Dalmer offer ends on Nov. 30. Until then, the shares stay convertible. Since then, nothing.', '2024-10-28').map((f) => ({ text: f.text, value: f.value }));
    expect(found).toEqual([
      { text: 'Nov. 30', value: '2024-11-30' },
      { text: 'then', value: '2024-11-30' },
    ]);
  });
  it('takes no "then" without a date named before it', () => {
    expect(dates('Until then, the shares stay convertible.', '2024-10-28')).toEqual([]);
  });
  it('reads the year of "post-1959" as a year', () => {
    expect(dates('The post-1959 politics of Velden split families.', '2024-10-28').map((f) => f.value)).toEqual(['1959']);
  });
});

describe('dates: "until then" needs a date in the sentence before', () => {
  it('takes no "then" whose last named date lies several sentences back', () => {
    const text = 'Velden was founded in 2003. It grew fast. Operators need this tool, said Tomas Arn. Until then, messages will stall.';
    expect(dates(text, '2024-10-28').map((f) => f.text)).toEqual(['2003']);
  });
});

describe('dates: "in the morning" (s8, invented snippets)', () => {
  it('reads "in the morning" as that part of the day the sentence before named', () => {
    const found = dates('Velden shares crashed on Friday. Dealers placed buy orders in the morning.', '2024-10-28').map((f) => ({ text: f.text, type: f.type, value: f.value }));
    expect(found).toContainEqual({ text: 'the morning', type: 'TIME', value: '2024-10-25TMO' });
  });
  it('takes no part of day that modifies a noun ("the morning session")', () => {
    expect(dates('Dalmer traders met in the morning session.', '2024-10-28')).toEqual([]);
  });
});

describe('dates: values and types, round six (s9, invented snippets)', () => {
  const tvs = (text: string) => dates(text, MONDAY).map((f) => ({ text: f.text, type: f.type, value: f.value }));
  it('gives a clock time the day its own sentence names', () => {
    expect(tvs('The Velden ferry sank on Saturday, and rescuers arrived at 9:15 p.m., the coastguard said.')).toContainEqual({ text: '9:15 p.m.', type: 'TIME', value: '2024-10-26T21:15' });
  });
  it('gives a clock time the day the sentence before told of, when the tense allows', () => {
    expect(tvs('The Velden ferry sank on Friday. Rescuers arrived at 10:35 p.m., the coastguard said.')).toContainEqual({ text: '10:35 p.m.', type: 'TIME', value: '2024-10-25T22:35' });
    // Ahead in time: not the past day of the sentence before.
    expect(tvs('The Velden ferry sank on Friday. The inquiry will open at 9 a.m.')).toContainEqual({ text: '9 a.m.', type: 'TIME', value: '2024-10-28T09:00' });
  });
  it('keeps the publication day for a clock time with no day around it', () => {
    expect(tvs('Polls in Velden close at 8 p.m.')).toEqual([{ text: '8 p.m.', type: 'TIME', value: '2024-10-28T20:00' }]);
  });
  it('takes the day of a bracketed restatement: "4 in the morning (4 a.m. Tuesday)"', () => {
    expect(tvs('Arn will leave at 4 in the morning (4 a.m. Tuesday), his lawyer said.')).toContainEqual({ text: '4 in the morning', type: 'TIME', value: '2024-10-29T04:00' });
  });
  it('reads "the past decade" as ten years up to now, "the last decade" as the calendar decade before', () => {
    expect(tvs('Dalmer grew fast over the past decade.')).toEqual([{ text: 'the past decade', type: 'DURATION', value: 'P10Y' }]);
    expect(tvs('Dalmer grew fast over the past century.')).toEqual([{ text: 'the past century', type: 'DURATION', value: 'P100Y' }]);
    expect(tvs('Wages lost ground to inflation in the last decade.')).toEqual([{ text: 'the last decade', type: 'DATE', value: '201' }]);
  });
  it('reads "in five years" ahead as a date, a stretch otherwise', () => {
    expect(tvs('The Velden bonds will be repaid in five years.')).toEqual([{ text: 'five years', type: 'DATE', value: '2029' }]);
    expect(tvs('Dalmer shares rose for the first time in five years.')).toEqual([{ text: 'five years', type: 'DURATION', value: 'P5Y' }]);
    expect(tvs('Dalmer repaid the loan in three years.')).toEqual([{ text: 'three years', type: 'DURATION', value: 'P3Y' }]);
    // No future word: "debut" is a noun here, whatever the tense guess says.
    expect(tvs("It was Velden's second stock debut in three months.")).toEqual([{ text: 'three months', type: 'DURATION', value: 'P3M' }]);
  });
  it('reads a comma before three digits as a thousands separator: "1,000 days"', () => {
    expect(tvs('The Velden siege has lasted for 1,000 days.')).toEqual([{ text: '1,000 days', type: 'DURATION', value: 'P1000D' }]);
  });
  it('reads "since year-end" as the end of last year, "by year-end" as this one', () => {
    expect(tvs('Dalmer shares have risen since year-end.')).toEqual([{ text: 'year-end', type: 'DATE', value: '2023' }]);
    expect(tvs('The Dalmer deal should close by year-end.')).toEqual([{ text: 'year-end', type: 'DATE', value: '2024' }]);
  });
  it('reads "in the new year" as the year about to begin, not "the New Year honours"', () => {
    expect(tvs('Arn will step down in the new year.')).toEqual([{ text: 'the new year', type: 'DATE', value: '2025' }]);
    expect(tvs('Sales should hold up into the New Year, Dalmer said.')).toEqual([{ text: 'the New Year', type: 'DATE', value: '2025' }]);
    expect(tvs('Arn was knighted in the New Year honours.')).toEqual([]);
  });
  it('reads a 24-hour clock with a zone, or with its minutes after "at"', () => {
    expect(tvs('The Velden match kicks off at 19:45 GMT on Saturday.')).toEqual([{ text: '19:45 GMT', type: 'TIME', value: '2024-11-02T19:45' }, { text: 'Saturday', type: 'DATE', value: '2024-11-02' }]);
    expect(tvs('Polls in Velden close at 22.00 BST.')).toEqual([{ text: '22.00 BST', type: 'TIME', value: '2024-10-28T22:00' }]);
    expect(tvs('Dalmer trading halted at 14:30.')).toEqual([{ text: '14:30', type: 'TIME', value: '2024-10-28T14:30' }]);
    // Scores, ratios and decimals are no times.
    expect(tvs('Velden won 2:1 and the index rose 12.50 points.')).toEqual([]);
    expect(tvs('The score was 20:18 at half-time.')).toEqual([]);
  });
  it('reads "the 1800s" as a century, "the 1990s" and "the 2000s" as decades', () => {
    expect(tvs('The Velden law dates from the 1800s.')).toEqual([{ text: 'the 1800s', type: 'DATE', value: '18' }]);
    expect(tvs('Dalmer grew in the 1990s and the 2000s.').map((f) => f.value)).toEqual(['199', '200']);
  });
  it('reads "Friday\'s vote" as past unless its clause looks ahead', () => {
    const wed = (text: string) => dates(text, '2024-10-30').map((f) => f.value);
    expect(wed("Velden officials said Friday's vote would go ahead.")).toEqual(['2024-11-01']);
    expect(wed("Campaigning in Velden closed ahead of Sunday's election.")).toEqual(['2024-11-03']);
    expect(wed("Monday's attack in Velden killed 12 people.")).toEqual(['2024-10-28']);
  });
  it('reads a present-tense schedule with a place between verb and day', () => {
    expect(dates('Velden ministers meet in Brussels on Thursday to discuss the plan.', '2024-10-30').map((f) => f.value)).toEqual(['2024-10-31']);
    expect(dates('Velden ministers met in Brussels on Monday.', '2024-10-30').map((f) => f.value)).toEqual(['2024-10-28']);
  });
  it('counts "the following Monday" from a date earlier in the same sentence', () => {
    expect(tvs('Arn reached Velden on Oct. 3 and left the following Monday.')).toContainEqual({ text: 'the following Monday', type: 'DATE', value: '2024-10-07' });
  });
  it('reads "that night" as that part of the day the story is at, only near a named day', () => {
    expect(tvs('The Velden ferry sank on Oct. 3. That night, divers searched the wreck.')).toContainEqual({ text: 'That night', type: 'TIME', value: '2024-10-03TNI' });
    expect(tvs('The Velden ferry sank on Oct. 3. It was cold. Lights failed. That night, divers searched.').map((f) => f.text)).toEqual(['Oct. 3']);
    expect(tvs('Dalmer sales were strong that night.')).toEqual([]);
  });
  it('ends a span of weekdays after its start ("from Monday to Thursday")', () => {
    const wed = (text: string) => dates(text, '2024-10-30').map((f) => f.value);
    expect(wed('Velden talks will be held between Thursday and Monday.')).toEqual(['2024-10-31', '2024-11-04']);
    expect(wed('The Velden fair runs from Monday to Thursday.')).toEqual(['2024-10-28', '2024-10-31']);
    // A past clause ends no later than the publication day: it began the week before.
    expect(wed('The Velden fair ran from Friday to Sunday.')).toEqual(['2024-10-25', '2024-10-27']);
    expect(wed('The Velden trial lasted from Monday to Thursday.')).toEqual(['2024-10-21', '2024-10-24']);
  });
  it('reads "for the fiscal year." as the year the story is in, "the fiscal year ended ..." as a stretch', () => {
    expect(tvs('The Dalmer charge will cut earnings for the fiscal year.')).toEqual([{ text: 'the fiscal year', type: 'DATE', value: '2024' }]);
    expect(tvs('In the fiscal year ended Jan. 31, Dalmer sales fell.')[0]).toEqual({ text: 'the fiscal year', type: 'DURATION', value: 'P1Y' });
  });
  it('reads no rate as a stretch ("$1m a year", "£6m a year"): a rate is a set (s10)', () => {
    expect(tvs('Arn earned more than $1m a year, and the move would save £6m a year.')).toEqual([
      { text: 'a year', type: 'SET', value: 'P1Y' },
      { text: 'a year', type: 'SET', value: 'P1Y' },
    ]);
  });
  it('reads a capitalised "Tonight" ending a title inside running text as no time', () => {
    expect(tvs('The Velden chart includes Are You Lonesome Tonight at number 20.')).toEqual([]);
    expect(tvs('Arn Speaks Tonight on Velden TV')).toEqual([{ text: 'Tonight', type: 'TIME', value: '2024-10-28TNI' }]);
  });
  it('leaves the day of "tonight" open without a publication date', () => {
    expect(dates('Arn will speak in Velden tonight.').map((f) => f.value)).toEqual(['XXXX-XX-XXTNI']);
    expect(dates('Fighting erupted in Velden yesterday morning.').map((f) => f.value)).toEqual(['XXXX-XX-XXTMO']);
  });
  it('reads a participle after "will be" as no past tense', () => {
    expect(tvs('The Velden bridge will be completed Friday.')).toEqual([{ text: 'Friday', type: 'DATE', value: '2024-11-01' }]);
    expect(tvs('The Velden vote will be held on Friday.')).toEqual([{ text: 'Friday', type: 'DATE', value: '2024-11-01' }]);
    expect(tvs('Arn could not be reached Friday.')).toEqual([{ text: 'Friday', type: 'DATE', value: '2024-10-25' }]);
  });
  it('reads a live-blog entry stamp opening its line as a time of the story day', () => {
    const text = 'Velden council meets\n\n15:20 Councillor Arn Bessel stands up to speak.\n\n11:05 - Doors open at the Velden hall.\n\n9.40am Good morning from Velden.';
    expect(tvs(text)).toEqual([
      { text: '15:20', type: 'TIME', value: '2024-10-28T15:20' },
      { text: '11:05', type: 'TIME', value: '2024-10-28T11:05' },
      { text: '9.40am', type: 'TIME', value: '2024-10-28T09:40' },
    ]);
  });
  it('reads no 24-hour stamp inside a line or before a lower-case word', () => {
    expect(tvs('The Velden score was 15:20 after the break.')).toEqual([]);
    expect(tvs('Velden results\n\n15:20 was the final score.')).toEqual([]);
  });
  it('reads "by a quarter" as a fraction, not three months', () => {
    expect(tvs('Velden cut its staff by a quarter, and sales rose by a quarter too.')).toEqual([]);
    expect(tvs('Velden took a quarter to recover.').map((f) => f.type)).toEqual(['DURATION']);
  });
  it('dates a quoted "today" or "tonight" to the past day the lead says the words were spoken', () => {
    // Monday paper; the lead tells of Saturday.
    const text = 'Velden opened its new bridge on Saturday, after four years of work.\n\n"Today we cross it together," mayor Arn Bessel told the crowd. "Tonight the lights go on."';
    expect(tvs(text).slice(2)).toEqual([
      { text: 'Today', type: 'DATE', value: '2024-10-26' },
      { text: 'Tonight', type: 'TIME', value: '2024-10-26TNI' },
    ]);
  });
  it('keeps the publication day for a quoted "today" with no past speech or no past lead day', () => {
    expect(tvs('Velden opened its new bridge on Saturday.\n\n"Today is a good day," says Arn Bessel.').slice(1)).toEqual([{ text: 'Today', type: 'DATE', value: '2024-10-28' }]);
    expect(tvs('Velden opens its new bridge on Friday.\n\n"Today we rest," Arn Bessel said.').slice(1)).toEqual([{ text: 'Today', type: 'DATE', value: '2024-10-28' }]);
    expect(tvs('Velden opened its new bridge on Saturday.\n\nToday, Arn Bessel said, the tolls begin.').slice(1)).toEqual([{ text: 'Today', type: 'DATE', value: '2024-10-28' }]);
  });
  it('reads a present-tense fixture with a named object before the weekday as ahead', () => {
    // Monday paper.
    expect(tvs('Arlo United host Velden Town on Wednesday.')).toEqual([{ text: 'Wednesday', type: 'DATE', value: '2024-10-30' }]);
  });
  it('reads a period a present-perfect clause says begins on a weekday as ahead', () => {
    expect(tvs('Velden has declared a week of festivities, beginning on Thursday.').slice(-1)).toEqual([{ text: 'Thursday', type: 'DATE', value: '2024-10-31' }]);
    expect(tvs('Velden declared a week of festivities, beginning on Thursday.').slice(-1)).toEqual([{ text: 'Thursday', type: 'DATE', value: '2024-10-24' }]);
  });
  it('gives a clock time in a sentence about a habit no day', () => {
    expect(tvs('Velden nurses usually start their shift at 7 a.m.')).toEqual([{ text: '7 a.m.', type: 'TIME', value: 'XXXX-XX-XXT07:00' }]);
    expect(tvs('Arn Bessel said the Velden shop stays open until midnight every day.')[0]).toEqual({ text: 'midnight', type: 'TIME', value: 'XXXX-XX-XXT24:00' });
    expect(tvs('The Velden shop closed at 7 p.m., Arn Bessel said.')).toEqual([{ text: '7 p.m.', type: 'TIME', value: '2024-10-28T19:00' }]);
  });
  it('gives a clock time of a timetable or a weekly habit no day', () => {
    expect(tvs('The Orlane market is open every Sunday from 9am to 2pm.')).toEqual([
      { text: 'every Sunday', type: 'SET', value: 'XXXX-WXX-7' },
      { text: '9am', type: 'TIME', value: 'XXXX-XX-XXT09:00' },
      { text: '2pm', type: 'TIME', value: 'XXXX-XX-XXT14:00' },
    ]);
    expect(tvs('Shuttles will run every 10 minutes from 7am until midnight.').filter((f) => f.type === 'TIME')).toEqual([
      { text: '7am', type: 'TIME', value: 'XXXX-XX-XXT07:00' },
      { text: 'midnight', type: 'TIME', value: 'XXXX-XX-XXT24:00' },
    ]);
    expect(tvs('Tomas Varga opens the kiosk at 5 a.m. four days a week.')).toEqual([
      { text: '5 a.m.', type: 'TIME', value: 'XXXX-XX-XXT05:00' },
      { text: 'four days a week', type: 'SET', value: 'P1W' },
    ]);
  });
  it('reads a 24-hour time after an update stamp or naming a scheduled departure', () => {
    expect(tvs('UPDATE 15:40: The Carrow pier reopened.')[0]).toEqual({ text: '15:40', type: 'TIME', value: '2024-10-28T15:40' });
    expect(tvs('Eda Voss missed the 07:15 train to Carrow.')).toEqual([{ text: '07:15', type: 'TIME', value: '2024-10-28T07:15' }]);
    // A score, a ratio or a race time is no clock time.
    expect(tvs('Carrow won the 12:10 contest, and Eda Voss ran 2:05:30.')).toEqual([]);
    expect(tvs('The Carrow team won 21:15 in the final.')).toEqual([]);
  });
  it('reads "two years later" and "a decade later" in a flashback as a year of the story', () => {
    expect(tvs('The Orlane works opened in 1962. Its looms ran day and night. A decade later, half of them had stopped.')).toEqual([
      { text: '1962', type: 'DATE', value: '1962' },
      { text: 'A decade later', type: 'DATE', value: '1972' },
    ]);
    expect(tvs('The Orlane works opened in 1962, and two years later it had 400 staff.')[1]).toEqual({ text: 'two years later', type: 'DATE', value: '1964' });
    // With no year of the story before it, or days counted, a stretch of time as before.
    expect(tvs('Tomas Varga says the plant will close two years later than planned.')).toEqual([{ text: 'two years', type: 'DURATION', value: 'P2Y' }]);
    expect(tvs('The Orlane works opened in 1962. Three days later it flooded.')[1]).toEqual({ text: 'Three days', type: 'DURATION', value: 'P3D' });
  });
  it('reads "that spring" and "the following winter" as seasons of the year the story tells of', () => {
    expect(tvs('That spring, in 1981, Orlane won an order. The following winter it doubled.')).toEqual([
      { text: 'That spring', type: 'DATE', value: '1981-SP' },
      { text: '1981', type: 'DATE', value: '1981' },
      { text: 'The following winter', type: 'DATE', value: '1981-WI' },
    ]);
    expect(tvs('The Orlane works opened in 1962. That summer, its looms ran day and night.')[1]).toEqual({ text: 'That summer', type: 'DATE', value: '1962-SU' });
    expect(tvs('The Orlane works opened in October 1962. The following summer, it shut.')[1]).toEqual({ text: 'The following summer', type: 'DATE', value: '1963-SU' });
    // No stated year to tell of: none.
    expect(tvs('Tomas Varga said that summer was hot.')).toEqual([]);
  });
  it('reads a holiday of a plan or forecast ahead, and a present passive as no past tense', () => {
    // Published Thursday 10 July 2025.
    expect(dates('Analysts expect one more rate rise before Christmas.', '2025-07-10').map((f) => f.value)).toEqual(['2025-12-25']);
    expect(dates('Shops in Orlane were busy before Christmas.', '2025-07-10').map((f) => f.value)).toEqual(['2024-12-25']);
    expect(dates('Ferries will not sail to Vesk for six weeks from Saturday while the old pier at Vesk Harbour is replaced, the operator has said.', '2025-07-10').map((f) => f.value)).toEqual(['P6W', '2025-07-12']);
  });
  it('counts "a year earlier" back from the period the sentence has stated', () => {
    // Published Monday 10 March 2025.
    expect(dates('The Orlane clinic had 8,600 patients at the end of December, up from 7,900 a year earlier.', '2025-03-10').map((f) => f.value)).toEqual(['2024-12', '2023-12']);
    expect(dates('Vesk Foods sales in the second quarter were 8 per cent lower than a year earlier.', '2025-03-10').map((f) => f.value)).toEqual(['2024-Q2', '2023-Q2']);
    expect(dates('In March 2023 Orlane exports fell from two years earlier.', '2025-03-10').map((f) => f.value)).toEqual(['2023-03', '2021-03']);
    // No stated period before it: counted from publication as before.
    expect(dates('Orlane exports fell from a year earlier.', '2025-03-10').map((f) => f.value)).toEqual(['2024']);
  });
  it('counts "two summers ago" back in years from this year\'s summer, begun or not', () => {
    expect(dates('The Orlane idea came two summers ago, Mira Tosh said.', '2025-01-18').map((f) => f.value)).toEqual(['2023-SU']);
    // In November this summer is 2025's: one summer ago is 2024, two 2023 (s11: the unseen3 gold's reading).
    expect(dates('The Orlane idea came two summers ago.', '2025-11-18').map((f) => f.value)).toEqual(['2023-SU']);
    expect(dates('Three winters ago the Orlane lake froze.', '2025-01-18').map((f) => f.value)).toEqual(['2021-WI']);
  });
  it('reads a month a subject "plans" something before as ahead', () => {
    // Published Thursday 27 March 2025.
    expect(dates('Vesk Orbital, which plans up to six more flights before the end of December, said it was pleased.', '2025-03-27').map((f) => f.value)).toEqual(['2025-12']);
    expect(dates('Vesk Orbital said it had flown six times before the end of December.', '2025-03-27').map((f) => f.value)).toEqual(['2024-12']);
  });
  it('reads "the three months to June" as the quarter that month ends', () => {
    // Published Tuesday 15 July 2025.
    expect(dates('Vesk home sales in the three months to June were 8 per cent lower than a year earlier.', '2025-07-15').map((f) => f.value)).toEqual(['2025-Q2', '2024-Q2']);
    expect(dates('In the three months to September 2023, Orlane sales fell.', '2025-07-15').map((f) => f.value)).toEqual(['2023-Q3']);
    // Not a quarter end, or a day named: a stretch and a date as before.
    expect(dates('Vesk prices rose in the three months to May.', '2025-07-15').map((f) => f.value)).toEqual(['P3M', '2025-05']);
    expect(dates('Orlane revenue for the three months to June 30 rose.', '2025-07-15').map((f) => f.value)).toEqual(['P3M', '2025-06-30']);
  });
  it('reads a clock time with its day word as one time ("at 4:12 this afternoon", "10am tomorrow")', () => {
    // Monday 28 October 2024.
    expect(tvs('At 3:05 this afternoon the Orlane control room took a call.')).toEqual([{ text: '3:05 this afternoon', type: 'TIME', value: '2024-10-28T15:05' }]);
    expect(tvs('Keep the Vesk gates shut until 11am tomorrow.')).toEqual([{ text: '11am tomorrow', type: 'TIME', value: '2024-10-29T11:00' }]);
    expect(tvs('Orlane police said the van was seen at 7.30 yesterday morning.')).toEqual([{ text: '7.30 yesterday morning', type: 'TIME', value: '2024-10-27T07:30' }]);
    // A price or a score is no clock time.
    expect(tvs('Vesk shares fell 2.50 yesterday morning.')).toEqual([{ text: 'yesterday morning', type: 'TIME', value: '2024-10-27TMO' }]);
  });
  it('reads "on a Friday afternoon" in the present as any such day', () => {
    expect(tvs('Half the Orlane wards sit empty on a Friday afternoon.')).toEqual([{ text: 'Friday afternoon', type: 'SET', value: 'XXXX-WXX-5TAF' }]);
    expect(tvs('The Vesk market is held on a Sunday.')).toEqual([{ text: 'Sunday', type: 'SET', value: 'XXXX-WXX-7' }]);
    // Told in the past, one day; "on Sunday" with no article, one day.
    expect(tvs('The Vesk vote was held on Sunday.')).toEqual([{ text: 'Sunday', type: 'DATE', value: '2024-10-27' }]);
    expect(tvs('Tomas Varga was arrested on a Friday.')[0].type).toBe('DATE');
  });
  it('reads "in six weeks" in a future told in the past as a stretch, not a week after publication', () => {
    expect(tvs('Orlane staff were told at a meeting that the plant would close in six weeks.')).toEqual([{ text: 'six weeks', type: 'DURATION', value: 'P6W' }]);
    expect(tvs('The Orlane plant will close in six weeks.')).toEqual([{ text: 'six weeks', type: 'DATE', value: '2024-W50' }]);
  });
  it('reads "five days a week" as a weekly pattern, not five days', () => {
    expect(tvs('Ilse Marren trains three nights a week and works six days a week.')).toEqual([
      { text: 'three nights a week', type: 'SET', value: 'P1W' },
      { text: 'six days a week', type: 'SET', value: 'P1W' },
    ]);
    expect(tvs('The Orlane dig lasted five days.')).toEqual([{ text: 'five days', type: 'DURATION', value: 'P5D' }]);
  });
  it('reads "each night" as a part of any day', () => {
    expect(tvs('The Velden lighthouse shines each night.')).toEqual([{ text: 'each night', type: 'SET', value: 'XXXX-XX-XXTNI' }]);
  });
  it('reads a season after "from" or "for" as a date, ahead when the clause plans it', () => {
    // Monday 28 October 2024.
    expect(tvs('Velden will take bookings from the spring.')).toEqual([{ text: 'the spring', type: 'DATE', value: '2025-SP' }]);
    expect(tvs('A Velden edition is planned for the summer.')).toEqual([{ text: 'the summer', type: 'DATE', value: '2025-SU' }]);
    expect(tvs('Velden closed the pool for the summer.')).toEqual([{ text: 'the summer', type: 'DATE', value: '2024-SU' }]);
  });
  it('reads "plans for" as a noun, no plan of the clause', () => {
    expect(tvs('On Friday, Arn Bessel set aside his holiday plans for Velden.')[0]).toEqual({ text: 'Friday', type: 'DATE', value: '2024-10-25' });
  });
  it('reads a duration of two units as one ("3 hours 20 minutes", "two years and five months")', () => {
    expect(tvs('The Velden ferry took 3 hours 20 minutes, against two years and five months of waiting.')).toEqual([
      { text: '3 hours 20 minutes', type: 'DURATION', value: 'PT3H20M' },
      { text: 'two years and five months', type: 'DURATION', value: 'P2Y5M' },
    ]);
    // Units in the wrong order are two durations.
    expect(tvs('Velden waited 20 minutes 3 hours later.').map((f) => f.text)).not.toContain('20 minutes 3 hours');
  });
  it('reads "half a century" and "half an hour" as half the unit', () => {
    expect(tvs('The Velden map was used for half a century, and the walk takes half an hour.')).toEqual([
      { text: 'half a century', type: 'DURATION', value: 'P50Y' },
      { text: 'half an hour', type: 'DURATION', value: 'PT30M' },
    ]);
  });
});

describe('dates: parts of days, rates and anaphoric years (s10, invented snippets)', () => {
  const tvs = (text: string) => dates(text, MONDAY).map((f) => ({ text: f.text, type: f.type, value: f.value }));
  it('keeps the part of the day a weekday names ("Sunday evening": that day, evening)', () => {
    expect(tvs('Arn Bessel resigned on Sunday evening.')).toEqual([{ text: 'Sunday evening', type: 'DATE', value: '2024-10-27TEV' }]);
    expect(tvs('The Velden ferry sails on Friday mornings.')).toEqual([{ text: 'Friday mornings', type: 'SET', value: 'XXXX-WXX-5TMO' }]);
  });
  it('reads a rate after an amount as a set ("£300 a year", "four ferries a week", "$80 a night")', () => {
    expect(tvs('A Velden parking permit costs £300 a year.')).toEqual([{ text: 'a year', type: 'SET', value: 'P1Y' }]);
    expect(tvs('Dalmer runs four ferries a week to Velden.')).toEqual([{ text: 'a week', type: 'SET', value: 'P1W' }]);
    expect(tvs('Rooms at the Velden inn cost $80 a night.')).toEqual([{ text: 'a night', type: 'SET', value: 'XXXX-XX-XXTNI' }]);
    expect(tvs('The Velden clinic sees hundreds of patients a day.')).toEqual([{ text: 'a day', type: 'SET', value: 'P1D' }]);
  });
  it('reads no rate where the period is counted back or is a stretch', () => {
    expect(tvs('Dalmer sold 300 shares a year ago.')).toEqual([{ text: 'a year ago', type: 'DATE', value: '2023' }]);
    expect(tvs('It takes a year to build a Velden ferry.')).toEqual([{ text: 'a year', type: 'DURATION', value: 'P1Y' }]);
    expect(tvs('Dalmer lost 3-1 a week later.').map((f) => f.type)).not.toContain('SET');
    expect(tvs('Velden led 2-0 a minute into the second half.').map((f) => f.type)).not.toContain('SET');
  });
  it('counts "the previous year" from a year its sentence states, else from publication', () => {
    expect(tvs('Velden lent 9,000 books in 2019, up 5% from the previous year.')).toContainEqual({ text: 'the previous year', type: 'DATE', value: '2018' });
    expect(tvs('Velden lent 9,000 books, up 5% from the previous year.')).toEqual([{ text: 'the previous year', type: 'DATE', value: '2023' }]);
  });
});

describe('dates: months and times of any year, hours in words (s10, invented snippets)', () => {
  const tvs = (text: string) => dates(text, MONDAY).map((f) => ({ text: f.text, type: f.type, value: f.value }));
  it('reads a month of a norm or a habit as one of any year', () => {
    expect(tvs('The sea off Velden was 2 degrees above the average for May.')).toContainEqual({ text: 'May', type: 'DATE', value: 'XXXX-05' });
    expect(tvs('Velden harbour is usually quiet in February.')).toEqual([{ text: 'February', type: 'DATE', value: 'XXXX-02' }]);
    // A month of a told event keeps its year.
    expect(tvs('Velden harbour closed in February.')).toEqual([{ text: 'February', type: 'DATE', value: '2024-02' }]);
  });
  it('reads a fronted month before a present clause, and a time in it, as any year\'s', () => {
    expect(tvs("In January it's dark in Velden by five o'clock.")).toEqual([
      { text: 'January', type: 'DATE', value: 'XXXX-01' },
      { text: "five o'clock", type: 'TIME', value: 'XXXX-XX-XXT17:00' },
    ]);
  });
  it('reads a clock time of a habit as any day\'s, though a day far off in the sentence names when it was told', () => {
    expect(tvs('Pupils in Velden who use phones after midnight sleep less each night than others, a study published on Friday found.')[0]).toEqual({ text: 'midnight', type: 'TIME', value: 'XXXX-XX-XXT24:00' });
    expect(tvs('Velden police said the blast on Friday came at 10 p.m.')).toContainEqual({ text: '10 p.m.', type: 'TIME', value: '2024-10-25T22:00' });
  });
  it('reads an hour in words before "o\'clock" or a part of the day', () => {
    expect(tvs('Arn Bessel left Velden at three in the morning on Sunday.')).toEqual([{ text: 'three in the morning', type: 'TIME', value: '2024-10-27T03:00' }, { text: 'Sunday', type: 'DATE', value: '2024-10-27' }]);
    expect(tvs("The Velden bell rang at eleven o'clock.")).toEqual([{ text: "eleven o'clock", type: 'TIME', value: '2024-10-28T11:00' }]);
    expect(tvs('Dalmer scored one in the morning session.')).toEqual([]);
  });
  it('reads "every Christmas" as that day of every year', () => {
    expect(tvs('Arn sent the Velden crew a card every Christmas.')).toEqual([{ text: 'every Christmas', type: 'SET', value: 'XXXX-12-25' }]);
  });
  it('reads a rate past a bracket or a comma after the amount', () => {
    expect(tvs('The Velden office costs 9m crowns ($1m) a month.')).toContainEqual({ text: 'a month', type: 'SET', value: 'P1M' });
    expect(tvs('Many in Velden live on less than $4, or three crowns, a day.')).toContainEqual({ text: 'a day', type: 'SET', value: 'P1D' });
  });
});

describe('dates: halves of a year in business, half units (s10, invented snippets)', () => {
  const tvs = (text: string, published = MONDAY) => dates(text, published).map((f) => ({ text: f.text, type: f.type, value: f.value }));
  it('reads "the first half" in a sentence about business as the latest half of a year that has ended', () => {
    expect(tvs('Velden Foods said profit rose 4% in the first half.', '2024-08-05')).toEqual([{ text: 'the first half', type: 'DATE', value: '2024-H1' }]);
    expect(tvs('Velden Foods said sales fell in the second half.', '2025-03-05')).toEqual([{ text: 'the second half', type: 'DATE', value: '2024-H2' }]);
    expect(tvs('Arn Bessel said the second half would be hard for the sector.', '2024-07-25')).toEqual([{ text: 'the second half', type: 'DATE', value: '2024-H2' }]);
  });
  it('reads no half of a year in a match report', () => {
    expect(tvs('Velden Town switched off in the second half and lost.')).toEqual([]);
  });
  it('reads "three and a half years" as one duration', () => {
    expect(tvs('Dalmer spent three and a half years on the Velden bridge.')).toEqual([{ text: 'three and a half years', type: 'DURATION', value: 'P3Y6M' }]);
  });
});

describe('dates: stretches counted in seasons (s10, invented snippets)', () => {
  const tvs = (text: string) => dates(text, MONDAY).map((f) => ({ text: f.text, type: f.type, value: f.value }));
  it('reads "two winters" and "the past three summers" as durations in seasons', () => {
    expect(tvs('Velden commuters endured two winters of delays.')).toEqual([{ text: 'two winters', type: 'DURATION', value: 'P2WI' }]);
    expect(tvs('The Velden fair has flooded for the past three summers.')).toEqual([{ text: 'the past three summers', type: 'DURATION', value: 'P3SU' }]);
    expect(tvs('Arn left Velden two winters ago.').map((f) => f.type)).not.toContain('DURATION');
  });
});
