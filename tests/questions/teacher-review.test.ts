import { describe, expect, it } from 'vitest';
import { buildContext, headlineCased, takesThe } from '../../src/questions/context.js';
import { openPhrasebook } from '../../src/questions/phrasebook.js';
import { eventClause } from '../../src/questions/clause.js';
import { clozeSentence } from '../../src/questions/cloze.js';
import { prepareQuestions } from '../../src/questions/index.js';
import { contentWords } from '../../src/questions/kinds/quote-cloze.js';
import { withoutFinalStop } from '../../src/questions/kinds/who-said.js';
import { isChange } from '../../src/questions/kinds/true-false.js';
import { parallelNames, samePerson, surnameOf } from '../../src/questions/distractors/people.js';
import type { Person } from '../../src/questions/context.js';
import { ARTICLE, quote, tableOf, type Finder } from './snippet-table.js';
import type { DateFact, Entity, Fact, NumberFact } from '../../src/schema/index.js';

/**
 * Error classes a teacher found reading quizzes made from real, unseen news articles; each case is
 * an invented snippet. Spans are found by searching the text, so they are exact.
 */



const person = (id: string, name: string, roles: string[] = [], kind: Entity['kind'] = 'person'): Entity => ({ id, kind, name, aliases: [], roles, articles: [ARTICLE] });
const role = (find: string, entity: string, name: string) => (f: Finder): Fact => ({ ...f(find), kind: 'role', entity, name, role: find });
const who = (p: Partial<Person> & { name: string }): Person => ({ key: p.name, kind: 'person', roles: [], articles: [], names: new Set([p.name.toLowerCase()]), quotes: 1, ...p });

/** Five quoted speakers, so every quote question can find three wrong people. */
const SPEAKERS = [person('e1', 'Ana Lindqvist'), person('e2', 'Tomas Brandt'), person('e3', 'Omar Haddad'), person('e4', 'Lena Okafor'), person('e5', 'Nils Berg')];

