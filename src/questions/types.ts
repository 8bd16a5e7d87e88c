import type { Fact, QuestionKind } from '../schema/index.js';
import type { QuestionContext } from './context.js';
import type { Rng } from './random.js';

/** Multiple choice: the answer and exactly three wrong options, none also true. */
export interface ChoiceDraft {
  form: 'choice';
  stem: string;
  answer: string;
  distractors: string[];
  /** Extra lines for the key, e.g. each event of a timeline with its date. */
  details?: string[];
}

/** True/false: the same sentence once as the source says it and once with one detail swapped. */
export interface TrueFalseDraft {
  form: 'true-false';
  /** The stem with the statement as the source says it. */
  trueStem: string;
  /** The same phrasing with one detail swapped. */
  falseStem: string;
  /** What the false statement changed, for the key ("the source says X, not Y"). */
  correction: string;
}

export type Draft = ChoiceDraft | TrueFalseDraft;

/** One question a kind could ask, before selection. */
export interface Candidate {
  kind: QuestionKind;
  facts: Fact[];
  /** Identity of what is asked, across articles: two candidates with a shared key ask the same fact. */
  keys: string[];
  /**
   * Keys of facts the question shows without asking about them (its sentence's other facts, a
   * title before a name, the wrong quotes of a said-what): it rules out a question that asks
   * one of them, not another question that only shows it too.
   */
  shows?: string[];
  /** Higher is better: corroborated, attributed, clear. */
  score: number;
  draft: Draft;
}

/** One question kind: a module plus a phrasing template `templates/questions/<kind>.njk`. */
export interface QuestionKindModule {
  kind: QuestionKind;
  candidates(ctx: QuestionContext, rng: Rng): Candidate[];
}
