import type { Extractor, QuoteDraft } from '../types.js';

/** Direct and reported speech. Placeholder rule: a quoted passage followed by `NAME said`. */
export const quotesExtractor: Extractor = {
  name: 'quotes',
  extract(doc, sofar) {
    const facts: QuoteDraft[] = [];
    const re = /[“"]([^“”"]{3,}?)[,.]?[”"],?\s+((?:\p{Lu}[\p{L}'’-]*\s?)+)\s+(said|says|added|told)\b/gu;
    for (const s of doc.sentences) {
      const sentence = doc.text.slice(s.start, s.end);
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(sentence))) {
        const start = s.start + m.index + 1;
        const speakerStart = s.start + m.index + m[0].indexOf(m[2], m[1].length + 1);
        const speakerText = m[2].trim();
        const mentionIndex = sofar.mentions.findIndex((x) => x.start === speakerStart);
        facts.push({
          kind: 'quote',
          span: { start, end: start + m[1].length },
          sentence: { start: s.start, end: s.end },
          extractor: 'quotes/placeholder',
          direct: true,
          cue: m[3],
          speaker: { entity: null, name: null, mention: { start: speakerStart, end: speakerStart + speakerText.length, text: speakerText }, mentionIndex: mentionIndex >= 0 ? mentionIndex : null },
        });
      }
    }
    return { facts };
  },
};
