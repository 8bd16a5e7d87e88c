import type { Qualifier } from '../../schema/index.js';
import { ICU_CURRENCY_SIGNS } from './currency-signs.js';

/** Word lists for the numbers extractor (data only). */

export const SMALL_NUMBERS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};

export const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

export const SCALES: Record<string, number> = {
  dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  // South Asian English: "Rs 2 lakh" (100,000), "₹40 crore" (10 million).
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
  k: 1e3, mn: 1e6, m: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, tr: 1e12,
};

/** Units of time as the scanner writes them: a figure in one is how long something lasted. */
export const TIME_UNITS: ReadonlySet<string> = new Set(['s', 'min', 'h', 'day', 'week', 'month', 'year', 'decade', 'century']);

/** Abbreviated scales that need a currency before them ("$4.5m"; "12m" alone is metres). */
export const CURRENCY_ONLY_SCALES = new Set(['k', 'm', 'b']);

/** Vague amounts: "thousands of", "tens of millions". Value is the lower bound. */
export const VAGUE_AMOUNTS: Record<string, number> = {
  'hundreds of thousands': 1e5, 'tens of thousands': 1e4, 'hundreds of millions': 1e8, 'tens of millions': 1e7,
  'hundreds of billions': 1e11, 'tens of billions': 1e10,
  dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9,
};

/** Qualifier phrases before a number, longest first when compiled. */
export const QUALIFIERS_BEFORE: Record<string, Qualifier> = {
  'more than': 'more-than', 'over': 'more-than', 'above': 'more-than', 'upwards of': 'more-than',
  'in excess of': 'more-than', 'well over': 'more-than', 'just over': 'more-than', 'over than': 'more-than',
  'greater than': 'more-than', 'higher than': 'more-than', 'exceeding': 'more-than',
  'less than': 'less-than', 'fewer than': 'less-than', 'under': 'less-than', 'below': 'less-than',
  'just under': 'less-than', 'lower than': 'less-than',
  'nearly': 'nearly', 'almost': 'nearly', 'close to': 'nearly', 'just shy of': 'nearly',
  'about': 'about', 'around': 'about', 'roughly': 'about', 'approximately': 'about', 'an estimated': 'about',
  'estimated': 'about', 'some': 'some', 'circa': 'about', 'approx.': 'about', 'about an estimated': 'about',
  'at least': 'at-least', 'no less than': 'at-least', 'no fewer than': 'at-least', 'as many as': 'at-most',
  'as much as': 'at-most', 'at most': 'at-most', 'no more than': 'at-most', 'a maximum of': 'at-most',
  'up to': 'up-to', 'exactly': 'exact', 'precisely': 'exact',
};

/** Qualifiers after a number: "5,000 or more". */
export const QUALIFIERS_AFTER: Record<string, Qualifier> = {
  'or more': 'at-least', 'or so': 'about', 'plus': 'at-least', 'or less': 'at-most', 'or fewer': 'at-most',
};

/** Currency symbols and codes before a number -> ISO 4217 code (the convention for `unit`). */
export const CURRENCY_PREFIXES: Record<string, string> = {
  'us$': 'USD', 'us $': 'USD', 'u.s. $': 'USD', 'u.s.$': 'USD', '$us': 'USD', 'usd': 'USD', '$': 'USD',
  'a$': 'AUD', 'au$': 'AUD', '$a': 'AUD', 'aud': 'AUD', 'c$': 'CAD', 'ca$': 'CAD', 'cad': 'CAD',
  'nz$': 'NZD', 'hk$': 'HKD', 'hk $': 'HKD', 's$': 'SGD', '£': 'GBP', 'gbp': 'GBP', '€': 'EUR', 'eur': 'EUR',
  '¥': 'JPY', 'jpy': 'JPY', 'y=': 'JPY', '₹': 'INR', 'rs': 'INR', 'rs.': 'INR', 'inr': 'INR', 'chf': 'CHF',
  'rm': 'MYR', '₩': 'KRW', '₽': 'RUB', '₴': 'UAH', 'r$': 'BRL', 'cny': 'CNY', 'rmb': 'CNY',
};

