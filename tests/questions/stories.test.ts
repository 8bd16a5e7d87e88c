import { describe, expect, it } from 'vitest';
import { storiesOf } from '../../src/questions/stories.js';
import type { Fact, FactTable } from '../../src/schema/index.js';

const article = (id: string) => ({ id, path: `${id}.txt`, publishedFrom: 'unknown' as const });
const base = (id: string, article: string, corroboratedBy: string[]) => ({
  id,
  article,
  span: { start: 0, end: 1 },
  text: 'x',
  sentence: { start: 0, end: 1 },
  corroboratedBy,
  extractor: 'test',
});

function table(facts: Fact[]): FactTable {
  return { schemaVersion: 1, articles: ['a', 'b', 'c', 'd'].map(article), entities: [], facts, diagnostics: [] };
}

describe('storiesOf', () => {
  it('in a pile of many articles, people named in most of them do not join stories; in a handful they do', () => {
    const person = (id: string, articles: string[]) => ({ id, kind: 'person' as const, name: id, aliases: [], roles: [], articles });
    const pile = (n: number): FactTable => {
      const ids = Array.from({ length: n }, (_, i) => `a${String(i).padStart(2, '0')}`);
      // Two heads of state named everywhere, and two local people shared by the first two articles only.
      return { schemaVersion: 1, articles: ids.map(article), entities: [person('p1', ids), person('p2', ids), person('p3', ids.slice(0, 2)), person('p4', ids.slice(0, 2))], facts: [], diagnostics: [] };
    };
    const many = storiesOf(pile(24));
    expect(many('a00')).toBe(many('a01'));
    expect(many('a02')).not.toBe(many('a03'));
    const few = storiesOf(pile(6));
    expect(new Set(['a00', 'a01', 'a02', 'a03', 'a04', 'a05'].map(few)).size).toBe(1);
  });

  it('joins articles that share two facts or people, in any order of joins', () => {
    const story = storiesOf(
      table([
        { ...base('q', 'c', ['b']), kind: 'quote', direct: true, cue: 'said', speaker: { entity: null, name: null, mention: null } },
        { ...base('q2', 'b', ['c']), kind: 'quote', direct: true, cue: 'said', speaker: { entity: null, name: null, mention: null } },
        { ...base('q3', 'c', ['b']), kind: 'quote', direct: true, cue: 'said', speaker: { entity: null, name: null, mention: null } },
        { ...base('q4', 'b', ['c']), kind: 'quote', direct: true, cue: 'said', speaker: { entity: null, name: null, mention: null } },
        { ...base('d', 'a', ['b']), kind: 'date', type: 'DATE', value: '2024-01-02', event: null },
        { ...base('d2', 'a', ['b']), kind: 'date', type: 'DATE', value: '2024-01-03', event: null },
      ]),
    );
    expect(new Set(['a', 'b', 'c'].map(story))).toEqual(new Set(['a']));
    expect(story('d')).toBe('d');
  });

  it('one shared figure alone does not make one story', () => {
    const story = storiesOf(
      table([
        {
          ...base('n', 'a', ['d']),
          kind: 'number',
          value: 3,
          qualifier: 'exact',
          unit: '%',
          counts: null,
          approximate: false,
          source: null,
          conflictsWith: [],
        },
      ]),
    );
    expect(story('a')).not.toBe(story('d'));
  });
});
