import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/ingest/load.js';
import { numbersExtractor } from '../../src/extract/numbers/index.js';
import type { DocExtraction, NumberDraft } from '../../src/extract/types.js';

function numbersIn(text: string): Array<NumberDraft & { text: string }> {
  const doc = makeDoc(text, 'snippet.txt', 'snippet', []);
  const sofar: DocExtraction = { doc, mentions: [], facts: [], diagnostics: [] };
  const facts = (numbersExtractor.extract(doc, sofar).facts ?? []) as NumberDraft[];
  return facts.map((f) => ({ ...f, text: doc.raw.slice(f.span.start, f.span.end) }));
}
const texts = (text: string) => numbersIn(text).map((f) => f.text);

describe('race and stopwatch times', () => {
  it('reads every part of "3hr 12min 09sec" with its glued unit', () => {
    const got = numbersIn('Brannoch won the 150km stage in 3hr 12min 09sec on Friday.');
    expect(got.map((f) => [f.text, f.value, f.unit])).toEqual([
      ['150km', 150, 'km'], ['3hr', 3, 'h'], ['12min', 12, 'min'], ['09sec', 9, 's'],
    ]);
  });
  it('reads gaps in seconds and minutes ("at 12sec", "at 1min 04sec")', () => {
    expect(texts('Odell was second at 12sec and Ferrand third at 1min 04sec.')).toEqual(['12sec', '1min', '04sec']);
  });
  it('reads "2hrs 5mins" and "38secs"', () => {
    expect(texts('The hike took 2hrs 5mins and the sprint 38secs.')).toEqual(['2hrs', '5mins', '38secs']);
  });
});
