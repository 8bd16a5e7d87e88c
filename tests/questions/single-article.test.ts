import { describe, expect, it } from 'vitest';
import { prepareQuestions } from '../../src/questions/index.js';
import { contentWords, fitsBesideNeighbour, interchangeable, neighbourPairsIn, usageContextsIn } from '../../src/questions/kinds/quote-cloze.js';
import { listedSynonyms } from '../../src/questions/synonyms.js';
import { standsAlone } from '../../src/questions/clause.js';
import { ARTICLE, type Finder, quote, tableOf } from './snippet-table.js';
import type { DateFact, Entity, Fact } from '../../src/schema/index.js';

const person = (id: string, name: string, roles: string[] = []): Entity => ({ id, kind: 'person', name, aliases: [name.split(' ').at(-1)!], roles, articles: [ARTICLE] });
const role = (find: string, entity: string, name: string, title: string) => (f: Finder): Fact => ({ ...f(find), kind: 'role', entity, name, role: title });
const slots = (text: string) => Object.fromEntries(contentWords(text).map((w) => [w.word, w.slot]));
const words = (text: string) => contentWords(text).map((w) => w.word);

describe('cloze word classes from the word’s own sentence', () => {
  it('reads a word after "not" by what comes before it: a predicate after "be", a verb after an auxiliary', () => {
    expect(slots('the harbour plans were not racist at all').racist).toBe('predicate');
    expect(slots('these rules will not provide shelter').provide).toBe('verb');
  });

  it('reads the word after "a criminal" or "the harbour" as the noun it heads', () => {
    expect(slots('what you use lies for in a criminal trial?').trial).toBe('noun');
    expect(slots('the harbour gates opened late').gates).toBe('noun');
    // "most" opens no noun phrase: "most reported steady gains" says nothing of "steady".
    expect(slots('most reported steady or slightly higher prices').steady).not.toBe('noun');
  });

  it('reads a word before a capitalized name, or in a list of words before a noun, as no noun', () => {
    expect(slots('she may defend her indoor AAA title').indoor).not.toBe('noun');
    expect(slots('there needed to be a quick, fair and firm asylum system').quick).toBe('attributive');
    // A noun before a comma and a participle is still a noun; so is one before "and" and a verb.
    expect(slots('troops moved to the lines, hoping to continue').lines).toBe('noun');
    expect(slots('we met during the inspection and talked').inspection).toBe('noun');
  });

  it('reads no word with an adjective’s ending as a verb after "to"', () => {
    expect(slots('access to similar tools').similar).not.toBe('verb');
    expect(slots('a boost to public spending').public).not.toBe('verb');
  });

  it('marks an -s word as a verb by its subject or its object, and a plural noun not', () => {
    const finite = (text: string, word: string) => contentWords(text).find((w) => w.word === word)?.finite === true;
    expect(finite('a plan which outlines exactly what happens next', 'outlines')).toBe(true);
    expect(finite('the ferry company expects the merger to pay', 'expects')).toBe(true);
    expect(finite('released in their best interests.', 'interests')).toBe(false);
    expect(finite('three blockbuster drugs that failed', 'drugs')).toBe(false);
  });

  it('marks an -s verb after a noun by its form or by "to" and a verb or an adverb after it, so it is never offered among plural nouns', () => {
    const finite = (text: string, word: string) => contentWords(text).find((w) => w.word === word)?.finite === true;
    expect(finite('the harbour board continues with the repairs', 'continues')).toBe(true);
    expect(finite('Tomas Brandt believes in the new dykes', 'believes')).toBe(true);
    expect(finite('the ferry company plans to raise fares', 'plans')).toBe(true);
    expect(finite('the new rota works smoothly now', 'works')).toBe(true);
    expect(finite('the harbour gates to the old town', 'gates')).toBe(false);
    expect(finite('the ferry company plans were dropped', 'plans')).toBe(false);
  });

  it('never blanks or offers a quantity word or a fixed function phrase', () => {
    expect(words('several boats and thousands of visitors came, according to reports, including ferries')).toEqual(['boats', 'visitors', 'reports', 'ferries']);
  });
});