describe('cloze words fit the gap the way the answer does', () => {
  it('tells a noun after a determiner from an adjective before its noun', () => {
    const slots = Object.fromEntries(contentWords('she made a mistake of judgement, a massive channel and a year-round ferry; the water rose').map((w) => [w.word, w.slot]));
    expect(slots.mistake).toBe('noun');
    expect(slots.massive).toBe('modifier');
    expect(slots['year-round']).toBe('modifier');
    // A noun before its verb stays a noun.
    expect(slots.water).toBe('noun');
  });

  it('reads the word after a degree word before a noun as an adjective, and "the better" as one', () => {
    const slots = Object.fromEntries(contentWords('in a more difficult market, all the better, and more boats').map((w) => [w.word, w.slot]));
    expect(slots.difficult).toBe('modifier');
    expect(slots.better).toBe('modifier');
    expect(slots.boats).toBe('noun');
    expect(Object.fromEntries(contentWords('in our northern cities').map((w) => [w.word, w.slot])).northern).toBe('modifier');
  });

  it('reads a curly contraction as a verb marker and a word after "is" as a predicate', () => {
    const slots = Object.fromEntries(contentWords('we can’t repair gates and growth is doubtful').map((w) => [w.word, w.slot]));
    expect(slots.repair).toBe('verb');
    expect(slots.doubtful).toBe('predicate');
  });

  it('reads a word before another word, with no adjective look, as noun-or-adjective, and a word before "one" as an adjective', () => {
    const slots = Object.fromEntries(contentWords('a private harbour, the private one, the harbour gates, the tanker sailed').map((w, i) => [`${w.word}${i}`, w.slot]));
    expect(slots.private0).toBe('attributive');
    expect(slots.private2).toBe('modifier');
    expect(slots.harbour3).toBe('attributive');
    // A past verb next makes the word its subject, a noun.
    expect(slots.tanker5).toBe('noun');
  });

  it('reads comparatives, ordinals and "most <adjective>" as adjectives, not nouns or verbs', () => {
    const slots = Object.fromEntries(contentWords('the sooner the better; they could never younger than us; the sixth in a row; the most violent of all; the plain thing').map((w) => [w.word, w.slot]));
    expect(slots.sooner).toBe('modifier');
    expect(slots.younger).not.toBe('verb');
    expect(slots.sixth).toBe('modifier');
    expect(slots.violent).toBe('modifier');
    expect(slots.plain).toBe('modifier');
    // "-wth"/"-gth" nouns after "to" are no verbs.
    expect(Object.fromEntries(contentWords('a path to growth').map((w) => [w.word, w.slot])).growth).toBe('other');
  });

  it('offers no noun-or-adjective word for a noun, and no -ss word as a plural', () => {
    const text =
      'Ana Lindqvist said: “We met during the inspection and talked for hours.” Tomas Brandt said: “They kept the ledger on a private harbour server.” ' +
      'Omar Haddad said: “Our reckless skippers ignored the warnings and the crisis.” Lena Okafor said: “The private tankers sailed without a permit.” Nils Berg said: “The crews signed the contract after the storm.”';
    const { table, texts } = tableOf(text, [
      quote('We met during the inspection and talked for hours.', 'e1', 'Ana Lindqvist', true),
      quote('They kept the ledger on a private harbour server.', 'e2', 'Tomas Brandt', true),
      quote('Our reckless skippers ignored the warnings and the crisis.', 'e3', 'Omar Haddad', true),
      quote('The private tankers sailed without a permit.', 'e4', 'Lena Okafor', true),
      quote('The crews signed the contract after the storm.', 'e5', 'Nils Berg', true),
    ], SPEAKERS);
    let nouns = 0;
    for (const seed of ['c1', 'c2', 'c3', 'c4', 'c5', 'c6']) {
      const { candidates } = prepareQuestions(table, { seed, kinds: ['quote-cloze'], texts });
      for (const c of candidates) {
        if (c.draft.form !== 'choice') continue;
        // "a permit", or the head of "the private tankers": a noun either way.
        if (c.draft.answer === 'permit' || c.draft.answer === 'tankers') nouns++;
        expect(c.draft.distractors).not.toContain('private');
        expect(c.draft.distractors).not.toContain('harbour');
        if (/[^siu]s$/.test(c.draft.answer)) { expect(c.draft.distractors).not.toContain('reckless'); expect(c.draft.distractors).not.toContain('crisis'); }
      }
    }
    // A noun after "a" or after "the private" is still asked, with nouns only.
    expect(nouns).toBeGreaterThan(0);
  });

  it('blanks no word that has neither a clear slot nor a telling ending, and offers no past form for a base verb', () => {
    const text =
      'Ana Lindqvist said: “Harbour tolls remain a constant worry for fishermen in every season.” Tomas Brandt said: “We decided to repair the harbour gates before the storms.” ' +
      'Omar Haddad said: “The engineers heard the pumps failing and stopped them.” Lena Okafor said: “Fishermen wanted the ferries to sail again soon.” Nils Berg said: “Our crews will inspect every gate this month.”';
    const { table, texts } = tableOf(text, [
      quote('Harbour tolls remain a constant worry for fishermen in every season.', 'e1', 'Ana Lindqvist', true),
      quote('We decided to repair the harbour gates before the storms.', 'e2', 'Tomas Brandt', true),
      quote('The engineers heard the pumps failing and stopped them.', 'e3', 'Omar Haddad', true),
      quote('Fishermen wanted the ferries to sail again soon.', 'e4', 'Lena Okafor', true),
      quote('Our crews will inspect every gate this month.', 'e5', 'Nils Berg', true),
    ], SPEAKERS);
    for (const seed of ['c1', 'c2', 'c3', 'c4']) {
      const { candidates } = prepareQuestions(table, { seed, kinds: ['quote-cloze'], texts });
      for (const c of candidates) {
        if (c.draft.form !== 'choice') continue;
        expect(c.draft.stem).not.toContain('constant _____');
        if (/to _____|will _____/.test(c.draft.stem)) for (const d of c.draft.distractors) expect(['heard', 'decided', 'stopped', 'wanted']).not.toContain(d);
      }
    }
  });
});

