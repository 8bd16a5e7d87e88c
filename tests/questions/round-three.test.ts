import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/questions/context.js';
import { openPhrasebook } from '../../src/questions/phrasebook.js';
import { eventClause } from '../../src/questions/clause.js';
import { prepareQuestions } from '../../src/questions/index.js';
import { contentWords } from '../../src/questions/kinds/quote-cloze.js';
import { askableCounts, howManyQuestion } from '../../src/questions/kinds/number.js';
import { speaksAsPerson } from '../../src/questions/distractors/people.js';
import { ARTICLE, quote, tableOf } from './snippet-table.js';
import type { DateFact, Entity, NumberFact } from '../../src/schema/index.js';

/**
 * Round three of reading quizzes as a teacher on unseen articles: each case an invented snippet,
 * spans found by searching the text, so they are exact.
 */

const entity = (id: string, name: string, kind: Entity['kind'] = 'person'): Entity => ({ id, kind, name, aliases: [], roles: [], articles: [ARTICLE] });
const SEEDS = ['a', 'b', 'c', 'd', 'e', 'f'];

describe('who-said options share the answer’s kind', () => {
  // Three people speak; an institute is only named, a harbour board speaks in reported words.
  const text = [
    '"The tide gauges have never read this high," said Ana Lindqvist.',
    '"We moved the boats inland before dawn," said Tomas Brandt.',
    '"My crew worked through the night without a break," said Omar Haddad.',
    'Lindqvist works at the Velden Tide Institute.',
    'The Velden Harbour Board said the quays would reopen within a week.',
  ].join(' ');
  // The institute has a role, so it is notable: only the kind rule keeps it out.
  const entities = [entity('e1', 'Ana Lindqvist'), entity('e2', 'Tomas Brandt'), entity('e3', 'Omar Haddad'), { ...entity('o1', 'Velden Tide Institute', 'organization'), roles: ['research body'] }, entity('o2', 'Velden Harbour Board', 'organization')];
  const facts = [
    quote('The tide gauges have never read this high', 'e1', 'Ana Lindqvist', true),
    quote('We moved the boats inland before dawn', 'e2', 'Tomas Brandt', true),
    quote('My crew worked through the night without a break', 'e3', 'Omar Haddad', true),
    quote('the quays would reopen within a week', 'o2', 'Velden Harbour Board', false),
  ];
  const { table, texts } = tableOf(text, facts, entities);
  const whoSaid = (seed: string) => prepareQuestions(table, { seed, kinds: ['who-said'], texts }).candidates;

  it('never offers a body nobody quotes among people, nor one quoted in another way', () => {
    for (const seed of SEEDS) {
      for (const c of whoSaid(seed)) {
        if (c.draft.form !== 'choice') continue;
        const options = [c.draft.answer, ...c.draft.distractors];
        // The institute is only named: never an option.
        expect(options).not.toContain('Velden Tide Institute');
        // The board speaks only in reported words: no option for quoted words.
        if (c.facts[0].kind === 'quote' && c.facts[0].direct) expect(options).not.toContain('Velden Harbour Board');
      }
    }
  });

  it('asks nothing rather than fill the last place with the odd one out', () => {
    // Every person question has two wrong people only, and no other-kind option fits: none is asked.
    for (const seed of SEEDS) expect(whoSaid(seed).filter((c) => c.facts[0].kind === 'quote' && c.facts[0].direct)).toHaveLength(0);
  });

  it('reads first-person singular words as a person’s own', () => {
    expect(speaksAsPerson('My crew worked through the night')).toBe(true);
    expect(speaksAsPerson('I’m sure the gates will hold')).toBe(true);
    expect(speaksAsPerson('We moved the boats inland')).toBe(false);
    expect(speaksAsPerson('Imports fell in May')).toBe(false);
  });
});

