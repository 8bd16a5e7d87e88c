/** Word lists for the dates grammar (data only). Keys are lower case. */

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** ISO weekday numbers: Monday = 1 ... Sunday = 7. */
/** A month name or its abbreviation as news writes it, capitalised (a pattern for regular expressions, no group, no period). */
export const MONTH_NAME = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

export const WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI', overnight: 'NI',
};

const UNITS_BELOW_TWENTY = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Spelled numbers 0..99 ("twenty-four", "twenty four") plus article counts. */
export const NUMBER_WORDS: Record<string, number> = (() => {
  const words: Record<string, number> = { a: 1, an: 1, single: 1, dozen: 12, 'a dozen': 12, 'a couple of': 2, 'a couple': 2, 'couple of': 2, 'a hundred': 100, 'one hundred': 100, hundred: 100 };
  UNITS_BELOW_TWENTY.forEach((w, i) => (words[w] = i));
  for (let t = 2; t < 10; t++) {
    words[TENS[t]] = t * 10;
    for (let u = 1; u < 10; u++) {
      words[`${TENS[t]}-${UNITS_BELOW_TWENTY[u]}`] = t * 10 + u;
      words[`${TENS[t]} ${UNITS_BELOW_TWENTY[u]}`] = t * 10 + u;
    }
  }
  return words;
})();

/** Vague counts: the value gets an X ("PXY"). */
export const VAGUE_COUNTS = new Set(['a few', 'few', 'several', 'some', 'many', 'a number of', 'dozens of', 'hundreds of', 'thousands of', 'numerous', 'multiple']);

/** Ordinals for quarters, halves and centuries. */
export const ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, sixth: 6,
  seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14,
  fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  'twenty-first': 21, final: 4, last: 4,
};

/** Spelled decades ("the nineties"). */
export const DECADE_WORDS: Record<string, number> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

/** Time units -> TimeML duration letter and how many of that letter one unit is. */
export const UNITS: Record<string, { letter: 'S' | 'M' | 'H' | 'D' | 'W' | 'MO' | 'Q' | 'Y'; times: number }> = {
  second: { letter: 'S', times: 1 },
  minute: { letter: 'M', times: 1 },
  hour: { letter: 'H', times: 1 },
  day: { letter: 'D', times: 1 },
  night: { letter: 'D', times: 1 },
  week: { letter: 'W', times: 1 },
  weekend: { letter: 'D', times: 2 },
  fortnight: { letter: 'W', times: 2 },
  month: { letter: 'MO', times: 1 },
  quarter: { letter: 'Q', times: 1 },
  year: { letter: 'Y', times: 1 },
  decade: { letter: 'Y', times: 10 },
  century: { letter: 'Y', times: 100 },
};

/**
 * Words just before a four-digit number that make it a label, not a year
 * ("Boeing 747", "flight 2024", "Resolution 1999").
 */
export const NOT_YEAR_BEFORE = new Set([
  'boeing', 'airbus', 'flight', 'route', 'model', 'room', 'no', 'number', 'article', 'section', 'resolution',
  'chapter', 'page', 'pages', 'code', 'highway', 'interstate', 'bus', 'train', 'line', 'unit', 'apartment',
  'suite', 'box', 'street', 'avenue', 'road', 'lot', 'item', 'bill', 'law', 'decree', 'order', 'rule', 'form',
  'version', 'windows', 'office', 'exit', 'gate', 'platform', 'channel', 'level', 'grade', 'class', 'size',
  'score', 'scored', 'ranked', 'population', 'pop', 'about', 'nearly', 'almost', 'some', 'over', 'than',
  'approximately', 'roughly', 'around', 'least', 'total', 'only', 'just', 'killed', 'wounded', 'injured',
]);

/** Nouns counted by a number ("2000 troops"): after these a four-digit number is not a year. */
export const NOT_YEAR_AFTER = new Set([
  'troops', 'soldiers', 'people', 'persons', 'men', 'women', 'children', 'workers', 'employees', 'jobs', 'votes',
  'voters', 'members', 'residents', 'refugees', 'prisoners', 'civilians', 'deaths', 'dead', 'victims', 'cases',
  'units', 'tanks', 'missiles', 'rounds', 'shells', 'drones', 'aircraft', 'planes', 'ships', 'vehicles', 'cars',
  'homes', 'houses', 'buildings', 'miles', 'kilometers', 'kilometres', 'km', 'meters', 'metres', 'feet', 'ft',
  'tons', 'tonnes', 'pounds', 'kg', 'kilograms', 'dollars', 'euros', 'yen', 'shares', 'barrels', 'acres',
  'hectares', 'points', 'percent', 'calories', 'words', 'pages', 'students', 'patients', 'doctors', 'officers',
  'police', 'protesters', 'fighters', 'militants', 'rebels', 'staff', 'stores', 'sites', 'hours', 'minutes',
  'seconds', 'days', 'weeks', 'months', 'years', 'times', 'delegates', 'seats', 'signatures', 'copies', 'units',
  'lawmakers', 'companies', 'firms', 'banks', 'flights', 'passengers', 'tourists', 'visitors', 'fans', 'cents',
  'yards', 'degrees', 'mph', 'mw', 'gw', 'megawatts', 'applications', 'complaints', 'arrests', 'incidents',
]);