/** Currency words after a number -> ISO code. */
export const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', 'us dollars': 'USD', 'u.s. dollars': 'USD', 'australian dollars': 'AUD',
  'canadian dollars': 'CAD', 'new zealand dollars': 'NZD', 'hong kong dollars': 'HKD',
  euro: 'EUR', euros: 'EUR', 'pounds sterling': 'GBP', sterling: 'GBP',
  yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR', rupees: 'INR', shekel: 'ILS', shekels: 'ILS',
  rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', hryvnia: 'UAH', hryvnias: 'UAH', won: 'KRW',
  'swiss francs': 'CHF', francs: 'CHF', 'danish crowns': 'DKK', 'danish kroner': 'DKK', 'swedish crowns': 'SEK',
  'swedish kronor': 'SEK', 'norwegian crowns': 'NOK', crowns: 'DKK', pesos: 'MXN', rand: 'ZAR', ringgit: 'MYR',
  lira: 'TRY', rupiah: 'IDR', baht: 'THB', naira: 'NGN', zloty: 'PLN', zlotys: 'PLN', forint: 'HUF', dinars: 'DZD', dirhams: 'AED', real: 'BRL', reais: 'BRL', usd: 'USD', eur: 'EUR', gbp: 'GBP', jpy: 'JPY', cents: 'USD cents',
  cent: 'USD cents', pence: 'GBP pence', p: 'GBP pence', sen: 'MYR sen',
};

/** Percent words and signs -> '%'. */
export const PERCENT_WORDS = ['%', 'per cent', 'percent', 'pc', 'per-cent', 'percentage points', 'percentage point'];

/**
 * Measurement units after a number -> canonical short form. Words here are units, not the thing
 * counted; anything else after a number is a noun phrase and goes to `counts`.
 */
