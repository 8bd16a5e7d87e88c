import { describe, expect, it } from 'vitest';
import { buildContext, sentenceCase, wordUsage } from '../../src/questions/context.js';
import { openPhrasebook } from '../../src/questions/phrasebook.js';
import { balancedQuotes, eventClause } from '../../src/questions/clause.js';
import { prepareQuestions, generateQuiz } from '../../src/questions/index.js';
import { askableCounts, figureFraming, isConversion } from '../../src/questions/kinds/number.js';
import { isStatement } from '../../src/questions/kinds/date.js';
import { contentWords } from '../../src/questions/kinds/quote-cloze.js';
import { overlaps, roleOption } from '../../src/questions/kinds/role.js';
import { formatFigure, numberDistractors } from '../../src/questions/distractors/numbers.js';
import { quoteKeys } from '../../src/questions/fact-key.js';
import { reportedClause } from '../../src/questions/text.js';
import { streamFor } from '../../src/questions/random.js';
import { ARTICLE, quote, tableOf, type Finder } from './snippet-table.js';
import type { DateFact, Entity, Fact, NumberFact } from '../../src/schema/index.js';

/**
 * Small hand-made fact tables over invented one-article texts, one per error class a teacher
 * found in real quizzes. Spans are found by searching the text, so they are exact.
 */



const dateFact = (find: string, value: string, event: string | null) => (f: Finder): DateFact => ({ ...f(find), kind: 'date', type: 'DATE', value, event });
const person = (id: string, name: string, roles: string[] = [], kind: Entity['kind'] = 'person'): Entity => ({ id, kind, name, aliases: [name.split(' ').at(-1)!], roles, articles: [ARTICLE] });

function clauseFor(text: string, date: ReturnType<typeof dateFact>, entities: Entity[] = []) {
  const { table, texts } = tableOf(text, [date], entities);
  const ctx = buildContext(table, openPhrasebook(), texts);
  return eventClause(ctx, table.facts[0] as DateFact);
}

