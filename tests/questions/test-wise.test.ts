import { describe, expect, it } from 'vitest';
import { composeQuiz, generateQuiz, prepareQuestions } from '../../src/questions/index.js';
import { numberDistractors, sameScale } from '../../src/questions/distractors/numbers.js';
import { dateChoices, datesAt } from '../../src/questions/distractors/dates.js';
import { balancedRanks, streamFor } from '../../src/questions/random.js';
import { lostRelativeSubject } from '../../src/questions/kinds/who-said.js';
import { agedAfterName, uncountedAtEnd } from '../../src/questions/kinds/number.js';
import { namedWithAnother } from '../../src/questions/context.js';
import type { Entity, Fact, NumberFact, QuoteFact } from '../../src/schema/index.js';
import { ARTICLE, type Finder, tableOf } from './snippet-table.js';

/** Quizzes a test-wise student cannot answer from the options' form alone. Invented snippets only. */

const numberAt = (raw: string, text: string, value: number, extra: Partial<NumberFact> = {}): NumberFact => {
  const start = raw.indexOf(text);
  return {
    id: 'n', article: 'a', span: { start, end: start + text.length }, text, sentence: { start: 0, end: raw.length }, corroboratedBy: [],
    extractor: 'test', kind: 'number', value, qualifier: 'exact', unit: null, counts: null, approximate: false, source: null, conflictsWith: [], ...extra,
  };
};
const quoteAt = (raw: string, text: string, extra: Partial<QuoteFact> = {}): QuoteFact => {
  const start = raw.indexOf(text);
  return {
    id: 'q', article: 'a', span: { start, end: start + text.length }, text, sentence: { start: 0, end: raw.length }, corroboratedBy: [], extractor: 'test',
    kind: 'quote', direct: false, cue: 'said', speaker: { entity: null, name: 'Jo Bell', mention: null }, conflictsWith: [], ...extra,
  } as QuoteFact;
};

describe('a bound on a figure ("more than", "up to")', () => {
  it('gives wrong figures on both sides when the stem says the bound', () => {
    let below = 0;
    let above = 0;
    for (let i = 0; i < 40; i++) {
      const wrong = numberDistractors(numberAt('More than 520,000 fans came.', 'More than 520,000', 520_000, { qualifier: 'more-than' }), [], new Set(), streamFor(`b-${i}`), {}, true);
      expect(wrong).toHaveLength(3);
      below += wrong.filter((x) => x < 520_000).length;
      above += wrong.filter((x) => x > 520_000).length;
    }
    expect(below).toBeGreaterThan(20);
    expect(above).toBeGreaterThan(20);
  });

  it('is asked with the bound in the stem, bare figures as options, the answer not always the lowest', () => {
    const raw = 'Officials in Velden said more than 1,200 Norland farms have been flooded or damaged since March.';
    const { table, texts } = tableOf(raw, [(f: Finder): Fact => ({ ...f('more than 1,200'), kind: 'number', value: 1200, qualifier: 'more-than', unit: null, counts: 'Norland farms flooded or damaged', approximate: false, source: null, conflictsWith: [] })]);
    const ranks = new Set<number>();
    for (let i = 0; i < 24; i++) {
      const quiz = generateQuiz(table, { seed: `s${i}`, count: 5, texts, kinds: ['number'] });
      const q = quiz.questions[0];
      expect(q).toBeDefined();
      expect(q.stem).toMatch(/more than _____/);
      for (const o of q.options) expect(o.text).toMatch(/^\d[\d,]*$/);
      const values = q.options.map((o) => Number(o.text.replace(/,/g, '')));
      ranks.add([...values].sort((a, b) => a - b).indexOf(values[q.answer]));
    }
    expect(ranks.size).toBeGreaterThanOrEqual(3);
  });
});

describe('the form of figure options', () => {
  it('writes every option in digits when only some would take a scale word', () => {
    expect(sameScale(['600,000', '1 million', '700,000', '500,000'])).toEqual(['600,000', '1,000,000', '700,000', '500,000']);
    expect(sameScale(['$2.6 million', '$900,000', '$2.5 million', '$2.7 million'])).toEqual(['$2,600,000', '$900,000', '$2,500,000', '$2,700,000']);
    expect(sameScale(['$2.6 million', '$26 million', '$2.5 million', '$2.7 million'])).toEqual(['$2.6 million', '$26 million', '$2.5 million', '$2.7 million']);
    expect(sameScale(['14 hours', '15 hours', '13 hours', '16 hours'])).toEqual(['14 hours', '15 hours', '13 hours', '16 hours']);
  });
});

