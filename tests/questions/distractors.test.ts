import { describe, expect, it } from 'vitest';
import { numberDistractors, formatFigure } from '../../src/questions/distractors/numbers.js';
import { dateDistractors, formatCalendarDate, parseCalendarDate } from '../../src/questions/distractors/dates.js';
import { balancedSlots, streamFor } from '../../src/questions/random.js';
import { generateQuiz } from '../../src/questions/index.js';
import { isAskableFigure } from '../../src/questions/kinds/number.js';
import type { NumberFact } from '../../src/schema/index.js';
import { fixtureTable, texts } from './fixture.js';

const numberFact = (value: number, unit: string | null = null, extra: Partial<NumberFact> = {}): NumberFact => ({
  id: `n${value}`, article: 'a', span: { start: 0, end: 1 }, text: String(value), sentence: { start: 0, end: 1 }, corroboratedBy: [], extractor: 't',
  kind: 'number', value, qualifier: 'exact', unit, counts: 'x', approximate: false, source: null, conflictsWith: [], ...extra,
});

describe('number distractors', () => {
  it('are three figures of the same kind, never the answer or a forbidden (also-true) figure', () => {
    for (let i = 0; i < 50; i++) {
      const wrong = numberDistractors(numberFact(600_000), [], new Set([700_000]), streamFor('n', i));
      expect(wrong).toHaveLength(3);
      expect(wrong).not.toContain(600_000);
      expect(wrong).not.toContain(700_000);
      for (const w of wrong) expect(Number.isInteger(w)).toBe(true);
    }
  });

  it('never offer an age over 120', () => {
    for (let i = 0; i < 50; i++) {
      const wrong = numberDistractors(numberFact(23, 'year old'), [], new Set(), streamFor('age', i));
      expect(wrong).toHaveLength(3);
      for (const w of wrong) expect(w).toBeLessThanOrEqual(120);
    }
  });

  it('put the answer at every rank, not always the largest or smallest', () => {
    const ranks = new Set<number>();
    for (let i = 0; i < 40; i++) {
      const wrong = numberDistractors(numberFact(600_000), [], new Set(), streamFor('rank', i));
      ranks.add(wrong.filter((w) => w < 600_000).length);
    }
    expect([...ranks].sort()).toEqual([0, 1, 2, 3]);
  });

  it('prefer other figures of the story with the same unit and similar scale', () => {
    const story = [numberFact(45, '%'), numberFact(12, '%'), numberFact(3_000_000, '%'), numberFact(33, null)];
    const seen = new Set<number>();
    for (let i = 0; i < 30; i++) for (const w of numberDistractors(numberFact(20, '%'), story, new Set(), streamFor('story', i))) seen.add(w);
    expect(seen.has(45) || seen.has(12)).toBe(true);
    expect(seen.has(33)).toBe(false); // a plain count is not a percentage
    expect([...seen].every((w) => w <= 100)).toBe(true);
  });

  it('offer no story figure far from the answer, nor a whole number beside an answer with decimals', () => {
    const story = [numberFact(1, null), numberFact(2, null), numberFact(55, null), numberFact(4, null), numberFact(6.35, null)];
    const seen = new Set<number>();
    const decimals = new Set<number>();
    for (let i = 0; i < 30; i++) {
      for (const w of numberDistractors(numberFact(72, null), story, new Set(), streamFor('far', i))) seen.add(w);
      for (const w of numberDistractors(numberFact(9.41, null), story, new Set(), streamFor('dec', i))) decimals.add(w);
    }
    expect(seen.has(55)).toBe(true);
    expect(seen.has(1) || seen.has(2) || seen.has(4)).toBe(false);
    expect(decimals.has(6.35)).toBe(true);
    expect(decimals.has(4) || decimals.has(2)).toBe(false);
  });

  it('format like the news: qualifier, currency, percent, millions', () => {
    expect(formatFigure(600_000, null, 'more-than')).toBe('more than 600,000');
    expect(formatFigure(40_000_000, 'EUR')).toBe('€40 million');
    expect(formatFigure(2.5, '%', 'about')).toBe('about 2.5%');
    expect(formatFigure(7.4, 'm')).toBe('7.4 m');
  });
  it('offer no bound that the answer makes true as well: only larger figures for "more than", smaller for "up to"', () => {
    for (let i = 0; i < 50; i++) {
      const rng = streamFor(`bound-${i}`, 'test');
      const above = numberDistractors(numberFact(520_000, null, { qualifier: 'more-than' }), [numberFact(71_000)], new Set(), rng);
      expect(above).toHaveLength(3);
      expect(above.every((x) => x > 520_000)).toBe(true);
      const below = numberDistractors(numberFact(250, null, { qualifier: 'up-to' }), [], new Set(), rng);
      expect(below).toHaveLength(3);
      expect(below.every((x) => x < 250)).toBe(true);
    }
  });
  it('offer no story figure that an approximate answer also covers ("nearly $1 billion" and the "$916 million" loss)', () => {
    for (let i = 0; i < 30; i++) {
      const wrong = numberDistractors(numberFact(1e9, 'USD', { qualifier: 'nearly', approximate: true }), [numberFact(916e6, 'USD'), numberFact(438e6, 'USD')], new Set(), streamFor(`near-${i}`, 'test'));
      expect(wrong).not.toContain(916e6);
    }
    expect(formatFigure(1.1e12, 'USD')).toBe('$1.1 trillion');
  });
  it('write millions and billions with decimals despite floating point, and units of time as words', () => {
    expect(formatFigure(40_800_000, 'USD')).toBe('$40.8 million');
    expect(formatFigure(36_300_000_000, 'GBP')).toBe('£36.3 billion');
    expect(formatFigure(18, 'month')).toBe('18 months');
    expect(formatFigure(1, 'h')).toBe('1 hour');
    expect(formatFigure(1, 'points')).toBe('1 point');
    expect(formatFigure(10, 'points')).toBe('10 points');
    expect(formatFigure(12, 'h', 'about')).toBe('about 12 hours');
  });
});