describe('options of one question have one form', () => {
  it('shows every person by their display name, the one the stems use, even when another is known by one word only', () => {
    expect(parallelNames([who({ name: 'Carlile' }), who({ name: 'Ana Lindqvist' }), who({ name: 'Prince Tomas' }), who({ name: 'Velden Water Board', kind: 'organization' })])).toEqual([
      'Carlile',
      'Ana Lindqvist',
      'Prince Tomas',
      'Velden Water Board',
    ]);
    // Two people of one surname stay two options.
    expect(parallelNames([who({ name: 'Rafe' }), who({ name: 'Tessa Pellow' }), who({ name: 'Ron Pellow' })])).toEqual(['Rafe', 'Tessa Pellow', 'Ron Pellow']);
    expect(parallelNames([who({ name: 'Ana Lindqvist' }), who({ name: 'Tomas Brandt' })])).toEqual(['Ana Lindqvist', 'Tomas Brandt']);
    expect(surnameOf('Omar Haddad Jr.')).toBe('Haddad');
  });

  it('never offers one person or company twice under two spellings', () => {
    expect(samePerson(who({ name: 'Lena Varmes' }), who({ name: 'Varnes' }))).toBe(true);
    expect(samePerson(who({ name: 'Velden Works', kind: 'organization' }), who({ name: 'VeldenWorks', kind: 'organization' }))).toBe(true);
    expect(samePerson(who({ name: 'Lena Okafor' }), who({ name: 'Ana Lindqvist' }))).toBe(false);
    expect(samePerson(who({ name: 'Tom Ash' }), who({ name: 'Ida Ask' }))).toBe(false);
  });

  it('drops a quote’s own full stop before the stem’s question mark, but not an abbreviation’s', () => {
    expect(withoutFinalStop('We will pay less tax.')).toBe('We will pay less tax');
    expect(withoutFinalStop('Is it over?')).toBe('Is it over?');
    expect(withoutFinalStop('The talks moved to the U.S.')).toBe('The talks moved to the U.S.');
  });

  it('puts "the" before an organization named by a common noun, whatever word the text puts before it', () => {
    expect(takesThe('Velden Harbour Authority')).toBe(true);
    expect(takesThe('Bank of Velden')).toBe(true);
    expect(takesThe('Velden Federal Reserve')).toBe(true);
    expect(takesThe('Ostra Bank')).toBe(false);
    expect(takesThe('Brightwater Mining')).toBe(false);
    expect(takesThe('The Harbour Board')).toBe(false);
  });
});

describe('quotes that are no clear statement of their speaker are not asked', () => {
  const quoted = (words: string, direct: boolean) => {
    const text = `Ana Lindqvist said ${direct ? `“${words}”` : words}. Tomas Brandt said “The harbour gates were shut before the storm arrived.” Omar Haddad said “Every pump in the valley is running day and night now.” Lena Okafor said “The ferries will sail again once the river falls.” Nils Berg said “Our crews inspected each of the harbour gates.”`;
    return tableOf(text, [
      quote(words, 'e1', 'Ana Lindqvist', direct),
      quote('The harbour gates were shut before the storm arrived.', 'e2', 'Tomas Brandt', true),
      quote('Every pump in the valley is running day and night now.', 'e3', 'Omar Haddad', true),
      quote('The ferries will sail again once the river falls.', 'e4', 'Lena Okafor', true),
      quote('Our crews inspected each of the harbour gates.', 'e5', 'Nils Berg', true),
    ], SPEAKERS);
  };
  const askedFromAna = (words: string, direct: boolean) => {
    const { table, texts } = quoted(words, direct);
    const { candidates } = prepareQuestions(table, { seed: 's', kinds: ['who-said', 'said-what', 'true-false'], texts });
    return candidates.filter((c) => c.facts[0].kind === 'quote' && c.facts[0].speaker.name === 'Ana Lindqvist').length;
  };

  it.each([
    ['a short phrase with nothing telling in it', 'not long after all of this', true],
    ['a short quote about something it does not name', 'It is a hard sell', true],
    ['a short quote that points back past a preposition', 'Despite that they were hugely popular with sailors', true],
    ['reported words that report someone else', '‘the ferry was far too late,’ one of the skippers said the timetable had changed', false],
    ['a subordinate clause with no main clause', 'while some skippers could get a warning from the harbour office', false],
    ['the reporter’s words about the speaker', 'But she also explained the difference between the two harbour plans', true],
    ['quoted words that are only a subordinate clause', 'If you look back at the old harbour records', true],
  ])('skips %s', (_, words, direct) => {
    expect(askedFromAna(words as string, direct as boolean)).toBe(0);
  });

  it('still asks a telling short phrase and a whole reported statement', () => {
    expect(askedFromAna('a reckless gamble with the harbour', true)).toBeGreaterThan(0);
    expect(askedFromAna('the harbour gates would reopen after the repairs', false)).toBeGreaterThan(0);
  });
});