export const MEASURE_UNITS: Record<string, string> = {
  km: 'km', kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km',
  m: 'm', metre: 'm', metres: 'm', meter: 'm', meters: 'm', cm: 'cm', centimetres: 'cm', centimeters: 'cm',
  mm: 'mm', millimetres: 'mm', millimeters: 'mm', millimeter: 'mm', millimetre: 'mm', nm: 'nm', nanometer: 'nm', nanometers: 'nm', nanometre: 'nm', nanometres: 'nm',
  'μm': 'μm', micrometres: 'μm', microns: 'μm',
  mile: 'mi', miles: 'mi', mi: 'mi', 'nautical miles': 'nmi', 'nautical mile': 'nmi', 'square nautical miles': 'sq nmi', 'square miles': 'sq mi', 'sq mi': 'sq mi', 'square kilometres': 'km2',
  'square kilometers': 'km2', 'sq km': 'km2', km2: 'km2', 'sq m': 'm2', 'square metres': 'm2', 'square meters': 'm2', m2: 'm2',
  'square feet': 'sq ft', 'sq ft': 'sq ft', 'cubic feet': 'cu ft', acres: 'acre', acre: 'acre', hectares: 'ha', hectare: 'ha', ha: 'ha',
  feet: 'ft', foot: 'ft', ft: 'ft', inch: 'in', inches: 'in', yard: 'yd', yards: 'yd',
  kg: 'kg', kilogram: 'kg', kilograms: 'kg', kilogramme: 'kg', kilogrammes: 'kg', kilos: 'kg', g: 'g', gram: 'g', grams: 'g',
  gramme: 'g', grammes: 'g', mg: 'mg', milligrams: 'mg',
  // River and canal flows: "a flow of 90,000 cusecs" (cubic feet a second), "400 cumecs".
  cusec: 'cusec', cusecs: 'cusec', cumec: 'm3/s', cumecs: 'm3/s', 'cubic metres per second': 'm3/s', 'cubic meters per second': 'm3/s',
  tonne: 't', tonnes: 't', ton: 't', tons: 't', 'metric tons': 't', pound: 'lb', pounds: 'lb', lb: 'lb', lbs: 'lb', ounce: 'oz', ounces: 'oz', oz: 'oz',
  barrel: 'bbl', barrels: 'bbl', bpd: 'bbl/day', 'barrels a day': 'bbl/day', 'barrels per day': 'bbl/day',
  litre: 'l', litres: 'l', liter: 'l', liters: 'l', l: 'l', ml: 'ml', gallon: 'gal', gallons: 'gal', pint: 'pt', pints: 'pt',
  mph: 'mph', 'miles per hour': 'mph', 'miles an hour': 'mph', 'km/h': 'km/h', 'km/hr': 'km/h', kph: 'km/h',
  'kilometres per hour': 'km/h', 'kilometers per hour': 'km/h', knots: 'kn', mpg: 'mpg', 'miles per gallon': 'mpg',
  rpm: 'rpm',
  second: 's', seconds: 's', sec: 's', secs: 's', minute: 'min', minutes: 'min', min: 'min', mins: 'min',
  hour: 'h', hours: 'h', hr: 'h', hrs: 'h', day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month',
  months: 'month', year: 'year', years: 'year', decade: 'decade', decades: 'decade', century: 'century', centuries: 'century',
  degree: '°', degrees: '°', '°': '°', '°c': '°C', '°f': '°F', 'degrees celsius': '°C', 'degrees fahrenheit': '°F',
  celsius: '°C', fahrenheit: '°F',
  w: 'W', watts: 'W', kw: 'kW', kilowatts: 'kW', kwh: 'kWh', mw: 'MW', megawatts: 'MW', mwh: 'MWh', gw: 'GW',
  gigawatts: 'GW', gwh: 'GWh', twh: 'TWh', kilowatt: 'kW', megawatt: 'MW', gigawatt: 'GW',
  'kilowatt-hours': 'kWh', 'kilowatt-hour': 'kWh', 'megawatt-hours': 'MWh', 'megawatt-hour': 'MWh', 'gigawatt-hours': 'GWh',
  'gigawatt-hour': 'GWh', 'terawatt-hours': 'TWh', 'terawatt-hour': 'TWh', hp: 'hp', bhp: 'bhp', horsepower: 'hp', 'lb-ft': 'lb-ft',
  'pound-feet': 'lb-ft', v: 'V', volts: 'V', mah: 'mAh', hz: 'Hz', khz: 'kHz', mhz: 'MHz', ghz: 'GHz',
  gb: 'GB', tb: 'TB', mb: 'MB', kb: 'KB', gigabyte: 'GB', gigabytes: 'GB', terabyte: 'TB', terabytes: 'TB', megabyte: 'MB', megabytes: 'MB', kilobyte: 'KB', kilobytes: 'KB', gbps: 'Gbps', mbps: 'Mbps', db: 'dB', decibels: 'dB',
  'basis points': 'bp', 'basis point': 'bp', bps: 'bp', bp: 'bp', points: 'points', point: 'points', ppb: 'ppb', ppm: 'ppm',
  gpa: 'GPa', gigapascals: 'GPa', times: 'x',
};

