/** One scored row of the eval table. Figures are fractions 0..1 (printed as percentages). */
export interface EvalRow {
  task: string;
  metric: string;
  value: number | null;
  /** Optional counts behind the figure, e.g. "tp=10 fp=2 fn=3". */
  detail?: string;
  /** Target from the accuracy issue, when there is one. */
  target?: number;
}

export interface EvalOptions {
  /** Folder holding quotes/, timex/, numbers/. */
  dataDir: string;
  /** Print the errors grouped by cause. */
  errors: boolean;
  /** Limit the number of records (quick runs). */
  limit?: number;
  /** Which split for quotes: dev (default) or train. */
  split: 'dev' | 'train';
}

export interface EvalSection {
  name: string;
  run(options: EvalOptions): { rows: EvalRow[]; errors: string[] };
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