describe('sentences and roles cut from something longer are not asked', () => {
  it('shows no cloze sentence that holds half a quotation', () => {
    const text = 'Ana Lindqvist spoke. I never saw a flood that covered 4,000 homes,’ said Lindqvist, who ran the harbour board for years.';
    const { table, texts } = tableOf(text, [(f) => ({ ...f('4,000'), kind: 'number', value: 4000, qualifier: 'exact', unit: null, counts: 'homes covered by the flood', approximate: false, source: null, conflictsWith: [] }) as NumberFact]);
    const ctx = buildContext(table, openPhrasebook(), texts);
    expect(clozeSentence(ctx, table.facts[0])).toBeUndefined();
  });

  it('shows no cloze sentence where two sentences ran together', () => {
    const text = 'Ana Lindqvist spoke. Harbour fees dipped by 3.4% In the north, ferry fares grew by 2% last year.';
    const { table, texts } = tableOf(text, [(f) => ({ ...f('2%'), kind: 'number', value: 2, qualifier: 'exact', unit: '%', counts: 'ferry fares growth', approximate: false, source: null, conflictsWith: [] }) as NumberFact]);
    const ctx = buildContext(table, openPhrasebook(), texts);
    expect(clozeSentence(ctx, table.facts[0])).toBeUndefined();
  });

  it('asks about no role read from the tail of a longer name, nor offers it', () => {
    const text = 'Port & General Dockers Union secretary Tomas Brandt spoke. Bank of Velden governor Ana Lindqvist agreed. Harbour master Omar Haddad, Ferry captain Lena Okafor and Pier warden Nils Berg listened.';
    const entities = [
      person('e1', 'Ana Lindqvist', ['Velden governor']),
      person('e2', 'Tomas Brandt', ['Dockers Union secretary']),
      person('e3', 'Omar Haddad', ['Harbour master']),
      person('e4', 'Lena Okafor', ['Ferry captain']),
      person('e5', 'Nils Berg', ['Pier warden']),
    ];
    const { table, texts } = tableOf(text, [role('Dockers Union secretary', 'e2', 'Tomas Brandt'), role('Velden governor', 'e1', 'Ana Lindqvist'), role('Harbour master', 'e3', 'Omar Haddad')], entities);
    for (const seed of ['r1', 'r2', 'r3']) {
      const { candidates } = prepareQuestions(table, { seed, kinds: ['role'], texts });
      expect(candidates.map((c) => c.facts[0].text)).toEqual(['Harbour master']);
      for (const c of candidates) if (c.draft.form === 'choice') expect([c.draft.answer, ...c.draft.distractors]).not.toContain('Dockers Union secretary');
    }
  });

  it('labels nobody with a role cut from a longer name, and spells out an abbreviated title in a stem', () => {
    const text = 'Port & General Dockers Union secretary Tomas Brandt spoke. Velden Sen Ana Lindqvist agreed. Harbour master Omar Haddad, Ferry captain Lena Okafor and Pier warden Nils Berg listened.';
    const entities = [
      person('e1', 'Ana Lindqvist', ['Velden Sen']),
      person('e2', 'Tomas Brandt', ['Dockers Union secretary']),
      person('e3', 'Omar Haddad', ['Harbour master']),
      person('e4', 'Lena Okafor', ['Ferry captain']),
      person('e5', 'Nils Berg', ['Pier warden']),
    ];
    const { table, texts } = tableOf(text, [role('Dockers Union secretary', 'e2', 'Tomas Brandt'), role('Velden Sen', 'e1', 'Ana Lindqvist')], entities);
    const ctx = buildContext(table, openPhrasebook(), texts);
    expect(ctx.describe(ctx.person('e2')!)).toBe('Tomas Brandt');
    for (const seed of ['a1', 'a2', 'a3', 'a4']) {
      for (const c of prepareQuestions(table, { seed, kinds: ['role'], texts }).candidates) {
        if (c.draft.form === 'choice' && c.draft.answer === 'Ana Lindqvist') expect(c.draft.stem).toContain('Velden Senator');
      }
    }
  });

  it('asks about no title that only says how to address someone', () => {
    const text = 'Rabbi Tomas Brandt spoke. Ferry captain Lena Okafor, Harbour master Omar Haddad and Pier warden Nils Berg listened.';
    const entities = [person('e2', 'Tomas Brandt', ['Rabbi']), person('e3', 'Omar Haddad', ['Harbour master']), person('e4', 'Lena Okafor', ['Ferry captain']), person('e5', 'Nils Berg', ['Pier warden'])];
    const { table, texts } = tableOf(text, [role('Rabbi', 'e2', 'Tomas Brandt')], entities);
    expect(prepareQuestions(table, { seed: 'r', kinds: ['role'], texts }).candidates).toHaveLength(0);
  });

  it('reads a participle after a name and a comma as something done to the name', () => {
    const text = 'Mayor Ida Voss, elected mayor in June after a recount, urged calm. Nothing else happened.';
    const { table, texts } = tableOf(text, [(f) => ({ ...f('June'), kind: 'date', type: 'DATE', value: '2024-06', event: 'elected mayor' }) as DateFact]);
    const ctx = buildContext(table, openPhrasebook(), texts);
    expect(eventClause(ctx, table.facts[0] as DateFact)).toBe('Mayor Ida Voss was elected mayor');
    // A name between commas is the appositive, and its verb stays active.
    const active = 'When the harbour chief, Ida Voss, said on Tuesday that the gates held, the town cheered.';
    const t2 = tableOf(active, [(f) => ({ ...f('Tuesday'), kind: 'date', type: 'DATE', value: '2024-05-07', event: 'said that the gates held' }) as DateFact]);
    const ctx2 = buildContext(t2.table, openPhrasebook(), t2.texts);
    expect(eventClause(ctx2, t2.table.facts[0] as DateFact)).not.toMatch(/was said/);
  });

  it('takes no subject from a phrase that describes a place named after a preposition', () => {
    const text = 'Hundreds of fishers at the Port-Velden harbour in Norby, the Norland State capital, on Tuesday locked their sheds in protest. Nothing else happened.';
    const { table, texts } = tableOf(text, [(f) => ({ ...f('Tuesday'), kind: 'date', type: 'DATE', value: '2024-05-07', event: 'locked their sheds in protest' }) as DateFact]);
    const ctx = buildContext(table, openPhrasebook(), texts);
    expect(eventClause(ctx, table.facts[0] as DateFact)).toBeUndefined();
    // (The subject's own appositive, "the harbour chief, Ida Voss, said", is covered by the participle test above.)
  });

  it('takes no event that is a bare comparison', () => {
    const text = 'Harbour traffic was higher in March 2024. Nothing else happened.';
    const { table, texts } = tableOf(text, [(f) => ({ ...f('March 2024'), kind: 'date', type: 'DATE', value: '2024-03', event: 'Harbour traffic was higher' }) as DateFact]);
    const ctx = buildContext(table, openPhrasebook(), texts);
    expect(eventClause(ctx, table.facts[0] as DateFact)).toBeUndefined();
  });

  it('takes no event that stops before what it compares with', () => {
    const text = 'The Velden Party led the harbour campaign as shown by its 1994 manifesto. Nothing else happened.';
    const { table, texts } = tableOf(text, [(f) => ({ ...f('1994'), kind: 'date', type: 'DATE', value: '1994', event: 'The Velden Party led the harbour campaign as shown' }) as DateFact]);
    const ctx = buildContext(table, openPhrasebook(), texts);
    expect(eventClause(ctx, table.facts[0] as DateFact)).toBeUndefined();
  });
});

