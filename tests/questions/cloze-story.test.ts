import { describe, expect, it } from 'vitest';
import { prepareQuestions } from '../../src/questions/index.js';
import { ARTICLE, quote, tableOf, type Finder } from './snippet-table.js';
import type { Entity, Fact } from '../../src/schema/index.js';

const person = (id: string, name: string, roles: string[] = []): Entity => ({ id, kind: 'person', name, aliases: [name.split(' ').at(-1)!], roles, articles: [ARTICLE] });
const role = (find: string, entity: string, name: string) => (f: Finder): Fact => ({ ...f(find), kind: 'role', entity, name, role: find });

const day = (find: string, value: string) => (f: Finder): Fact => ({ ...f(find), kind: 'date', type: 'DATE', value, event: null });

describe('quote cloze in a story with one quote', () => {
  it('takes same-slot wrong words from the story\u2019s own sentences, never the blanked one', () => {
    const text =
      'Coach Ana Lindqvist praised the squad after the final whistle. ' +
      'The visitors lost the semi-final on Sunday after a penalty in the closing minutes of the match. ' +
      'Supporters waited outside the stadium on Monday for the players, and the mayor promised a parade. ' +
      'Lindqvist said: “We showed the whole country what this squad can do under the heaviest pressure.”';
    const { table, texts } = tableOf(text, [quote('We showed the whole country what this squad can do under the heaviest pressure.', 'e1', 'Ana Lindqvist', true), role('Coach', 'e1', 'Ana Lindqvist'), day('on Sunday', 'XXXX-WXX-7'), day('on Monday', 'XXXX-WXX-1')], [person('e1', 'Ana Lindqvist', ['Coach'])]);
    let made = 0;
    for (const seed of ['c1', 'c2', 'c3', 'c4']) {
      const { candidates } = prepareQuestions(table, { seed, kinds: ['quote-cloze'], texts });
      for (const c of candidates) {
        if (c.draft.form !== 'choice') continue;
        made++;
        const all = [c.draft.answer, ...c.draft.distractors];
        expect(new Set(all.map((w) => w.toLowerCase())).size).toBe(4);
        // Every wrong word is a word of the story.
        for (const d of c.draft.distractors) expect(text).toContain(d);
        expect(c.draft.stem).toContain('_____');
        expect(c.draft.stem).not.toContain(` ${c.draft.answer} `);
      }
    }
    expect(made).toBeGreaterThan(0);
  });
});