// Whether a clause is a dated event at all (modal, plan, forecast, present tense) is the extractor's
// call: tests/extract/dates-events.test.ts. These check only how an event reads as a quiz stem.
describe('date and timeline events are whole clauses', () => {
  it('gives a verb-phrase event the subject the sentence names', () => {
    const text = 'Mayor Ana Lindqvist said on 3 May 2024 that the old bridge would close for repairs. Nothing else happened.';
    expect(clauseFor(text, dateFact('3 May 2024', '2024-05-03', 'said that the old bridge would close for repairs'))).toBe('Mayor Ana Lindqvist said that the old bridge would close for repairs');
  });

  it('makes the date question a full question with the clause, not a fragment', () => {
    const text = 'Engineer Omar Haddad inspected the damaged pumping station on 3 May 2024. The town hall stayed shut.';
    const { table, texts } = tableOf(text, [dateFact('3 May 2024', '2024-05-03', 'inspected the damaged pumping station')]);
    const q = generateQuiz(table, { seed: 'd', count: 1, kinds: ['date'], texts });
    expect(q.questions).toHaveLength(1);
    expect(q.questions[0].stem).toContain('Engineer Omar Haddad inspected the damaged pumping station');
    expect(q.questions[0].stem).toMatch(/[Ww]hen did (?:this|the following) happen/);
    expect(q.questions[0].stem).not.toMatch(/happen: \p{Ll}/u);
  });

  it('asks when a statement was said, not when what it reports happened', () => {
    const text = 'Mayor Ana Lindqvist said on 3 May 2024 that the old bridge had been closed for repairs. Nothing else happened.';
    const { table, texts } = tableOf(text, [dateFact('3 May 2024', '2024-05-03', 'said that the old bridge had been closed for repairs')]);
    const q = generateQuiz(table, { seed: 'd', count: 1, kinds: ['date'], texts });
    expect(q.questions).toHaveLength(1);
    expect(q.questions[0].stem).toContain('Mayor Ana Lindqvist said that the old bridge had been closed for repairs');
    expect(q.questions[0].stem).toMatch(/When was this said/);
    expect(isStatement('Omar Haddad told reporters that the pumps worked')).toBe(true);
    expect(isStatement('Omar Haddad inspected the station and said it was fine')).toBe(false);
    expect(isStatement('Omar Haddad was expected to resign')).toBe(false);
  });

  it.each([
    ['a name cut in half', 'On 4 May 2024 the council met engineer Omar Haddad at the town hall.', '4 May 2024', 'met engineer Omar'],
    ['a dangling article', 'On 4 May 2024 Ana Lindqvist called the closure a disaster for shops.', '4 May 2024', 'called the closure a'],
    ['a pronoun for a subject', 'He launched the appeal for volunteers on 4 May 2024.', '4 May 2024', 'launched the appeal for volunteers'],
    ['a reporting verb with nothing reported', 'Ana Lindqvist said on social media on 4 May 2024.', '4 May 2024', 'said on social media'],
    ['the tail of a longer subject', 'A debate between Ana Lindqvist and Tomas Brandt was cancelled on 4 May 2024.', '4 May 2024', 'was cancelled'],
    ['a claim inside reported speech', 'Tomas Brandt said that Ana Lindqvist closed the bridge on 4 May 2024.', '4 May 2024', 'closed the bridge'],
    ['a relative time inside the event', 'Omar Haddad repaired two pumps last week and the gates on 4 May 2024.', '4 May 2024', 'repaired two pumps last week and the gates'],
    ['a reporting verb whose next word is an adjective, not what was said', 'Ana Lindqvist told shocked residents on 4 May 2024.', '4 May 2024', 'told shocked residents'],
    ['a definite subject with no name', 'The screening took place at the town hall on 4 May 2024.', '4 May 2024', 'The screening took place at the town hall'],
    ['a clause that lost its first words', 'Put the flood plan in we were forecasting on 4 May 2024.', '4 May 2024', 'Put the flood plan in we were forecasting'],
    ['a clause opening on "If"', 'If confirmed, that would be the best quarter since 4 May 2024.', '4 May 2024', 'If confirmed, that would be the best quarter'],
    ['an object pronoun pointing elsewhere', 'Mayor Ana Lindqvist backed her up in an interview on 4 May 2024.', '4 May 2024', 'backed her up in an interview'],
  ])('skips %s', (_, text, find, event) => {
    expect(clauseFor(text, dateFact(find, '2024-05-04', event))).toBeUndefined();
  });

  it('keeps a possessive that points back to a named subject, and a named subject with verb and object', () => {
    const text = 'Ana Lindqvist changed her mind on 4 May 2024. Lindqvist took office on 4 May 2024.';
    expect(clauseFor(text, dateFact('4 May 2024', '2024-05-04', 'Ana Lindqvist changed her mind'))).toBe('Ana Lindqvist changed her mind');
    expect(clauseFor(text, (f) => ({ ...dateFact('4 May 2024', '2024-05-04', 'Lindqvist took office')(f), ...f('4 May 2024', 1) }))).toBe('Lindqvist took office');
  });

  it.each([
    ['a possessive with no named subject', 'The council changed its mind on 4 May 2024.', 'The council changed its mind'],
    ['three words ending on a function word', 'Ana Lindqvist closed all but two of the gates on 4 May 2024.', 'Lindqvist closed all'],
    ['three words opening on a participle', 'Having fled Velden on 4 May 2024, the family settled in Arnholt.', 'Having fled Velden'],
  ])('still skips %s', (_, text, event) => {
    expect(clauseFor(text, dateFact('4 May 2024', '2024-05-04', event))).toBeUndefined();
  });

  it('takes the subject of a relative clause from the name before ", who"', () => {
    const text = 'Omar Haddad praised Ana Lindqvist, who opened the new flood barrier on 4 May 2024. Nothing else happened.';
    expect(clauseFor(text, dateFact('4 May 2024', '2024-05-04', 'opened the new flood barrier'))).toBe('Ana Lindqvist opened the new flood barrier');
    const tail = 'Omar Haddad praised the wife of Tomas Brandt, who opened the new flood barrier on 4 May 2024.';
    expect(clauseFor(tail, dateFact('4 May 2024', '2024-05-04', 'opened the new flood barrier'))).toBeUndefined();
  });

  it('asks for the month alone when the article gives no year', () => {
    const text = 'Engineer Omar Haddad inspected the damaged pumping station in August. The town hall stayed shut.';
    const { table, texts } = tableOf(text, [dateFact('August', 'XXXX-08', 'Engineer Omar Haddad inspected the damaged pumping station')]);
    const q = generateQuiz(table, { seed: 'y', count: 1, kinds: ['date'], texts });
    expect(q.questions).toHaveLength(1);
    expect(q.questions[0].stem).toContain('Engineer Omar Haddad inspected the damaged pumping station');
    const options = (q.questions[0].options ?? []).map((o) => o.text);
    expect(options[q.questions[0].answer as number]).toBe('August');
    expect(new Set(options).size).toBe(4);
    for (const o of options) expect(o).toMatch(/^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/);
  });

  it('skips a vague date ("nearly three years ago" is not a year)', () => {
    const text = 'Ana Lindqvist opened the new flood barrier nearly three years ago.';
    expect(clauseFor(text, dateFact('nearly three years ago', '2021', 'opened the new flood barrier'))).toBeUndefined();
  });

  it('names a surname-only subject in full when one notable person has that surname', () => {
    const text = 'Lindqvist opened the new flood barrier on 4 May 2024. Nothing else happened.';
    const entities = [person('e1', 'Ana Lindqvist', ['Mayor'])];
    const { table, texts } = tableOf(text, [dateFact('4 May 2024', '2024-05-04', 'opened the new flood barrier')], entities);
    const q = generateQuiz(table, { seed: 'n', count: 1, kinds: ['date'], texts });
    expect(q.questions[0]?.stem).toContain('Ana Lindqvist opened the new flood barrier');
  });
});