describe('the answer’s rank among its options', () => {
  it('is balanced over items that allow only some ranks', () => {
    const allowed = [[3], [3], [2, 3], [0, 1, 2, 3], [0, 1, 2, 3], [0, 1, 2, 3], [0, 1, 2, 3], [0, 1, 2, 3]];
    const ranks = balancedRanks(streamFor('r'), allowed);
    ranks.forEach((r, i) => expect(allowed[i]).toContain(r));
    const used = [0, 1, 2, 3].map((r) => ranks.filter((x) => x === r).length);
    expect(Math.max(...used) - Math.min(...used)).toBeLessThanOrEqual(1);
    expect(balancedRanks(streamFor('r'), [[]])).toEqual([-1]);
  });

  it('of a date told a day before its report can only be among the latest; earlier dates fill in', () => {
    const choices = dateChoices({ year: 2024, month: 5, day: 9 }, new Set(), streamFor('d'), { year: 2024, month: 5, day: 10 });
    expect(choices.ranks).toEqual([2, 3]);
    expect(datesAt(choices, 2).filter((d) => d.month === 5 && d.day! > 9)).toEqual([{ year: 2024, month: 5, day: 10 }]);
    expect(datesAt(choices, 0)).toEqual([]);
  });

  it('of a day whose weekday the stem names falls on that weekday for every option', () => {
    const choices = dateChoices({ year: 2024, month: 5, day: 7 }, new Set(), streamFor('w'), undefined, true);
    for (const rank of choices.ranks) for (const d of datesAt(choices, rank)) expect(new Date(Date.UTC(d.year, d.month! - 1, d.day!)).getUTCDay()).toBe(2);
  });
});

describe('answer slots', () => {
  const article = (n: number) =>
    `Jo Bell${n} of the Velden Harbour Board said the ferry pier would close for repairs in the spring. ` +
    `Al Roe${n}, who chairs the Ostra council, said the bridge tolls were too high for local drivers. ` +
    `Mia Kent${n} said the harbour dues had been raised twice since the last election. ` +
    `Ed Vance${n} said the ferry timetable would be cut back over the winter months.`;
  it('differ between articles quizzed with one seed: no answer key carries over', () => {
    const firstSlots = new Set<number>();
    for (let n = 1; n <= 12; n++) {
      const raw = article(n);
      const entities: Entity[] = [`Jo Bell${n}`, `Al Roe${n}`, `Mia Kent${n}`, `Ed Vance${n}`].map((name, i) => ({ id: `e${i}`, kind: 'person', name, aliases: [], roles: [], articles: [ARTICLE] }));
      const said = (text: string, entity: string, name: string) => (f: Finder): Fact => ({ ...f(text), kind: 'quote', direct: false, cue: 'said', speaker: { entity, name, mention: null } });
      const { table, texts } = tableOf(raw, [said('the ferry pier would close for repairs in the spring', 'e0', `Jo Bell${n}`), said('the bridge tolls were too high for local drivers', 'e1', `Al Roe${n}`), said('the harbour dues had been raised twice since the last election', 'e2', `Mia Kent${n}`), said('the ferry timetable would be cut back over the winter months', 'e3', `Ed Vance${n}`)], entities);
      const pool = prepareQuestions(table, { seed: 'quizwire', texts, kinds: ['who-said'] });
      const quiz = composeQuiz(pool, { seed: 'quizwire', count: 1, texts, kinds: ['who-said'] });
      if (quiz.questions[0]) firstSlots.add(quiz.questions[0].answer);
    }
    expect(firstSlots.size).toBeGreaterThan(1);
  });
});

