import type { NumberFact } from '../schema/index.js';
import { HEAD_SYNONYMS, IRREGULAR_PARTICIPLES, NOT_PARTICIPLES, NP_STOP } from '../extract/numbers/words.js';

/** Lower-case content words, plural -s folded ("nurses" -> "nurse"). */
export function contentWords(text: string | null): string[] {
  if (!text) return [];
  const out: string[] = [];
  for (const raw of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < 2 || NP_STOP.has(raw)) continue;
    out.push(raw);
  }
  return out;
}

const fold = (w: string) => HEAD_SYNONYMS[w] ?? (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
const isParticiple = (w: string) => IRREGULAR_PARTICIPLES.has(w) || (/ed$/.test(w) && w.length > 3 && !NOT_PARTICIPLES.has(w));

/**
 * The counted thing split into modifiers, head noun and what happened to it:
 * "Northland troops sent" -> { modifiers: [northland], head: troop, happened: [sent] }.
 */
export interface CountedThing {
  modifiers: string[];
  head: string;
  happened: string[];
}

export function countedThing(counts: string | null): CountedThing | null {
  const words = contentWords(counts);
  let end = words.length;
  while (end > 1 && isParticiple(words[end - 1])) end--;
  if (end === 0) return null;
  const head = fold(words[end - 1]);
  return { modifiers: words.slice(0, end - 1).map(fold), head, happened: words.slice(end).sort() };
}

/** Same counted thing: same head, same happenings, and modifiers that do not contradict. */
export function sameThing(a: CountedThing, b: CountedThing): boolean {
  if (a.head !== b.head) return false;
  if (a.happened.join(' ') !== b.happened.join(' ')) return false;
  if (a.modifiers.length && b.modifiers.length && !a.modifiers.some((m) => b.modifiers.includes(m))) return false;
  return true;
}

const VAGUE_TEXT = /\b(?:dozens|scores|hundreds|thousands|millions|billions)\b/i;

/** "thousands", "tens of millions": a vague amount, not the figure it starts at. */
export const isVagueAmount = (f: Pick<NumberFact, 'text'>) => VAGUE_TEXT.test(f.text);

/** The range of values a figure allows: "more than 2,000" -> [2000, inf), "thousands" -> [1000, 10000). */
export function valueRange(f: Pick<NumberFact, 'value' | 'qualifier' | 'text'>): [number, number] {
  const v = f.value;
  const lo = Math.min(v, v * 0.9);
  const hi = Math.max(v, v * 1.1);
  switch (f.qualifier) {
    case 'exact':
      return [v, v];
    case 'more-than':
    case 'at-least':
      return [v, Infinity];
    case 'less-than':
    case 'at-most':
    case 'up-to':
      return [-Infinity, v];
    case 'nearly':
      return [lo, v];
    case 'about':
      return [lo, hi];
    case 'some':
      return isVagueAmount(f) ? [v, v * 10] : [lo, hi];
  }
}

/** How a qualifier reads when comparing reports: a bound, or the figure itself. */
export function qualifierClass(q: NumberFact['qualifier']): 'lower' | 'upper' | 'point' {
  if (q === 'more-than' || q === 'at-least') return 'lower';
  if (q === 'less-than' || q === 'at-most' || q === 'up-to') return 'upper';
  return 'point';
}
