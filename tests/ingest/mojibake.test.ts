import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../src/ingest/mojibake.js';
import { makeDoc } from '../../src/ingest/load.js';
import { toRawSpan } from '../../src/doc.js';
import { factsFromDocs } from '../../src/pipeline.js';
import type { Diagnostic } from '../../src/schema/index.js';

/** What a UTF-8 file looks like after a trip through Windows-1252: each byte becomes a character. */
function garble(text: string): string {
  const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
  return [...Buffer.from(text, 'utf8')].map((b) => (b >= 0x80 && b < 0xa0 ? high[b - 0x80] : String.fromCharCode(b))).join('');
}

describe('repairMojibake', () => {
  it.each([
    ['accented names', 'Renée Façade met Zoë.'],
    ['curly quotes and apostrophes', '“We won’t stop,” she said – twice…'],
    ['currency signs', 'It cost £2.7m, or €3.1m.'],
    ['non-Latin letters', 'Greek Ωμέγα and Cyrillic Жук.'],
  ])('repairs %s', (_name, clean) => {
    const raw = garble(clean);
    expect(raw).not.toBe(clean);
    const r = repairMojibake(raw)!;
    expect(r.text).toBe(clean);
    expect(r.offsets).toHaveLength(r.text.length + 1);
    expect(r.offsets[r.text.length]).toBe(raw.length);
  });

  it('maps every repaired character to the start of its sequence in the original', () => {
    const raw = garble('Café Noël');
    const r = repairMojibake(raw)!;
    expect(r.text).toBe('Café Noël');
    expect(raw.slice(r.offsets[3], r.offsets[4])).toBe('Ã©');
    expect(raw.slice(r.offsets[0], r.offsets[3])).toBe('Caf');
  });

  it('repairs a closing quote whose last byte was lost or replaced', () => {
    expect(repairMojibake('â€œYes,â€ he said. â€œNo,â€\ufffd she said.')!.text).toBe('“Yes,” he said. “No,” she said.');
  });

  it('reads a lost third byte between two letters as a hyphen', () => {
    expect(repairMojibake('A longâ€term plan for the realâ€world.')!.text).toBe('A long‐term plan for the real‐world.');
  });

  it('leaves clean text alone, in English, French or with symbols', () => {
    for (const text of ['Plain ASCII text.', 'Le café où Hélène a dîné — « très bien ».', 'ÉCOLE° and Ñ» are odd but real.', 'It costs £5 — “cheap”.']) {
      expect(repairMojibake(text)).toBeNull();
    }
  });

  it('needs the pattern more than once unless it is unmistakable', () => {
    expect(repairMojibake('One odd pair: Ã© and nothing else.')).toBeNull();
    expect(repairMojibake('One odd pair: Ã© and Ã¨.')!.text).toBe('One odd pair: é and è.');
    expect(repairMojibake('It wasnâ€™t.')!.text).toBe('It wasn’t.');
  });
});

describe('makeDoc with mojibake', () => {
  const clean = 'Council news today\n\nThe council met on Tuesday. “We won’t pay £2.7m for a café,” said Renée Façade, the mayor.\n';

  it('reads repaired text, warns, and maps spans to the original file', () => {
    const raw = garble(clean);
    const diagnostics: Diagnostic[] = [];
    const doc = makeDoc(raw, 'a.txt', 'a', diagnostics);
    expect(doc.raw).toBe(raw);
    expect(doc.article.title).toBe('Council news today');
    const sentences = doc.sentences.map((s) => doc.text.slice(s.start, s.end));
    expect(sentences).toEqual(['The council met on Tuesday.', '“We won’t pay £2.7m for a café,” said Renée Façade, the mayor.']);
    expect(diagnostics.filter((d) => d.rule === 'mojibake')).toHaveLength(1);
    const second = toRawSpan(doc, doc.sentences[1]);
    expect(raw.slice(second.start, second.end)).toBe(garble(sentences[1]));
    // A span ending on a repaired character takes its whole sequence.
    const cafe = doc.text.indexOf('café');
    const span = toRawSpan(doc, { start: cafe, end: cafe + 4 });
    expect(raw.slice(span.start, span.end)).toBe('cafÃ©');
  });

  it('repairs HTML too, entities and all', () => {
    const raw = garble('<html><body><article><p>“We won’t pay £2.7m for a caf&eacute;,” said Renée Façade, the mayor of the town, on Tuesday.</p></article></body></html>');
    const doc = makeDoc(raw, 'a.html', 'a', []);
    expect(doc.text).toContain('“We won’t pay £2.7m for a café,” said Renée Façade');
    const s = toRawSpan(doc, doc.sentences[0]);
    expect(raw.slice(s.start, s.end)).toMatch(/^â€œWe wonâ€™t .* on Tuesday\.$/);
  });

  it('keeps every fact span exact in the original text', () => {
    const raw = garble(clean);
    const doc = makeDoc(raw, 'a.txt', 'a', []);
    const table = factsFromDocs([doc]);
    expect(table.facts.length).toBeGreaterThan(0);
    for (const f of table.facts) expect(raw.slice(f.span.start, f.span.end)).toBe(f.text);
  });

  it('gives no warning for a clean file', () => {
    const diagnostics: Diagnostic[] = [];
    const doc = makeDoc(clean, 'a.txt', 'a', diagnostics);
    expect(doc.offsets).toBeNull();
    expect(diagnostics.filter((d) => d.rule === 'mojibake')).toEqual([]);
  });
});
