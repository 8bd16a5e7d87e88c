import type { Briefing } from '../../../brief/model.js';
import { KEY_SENTENCES_MAX } from '../../../brief/key-sentences.js';
import { KEY_NUMBERS_MAX } from '../../../brief/key-numbers.js';
import { KEY_QUOTES_MAX } from '../../../brief/key-quotes.js';
import { WHOS_WHO_MAX } from '../../../brief/whos-who.js';
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
  questions: 6,
  sources: 0,
};
const DECAY = 0.75;
/** Never more than this many, however much room: timeline marks need width. */
const MAX_SHOWN: Partial<Record<ListKey, number>> = { timeline: 7 };
/**
 * A list's usual length. Items beyond it (the briefing offers a few, ranked last) only fill room
 * the page would leave empty: the fit starts without them and puts them back last, weakest last.
 */
const USUAL: Partial<Record<ListKey, number>> = { whatHappened: KEY_SENTENCES_MAX, keyNumbers: KEY_NUMBERS_MAX, keyQuotes: KEY_QUOTES_MAX, whosWho: WHOS_WHO_MAX };
/** A filler's worth, as a share of its list's weight: below every usual item. */
const FILL_SHARE = 0.1;

function shownAtMost(b: Briefing, key: ListKey): number {
  return Math.min(b[key].length, MAX_SHOWN[key] ?? Infinity);
}

function usualCount(b: Briefing, key: ListKey): number {
  return Math.min(shownAtMost(b, key), USUAL[key] ?? Infinity);
}
const COVERAGE_WEIGHT = 3;
const PROTECTED_SENTENCES = 3;
/** The most cited sources stay to the end; further ones compete with content (a note counts them). */
const PROTECTED_SOURCES = 10;
const EXTRA_SOURCE_WEIGHT = 3.8;

function keepValue(b: Briefing, key: ListKey, index: number): number {
  const usual = USUAL[key] ?? Infinity;
  if (index >= usual) return WEIGHT[key] * FILL_SHARE * DECAY ** (index - usual);
  if (key === 'whatHappened' && index < PROTECTED_SENTENCES) return 1000 - index;
  if (key === 'sources') return index < PROTECTED_SOURCES ? 500 - index : EXTRA_SOURCE_WEIGHT * 0.97 ** (index - PROTECTED_SOURCES);
  return WEIGHT[key] * DECAY ** index;
}

interface Option {
  value: number;
  next: Selection;
  /** The list (or the coverage grid) the option changes. */
  key: ListKey | 'coverage';
}

/** Every single-item drop, least valuable first. */
function dropOptions(b: Briefing, sel: Selection): Option[] {
  const options: Option[] = [];
  for (const key of Object.keys(WEIGHT) as ListKey[]) if (sel[key] > 0) options.push({ value: keepValue(b, key, sel[key] - 1), next: { ...sel, [key]: sel[key] - 1 }, key });
  if (sel.coverage) options.push({ value: COVERAGE_WEIGHT, next: { ...sel, coverage: false }, key: 'coverage' });
  return options.sort((x, y) => x.value - y.value);
}

/** Every single-item put-back, most valuable first. */
function restoreOptions(b: Briefing, sel: Selection): Option[] {
  const options: Option[] = [];
  for (const key of Object.keys(WEIGHT) as ListKey[]) if (sel[key] < shownAtMost(b, key)) options.push({ value: keepValue(b, key, sel[key]), next: { ...sel, [key]: sel[key] + 1 }, key });
  if (!sel.coverage) options.push({ value: COVERAGE_WEIGHT, next: { ...sel, coverage: true }, key: 'coverage' });
  return options.sort((x, y) => y.value - x.value);
}

export interface FitResult {
  selection: Selection;
  height: number;
  dropped: number;
}

/** Drop the least valuable item until the page body fits `available` points, then restore. */
export function fitSelection(page: BriefingPage, available: number): FitResult {
  const b = page.briefing;
  const sel: Selection = { ...(Object.fromEntries((Object.keys(WEIGHT) as ListKey[]).map((key) => [key, usualCount(b, key)])) as Record<ListKey, number>), coverage: true };
  const heightOf = (s: Selection) => page.body(s).measure(page.pen, page.width);
  let height = heightOf(sel);
  let dropped = 0;
  while (height > available) {
    const options = dropOptions(b, sel);
    if (options.length === 0) throw new Error('the briefing cannot fit on one page even with every item dropped');
    Object.assign(sel, options[0].next);
    height = heightOf(sel);
    dropped++;
  }
  // Greedy dropping can remove items that saved nothing (beside a taller column, or a timeline
  // mark whose label was not the tallest): put back whatever still fits, most valuable first.
  // The page only grows from here, so a list whose next item did not fit is not asked again
  // (until a key sentence comes back: it can hide a key quote whose words it prints).
  const full = new Set<Option['key']>();
  for (let restored = true; restored; ) {
    restored = false;
    for (const o of restoreOptions(b, sel)) {
      if (full.has(o.key)) continue;
      const h = heightOf(o.next);
      if (h > available) full.add(o.key);
      else {
        Object.assign(sel, o.next);
        height = h;
        dropped--;
        restored = true;
        if (o.key === 'whatHappened') full.clear();
        break;
      }
    }
  }
  return { selection: sel, height, dropped };
}