/** Units that attach to digits without a space ("30mph", "80kg", "2kWh"). */
export const ATTACHED_UNITS = [
  'km/h', 'km/hr', 'kwh', 'mwh', 'gwh', 'twh', 'mah', 'mph', 'kph', 'mpg', 'bhp', 'hp', 'kw', 'mw', 'gw', 'ghz', 'mhz',
  'khz', 'hz', 'gb', 'tb', 'mb', 'kg', 'mg', 'ml', 'km2', 'km', 'cm', 'mm', 'nm', 'm2', 'μm', 'ft', 'lbs', 'lb', 'oz', 'g', 'm',
  // "4hr 51min 37sec", "at 29sec": a race or stopwatch time is written with each part's unit glued on.
  'hrs', 'hr', 'mins', 'secs', 'sec',
  'w', 'v', 'l', 'min', 'bps', 'bp', 'ppb', 'ppm', '°c', '°f', '°', 'pc', 'p',
];

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Words after "one" that show it is a pronoun ("one of the", "one another"), not a count. */
export const ONE_PRONOUN_NEXT = new Set([
  'of', 'another', "one's", 'that', 'who', 'which', 'whose', 'in', 'at', 'on', 'to', 'and', 'or', 'is', 'was',
  'has', 'had', 'would', 'could', 'should', 'will', 'can', 'may', 'might', 'must', 'does', 'did', 'by', 'after',
  'else', 'thing', 'way', 'day', 'time', 'point', 'such', 'like', 'from', 'with', 'for', 'as',
  'more', 'less', 'too', 'too,', 'if', 'but', 'so', 'than', 'here', 'there', 'they', 'he', 'she', 'it', 'we',
  'you', 'i', 'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my',
]);

/** Words before "one" that make it a pronoun or a name ("no one", "the one", "Formula One"). */
export const ONE_PRONOUN_PREV = new Set(['no', 'the', 'this', 'that', 'each', 'every', 'any', 'which', 'someone', 'anyone', 'everyone', 'no-one', 'last', 'another', 'big', 'little', 'same', 'right', 'wrong', 'new', 'old', 'other', 'such']);

/** Function words and common verbs that end the noun phrase after a number. */
export const NP_STOP = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'without', 'into', 'onto', 'over',
  'under', 'about', 'since', 'until', 'than', 'as', 'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'that', 'which',
  'who', 'whom', 'whose', 'what', 'when', 'where', 'while', 'because', 'although', 'though', 'after', 'before',
  'during', 'per', 'each', 'every', 'this', 'these', 'those', 'there', 'here', 'it', 'its', 'they', 'them', 'their',
  'he', 'she', 'his', 'her', 'we', 'our', 'you', 'your', 'i', 'my', 'me', 'us', 'is', 'are', 'was', 'were', 'be',
  'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did', 'will', 'would', 'shall', 'should',
  'can', 'could', 'may', 'might', 'must', 'not', 'no', 'also', 'now', 'then', 'just', 'only', 'even', 'still',
  'already', 'said', 'says', 'say', 'told', 'tell', 'according', 'including', 'against', 'between', 'among',
  'through', 'across', 'around', 'near', 'up', 'down', 'out', 'off', 'away', 'back', 'more', 'less', 'most',
  'least', 'very', 'too', 'ago', 'later', 'earlier', 'last', 'next', 'this', 'all', 'both', 'either', 'neither',
  'such', 'own', 'other', 'another', 'some', 'any', 'many', 'much', 'few', 'several', 'whereas', 'respectively',
  'vs', 'versus', 'via', 'toward', 'towards', 'upon', 'within', 'beyond', 'despite', 'like', 'unlike', 'whether',
  'how', 'why', 'then', 'yesterday', 'today', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'worldwide', 'overall', 'total', 'annually', 'apiece', 'each', 'a year', 'get', 'got',
  'make', 'made', 'take', 'took', 'go', 'went', 'come', 'came', 'see', 'saw', 'want', 'need', 'left', 'remain',
  'remained', 'rose', 'fell', 'grew', 'rise', 'fall', 'gained', 'lost', 'jumped', 'climbed', 'dropped', 'slid',
  'surged', 'plunged', 'increased', 'decreased', 'declined', 'added', 'cost', 'costs', 'paid', 'spent', 'won',
  'inland', 'offshore', 'abroad', 'overseas', 'ahead', 'behind', 'upstream', 'downstream', 'nationwide',
  'well', 'proves', 'shows', 'means', 'makes', 'takes', 'comes', 'goes', 'remains', 'seems', 'looks', 'includes',
  'contains', 'include', 'holds', 'gives', 'gets', 'needs', 'faces', 'marks', 'represents', 'accounts', 'is', 'live', 'lives', 'work', 'works', 'died', 'die', 'voted', 'signed', 'joined', 'stay', 'stayed', 'reach', 'reached',
]);

