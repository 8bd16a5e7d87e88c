import type { Direction } from './resolve.js';

/**
 * The tense around a date, from the nearest cue word before it (else just after it):
 * "will meet Monday" points forward, "said Monday" back.
 */
const CUE = /\b(?:(?<future>will|won't|shall|going\s+to|plans?|planned|planning|scheduled|expects?|expected|set\s+to|due|is\s+to|are\s+to|intends?\s+to|aims?\s+to|hopes?\s+to|upcoming|would|(?:is|are|be|'re)\s+[a-z]+ing|as\s+soon\s+as|as\s+early\s+as|could|might|can|should|until|ahead\s+of)|(?<past>was|were|had|did|said|told|came|went|took|met|began|made|gave|sent|won|lost|held|left|saw|fell|rose|hit|ago|last|earlier|[a-z]{2,}ed))\b|(?<futureTail>'ll)/gi;

function lastCue(text: string): Direction {
  CUE.lastIndex = 0;
  let dir: Direction = null;
  let m: RegExpExecArray | null;
  while ((m = CUE.exec(text))) dir = m.groups?.past ? 'past' : 'future';
  return dir;
}

export function directionAt(sentence: string, start: number, end: number): Direction {
  const before = lastCue(sentence.slice(Math.max(0, start - 50), start));
  if (before) return before;
  CUE.lastIndex = 0;
  const after = sentence.slice(end, end + 50);
  const m = CUE.exec(after);
  return m ? (m.groups?.past ? 'past' : 'future') : null;
}