describe('role questions', () => {
  it('never offer a bare generic title ("Director", "Coach") as a wrong role: it may be true of the answer too', () => {
    const text = 'Harbour Master Ana Lindqvist opened the quay. Director Tomas Brandt, Coach Sven Holm, Ferry Captain Lena Okafor, Port Engineer Omar Haddad and Customs Chief Priya Desai watched.';
    const entities = [
      person('e1', 'Ana Lindqvist', ['Harbour Master']), person('e2', 'Tomas Brandt', ['Director']), person('e3', 'Sven Holm', ['Coach']),
      person('e4', 'Lena Okafor', ['Ferry Captain']), person('e5', 'Omar Haddad', ['Port Engineer']), person('e6', 'Priya Desai', ['Customs Chief']),
    ];
    const role = (f: Finder): Fact => ({ ...f('Harbour Master'), kind: 'role', entity: 'e1', name: 'Ana Lindqvist', role: 'Harbour Master' });
    const { table, texts } = tableOf(text, [role], entities);
    let asked = 0;
    for (let i = 0; i < 20; i++) {
      const { candidates } = prepareQuestions(table, { seed: `r${i}`, kinds: ['role'], texts });
      asked += candidates.filter((c) => c.draft.form === 'choice' && c.draft.answer === 'Harbour Master').length;
      for (const c of candidates) if (c.draft.form === 'choice') expect(c.draft.distractors).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(?:Director|Coach)$/)]));
    }
    expect(asked).toBeGreaterThan(0);
  });
});