describe('true or false on a figure', () => {
  const candidatesFor = (text: string, find: string, value: number, counts: string) => {
    const { table, texts } = tableOf(text, [(f) => ({ ...f(find), kind: 'number', value, qualifier: 'exact', unit: null, counts, approximate: false, source: null, conflictsWith: [] }) as NumberFact]);
    return prepareQuestions(table, { seed: 't', kinds: ['true-false'], texts }).candidates;
  };
  it('makes no statement of a level from a change ("fell 12% to ...")', () => {
    const text = 'Harbour profit fell 12% to 4.1bn euros. The harbour employs 1,200 dockers.';
    const { table, texts } = tableOf(text, [
      (f) => ({ ...f('12%'), kind: 'number', value: 12, qualifier: 'exact', unit: '%', counts: 'harbour profit', approximate: false, source: null, conflictsWith: [] }) as NumberFact,
      (f) => ({ ...f('1,200'), kind: 'number', value: 1200, qualifier: 'exact', unit: null, counts: 'dockers employed by the harbour', approximate: false, source: null, conflictsWith: [] }) as NumberFact,
    ]);
    const [fell, employs] = table.facts as NumberFact[];
    expect(candidatesFor('The harbour office put 1 series of online postings up. Nothing else.', '1', 1, 'series of online harbour postings')).toHaveLength(0);
    expect(candidatesFor('The harbour office put 4 series of online postings up. Nothing else.', '4', 4, 'series of online harbour postings').length).toBeGreaterThan(0);
    expect(isChange(texts[ARTICLE], fell)).toBe(true);
    expect(isChange(texts[ARTICLE], employs)).toBe(false);
    const { candidates } = prepareQuestions(table, { seed: 't', kinds: ['true-false'], texts });
    expect(candidates.map((c) => c.facts[0].text)).not.toContain('12%');
  });
});

