import type { Span } from '../schema/index.js';
import type { Sentence } from '../doc.js';
import { splitSentences } from './sentences.js';

export { splitSentences } from './sentences.js';

export function segmentParagraphs(text: string, paragraphs: Span[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    for (const s of splitSentences(text, paragraphs[paragraph])) sentences.push({ start: s.start, end: s.end, paragraph });
  }
  return sentences;
}
