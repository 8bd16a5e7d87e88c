import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/ingest/load.js';
import { datesExtractor } from '../../src/extract/dates/index.js';
import type { DateDraft } from '../../src/extract/types.js';

/**
 * Race and stopwatch times, rates after money, parts of the day, the story's day for clock times
 * and words that are no time: invented snippets, one rule each.
 */

interface Found {
  text: string;
  type: string;
  value: string;
}

// Thursday 12 June 2025.
const THURSDAY = '2025-06-12';

function dates(text: string, published = THURSDAY): Found[] {
  const doc = makeDoc(text, 'snippet.txt', 'snippet', []);
  doc.article.published = published;
  doc.article.publishedFrom = 'metadata';
  const { facts = [] } = datesExtractor.extract(doc, { doc, mentions: [], facts: [], diagnostics: [] });
  return (facts as DateDraft[]).map((f) => ({ text: doc.raw.slice(f.span.start, f.span.end), type: f.type, value: f.value }));
}

function find(text: string, dateText: string, published = THURSDAY): Found | undefined {
  return dates(text, published).find((d) => d.text === dateText);
}

describe('race and stopwatch times', () => {
  it('hours, minutes and seconds in abbreviated units are one duration', () => {
    expect(find('Brannock won the stage in 3hr 12min 08sec after a long escape.', '3hr 12min 08sec')).toMatchObject({ type: 'DURATION', value: 'PT3H12M8S' });
  });
  it('a gap in seconds or minutes and seconds is a duration', () => {
    expect(find('Velloni was second at 17sec and Okafor third at 2min 04sec.', '17sec')).toMatchObject({ type: 'DURATION', value: 'PT17S' });
    expect(find('Velloni was second at 17sec and Okafor third at 2min 04sec.', '2min 04sec')).toMatchObject({ type: 'DURATION', value: 'PT2M4S' });
  });
  it('a spelled count of seconds is a duration', () => {
    expect(find('"Thirty seconds is not a big gap," the rider said.', 'Thirty seconds')).toMatchObject({ type: 'DURATION', value: 'PT30S' });
  });
  it('"a second" is no duration of seconds', () => {
    expect(dates('She tried a second time and failed.').some((d) => d.type === 'DURATION')).toBe(false);
  });
});

describe('a rate after money', () => {
  it('"a year" after an amount is a rate even with "from <month>" after it', () => {
    expect(find('The owners now want £18,500 a year from April, up from £12,000.', 'a year')).toMatchObject({ type: 'SET', value: 'P1Y' });
  });
  it('"a year and <verb>" after an amount is a rate', () => {
    expect(find('The merger would save about £2.4 million a year and protect 30 jobs, the board said.', 'a year')).toMatchObject({ type: 'SET', value: 'P1Y' });
  });
  it('"a year and a half" after a count is no rate', () => {
    expect(dates('The 40 staff will need a year and a half to finish the work.').some((d) => d.type === 'SET')).toBe(false);
  });
});

describe('annual', () => {
  it('before a levy, a meeting or a report it is a set', () => {
    expect(find('Stallholders marched against a new annual fee charged by the council.', 'annual')).toMatchObject({ type: 'SET', value: 'P1Y' });
    expect(find('The club published its annual accounts in May.', 'annual')).toMatchObject({ type: 'SET', value: 'P1Y' });
  });
  it('before a rate or growth it is no time', () => {
    expect(find('Output grew at an annual rate of 2%.', 'annual')).toBeUndefined();
    expect(find('Annual growth slowed to 1.5%.', 'Annual')).toBeUndefined();
  });
});

describe('split years', () => {
  it('a financial year or season across two years is no date', () => {
    expect(find('The farm sold 900 tonnes in the 2023/24 season.', '2023')).toBeUndefined();
    expect(find('It was paid from the budget for 2026-27.', '2026')).toBeUndefined();
    expect(find('Figures for 2022/2023 are due soon.', '2022')).toBeUndefined();
  });
  it('a year before a slash or dash that is not the next year stays a date', () => {
    expect(find('The mill closed in 2019 - 40 jobs were lost.', '2019')).toMatchObject({ type: 'DATE', value: '2019' });
  });
});