describe('the last bad questions', () => {
  it('reads reported words cut from a relative clause as no statement', () => {
    const raw = 'She said harbour firms that trade abroad must still pay the new levy.';
    expect(lostRelativeSubject(raw, quoteAt(raw, 'that trade abroad must still pay the new levy.'))).toBe(true);
    expect(lostRelativeSubject(raw, quoteAt(raw, 'trade abroad must still pay the new levy.'))).toBe(true);
    const told = 'He told reporters that the pier would close.';
    expect(lostRelativeSubject(told, quoteAt(told, 'the pier would close.', { cue: 'told' }))).toBe(false);
    const plain = 'She said that the pier would close on Monday.';
    expect(lostRelativeSubject(plain, quoteAt(plain, 'the pier would close on Monday.'))).toBe(false);
    const stressed = 'She stressed that the pier would close, and said in a statement that the ferry would not.';
    expect(lostRelativeSubject(stressed, quoteAt(stressed, 'the pier would close', { cue: 'stressed' }))).toBe(false);
    expect(lostRelativeSubject(stressed, quoteAt(stressed, 'the ferry would not.'))).toBe(false);
  });

  it('tells a pair named together from one speaker', () => {
    expect(namedWithAnother('Ros and Tam Varn', 'Tam Varn')).toBe('surname');
    expect(namedWithAnother('Jo Bell and Al Roe', 'Jo Bell')).toBe('other');
    expect(namedWithAnother('Food and Rural Affairs Secretary Jo Bell', 'Jo Bell')).toBeNull();
    expect(namedWithAnother('Jo Bell', 'Jo Bell')).toBeNull();
  });

  it('asks no quote of a person the extraction folded a pair into', () => {
    const raw = 'Ros and Tam Varn said the higher ground rent had forced them to close the cafe. Mrs Varn said trade on the pier had dropped sharply since the ferry was cut. Al Roe said the harbour board would review the ground rents on the pier.';
    const entities: Entity[] = [
      { id: 'e1', kind: 'person', name: 'Tam Varn', aliases: ['Mrs Varn', 'Varn'], roles: [], articles: [ARTICLE] },
      { id: 'e2', kind: 'person', name: 'Al Roe', aliases: [], roles: [], articles: [ARTICLE] },
    ];
    const said = (text: string, entity: string, name: string, mention: string) => (f: Finder): Fact => {
      const m = raw.indexOf(mention);
      return { ...f(text), kind: 'quote', direct: false, cue: 'said', speaker: { entity, name, mention: { start: m, end: m + mention.length, text: mention } } };
    };
    const { table, texts } = tableOf(raw, [
      said('the higher ground rent had forced them to close the cafe', 'e1', 'Tam Varn', 'Ros and Tam Varn'),
      said('trade on the pier had dropped sharply since the ferry was cut', 'e1', 'Tam Varn', 'Mrs Varn'),
      said('the harbour board would review the ground rents on the pier', 'e2', 'Al Roe', 'Al Roe'),
    ], entities);
    const pool = prepareQuestions(table, { seed: 'p', texts });
    const quotesAsked = pool.candidates.filter((c) => c.facts.some((f) => f.kind === 'quote'));
    expect(quotesAsked.some((c) => c.facts.some((f) => f.text.startsWith('the harbour board')))).toBe(true);
    expect(quotesAsked.some((c) => c.facts.some((f) => f.text.startsWith('trade') || f.text.startsWith('the higher')))).toBe(false);
  });

  it('asks no plain count that ends its sentence with nothing counted, nor an age after "who are"', () => {
    const raw = 'By noon on Sunday there were more than 90.';
    expect(uncountedAtEnd(numberAt(raw, 'more than 90', 90, { qualifier: 'more-than', counts: 'Sunday' }), raw)).toBe(true);
    const since = 'He has sung in the harbour choir since he was 9.';
    expect(uncountedAtEnd(numberAt(since, '9', 9), since)).toBe(true);
    const counted = 'By noon on Sunday there were more than 90 letters in the box.';
    expect(uncountedAtEnd(numberAt(counted, 'more than 90', 90, { qualifier: 'more-than', counts: 'letters' }), counted)).toBe(false);
    const rose = 'The number of ferry passengers rose to 4,000.';
    expect(uncountedAtEnd(numberAt(rose, '4,000', 4000, { counts: 'number of ferry passengers' }), rose)).toBe(false);
    const ages = 'Ros and Tam Varn, who are 68 and 70, said the cafe would close.';
    expect(agedAfterName(numberAt(ages, '70', 70), ages)).toBe(true);
    expect(agedAfterName(numberAt(ages, '68', 68), ages)).toBe(true);
    const staff = 'The cafe, which has 12 staff, will close.';
    expect(agedAfterName(numberAt(staff, '12', 12), staff)).toBe(false);
  });
});

describe('a year in a list', () => {
  it('is not blanked beside the other years it would be guessed from', () => {
    const raw = 'The Velden council said the money would be spent in three parts in 2031, 2032 and 2033 on the harbour wall.';
    const year = (text: string) => (f: Finder): Fact => ({ ...f(text), kind: 'date', type: 'DATE', value: text, event: null, conflictsWith: [] } as Fact);
    const { table, texts } = tableOf(raw, [year('2031'), year('2032'), year('2033')]);
    const pool = prepareQuestions(table, { seed: 'y', texts, kinds: ['date'] });
    expect(pool.candidates.filter((c) => c.kind === 'date')).toEqual([]);
    // A year on its own in such a sentence is still asked.
    const alone = 'The Velden council said the money would be spent on the harbour wall in 2031 after a long delay.';
    const one = tableOf(alone, [year('2031')]);
    expect(prepareQuestions(one.table, { seed: 'y', texts: one.texts, kinds: ['date'] }).candidates.filter((c) => c.kind === 'date')).toHaveLength(1);
  });
});
