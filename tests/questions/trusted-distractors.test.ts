import { describe, expect, it } from 'vitest';
import { affiliated, buildContext, jobCase } from '../../src/questions/context.js';
import { openPhrasebook } from '../../src/questions/phrasebook.js';
import { eventClause } from '../../src/questions/clause.js';
import { prepareQuestions } from '../../src/questions/index.js';
import { dateDistractors, formatCalendarDate, notAfter } from '../../src/questions/distractors/dates.js';
import { numberDistractors, rangeBounds } from '../../src/questions/distractors/numbers.js';
import { isIdentifier, looksLikeYear } from '../../src/questions/kinds/number.js';
import { inStatement, roleOption, shownRole } from '../../src/questions/kinds/role.js';
import { fitsBesideNeighbour, neighbourPairsIn } from '../../src/questions/kinds/quote-cloze.js';
import { listedSynonyms } from '../../src/questions/synonyms.js';
import { streamFor } from '../../src/questions/random.js';
import { ARTICLE, quote, tableOf } from './snippet-table.js';
import type { DateFact, Entity, NumberFact, RoleFact } from '../../src/schema/index.js';

/**
 * Rule 2 of the project, a distractor is never also true, read as a teacher would: each case an
 * invented snippet (the snippet table's article is published on 2024-05-10).
 */

const SEEDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const entity = (id: string, name: string, kind: Entity['kind'] = 'person'): Entity => ({ id, kind, name, aliases: [], roles: [], articles: [ARTICLE] });

const figure = (raw: string, text: string, value: number, unit: string | null = null, counts: string | null = null): NumberFact => {
  const start = raw.indexOf(text);
  return {
    id: `n-${text}`, article: ARTICLE, span: { start, end: start + text.length }, text, sentence: { start: 0, end: raw.length }, corroboratedBy: [],
    extractor: 'test', kind: 'number', value, qualifier: 'exact', unit, counts, approximate: false, source: null, conflictsWith: [],
  };
};

describe('no wrong date after the report for an event it tells as past', () => {
  it('keeps every wrong date on or before the bound, whatever rank the seed draws', () => {
    const latest = { year: 2024, month: 5, day: 10 };
    for (const seed of SEEDS) {
      const wrong = dateDistractors({ year: 2024, month: 5, day: 9 }, new Set(), streamFor(seed, 'dates'), latest);
      expect(wrong).toHaveLength(3);
      for (const d of wrong) expect(notAfter(d, latest)).toBe(true);
      const years = dateDistractors({ year: 2022 }, new Set(), streamFor(seed, 'years'), { year: 2024, month: 5, day: 10 });
      expect(years.map(formatCalendarDate).every((y) => Number(y) <= 2024)).toBe(true);
    }
  });

  it('asks "when did the ferry pier close" with no date after publication, but looks ahead freely', () => {
    const past = 'The Velden council closed the old ferry pier on 8 May 2024.';
    const { table, texts } = tableOf(past, [(f) => ({ ...f('8 May 2024'), kind: 'date', type: 'DATE', value: '2024-05-08', event: 'The Velden council closed the old ferry pier' }) as DateFact]);
    for (const seed of SEEDS) {
      for (const c of prepareQuestions(table, { seed, kinds: ['date'], texts }).candidates) {
        if (c.draft.form !== 'choice') continue;
        for (const d of c.draft.distractors) expect(new Date(`${d} UTC`).getTime()).toBeLessThanOrEqual(Date.UTC(2024, 4, 10));
      }
    }
    // "will reopen": a date ahead of the report is the event's own kind of answer, so later options stay.
    const ahead = 'The Velden council said the old ferry pier will reopen in 2026.';
    const later = tableOf(ahead, [(f) => ({ ...f('2026'), kind: 'date', type: 'DATE', value: '2026', event: null }) as DateFact]);
    const options = SEEDS.flatMap((seed) => prepareQuestions(later.table, { seed, kinds: ['date'], texts: later.texts }).candidates.flatMap((c) => (c.draft.form === 'choice' ? c.draft.distractors : [])));
    expect(options.some((y) => Number(y) > 2026)).toBe(true);
  });

  it('bounds the day a statement was made, whatever future its words speak of', () => {
    const text = 'The Velden ferry board said on 8 May 2024 that fares would rise in the autumn.';
    const { table, texts } = tableOf(text, [(f) => ({ ...f('8 May 2024'), kind: 'date', type: 'DATE', value: '2024-05-08', event: 'The Velden ferry board said that fares would rise in the autumn' }) as DateFact]);
    const asked = SEEDS.flatMap((seed) => prepareQuestions(table, { seed, kinds: ['date'], texts }).candidates);
    expect(asked.length).toBeGreaterThan(0);
    for (const c of asked) if (c.draft.form === 'choice') for (const d of c.draft.distractors) expect(new Date(`${d} UTC`).getTime()).toBeLessThanOrEqual(Date.UTC(2024, 4, 10));
  });

  it('takes no event that shares its subject with an earlier clause ("and still run short of rope")', () => {
    const text = 'The boatyard foreman, Ilse Varga, said the crews mend the nets at dawn and still run short of rope by Friday.';
    const { table, texts } = tableOf(text, [(f) => ({ ...f('Friday'), kind: 'date', type: 'DATE', value: '2024-05-09', event: 'run short of rope' }) as DateFact]);
    expect(eventClause(buildContext(table, openPhrasebook(), texts), table.facts[0] as DateFact)).toBeUndefined();
  });
});

