import { rulesAt } from './dispatch.js';
import { nextHead } from './heads.js';
import type { CompiledRule, Timex } from './rules.js';
import { type Anchor, type Direction, referenceOf } from './resolve.js';
import { directionAt } from './tense.js';
import { PREFIX_WORDS } from './words.js';

export interface FoundTimex extends Timex {
  /** Offsets in the scanned string. */
  start: number;
  end: number;
  rule: string;
}

const MAX_PREFIX_WORDS = 6;
/** Longer words are no PREFIX_WORDS: no string is made for them. */
const LONGEST_PREFIX_WORD = Math.max(...[...PREFIX_WORDS].map((w) => w.length));

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 39 || code === 0x2019 || code > 0xbf;
}

/**
 * Word starts left of the head that could open an expression, nearest first, then the head:
 * written to STARTS (the head at index 0), their count returned. One buffer for all calls.
 */
const STARTS = new Int32Array(MAX_PREFIX_WORDS + 1);

function startsBefore(sentence: string, head: number, floor: number): number {
  STARTS[0] = head;
  let count = 1;
  let cursor = head;
  for (let i = 0; i < MAX_PREFIX_WORDS; i++) {
    let end = cursor;
    // Skip the separator: spaces, a comma, or the hyphen of a compound ("third-quarter").
    while (end > floor && (sentence[end - 1] === ' ' || sentence[end - 1] === ',' || sentence[end - 1] === '-' || sentence[end - 1] === '\n')) end--;
    if (end === cursor && cursor !== head) break;
    let start = end;
    while (start > floor && (isWordChar(sentence.charCodeAt(start - 1)) || (sentence[start - 1] === '-' && start - 1 > floor && isWordChar(sentence.charCodeAt(start - 2))))) start--;
    if (start === end || start < floor) break;
    const first = sentence.charCodeAt(start);
    // "1,900 hours": the digits after a group separator are no start of their own.
    if (first >= 48 && first <= 57 && start >= 2 && sentence[start - 1] === ',' && isDigit(sentence.charCodeAt(start - 2))) {
      cursor = start;
      continue;
    }
    if (!(first >= 48 && first <= 57) && (end - start > LONGEST_PREFIX_WORD || !PREFIX_WORDS.has(sentence.slice(start, end).toLowerCase()))) break;
    STARTS[count++] = start;
    cursor = start;
  }
  return count;
}

const TRAILING_SPACE_OR_COMMA = /[\s,]+$/;

function trimEnd(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  const maybe = last === 32 || last === 44 || last < 32 || last >= 128;
  return maybe ? text.replace(TRAILING_SPACE_OR_COMMA, '') : text;
}

function bestAt(sentence: string, at: number, head: number, anchor: Anchor): FoundTimex | null {
  // Most positions have one match or none: a list (and a sort) only for a second one.
  let firstRule: CompiledRule | null = null;
  let firstMatch: RegExpExecArray | null = null;
  let candidates: Array<{ rule: CompiledRule; match: RegExpExecArray }> | null = null;
  const rules = rulesAt(sentence, at);
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r];
    if (rule.mayStartAt && !rule.mayStartAt(sentence, at)) continue;
    if (rule.needed) {
      rule.needed.lastIndex = at;
      if (!rule.needed.test(sentence)) continue;
    }
    rule.sticky.lastIndex = at;
    const match = rule.sticky.exec(sentence);
    if (!match || at + match[0].length <= head) continue;
    if (!firstRule) {
      firstRule = rule;
      firstMatch = match;
    } else (candidates ??= [{ rule: firstRule, match: firstMatch! }]).push({ rule, match });
  }
  if (!firstRule) return null;
  if (!candidates) return readMatch(firstRule, firstMatch!, sentence, at, head, anchor);
  candidates.sort((a, b) => b.match[0].length - a.match[0].length);
  for (const { rule, match } of candidates) {
    const timex = readMatch(rule, match, sentence, at, head, anchor);
    if (timex) return timex;
  }
  return null;
}

/** The rule's reading of its match at `at`, if it accepts it and the match reaches past the head. */
function readMatch(rule: CompiledRule, match: RegExpExecArray, sentence: string, at: number, head: number, anchor: Anchor): FoundTimex | null {
  const text = trimEnd(match[0]);
  const end = at + text.length;
  if (end <= head) return null;
  let dir: Direction | undefined;
  const timex = rule.interpret({
    g: (name) => match.groups?.[name],
    text,
    sentence,
    start: at,
    end,
    anchor,
    direction: () => (dir === undefined ? (dir = directionAt(sentence, at, end)) : dir),
  });
  // One shape for every found expression (a spread of the rules' many shapes is slow).
  return timex ? { type: timex.type, value: timex.value, dayless: timex.dayless, anaphoric: timex.anaphoric, start: at, end, rule: rule.name } : null;
}

/**
 * All time expressions in one sentence, left to right, no overlaps: one scan for head words;
 * around each, the leftmost start where a rule matches wins, with its longest accepted match.
 */
export function scanTimexes(sentence: string, anchor: Anchor): FoundTimex[] {
  const found: FoundTimex[] = [];
  let floor = 0;
  let head = nextHead(sentence, 0);
  while (head >= 0) {
    let accepted: FoundTimex | null = null;
    // Leftmost start first.
    for (let k = startsBefore(sentence, head, floor) - 1; k >= 0; k--) {
      accepted = bestAt(sentence, STARTS[k], head, anchor);
      if (accepted) break;
    }
    if (accepted) {
      found.push(accepted);
      // A stated date is what later expressions count from, in this sentence already ("arrived on
      // Oct. 3 and left the following Monday"). A clock time with no day of its own states none;
      // a date counted from the story's day moves the story on only after its sentence (index.ts).
      if ((accepted.type === 'DATE' || accepted.type === 'TIME') && !accepted.dayless && !accepted.anaphoric) {
        const ref = referenceOf(accepted.value);
        if (ref) {
          anchor.ref = ref;
          anchor.refAge = 0;
        }
      }
      floor = accepted.end;
      head = nextHead(sentence, accepted.end);
    } else {
      head = nextHead(sentence, head + 1);
    }
  }
  return found;
}