describe('round two: unseen articles', () => {
  const clauseFor = (text: string, find: string, event: string) => {
    const { table, texts } = tableOf(text, [(f) => ({ ...f(find), kind: 'date', type: 'DATE', value: '2024-05-04', event }) as DateFact]);
    return eventClause(buildContext(table, openPhrasebook(), texts), table.facts[0] as DateFact);
  };

  it('takes no date that modifies a noun as the date of the event before it', () => {
    expect(clauseFor('Ana Lindqvist questioned the statement in an 4 May 2024 affidavit from the mayor.', '4 May 2024', 'Ana Lindqvist questioned the statement')).toBeUndefined();
    expect(clauseFor('Ana Lindqvist questioned the 4 May 2024 ruling of the harbour court.', '4 May 2024', 'Ana Lindqvist questioned')).toBeUndefined();
    expect(clauseFor('Ana Lindqvist opened the new harbour bridge on 4 May 2024.', '4 May 2024', 'Ana Lindqvist opened the new harbour bridge')).toBe('Ana Lindqvist opened the new harbour bridge');
  });

  it('takes no participle inside a longer subject ("The plan rejected on Monday was ...")', () => {
    expect(clauseFor('The Velden harbour plan rejected on 4 May 2024 was similar to an older one.', '4 May 2024', 'The Velden harbour plan rejected')).toBeUndefined();
    // A relative clause closed by a comma is dated: "who resigned on Monday, was replaced".
    expect(clauseFor('Tomas Brandt resigned the chair on 4 May 2024, and was replaced by Omar Haddad.', '4 May 2024', 'Tomas Brandt resigned the chair')).toBe('Tomas Brandt resigned the chair');
  });

  it('takes no event ending on a verb that needs what follows ("came as ...")', () => {
    expect(clauseFor('The reports by the Velden Harbour Board on 4 May 2024 came as the mayor resigned.', '4 May 2024', 'The reports by the Velden Harbour Board came')).toBeUndefined();
  });

  it('takes no lone sentence-opening capital as a named subject, but a surname written inside sentences too', () => {
    expect(clauseFor('Tension was laid bare on 4 May 2024 in the harbour talks.', '4 May 2024', 'Tension was laid bare')).toBeUndefined();
    expect(clauseFor('Lindqvist took office on 4 May 2024. Voters backed Lindqvist again.', '4 May 2024', 'Lindqvist took office')).toBe('Lindqvist took office');
  });

  it('states a figure only in its own sentence, never as "the number of <counts>"', () => {
    const text = 'Flood waters cut off 140 homes in Velden overnight, officials in the harbour town confirmed. Nothing else.';
    const { table, texts } = tableOf(text, [(f) => ({ ...f('140'), kind: 'number', value: 140, qualifier: 'exact', unit: null, counts: 'homes in Velden', approximate: false, source: null, conflictsWith: [] }) as NumberFact]);
    const { candidates } = prepareQuestions(table, { seed: 't', kinds: ['true-false'], texts });
    expect(candidates).toHaveLength(1);
    const draft = candidates[0].draft as { trueStem: string; falseStem: string };
    expect(draft.trueStem).toContain('140:');
    expect(draft.trueStem).toContain('cut off _____ homes in Velden');
    expect(draft.trueStem).not.toMatch(/number of/);
    // With no sentence that can stand alone, no statement at all.
    const alone = tableOf('They cut off 140 homes in Velden overnight, and they said so. Nothing else.', [(f) => ({ ...f('140'), kind: 'number', value: 140, qualifier: 'exact', unit: null, counts: 'homes in Velden', approximate: false, source: null, conflictsWith: [] }) as NumberFact]);
    expect(prepareQuestions(alone.table, { seed: 't', kinds: ['true-false'], texts: alone.texts }).candidates).toHaveLength(0);
  });

  it('offers nobody the text titles with the role\'s job word as a wrong "who is described as" answer', () => {
    const text = 'Harbour Senator Ana Lindqvist backed the plan. “We will wait for the vote,” said Senator Tomas Brandt. Omar Haddad, a fisherman, and Lena Okafor, a teacher, and Nils Berg, a baker, watched.';
    const entities = [person('e1', 'Ana Lindqvist', ['Harbour Senator']), person('e2', 'Tomas Brandt'), person('e3', 'Omar Haddad', ['fisherman']), person('e4', 'Lena Okafor', ['teacher']), person('e5', 'Nils Berg', ['baker'])];
    const { table, texts } = tableOf(text, [role('Harbour Senator', 'e1', 'Ana Lindqvist'), quote('We will wait for the vote', 'e2', 'Tomas Brandt', true)], entities);
    let asked = 0;
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      for (const c of prepareQuestions(table, { seed, kinds: ['role'], texts }).candidates) {
        const d = c.draft as { answer: string; distractors: string[] };
        if (d.answer !== 'Ana Lindqvist') continue;
        asked++;
        expect(d.distractors).not.toContain('Tomas Brandt');
      }
    }
    expect(asked).toBeGreaterThan(0);
  });

  it('asks nothing of a "he said" quote resolved to a newspaper', () => {
    const text = 'The Velden Times reported the parade. “I cried the whole way,” he said. Nothing else.';
    const entities = [person('e1', 'Velden Times'), ...SPEAKERS.slice(1)];
    const { table, texts } = tableOf(text, [(f) => ({ ...f('I cried the whole way'), kind: 'quote', direct: true, cue: 'said', speaker: { entity: 'e1', name: 'Velden Times', mention: { start: text.indexOf(' he said') + 1, end: text.indexOf(' he said') + 3, text: 'he' } } }) as Fact], entities);
    const ctx = buildContext(table, openPhrasebook(), texts);
    const q = table.facts[0] as Extract<Fact, { kind: 'quote' }>;
    expect(ctx.personOf(q.speaker)).toBeUndefined();
    expect(ctx.personOf({ ...q.speaker, mention: null })?.name).toBe('Velden Times');
  });

  it('asks about no headline read as a quote, but keeps a quote with sentence starts and names', () => {
    expect(headlineCased('Voss Would Close The Harbour, ‘I Fear It Is Over’ for Brandt')).toBe(true);
    expect(headlineCased('We need a new bridge. The town wants it. It is time, and I think Ana Lindqvist agrees.')).toBe(false);
    const text = 'Brandt: Voss Would Close The Harbour For Good. Nothing else happened in Velden today.';
    const { table, texts } = tableOf(text, [quote('Voss Would Close The Harbour For Good', 'e2', 'Tomas Brandt', false)], SPEAKERS);
    expect(buildContext(table, openPhrasebook(), texts).factsOf('quote')).toHaveLength(0);
  });

  it('takes no "seemed to" as an event', () => {
    expect(clauseFor('Ana Lindqvist seemed to suggest a new harbour toll on 4 May 2024.', '4 May 2024', 'Ana Lindqvist seemed to suggest a new harbour toll')).toBeUndefined();
  });

  it('puts no second full stop after a reported quote that ends its sentence', () => {
    const text = 'Ana Lindqvist said the board is focused on “ending the flooding.” Tomas Brandt, Omar Haddad, Lena Okafor and Nils Berg spoke too. “We wait,” said Brandt. “We build,” said Haddad. “We hope,” said Okafor. “We pray,” said Berg.';
    const facts = [(f: Finder) => ({ ...quote('the board is focused on “ending the flooding.”', 'e1', 'Ana Lindqvist', false)(f) }) as Fact, quote('We wait', 'e2', 'Tomas Brandt', true), quote('We build', 'e3', 'Omar Haddad', true), quote('We hope', 'e4', 'Lena Okafor', true), quote('We pray', 'e5', 'Nils Berg', true)];
    const { table, texts } = tableOf(text, facts, SPEAKERS);
    const stems = prepareQuestions(table, { seed: 't', kinds: ['true-false'], texts }).candidates.flatMap((c) => { const d = c.draft as { trueStem: string; falseStem: string }; return [d.trueStem, d.falseStem]; });
    const reported = stems.filter((x) => x.includes('ending the flooding'));
    expect(reported.length).toBeGreaterThan(0);
    for (const x of reported) expect(x).not.toMatch(/[.!?][’”]?\.$/);
  });

  it('blanks nothing in a Title Case link line, and lowers a reported clause\'s opening capital after "said that"', () => {
    const text = 'Read Live Updates On The 2024 Harbour Vote. Construction is due to start in the autumn, Ana Lindqvist said. “We wait,” said Brandt. “We build,” said Haddad. “We hope,” said Okafor. “We pray,” said Berg.';
    const { table, texts } = tableOf(text, [
      (f) => ({ ...f('2024'), kind: 'date', type: 'DATE', value: '2024', event: null }) as DateFact,
      quote('Construction is due to start in the autumn', 'e1', 'Ana Lindqvist', false), quote('We wait', 'e2', 'Tomas Brandt', true), quote('We build', 'e3', 'Omar Haddad', true), quote('We hope', 'e4', 'Lena Okafor', true), quote('We pray', 'e5', 'Nils Berg', true),
    ], SPEAKERS);
    const ctx = buildContext(table, openPhrasebook(), texts);
    expect(clozeSentence(ctx, table.facts[0])).toBeUndefined();
    const stems = prepareQuestions(table, { seed: 't', kinds: ['true-false'], texts }).candidates.flatMap((c) => Object.values(c.draft).filter((v): v is string => typeof v === 'string'));
    const reported = stems.filter((x) => /onstruction is due/.test(x));
    expect(reported.length).toBeGreaterThan(0);
    for (const x of reported) expect(x).toContain('said that construction is due');
  });

  it('takes no event that keeps one half of a two-apostrophe quotation mark', () => {
    expect(clauseFor("In no town were ''very angry'' voters a larger share on 4 May 2024 than in Velden.", '4 May 2024', "Very angry'' voters were a larger share")).toBeUndefined();
  });
});