/**
 * Words that may open a time expression before its head word ("nearly three years ago",
 * "the end of the year"): the scanner tries rule starts only at these and at the head.
 */
export const PREFIX_WORDS = new Set([
  'the', 'a', 'an', 'its', 'this', 'that', 'last', 'next', 'past', 'coming', 'previous', 'following', 'current', 'upcoming',
  'early', 'earlier', 'late', 'later', 'mid', 'middle', 'end', 'beginning', 'start', 'close', 'turn', 'rest', 'remainder',
  'of', 'nearly', 'almost', 'about', 'around', 'approximately', 'roughly', 'some', 'more', 'less', 'fewer', 'than', 'over',
  'under', 'just', 'only', 'at', 'least', 'most', 'up', 'to', 'no', 'barely', 'well', 'little', 'better', 'part', 'each',
  'every', 'other', 'first', 'second', 'third', 'fourth', 'final', 'fiscal', 'financial', 'calendar', "year's", 'right', 'in', 'recent',
  'so', 'these', 'trading', 'business', 'full', 'straight', 'consecutive', 'working', 'additional', 'long', 'latest',
  'prior', 'comparable', 'same', 'corresponding', 'shortly', 'before', 'after', 'or', 'half', 'latter', 'initial',
  'remaining', 'ensuing', 'preceding', 'few', 'several', 'many', 'couple', 'dozen', 'dozens', 'hundreds', 'number',
  'numerous', 'multiple', 'single', 'year', 'on', 'and', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight',
  'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
  'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'more', 'just-ended',
  'just-completed', 'year-ago', 'year-earlier', 'year-before', 'new', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'then', 'near', 'election', 'short', 'distant', 'foreseeable', 'future', 'three-year', 'year-end', 'week',
  'once', 'twice', 'thrice', 'times', 'per',
]);

/**
 * Nouns after "today's" that make it "nowadays" ("today's teenagers", "in today's society"), no day:
 * people, ages and the state of things in general.
 */
export const GENERIC_AFTER_TODAYS = new Set([
  'world', 'youth', 'society', 'generation', 'generations', 'children', 'kids', 'young', 'youngsters', 'teenagers',
  'teens', 'parents', 'families', 'women', 'men', 'students', 'consumers', 'culture', 'technology', 'computers',
  'economy', 'politics', 'standards', 'age', 'era', 'climate', 'environment', 'realities', 'reality', 'life',
]);

/**
 * Holidays with a date (month, day), or a weekday of November counted from its first day:
 * Thanksgiving is the fourth Thursday, US Election Day the Tuesday after the first Monday.
 */
/**
 * Holidays: a fixed day, a weekday counted in a month ("after" days past its first such weekday),
 * or a day counted from Easter Sunday (`easter`, its month `m` only the usual one).
 * Widely used names only; the spelling with a straight apostrophe (a curly one is folded to it).
 */
