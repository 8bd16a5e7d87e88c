import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { factsFromFiles } from '../../src/pipeline.js';
import { FactTable } from '../../src/schema/index.js';

/**
 * Golden fact table for the bundled sample. A change in extraction shows up here as a diff to
 * review; when the change is an improvement, regenerate with `UPDATE_GOLDEN=1 npx vitest run tests/golden`.
 */
const GOLDEN = join('tests', 'fixtures', 'golden', 'seeds-facts.json');

describe('golden fact table for seeds/', () => {
  const table = factsFromFiles(['seeds']);
  const json = `${JSON.stringify(table, null, 2)}\n`;

  it('matches the reviewed golden file', () => {
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN)) writeFileSync(GOLDEN, json);
    expect(json).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('is a valid fact table whose spans map back to the files', () => {
    FactTable.parse(table);
    const raw = new Map(table.articles.map((a) => [a.id, readFileSync(a.path, 'utf8')]));
    for (const f of table.facts) {
      expect(raw.get(f.article)!.slice(f.span.start, f.span.end)).toBe(f.text);
      expect(f.sentence.start).toBeLessThanOrEqual(f.span.start);
      expect(f.sentence.end).toBeGreaterThanOrEqual(f.span.end);
    }
  });

  it('has the key facts a teacher would check first', () => {
    const quotes = table.facts.filter((f) => f.kind === 'quote');
    const saidBy = (words: string) => quotes.filter((q) => q.text.includes(words)).map((q) => q.speaker.name);
    expect(saidBy('The deepening military cooperation between Russia and North Korea')).toEqual(expect.arrayContaining(['Mark Rutte']));
    expect(new Set(saidBy('The deepening military cooperation between Russia and North Korea'))).toEqual(new Set(['Mark Rutte']));
    expect(saidBy('This is an escalation. Sanctions alone are not enough.')).toEqual(['Andriy Yermak']);
    expect(saidBy('This is a calculation that North Korea has to make.')).toEqual(['Sabrina Singh']);

    const casualties = table.facts.filter((f) => f.kind === 'number' && f.value === 600000);
    expect(casualties.length).toBeGreaterThanOrEqual(3);
    for (const n of casualties) {
      if (n.kind !== 'number') continue;
      expect(n.qualifier).toBe('more-than');
      expect(n.counts).toMatch(/Russian soldiers/);
      expect(n.corroboratedBy.length).toBeGreaterThanOrEqual(2);
    }

    const dates = table.facts.filter((f) => f.kind === 'date');
    expect(dates.find((d) => d.text === 'early August')).toMatchObject({ type: 'DATE', value: '2024-08' });
    expect(dates.find((d) => d.text === 'Last week')).toMatchObject({ value: '2024-W43' });

    const byName = new Map(table.entities.map((e) => [e.name, e]));
    expect(byName.get('Mark Rutte')?.roles).toEqual(expect.arrayContaining(['NATO Secretary General']));
    expect(byName.get('Volodymyr Zelenskyy')?.aliases).toEqual(expect.arrayContaining(['Volodymyr Zelensky', 'Volodymyr Zelenskiy']));
    expect(byName.has('Andriy Yermak') && byName.has('Andrii Sybiha')).toBe(true);
  });
});