describe('number questions ask about a meaningful count', () => {
  const num = (counts: string | null, value: number, unit: string | null = null): NumberFact => ({
    id: 'n', article: ARTICLE, span: { start: 0, end: 1 }, text: 'x', sentence: { start: 0, end: 1 }, corroboratedBy: [], extractor: 'test',
    kind: 'number', value, qualifier: 'exact', unit, counts, approximate: false, source: null, conflictsWith: [],
  });
  it('makes no fill-in-the-blank from a line of a table, only from a sentence', () => {
    const numberAt = (find: string, value: number, nth = 0) => (f: Finder): NumberFact => ({ ...f(find, nth), kind: 'number', value, qualifier: 'exact', unit: null, counts: null, approximate: false, source: null, conflictsWith: [] });
    const text = 'Replacements: Roe for Quill (71), Dee for Bishop (74), Hale for Marsh (76), Lind for Berg (78), Voss for Kern (80). Velden Harbour hired 380 new dockers in the spring, the council said.';
    const { table, texts } = tableOf(text, [numberAt('71', 71), numberAt('74', 74), numberAt('76', 76), numberAt('78', 78), numberAt('80', 80), numberAt('380', 380)]);
    const { candidates } = prepareQuestions(table, { seed: 's', kinds: ['number'], texts });
    expect(candidates.map((c) => (c.facts[0] as NumberFact).value)).toEqual([380]);
  });

  it('asks no "figure for X" when the figure is a part of X, or when another figure of the sentence has the same X', () => {
    const numberAt = (find: string, value: number, unit: string | null, counts: string) => (f: Finder): NumberFact => ({ ...f(find), kind: 'number', value, qualifier: 'exact', unit, counts, approximate: false, source: null, conflictsWith: [] });
    const text = 'Ferries account for 14% of Velden Harbour freight revenues, the council said. Velden Harbour ferry tickets sold rose to 48,000 from 41,000 a year earlier. The council hired 380 new harbour pilots and dockers in the spring.';
    const { table, texts } = tableOf(text, [
      numberAt('14%', 14, '%', 'Velden Harbour freight revenues'),
      numberAt('48,000', 48000, null, 'Velden Harbour ferry tickets sold'),
      numberAt('41,000', 41000, null, 'Velden Harbour ferry tickets sold'),
      numberAt('380', 380, null, 'new harbour pilots and dockers'),
    ]);
    const { candidates } = prepareQuestions(table, { seed: 's', kinds: ['number'], texts });
    const stems = candidates.map((c) => (c.draft.form === 'choice' ? c.draft.stem : ''));
    expect(stems.some((s) => s.includes('new harbour pilots and dockers'))).toBe(true);
    expect(stems.some((s) => s.includes('for Velden Harbour freight revenues') || s.includes('of Velden Harbour ferry tickets sold'))).toBe(false);
  });

  it('skips a bare noun, a tiny count of a vague thing, and a singular noun after "the number of"', () => {
    expect(askableCounts(num('countries', 2))).toBeNull();
    expect(askableCounts(num('soldiers', 10000))).toBeNull();
    expect(askableCounts(num('Labour MPs', 30))).toBeNull();
    expect(askableCounts(num("Velden's harbour population", 120000))).toBeNull();
    expect(askableCounts(num("Velden's harbour population", 120000, '%'))).toBe("Velden's harbour population");
    expect(askableCounts(num('Velden Harbour News poll', 180))).toBeNull();
  });
  it('skips a name, or a role and a name, as too vague: it says whose figure, not what it measures', () => {
    expect(askableCounts(num('Velden Harbour Authority', 250, 'USD'))).toBeNull();
    expect(askableCounts(num("Velden's Ana Lindqvist", 60, 'm'))).toBeNull();
    expect(askableCounts(num('Velden Harbour ferry tickets sold', 4000))).toBe('Velden Harbour ferry tickets sold');
    expect(askableCounts(num('Iraq War veteran Ana Lindqvist', 46))).toBeNull();
    expect(askableCounts(num('battleground state Velden', 5, '%'))).toBeNull();
    expect(askableCounts(num('ferry pioneer AT&V', 12e9, 'USD'))).toBeNull();
    expect(askableCounts(num('former secretary of the Velden Board', 33, '%'))).toBeNull();
    expect(askableCounts(num('Yearly profits at harbour operator Velden Ports', 41, '%'))).toBe('Yearly profits at harbour operator Velden Ports');
    expect(askableCounts(num('Sales of electric ferries in Velden', 35, '%'))).toBe('Sales of electric ferries in Velden');
    expect(askableCounts(num('young Arnholt Socialists in the valley', 64, '%'))).toBe('young Arnholt Socialists in the valley');
  });
  it('skips a duration as the figure "for" what lasted, unless the figure says it is one', () => {
    expect(askableCounts(num('hilly region of the Velden valley', 30, 'year'))).toBeNull();
    expect(askableCounts({ ...num('campaign through the Velden valley', 4, 'day'), text: 'four-day' })).toBe('campaign through the Velden valley');
    expect(askableCounts({ ...num('failed harbour talks in the valley', 0.25, 'century'), text: 'a quarter-century' })).toBeNull();
  });
  it('skips a singular head, a share without a unit, two names and an age', () => {
    expect(askableCounts(num('new stadium in Velden Park', 60000))).toBeNull();
    expect(askableCounts(num("Velden's reward for a place in the final", 500000))).toBeNull();
    expect(askableCounts(num('civil servants in the Velden region', 500000))).toBe('civil servants in the Velden region');
    expect(askableCounts(num('people evacuated from the valley', 4000))).toBe('people evacuated from the valley');
    expect(askableCounts(num("Ana Lindqvist's loyal supporters", 0.5))).toBeNull();
    expect(askableCounts(num('Velden Rovers and Arnholt United', 24))).toBeNull();
    expect(askableCounts({ ...num("Ana Lindqvist's first appearance at the harbour", 15), text: '15-year-old' })).toBeNull();
    expect(askableCounts(num('ferry tickets sold by Velden Harbour', 4000))).toBe('ferry tickets sold by Velden Harbour');
  });
  it('asks a goal, a forecast or a comparison baseline only as a fill-in-the-blank (the sentence says what it is)', () => {
    const inText = (raw: string, figure: string, counts: string, unit: string | null = null): [NumberFact, string] => {
      const start = raw.indexOf(figure);
      return [{ ...num(counts, 1, unit), text: figure, span: { start, end: start + figure.length }, sentence: { start: 0, end: raw.length } }, raw];
    };
    const cases: Array<[[NumberFact, string], 'target' | 'baseline' | null]> = [
      [inText('Dorlan Motors is aiming to lift annual sales in Velden to 40,000 by 2030.', '40,000', 'annual sales in Velden'), 'target'],
      [inText('The ferry line set a target of 5m tickets sold this year.', '5m', 'tickets sold this year'), 'target'],
      [inText('Ticket sales rose to 7.3m, up from 6.2m last year.', '6.2m', 'ferry ticket sales'), 'baseline'],
      [inText('Harbour fees were 12% of turnover, compared with 9% at rival ports.', '9%', 'harbour fees at rival ports', '%'), 'baseline'],
      [inText('Tourist spending totalled 80m euros a year earlier.', '80m euros', 'tourist spending in Velden', 'EUR'), 'baseline'],
      [inText('Ticket sales rose to 7.3m, up from 6.2m last year.', '7.3m', 'ferry ticket sales'), null],
      [inText('The arena, which seats 30,000 people, will host two shows.', '30,000', 'people at the venue'), null],
    ];
    for (const [[fact, raw], why] of cases) {
      expect(figureFraming(fact, raw)).toBe(why);
      if (why) expect(askableCounts(fact, raw)).toBeNull();
    }
    // What is counted may carry the framing itself: "money promised" says it is a promise.
    const [promised, raw] = inText('The minister promised 40 million euros for harbour repairs.', '40 million euros', 'money promised for harbour repairs', 'EUR');
    expect(figureFraming(promised, raw)).toBe('target');
    expect(askableCounts(promised, raw)).toBe('money promised for harbour repairs');
    // A change of a forecast is not the forecast.
    const [cut, cutRaw] = inText('The ferry line cut its full year passenger forecast by about 4.5%.', 'about 4.5%', 'full year passenger forecast', '%');
    expect(askableCounts(cut, cutRaw)).toBeNull();
  });
  it('asks no bracketed currency conversion: it restates the figure before it', () => {
    const at = (raw: string, figure: string, unit: string): [NumberFact, string] => {
      const start = raw.indexOf(figure);
      return [{ ...num('donation to the harbour fund', 1, unit), text: figure, span: { start, end: start + figure.length }, sentence: { start: 0, end: raw.length } }, raw];
    };
    const raw = 'Jo Bell has donated $2m (£1.1m) to the harbour fund, and 9bn krona ($1bn; £0.7bn) came from Velden.';
    expect(isConversion(...at(raw, '£1.1m', 'GBP'))).toBe(true);
    expect(isConversion(...at(raw, '$1bn', 'USD'))).toBe(true);
    expect(isConversion(...at(raw, '£0.7bn', 'GBP'))).toBe(true);
    expect(isConversion(...at(raw, '$2m', 'USD'))).toBe(false);
    expect(isConversion(...at('Half of the members (48%) agreed.', '48%', '%'))).toBe(false);
  });
  it('keeps a specific count; a small one only of things named in the plural', () => {
    expect(askableCounts(num('residents of Velden evacuated', 12000))).toBe('residents of Velden evacuated');
    expect(askableCounts(num('shelters opened by volunteers', 4))).toBe('shelters opened by volunteers');
    expect(askableCounts(num('free nursery education', 3))).toBeNull();
    expect(askableCounts(num('shelters opened by the Red Cross', 14))).toBe('shelters opened by the Red Cross');
    expect(askableCounts(num('numbers of camera phones in the valley', 7500))).toBe('camera phones in the valley');
  });
  it('writes units as news does, not as codes', () => {
    expect(formatFigure(548, 'GBP pence')).toBe('548p');
    expect(formatFigure(53.09, 'USD/bbl')).toBe('$53.09 a barrel');
  });
  it('never offers both ten times and a tenth of the answer (the answer would be the one in the middle)', () => {
    for (let i = 0; i < 200; i++) {
      const wrong = numberDistractors(num('troops sent to the border', 3000), [], new Set(), streamFor('m', i));
      expect(wrong).toHaveLength(3);
      expect(wrong.includes(30000) && wrong.includes(300)).toBe(false);
    }
  });
});

