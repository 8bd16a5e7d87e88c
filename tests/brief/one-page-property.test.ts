import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Briefing } from '../../src/brief/index.js';
import { renderBriefingPdf } from '../../src/render/pdf/briefing.js';
import { readPdf } from './pdf-text.js';

const word = fc.stringMatching(/^[A-Za-zÀ-ɏЀ-ӿ0-9,.'"-]{1,14}$/);
const words = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max }).map((w) => w.join(' '));
const articles = fc.integer({ min: 1, max: 40 }).map((n) => Array.from({ length: n }, (_, i) => `a${i}`));

/** Any briefing of any size: the layout must still give one page with nothing off it. */
const briefing = articles.chain((ids) => {
  const reportedBy = fc.subarray(ids, { minLength: 1 });
  const ranked = <T>(item: fc.Arbitrary<T>, max: number) => fc.array(fc.tuple(item, fc.double({ min: 0, max: 5, noNaN: true })).map(([x, rank]) => ({ ...x, rank })), { maxLength: max });
  return fc.record({
    title: words(1, 30),
    titleFrom: fc.constant('article-title' as const),
    keyNames: fc.constant([]),
    asOf: fc.option(fc.constant('2030-01-02'), { nil: null }),
    outlets: fc.array(words(1, 4), { maxLength: 8 }),
    sources: fc.constant(ids.map((article, i) => ({ article, number: i + 1, label: `#${i + 1}`, outlet: null, title: `Title of article ${i + 1} about something`, published: null, path: `${article}.txt`, cited: i % 3 }))),
    whatHappened: ranked(fc.record({ text: words(6, 55), article: fc.constantFrom(...ids), span: fc.constant({ start: 0, end: 1 }), reportedBy }), 5),
    keyNumbers: ranked(fc.record({ figure: words(1, 4), what: words(1, 25), whatFromCounts: fc.boolean(), saidBy: fc.option(words(1, 3), { nil: null }), facts: fc.constant(['f']), reportedBy }), 8),
    keyQuotes: ranked(fc.record({ speaker: fc.option(words(1, 3), { nil: null }), role: fc.option(words(1, 10), { nil: null }), quote: words(4, 70), facts: fc.constant(['f']), reportedBy }), 6),
    timeline: ranked(fc.record({ value: fc.constant('2030'), sortKey: fc.constant('2030-01-01'), date: fc.constant('1 Jan 2030'), event: words(1, 20), facts: fc.constant(['f']), reportedBy }), 7),
    whosWho: ranked(fc.record({ entity: fc.constant('e'), name: words(1, 4), kind: fc.constant('person' as const), roles: fc.array(words(1, 12), { maxLength: 2 }), articles: reportedBy }), 10),
    differences: ranked(fc.record({ kind: fc.constantFrom('number' as const, 'date' as const, 'role' as const, 'quote' as const), about: fc.option(words(1, 16), { nil: null }), variants: fc.array(fc.record({ figure: words(1, 6), saidBy: fc.option(words(1, 3), { nil: null }), facts: fc.constant(['f']), reportedBy }), { minLength: 2, maxLength: 3 }) }), 4),
    questions: ranked(fc.record({ stem: words(3, 30), options: fc.array(words(1, 8), { minLength: 2, maxLength: 4 }), answer: fc.constant(0), facts: fc.constant(['f']) }), 3),
  });
});

describe('any briefing fits on one page', () => {
  it('never overflows, never goes below 8 pt, on either paper', async () => {
    await fc.assert(
      fc.asyncProperty(briefing, fc.constantFrom('a4' as const, 'letter' as const), async (b, paper) => {
        const r = await readPdf(await renderBriefingPdf(Briefing.parse(b), { paper }));
        expect(r.pages).toBe(1);
        expect(r.outside).toEqual([]);
        expect(r.minFontSize).toBeGreaterThanOrEqual(7.99);
      }),
      { numRuns: 12, seed: 20311 },
    );
  });
});
