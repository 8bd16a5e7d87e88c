import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/ingest/load.js';
import { datesExtractor } from '../../src/extract/dates/index.js';
import type { DateDraft } from '../../src/extract/types.js';

/** TimeML extents (which words a TIMEX3 takes in) and words that are no TIMEX3: invented snippets. */

interface Found {
  text: string;
  type: string;
  value: string;
}

function dates(text: string, published = '2024-10-28'): Found[] {
  const doc = makeDoc(text, 'snippet.txt', 'snippet', []);
  doc.article.published = published;
  doc.article.publishedFrom = 'metadata';
  const { facts = [] } = datesExtractor.extract(doc, { doc, mentions: [], facts: [], diagnostics: [] });
  return (facts as DateDraft[]).map((f) => {
    const text = doc.raw.slice(f.span.start, f.span.end);
    return { text, type: f.type, value: f.value };
  });
}

const texts = (sentence: string, published?: string) => dates(sentence, published).map((f) => f.text);

describe('dates: modifiers a duration keeps and those it leaves out', () => {
  const cases: Array<[string, string]> = [
    // Focus words are not part of the expression.
    ['The envoy stayed only five hours in Corvale.', 'five hours'],
    ['Ms Tarvin ran the unit for just six months.', 'six months'],
    ['The bus leaves in just a few minutes.', 'a few minutes'],
    ['The truce lasted barely a month.', 'a month'],
    ['Just a decade ago the town was a village.', 'a decade ago'],
    // "about" stays outside a duration or a clock time, inside a date counted back.
    ['The boat had been moored at the pier for about two weeks.', 'two weeks'],
    ['The blast came at about 10:35 a.m., police said.', '10:35 a.m.'],
    ['Brindle listed the event about two years ago.', 'about two years ago'],
    // "over" as "during" stays outside; "over an hour" (more than) is inside.
    ['The money can be spent over three years.', 'three years'],
    ['The talks lasted over an hour.', 'over an hour'],
    // Approximations and bounds are inside.
    ['The strike has lasted nearly two months.', 'nearly two months'],
    ['The plant will close for at least 30 days.', 'at least 30 days'],
    ['The flight took more than four hours.', 'more than four hours'],
  ];
  it.each(cases)('%s -> %s', (sentence, text) => {
    expect(texts(sentence)).toEqual([text]);
  });
});

describe('dates: determiners of quarters', () => {
  it('leaves a possessive out of an ordinal quarter', () => {
    expect(dates('Brindle Corp. posted a loss for its third quarter.', '1989-10-26')).toEqual([{ text: 'third quarter', type: 'DATE', value: '1989-Q3' }]);
  });
  it('leaves the determiner of the noun out of a hyphenated quarter that modifies it', () => {
    expect(texts('The third-quarter loss was smaller than feared.', '1989-10-26')).toEqual(['third-quarter']);
    expect(texts('Analysts said that third-quarter profit fell.', '1989-10-26')).toEqual(['third-quarter']);
    expect(texts('Brindle cut the dividend after its fourth-quarter slump.', '1989-10-26')).toEqual(['fourth-quarter']);
    expect(texts('Brindle booked a gain in the fiscal second-quarter report.', '1989-10-26')).toEqual(['fiscal second-quarter']);
  });
  it('keeps the determiner of a quarter that is the noun itself', () => {
    expect(texts('Sales rose in the third quarter.', '1989-10-26')).toEqual(['the third quarter']);
  });
});

describe('dates: words around weekdays and "now"', () => {
  it('leaves "earlier" and "later" out of a weekday', () => {
    expect(texts('Earlier Friday, the union called a strike.')).toEqual(['Friday']);
    expect(texts('Later Thursday, the cousins met the judge.')).toEqual(['Thursday']);
  });
  it('keeps "early" in a weekday (TimeML mod START)', () => {
    expect(texts('The rally began early Tuesday.')).toEqual(['early Tuesday']);
  });
  it('leaves "right" out of "right now"', () => {
    expect(dates('Right now the evidence is scant.')).toEqual([{ text: 'now', type: 'DATE', value: 'PRESENT_REF' }]);
  });
});

describe('dates: year-ago adjectives', () => {
  it('leaves the determiner of the noun out of "year-ago" and "year-earlier"', () => {
    expect(texts('Profit rose 5%. The year-ago figures were restated.', '1989-10-26')).toEqual(['year-ago']);
    expect(dates('Brindle lost $2 million, against a year-earlier deficit of $3 million.', '1989-10-26')).toEqual([{ text: 'year-earlier', type: 'DATE', value: '1988' }]);
  });
  it('keeps the determiner when the adjective names the period itself', () => {
    expect(texts('Profit rose from the year-ago period.', '1989-10-26')).toEqual(['the year-ago period']);
  });
});

