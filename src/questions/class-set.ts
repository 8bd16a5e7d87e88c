import type { ClassManifest, FactTable, Question, Quiz } from '../schema/index.js';
import { version } from '../version.js';
import { composeQuiz, prepareQuestions, versionCodeOf, type QuestionPool, type QuizOptions } from './index.js';
import { balancedSlots, shuffled, streamFor } from './random.js';

export type Vary = ClassManifest['vary'];

export interface Student {
  id: string;
  name: string;
}

export interface ClassOptions extends Omit<QuizOptions, 'seed' | 'versionCode'> {
  seed: string;
  students: Student[];
  vary: Vary;
  inputs?: string[];
  /** The saved fact table the set was made from, when not from the inputs. */
  factsFile?: string;
}

/** A student's own seed: their version is a function of (class seed, student id) only. */
export function studentSeed(classSeed: string, studentId: string): string {
  return `${classSeed}/student/${studentId}`;
}

/** The same questions in the student's own order, each answer moved to a balanced new position. */
function reorder(base: Quiz, seed: string): Question[] {
  const questions = shuffled(streamFor(seed, 'order'), base.questions);
  const choice = questions.filter((q) => q.options.length === 4);
  const slots = balancedSlots(streamFor(seed, 'positions'), choice.length, 4);
  return questions.map((q, i) => {
    if (q.options.length !== 4) return q;
    const answer = q.options[q.answer];
    const wrong = shuffled(streamFor(seed, 'options', i), q.options.filter((_, j) => j !== q.answer));
    const slot = slots.shift()!;
    wrong.splice(slot, 0, answer);
    return { ...q, options: wrong, answer: slot };
  });
}

function studentTitle(options: ClassOptions, student: Student): string {
  return `${options.title ?? 'Quiz'}: ${student.name}`;
}

/** One student's version; with `vary: 'order'` the class quiz is built first and reshuffled. */
/**
 * One student's version. The candidate questions come from the class seed (built once for the
 * class); the student's seed draws and orders them, so the version depends on (class seed, student).
 */
export function studentQuiz(table: FactTable, options: ClassOptions, student: Student, shared: { pool?: QuestionPool; base?: Quiz } = {}): Quiz {
  const seed = studentSeed(options.seed, student.id);
  const common = { count: options.count, kinds: options.kinds, templatesDir: options.templatesDir, texts: options.texts };
  const pool = shared.pool ?? prepareQuestions(table, { ...common, seed: options.seed });
  if (options.vary === 'questions') {
    return composeQuiz(pool, { ...common, seed, title: studentTitle(options, student), versionCode: versionCodeOf(seed) });
  }
  const classQuiz = shared.base ?? composeQuiz(pool, { ...common, seed: options.seed });
  return { ...classQuiz, seed, versionCode: versionCodeOf(seed), title: studentTitle(options, student), questions: reorder(classQuiz, seed) };
}

/** Every student's version plus the manifest to make any one of them again. */
export function generateClassSet(table: FactTable, options: ClassOptions): { quizzes: Quiz[]; manifest: ClassManifest } {
  const common = { count: options.count, kinds: options.kinds, templatesDir: options.templatesDir, texts: options.texts };
  const pool = prepareQuestions(table, { ...common, seed: options.seed });
  const base = options.vary === 'order' ? composeQuiz(pool, { ...common, seed: options.seed }) : undefined;
  const quizzes = options.students.map((s) => studentQuiz(table, options, s, { pool, base }));
  const manifest: ClassManifest = {
    schemaVersion: 1,
    seed: options.seed,
    version,
    vary: options.vary,
    ...(options.factsFile ? { facts: options.factsFile } : options.inputs ? { inputs: options.inputs } : {}),
    count: options.count,
    ...(options.kinds ? { kinds: options.kinds } : {}),
    ...(options.title ? { title: options.title } : {}),
    students: options.students.map((s) => ({ id: s.id, name: s.name, seed: studentSeed(options.seed, s.id), files: [] })),
  };
  return { quizzes, manifest };
}