export interface Holiday {
  m: number;
  d?: number;
  nth?: { weekday: number; after: number };
  easter?: number;
}
export const HOLIDAYS: Record<string, Holiday> = {
  'christmas day': { m: 12, d: 25 }, christmas: { m: 12, d: 25 }, 'christmas eve': { m: 12, d: 24 }, 'boxing day': { m: 12, d: 26 },
  "new year's day": { m: 1, d: 1 }, "new year's eve": { m: 12, d: 31 }, hogmanay: { m: 12, d: 31 }, 'independence day': { m: 7, d: 4 },
  halloween: { m: 10, d: 31 }, "valentine's day": { m: 2, d: 14 }, "st valentine's day": { m: 2, d: 14 },
  "st patrick's day": { m: 3, d: 17 }, "st. patrick's day": { m: 3, d: 17 }, "saint patrick's day": { m: 3, d: 17 },
  "st andrew's day": { m: 11, d: 30 }, "st. andrew's day": { m: 11, d: 30 }, "st david's day": { m: 3, d: 1 }, "st. david's day": { m: 3, d: 1 },
  "st george's day": { m: 4, d: 23 }, "st. george's day": { m: 4, d: 23 }, 'burns night': { m: 1, d: 25 },
  'bonfire night': { m: 11, d: 5 }, 'guy fawkes night': { m: 11, d: 5 }, 'remembrance day': { m: 11, d: 11 }, 'armistice day': { m: 11, d: 11 },
  'veterans day': { m: 11, d: 11 }, "veterans' day": { m: 11, d: 11 }, 'anzac day': { m: 4, d: 25 }, 'australia day': { m: 1, d: 26 },
  'canada day': { m: 7, d: 1 }, 'waitangi day': { m: 2, d: 6 }, 'bastille day': { m: 7, d: 14 }, 'may day': { m: 5, d: 1 },
  juneteenth: { m: 6, d: 19 }, "all saints' day": { m: 11, d: 1 },
  'thanksgiving day': { m: 11, nth: { weekday: 4, after: 21 } }, thanksgiving: { m: 11, nth: { weekday: 4, after: 21 } },
  'election day': { m: 11, nth: { weekday: 1, after: 1 } }, 'labor day': { m: 9, nth: { weekday: 1, after: 0 } },
  'martin luther king day': { m: 1, nth: { weekday: 1, after: 14 } }, "presidents' day": { m: 2, nth: { weekday: 1, after: 14 } },
  'columbus day': { m: 10, nth: { weekday: 1, after: 7 } },
  easter: { m: 4, easter: 0 }, 'easter sunday': { m: 4, easter: 0 }, 'easter day': { m: 4, easter: 0 }, 'easter monday': { m: 4, easter: 1 },
  'good friday': { m: 4, easter: -2 }, 'holy saturday': { m: 4, easter: -1 }, 'maundy thursday': { m: 4, easter: -3 },
  'palm sunday': { m: 4, easter: -7 }, 'ash wednesday': { m: 2, easter: -46 }, 'shrove tuesday': { m: 2, easter: -47 },
  'pancake day': { m: 2, easter: -47 }, 'ascension day': { m: 5, easter: 39 }, pentecost: { m: 5, easter: 49 }, 'whit sunday': { m: 5, easter: 49 },
  'whit monday': { m: 5, easter: 50 },
};
/** Holiday names as the text may write them: with a curly apostrophe too. */
export const HOLIDAY_NAMES = Object.keys(HOLIDAYS).flatMap((k) => (k.includes("'") ? [k, k.replace(/'/g, '\u2019')] : [k]));
/**
 * HOLIDAY_NAMES as regex source grouped by first letter ("a(?:sh\\s+wednesday|nzac\\s+day)|b(?:...)"): a
 * flat alternation of some 90 names is tried name by name at every position the rule may start.
 */
export function holidayPattern(): string {
  const groups = new Map<string, string[]>();
  for (const name of HOLIDAY_NAMES) {
    const list = groups.get(name[0]) ?? [];
    list.push(name.slice(1));
    groups.set(name[0], list);
  }
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');
  return [...groups].map(([first, rests]) => `${escape(first)}(?:${rests.sort((a, b) => b.length - a.length).map(escape).join('|')})`).join('|');
}
/** The holiday a name found in the text names. */
export const holidayNamed = (name: string): Holiday | undefined => HOLIDAYS[name.toLowerCase().replace(/\u2019/g, "'").replace(/\s+/g, ' ')];

/**
 * Verbs of scheduled events; in the present tense ("meets on Monday", "ministers meet Monday")
 * they point forward. Base form and third person.
 */
export const SCHEDULE_VERBS: Array<[string, string]> = [
  ['meet', 'meets'], ['open', 'opens'], ['reopen', 'reopens'], ['begin', 'begins'], ['start', 'starts'], ['end', 'ends'],
  ['close', 'closes'], ['resume', 'resumes'], ['return', 'returns'], ['face', 'faces'], ['host', 'hosts'], ['play', 'plays'],
  ['visit', 'visits'], ['travel', 'travels'], ['head', 'heads'], ['vote', 'votes'], ['gather', 'gathers'],
  ['convene', 'convenes'], ['launch', 'launches'], ['debut', 'debuts'], ['premiere', 'premieres'], ['air', 'airs'],
  ['arrive', 'arrives'], ['depart', 'departs'], ['unveil', 'unveils'], ['release', 'releases'], ['hold', 'holds'],
  ['hear', 'hears'], ['sit', 'sits'], ['testify', 'testifies'], ['appear', 'appears'], ['expire', 'expires'],
  ['conclude', 'concludes'], ['kick off', 'kicks off'], ['take place', 'takes place'], ['go on sale', 'goes on sale'],
  ['go to the polls', 'goes to the polls'], ['fly', 'flies'], ['sail', 'sails'], ['compete', 'competes'], ['perform', 'performs'], ['take effect', 'takes effect'], ['come into force', 'comes into force'],
];
