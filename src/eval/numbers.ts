import type { EvalSection } from './types.js';

/** Scores the numbers extractor on ../shared/eval/numbers/. Not written yet. */
export const numbersEval: EvalSection = {
  name: 'numbers',
  run() {
    return { rows: [{ task: 'numbers', metric: 'not scored yet', value: null }], errors: [] };
  },
};
