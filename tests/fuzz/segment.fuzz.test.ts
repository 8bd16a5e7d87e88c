import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitSentences } from '../../src/segment/sentences.js';
import { cleanText } from '../../src/ingest/clean.js';

const RUNS = { numRuns: 300, seed: 424242 };
const piece = fc.oneof(
  fc.constantFrom('Mr.', 'U.S.', 'Sept.', 'a.m.', 'No.', 'etc.', 'J.', '...', '…', '?', '!', '."', '.”', '"', '“', '(', ')', ' ', '\n', '3.5', 'The', 'said', 'he', 'X'),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);
const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(' '));

describe('fuzz: sentences and cleaning keep their contracts', () => {
  it('sentences are ordered, non-empty, trimmed and inside the paragraph', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const start = Math.min(a, b) % (t.length + 1);
        const end = start + (Math.max(a, b) % (t.length - start + 1));
        let last = start;
        for (const s of splitSentences(t, { start, end })) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeLessThanOrEqual(end);
          expect(s.start).toBeLessThan(s.end);
          expect(t.slice(s.start, s.end).trim()).toBe(t.slice(s.start, s.end));
          last = s.end;
        }
      }),
      RUNS,
    );
  });

  it('cleaning keeps the length, only ever writes spaces, and keeps paragraphs in bounds', () => {
    fc.assert(
      fc.property(text, (t) => {
        const c = cleanText(t, 0, { markdown: t.length % 2 === 0 });
        expect(c.text.length).toBe(t.length);
        for (let i = 0; i < t.length; i++) if (c.text[i] !== t[i]) expect(c.text[i]).toBe(' ');
        let last = 0;
        for (const p of c.paragraphs) {
          expect(p.start).toBeGreaterThanOrEqual(last);
          expect(p.end).toBeLessThanOrEqual(t.length);
          last = p.end;
        }
      }),
      RUNS,
    );
  });
});
