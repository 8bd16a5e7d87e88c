import { join } from 'node:path';
import type { Quiz } from '../schema/index.js';
import { openPhrasebook } from '../questions/phrasebook.js';
import type { FormatRenderer, QuizSet } from './registry.js';

export function renderQuizMarkdown(quiz: Quiz, templatesDir?: string): { sheet: string; key: string } {
  const book = openPhrasebook(templatesDir);
  return { sheet: book.render('quiz.md.njk', { quiz }), key: book.render('answer-key.md.njk', { quiz }) };
}

/** Folder of each quiz's files: the out folder for one quiz, students/<id>/ for a class set. */
export function quizFolders(set: QuizSet, outDir: string): string[] {
  if (!set.manifest) return set.quizzes.map(() => outDir);
  return set.manifest.students.map((s) => join(outDir, 'students', s.id));
}

/** quiz.md and answer-key.md: plain Markdown sheets a teacher can edit or paste. */
export const quizMarkdownRenderer: FormatRenderer = {
  format: 'md',
  render(set, ctx) {
    const folders = quizFolders(set, ctx.outDir);
    return set.quizzes.flatMap((quiz, i) => {
      const { sheet, key } = renderQuizMarkdown(quiz, ctx.templatesDir);
      return [
        { path: join(folders[i], 'quiz.md'), data: sheet },
        { path: join(folders[i], 'answer-key.md'), data: key },
      ];
    });
  },
};