describe('quotes that are no statement of their own', () => {
  const speakers = [entity('e1', 'Ana Lindqvist'), entity('e2', 'Tomas Brandt'), entity('e3', 'Omar Haddad'), entity('e4', 'Lena Okafor')];
  const base = [
    quote('The tide gauges have never read this high', 'e2', 'Tomas Brandt', true),
    quote('We moved the boats inland before dawn', 'e3', 'Omar Haddad', true),
    quote('The ferry timetable will change in the spring', 'e4', 'Lena Okafor', true),
  ];
  const text = '"The tide gauges have never read this high," said Tomas Brandt. "We moved the boats inland before dawn," said Omar Haddad. "The ferry timetable will change in the spring," said Lena Okafor.';

  it('does not ask the second half of a quote split by its attribution, which opens on "and"', () => {
    const t = `${text} "Young sailors came out early," she said, "and they voted heavily for the harbour plan."`;
    const { table, texts } = tableOf(t, [...base, quote('and they voted heavily for the harbour plan', 'e1', 'Ana Lindqvist', true)], speakers);
    for (const seed of SEEDS) {
      const asked = prepareQuestions(table, { seed, kinds: ['who-said'], texts }).candidates.map((c) => c.facts[0].text);
      expect(asked).not.toContain('and they voted heavily for the harbour plan');
    }
  });

  it('does not turn an appeal ("urged ministers to think again") into "said that ministers to think again"', () => {
    const t = `${text} Ana Lindqvist urged ministers to think again before the rise takes effect.`;
    const { table, texts } = tableOf(t, [...base, quote('ministers to think again before the rise takes effect', 'e1', 'Ana Lindqvist', false)], speakers);
    for (const seed of SEEDS) {
      for (const c of prepareQuestions(table, { seed, kinds: ['who-said', 'true-false', 'quote-cloze'], texts }).candidates) {
        expect(JSON.stringify(c.draft)).not.toMatch(/said that ministers to/);
      }
    }
  });

  it('does not turn a participle phrase into "said that meeting a pledge ..."', () => {
    const t = `${text} Harbour dues will rise by 2%, Ana Lindqvist says, meeting a pledge made at the port summit in June.`;
    const { table, texts } = tableOf(t, [...base, quote('meeting a pledge made at the port summit in June', 'e1', 'Ana Lindqvist', false)], speakers);
    for (const seed of SEEDS) {
      for (const c of prepareQuestions(table, { seed, kinds: ['who-said', 'true-false', 'quote-cloze'], texts }).candidates) {
        expect(JSON.stringify(c.draft)).not.toMatch(/said that meeting/);
      }
    }
  });
});

describe('cloze options and blanks', () => {
  const slotOf = (text: string) => Object.fromEntries(contentWords(text).map((w) => [w.word, w]));

  it('reads no ordinal and no -ory word after "to" as a verb', () => {
    const words = slotOf('The ferry moved to fourth in the table and will not lead to compulsory layoffs, but crews want to repair the gates.');
    expect(words.fourth?.slot).not.toBe('verb');
    expect(words.compulsory?.slot).not.toBe('verb');
    expect(words.repair.slot).toBe('verb');
  });

  it('gives a noun the frame that governs its phrase', () => {
    const words = slotOf('Crews could not sustain their assault. The storm hit the heart of Velden. The surge was a threat to the harbour.');
    expect(words.assault.frame).toBe('V');
    expect(words.heart.frame).toBe('V');
    expect(slotOf('The gates sit in the heart of Velden.').heart.frame).toBe('P:in');
    expect(words.threat.frame).toBe('B');
    expect(slotOf('Crews would repair it and had to rebuild it.').repair.frame).toBe('M');
    expect(slotOf('Crews would repair it and had to rebuild it.').rebuild.frame).toBe('to');
  });

  it('prefers options used in the gap’s frame', () => {
    const text = [
      '"We cannot sustain the pressure on the crews this winter," said Ana Lindqvist.',
      'Tomas Brandt said the board would repair the harbour gates before spring.',
      'Omar Haddad said the storm was a danger to the eastern quays.',
      'Lena Okafor said the harbour lost its schedule in the flood.',
      'Nils Berg said the council approved the budget for the crews.',
      'Ida Voss said the town kept the ferry for the islands.',
    ].join(' ');
    const speakers = [entity('e1', 'Ana Lindqvist'), entity('e2', 'Tomas Brandt'), entity('e3', 'Omar Haddad'), entity('e4', 'Lena Okafor'), entity('e5', 'Nils Berg'), entity('e6', 'Ida Voss')];
    const facts = [
      quote('We cannot sustain the pressure on the crews this winter', 'e1', 'Ana Lindqvist', true),
      quote('the board would repair the harbour gates before spring', 'e2', 'Tomas Brandt', false),
      quote('the storm was a danger to the eastern quays', 'e3', 'Omar Haddad', false),
      quote('the harbour lost its schedule in the flood', 'e4', 'Lena Okafor', false),
      quote('the council approved the budget for the crews', 'e5', 'Nils Berg', false),
      quote('the town kept the ferry for the islands', 'e6', 'Ida Voss', false),
    ];
    const { table, texts } = tableOf(text, facts, speakers);
    for (const seed of SEEDS) {
      for (const c of prepareQuestions(table, { seed, kinds: ['quote-cloze'], texts }).candidates) {
        if (c.draft.form !== 'choice' || c.draft.answer !== 'pressure') continue;
        // "danger" is only used after "was a": never offered for the object of "sustain" while objects of verbs are at hand.
        expect(c.draft.distractors).not.toContain('danger');
      }
    }
  });

  it('blanks no adjective before its noun and no verb that takes a clause', () => {
    const text = [
      '"In public I have stressed I believe the harbour plan works," said Ana Lindqvist.',
      '"It is the important thing for the town," said Tomas Brandt.',
      '"The crews revealed the damage to the gates," said Omar Haddad.',
      '"The council showed the plans to the sailors," said Lena Okafor.',
      '"A brilliant result for the great harbour," said Nils Berg.',
    ].join(' ');
    const speakers = [entity('e1', 'Ana Lindqvist'), entity('e2', 'Tomas Brandt'), entity('e3', 'Omar Haddad'), entity('e4', 'Lena Okafor'), entity('e5', 'Nils Berg')];
    const facts = [
      quote('In public I have stressed I believe the harbour plan works', 'e1', 'Ana Lindqvist', true),
      quote('It is the important thing for the town', 'e2', 'Tomas Brandt', true),
      quote('The crews revealed the damage to the gates', 'e3', 'Omar Haddad', true),
      quote('The council showed the plans to the sailors', 'e4', 'Lena Okafor', true),
      quote('A brilliant result for the great harbour', 'e5', 'Nils Berg', true),
    ];
    const { table, texts } = tableOf(text, facts, speakers);
    for (const seed of SEEDS) {
      for (const c of prepareQuestions(table, { seed, kinds: ['quote-cloze'], texts }).candidates) {
        if (c.draft.form !== 'choice') continue;
        expect(c.draft.answer).not.toBe('stressed');
        expect(c.draft.answer).not.toBe('important');
      }
    }
  });
});

