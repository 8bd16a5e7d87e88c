import type { EvalSection } from './types.js';

/** Scores the timex extractor on ../shared/eval/timex/. Not written yet. */
export const timexEval: EvalSection = {
  name: 'timex',
  run() {
    return { rows: [{ task: 'timex', metric: 'not scored yet', value: null }], errors: [] };
  },
};
