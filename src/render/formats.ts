import type { FormatRenderer } from './registry.js';
import { quizMarkdownRenderer } from './quiz-md.js';
import { quizJsonRenderer } from './quiz-json.js';
import { quizPdfRenderer } from './pdf/quiz-sheet.js';

/** Every quiz output format, registered in one list. */
export const formatRenderers: FormatRenderer[] = [
  quizMarkdownRenderer,
  quizJsonRenderer,
  quizPdfRenderer,
];

export function rendererFor(format: string): FormatRenderer | undefined {
  return formatRenderers.find((r) => r.format === format);
}