describe('quotes read as statements', () => {
  const text = [
    'Mayor Ana Lindqvist said that the new dykes will hold through the winter floods.',
    'Water Board chair Tomas Brandt said that the dykes will hold through the winter floods this year.',
    'Engineer Omar Haddad said the pumps were running day and night across the valley.',
    'Farmer Lena Okafor said her fields would stay flooded until the spring.',
    'Minister Priya Desai said the government would pay for every repaired home.',
    'Red Cross director Sven Holm said volunteers had opened fourteen shelters in the valley.',
    'The Red Cross said more volunteers had opened shelters across the valley.',
    'Harbour master Nils Berg said flooding had forced the move.',
    'Ferry captain Ida Sund said the harbour had never in its history and',
  ].join(' ');
  const entities = [
    person('e1', 'Ana Lindqvist', ['Mayor']),
    person('e2', 'Tomas Brandt', ['Water Board chair']),
    person('e3', 'Omar Haddad', ['Engineer']),
    person('e4', 'Lena Okafor', ['Farmer']),
    person('e5', 'Priya Desai', ['Minister']),
    person('e6', 'Sven Holm', ['Red Cross director']),
    { ...person('e7', 'Red Cross', [], 'organization'), aliases: [] },
    person('e8', 'Nils Berg', ['Harbour master']),
    person('e9', 'Ida Sund', ['Ferry captain']),
  ];
  const facts = [
    quote('that the new dykes will hold through the winter floods', 'e1', 'Ana Lindqvist', false),
    quote('that the dykes will hold through the winter floods this year', 'e2', 'Tomas Brandt', false),
    quote('the pumps were running day and night across the valley', 'e3', 'Omar Haddad', false),
    quote('her fields would stay flooded until the spring', 'e4', 'Lena Okafor', false),
    quote('the government would pay for every repaired home', 'e5', 'Priya Desai', false),
    quote('volunteers had opened fourteen shelters in the valley', 'e6', 'Sven Holm', false),
    quote('more volunteers had opened shelters across the valley', 'e7', 'Red Cross', false),
    quote('flooding had forced the move', 'e8', 'Nils Berg', false),
    quote('the harbour had never in its history and', 'e9', 'Ida Sund', false),
  ];
  const { table, texts } = tableOf(text, facts, entities);

  it('never doubles "that" after "said"', () => {
    expect(reportedClause('that the dykes will hold.')).toBe('the dykes will hold');
    expect(reportedClause('that was a judgement for voters')).toBe('that was a judgement for voters');
    expect(reportedClause('Nine harbour offices will close.')).toBe('nine harbour offices will close');
    for (const seed of ['a', 'b', 'c', 'd']) {
      const q = generateQuiz(table, { seed, count: 10, kinds: ['who-said', 'true-false', 'said-what'], texts });
      expect(q.questions.length).toBeGreaterThan(0);
      for (const x of q.questions) expect(x.stem).not.toMatch(/\bthat that\b/i);
    }
  });

  it('shows said-what options of one form: bare clauses, no leading "That", no pronoun pointing elsewhere', () => {
    const { candidates } = prepareQuestions(table, { seed: 's', kinds: ['said-what'], texts });
    expect(candidates.length).toBeGreaterThan(0);
    for (const c of candidates) {
      if (c.draft.form !== 'choice') continue;
      for (const o of [c.draft.answer, ...c.draft.distractors]) {
        expect(o).not.toMatch(/^That /);
        expect(o).not.toMatch(/^(?:Her|His|He|She|They) /);
        expect(o).not.toMatch(/the move|history and$/);
      }
    }
  });

  it('never swaps in a speaker who said much the same, or one who speaks for the speaker', () => {
    const { candidates } = prepareQuestions(table, { seed: 't', kinds: ['true-false', 'who-said'], texts });
    expect(candidates.filter((c) => c.kind === 'true-false').length).toBeGreaterThan(0);
    for (const c of candidates) {
      const speaker = (c.facts[0] as Extract<Fact, { kind: 'quote' }>).speaker.name;
      const wrong = c.draft.form === 'true-false' ? [c.draft.falseStem] : c.draft.distractors;
      const joined = wrong.join(' | ');
      if (speaker === 'Ana Lindqvist') expect(joined).not.toContain('Tomas Brandt');
      if (speaker === 'Tomas Brandt') expect(joined).not.toContain('Ana Lindqvist');
      if (speaker === 'Sven Holm') expect(joined).not.toMatch(/Red Cross said|^Red Cross$/m);
      if (speaker === 'Red Cross') expect(joined).not.toContain('Sven Holm');
    }
  });

  it('treats a quote told with and without a small word as one fact', () => {
    const a = quoteKeys('The deepening cooperation between the two ports is a threat to both the northern and southern trade routes');
    const b = quoteKeys('The deepening cooperation between the two ports is a threat to both northern and southern trade routes');
    expect(a.some((k) => b.includes(k))).toBe(true);
  });

  it('finds quotes cut inside a quotation', () => {
    expect(balancedQuotes('the deal was “one, a significant step. Two, a breach')).toBe(false);
    expect(balancedQuotes('the deal was “a significant step” for the town')).toBe(true);
    expect(balancedQuotes("the farmers' union said it was 'a good day'")).toBe(true);
    expect(balancedQuotes('the repairs are worth 40m euros a year (£35m')).toBe(false);
  });
});