describe('no adverb blanked in a quote', () => {
  it('blanks no -ly adverb: "had _____ sold out" takes any of them', () => {
    const said = [
      ['e1', 'Ana Lindqvist', 'Our crews will completely rebuild the harbour walls before the winter storms.'],
      ['e2', 'Tomas Brandt', 'The ferries would rapidly fill with visitors from the northern valley towns.'],
      ['e3', 'Omar Haddad', 'The council can eventually reopen the berths once the pontoons are safe.'],
      ['e4', 'Lena Okafor', 'The pilots should carefully check the moorings and the lanterns on every quay.'],
      ['e5', 'Nils Berg', 'The dockers must quickly repaint the cranes and the bollards this spring.'],
    ];
    const text = said.map(([, name, words]) => `${name} said: “${words}”`).join(' ');
    const { table, texts } = tableOf(text, said.map(([id, name, words]) => quote(words, id, name, true)), SPEAKERS);
    for (const seed of ['a', 'b', 'c']) {
      const { candidates } = prepareQuestions(table, { seed, kinds: ['quote-cloze'], texts });
      expect(candidates.length).toBeGreaterThan(0);
      for (const c of candidates) if (c.draft.form === 'choice') expect(c.draft.answer).not.toMatch(/ly$/);
    }
  });
});

