import { alternation } from '../../regex.js';
import { DECADE_WORDS, NOT_YEAR_AFTER, NUMBER_WORDS, ORDINALS, SEASONS } from './words.js';
import { MOD, MONTH_FULL, type Rule, SEVERAL_QUARTERS, YEAR, isEarlyYear, isYearContext, lower, monthNumber, reportedQuarter, yearValue } from './grammar.js';

/** Years, decades and centuries: "2003", "the 1990s", "nineteen eighty-four", "the 21st century". */

/** "/25", "-25", "/2025" right after a year: the second year of a split year. */
const SPLIT_YEAR_AFTER = /^(?:\/(?:\d{2}|\d{4})|[\u2013-]\d{2})(?!\d|[/\u2013-]\d)/;

/** Whether the digits (2 or 4) name the year after `y`. */
function splitsIntoNext(y: number, after: string): boolean {
  const digits = /^\d+/.exec(after)?.[0] ?? '';
  return digits.length === 2 ? Number(digits) === (y + 1) % 100 : Number(digits) === y + 1;
}

export const year: Rule = {
  name: 'year',
  source: `(?<the>the\\s+)?(?<mod>${MOD}|the\\s+(?:first|second|latter|last)\\s+(?:half|part)\\s+of\\s+)?(?<fiscal>(?:(?:fiscal|financial)(?:\\s+year)?|calendar\\s+year|the\\s+year|FY)\\s*)?(?<year>${YEAR})(?<s>'?s)?(?:\\s+(?<period>quarter|period)(?![a-z-])|\\s+(?:or\\s+(?:later|earlier|before|after)|and\\s+(?:beyond|after|later|earlier))(?![a-z-]))?`,
  interpret(input) {
    const { g, text } = input;
    const y = Number(g('year'));
    const fiscal = g('fiscal');
    // "the 1800s", "the early 1900s": a round hundred before 2000 names its century ("the 2000s" is
    // mostly the decade).
    if (g('s') && y % 100 === 0 && y < 2000) return { type: 'DATE', value: String(y / 100) };
    if (g('s')) return y % 10 === 0 ? { type: 'DATE', value: String(Math.floor(y / 10)) } : null;
    // "the 1988 quarter" in a quarterly report: the reported quarter of that year.
    if (g('period') && !g('mod') && !fiscal) {
      const reported = input.anchor.quarterly && !SEVERAL_QUARTERS.test(input.sentence) ? reportedQuarter(input.anchor) : '';
      return { type: 'DATE', value: reported.includes('-Q') ? `${g('year')}${reported.slice(reported.indexOf('-Q'))}` : String(y) };
    }
    if (g('the') && !g('mod')) return null;
    // "the 2019/20 season", "its budget for 2021-22": a financial year or season across two years,
    // which the conventions leave unannotated; its first year alone is no date.
    if (SPLIT_YEAR_AFTER.test(input.sentence.slice(input.end, input.end + 6)) && splitsIntoNext(y, input.sentence.slice(input.end + 1, input.end + 6))) return null;
    if (!fiscal && !g('mod') && !isYearContext(input, g('year') ?? '')) return null;
    if (fiscal && /^FY$/i.test(fiscal.trim()) && !/^FY/.test(fiscal)) return null;
    if (y < 1800 && !fiscal && !g('mod') && !isEarlyYear(input.sentence, input.start, input.end)) return null;
    return { type: 'DATE', value: yearValue(y, g('mod')) };
  },
};

export const decade: Rule = {
  name: 'decade',
  source: `(?:the\\s+)?(?<mod>(?:early|late|mid)(?:-|\\s+))?(?:'(?<yy>\\d0)s|(?<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?![a-z]))`,
  interpret({ g, text, anchor }) {
    if (g('dw') && !/^the\s/i.test(text)) return null;
    const tens = g('yy') ? Number(g('yy')) / 10 : DECADE_WORDS[lower(g('dw'))];
    const century = anchor.dct && anchor.dct.y >= 2000 && tens <= Math.floor((anchor.dct.y % 100) / 10) ? 20 : 19;
    return { type: 'DATE', value: `${century}${tens}` };
  },
};

/** A year in words: "nineteen ninety-four", "two thousand and one" (groups tens, unit, unit2). */
const SPELLED_YEAR = `(?:nineteen[-\\s](?<tens>ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?<unit>one|two|three|four|five|six|seven|eight|nine)(?![a-z]))?|two\\s+thousand(?:\\s+and)?(?:[-\\s](?<unit2>one|two|three|four|five|six|seven|eight|nine|ten)(?![a-z]))?)`;

function spelledYearOf(g: (name: string) => string | undefined): number {
  if (g('tens')) return 1900 + NUMBER_WORDS[lower(g('tens'))] + (g('unit') ? NUMBER_WORDS[lower(g('unit'))] : 0);
  return 2000 + (g('unit2') ? NUMBER_WORDS[lower(g('unit2'))] : 0);
}

export const spelledYear: Rule = {
  name: 'spelled-year',
  needs: ['nineteen', 'thousand'],
  source: `(?:the\\s+year\\s+)?(?<mod>(?:early|late|mid)(?:-|\\s+))?(?:(?<month>${MONTH_FULL})\\s+)?${SPELLED_YEAR}`,
  interpret({ g, sentence, end }) {
    // "two thousand years", "two thousand people": a count, no year.
    const next = /^\s+([a-z]+)/.exec(sentence.slice(end, end + 16))?.[1] ?? '';
    if (NOT_YEAR_AFTER.has(next) || /^(?:years?|centuries|decades?|months?|weeks?|days?|of)$/.test(next)) return null;
    const y = spelledYearOf(g);
    const m = g('month') ? monthNumber(g('month')) : 0;
    return { type: 'DATE', value: m ? `${y}-${String(m).padStart(2, '0')}` : String(y) };
  },
};

export const century: Rule = {
  name: 'century',
  needs: ['century'],
  source: `(?:the\\s+)?(?<ord>\\d{1,2}(?:st|nd|rd|th)|${alternation(Object.keys(ORDINALS).filter((k) => !/\d|final|last/.test(k)))})[-\\s]+century(?![a-z])`,
  interpret({ g }) {
    const w = lower(g('ord'));
    const n = /^\d/.test(w) ? parseInt(w, 10) : ORDINALS[w];
    if (!n || n > 21) return null;
    return { type: 'DATE', value: String(n - 1).padStart(2, '0') };
  },
};

export const seasonOfYear: Rule = {
  name: 'season-of-year',
  needs: ['spring', 'summer', 'fall', 'autumn', 'winter'],
  source: `(?<mod>(?:early|late|mid)(?:-|\\s+))?(?:the\\s+)?(?<season>spring|summer|fall|autumn|winter)\\s+(?:of\\s+)?(?:(?<year>${YEAR})|${SPELLED_YEAR})`,
  interpret({ g }) {
    return { type: 'DATE', value: `${g('year') ?? spelledYearOf(g)}-${SEASONS[lower(g('season'))]}` };
  },
};
