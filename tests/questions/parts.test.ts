import { describe, expect, it } from 'vitest';
import { prepareQuestions } from '../../src/questions/index.js';
import { isPart, sentenceSpans } from '../../src/questions/parts.js';
import { selectCandidates } from '../../src/questions/select.js';
import { streamFor } from '../../src/questions/random.js';
import { ARTICLE, quote, tableOf, type Finder } from './snippet-table.js';
import type { Entity, Fact } from '../../src/schema/index.js';

const person = (id: string, name: string, roles: string[] = []): Entity => ({ id, kind: 'person', name, aliases: [name.split(' ').at(-1)!], roles, articles: [ARTICLE] });

const LONG =
  'The new flood barrier has protected every home in the lower town since the spring storms began. ' +
  'It cost less than anyone feared at the start. ' +
  'Engineers from the Water Board worked through the night to finish the eastern gates before the river peaked. ' +
  'In exchange, the council will pay for new pumps in the harbour district next year.';
const TEXT = `Mayor Ana Lindqvist spoke at the town hall on Friday.\n\n“${LONG}”\n\nWater Board chair Tomas Brandt and Engineer Omar Haddad and Farmer Lena Okafor were also there.`;

describe('sentences of a long quote', () => {
  it('splits at sentence ends, not after an abbreviation or initials', () => {
    const text = 'The U.S. Army came with Mr. Bell at 9 a.m. sharp. Then the rain stopped. “Yes,” she wrote.';
    expect(sentenceSpans(text).map(([s, e]) => text.slice(s, e))).toEqual(['The U.S. Army came with Mr. Bell at 9 a.m. sharp.', 'Then the rain stopped.', '“Yes,” she wrote.']);
  });

  it('asks about each sentence that stands alone, with its own exact span, and never one that points back', () => {
    // The role where the text gives it ("Engineer Omar Haddad"), not the first "Engineer" of "Engineers" in the quote.
    const role = (find: string, entity: string, name: string) => (f: Finder): Fact => ({ ...f(`${find} ${name}`), kind: 'role', entity, name, role: find });
    const { table, texts } = tableOf(
      TEXT,
      [quote(LONG, 'e1', 'Ana Lindqvist', true), role('Water Board chair', 'e2', 'Tomas Brandt'), role('Engineer', 'e3', 'Omar Haddad'), role('Farmer', 'e4', 'Lena Okafor')],
      [person('e1', 'Ana Lindqvist', ['Mayor']), person('e2', 'Tomas Brandt', ['Water Board chair']), person('e3', 'Omar Haddad', ['Engineer']), person('e4', 'Lena Okafor', ['Farmer'])],
    );
    const { candidates } = prepareQuestions(table, { seed: 'p', texts });
    const fromParts = candidates.filter((c) => c.facts.some(isPart));
    expect(fromParts.length).toBeGreaterThanOrEqual(2);
    for (const c of fromParts) {
      const f = c.facts[0];
      expect(f.id).toBe(table.facts[0].id);
      expect(TEXT.slice(f.span.start, f.span.end)).toBe(f.text);
      expect(f.text).not.toMatch(/^(?:It|In exchange)\b/);
    }
    const whoSaid = fromParts.filter((c) => c.kind === 'who-said');
    expect(whoSaid.map((c) => c.draft.form === 'choice' && c.draft.answer)).toContain('Ana Lindqvist');
    // Two sentences of one quote make two questions.
    const picked = selectCandidates(candidates, 10, streamFor('p'));
    expect(new Set(picked.filter((c) => c.facts.some(isPart)).map((c) => c.facts[0].span.start)).size).toBeGreaterThanOrEqual(2);
  });
});
