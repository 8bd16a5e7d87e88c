import type { Briefing } from '../../../brief/model.js';
import type { BriefingPage, ListKey, Selection } from './compose.js';

/**
 * How much each list is worth keeping: its weight, decaying for each further item. The first
 * three key sentences and the sources list outlast everything else.
 */
const WEIGHT: Record<ListKey, number> = {
  whatHappened: 10,
  differences: 6,
  keyNumbers: 5,
  keyQuotes: 5,
  timeline: 4.5,
  whosWho: 3.5,
  questions: 3,
  sources: 0,
};
const DECAY = 0.75;
const COVERAGE_WEIGHT = 2;
const PROTECTED_SENTENCES = 3;

function keepValue(b: Briefing, key: ListKey, index: number): number {
  if (key === 'whatHappened' && index < PROTECTED_SENTENCES) return 1000 - index;
  if (key === 'sources') return 500 + b.sources.length - index;
  return WEIGHT[key] * DECAY ** index;
}

export interface FitResult {
  selection: Selection;
  height: number;
  dropped: number;
}

/**
 * Drop the least valuable item until the page body fits `available` points. Only drops that
 * actually make the page shorter count (an item beside a taller column saves nothing).
 */
export function fitSelection(page: BriefingPage, available: number): FitResult {
  const b = page.briefing;
  const sel: Selection = {
    whatHappened: b.whatHappened.length,
    keyNumbers: b.keyNumbers.length,
    keyQuotes: b.keyQuotes.length,
    timeline: b.timeline.length,
    whosWho: b.whosWho.length,
    differences: b.differences.length,
    questions: b.questions.length,
    sources: b.sources.length,
    coverage: true,
  };
  const heightOf = (s: Selection) => page.body(s).measure(page.pen, page.width);
  let height = heightOf(sel);
  let dropped = 0;
  while (height > available) {
    const options: Array<{ value: number; next: Selection }> = [];
    for (const key of Object.keys(WEIGHT) as ListKey[]) {
      if (sel[key] > 0) options.push({ value: keepValue(b, key, sel[key] - 1), next: { ...sel, [key]: sel[key] - 1 } });
    }
    if (sel.coverage) options.push({ value: COVERAGE_WEIGHT, next: { ...sel, coverage: false } });
    if (options.length === 0) throw new Error('the briefing cannot fit on one page even with every item dropped');
    options.sort((x, y) => x.value - y.value);
    let chosen = options[0];
    let chosenHeight = heightOf(chosen.next);
    for (const o of options) {
      const h = heightOf(o.next);
      if (h < height - 0.01) {
        chosen = o;
        chosenHeight = h;
        break;
      }
    }
    Object.assign(sel, chosen.next);
    height = chosenHeight;
    dropped++;
  }
  return { selection: sel, height, dropped };
}
