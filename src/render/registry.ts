import type { ClassManifest, Quiz } from '../schema/index.js';
import type { OutputFile } from '../io/write-atomic.js';

/** What a quiz renderer gets: one quiz, or every student's version of a class set. */
export interface QuizSet {
  quizzes: Quiz[];
  /** Present for `quizwire class`. */
  manifest?: ClassManifest;
}

export interface RenderContext {
  outDir: string;
  /** User template folder (`--templates`), falling back to the bundled one. */
  templatesDir?: string;
  paper: 'a4' | 'letter';
}

/** One output format (`--format NAME`): returns the files to write, all at once. */
export interface FormatRenderer {
  format: string;
  render(set: QuizSet, ctx: RenderContext): OutputFile[] | Promise<OutputFile[]>;
}