describe('dates: words that name no time', () => {
  const negatives = [
    // "today's" for nowadays, "of tomorrow" for the future, a title ending in "Today".
    'Teachers say today\'s youth read less.',
    'Parents worry about raising children in today\'s world.',
    'She wants to train the engineers of tomorrow.',
    'You are listening to BNT Today.',
    'The story ran in the QRX Today.',
    // The idiom and the film.
    'For the people of the valley, high noon has come.',
    'He showed a still from the film "High Noon."',
    // TimeBank leaves "later in the day" out.
    'The minister flew on to Corvale later in the day.',
  ];
  it.each(negatives)('%s', (sentence) => {
    expect(dates(sentence)).toEqual([]);
  });
  it('keeps the days those words name elsewhere', () => {
    expect(texts('The notice runs in today\'s print run of the Ledger.')).toEqual(['today']);
    expect(texts('As of tomorrow, the shops will close at noon.')).toEqual(['tomorrow', 'noon']);
    expect(texts('Sales fell earlier in the year.')).toEqual(['earlier in the year']);
  });
});

describe('dates: times counted from a date the article stated', () => {
  it('counts "the following year" and "later that year" from a date earlier in the sentence', () => {
    expect(dates('On May 22, 2015, Ms Orlan became a colonel; the following year she was posted abroad.')).toContainEqual({ text: 'the following year', type: 'DATE', value: '2016' });
    expect(dates('Mr Tarvel fled in June 2018 and returned later that year.')).toContainEqual({ text: 'later that year', type: 'DATE', value: '2018' });
  });
  it('counts from the latest date of an earlier sentence', () => {
    expect(dates('The board met on March 3, 2019. The following month, Brindle sold its mills.')).toContainEqual({ text: 'The following month', type: 'DATE', value: '2019-04' });
    expect(dates('The board met on March 3, 2019. Earlier that day, shares had fallen.')).toContainEqual({ text: 'Earlier that day', type: 'DATE', value: '2019-03-03' });
  });
  it('reads "the next morning" after a stated day as the day after it', () => {
    expect(dates('The judge ruled on Oct. 20, 2023. Mr Tarvel left town the next morning.', '2024-10-28')).toContainEqual({ text: 'the next morning', type: 'DATE', value: '2023-10-21' });
  });
  it('gives a day of the stated month when only the month is known', () => {
    expect(dates('The clinic closed in October 2022. Its sign came down that same day.')).toContainEqual({ text: 'that same day', type: 'DATE', value: '2022-10-XX' });
  });
  it('finds nothing without a stated date, and leaves a bare "that day" alone', () => {
    expect(dates('Brindle sold its mills the following month.')).toEqual([]);
    expect(texts('Funds met redemptions in March 2020 and more that day.')).toEqual(['March 2020']);
  });
  it('keeps "the next year" counted from the publication date', () => {
    expect(dates('The plant was built in 1998. It will close over the next year.')).toContainEqual({ text: 'the next year', type: 'DATE', value: '2025' });
  });
});

describe('dates: spans without a number', () => {
  const cases: Array<[string, string, string]> = [
    ['The family emerged from a day-long meeting with officials.', 'day-long', 'P1D'],
    ['It was a symbol of the decades-long feud between the clans.', 'decades-long', 'PXY'],
    ['Funds may have to sell bonds in the weeks ahead.', 'the weeks ahead', 'PXW'],
    ['Over the years the village has grown into a town.', 'the years', 'PXY'],
    ['In the years since, the rebels took the hills.', 'the years', 'PXY'],
    ['The firm made a profit after several quarters of decline.', 'several quarters', 'PXQ'],
  ];
  it.each(cases)('%s -> %s', (sentence, text, value) => {
    expect(dates(sentence)).toEqual([{ text, type: 'DURATION', value }]);
  });
  it('leaves "the years" of a thing and a fraction in quarters alone', () => {
    expect(dates('The book describes the years of war in detail.')).toEqual([]);
    expect(dates('The state owns three quarters of the company.')).toEqual([]);
  });
});

describe('dates: the middle of a part of the day', () => {
  it('reads "mid-afternoon yesterday" and "mid afternoon" as times of a day', () => {
    expect(dates('In Corvale at mid-afternoon yesterday, the shares were up.', '1989-11-02')).toEqual([{ text: 'mid-afternoon yesterday', type: 'TIME', value: '1989-11-01TAF' }]);
    expect(dates('By mid afternoon, officials were saying the road was open.', '1998-03-06')).toEqual([{ text: 'mid afternoon', type: 'TIME', value: '1998-03-06TAF' }]);
  });
});

