import { describe, expect, it } from 'vitest';
import { storiesOf, storyGroups } from '../src/stories.js';
import type { Entity, Fact, FactTable } from '../src/schema/index.js';

const article = (id: string, title?: string) => ({ id, path: `${id}.txt`, publishedFrom: 'unknown' as const, ...(title ? { title } : {}) });
const base = (id: string, article: string, corroboratedBy: string[]) => ({
  id,
  article,
  span: { start: 0, end: 1 },
  text: 'x',
  sentence: { start: 0, end: 1 },
  corroboratedBy,
  extractor: 'test',
});
const entity = (id: string, kind: Entity['kind'], articles: string[]): Entity => ({ id, kind, name: id, aliases: [], roles: [], articles });
const quote = (id: string, a: string, b: string): Fact => ({ ...base(id, a, [b]), kind: 'quote', direct: true, cue: 'said', speaker: { entity: null, name: null, mention: null } });
const ids = (n: number) => Array.from({ length: n }, (_, i) => `a${String(i).padStart(2, '0')}`);

function table(articles: string[], entities: Entity[] = [], facts: Fact[] = [], titles: Record<string, string> = {}): FactTable {
  return { schemaVersion: 1, articles: articles.map((a) => article(a, titles[a])), entities, facts, diagnostics: [] };
}

describe('storiesOf: which articles tell one story', () => {
  it('in a pile of many articles, people named in most of them do not join stories; in a handful they do', () => {
    // Two heads of state named everywhere, and two local people shared by the first two articles only.
    const pile = (n: number) => table(ids(n), [entity('p1', 'person', ids(n)), entity('p2', 'person', ids(n)), entity('p3', 'person', ids(2)), entity('p4', 'person', ids(2))]);
    const many = storiesOf(pile(24));
    expect(many('a00')).toBe(many('a01'));
    expect(many('a02')).not.toBe(many('a03'));
    const few = storiesOf(pile(6));
    expect(new Set(ids(6).map(few)).size).toBe(1);
  });

  it('names shared by most of a small pile are fixtures: a prime minister and an opposition leader in ten of fourteen reports join nothing', () => {
    const all = ids(14);
    const story = storiesOf(table(all, [entity('pm', 'person', all.slice(0, 10)), entity('leader', 'person', all.slice(2, 9)), entity('country', 'place', all.slice(0, 9))]));
    expect(new Set(all.map(story)).size).toBe(14);
  });

  it('two rare names join two articles across a pile of fixtures; one rare name alone does not', () => {
    const all = ids(14);
    const fixtures = [entity('pm', 'person', all.slice(0, 10)), entity('leader', 'person', all.slice(0, 7))];
    const one = storiesOf(table(all, [...fixtures, entity('aide', 'person', ['a03', 'a05'])]));
    expect(one('a03')).not.toBe(one('a05'));
    const two = storiesOf(table(all, [...fixtures, entity('aide', 'person', ['a03', 'a05']), entity('union', 'organization', ['a03', 'a05'])]));
    expect(two('a03')).toBe(two('a05'));
    expect(two('a00')).not.toBe(two('a03'));
  });

  it('places count half: two shared towns alone do not join, a town and a person do', () => {
    const all = ids(8);
    const towns = storiesOf(table(all, [entity('Velmar', 'place', ['a01', 'a02']), entity('Orsk', 'place', ['a01', 'a02'])]));
    expect(towns('a01')).not.toBe(towns('a02'));
    const withPerson = storiesOf(table(all, [entity('Velmar', 'place', ['a01', 'a02']), entity('Orsk', 'place', ['a01', 'a02']), entity('Ana Sorel', 'person', ['a01', 'a02'])]));
    expect(withPerson('a01')).toBe(withPerson('a02'));
  });

  it('headline words only two headlines share join them; a word every headline has does not', () => {
    const all = ids(8);
    const titles: Record<string, string> = Object.fromEntries(all.map((a, i) => [a, `Council budget row, part ${i}`]));
    titles.a02 = 'Council ferry strike spreads to Velmar';
    titles.a05 = 'Velmar ferry strike ends';
    const story = storiesOf(table(all, [], [], titles));
    expect(story('a02')).toBe(story('a05'));
    expect(story('a00')).not.toBe(story('a02'));
  });

  it('joins articles that share two quotes, in any order of joins', () => {
    const story = storiesOf(table(['a', 'b', 'c', 'd'], [], [quote('q', 'c', 'b'), quote('q2', 'b', 'c'), quote('q3', 'c', 'b'), quote('q4', 'b', 'c')]));
    expect(story('b')).toBe(story('c'));
    expect(story('a')).not.toBe(story('b'));
    expect(story('d')).toBe('d');
  });

  it('a line quoted by many articles weighs by rarity: two such lines do not join, two quoted by two articles only do', () => {
    const all = ids(8);
    const everywhere = (id: string): Fact => ({ ...quote(id, 'a00', 'a01'), corroboratedBy: all.slice(1, 6) });
    const story = storiesOf(table(all, [], [everywhere('q1'), everywhere('q2')]));
    expect(story('a00')).not.toBe(story('a01'));
    const rare = storiesOf(table(all, [], [quote('q1', 'a00', 'a01'), quote('q2', 'a00', 'a01')]));
    expect(rare('a00')).toBe(rare('a01'));
  });

  it('a shared figure or date counts half: one alone does not make one story', () => {
    const number: Fact = { ...base('n', 'a', ['d']), kind: 'number', value: 3, qualifier: 'exact', unit: '%', counts: null, approximate: false, source: null, conflictsWith: [] };
    const date: Fact = { ...base('t', 'a', ['d']), kind: 'date', type: 'DATE', value: '2024-01-02', event: null };
    const story = storiesOf(table(['a', 'b', 'c', 'd'], [], [number, date]));
    expect(story('a')).not.toBe(story('d'));
    const more = storiesOf(table(['a', 'b', 'c', 'd'], [], [number, date, quote('q', 'a', 'd')]));
    expect(more('a')).toBe(more('d'));
  });

  it('does not depend on the order of entities; groups come in the order of their first article', () => {
    const all = ids(6);
    const entities = [entity('x', 'person', ['a04', 'a01']), entity('y', 'organization', ['a01', 'a04']), entity('z', 'person', ['a02', 'a05']), entity('w', 'person', ['a05', 'a02'])];
    const t = table(all, entities);
    const reversed = table(all, [...entities].reverse());
    expect(storyGroups(t)).toEqual([['a00'], ['a01', 'a04'], ['a02', 'a05'], ['a03']]);
    expect(storyGroups(reversed)).toEqual(storyGroups(t));
    expect(all.map(storiesOf(t))).toEqual(all.map(storiesOf(reversed)));
  });
});
