import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../src/questions/index.js';
import { fixtureTable, texts } from './fixture.js';

/** Facts the articles disagree on (`conflictsWith` set by the disagreements refiner) have no single right answer. */
describe('questions leave disputed facts alone', () => {
  for (const kind of ['who-said', 'said-what', 'date', 'role'] as const) {
    it(`${kind}: a fact another article contradicts is never asked about`, () => {
      const table = fixtureTable();
      const asked = new Set(generateQuiz(table, { seed: 'd1', count: 12, kinds: [kind], texts }).questions.flatMap((q) => q.facts));
      expect(asked.size).toBeGreaterThan(0);
      for (const f of table.facts) if (asked.has(f.id) && f.kind !== 'number') f.conflictsWith = ['someone-else:x1'];
      const again = generateQuiz(table, { seed: 'd1', count: 12, kinds: [kind], texts }).questions.flatMap((q) => q.facts);
      for (const id of again) expect(asked.has(id)).toBe(false);
    });
  }
});
