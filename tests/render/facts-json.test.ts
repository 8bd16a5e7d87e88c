import { describe, expect, it } from 'vitest';
import { factsFromFiles } from '../../src/pipeline.js';
import { factsJsonPieces, formatFacts } from '../../src/render/facts-format.js';
import type { FactTable } from '../../src/schema/index.js';

const joined = (table: FactTable) => [...factsJsonPieces(table)].join('');

describe('facts JSON in pieces', () => {
  it('is the same text as the whole-table JSON for the sample articles', () => {
    const seeds = factsFromFiles(['seeds']);
    expect(seeds.facts.length).toBeGreaterThan(100);
    // Long enough for several batches.
    const table = { ...seeds, facts: [...seeds.facts, ...seeds.facts, ...seeds.facts] };
    const pieces = [...factsJsonPieces(table)];
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.join('')).toBe(formatFacts(table, 'json'));
  });

  it('is the same text for empty lists and one-item lists', () => {
    const empty: FactTable = { schemaVersion: 1, articles: [], entities: [], facts: [], diagnostics: [] };
    expect(joined(empty)).toBe(formatFacts(empty, 'json'));
    const table = factsFromFiles(['seeds']);
    const one: FactTable = { ...table, articles: table.articles.slice(0, 1), facts: table.facts.slice(0, 1), entities: [], diagnostics: [] };
    expect(joined(one)).toBe(formatFacts(one, 'json'));
  });
});