/** Auxiliaries between a counted noun phrase and its participle ("workers have been hired"). */
export const PARTICIPLE_AUX = ['have been', 'has been', 'had been', 'were being', 'was being', 'are being', 'will be', 'would be', 'could be', 'were', 'was', 'are', 'is', 'be', 'being', 'been', 'remain', 'remained'];

/** Irregular past participles common in news (regular ones end in -ed). */
export const IRREGULAR_PARTICIPLES = new Set([
  'sent', 'hurt', 'taken', 'held', 'built', 'sold', 'given', 'born', 'seen', 'lost', 'found', 'left', 'made',
  'shot', 'hit', 'struck', 'caught', 'brought', 'bought', 'kept', 'laid', 'led', 'paid', 'put', 'set', 'spent',
  'stolen', 'thrown', 'torn', 'written', 'driven', 'flown', 'forced', 'withdrawn', 'drawn', 'beaten', 'bitten',
  'slain', 'known', 'shown', 'grown', 'cut', 'won', 'lent', 'sworn', 'fought', 'taught', 'felt', 'met', 'run',
]);

/** Words with -ed that are not participles of what happened to the counted thing. */
export const NOT_PARTICIPLES = new Set(['need', 'indeed', 'speed', 'seed', 'feed', 'red', 'bed', 'hundred', 'shed', 'breed']);

/** Words that never start a counted noun phrase. */
export const COUNTS_BAD_HEAD = new Set(['per', 'percent', 'cent', 'times', 'and', 'or', 'to']);

/** Same-meaning head nouns, mapped to one key for matching across articles. */
export const HEAD_SYNONYMS: Record<string, string> = {
  troops: 'troop', troop: 'troop', soldiers: 'troop', soldier: 'troop', forces: 'troop', servicemen: 'troop',
  fighters: 'troop', personnel: 'troop', casualties: 'casualty', casualty: 'casualty',
  people: 'person', persons: 'person', person: 'person', civilians: 'civilian', civilian: 'civilian',
  dead: 'death', deaths: 'death', killed: 'death', fatalities: 'death',
};

/**
 * Past forms that are the verb of a clause, not an adjective, inside a phrase read around a figure
 * ("talks sent the shares", "firms gave details", "He kept the title").
 */
export const PAST_VERBS = new Set([
  'sent', 'kept', 'put', 'thought', 'gave', 'took', 'drew', 'led', 'held', 'made', 'told', 'saw', 'brought', 'bought',
  'sold', 'found', 'became', 'began', 'got', 'knew', 'meant', 'ran', 'spoke', 'stood', 'struck', 'wrote', 'sought',
  'fought', 'chose', 'drove', 'flew', 'threw', 'wore', 'beat', 'won', 'lost', 'left', 'paid', 'spent', 'rose', 'fell', 'grew',
  'built', 'became', 'began', 'came', 'went', 'did',
]);

/** Present-tense verbs after a name or pronoun: a source and its verb ("the agency estimates"), a race ("Velden leads Ostrow"). */
export const PRESENT_VERBS = new Set([
  'says', 'claims', 'estimates', 'reports', 'predicts', 'forecasts', 'expects', 'suggests', 'finds', 'shows', 'reckons',
  'believes', 'thinks', 'calculates', 'leads', 'beats', 'trails', 'tops', 'plans',
]);

