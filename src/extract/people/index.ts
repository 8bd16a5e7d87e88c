import type { Extractor, Mention } from '../types.js';

/**
 * People, organizations, places and groups. Placeholder rule: runs of capitalized words
 * (two or more) not at a sentence start are person-name candidates.
 */
export const peopleExtractor: Extractor = {
  name: 'people',
  extract(doc) {
    const mentions: Mention[] = [];
    const re = /\b(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)+)/gu;
    for (const s of doc.sentences) {
      const sentence = doc.text.slice(s.start, s.end);
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(sentence))) {
        const start = s.start + m.index;
        mentions.push({ start, end: start + m[0].length, text: m[0], kind: 'person', name: m[0], role: null, roleSpan: null });
      }
    }
    return { mentions };
  },
};
