import type { Span } from '../../schema/index.js';
import type { Mention } from '../types.js';

/**
 * Finds the people mention that names a speaker: the last name in the phrase that is not a
 * possessive ("the governor's chief of staff Ilse Brandt" -> Ilse Brandt).
 */
export function mentionFinder(mentions: readonly Mention[]): (span: Span) => number | null {
  const order: number[] = [];
  for (let i = 0; i < mentions.length; i++) order.push(i);
  // Mentions usually come in text order already; the sort is stable, so it would change nothing.
  if (!isSortedByStart(mentions)) order.sort((a, b) => mentions[a].start - mentions[b].start);
  const longest = mentions.reduce((n, m) => Math.max(n, m.end - m.start), 0);
  return (span) => {
    // Binary search for the first mention that may overlap, then a short linear walk.
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[order[mid]].start < span.start - longest) lo = mid + 1;
      else hi = mid;
    }
    let best: number | null = null;
    for (let k = lo; k < order.length && mentions[order[k]].start < span.end; k++) {
      const m = mentions[order[k]];
      if (m.end > span.start && !endsPossessive(m.text)) best = order[k];
    }
    return best;
  };
}

function isSortedByStart(mentions: readonly Mention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i].start < mentions[i - 1].start) return false;
  return true;
}

/** /['’]s?$/: "Ames'", "Ames’s". */
function endsPossessive(text: string): boolean {
  let last = text.charCodeAt(text.length - 1);
  if (last === 115 /* s */) last = text.charCodeAt(text.length - 2);
  return last === 39 || last === 0x2019;
}