describe('reported words and headlines as questions show them', () => {
  it('asks who said reported words only when they make a whole statement, not a short subjectless phrase or a bare infinitive', () => {
    const text = [
      'Councillor Mira Stolz said that was a matter for the voters to decide.',
      'Councillor Jonas Feld said is pushing through the budget without any proper debate.',
      'Mayor Ana Lindqvist said the ferry would run every hour through the summer.',
      'Engineer Omar Haddad said the pumps were running day and night across the valley.',
      'Farmer Lena Okafor said the fields would stay flooded until the spring.',
      'Harbour master Nils Berg said the new quay would open before the winter storms.',
      'Councillor Eva Brandt said shows the flooding.',
      'Commissioner Tove Lind advised not to proceed until the engineers finished the survey.',
    ].join(' ');
    const entities = [person('e1', 'Mira Stolz', ['Councillor']), person('e2', 'Jonas Feld', ['Councillor']), person('e3', 'Ana Lindqvist', ['Mayor']), person('e4', 'Omar Haddad', ['Engineer']), person('e5', 'Lena Okafor', ['Farmer']), person('e6', 'Nils Berg', ['Harbour master']), person('e7', 'Eva Brandt', ['Councillor']), person('e8', 'Tove Lind', ['Commissioner'])];
    const { table, texts } = tableOf(text, [
      quote('that was a matter for the voters to decide', 'e1', 'Mira Stolz', false),
      quote('is pushing through the budget without any proper debate', 'e2', 'Jonas Feld', false),
      quote('the ferry would run every hour through the summer', 'e3', 'Ana Lindqvist', false),
      quote('the pumps were running day and night across the valley', 'e4', 'Omar Haddad', false),
      quote('the fields would stay flooded until the spring', 'e5', 'Lena Okafor', false),
      quote('the new quay would open before the winter storms', 'e6', 'Nils Berg', false),
      quote('shows the flooding', 'e7', 'Eva Brandt', false),
      quote('not to proceed until the engineers finished the survey', 'e8', 'Tove Lind', false),
    ], entities);
    const { candidates } = prepareQuestions(table, { seed: 's', kinds: ['who-said', 'said-what', 'true-false'], texts });
    const asked = candidates.map((c) => (c.facts[0] as Extract<Fact, { kind: 'quote' }>).speaker.name);
    expect(asked).toContain('Ana Lindqvist');
    expect(asked).not.toContain('Mira Stolz');
    expect(asked).not.toContain('Jonas Feld');
    expect(asked).not.toContain('Eva Brandt');
    expect(asked).not.toContain('Tove Lind');
    for (const c of candidates) if (c.draft.form === 'choice') for (const o of [c.draft.answer, ...c.draft.distractors]) expect(o).not.toMatch(/^(?:That was|Is pushing)/);
  });

  it('offers a cloze verb only words in a verb slot: "to" before a place adjective is no verb marker', () => {
    const slots = Object.fromEntries(contentWords('troops moved to southwestern towns and will bolster the lines, hoping to continue').map((w) => [w.word, w.slot]));
    expect(slots.southwestern).toBe('other');
    expect(slots.bolster).toBe('verb');
    expect(slots.continue).toBe('verb');
    expect(slots.lines).toBe('noun');
  });

  it('writes a phrase that opened its sentence in the case it has mid-sentence, keeping names', () => {
    const { table, texts } = tableOf('Quarterly profits at the harbour rose. The quarterly figures came late. Velden Harbour grew.', []);
    const ctx = buildContext(table, openPhrasebook(), texts);
    expect(ctx.midSentence('Quarterly profits at the harbour')).toBe('quarterly profits at the harbour');
    expect(ctx.midSentence('The harbour fees')).toBe('the harbour fees');
    expect(ctx.midSentence('Velden Harbour fees')).toBe('Velden Harbour fees');
  });

  it('puts a Title Case headline in the case its article uses, keeping names', () => {
    const usage = wordUsage(['Officials said the troops were now deployed near the border. Velden Harbour reopened, and Velden Harbour staff returned.']);
    expect(sentenceCase('Velden Harbour Troops Now Deployed Near Border', usage)).toBe('Velden Harbour troops now deployed near border');
    expect(sentenceCase('Mayor says harbour will reopen', usage)).toBe('Mayor says harbour will reopen');
    // A word the reports never use stays as written: it may be a name. Small words always go to lower case.
    expect(sentenceCase('Quarrendon Wins Vote In Council', wordUsage(['The council met.']))).toBe('Quarrendon Wins Vote in council');
  });
});

