import { COMPILED_RULES, TRIGGER, type Timex } from './rules.js';
import type { Anchor, Direction } from './resolve.js';
import { directionAt } from './tense.js';

export interface FoundTimex extends Timex {
  /** Offsets in the scanned string. */
  start: number;
  end: number;
  rule: string;
}

/**
 * All time expressions in one sentence, left to right, no overlaps. One trigger scan finds
 * where a rule can start; there the longest rule match that its interpreter accepts wins.
 */
export function scanTimexes(sentence: string, anchor: Anchor): FoundTimex[] {
  const found: FoundTimex[] = [];
  const trigger = TRIGGER;
  trigger.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = trigger.exec(sentence))) {
    const at = m.index;
    const candidates: Array<{ rule: (typeof COMPILED_RULES)[number]; match: RegExpExecArray }> = [];
    for (const rule of COMPILED_RULES) {
      rule.sticky.lastIndex = at;
      const match = rule.sticky.exec(sentence);
      if (match && match[0].length > 0) candidates.push({ rule, match });
    }
    candidates.sort((a, b) => b.match[0].length - a.match[0].length);
    let accepted: FoundTimex | null = null;
    for (const { rule, match } of candidates) {
      const text = match[0].replace(/[\s,]+$/, '');
      const end = at + text.length;
      let dir: Direction | undefined;
      const timex = rule.interpret({
        g: (name) => match.groups?.[rule.prefix + name],
        text,
        sentence,
        start: at,
        end,
        anchor,
        direction: () => (dir === undefined ? (dir = directionAt(sentence, at, end)) : dir),
      });
      if (timex) {
        accepted = { ...timex, start: at, end, rule: rule.name };
        break;
      }
    }
    if (accepted) {
      found.push(accepted);
      trigger.lastIndex = accepted.end;
    } else {
      trigger.lastIndex = at + 1;
    }
  }
  return found;
}
