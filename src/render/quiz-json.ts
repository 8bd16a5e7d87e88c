import { join } from 'node:path';
import { Quiz } from '../schema/index.js';
import type { FormatRenderer } from './registry.js';
import { quizFolders } from './quiz-md.js';

/** Checked against the schema, so a file we write is always one we can read back. */
export function quizJson(quiz: Quiz): string {
  return `${JSON.stringify(Quiz.parse(quiz), null, 2)}\n`;
}

export const quizJsonRenderer: FormatRenderer = {
  format: 'json',
  render(set, ctx) {
    const folders = quizFolders(set, ctx.outDir);
    return set.quizzes.map((quiz, i) => ({ path: join(folders[i], 'quiz.json'), data: quizJson(quiz) }));
  },
};
