import type { DateDraft, Extractor } from '../types.js';

/** Dates and times. Placeholder rule: four-digit years 1900-2099 after "in". */
export const datesExtractor: Extractor = {
  name: 'dates',
  extract(doc) {
    const facts: DateDraft[] = [];
    const re = /\bin ((?:19|20)\d\d)\b/g;
    for (const s of doc.sentences) {
      const sentence = doc.text.slice(s.start, s.end);
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(sentence))) {
        const start = s.start + m.index + 3;
        facts.push({ kind: 'date', span: { start, end: start + 4 }, sentence: { start: s.start, end: s.end }, extractor: 'dates/placeholder', type: 'DATE', value: m[1], event: null });
      }
    }
    return { facts };
  },
};
