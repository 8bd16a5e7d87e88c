import type { FormatRenderer } from './registry.js';
import { quizMarkdownRenderer } from './quiz-md.js';
import { quizJsonRenderer } from './quiz-json.js';
import { quizPdfRenderer } from './pdf/quiz-sheet.js';
import { htmlRenderer } from './html/self-check.js';
import { giftRenderer } from './lms/gift.js';
import { moodleRenderer } from './lms/moodle.js';
import { qtiRenderer } from './lms/qti.js';
import { qti12Renderer } from './lms/qti12.js';
import { ankiRenderer } from './lms/anki.js';

/** Every quiz output format, registered in one list. */
export const formatRenderers: FormatRenderer[] = [
  quizMarkdownRenderer,
  quizJsonRenderer,
  quizPdfRenderer,
  htmlRenderer,
  giftRenderer,
  moodleRenderer,
  qtiRenderer,
  qti12Renderer,
  ankiRenderer,
];

export function rendererFor(format: string): FormatRenderer | undefined {
  return formatRenderers.find((r) => r.format === format);
}
