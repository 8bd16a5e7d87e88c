import type { Extractor, NumberDraft } from '../types.js';

/** Quantities. Placeholder rule: digits with thousands separators, optional %. */
export const numbersExtractor: Extractor = {
  name: 'numbers',
  extract(doc) {
    const facts: NumberDraft[] = [];
    const re = /\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?%/g;
    for (const s of doc.sentences) {
      const sentence = doc.text.slice(s.start, s.end);
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(sentence))) {
        const start = s.start + m.index;
        facts.push({
          kind: 'number',
          span: { start, end: start + m[0].length },
          sentence: { start: s.start, end: s.end },
          extractor: 'numbers/placeholder',
          value: Number(m[0].replace(/[,%]/g, '')),
          qualifier: 'exact',
          unit: m[0].endsWith('%') ? '%' : null,
          counts: null,
          approximate: false,
          source: null,
        });
      }
    }
    return { facts };
  },
};
