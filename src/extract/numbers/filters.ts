import { isYearLike, type Quantity } from './scan.js';
import { MONTH_NAME } from '../dates/words.js';
import { CURRENCY_WORDS, MEASURE_UNITS, MONTHS, NP_STOP, ONE_PRONOUN_NEXT, ONE_PRONOUN_PREV, QUALIFIERS_BEFORE } from './words.js';
import { charClass, codeAt, codePointBefore, codeUnits, isSpace, LETTER, NUMBER } from '../../chars.js';

const NEXT_WORD_RE = /^\s*([\p{L}][\p{L}\p{N}'’-]*)/u;
const TIME_AFTER_RE = /^(?:\s?(?:a\.?m\b\.?|p\.?m\b\.?)|:\d\d|\s+o['’]\s?clock\b)/i;
const PHONE_RE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)\s?|0\d{3,4}[\s.-]|\d{2,4}[\s.-])\d{3,4}[\s.-]\d{3,4}(?!\d)/g;
const LIST_BEFORE_RE = /(?:^|[“"‘:;(]|\band)\s*$/i;
/** Words before a bare four-digit number that make it a year ("in 1997", "of 1997"). */
const YEAR_BEFORE = new Set(['in', 'of', 'since', 'by', 'from', 'until', 'till', 'to', 'during', 'between', 'and', 'early', 'late', 'mid', 'spring', 'summer', 'autumn', 'fall', 'winter', 'before', 'after', 'around', 'circa', 'year', 'season', 'for', 'through']);
const NAME_FUNCTION_WORDS = new Set([...NP_STOP, ...Object.keys(QUALIFIERS_BEFORE), 'only', 'just', 'top', 'nearly', 'roughly', 'some', 'about', 'almost']);

const isDigit = (c: number) => c >= 48 && c <= 57;
const isHyphenOrDash = (c: number) => c === 45 || c === 0x2013;
/** One UTF-16 unit that is `\p{L}` (half a surrogate pair is not, as a one-unit slice tested with the u flag is not). */
const isLetterUnit = (c: number) => c >= 0 && (charClass(c) & LETTER) !== 0;
/** Right after the digits, and right before them: a slash, multiplication or power sign of a formula or fraction. */
const FORMULA_AFTER = new Set(['/', '⁄', '×', '^'].map((c) => c.charCodeAt(0)));
const FORMULA_BEFORE = new Set(['/', '⁄', '×', '^', '−'].map((c) => c.charCodeAt(0)));

const isPrevWordChar = (c: number) => (charClass(c) & (LETTER | NUMBER)) !== 0 || c === 38 || c === 39 || c === 0x2019;

/**
 * The word before a number and what separates them, as `/([\p{L}][\p{L}\p{N}&'’]*)(\.?)([\s-]+)$/u`
 * would find it in `before`, read backwards instead of tried from every position.
 */
function previousWord(before: string): { word: string; sep: string } | null {
  let sepStart = before.length;
  while (sepStart > 0 && (isSpace(codeAt(before, sepStart - 1)) || codeAt(before, sepStart - 1) === 45)) sepStart--;
  if (sepStart === before.length) return null;
  const wordEnd = codeAt(before, sepStart - 1) === 46 ? sepStart - 1 : sepStart;
  let wordStart = wordEnd;
  for (let cp: number; wordStart > 0 && isPrevWordChar((cp = codePointBefore(before, wordStart))); ) wordStart -= codeUnits(cp);
  // The word starts at its first letter ("3D" is "D").
  for (let cp: number; wordStart < wordEnd && !(charClass((cp = before.codePointAt(wordStart)!)) & LETTER); ) wordStart += codeUnits(cp);
  return wordStart < wordEnd ? { word: before.slice(wordStart, wordEnd), sep: before.slice(sepStart) } : null;
}

/** Phone numbers in a sentence, as [start, end) pairs (sentence-relative). */
export function phoneSpans(sentence: string): Array<[number, number]> {
  if (!/\d[\s.-]\d{3}/.test(sentence)) return [];
  const spans: Array<[number, number]> = [];
  PHONE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PHONE_RE.exec(sentence))) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

// Capitalised only: "3 to 5 may help" has no month.
const MONTH_WORD = `${MONTH_NAME}\\.?`;
const DAY_PAIR_BEFORE = new RegExp(`\\b${MONTH_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*(?:and|or|to|through|-|–)\\s*$`);
const DAY_PAIR_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s*(?:and|or|to|through|-|–)\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_WORD}\\b`);

/**
 * Why a scanned expression is not a quantity (a year, a day of the month, a name, a list
 * marker, a time of day, a pronoun), or null when it is one.
 */
export function notAQuantity(sentence: string, q: Quantity, phones: Array<[number, number]>): string | null {
  const before = sentence.slice(Math.max(0, q.start - 40), q.start);
  const after = sentence.slice(q.end, q.end + 40);
  const prevMatch = previousWord(before);
  const prev = prevMatch?.word ?? '';
  const prevLower = prev.toLowerCase();
  const next = NEXT_WORD_RE.exec(after)?.[1] ?? '';
  const nextLower = next.toLowerCase();
  const bare = !q.unit && !q.currencyPrefix && !q.scaled && q.qualifier === 'exact';
  /** The core is plain digits (no comma, no point): `/^\d{m,n}$/` is then only a test of its length. */
  const allDigits = /^\d+$/.test(q.core);

  if (phones.some(([s, e]) => q.coreStart >= s && q.coreStart < e)) return 'phone';
  // (A score line the scanner read in its context: "won 3-2", "a 2-1 defeat".)
  if (q.rule === 'score') return null;
  if (q.kind === 'digits') {
    const why = digitsNotAQuantity(sentence, q, before, after, prevMatch, prevLower, next, nextLower, bare, allDigits);
    if (why) return why;
  }
  if (q.kind === 'words' && /^,/.test(sentence.slice(q.end, q.end + 1)) && LIST_BEFORE_RE.test(q.start <= 40 ? sentence.slice(0, q.start) : before)) {
    return 'list-marker';
  }
  if (q.kind === 'words' && /^one$/i.test(q.core) && bare) {
    // "postings that included one saying that ...", "especially one equipped with": "one" as the subject of a verb form.
    // ("only one showed the logo" counts: a past verb with an object is the one's own verb.)
    if (/^\s+(?:\p{Ll}+ing\s+(?:that|the|a|an|to|it|he|she|they|his|her|its|their|what|how)\b|(?:\p{Ll}+ed|known|seen|given|made|taken|built|held|written|run|found|thought|shown|driven|chosen)\s+(?:by|with|as|from)\b)/u.test(after) && !/^\s+(?:leading|ruling|governing|missing|remaining|existing|opposing)\b/.test(after)) return 'pronoun-one';
    // ("one of the best speakers", "one of its largest dinosaurs": one of a group ranked by a superlative is a count of one.)
    if (nextLower === 'of' && ONE_OF_SUPERLATIVE.test(after) && !ONE_PRONOUN_PREV.has(prevLower)) return null;
    if (!next || ONE_PRONOUN_NEXT.has(nextLower) || ONE_PRONOUN_PREV.has(prevLower) || /^\s*[,.;:!?)”"’]/.test(after) || /^\s*$/.test(after)) return 'pronoun-one';
    if (/\p{Lu}/u.test(prev[0] ?? '') && !NAME_FUNCTION_WORDS.has(prevLower) && prevMatch?.sep === ' ') return 'name';
  }
  // "won stage five of the race", "on day three of the trial", "in round 2,": a number after a label noun names which
  // one (an ordinal), with nothing counted after it.
  if (bare && (q.kind === 'words' || (q.kind === 'digits' && (allDigits && q.core.length <= 3))) && prevMatch?.sep === ' ' && LABEL_NOUNS.has(prev) && (!next || NP_STOP.has(nextLower) || /^\s*[^\s\p{L}\p{N}]/u.test(after))) return 'label';
  if (q.kind === 'words' && bare && /^\s*[-–]\s*\d/.test(after)) return 'score';
  // "at nine o'clock", "half past six", "ten past nine", "quarter to seven", "at three in the morning": a clock time in words.
  if (q.kind === 'words' && bare && Number.isInteger(q.value) && q.value >= 1 && q.value <= 12) {
    if (/^\s*o['’]\s?clock\b/i.test(after)) return 'time-of-day';
    if ((prevLower === 'past' || prevLower === 'to') && PAST_OR_TO_CLOCK.test(before)) return 'time-of-day';
    if (/^\s+(?:minutes\s+)?(?:past|to)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight)\b/i.test(after) && /^\s*past\b|minutes/i.test(after)) return 'time-of-day';
    if (CLOCK_PHRASE_AFTER.test(after) && CLOCK_PREP.has(prevLower)) return 'time-of-day';
  }
  // "Big Four", "Formula One", "Famous Five": a capitalised number word inside a name.
  if (q.kind === 'words' && bare && /^\p{Lu}/u.test(q.core) && /^ \p{Lu}/u.test(after) && !NAME_FUNCTION_WORDS.has(nextLower)) return 'name';
  if (q.kind === 'words' && bare && /^\p{Lu}/u.test(q.core) && prev && /^\p{Lu}/u.test(prev) && !NAME_FUNCTION_WORDS.has(prevLower) && prevMatch?.sep === ' ') return 'name';
  // ("one in five" is a share whatever follows.)
  if (q.kind === 'fraction' && q.rule !== 'share') {
    // "a third of", "half an hour", "half the class", "half their income": a part of what follows.
    // ("fell by a third since", "cut by half.": after "by", a change by that part, nothing counted after it.)
    // ("a fall of almost a fifth.", "an increase of a third in": after "of" too; "Nearly a third voted for ...": a
    // fraction with a qualifier is a part, unless an ordinal's noun follows.)
    if (!FRACTION_OF.test(after) && !((prevLower === 'by' || prevLower === 'of') && prevMatch?.sep === ' ' && FRACTION_BY_END.test(after)) && !(q.qualifier !== 'exact' && /^(?:a|one)[\s-]/i.test(q.core) && !ORDINAL_NOUN_AFTER.test(after) && !/^-/.test(after))) return 'not-a-fraction';
    if (/^(?:first|second|third|this|last|next|the|other|final|opening|latter|former)$/i.test(prevLower)) return 'not-a-fraction';
  }
  if (/^\s*ago\b/i.test(after)) return 'date-ago';
  if (q.kind === 'vague' && /^scores$/i.test(q.core) && !/^\s+of\b/i.test(after)) return 'verb-scores';
  // Numbers in names: "Apollo 13", "Airbus 380", "Route 66", "Zenith 100", "Game 7".
  // ("Velden's 35 goals": after a possessive the figure is the owner's count.)
  if (q.kind === 'digits' && bare && prev && /^\p{Lu}|^\p{Ll}+\p{Lu}/u.test(prev) && !/['’]s$/.test(prev) && !NAME_FUNCTION_WORDS.has(prevLower) && !MONTHS.has(prevLower)) {
    const sep = prevMatch?.sep ?? '';
    if (sep === ' ' || sep === '-' || sep === ' -') return 'name';
  }
  if (q.kind === 'digits' && !q.unit && q.start === q.coreStart && /^-$/.test(sentence.slice(q.coreStart - 1, q.coreStart)) && /[\p{L}]$/u.test(sentence.slice(Math.max(0, q.coreStart - 2), q.coreStart - 1))) return 'name';
  // "900 Series trucks", "380 Skyliner": a bare number glued to a capitalised model name.
  if (q.kind === 'digits' && bare && /^\d+$/.test(q.core) && /^\p{Lu}/u.test(next) && /^ \S/.test(after) && !/s$/.test(next) && !MONTHS.has(nextLower)) return 'name';
  // ("read up about 403 plans": before a figure that names a plan, "about" is the preposition, after a word that
  // takes it; "filed about 347 plans", "some 347 plans": elsewhere a quantity word before the figure makes it a count.)
  if (q.kind === 'digits' && !q.unit && !q.currencyPrefix && !q.scaled && (q.qualifier === 'exact' || (q.qualifier === 'about' && aboutAsPreposition(sentence, q, prevLower))) && codeNamed(sentence, q, before)) return 'name';
  // "40 Winks", "12 Stones": a capitalised unit word the scan left off is part of a name.
  if (q.kind === 'digits' && bare && /^\p{Lu}\p{Ll}/u.test(next) && /^ \S/.test(after) && (nextLower in MEASURE_UNITS || nextLower in CURRENCY_WORDS) && !MONTHS.has(nextLower)) return 'name';
  if (q.kind === 'digits' && bare && /^\d+$/.test(q.core)) {
    const why = titleOrRank(before, after, prevLower, prevMatch?.sep ?? '');
    if (why) return why;
  }
  // "sank to the bottom four after a run", "reached the last eight in Velden": a rank in words, nothing counted after it.
  if (q.kind === 'words' && bare && RANK_BEFORE.test(before) && RANK_END.test(after)) return 'rank';
  // "category 4", "level 3", "number 10", "article 5", "chapter 11", "room 101".
  if (q.kind === 'digits' && bare && /^(?:category|level|number|no|article|chapter|section|room|phase|stage|step|page|season|episode|gate|flight|route|highway|grade|tier|round|game|race|lap|week|day|version|model|row|seat|platform|pier|unit|channel|the)$/i.test(prevLower) && !/^\s+(?:of|out)\b/i.test(after)) {
    if (prevLower !== 'the' || !next || NP_STOP.has(nextLower)) return 'label';
  }
  return null;
}

/**
 * Why a figure in digits is not a quantity, by the rules for digits only (`notAQuantity` goes on when none says).
 * (A function of its own: one function of all the rules is costly for the optimising compiler to compile.)
 */
function digitsNotAQuantity(
  sentence: string,
  q: Quantity,
  before: string,
  after: string,
  prevMatch: { word: string; sep: string } | null,
  prevLower: string,
  next: string,
  nextLower: string,
  bare: boolean,
  allDigits: boolean,
): string | null {
  // "555-0143, ext. 2207", "extension 41": a phone extension is a number to dial, not an amount.
  if (bare && /(?:\bext\.?|\bextension)\s*$/i.test(before)) return 'phone';
  // "2024-10-28", "A-12-3": digits chained by hyphens to other digits are a date or a code.
  // ("10-15,000 people": the second end of a range the scanner joined is no code.)
  if (bare && !q.rule.endsWith('-range') && ((isHyphenOrDash(codeAt(sentence, q.coreStart - 1)) && isDigit(codeAt(sentence, q.coreStart - 2))) || (isHyphenOrDash(codeAt(sentence, q.coreEnd)) && isDigit(codeAt(sentence, q.coreEnd + 1))))) return 'code-or-date';
  // A letter glued on: "21st", "1980s", "4s", "4G".
  if (isLetterUnit(codeAt(sentence, q.end)) && q.end === q.coreEnd) return 'ordinal-or-code';
  // Glued to letters before ("G7", "B52") unless that is a currency code ("USD5m", "RM4.20").
  if (isLetterUnit(codeAt(sentence, q.coreStart - 1)) && !q.currencyPrefix) return 'ordinal-or-code';
  if ((q.end === q.coreEnd && FORMULA_AFTER.has(codeAt(sentence, q.coreEnd))) || (q.start === q.coreStart && FORMULA_BEFORE.has(codeAt(sentence, q.coreStart - 1)))) return 'formula-or-fraction';
  if (/^['’]s\b/.test(sentence.slice(q.coreEnd, q.coreEnd + 3)) && q.end === q.coreEnd) return 'decade';
  if (TIME_AFTER_RE.test(sentence.slice(q.coreEnd, q.coreEnd + 10))) return 'time-of-day';
  if (CLOCK_PHRASE_AFTER.test(after) && CLOCK_PREP.has(prevLower) && q.value >= 1 && q.value <= 12) return 'time-of-day';
  if ((codeAt(sentence, q.coreStart - 1) === 58 || codeAt(sentence, q.coreStart - 1) === 46) && isDigit(codeAt(sentence, q.coreStart - 2))) return 'time-of-day';
  // "from about 2009 until 2020", "since around 1990,": an approximate year after a preposition of time, nothing counted after it.
  // ("until at least 2045", "built in about 1620": a bound on a year too, and any year of four digits.)
  if (isYearLike(q) && !q.unit && !q.scaled && /^(?:about|around|roughly|circa|at\s+least|as\s+early\s+as|as\s+late\s+as|no\s+later\s+than|no\s+earlier\s+than)$/i.test(sentence.slice(q.start, q.coreStart).trim()) && /\b(?:from|since|until|till|in|by|before|after|to|through)\s+$/i.test(before) && (!next || NP_STOP.has(nextLower) || /^(?:until|till|to|and|when|onwards|onward)$/.test(nextLower) || /^\s*[^\s\p{L}]/u.test(after))) return 'year';
  if (isYearLike(q) && bare && (Number(q.core) >= 1800 && Number(q.core) <= 2100 || YEAR_BEFORE.has(prevLower) || !next || NP_STOP.has(nextLower) || MONTHS.has(nextLower) || /^\s*[^\s\p{L}]/u.test(after) || /^\p{Lu}/u.test(next))) return 'year';
  if ((allDigits && q.core.length <= 2) && Number(q.core) <= 31 && bare) {
    if (MONTHS.has(prevLower) || MONTHS.has(nextLower)) return 'day-of-month';
    // "on Thursday 9.", "Friday 14's game": a day of the week before a day's number, nothing counted after it.
    if (DAY_NAMES.has(prevLower) && prevMatch?.sep === ' ' && (!next || NP_STOP.has(nextLower) || /^(?:['’]s\b|\s*[,.;:!?)”"’])/.test(after))) return 'day-of-month';
    // "June 24 and 25", "3 to 5 May": the other day of a pair whose first (or last) has the month.
    if (DAY_PAIR_BEFORE.test(before) || DAY_PAIR_AFTER.test(after)) return 'day-of-month';
  }
  if (/^[(]?\d+[.)]\s/.test(sentence.slice(q.coreStart - (sentence[q.coreStart - 1] === '(' ? 1 : 0), q.coreStart + q.core.length + 2)) && q.coreStart <= 1) return 'list-marker';
  // "**1. Read the label**", "## 2) Call the office", "- 3. Wait": a numbered label opening a line after markdown
  // emphasis, a heading mark or a bullet.
  if (bare && (allDigits && q.core.length <= 2) && /^[.)](?:\s|$)/.test(sentence.slice(q.coreEnd, q.coreEnd + 2)) && LINE_LABEL_BEFORE.test(sentence.slice(Math.max(0, q.coreStart - 12), q.coreStart))) return 'list-marker';
  // "text HOPE to 60123", "SMS 'AID' to 81234": a short code to send a message to, not an amount.
  if (bare && (allDigits && q.core.length >= 4 && q.core.length <= 6) && SHORT_CODE_BEFORE.test(before)) return 'phone';
  // "call the helpline 0123", "our hotline number 4455", "dial 112", "call the 101 service": a number to ring,
  // not an amount. (After "call" or "ring" only with three or more digits and nothing counted after it.)
  if (bare && (allDigits && q.core.length >= 3)) {
    if (HELPLINE_BEFORE.test(before) || DIAL_BEFORE.test(before)) return 'phone';
    if (CALL_BEFORE.test(before) && (!next || SERVICE_NOUN.test(nextLower) || /^\s*[^\s\p{L}]/u.test(after))) return 'phone';
  }
  // "Notes to editors 1.", "Standings: 1. Varro 3hr 02min; 2. Kesh at 12sec": a numbered label after a notes
  // heading, a colon or a semicolon, before a capitalised name or sentence (or where the segmenter ended one at it).
  if (bare && (allDigits && q.core.length <= 2) && q.end === q.coreEnd) {
    const tail = sentence.slice(q.coreEnd, q.coreEnd + 3);
    if ((/^[.)](?:\s+\p{Lu}|\s*$)/u.test(tail) && /[:;]\s*$/.test(before)) || (/^[.)](?:\s|$)/.test(tail) && NOTES_HEADING_BEFORE.test(before))) return 'list-marker';
  }
  return null;
}

/** After "one": "of", a determiner or an owner, then a superlative ("most", "best", "-est": "the proudest moments"). */
const ONE_OF_SUPERLATIVE = /^\s+of\s+(?:the|its|their|his|her|our|my|your|this|these|those|[\p{L}]+['’]s?)\s+(?:(?:very|all-time)\s+)?(?:most|least|best|worst|(?!(?:inter|for|hon|mod|w|cont|requ|prot|gu|ch|n|t|arr|harv|qu|sugg|dig|manif|conqu|p|v|cr|pri|r|inqu|b|l|z|famili|dishon|earn|imm|inv)est\b)\p{Ll}{2,}est)\b/u;

/** Before a list label at the start of a line: only markdown marks, bullets and an opening bracket. */
const LINE_LABEL_BEFORE = /(?:^|\n)[ \t]*(?:[*_#>•·-]+[ \t]*)*\(?$/;
/** "text HOPE to ", "txt the word AID to ", "SMS “FOOD” to ": the number a message is sent to comes next. */
const SHORT_CODE_BEFORE = /\b(?:text|txt|sms|texting)\s+(?:the\s+(?:word|code)\s+)?["“‘']?[\p{L}\p{N}]+["”’']?\s+to\s+$/iu;
/** Lower-case nouns a number after them labels: "stage five", "day three", "round 2", "chapter 12". */
const LABEL_NOUNS = new Set(['stage', 'round', 'leg', 'phase', 'chapter', 'level', 'grade', 'heat', 'episode', 'season', 'act', 'scene', 'part', 'step', 'game', 'day', 'page', 'platform', 'gate', 'junction', 'exit', 'section', 'clause', 'article', 'ward', 'lane']);
/** "the helpline ", "hotline number: ", "tel. ", "phone number ": a number to ring comes next. */
const HELPLINE_BEFORE = /\b(?:help\s?line|hot\s?line|free\s?phone|tel\.?|(?:tele)?phone\s+number)(?:\s+numbers?)?(?:\s+(?:is|on))?\s*:?\s*$/i;
/** "dial ", "dialled the ", "by dialling ": the number dialled comes next. */
const DIAL_BEFORE = /\bdial(?:s|led|ling|ed|ing)?\s+(?:the\s+)?$/i;
/** "call ", "ring the ", "calling ": a number to ring may come next. */
const CALL_BEFORE = /\b(?:call|calls|calling|ring|ringing)\s+(?:the\s+)?$/i;
const SERVICE_NOUN = /^(?:service|services|number|line|helpline|hotline|or|if|for|at|first|free|immediately|now|anytime|and)$/;
/** "Notes to editors ", "NOTES FOR EDITORS: ", "Editor's notes ": a numbered note follows. */
const NOTES_HEADING_BEFORE = /\b(?:notes?(?:\s+(?:to|for)\s+(?:editors?|readers))?|editor['’]?s['’]?\s+notes?)\s*:?\s*$/i;
/** Nouns after "a third", "a fifth" that make it an ordinal ("more than a third term", "almost a fifth time"). */
const ORDINAL_NOUN_AFTER = /^\s+(?:time|times|term|party|parties|round|place|consecutive|straight|successive|year|season|leg|day|week|month|generation|wave|way|option|attempt|bid|title|goal|set|game|match|reading|country|person|floor|grade|child|son|daughter|runway|lane|stage|edition|series|quarter|century)\b/i;

/** After a fraction: what it is a part of ("of", an article, a determiner, a possessive). */
const FRACTION_OF = /^\s+(?:of|a|an|the|his|her|its|their|our|my|your|this|that|these|those)\b/i;
/** After "by a third": the clause ends or a preposition or conjunction opens the next part, no noun counted. */
const FRACTION_BY_END = /^\s*(?:[,.;:!?)”"’]|$|(?:since|in|on|within|over|to|from|for|after|before|last|this|and|or|but|compared|than|while|as|at|during|between|against|because|when|until)\b)/i;
/** "half past ", "quarter-to ", "ten minutes past ", "twenty past ": the minutes of a clock time before its hour. */
const PAST_OR_TO_CLOCK = /(?:(?:^|[^\p{L}-])(?:half|quarter)[\s-](?:past|to)|\b\p{L}+\s+minutes\s+(?:past|to)|\b(?:five|ten|twenty|twenty-five)\s+past)\s+$/iu;
/** "at three in the morning", "by 11 at night": a clock hour before a part of the day. */
const CLOCK_PHRASE_AFTER = /^\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b/i;
/** Prepositions of a time of day: "at", "by", "until", "before", "after", "around", "from", "since". */
const CLOCK_PREP = new Set(['at', 'by', 'until', 'till', 'before', 'after', 'around', 'from', 'since', 'about', 'past']);

/** Words that take "about" as a preposition ("read up about", "asked about", "information about"): what follows is a topic. */
const ABOUT_TAKERS = new Set([
  'up', 'read', 'reading', 'learn', 'learned', 'learnt', 'learning', 'know', 'knew', 'known', 'knowing', 'talk', 'talks', 'talked', 'talking', 'ask', 'asks', 'asked', 'asking',
  'hear', 'heard', 'think', 'thinking', 'thought', 'write', 'wrote', 'written', 'writing', 'care', 'worry', 'worried', 'worries', 'complain', 'complained', 'complaints',
  'information', 'info', 'details', 'question', 'questions', 'advice', 'story', 'stories', 'article', 'news', 'guide', 'facts', 'more', 'curious', 'confused', 'concerned', 'forget', 'remember',
]);
/** "read up about 403 plans": the qualifier is the word "about" and the word before it takes "about" as a preposition. */
function aboutAsPreposition(sentence: string, q: Quantity, prevLower: string): boolean {
  return /^about\s/i.test(sentence.slice(q.start, q.coreStart)) && ABOUT_TAKERS.has(prevLower);
}

/** Nouns a number names a kind of rather than counts ("403 plans", "1099 forms", "482 visas"): plans, forms and visas are known by number. */
const CODE_NOUNS = new Set(['plan', 'plans', 'form', 'forms', 'visa', 'visas']);
/** After a figure, up to two lower-case modifiers and the noun: "403 college savings plans". */
const WORDS_AFTER = /^((?: \p{Ll}+){1,3})(?![\p{L}\p{N}'’-])/u;

/**
 * A number that names a model, a plan or a form, not how many: a whole figure of three or more
 * digits, not round and written without thousands commas, that is (1) before a noun known by
 * number ("403 plans", "1099 forms", "403 college savings plans"), or (2) after "a" and before a
 * singular common noun ("a 747 jet", "a 999 call": the article agrees with one thing, whose name
 * the figure is).
 */
function codeNamed(sentence: string, q: Quantity, before: string): boolean {
  // (Round figures are amounts: "340 forms", "1500 plans"; "1099" is not round.)
  if (!/^\d{3,}$/.test(q.core) || q.value % (q.value < 1000 ? 10 : 100) === 0) return false;
  const words = WORDS_AFTER.exec(sentence.slice(q.end, q.end + 40))?.[1].trim().split(' ');
  if (!words) return false;
  if (words.some((w) => CODE_NOUNS.has(w)) && words.slice(0, words.findIndex((w) => CODE_NOUNS.has(w))).every((w) => !NP_STOP.has(w))) return true;
  const noun = words[0];
  if (q.start !== q.coreStart || !/(?:^|[^\p{L}])an?\s+$/iu.test(before) || noun in MEASURE_UNITS || noun in CURRENCY_WORDS || NP_STOP.has(noun) || ADJECTIVES_BEFORE_COUNT.has(noun)) return false;
  return !/(?:[^su]s|people|men|children)$/.test(noun) && !/^ \p{Ll}+-/u.test(sentence.slice(q.end, q.end + 30));
}
/** Words that follow a count as an adjective: "a 163 strong team", "a 347 odd pages". */
const ADJECTIVES_BEFORE_COUNT = new Set(['strong', 'odd', 'plus', 'more', 'extra', 'new', 'further', 'additional', 'other']);

/** Nouns for a work with a title: "crime drama 52" names a film, not 52 of anything. */
/** (Not "show", "book", "hit": as verbs they take a count, "figures show 17 were hurt".) */
const WORK_NOUNS = new Set(['film', 'movie', 'drama', 'series', 'sitcom', 'soap', 'thriller', 'comedy', 'documentary', 'album', 'song', 'novel', 'musical', 'opera', 'programme', 'blockbuster', 'serial']);
/** Nothing counted follows the figure: punctuation, the end, a coordination or a verb of being. */
const NOTHING_AFTER = /^\s*(?:[,;:.!?)”"’]|$|(?:and|or|were|was|are|is|has|have|had|which|who)\b)/;
/** After a rank: the end of the clause or a preposition, no counted noun ("the bottom four after ...", "the last eight in ..."). */
const RANK_END = /^\s*(?:[,;:.!?)”"’]|$|(?:and|or|but|were|was|are|is|has|have|had|which|who|during|in|at|on|for|since|after|before|with|of|this|last|next)\b)/i;
/** Rank words before a figure: "the last 16", "the top 10", "a top five". */
const RANK_BEFORE = /(?:^|\b(?:the|a|their|its|his|her|our)\s+)(?:last|top|bottom|final)\s+$/i;

/**
 * A bare whole number that names a title or a rank, not an amount: "crime drama 52," (after a
 * noun for a work), "The Quay and Harbour Nights and 52 were", "Jo Bell for 52, Al Roe for ..." (in a
 * coordination of names), "reached the last 16", "made the top 10 of". Only when nothing counted follows.
 */
function titleOrRank(before: string, after: string, prevLower: string, sep: string): string | null {
  if (!NOTHING_AFTER.test(after) && !/^\s+of\b/i.test(after)) return null;
  if (RANK_BEFORE.test(before)) return 'rank';
  if (/^\s+of\b/i.test(after)) return null;
  if (WORK_NOUNS.has(prevLower) && sep === ' ' && /^\s*(?:[,;:.!?)”"’]|$)/.test(after)) return 'title';
  // Coordinated with a capitalised name (never after a comma: "Jo Bell, 35," is an age).
  if (/\p{Lu}[\p{L}'’-]*\s+(?:and|or|&)\s+$/u.test(before) && /^\s+(?:and|or|were|was|are|is|have|had)\b/.test(after)) return 'title';
  if (/\p{Lu}[\p{L}'’-]*\s+for\s+$/u.test(before) && /^\s*,\s*\p{Lu}[\p{L}'’-]*\s+\p{Lu}/u.test(after)) return 'title';
  return null;
}

const DAY_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * A bare whole number that is someone's age: "died aged 44", "aged under 30", "Jo Bell, 35, said".
 * The caller gives it the unit "year old" so questions can tell an age from a count.
 */
/** "aged 9 to ", "aged between 18 and ": the first end of an age band and its joining word. */
const AGE_BAND_BEFORE = /\baged\s+(?:between\s+)?\d{1,3}\s*(?:to|and|-|–)\s*$/i;

export function isAge(sentence: string, q: Quantity): boolean {
  if (q.unit || q.currencyPrefix || q.scaled || (q.kind !== 'digits' && q.kind !== 'words') || !Number.isInteger(q.value) || q.value < 1 || q.value > 120) return false;
  const prev = previousWord(sentence.slice(Math.max(0, q.start - 40), q.start));
  if (prev && prev.sep !== '-' && /^aged$/i.test(prev.word)) return true;
  // "pupils aged 9 to 14", "aged between 18 and 24": the second end of an age band is an age too.
  if (q.start === q.coreStart && AGE_BAND_BEFORE.test(sentence.slice(Math.max(0, q.start - 30), q.start))) return true;
  // "Jo Velt, at 15 the youngest marshal", "At 15, she left school": "at" and a bare number after a name or opening the sentence.
  if (prev && prev.sep === ' ' && /^at$/i.test(prev.word) && q.start === q.coreStart && /^(?:\s*,|\s+the\s)/.test(sentence.slice(q.end, q.end + 6))) {
    const lead = sentence.slice(0, q.start - prev.word.length - 1);
    if (/^\s*[“"‘]?$/.test(lead) || /\p{Lu}[\p{L}'’.-]*,\s*$/u.test(lead.slice(-30))) return true;
  }
  // "Jo Bell, who is 70,", "Omar Haddad, who turned 70.": a bare number after "who is" closing the clause is an age.
  if (q.kind === 'digits' && q.start === q.coreStart && /\bwho\s+(?:is|was|turned|turns|will\s+be)\s+$/i.test(sentence.slice(Math.max(0, q.start - 20), q.start)) && /^\s*(?:[,.;:)]|$|and\b)/.test(sentence.slice(q.end, q.end + 5))) return true;
  // "Name, 35,": an appositive number right after a capitalised word, closed by a comma.
  if (q.kind !== 'digits' || q.start !== q.coreStart || !/^,\s/.test(sentence.slice(q.end, q.end + 2))) return false;
  const window = sentence.slice(Math.max(0, q.start - 30), q.start);
  // "The prince, 20, apologised": a person named by "the" and one lower-case noun at the start of a sentence.
  if (q.start <= 30 && /^\s*[“"]?the\s+\p{Ll}+,\s+$/iu.test(sentence.slice(0, q.start))) return true;
  const m = /(\p{Lu}[\p{L}'’.-]*),\s+$/u.exec(window);
  return !!m && !MONTHS.has(m[1].toLowerCase()) && !DAY_NAMES.has(m[1].toLowerCase()) && !/^\p{Lu}+$/u.test(m[1]);
}

/** Words that say a sentence is about money: paying, costs, prices, earnings, fines, funds, debts, taxes. */
const MONEY_WORDS = /\b(?:pa(?:y|ys|id|ying|yment|yments|yout|youts)|costs?|costing|pric(?:e|es|ed|ing)|fares?|fees?|spen(?:d|ds|t|ding)|earn(?:s|ed|ing|ings)?|worth|fine[sd]?|charg(?:e|es|ed|ing)|wages?|salar(?:y|ies)|budgets?|funds?|funding|raised?|raising|sells?|sold|selling|buy|buys|bought|buying|afford\w*|ow(?:e|es|ed|ing)|debts?|loans?|tax(?:es)?|rents?|bills?|money|cash|donat\w+|grants?|revenues?|profits?|losses|income|savings?|invest\w*|compensation|bonus(?:es)?|pensions?|subsid\w+|allowances?|tariffs?|levy|levies|currency|cheap\w*|dearer|expensive|litre|valued?)\b/i;

/** Is `sentence` about money (a word of MONEY_WORDS in it)? */
export function moneyContext(sentence: string): boolean {
  return MONEY_WORDS.test(sentence);
}

/** After a one-letter sign's figure: a word that makes "the R30 ..." an amount rather than a road ("the R30 fare"). */
const AMOUNT_AFTER = /^\s+(?:more|less|extra|a|an|per|each|fares?|fees?|notes?|coins?|price|increase|rise|hike|cut|discount)\b/i;

/**
 * Is a figure after a sign of letters only ("R30", "Sh40 million", "AED 500") money? A scale ("Sh2.5 billion"),
 * or money said in its sentence (`moneyContext`) or, through `elsewhere`, in another sentence of the article with
 * the same sign. A one-letter sign is no money in a code ("R2-D2") nor in a road name after "the" ("on the R40",
 * "the N2 highway") unless an amount word follows ("the R30 fare").
 */
export function isSignMoney(sentence: string, q: Quantity, elsewhere: () => boolean): boolean {
  if (!q.letterSign) return true;
  if (q.letterSign.length === 1) {
    if (/^[-–]?[\p{L}\p{N}]/u.test(sentence.slice(q.coreEnd, q.coreEnd + 2)) && !q.scaled) return false;
    const signStart = sentence.lastIndexOf(q.letterSign, q.coreStart);
    if (/\bthe\s+$/i.test(sentence.slice(Math.max(0, signStart - 8), signStart)) && !AMOUNT_AFTER.test(sentence.slice(q.end, q.end + 16))) return false;
  }
  return q.scaled || moneyContext(sentence) || elsewhere();
}
