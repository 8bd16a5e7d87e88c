import type { Direction } from './resolve.js';
import { SCHEDULE_VERBS } from './words.js';

/**
 * The tense around a date, from the nearest cue word before it (else just after it):
 * "will meet Monday" points forward, "said Monday" back.
 */
const alternatives = (forms: string[]) => forms.map((f) => f.replace(/ /g, '\\s+')).join('|');
/**
 * A scheduled event in the present tense: "meets on Monday", "ministers meet Monday", "the vote is on Friday",
 * "ministers meet in Brussels on Thursday" (a place between), "Arlo host Velden Town on Tuesday" (a named
 * object between).
 * A base form after an auxiliary ("did not meet", "to meet") says nothing about tense.
 */
const NOT_PRESENT_BEFORE = String.raw`(?<!\b(?:did|didn't|not|never|to|could|would|might|should|had|has|have|must|may|can|a|an|the|his|her|its|their|this|that|of|come|came|comes|coming|be|been|being|get|got|gets|getting|very|too|so|as)\s+)`;
/** Case-sensitive: "the Australian Open on Monday" names a tournament. */
const PRESENT_SCHEDULE = new RegExp(
  String.raw`${NOT_PRESENT_BEFORE}\b(?:${alternatives(SCHEDULE_VERBS.flatMap(([base, third]) => [third, base]))}|is|are)\b(?=\s+(?:[a-z]+ly\s+)?(?:(?:(?:in|at)\s+)?(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+)?(?:(?:on|for|at|in|until|till)\s+)?$)|${NOT_PRESENT_BEFORE}\b(?:${alternatives(SCHEDULE_VERBS.map(([, third]) => third))})\b`,
  'g',
);
const CUE = new RegExp(String.raw`\b(?:(?<pastPlan>(?:had|was|were)\s+(?:been\s+)?(?:due|scheduled|expected|set|supposed)\s+to)|(?<future>will|won't|shall|going\s+to|plan(?:s|ned)?\s+to|(?:which|who|it|he|she|they|we|I)\s+plans?(?!\s+(?:was|were|had|did)\b)|planned\s+for|planning|scheduled|slated|expects?|expected|set\s+to|due|is\s+to|are\s+to|intends?\s+to|aims?\s+to|hopes?\s+to|upcoming|effective|would|deadline\s+(?:of|for)(?=\s*$)|(?<!\b(?:was|were|had\s+been|ought|used)\s+)to\s+be\s+[a-z]+(?:ed|en|wn)|must(?!\s+(?:not\s+)?have\b)|predicts?|warnings?\s+(?:for|of)|(?:is|are|be)\s+(?:possible|likely|probable)|in\s+(?:place|force|effect)\s+(?:from|until|till)|forecasts?(?!\s+(?:on|last)\b)|forecast\s+(?:for|to)|warns?|outlook|preview|(?:is|are|be|'re)\s+[a-z]+ing|as\s+soon\s+as|as\s+early\s+as|could|might|can|should|until|ahead\s+of)|(?<past>was|were|had|did|said|told|came|went|took|met|began|made|gave|sent|won|lost|held|left|saw|fell|rose|hit|ago|last|earlier|bought|sold|paid|found|got|brought|struck|led|fled|spoke|wrote|ran|became|shot|stood|kept|built|sought|caught|fought|threw|drew|grew|knew|thought|felt|(?:has|have|'ve)\s+(?:already\s+|not\s+|never\s+|just\s+)?(?!scheduled|planned)(?:been|come|gone|seen|taken|given|[a-z]+(?:ed|en|wn)))|(?<ed>[a-z]{2,}ed))\b|(?<futureTail>'ll)`, 'gi');
/** Words in -ed that are no past tense ("hundred", "need"); a capital one is a name ("United"). */
const NOT_PAST_ED = new Set(['hundred', 'indeed', 'need', 'speed', 'proceed', 'exceed', 'succeed', 'feed', 'seed', 'bed', 'red', 'shed', 'sacred', 'naked', 'wicked', 'rugged', 'kindred', 'breed', 'greed', 'deed', 'heed', 'embed', 'weed', 'steed', 'creed']);

const AFTER_BARE_BE = /(?:\b(?:will|would|shall|to)|'ll)\s+(?:not\s+|never\s+)?be\s+$/i;
/** Irregular past forms that are also participles: "is held", "are kept" (a present passive). */
const PARTICIPLES = new Set(['held', 'made', 'sent', 'paid', 'found', 'built', 'kept', 'sold', 'bought', 'brought', 'led', 'shot', 'struck', 'caught', 'left', 'lost', 'won']);
/** "while the track is replaced", "as roads are resurfaced": a present passive, no past tense. */
const AFTER_PRESENT_BE = /\b(?:is|are|am|being)\s+(?:not\s+|still\s+|now\s+|being\s+)?$/i;

/** The direction a cue gives, or null for a word in -ed that is no verb. */
function cueDirection(m: RegExpExecArray): Direction {
  const groups = m.groups ?? {};
  if (groups.ed !== undefined) {
    const word = groups.ed;
    if (word.charCodeAt(0) < 97 || NOT_PAST_ED.has(word.toLowerCase())) return null;
    // "will be completed", "to be repaid": a participle after "will be" is no past tense ("could
    // not be reached Monday" is, mostly: only "will", "would", "shall" and "to" count).
    const lead = m.input.slice(Math.max(0, m.index - 20), m.index);
    if (AFTER_BARE_BE.test(lead) || AFTER_PRESENT_BE.test(lead)) return null;
    return 'past';
  }
  // "will be held", "to be paid": an irregular participle after "will be" is no past tense either.
  if (groups.past !== undefined && /[a-z]/.test(m[0].slice(-1))) {
    const lead = m.input.slice(Math.max(0, m.index - 20), m.index);
    if (AFTER_BARE_BE.test(lead) || (AFTER_PRESENT_BE.test(lead) && PARTICIPLES.has(m[0].toLowerCase()))) return null;
  }
  return groups.past !== undefined || groups.pastPlan !== undefined ? 'past' : 'future';
}

/** The last cue in text: its direction and where it ends (-1 when none). */
function lastCue(text: string): { dir: Direction; end: number } {
  CUE.lastIndex = 0;
  let dir: Direction = null;
  let at = -1;
  let end = -1;
  let m: RegExpExecArray | null;
  while ((m = CUE.exec(text))) {
    const d = cueDirection(m);
    if (!d) continue;
    dir = d;
    at = m.index;
    end = m.index + m[0].length;
  }
  PRESENT_SCHEDULE.lastIndex = 0;
  while ((m = PRESENT_SCHEDULE.exec(text))) if (m.index > at) return { dir: 'future', end: m.index + m[0].length };
  return { dir, end };
}

/** The first cue in text and where it begins. */
function firstCue(text: string): { dir: Direction; at: number } {
  CUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUE.exec(text))) {
    const d = cueDirection(m);
    if (d) return { dir: d, at: m.index };
  }
  return { dir: null, at: -1 };
}

