import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/ingest/load.js';
import { datesExtractor } from '../../src/extract/dates/index.js';
import type { DateDraft } from '../../src/extract/types.js';

/**
 * Habits, opening hours, the story's day for clock times, spans and anchors, and words that are
 * no time: invented snippets, one rule each.
 */

interface Found {
  text: string;
  type: string;
  value: string;
}

function dates(text: string, published = MONDAY): Found[] {
  const doc = makeDoc(text, 'snippet.txt', 'snippet', []);
  doc.article.published = published;
  doc.article.publishedFrom = 'metadata';
  const { facts = [] } = datesExtractor.extract(doc, { doc, mentions: [], facts: [], diagnostics: [] });
  return (facts as DateDraft[]).map((f) => ({ text: doc.raw.slice(f.span.start, f.span.end), type: f.type, value: f.value }));
}

function valueOf(text: string, dateText: string, published = MONDAY): string | undefined {
  return dates(text, published).find((d) => d.text === dateText)?.value;
}

// Monday 28 October 2024.
const MONDAY = '2024-10-28';

describe('habits and opening hours have no calendar day', () => {
  it('a weekday in a clause of habit is any week’s', () => {
    expect(valueOf('The food bank, which opens three days a week, still runs out of rice by Wednesday.', 'Wednesday')).toBe('XXXX-WXX-3');
  });
  it('a past or future word between the habit and the day keeps the day', () => {
    expect(valueOf('The shop usually opens at nine, but it was closed on Wednesday.', 'Wednesday')).toBe('2024-10-23');
    expect(valueOf('The shop often opens late, but it will shut on Wednesday.', 'Wednesday')).toBe('2024-10-30');
  });
  it('a weekday span with hours is opening hours', () => {
    const found = dates('Call in at the depot on Mill Lane, Monday to Friday between 8am and 4pm.');
    expect(found.map((d) => [d.text, d.value])).toEqual([
      ['Monday', 'XXXX-WXX-1'],
      ['Friday', 'XXXX-WXX-5'],
      ['8am', 'XXXX-XX-XXT08:00'],
      ['4pm', 'XXXX-XX-XXT16:00'],
    ]);
  });
  it('a range of hours in a sentence with no day is any day’s', () => {
    const found = dates('The caretaker said the hall was already booked "from 10am until 7pm".');
    expect(found.map((d) => d.value)).toEqual(['XXXX-XX-XXT10:00', 'XXXX-XX-XXT19:00']);
  });
  it('a range of hours on a named day keeps the day', () => {
    expect(valueOf('The hall will be open from 10am until 7pm on Wednesday.', '10am')).toBe('2024-10-30T10:00');
  });
});

describe('a clock time takes the day the story is at', () => {
  it('the last day named, past coarser dates and sentences without a date', () => {
    const text = 'The ferry ran aground late on Saturday. Sales of tickets had risen since March. The harbour master said a distress call came at 23:40.';
    expect(valueOf(text, '23:40')).toBe('2024-10-26T23:40');
  });
  it('the small hours after a night are the next day', () => {
    const text = 'The concert ended on Saturday night. Fans said the last bus left at 1:30 a.m.';
    expect(valueOf(text, 'Saturday night')).toBe('2024-10-26TNI');
    expect(valueOf(text, '1:30 a.m.')).toBe('2024-10-27T01:30');
  });
  it('overnight is the night of the day its sentence names', () => {
    expect(valueOf('Roads were flooded on Sunday after the river burst its banks overnight.', 'overnight')).toBe('2024-10-27TNI');
    expect(dates('She was an overnight success.')).toEqual([]);
  });
});

