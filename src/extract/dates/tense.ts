import type { Direction } from './resolve.js';
import { SCHEDULE_VERBS } from './words.js';

/**
 * The tense around a date, from the nearest cue word before it (else just after it):
 * "will meet Monday" points forward, "said Monday" back.
 */
const alternatives = (forms: string[]) => forms.map((f) => f.replace(/ /g, '\\s+')).join('|');
/**
 * A scheduled event in the present tense: "meets on Monday", "ministers meet Monday", "the vote is on Friday".
 * A base form after an auxiliary ("did not meet", "to meet") says nothing about tense.
 */
const NOT_PRESENT_BEFORE = String.raw`(?<!\b(?:did|didn't|not|never|to|could|would|might|should|had|has|have|must|may|can|a|an|the|his|her|its|their|this|that|of)\s+)`;
/** Case-sensitive: "the Australian Open on Monday" names a tournament. */
const PRESENT_SCHEDULE = new RegExp(
  String.raw`${NOT_PRESENT_BEFORE}\b(?:${alternatives(SCHEDULE_VERBS.flatMap(([base, third]) => [third, base]))}|is|are)\b(?=\s+(?:(?:on|for|at|in)\s+)?$)|${NOT_PRESENT_BEFORE}\b(?:${alternatives(SCHEDULE_VERBS.map(([, third]) => third))})\b`,
  'g',
);
const CUE = new RegExp(String.raw`\b(?:(?<future>will|won't|shall|going\s+to|plans?|planned|planning|scheduled|expects?|expected|set\s+to|due|is\s+to|are\s+to|intends?\s+to|aims?\s+to|hopes?\s+to|upcoming|would|(?:is|are|be|'re)\s+[a-z]+ing|as\s+soon\s+as|as\s+early\s+as|could|might|can|should|until|ahead\s+of)|(?<past>was|were|had|did|said|told|came|went|took|met|began|made|gave|sent|won|lost|held|left|saw|fell|rose|hit|ago|last|earlier|[a-z]{2,}ed))\b|(?<futureTail>'ll)`, 'gi');

function lastCue(text: string): Direction {
  CUE.lastIndex = 0;
  let dir: Direction = null;
  let at = -1;
  let m: RegExpExecArray | null;
  while ((m = CUE.exec(text))) {
    dir = m.groups?.past ? 'past' : 'future';
    at = m.index;
  }
  PRESENT_SCHEDULE.lastIndex = 0;
  while ((m = PRESENT_SCHEDULE.exec(text))) if (m.index > at) return 'future';
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
