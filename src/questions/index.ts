import type { FactTable, Quiz } from '../schema/index.js';

export interface QuizOptions {
  seed: string;
  count: number;
  kinds?: string[];
  templatesDir?: string;
}

/** Build a seeded, reproducible quiz from a fact table. Not written yet (quiz issue). */
export function generateQuiz(table: FactTable, options: QuizOptions): Quiz {
  void table;
  return { schemaVersion: 1, seed: options.seed, version: '0', questions: [], notes: ['question generation not written yet'] };
}
