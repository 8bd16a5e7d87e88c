import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { makeDoc } from '../../src/ingest/load.js';
import { decodeArticle } from '../../src/ingest/decode.js';
import { htmlToText } from '../../src/ingest/html.js';
import { factsFromDocs } from '../../src/pipeline.js';
import { QuizwireError } from '../../src/errors.js';
import type { Doc } from '../../src/doc.js';
import type { Diagnostic } from '../../src/schema/index.js';

const seeds = readdirSync('seeds')
  .sort()
  .map((name) => readFileSync(`seeds/${name}`, 'utf8'));
const seedSentences = seeds.flatMap((raw) => raw.split(/(?<=[.!?”"])\s+/));

const RUNS = { numRuns: 60, seed: 20241028 };

/** The Doc contract: spans in bounds and ordered; for text files, text has the raw's length. */
function expectDocInvariants(doc: Doc, html: boolean) {
  // Plain text keeps the raw's length unless mojibake was repaired; then an offsets map takes over.
  if (!html && !doc.offsets) expect(doc.text.length).toBe(doc.raw.length);
  else expect(doc.offsets!.length).toBe(doc.text.length + 1);
  let last = 0;
  for (const p of doc.paragraphs) {
    expect(p.start).toBeLessThanOrEqual(p.end);
    expect(p.start).toBeGreaterThanOrEqual(last);
    last = p.end;
  }
  expect(last).toBeLessThanOrEqual(doc.text.length);
  let prev = 0;
  for (const s of doc.sentences) {
    const p = doc.paragraphs[s.paragraph];
    expect(s.start).toBeGreaterThanOrEqual(Math.max(prev, p.start));
    expect(s.end).toBeLessThanOrEqual(p.end);
    expect(s.start).toBeLessThan(s.end);
    const text = doc.text.slice(s.start, s.end);
    expect(text.trim()).toBe(text);
    prev = s.end;
  }
}

function expectFactsMapBack(docs: Doc[], diagnostics: Diagnostic[]) {
  const table = factsFromDocs(docs, diagnostics);
  const byId = new Map(docs.map((d) => [d.article.id, d]));
  for (const f of table.facts) {
    const raw = byId.get(f.article)!.raw;
    expect(f.span.start).toBeGreaterThanOrEqual(0);
    expect(f.span.start).toBeLessThanOrEqual(f.span.end);
    expect(f.span.end).toBeLessThanOrEqual(raw.length);
    expect(raw.slice(f.span.start, f.span.end)).toBe(f.text);
    expect(f.sentence.start).toBeLessThanOrEqual(f.span.start);
    expect(f.sentence.end).toBeLessThanOrEqual(raw.length);
  }
}

const strayMarks = fc.constantFrom('"', '“', '”', '‘', '’', "'", '«', '»', '...', '…', '.', ' ', '\n', '\n\n', '\r\n', '\t', '\u00a0', '—', '(', ')', 'Ã©', 'â€™', 'â€œ', 'â€', 'Â£', 'Ã');
const unicodeText = fc.string({ unit: 'grapheme', maxLength: 80 });
const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...seedSentences) },
  { weight: 2, arbitrary: strayMarks },
  { weight: 1, arbitrary: unicodeText },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);
const article = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(' '));

describe('fuzz: the pipeline never crashes and every span maps back', () => {
  it('random articles made of sentences, stray marks and random Unicode', () => {
    fc.assert(
      fc.property(article, (raw) => {
        const diagnostics: Diagnostic[] = [];
        const doc = makeDoc(raw, 'fuzz.txt', 'fuzz', diagnostics);
        expectDocInvariants(doc, false);
        expectFactsMapBack([doc], diagnostics);
      }),
      RUNS,
    );
  });

  it('sample articles with shuffled sentences and inserted stray quote marks', () => {
    const mutated = fc
      .tuple(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.nat(), strayMarks), { maxLength: 12 }), fc.boolean())
      .map(([raw, inserts, shuffle]) => {
        let text = raw;
        if (shuffle) {
          const parts = text.split(/(?<=[.!?”"])\s+/);
          for (let i = parts.length - 1; i > 0; i--) {
            const j = (i * 7919 + parts.length) % (i + 1);
            [parts[i], parts[j]] = [parts[j], parts[i]];
          }
          text = parts.join(' ');
        }
        for (const [at, mark] of inserts) {
          const k = at % (text.length + 1);
          text = text.slice(0, k) + mark + text.slice(k);
        }
        return text;
      });
    fc.assert(
      fc.property(mutated, (raw) => {
        const diagnostics: Diagnostic[] = [];
        const doc = makeDoc(raw, 'fuzz.txt', 'fuzz', diagnostics);
        expectDocInvariants(doc, false);
        expectFactsMapBack([doc], diagnostics);
      }),
      { ...RUNS, numRuns: 30 },
    );
  });

  it('random HTML: the offset map is monotone and in bounds', () => {
    const tag = fc.constantFrom('p', 'div', 'span', 'b', 'script', 'style', 'article', 'nav', 'br', 'h1', 'li', 'figure', 'figcaption', 'a');
    const piece = fc.oneof(
      fc.tuple(fc.boolean(), tag).map(([close, t]) => (close ? `</${t}>` : `<${t} class="x">`)),
      fc.constantFrom(...seedSentences),
      fc.constantFrom('&amp;', '&ldquo;', '&rdquo;', '&#8217;', '&#x2014;', '&bogus;', '&', '<', '>', '<!-- c -->', '<![CDATA[x]]>', '<!doctype html>'),
      unicodeText,
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const raw = parts.join('');
        const r = htmlToText(raw);
        expect(r.offsets.length).toBe(r.text.length + 1);
        for (let i = 0; i < r.offsets.length; i++) {
          expect(r.offsets[i]).toBeGreaterThanOrEqual(i > 0 ? r.offsets[i - 1] : 0);
          expect(r.offsets[i]).toBeLessThanOrEqual(raw.length);
        }
        const diagnostics: Diagnostic[] = [];
        const doc = makeDoc(raw, 'fuzz.html', 'fuzz', diagnostics);
        expectDocInvariants(doc, true);
        expectFactsMapBack([doc], diagnostics);
      }),
      RUNS,
    );
  });

  it('random bytes decode to text or fail with a QuizwireError, never anything else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        try {
          const d = decodeArticle(bytes, 'fuzz.txt');
          expect(d.text.trim().length).toBeGreaterThan(0);
        } catch (e) {
          expect(e).toBeInstanceOf(QuizwireError);
          expect((e as Error).message).toMatch(/^fuzz\.txt: /);
        }
      }),
      { ...RUNS, numRuns: 300 },
    );
  });
});