describe('cloze options the articles put beside the blank', () => {
  const pairs = neighbourPairsIn(['Tomas Brandt said the dock labourers had complained about the cranes and the late shifts.']);
  const quote = 'the council would hire more dock workers before the summer season';

  it('are refused: "dock labourers" for "dock _____"', () => {
    expect(fitsBesideNeighbour(pairs, quote, 'workers', 'labourers')).toBe(true);
    // Singular or plural alike: the option is compared by its stem.
    expect(fitsBesideNeighbour(pairs, quote, 'workers', 'labourer')).toBe(true);
    expect(fitsBesideNeighbour(pairs, quote, 'workers', 'cranes')).toBe(false);
  });

  it('a function word beside the blank says nothing ("and _____", "the _____")', () => {
    const shifts = 'the crews rested and checked the harbour gates';
    expect(fitsBesideNeighbour(neighbourPairsIn(['They came and complained.']), shifts, 'checked', 'complained')).toBe(false);
    expect(fitsBesideNeighbour(pairs, 'we saw the cranes', 'cranes', 'shifts')).toBe(false);
  });
});

describe('who-said stems', () => {
  it('take no second question mark after a quote that asks one', () => {
    const text =
      'Ana Lindqvist asked: "Why should the harbour pay for a storm that nobody could have stopped?" ' +
      'Tomas Brandt said: "The gates held, and the quay will reopen once the cranes are checked." ' +
      'Omar Haddad said: "We will rebuild the slipway before the summer ferries arrive."';
    const { table, texts } = tableOf(
      text,
      [
        quote('Why should the harbour pay for a storm that nobody could have stopped?', 'e1', 'Ana Lindqvist', true),
        quote('The gates held, and the quay will reopen once the cranes are checked.', 'e2', 'Tomas Brandt', true),
        quote('We will rebuild the slipway before the summer ferries arrive.', 'e3', 'Omar Haddad', true),
      ],
      [person('e1', 'Ana Lindqvist'), person('e2', 'Tomas Brandt'), person('e3', 'Omar Haddad'), person('e4', 'Jo Bell')],
    );
    const stems: string[] = [];
    for (const seed of ['w1', 'w2', 'w3', 'w4', 'w5', 'w6']) {
      const { candidates } = prepareQuestions(table, { seed, kinds: ['who-said'], texts });
      for (const c of candidates) if (c.draft.form === 'choice' && c.draft.stem.includes('nobody could have stopped')) stems.push(c.draft.stem);
    }
    expect(stems.length).toBeGreaterThan(0);
    for (const stem of stems) expect(stem).not.toMatch(/\?[”"]\?/);
  });
});

describe('questions from one article', () => {
  const TEXT =
    'Harbour master Ana Lindqvist said the storm had flooded the eastern quay and damaged four ferries. ' +
    'Tomas Brandt, a ferry engineer at Velden Works, checked the gates overnight. ' +
    'Omar Haddad watched from the bank. ' +
    'Omar Haddad said the pumps drained the cellars, cleared the slipway and checked the harbour walls.';

  it('blanks a word of a reported quote, shown as the clause after "said that"', () => {
    const { table, texts } = tableOf(
      TEXT,
      [quote('the storm had flooded the eastern quay and damaged four ferries', 'e1', 'Ana Lindqvist', false), quote('the pumps drained the cellars, cleared the slipway and checked the harbour walls', 'e3', 'Omar Haddad', false)],
      [person('e1', 'Ana Lindqvist', ['Harbour master']), person('e2', 'Tomas Brandt'), person('e3', 'Omar Haddad')],
    );
    const stems: string[] = [];
    for (const seed of ['r1', 'r2', 'r3', 'r4']) {
      const { candidates } = prepareQuestions(table, { seed, kinds: ['quote-cloze'], texts });
      for (const c of candidates) {
        if (c.draft.form !== 'choice' || c.facts[0].id !== table.facts[0].id) continue;
        stems.push(c.draft.stem);
        expect(c.draft.stem).toMatch(/said that the storm had .*_____.*\./);
        // The answer is the text's own word, in the blank's place.
        expect(c.draft.stem.replace('_____', c.draft.answer)).toContain('the storm had flooded the eastern quay and damaged four ferries');
        expect(c.facts.map((f) => f.id)).toEqual([table.facts[0].id]);
      }
    }
    expect(stems.length).toBeGreaterThan(0);
  });

  it('asks no reported clause that lost its subject ("said that included ...")', () => {
    const text = 'Ana Lindqvist said that included about forty ferries from the northern harbour.';
    const { table, texts } = tableOf(text, [quote('that included about forty ferries from the northern harbour', 'e1', 'Ana Lindqvist', false)], [person('e1', 'Ana Lindqvist'), person('e2', 'Tomas Brandt')]);
    const { candidates } = prepareQuestions(table, { seed: 's', texts });
    expect(candidates.filter((c) => c.facts[0].kind === 'quote')).toEqual([]);
  });

  it('states a role as the text gives it, and falsely with another person’s specific role', () => {
    const text = TEXT + ' Harbour master Ana Lindqvist closed the quay.';
    const { table, texts } = tableOf(text, [role('ferry engineer at Velden Works', 'e2', 'Tomas Brandt', 'ferry engineer at Velden Works'), role('Harbour master', 'e1', 'Ana Lindqvist', 'Harbour master')], [person('e1', 'Ana Lindqvist', ['Harbour master']), person('e2', 'Tomas Brandt', ['ferry engineer at Velden Works']), person('e3', 'Omar Haddad')]);
    let seen = 0;
    for (const seed of ['t1', 't2', 't3']) {
      const { candidates } = prepareQuestions(table, { seed, kinds: ['true-false'], texts });
      for (const c of candidates) {
        if (c.draft.form !== 'true-false' || c.facts[0].kind !== 'role') continue;
        seen++;
        if (c.facts[0].entity === 'e2') {
          expect(c.draft.trueStem).toMatch(/Tomas Brandt .*as a ferry engineer at Velden Works\./);
          // The false one gives him the other person’s title (its sentence-opening capital gone), never his own.
          expect(c.draft.falseStem).toMatch(/Tomas Brandt .*as a harbour master\./);
        }
        expect(c.keys).toContain(`person-role:${c.facts[0].entity}`);
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('makes no false role statement from a bare job word, which may be true of anyone', () => {
    const text = 'Actor Ana Lindqvist opened the festival. Tomas Brandt and Omar Haddad watched.';
    const { table, texts } = tableOf(text, [role('Actor', 'e1', 'Ana Lindqvist', 'Actor')], [person('e1', 'Ana Lindqvist', ['Actor']), person('e2', 'Tomas Brandt'), person('e3', 'Omar Haddad')]);
    const { candidates } = prepareQuestions(table, { seed: 'u', kinds: ['true-false'], texts });
    expect(candidates.filter((c) => c.facts[0].kind === 'role')).toEqual([]);
  });
});

describe('timeline items that say what happened', () => {
  const dateFact = (find: string, value: string, event: string) => (f: Finder): DateFact => ({ ...f(find), kind: 'date', type: 'DATE', value, event });
  const TEXT =
    'Ana Lindqvist opened the Velden ferry terminal in March 2019. ' +
    'Tomas Brandt muddled a controversy in May 2020. ' +
    'Omar Haddad repaired the northern harbour gates in June 2021. ' +
    'Lena Okafor couched her concern in July 2022. ' +
    'Nils Berg sold the Harbour Board offices in August 2023.';
  const facts = [
    dateFact('March 2019', '2019-03', 'opened the Velden ferry terminal'),
    dateFact('May 2020', '2020-05', 'muddled a controversy'),
    dateFact('June 2021', '2021-06', 'repaired the northern harbour gates'),
    dateFact('July 2022', '2022-07', 'couched her concern'),
    dateFact('August 2023', '2023-08', 'sold the Harbour Board offices'),
  ];

  it('lists events whose words name them, and never two that could be anything', () => {
    const { table, texts } = tableOf(TEXT, facts, [person('e1', 'Ana Lindqvist'), person('e2', 'Tomas Brandt'), person('e3', 'Omar Haddad'), person('e4', 'Lena Okafor'), person('e5', 'Nils Berg')]);
    for (const seed of ['l1', 'l2', 'l3', 'l4', 'l5', 'l6']) {
      const { candidates } = prepareQuestions(table, { seed, kinds: ['timeline'], texts });
      expect(candidates).toHaveLength(1);
      const stem = candidates[0].draft.form === 'choice' ? candidates[0].draft.stem : '';
      // Three telling events are there: a vague one is never needed.
      expect(stem).not.toMatch(/muddled a controversy|couched her concern/);
      expect(stem).toMatch(/opened the Velden ferry terminal/);
    }
  });
});

describe('a sentence whose pronoun follows its own name', () => {
  it('stands alone for a true/false figure statement only when the name comes first', () => {
    const names = new Set(['velden', 'works', 'okafor']);
    expect(standsAlone('Velden Works said its profit rose to 40m euros.', names)).toBe(true);
    expect(standsAlone('Lena Okafor said he would sell 300 boats.', names)).toBe(true);
    // No name before it, or a pronoun that often points further ("it", "they"): not alone.
    expect(standsAlone('Its profit rose to 40m euros, Velden Works said.', names)).toBe(false);
    expect(standsAlone('Velden Works said it sold 300 boats.', names)).toBe(false);
    expect(standsAlone('Velden Works said its profit rose to 40m euros.')).toBe(false);
  });

  it('makes a figure statement of such a sentence', () => {
    const text = 'Harbour operator Velden Works said its ferries carried 12,400 passengers in the spring. Nothing else changed.';
    const number = (f: Finder): Fact => ({ ...f('12,400'), kind: 'number', value: 12400, qualifier: 'exact', unit: null, counts: 'passengers', approximate: false, source: null, conflictsWith: [] });
    const { table, texts } = tableOf(text, [number], [{ id: 'e1', kind: 'organization', name: 'Velden Works', aliases: [], roles: [], articles: [ARTICLE] }]);
    const { candidates } = prepareQuestions(table, { seed: 'f', kinds: ['true-false'], texts });
    const stems = candidates.map((c) => (c.draft.form === 'true-false' ? c.draft.trueStem : ''));
    expect(stems.some((s) => s.includes('Velden Works said its ferries carried _____ passengers'))).toBe(true);
  });
});

describe('cloze options the articles use like the answer, or listed near-synonyms', () => {
  const contexts = usageContextsIn([
    'Ostra said Velden harbour pilots were sent north. It confirmed that Velden harbour crews had left, and Velden dock cranes were idle.',
    'Tomas Brandt said the strike was a serious threat to the port.',
  ]);
  it('refuses a word used beside the same neighbour as the answer, one word apart at most', () => {
    // "Velden harbour pilots" / "Velden harbour crews": one referent in two words.
    expect(interchangeable(contexts, 'pilots', 'crews')).toBe(true);
    // "Velden dock cranes": "Velden" two words back, through a content word.
    expect(interchangeable(contexts, 'pilots', 'cranes')).toBe(true);
    expect(interchangeable(contexts, 'pilots', 'strike')).toBe(false);
  });
  it('refuses a listed near-synonym of news writing whatever the articles say', () => {
    expect(listedSynonyms('troops', 'soldiers')).toBe(true);
    expect(listedSynonyms('conflict', 'assault')).toBe(true);
    expect(listedSynonyms('threat', 'danger')).toBe(true);
    expect(interchangeable(contexts, 'threat', 'risks')).toBe(true);
    expect(listedSynonyms('threat', 'treaty')).toBe(false);
    expect(listedSynonyms('troops', 'weapons')).toBe(false);
  });
});