/** Present-tense verbs that are seldom nouns: a verb after any subject ("Their total puts them", "the deal gives"). */
export const VERBS_ONLY = new Set([
  'puts', 'gives', 'sees', 'means', 'includes', 'receives', 'earns', 'owns', 'wants', 'spends', 'pays', 'gets', 'takes', 'makes', 'brings',
  'finds', 'slams', 'follows', 'sues', 'urges', 'accuses', 'praises', 'employs', 'hires', 'contains', 'requires', 'attracts', 'owes', 'produces', 'generates', 'lets', 'allows', 'enables', 'helps',
]);

/** Base-form verbs that follow a plural subject ("rich towns spend", "the delays mean"), seldom a noun there. */
export const PLURAL_SUBJECT_VERBS = new Set([
  'keep', 'make', 'take', 'give', 'get', 'help', 'bring', 'provide', 'allow', 'hold', 'put', 'meet', 'spend', 'save',
  'go', 'come', 'see', 'let', 'ensure', 'create', 'build', 'buy', 'sell', 'send', 'find', 'mean', 'say', 'think',
  'believe', 'expect', 'want', 'choose', 'prefer', 'favor', 'favour', 'oppose', 'approve', 'agree', 'owe', 'earn', 'receive',
  // what shares of a poll do: "40% call themselves", "45 percent view her"
  'claim', 'argue', 'warn', 'insist', 'predict', 'show', 'sue', 'follow', 'call', 'view', 'support', 'disapprove', 'describe', 'consider', 'rate', 'identify', 'trust', 'like', 'dislike', 'back',
]);

/** Verbs of a race: in "A leads B by 5 points" the margin counts neither name. */
export const RIVAL_VERBS = new Set([
  'leads', 'led', 'leading', 'lead', 'beats', 'beat', 'beating', 'trails', 'trailed', 'trailing', 'trail', 'tops', 'topped',
  'edges', 'edged', 'outpaces', 'outpaced', 'outpolls', 'outpolled', 'defeated', 'defeats', 'ahead', 'behind',
]);

/** -ed words that are adjectives before a noun even after another content word ("young skilled workers"). */
export const ED_ADJECTIVES = new Set([
  'limited', 'skilled', 'unskilled', 'retired', 'registered', 'armed', 'related', 'advanced', 'detailed', 'supposed',
  'alleged', 'experienced', 'married', 'combined', 'listed', 'unemployed', 'employed', 'qualified', 'licensed',
  'talented', 'dedicated', 'sophisticated', 'unexpected', 'unprecedented', 'renewed', 'sustained', 'varied', 'based',
  'interested', 'concerned', 'beloved', 'learned', 'aged', 'united', 'so-called', 'adjusted', 'expected', 'estimated',
]);

/** Plural nouns without a plural -s ("people", "staff"); "troops" and "the public" count as plural heads too. */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  'people', 'children', 'men', 'women', 'staff', 'police', 'personnel', 'cattle', 'sheep', 'fish', 'feet', 'teeth', 'mice', 'geese',
  'data', 'media', 'crew', 'workforce', 'troops', 'public',
]);

/**
 * Press forms no ICU locale gives, and the single letters that are read as money: South African "R30" (ICU's
 * symbol), Kenyan "Sh40 million", "KSh", Nigerian "N6,400" (for "₦"), Ghanaian "GH¢180" (a cent sign for "₵").
 */
const PRESS_CURRENCY_SIGNS: Record<string, string> = { R: 'ZAR', Sh: 'KES', KSh: 'KES', N: 'NGN', 'GH¢': 'GHS' };

/**
 * Currency signs a reader may meet that CURRENCY_PREFIXES does not list, case-sensitive -> ISO 4217
 * code: the ICU table (`currency-signs.ts`, generated once from Node's ICU data so that start-up pays
 * nothing and every Node version reads the same) and the press forms above.
 */
export const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([
  ...ICU_CURRENCY_SIGNS,
  ...Object.entries(PRESS_CURRENCY_SIGNS).filter(([sign]) => !ICU_CURRENCY_SIGNS.some(([s]) => s === sign)),
]);