describe('"who is described as" gives a common-noun role its article', () => {
  it('asks "as a harbour pilot", keeps a title of capitals as written', () => {
    const text = 'Ana Lindqvist, a harbour pilot, spoke first. Harbour Board Chair Tomas Brandt agreed. Omar Haddad, a fisherman, Lena Okafor, a teacher, and Nils Berg, a baker, listened.';
    const entities = [person('e1', 'Ana Lindqvist', ['harbour pilot']), person('e2', 'Tomas Brandt', ['Harbour Board Chair']), person('e3', 'Omar Haddad', ['fisherman']), person('e4', 'Lena Okafor', ['teacher']), person('e5', 'Nils Berg', ['baker'])];
    const { table, texts } = tableOf(text, [role('harbour pilot', 'e1', 'Ana Lindqvist'), role('Harbour Board Chair', 'e2', 'Tomas Brandt')], entities);
    const stems = new Set<string>();
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) for (const c of prepareQuestions(table, { seed, kinds: ['role'], texts }).candidates) if (c.draft.form === 'choice') stems.add(c.draft.stem);
    const described = [...stems].filter((s) => s.startsWith('Who is described'));
    expect(described.length).toBeGreaterThan(0);
    for (const s of described) expect(s).toMatch(/as (?:a harbour pilot|Harbour Board Chair)\?$/);
  });
});
