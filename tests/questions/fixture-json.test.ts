import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FactTable } from '../../src/schema/index.js';
import { fixtureTable } from './fixture.js';

/** The hand-made table as JSON, for `quizwire quiz --facts` in CLI tests and the class benchmark. */
const FILE = join(import.meta.dirname, '..', 'fixtures', 'questions', 'fact-table.json');

describe('fixture fact table JSON', () => {
  it('matches the hand-made table (UPDATE_FIXTURES=1 rewrites it)', () => {
    const json = `${JSON.stringify(fixtureTable(), null, 2)}\n`;
    if (process.env.UPDATE_FIXTURES) writeFileSync(FILE, json);
    expect(readFileSync(FILE, 'utf8')).toBe(json);
    expect(FactTable.safeParse(JSON.parse(json)).success).toBe(true);
  });
});
