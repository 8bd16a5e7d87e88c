import { quarterOf } from './calendar.js';
import { monthValue, relativeUnitValue, yearOf } from './resolve.js';
import { ORDINALS } from './words.js';
import { MONTH_FULL, REL_OFFSET, type Rule, SEVERAL_QUARTERS, YEAR, lastWord, lower, monthNumber, quarterValue, reportedQuarter } from './grammar.js';

/** Quarters, halves and fiscal years: "the third quarter", "Q2 2024", "a year earlier". */

/**
 * "the three months to June", "in the three months to September 2024": the calendar quarter that
 * ends with that month (a reporting period in British, Irish, Australian and New Zealand usage),
 * one that has ended unless a year says otherwise. Only quarter ends: "the three months to May"
 * is no quarter.
 */
export const monthsToQuarterEnd: Rule = {
  name: 'months-to-quarter-end',
  source: `the\\s+(?:three|3)\\s+months\\s+to\\s+(?<month>${MONTH_FULL})(?:\\s+(?<year>${YEAR}))?(?![a-z\\d]|\\s*\\d)`,
  interpret({ g, anchor }) {
    if (!/^\p{Lu}/u.test(g('month') ?? '')) return null;
    const m = monthNumber(g('month'));
    if (m % 3 !== 0) return null;
    const year = g('year') ?? /^\d{4}/.exec(monthValue(anchor, m, 'past'))?.[0];
    return { type: 'DATE', value: year ? `${year}-Q${m / 3}` : `XXXX-Q${m / 3}` };
  },
};

export const quarter: Rule = {
  name: 'quarter',
  needs: ['quarter', 'half'],
  source: `(?:(?<det>the|a|this|that)\\s+)?(?:(?<relp>this|last|next)\\s+year's\\s+)?(?:(?<yr>${YEAR})\\s+)?(?:(?:fiscal|financial|calendar)[- ]?)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[- ](?:(?:fiscal|financial)[- ])?(?<qh>quarter|half)(?![a-z])(?:\\s+of\\s+(?:(?:fiscal\\s+)?(?<yr2>${YEAR})|(?<rel>last|this|next)\\s+year|the\\s+year))?`,
  interpret({ g, anchor, text, direction }) {
    const ord = ORDINALS[lower(g('ord'))] ?? 0;
    const half = lower(g('qh')) === 'half';
    // "the last quarter" alone is the one before this one (relative-unit); "of 2003" makes it the fourth.
    if (lower(g('ord')) === 'last' && !/\sof\s/i.test(text)) return null;
    if (half ? ord > 2 && lower(g('ord')) !== 'final' : ord > 4) return null;
    if (/^a\s/i.test(text) && !/^a\s+\w+\s/i.test(text)) return null;
    // "the third-quarter loss": a hyphenated quarter modifies the noun the determiner belongs to.
    if (g('det') && /(?:first|second|third|fourth|1st|2nd|3rd|4th|final)-(?:(?:fiscal|financial)-)?(?:quarter|half)/i.test(text)) return null;
    const rel = g('rel') ?? g('relp');
    const explicit = g('yr') ?? g('yr2');
    let year: number | null = explicit ? Number(explicit) : yearOf(anchor);
    if (year != null && rel) year += REL_OFFSET[lower(rel)] ?? 0;
    const y = year == null ? 'XXXX' : String(year);
    // "the first half" of a match is no half-year: only with a year or "fiscal" is it one.
    if (half && !explicit && !rel && !/fiscal|financial|of\s+the\s+year/i.test(text)) return null;
    if (half) return { type: 'DATE', value: `${y}-H${/^(?:final|last)$/.test(lower(g('ord'))) ? 2 : ord}` };
    if (!explicit && !rel) {
      const q = ord === 0 ? 4 : ord;
      // In January "profits for the fourth quarter" are last year's, unless the clause looks ahead.
      const later = anchor.dct != null && !/fiscal|financial/i.test(text) && year != null && q > quarterOf(anchor.dct.m) && direction() !== 'future';
      return { type: 'DATE', value: quarterValue(anchor, q, later ? year! - 1 : year) };
    }
    return { type: 'DATE', value: `${y}-Q${ord}` };
  },
};