describe('wrong figures a reader cannot rule out at sight', () => {
  it('offers no ten-times slip for a count, a share or a time; money keeps it possible', () => {
    for (const seed of SEEDS) {
      const count = numberDistractors(figure('The motion was backed by 23 members.', '23', 23), [], new Set(), streamFor(seed, 'n'));
      expect(count.filter((x) => x >= 100 || x < 2)).toEqual([]);
      const share = numberDistractors(figure('Exports rose 6.4% in March.', '6.4%', 6.4, '%'), [], new Set(), streamFor(seed, 'n'));
      expect(share.filter((x) => x >= 50 || x < 1)).toEqual([]);
      const seconds = numberDistractors(figure('The countdown paused for 30 seconds.', '30 seconds', 30, 's'), [], new Set(), streamFor(seed, 'n'));
      expect(seconds.filter((x) => x >= 200)).toEqual([]);
    }
    const slips = SEEDS.flatMap((seed) => numberDistractors(figure('The pier repair will cost $2.6 million.', '$2.6 million', 2.6e6, 'USD'), [], new Set(), streamFor(seed, 'n')));
    expect(slips.some((x) => x === 2.6e7 || x === 2.6e5)).toBe(true);
  });

  it('keeps the smaller side of a tally below the larger ("33 votes to 12")', () => {
    const raw = 'The harbour levy passed by 33 votes to 12, with 2 abstentions.';
    const loser = figure(raw, '12', 12);
    expect(rangeBounds(raw, loser)).toEqual({ below: 33 });
    const winner = figure(raw, '33', 33);
    expect(rangeBounds(raw, winner)).toEqual({ above: 12 });
    for (const seed of SEEDS) {
      expect(numberDistractors(loser, [figure(raw, '2', 2)], new Set(), streamFor(seed, 'n'), rangeBounds(raw, loser)).every((x) => x < 33)).toBe(true);
      expect(numberDistractors(winner, [], new Set(), streamFor(seed, 'n'), rangeBounds(raw, winner)).every((x) => x > 12)).toBe(true);
    }
  });

  it('asks no text short code, phone number or year as a quantity', () => {
    const sms = 'To give £5, text BREAD to 60123 or call 0800 555 123.';
    expect(isIdentifier(figure(sms, '60123', 60123), sms)).toBe(true);
    const dial = 'Witnesses should ring the incident line on 101 and quote the log.';
    expect(isIdentifier(figure(dial, '101', 101), dial)).toBe(true);
    const year = 'The order would keep the dock busy until at least 2041 and create 380 jobs.';
    expect(isIdentifier(figure(year, 'at least 2041', 2041), year)).toBe(true);
    // Counts stay counts, even beside a phone.
    const users = 'Mobile phone users rose to 655 in the village.';
    expect(isIdentifier(figure(users, '655', 655), users)).toBe(false);
    expect(isIdentifier(figure(year, '380', 380), year)).toBe(false);
    const urged = 'The union called on 300 members to walk out.';
    expect(isIdentifier(figure(urged, '300', 300), urged)).toBe(false);
    const sent = 'The bank sent text messages to 500 customers.';
    expect(isIdentifier(figure(sent, '500', 500), sent)).toBe(false);
  });

  it('never offers a year-like figure as a wrong distance', () => {
    const raw = 'Each of the new ferries will have a range of 5,000 miles at cruising speed. The order will keep the Velden dock busy until 2041, the board said.';
    expect(looksLikeYear(figure(raw, '2041', 2041))).toBe(true);
    expect(looksLikeYear(figure(raw, '5,000', 5000))).toBe(false);
    const { table, texts } = tableOf(raw, [
      (f) => ({ ...f('5,000'), kind: 'number', value: 5000, qualifier: 'exact', unit: null, counts: null, approximate: false, source: null, conflictsWith: [] }) as NumberFact,
      (f) => ({ ...f('2041'), kind: 'number', value: 2041, qualifier: 'exact', unit: null, counts: null, approximate: false, source: null, conflictsWith: [] }) as NumberFact,
    ]);
    const asked = SEEDS.flatMap((seed) => prepareQuestions(table, { seed, kinds: ['number'], texts }).candidates);
    expect(asked.length).toBeGreaterThan(0);
    for (const c of asked) {
      if (c.draft.form !== 'choice') continue;
      // "until 2041" is a year, not a count: never asked, never a wrong range.
      expect(c.draft.answer).toBe('5,000');
      expect(c.draft.distractors).not.toContain('2,041');
    }
  });
});