describe('stems that need the sentence around them', () => {
  const clauseFor = (text: string, find: string, event: string) => {
    const { table, texts } = tableOf(text, [(f) => ({ ...f(find), kind: 'date', type: 'DATE', value: '2021', event }) as DateFact]);
    return eventClause(buildContext(table, openPhrasebook(), texts), table.facts[0] as DateFact);
  };

  it('takes no event cut from a relative clause, a comparison or a participle phrase', () => {
    expect(clauseFor('The share of sailors who own a boat rose from 40 per cent in 2021 to 55 per cent.', '2021', 'own a boat rose from 40 per cent')).toBeUndefined();
    expect(clauseFor('The two crews spent a combined 4 million crowns, more than twice the amount spent in 2021.', '2021', 'more than twice the amount spent')).toBeUndefined();
    expect(clauseFor('Harbour dues will rise by 2%, meeting a pledge made at the port summit in 2021.', '2021', 'meeting a pledge made at the port summit')).toBeUndefined();
    // A whole clause still stands.
    expect(clauseFor('The Velden council closed the old ferry pier in 2021.', '2021', 'The Velden council closed the old ferry pier')).toBe('the Velden council closed the old ferry pier');
  });

  const figure = (raw: string, text: string, counts: string, unit: string | null = null): NumberFact => {
    const start = raw.indexOf(text);
    return {
      id: 'n', article: 'a', span: { start, end: start + text.length }, text, sentence: { start: 0, end: raw.length }, corroboratedBy: [],
      extractor: 'test', kind: 'number', value: 4, qualifier: 'exact', unit, counts, approximate: false, source: null, conflictsWith: [],
    };
  };

  it('asks no figure for what ends on a hedge ("the distance of a little")', () => {
    const raw = 'The crossing, a distance of a little over four miles, now takes an hour.';
    expect(askableCounts(figure(raw, 'over four miles', 'distance of a little', 'mi'), raw)).toBeNull();
  });

  it('does not give the counted thing the participle of the noun before "of"', () => {
    const raw = 'Sailors sleep less, according to a study of almost 12,000 harbour workers published on Monday.';
    expect(howManyQuestion(figure(raw, '12,000', 'harbour workers published on Monday'), raw, 'harbour workers published on Monday')).toBeNull();
    // A participle of the counted thing itself still makes the question.
    const own = 'The storm left 300 boats damaged beyond repair.';
    expect(howManyQuestion(figure(own, '300', 'boats damaged beyond repair'), own, 'boats damaged beyond repair')).not.toBeNull();
  });
});