describe('date distractors', () => {
  it('keep the granularity and stay near the true date', () => {
    for (const value of ['2024-03-12', '2024-03', '1953']) {
      const when = parseCalendarDate(value)!;
      for (let i = 0; i < 20; i++) {
        const wrong = dateDistractors(when, new Set(), streamFor('d', value, i));
        expect(wrong).toHaveLength(3);
        for (const w of wrong) {
          expect(w.month === undefined).toBe(when.month === undefined);
          expect(w.day === undefined).toBe(when.day === undefined);
          expect(Math.abs(w.year - when.year)).toBeLessThanOrEqual(5);
          expect(formatCalendarDate(w)).not.toBe(formatCalendarDate(when));
        }
      }
    }
  });

  it('never offer a date the sources also give', () => {
    const when = parseCalendarDate('2024-03-12')!;
    for (let i = 0; i < 20; i++) expect(dateDistractors(when, new Set(['13 March 2024', '11 March 2024']), streamFor('f', i)).map(formatCalendarDate)).not.toContain('13 March 2024');
  });
});

describe('seeded helpers', () => {
  it('balanced slots use every position equally often (±1)', () => {
    for (const n of [1, 5, 10, 17]) {
      const slots = balancedSlots(streamFor('slots', n), n);
      const counts = [0, 1, 2, 3].map((s) => slots.filter((x) => x === s).length);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
  });

  it('streams are independent per purpose and stable per seed', () => {
    expect(streamFor('s', 'a')()).toBe(streamFor('s', 'a')());
    expect(streamFor('s', 'a')()).not.toBe(streamFor('s', 'b')());
  });
});

describe('people and selection', () => {
  it('who-said distractors are other people of the story, never the speaker under another name', () => {
    const table = fixtureTable();
    for (const seed of ['p1', 'p2', 'p3']) {
      const q = generateQuiz(table, { seed, count: 12, kinds: ['who-said'], texts });
      for (const x of q.questions) {
        const names = x.options.map((o) => o.text);
        expect(names.every((n) => table.entities.some((e) => e.name === n))).toBe(true);
        expect(names.filter((n) => n.split(' ').at(-1) === x.options[x.answer].text.split(' ').at(-1))).toHaveLength(1);
      }
    }
  });

  it('prefers facts that several articles corroborate', () => {
    const table = fixtureTable();
    const corroborated = new Set(table.facts.filter((f) => f.corroboratedBy.length > 0).map((f) => f.id));
    for (const seed of ['c1', 'c2', 'c3', 'c4']) {
      const [first] = generateQuiz(table, { seed, count: 1, kinds: ['number'], texts }).questions;
      expect(corroborated.has(first.facts[0])).toBe(true);
    }
  });
});

describe('figures a question can ask for', () => {
  it('leaves out "some" and a bound on one ("one or more", "more than one"), keeps real bounds and exact ones', () => {
    expect(isAskableFigure(numberFact(1, null, { qualifier: 'at-least', text: 'one or more' }))).toBe(false);
    expect(isAskableFigure(numberFact(1, null, { qualifier: 'more-than', text: 'more than one' }))).toBe(false);
    expect(isAskableFigure(numberFact(3, null, { qualifier: 'some' }))).toBe(false);
    expect(isAskableFigure(numberFact(1, null))).toBe(true);
    expect(isAskableFigure(numberFact(1, '%', { qualifier: 'more-than' }))).toBe(true);
    expect(isAskableFigure(numberFact(500, null, { qualifier: 'more-than' }))).toBe(true);
  });
});