describe('dates: holidays', () => {
  it('computes US Election Day: the Tuesday after the first Monday in November', () => {
    expect(dates('Volunteers will knock on doors until Election Day.', '1998-10-26')).toContainEqual({ text: 'Election Day', type: 'DATE', value: '1998-11-03' });
    expect(dates('Polls open on Election Day.', '2024-10-28')).toContainEqual({ text: 'Election Day', type: 'DATE', value: '2024-11-05' });
  });
  it('takes "last" and "next" into a holiday', () => {
    expect(dates('The ferry sank last Thanksgiving.', '2000-02-10')).toEqual([{ text: 'last Thanksgiving', type: 'DATE', value: '1999-11-25' }]);
    expect(dates('The shop will reopen next Christmas.', '2024-10-28')).toEqual([{ text: 'next Christmas', type: 'DATE', value: '2024-12-25' }]);
    expect(dates('The shop closed last Christmas.', '2024-10-28')).toEqual([{ text: 'last Christmas', type: 'DATE', value: '2023-12-25' }]);
  });
  it('leaves an election day in lower case alone', () => {
    expect(dates('It was a long election day for the volunteers.', '2024-10-28')).toEqual([]);
  });
});

describe('dates: the second day of a pair', () => {
  it('gives the second day the month of the first', () => {
    expect(dates('The fair will be held on June 9 and 10 in Corvale.', '2025-05-20')).toEqual([
      { text: 'June 9', type: 'DATE', value: '2025-06-09' },
      { text: '10', type: 'DATE', value: '2025-06-10' },
    ]);
    expect(texts('The festival runs from July 3 to 5.', '2024-05-01')).toEqual(['July 3', '5']);
  });
  it('finds the join however it is written before the second day', () => {
    expect(texts('The fair runs June 9 through 12 in Corvale.', '2025-05-20')).toEqual(['June 9', '12']);
    expect(texts('The fair runs June 9 - 12 in Corvale.', '2025-05-20')).toEqual(['June 9', '12']);
    expect(texts('The fair runs June 9\u2013 12 in Corvale.', '2025-05-20')).toEqual(['June 9', '12']);
    expect(texts('The fair runs June 9 OR 12 in Corvale.', '2025-05-20')).toEqual(['June 9', '12']);
  });
  it('takes no day after a date without a join', () => {
    expect(texts('On June 9 12 stalls opened in Corvale.', '2025-05-20')).toEqual(['June 9']);
    expect(texts('On June 9, 12 stalls opened in Corvale.', '2025-05-20')).toEqual(['June 9']);
  });
  it('leaves counts after a date alone', () => {
    expect(texts('Prices rose on March 3 and 4 percent more on Friday.', '2024-05-01')).toEqual(['March 3', 'Friday']);
    expect(texts('By May 5 and 6 others had joined.', '2024-05-01')).toEqual(['May 5']);
  });
});

describe('dates: bounds and approximations of a date', () => {
  const cases: Array<[string, string, string, string]> = [
    ['The firm will not be profitable until 2027 or later.', '2027 or later', 'DATE', '2027'],
    ['It is confident about earnings for 2025 and beyond.', '2025 and beyond', 'DATE', '2025'],
    ['The bridge should reopen around Nov. 1, the council said.', 'around Nov. 1', 'DATE', '2024-11-01'],
  ];
  it.each(cases)('%s -> %s', (sentence, text, type, value) => {
    expect(dates(sentence)).toEqual([{ text, type, value }]);
  });
  it('reads "the week of June 9" as the week that holds the day', () => {
    expect(dates('The appeal may be heard the week of June 9, a clerk said.', '2025-05-20')).toEqual([{ text: 'the week of June 9', type: 'DATE', value: '2025-W24' }]);
  });
});

describe('dates: spelled thousands', () => {
  it('reads "two thousand years" as a duration, not the year 2000', () => {
    expect(dates('The guild has guarded its recipe for more than two thousand years.')).toEqual([{ text: 'more than two thousand years', type: 'DURATION', value: 'P2000Y' }]);
    expect(dates('About two thousand people marched.')).toEqual([]);
  });
  it('still reads a spelled year', () => {
    expect(dates('The plan was dropped in two thousand and one.')).toEqual([{ text: 'two thousand and one', type: 'DATE', value: '2001' }]);
  });
});

describe('dates: years in a list', () => {
  it('reads each year of "in 2010, 2011 and 2012"', () => {
    expect(texts('The money was spent in instalments in 2010, 2011 and 2012.')).toEqual(['2010', '2011', '2012']);
  });
  it('still leaves a count after a number alone', () => {
    expect(texts('The firm paid $1,500, 2000 shares and a bonus.')).toEqual([]);
  });
});

describe('dates: couples and halves', () => {
  it('counts "the next couple of years"', () => {
    expect(dates('Over the next couple of years the mill will double its output.')).toEqual([{ text: 'the next couple of years', type: 'DURATION', value: 'P2Y' }]);
  });
  it('marks "a minute and a half" before "later", but not "a couple of weeks later"', () => {
    expect(dates('But a minute and a half later, the pilot called the tower.')).toEqual([{ text: 'a minute and a half', type: 'DURATION', value: 'PT1M30S' }]);
    expect(dates('She was back in action a couple of weeks later.')).toEqual([]);
  });
});
