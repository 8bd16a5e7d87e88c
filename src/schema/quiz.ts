import { z } from 'zod';
import { Span } from './span.js';

export const QuestionKind = z.enum(['who-said', 'said-what', 'number', 'date', 'role', 'true-false', 'timeline', 'quote-cloze']);
export type QuestionKind = z.infer<typeof QuestionKind>;

export const Source = z.object({
  article: z.string(),
  path: z.string(),
  span: Span,
  /** Exactly `raw.slice(span.start, span.end)` of the input file. */
  text: z.string(),
  /** The whole source sentence, for explanations and feedback. */
  sentence: z.string().optional(),
  outlet: z.string().optional(),
  title: z.string().optional(),
});
export type Source = z.infer<typeof Source>;

export const Option = z.object({ text: z.string() });

export const Question = z.object({
  id: z.string(),
  kind: QuestionKind,
  stem: z.string(),
  options: z.array(Option),
  /** Index into options. */
  answer: z.number().int().nonnegative(),
  explanation: z.string(),
  /** Fact ids the question was built from. */
  facts: z.array(z.string()),
  sources: z.array(Source),
});
export type Question = z.infer<typeof Question>;

export const Quiz = z.object({
  schemaVersion: z.literal(1),
  seed: z.string(),
  version: z.string(),
  /** Student/version code shown in footers; empty for a plain quiz. */
  versionCode: z.string().optional(),
  title: z.string().optional(),
  /** Latest publication date of the source articles (YYYY-MM-DD): the PDFs' fixed metadata date. */
  date: z.string().optional(),
  questions: z.array(Question),
  /** Notes for the teacher, e.g. "only 6 good questions could be made". */
  notes: z.array(z.string()).optional(),
});
export type Quiz = z.infer<typeof Quiz>;

export const ClassManifest = z.object({
  schemaVersion: z.literal(1),
  seed: z.string(),
  version: z.string(),
  vary: z.enum(['order', 'questions']),
  /** What made the set, so one student's sheet can be made again from the manifest alone. */
  inputs: z.array(z.string()).optional(),
  /** A saved fact table used instead of the inputs. */
  facts: z.string().optional(),
  count: z.number().int().positive().optional(),
  kinds: z.array(z.string()).optional(),
  title: z.string().optional(),
  students: z.array(z.object({ id: z.string(), name: z.string(), seed: z.string(), files: z.array(z.string()) })),
});
export type ClassManifest = z.infer<typeof ClassManifest>;
