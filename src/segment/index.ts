import type { Span } from '../schema/index.js';
import type { Sentence } from '../doc.js';
import { splitSentences } from './sentences.js';

export { splitSentences } from './sentences.js';

export function segmentParagraphs(text: string, paragraphs: Span[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    for (const s of splitSentences(text, p)) sentences.push({ ...s, paragraph });
  });
  return sentences;
}