describe('a quarter as a fraction', () => {
  it('a change by a hedged quarter is no period', () => {
    expect(dates('Ticket sales have dropped by roughly a quarter since 2020.').filter((d) => d.type !== 'DATE')).toEqual([]);
    expect(dates('Membership is up almost a quarter on the year.').filter((d) => d.type === 'DURATION')).toEqual([]);
  });
});

describe('the story\'s day for clock times', () => {
  // Published Thursday 12 June 2025; the story's events are on Wednesday 11 June.
  it('a plan for the publication day does not become the day of a later clock time', () => {
    const text = 'Power failed across Dunholt on Wednesday. The company said it was sending extra crews on Thursday. Engineers reached the substation at 3.10pm.';
    expect(find(text, '3.10pm')?.value).toBe('2025-06-11T15:10');
  });
  it('a deadline after publication does not become the day of a later clock time', () => {
    const text = 'Stallholders closed the market on Wednesday. The fee is due by August 31 and November 30. No one had been arrested as of 5pm, police said.';
    expect(find(text, 'November 30')?.value).toBe('2025-11-30');
    expect(find(text, '5pm')?.value).toBe('2025-06-11T17:00');
  });
  it('"until" before the time is no future: the clause\'s past verb is', () => {
    const text = 'Trains stopped at Fenwick on Wednesday. The line did not reopen until 11:20, the operator said.';
    expect(find(text, '11:20')?.value).toBe('2025-06-11T11:20');
  });
  it('a morning time after a night the story told of is the next morning', () => {
    const text = 'The climber set off on Monday. Rescuers searched through the night. She was found at 8.15am by a helicopter crew.';
    expect(find(text, 'the night')).toMatchObject({ type: 'TIME', value: '2025-06-09TNI' });
    expect(find(text, '8.15am')?.value).toBe('2025-06-10T08:15');
  });
});

describe('parts of the day', () => {
  const text = 'Shops in Harlow Street shut on Wednesday. One trader said she had sold nothing since morning. By the evening, 40 stalls had closed.';
  it('"since morning" and "By the evening" are parts of the story\'s day', () => {
    expect(find(text, 'morning')).toMatchObject({ type: 'TIME', value: '2025-06-11TMO' });
    expect(find(text, 'the evening')).toMatchObject({ type: 'TIME', value: '2025-06-11TEV' });
  });
  it('"by the evening train" and "in the night" are not', () => {
    expect(find('She caught the last bus by the evening train station.', 'the evening')).toBeUndefined();
    expect(dates('Shots were heard in the night sky.')).toEqual([]);
  });
});

describe('deadlines', () => {
  it('the second day of "by X and Y" is a deadline too', () => {
    expect(find('The charge is payable in two parts, by August 31 and December 31.', 'December 31')?.value).toBe('2025-12-31');
  });
});

describe('day words quoted from the lead day', () => {
  it('"Tomorrow" spoken on the day before publication is the publication day', () => {
    const text = 'Marenko won Wednesday\'s sprint stage in Velmont. "Tomorrow will be harder," she said after the finish.';
    expect(find(text, 'Tomorrow')?.value).toBe('2025-06-12');
  });
});

describe('day words in a quotation of several sentences', () => {
  it('"Tomorrow" in the second sentence of a quote spoken on the lead day', () => {
    const text = 'Marenko won Wednesday\'s sprint stage in Velmont. "I felt good. Tomorrow will be harder," she said after the finish.';
    expect(find(text, 'Tomorrow')?.value).toBe('2025-06-12');
  });
  it('... also when the saying verb came before the quotation opened', () => {
    const text = 'Marenko won Wednesday\'s sprint stage in Velmont. She said her legs were tired. "I felt good. Tomorrow will be harder. We will see."';
    expect(find(text, 'Tomorrow')?.value).toBe('2025-06-12');
  });
});
