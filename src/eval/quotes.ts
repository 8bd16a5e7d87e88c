import type { EvalSection } from './types.js';

/** Scores the quotes extractor on ../shared/eval/quotes/. Not written yet. */
export const quotesEval: EvalSection = {
  name: 'quotes',
  run() {
    return { rows: [{ task: 'quotes', metric: 'not scored yet', value: null }], errors: [] };
  },
};