describe('spans, directions and anchors', () => {
  it('a span of months ends after its start, across the year end', () => {
    const found = dates('The grant is paid between December and March.');
    expect(found.map((d) => d.value)).toEqual(['2024-12', '2025-03']);
  });
  it('the year after the second date of a pair is the first one’s too', () => {
    expect(valueOf('Inspectors visited the site on Sept 3 and Nov 14, 2023.', 'Sept 3')).toBe('2023-09-03');
    expect(valueOf('Inspectors visited the site on Dec 30 and Jan 2, 2024.', 'Dec 30')).toBe('2023-12-30');
  });
  it('a future year the sentence states dates a month and day it looks ahead to', () => {
    expect(valueOf("The mayor spoke before next year's fair, which opens on June 5.", 'June 5')).toBe('2025-06-05');
    expect(valueOf('Passes for 2025 go on sale on November 4.', 'November 4')).toBe('2024-11-04');
  });
  it('seasons ago are counted from this year’s season', () => {
    expect(valueOf('The beetle was first seen three summers ago.', 'three summers ago')).toBe('2021-SU');
    expect(valueOf('The idea came two summers ago.', 'two summers ago', '2025-01-18')).toBe('2023-SU');
    expect(valueOf('The lake froze two winters ago.', 'two winters ago', '2025-01-18')).toBe('2022-WI');
  });
  it('a season with its year is what "the following year" counts from', () => {
    expect(valueOf('The bridge will open in autumn 2025, and tolls will start the following year.', 'the following year')).toBe('2026');
  });
  it('weeks or months later from a stated day is a day or month', () => {
    const text = 'Inspectors first called on March 4, 2024. Six weeks later, they returned. Two months later, the shop closed.';
    expect(dates(text).map((d) => [d.text, d.type, d.value])).toEqual([
      ['March 4, 2024', 'DATE', '2024-03-04'],
      ['Six weeks later', 'DATE', '2024-04-15'],
      // Counted from the day the story has moved on to (mid-April).
      ['Two months later', 'DATE', '2024-06'],
    ]);
  });
  it('the year before the year the sentence states', () => {
    expect(valueOf('Exports rose to 4 billion in 2023 from 3 billion the year before, the ministry said.', 'the year before')).toBe('2022');
    expect(dates('Exports rose in 2023, the year before the election.').map((d) => d.text)).toEqual(['2023']);
  });
  it('the next decade is ten years, no calendar decade', () => {
    expect(dates('The city plans to replace the pipes over the next decade.')).toEqual([{ text: 'the next decade', type: 'DURATION', value: 'P10Y' }]);
  });
  it('a grouped number is read whole', () => {
    expect(dates('Volunteers gave more than 1,900 hours of their time.')).toEqual([{ text: 'more than 1,900 hours', type: 'DURATION', value: 'PT1900H' }]);
    expect(valueOf('Farming began about 12,000 years ago.', 'about 12,000 years ago')).toBe('PAST_REF');
  });
  it('approximate years after a preposition of time', () => {
    expect(valueOf('The work will last until at least 2036.', '2036')).toBe('2036');
    expect(valueOf('It was painted in about 1784, experts said.', '1784')).toBe('1784');
    expect(dates('The charity helped in 1500 homes.')).toEqual([]);
  });
});

describe('words that are no time', () => {
  it('a holiday word before a capitalised noun is part of a name', () => {
    expect(dates('Readers gave generously to the Christmas Appeal.')).toEqual([]);
    expect(valueOf('The shop will close on Christmas Day.', 'Christmas Day')).toBe('2024-12-25');
  });
  it('a vague count of nights opening a clause', () => {
    expect(dates('"Some nights the children eat and I do not," she said.')).toEqual([]);
    expect(dates('He stayed for some days.').map((d) => d.text)).toEqual(['some days']);
  });
  it('the current level of a measure', () => {
    expect(dates('Bills will rise £68 on the current level.')).toEqual([]);
  });
  it('annual before a named event or a common noun is a set (the unseen sets\' convention), before a measure scaled to a year no time', () => {
    expect(dates('Today the paper launches its annual Winter Appeal.').find((d) => d.text === 'annual')).toEqual({ text: 'annual', type: 'SET', value: 'P1Y' });
    expect(dates('The plan was approved at the annual meeting.')).toEqual([{ text: 'annual', type: 'SET', value: 'P1Y' }]);
    expect(dates('Prices rose at an annual rate of 3.1%.')).toEqual([]);
  });
});

describe('a web stamp line under the headline', () => {
  it('its clock time and date are facts, the time of that day', () => {
    const text = 'Flood closes river road\n\nPublished: 9:05 AM EDT Oct. 28, 2024\n\nRIVERTON (WXYZ) — The river road was closed on Monday after heavy rain.';
    expect(dates(text).map((d) => [d.text, d.value])).toEqual([
      ['9:05 AM EDT', '2024-10-28T09:05'],
      ['Oct. 28, 2024', '2024-10-28'],
      ['Monday', '2024-10-28'],
    ]);
  });
});