describe('role questions', () => {
  it('spells out a title cut to its abbreviation when the role stands alone as an option', () => {
    expect(roleOption('Sen.')).toBe('Senator');
    expect(roleOption('Velden Rep')).toBe('Velden Representative');
    expect(roleOption('Lt Gen')).toBe('Lieutenant General');
    expect(roleOption('Bank chief')).toBe('Bank chief');
  });
  it('treats near-synonyms and unqualified versions of a job as the same role', () => {
    expect(overlaps('Defense Minister', 'U.S. Defense Secretary')).toBe(true);
    expect(overlaps('Velden Council chief', 'Velden Council Secretary General')).toBe(true);
    expect(overlaps('Chief economist', 'Economist at Ostra Bank')).toBe(true);
    expect(overlaps('Deputy Water Board Press Secretary', 'Water Board spokeswoman')).toBe(true);
    expect(overlaps('Velden President', 'Ostra President')).toBe(false);
    expect(overlaps('Mayor', 'Engineer')).toBe(false);
  });

  it('asks no question about a title many people hold', () => {
    const text = 'President Ana Lindqvist spoke. Chief executive Tomas Brandt agreed. Engineer Omar Haddad and Farmer Lena Okafor listened. Professor Priya Desai and Harbour master Sven Holm left.';
    const entities = [
      person('e1', 'Ana Lindqvist', ['President']),
      person('e2', 'Tomas Brandt', ['Chief executive']),
      person('e3', 'Omar Haddad', ['Engineer']),
      person('e4', 'Lena Okafor', ['Farmer']),
      person('e5', 'Priya Desai', ['Professor']),
      person('e6', 'Sven Holm', ['Harbour master']),
    ];
    const role = (find: string, entity: string, name: string) => (f: Finder): Fact => ({ ...f(find), kind: 'role', entity, name, role: find });
    const { table, texts } = tableOf(text, [role('President', 'e1', 'Ana Lindqvist'), role('Chief executive', 'e2', 'Tomas Brandt'), role('Professor', 'e5', 'Priya Desai'), role('Harbour master', 'e6', 'Sven Holm')], entities);
    const { candidates } = prepareQuestions(table, { seed: 'g', kinds: ['role'], texts });
    expect(candidates.map((c) => c.facts[0].text)).toEqual(['Harbour master']);
  });

  it('takes at most one role from each other person, none naming the answer person', () => {
    const text = 'Mayor Ana Lindqvist spoke. Council head Tomas Brandt, the council leader, agreed. Engineer Omar Haddad and Farmer Lena Okafor listened. Lindqvist adviser Priya Desai and Harbour master Sven Holm left.';
    const entities = [
      person('e1', 'Ana Lindqvist', ['Mayor']),
      person('e2', 'Tomas Brandt', ['Council head', 'Council leader']),
      person('e3', 'Omar Haddad', ['Engineer']),
      person('e4', 'Lena Okafor', ['Farmer']),
      person('e5', 'Priya Desai', ['Lindqvist adviser']),
      person('e6', 'Sven Holm', ['Harbour master']),
    ];
    const role = (find: string, entity: string, name: string) => (f: Finder): Fact => ({ ...f(find), kind: 'role', entity, name, role: find });
    const { table, texts } = tableOf(text, [role('Mayor', 'e1', 'Ana Lindqvist')], entities);
    for (const seed of ['r1', 'r2', 'r3', 'r4', 'r5', 'r6']) {
      const { candidates } = prepareQuestions(table, { seed, kinds: ['role'], texts });
      for (const c of candidates) {
        if (c.draft.form !== 'choice' || c.draft.answer !== 'Mayor') continue;
        const council = c.draft.distractors.filter((d) => /^Council/.test(d));
        expect(council.length).toBeLessThanOrEqual(1);
        expect(c.draft.distractors).not.toContain('Lindqvist adviser');
      }
    }
  });
});

describe('selection', () => {
  it('spreads the right answers: one speaker is not the answer to every question', async () => {
    const { selectCandidates } = await import('../../src/questions/select.js');
    const make = (answer: string, score: number, i: number) => ({
      kind: 'who-said' as const,
      facts: [{ id: `q${i}`, article: `a${i}` } as Fact],
      keys: [`k${i}`],
      score,
      draft: { form: 'choice' as const, stem: `stem ${i}`, answer, distractors: ['W', 'X', 'Y'].map((d) => `${d}${i}`) },
    });
    const candidates = [0, 1, 2, 3].map((i) => make('Ana Lindqvist', 5, i)).concat([4, 5, 6, 7].map((i) => make('Tomas Brandt', 4, i)));
    const picked = selectCandidates(candidates, 4, streamFor('spread'));
    expect(picked.filter((c) => c.draft.form === 'choice' && c.draft.answer === 'Ana Lindqvist')).toHaveLength(2);
  });
});