describe('near-synonyms are never the wrong words of a cloze', () => {
  it('lists words news writing uses for one another', () => {
    expect(listedSynonyms('released', 'freed')).toBe(true);
    expect(listedSynonyms('problem', 'setback')).toBe(true);
    expect(listedSynonyms('assault', 'threat')).toBe(true);
    expect(listedSynonyms('story', 'picture')).toBe(true);
    expect(listedSynonyms('released', 'opposed')).toBe(false);
  });

  it('rules out a word the story puts with the gap’s verb or object across a determiner or preposition', () => {
    const pairs = neighbourPairsIn(['The fleet cannot renew its patrols without fuel. Its blockade of Norland goes on.']);
    const quote = 'He is unable to renew his raids on Norland without outside help.';
    expect(fitsBesideNeighbour(pairs, quote, 'raids', 'patrols')).toBe(true);
    expect(fitsBesideNeighbour(pairs, quote, 'raids', 'blockade')).toBe(true);
    expect(fitsBesideNeighbour(pairs, quote, 'raids', 'fuel')).toBe(false);
  });
});

describe('people and roles as a teacher would write them', () => {
  it('puts a job word in small letters before a name, but keeps an office', () => {
    expect(jobCase('Singer')).toBe('singer');
    expect(jobCase('Market strategist')).toBe('market strategist');
    expect(jobCase('Defence Minister')).toBe('Defence Minister');
    expect(jobCase('Mayor')).toBe('Mayor');
    expect(jobCase('Festival director')).toBe('Festival director');
  });

  it('spells out police and council ranks written short', () => {
    expect(roleOption('Coun.')).toBe('Councillor');
    expect(shownRole('Const')).toBe('Constable');
    expect(shownRole('Velden Sen')).toBe('Velden Senator');
  });

  it('describes a job with its article in a statement', () => {
    const text = 'Curator Ilse Varga said the painting would hang in the east wing.';
    const { table, texts } = tableOf(text, [(f) => ({ ...f('Curator'), kind: 'role', entity: 'p1', name: 'Ilse Varga', role: 'Curator' }) as RoleFact], [entity('p1', 'Ilse Varga')]);
    expect(inStatement(buildContext(table, openPhrasebook(), texts), table.facts[0] as RoleFact, 'Curator')).toBe('a curator');
  });

  it('never says a spokesperson did not say what their own body said ("Velden Ferries\' head of operations")', () => {
    const text = "Sailings will stop for a week, Velden Ferries' head of operations, Ilse Varga, said.";
    const { table, texts } = tableOf(text, [(f) => ({ ...f('head of operations'), kind: 'role', entity: 'p1', name: 'Ilse Varga', role: 'head of operations' }) as RoleFact], [
      entity('p1', 'Ilse Varga'),
      entity('o1', 'Velden Ferries', 'organization'),
    ]);
    const ctx = buildContext(table, openPhrasebook(), texts);
    expect(affiliated(ctx.person('p1')!, ctx.person('o1')!)).toBe(true);
  });

  it('reads no transcript line as reported words ("said that our reading is ...")', () => {
    const text = 'TALLIS: Our reading is that the shed held about 9 drums of tar and we have not seen the drums ourselves.';
    const { table, texts } = tableOf(text, [quote('Our reading is that the shed held about 9 drums of tar and we have not seen the drums ourselves', 'p1', 'Odo Tallis', false)], [entity('p1', 'Odo Tallis'), entity('p2', 'Mira Fenn'), entity('p3', 'Jon Aske'), entity('p4', 'Pia Lund')]);
    for (const seed of SEEDS) expect(prepareQuestions(table, { seed, kinds: ['quote-cloze', 'who-said'], texts }).candidates).toEqual([]);
  });
});