/** A cue this close before the date wins; further away, the nearer cue of either side. */
const NEAR = 50;
/** How far from the date a cue may be: about a clause. */
const WINDOW = 80;
/** "Until Friday, they had not ...": a fronted phrase takes the tense of the clause after it. */
const FRONTED = /^\W*(?:until|till|by)\s+$/i;

/** "by February", "by the end of May", "by April 1 and [October 1]": a deadline (or the second of two). */
const BY_DEADLINE = /\b[Bb]y\s+(?:(?:early|late|mid|the\s+end\s+of)[-\s]+)?(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,5}day),?\s+(?:and|or)\s+)?$/;

/** "to move livestock": an infinitive ("to the", "to a", "to Paris" are no verb). */
const INFINITIVE = /\bto\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|be|have|been)\b)[a-z]{2,}\b/;

/** A headline's future: a subject of up to four words, then "to" and a verb ("Storm to bring", "Rail staff to strike"). */
const HEADLINE_INFINITIVE = /^\W*(?:[\p{L}\d'’-]+\s+){1,4}to\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|be|have|been|him|them|us|me|it)\b)[a-z]{2,}\b[^,;:]*$/u;

/** "... has announced three days of mourning, beginning on Tuesday": a period opening on a day. */
const OPENING_ON = /\b(?:beginning|starting)\s+(?:on\s+|from\s+)?$/i;
/** OPENING_ON on the last words only: the test runs before every weekday and month. */
function opensOn(beforeText: string): boolean {
  return OPENING_ON.test(beforeText.slice(-20));
}
/** A present perfect ("has announced", "have agreed"): the clause speaks from now. */
const PRESENT_PERFECT = /\b(?:has|have|'ve)\s+(?:already\s+|now\s+|just\s+)?[a-z]+(?:ed|en|wn|d)\b/i;

/** A present-tense verb just after the date: "is", "are", a scheduled event's verb ("starts"). */
const PRESENT_AFTER = new RegExp(String.raw`^\s+(?:is|are|${alternatives(SCHEDULE_VERBS.map(([, third]) => third))})\b(?!\s+(?:said|reported|expected\s+to\s+have)\b)`);

export function directionAt(sentence: string, start: number, end: number): Direction {
  const from = Math.max(0, start - WINDOW);
  const beforeText = sentence.slice(from, start);
  // A period a present-perfect clause says opens on a day still lies ahead (a past one would be told in the past tense).
  if (opensOn(beforeText) && PRESENT_PERFECT.test(beforeText) && !/\b(?:was|were|had)\b/i.test(beforeText)) return 'future';
  const fronted = start <= 12 && FRONTED.test(sentence.slice(0, start));
  const before = fronted ? { dir: null, end: -1 } : lastCue(beforeText);
  // "repay the loan by February": a deadline lies ahead ("By May, prices had fallen": the clause says).
  // "urged residents to move livestock by Wednesday": the deadline of an infinitive after a past verb.
  if (!fronted && BY_DEADLINE.test(beforeText) && (before.dir !== 'past' || INFINITIVE.test(beforeText.slice(before.end)))) return 'future';
  const beforeDistance = before.dir ? beforeText.length - before.end : Infinity;
  // "Ahead of the trip, the ministry on Sunday issued ...": a comma closes the cue's phrase.
  const closed = before.dir !== null && beforeText.indexOf(',', before.end) >= 0;
  if (beforeDistance <= NEAR && !closed) return before.dir;
  const afterText = sentence.slice(end, end + WINDOW);
  const after = firstCue(afterText);
  const afterDistance = after.dir ? after.at : Infinity;
  // "the time trial on Saturday is 38 kilometres", "the race on Sunday starts at 9am": a date
  // whose phrase is the subject of a present-tense verb is one to come (with no nearer cue before).
  if (before.dir === null && afterDistance > 0 && PRESENT_AFTER.test(afterText)) return 'future';
  if (beforeDistance <= NEAR && afterDistance > NEAR) return before.dir;
  // "Storm to bring snow on Wednesday", "Council to decide on Thursday": with no other cue near, an infinitive looks ahead.
  if (!fronted && before.dir === null && afterDistance > NEAR && start <= WINDOW && HEADLINE_INFINITIVE.test(sentence.slice(0, start))) return 'future';
  if (afterDistance < beforeDistance) return after.dir;
  return before.dir;
}
