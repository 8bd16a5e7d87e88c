import { describe, expect, it } from 'vitest';
import { prepareQuestions } from '../../src/questions/index.js';
import { ARTICLE, quote, tableOf } from './snippet-table.js';
import type { Entity } from '../../src/schema/index.js';

const person = (id: string, name: string, roles: string[] = []): Entity => ({ id, kind: 'person', name, aliases: [name.split(' ').at(-1)!], roles, articles: [ARTICLE] });

const TEXT =
  'Mayor Ana Lindqvist said the new flood barrier would protect every home in the lower town. ' +
  'Tomas Brandt and Omar Haddad watched from the bank while Lena Okafor, who farms nearby, brought tea. ' +
  'Ana Bell, her sister, filmed the gates. Priya Desai stood beside Lindqvist when she spoke. ' +
  'Engineer Omar Haddad said the gates held through the night.';

function whoSaidOptions(entities: Entity[]) {
  const { table, texts } = tableOf(TEXT, [quote('the new flood barrier would protect every home in the lower town', 'e1', 'Ana Lindqvist', false)], entities);
  const out: string[][] = [];
  for (const seed of ['n1', 'n2', 'n3', 'n4', 'n5', 'n6']) {
    const { candidates } = prepareQuestions(table, { seed, kinds: ['who-said'], texts });
    for (const c of candidates) if (c.draft.form === 'choice') out.push([c.draft.answer, ...c.draft.distractors]);
  }
  return out;
}

describe('who-said distractors from people the story only names', () => {
  const entities = [person('e1', 'Ana Lindqvist', ['Mayor']), person('e2', 'Tomas Brandt'), person('e3', 'Omar Haddad'), person('e4', 'Lena Okafor'), person('e5', 'Ana Bell'), person('e6', 'Priya Desai')];

  it('asks who said it when the story quotes one person but names others', () => {
    const options = whoSaidOptions(entities);
    expect(options.length).toBeGreaterThan(0);
    for (const o of options) {
      expect(o[0]).toBe('Ana Lindqvist');
      // Someone who shares a name word may be the speaker under another name; a name in the quote's own sentence may be the real speaker.
      expect(o).not.toContain('Ana Bell');
    }
  });

  it('never offers someone named in the sentence of the quote', () => {
    const text = TEXT.replace('Mayor Ana Lindqvist said', 'Mayor Ana Lindqvist, next to Tomas Brandt, said');
    const { table, texts } = tableOf(text, [quote('the new flood barrier would protect every home in the lower town', 'e1', 'Ana Lindqvist', false)], entities);
    for (const seed of ['m1', 'm2', 'm3', 'm4']) {
      const { candidates } = prepareQuestions(table, { seed, kinds: ['who-said', 'true-false'], texts });
      expect(candidates.length).toBeGreaterThan(0);
      for (const c of candidates) {
        if (c.draft.form === 'choice') expect(c.draft.distractors).not.toContain('Tomas Brandt');
        else expect(c.draft.falseStem).not.toContain('Tomas Brandt');
      }
    }
  });

  it('never offers a name and the same name inside a longer one ("X" and "X\'s office")', () => {
    const text = `${TEXT} Tomas Brandt's office said the pumps were new. The Velden Water Board said the gates were old.`;
    const org = (id: string, name: string): Entity => ({ id, kind: 'organization', name, aliases: [], roles: [], articles: [ARTICLE] });
    const few = [person('e1', 'Ana Lindqvist', ['Mayor']), person('e2', 'Tomas Brandt'), person('e3', 'Omar Haddad'), org('e7', "Tomas Brandt's office"), org('e8', 'Velden Water Board')];
    const facts = [
      quote('the new flood barrier would protect every home in the lower town', 'e1', 'Ana Lindqvist', false),
      quote('the pumps were new', 'e7', "Tomas Brandt's office", false),
      quote('the gates were old', 'e8', 'Velden Water Board', false),
    ];
    const { table, texts } = tableOf(text, facts, few);
    let seen = 0;
    for (const seed of ['o1', 'o2', 'o3', 'o4', 'o5', 'o6', 'o7', 'o8', 'o9', 'o10']) {
      for (const c of prepareQuestions(table, { seed, kinds: ['who-said'], texts }).candidates) {
        if (c.draft.form !== 'choice' || c.draft.answer !== 'Ana Lindqvist') continue;
        const options = [c.draft.answer, ...c.draft.distractors];
        seen++;
        expect(options).toContain('Tomas Brandt');
        expect(options).not.toContain("Tomas Brandt's office");
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('makes no who-said question when the story names too few other people', () => {
    expect(whoSaidOptions([person('e1', 'Ana Lindqvist', ['Mayor']), person('e2', 'Tomas Brandt')])).toEqual([]);
  });
});

describe('a quote that names a title', () => {
  it('never swaps in the person who holds it', async () => {
    const { namesTitle } = await import('../../src/questions/kinds/who-said.js');
    expect(namesTitle('Now, the Harbour Secretary-General confirmed this.', ['Harbour Secretary-General'])).toBe(true);
    expect(namesTitle('The harbour will reopen in spring.', ['Harbour Secretary-General'])).toBe(false);
    expect(namesTitle('Anything at all', [])).toBe(false);
  });
});