export const quarterCode: Rule = {
  name: 'quarter-code',
  source: `Q(?<q>[1-4])(?:\\s+(?<yr>${YEAR}))?(?![a-z\\d])`,
  interpret({ g, anchor, text }) {
    if (!text.startsWith('Q')) return null;
    return { type: 'DATE', value: quarterValue(anchor, Number(g('q')), g('yr') ? Number(g('yr')) : yearOf(anchor)) };
  },
};

export const quarterReference: Rule = {
  name: 'quarter-reference',
  needs: ['quarter', 'half', 'period'],
  source: `(?:the|this|that|last|next|its)\\s+(?:(?<adj>latest|current|previous|prior|most\\s+recent|recent|just-ended|just-completed|past|coming|first)\\s+)?(?<fiscal>(?:fiscal|financial)\\s+)?(?<unit>quarter|half|period)(?![a-z])`,
  interpret({ g, anchor, text, sentence, end }) {
    const head = lower(text.split(/\s+/)[0]);
    const adj = lower(g('adj'));
    if (sentence[end] === '-') return null;
    const unit = lower(g('unit')) as 'quarter' | 'half';
    if (unit === 'half') return null;
    if (adj === 'first') return null;
    if ((unit as string) === 'period' && adj !== 'latest' && adj !== 'most recent') return null;
    if (head === 'next' || adj === 'coming') return { type: 'DATE', value: relativeUnitValue(anchor, unit, 1) };
    if (head === 'this' || adj === 'current') return { type: 'DATE', value: relativeUnitValue(anchor, unit, 0) };
    return { type: 'DATE', value: reportedQuarter(anchor) };
  },
};

/**
 * The same period a year before, named by its unit: "the corresponding period last year",
 * "the quarter a year ago", "last year's quarter". In a quarterly report it is the reported
 * quarter a year back; a "period" elsewhere is just last year.
 */
export const periodYearAgo: Rule = {
  name: 'period-year-ago',
  needs: ['quarter', 'period'],
  source: `(?:(?:the|its|that)\\s+(?:(?:same|corresponding|comparable)\\s+)?(?<unit>quarter|period)\\s+(?:of\\s+)?(?:last\\s+year|a\\s+year\\s+(?:ago|earlier|before))|last\\s+year's\\s+(?:(?:same|corresponding|comparable)\\s+)?(?<unit2>quarter|period))(?![a-z'-])`,
  interpret({ g, anchor }) {
    const y = yearOf(anchor);
    if (y == null) return { type: 'DATE', value: 'PAST_REF' };
    const quarterly = lower(g('unit') ?? g('unit2')) === 'quarter' || anchor.quarterly;
    return { type: 'DATE', value: quarterly ? reportedQuarter(anchor, 1) : String(y - 1) };
  },
};

export const yearAgo: Rule = {
  name: 'year-ago',
  needs: ['year'],
  source: `(?:around\\s+|(?:the|a)\\s+(?:(?:comparable|same|corresponding)\\s+)?)?(?<w>year-earlier|year-ago|year-before|year\\s+earlier|year\\s+ago|year-end|year\\s+end|year's\\s+end)(?:\\s+(?:(?<ord>first|second|third|fourth)\\s+)?(?<q>quarter|period))?(?![a-z-])`,
  interpret({ g, anchor, sentence, text, start, end }) {
    const w = lower(g('w'));
    if (/^a\s/i.test(text) && !/earlier|ago/.test(w)) return null;
    // "the year-ago results", "a year-earlier loss": the determiner belongs to the noun the adjective modifies.
    if (/^year-(?:earlier|ago|before)$/.test(w) && !g('q') && /^(?:the|a)\s/i.test(text) && /^\s+[a-z]/.test(sentence.slice(end, end + 2))) return null;
    if (/^(year earlier|year ago)$/.test(w) && !/^a\s/i.test(text)) return null;
    // "since year-end": the last one passed, the end of last year.
    if (/end/.test(w)) return { type: 'DATE', value: anchor.dct ? String(anchor.dct.y - (lastWord(sentence, 0, start) === 'since' ? 1 : 0)) : 'XXXX' };
    const y = yearOf(anchor);
    if (y == null) return { type: 'DATE', value: 'PAST_REF' };
    const ord = ORDINALS[lower(g('ord'))];
    if (ord) return { type: 'DATE', value: `${y - 1}-Q${ord}` };
    // "For the nine months, net rose from $9 million a year earlier": the longer period a year back, at year granularity.
    if (!g('q') && SEVERAL_QUARTERS.test(sentence)) return { type: 'DATE', value: String(y - 1) };
    if (g('q') || /\bquarter/i.test(sentence) || (anchor.quarterly && /\d/.test(sentence))) return { type: 'DATE', value: reportedQuarter(anchor, 1) };
    return { type: 'DATE', value: String(y - 1) };
  },
};

