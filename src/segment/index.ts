import type { Span } from '../schema/index.js';
import type { Sentence } from '../doc.js';
import { appendSentences } from './sentences.js';

export { splitSentences } from './sentences.js';

export function segmentParagraphs(text: string, paragraphs: Span[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    appendSentences(text, paragraphs[paragraph], paragraph, sentences);
  }
  return sentences;
}