export const fiscalYear: Rule = {
  name: 'fiscal-year',
  source: `the\\s+(?:(?<rel>current|latest|previous|last|next|new|past)\\s+)?(?:fiscal|financial)\\s+year(?![a-z])`,
  interpret({ g, anchor, sentence, start, end }) {
    const rel = lower(g('rel'));
    // "lower earnings for the fiscal year.": the one the story is in, as "for the year." is.
    if (!rel && anchor.dct && /^(?:for|in|during)$/.test(lastWord(sentence, 0, start)) && /^\s*(?:[,.;]|$)/.test(sentence.slice(end, end + 2))) {
      return { type: 'DATE', value: String(anchor.dct.y) };
    }
    if (!rel) return { type: 'DURATION', value: 'P1Y' };
    const offset = rel === 'latest' || rel === 'previous' || rel === 'last' || rel === 'past' ? -1 : rel === 'next' || rel === 'new' ? 1 : 0;
    return { type: 'DATE', value: relativeUnitValue(anchor, 'year', offset) };
  },
};

/** "the first two quarters of 1990", "the last six months of next year": a half of a named year. */
export const halfByParts: Rule = {
  name: 'half-by-parts',
  needs: ['quarters', 'months'],
  source: `(?:the\\s+)?(?<edge>first|last|final|second)\\s+(?:two|2)\\s+quarters\\s+of\\s+(?:(?<yr>${YEAR})|(?<rel>last|this|next)\\s+year)|(?:the\\s+)?(?<edge2>first|last|final|second)\\s+(?:six|6)\\s+months\\s+of\\s+(?:(?<yr2>${YEAR})|(?<rel2>last|this|next)\\s+year)`,
  interpret({ g, anchor }) {
    const explicit = g('yr') ?? g('yr2');
    const rel = g('rel') ?? g('rel2');
    const base = explicit ? Number(explicit) : yearOf(anchor);
    const y = base == null ? 'XXXX' : String(base + (explicit ? 0 : (REL_OFFSET[lower(rel)] ?? 0)));
    return { type: 'DATE', value: `${y}-H${lower(g('edge') ?? g('edge2')) === 'first' ? 1 : 2}` };
  },
};

/** Words of a business or an economy: "the first half" in their sentence is a half of a year, not of a match. */
const FINANCIAL = /\b(?:profits?|sales|revenues?|earnings|results|turnover|losses|margins?|dividends?|economy|economic|growth|output|inflation|prices|demand|sector|market|shares|forecasts?|guidance|outlook|fiscal|financial|quarter|quarterly)\b/i;

/**
 * "sales fell in the first half", "the second half would be brutal for the sector": a half of a
 * year in a sentence about business, the latest one that has ended (ahead: the next to begin).
 */
export const bareHalf: Rule = {
  name: 'bare-half',
  source: `the\\s+(?<edge>first|second)\\s+half(?![a-z-])(?!\\s+of\\b)`,
  interpret({ g, anchor, sentence, end, direction }) {
    if (!FINANCIAL.test(sentence)) return null;
    // "the second half would be brutal": the subject of a clause that looks ahead.
    const ahead = /^\s+(?:will|would|shall|could|may|might|is\s+(?:expected|likely|set|due)|looks)\b/i.test(sentence.slice(end, end + 24));
    const h = lower(g('edge')) === 'first' ? 1 : 2;
    if (!anchor.dct) return { type: 'DATE', value: `XXXX-H${h}` };
    const { y, m } = anchor.dct;
    // A half has ended when the publication date lies after it.
    const ended = (yy: number) => yy < y || (h === 1 && yy === y && m > 6);
    const year = ahead || direction() === 'future' ? (ended(y) ? y + 1 : y) : ended(y) ? y : y - 1;
    return { type: 'DATE', value: `${year}-H${h}` };
  },
};
