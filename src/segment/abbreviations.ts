/**
 * Abbreviations after which a period does not end a sentence (lower-cased, without the period).
 * Titles come before a name, so a period after them never ends a sentence.
 */
export const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'mmes', 'dr', 'drs', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'cpl', 'pvt', 'maj', 'adm', 'cmdr',
  'brig', 'gov', 'sen', 'rep', 'reps', 'sens', 'pres', 'supt', 'det', 'insp', 'rev', 'hon', 'fr', 'st', 'ste', 'mt', 'ft', 'atty',
  'amb', 'sec', 'secy', 'cmdr', 'lieut', 'sgt', 'rt', 'const', 'cst', 'coun', 'cllr',
]);

/** Capitalized abbreviations that may still end a sentence: they break before a typical sentence starter. */
export const ABBREVIATIONS = new Set([
  'jr', 'sr', 'esq', 'no', 'nos', 'vs', 'v', 'approx', 'dept', 'est', 'fig', 'figs', 'vol', 'vols', 'pp', 'op', 'cf', 'ca', 'al',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md',
  'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'assn', 'univ', 'etc', 'tel', 'ext',
]);

/** Abbreviations also written in lower case; other lower-case words before a period are words. */
export const LOWERCASE_ABBREVIATIONS = new Set(['vs', 'v', 'approx', 'cf', 'ca', 'etc', 'al', 'pp', 'vol', 'fig', 'est', 'viz', 'incl', 'esp', 'no', 'nos', 'tel', 'ext']);

/** Words that usually begin a sentence; they make a break after an abbreviation or initialism likely. */
export const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'in', 'on', 'at', 'this', 'that', 'these',
  'those', 'there', 'his', 'her', 'their', 'its', 'our', 'my', 'however', 'meanwhile', 'after', 'before', 'when', 'while',
  'if', 'as', 'for', 'so', 'yet', 'still', 'also', 'some', 'many', 'most', 'last', 'earlier', 'later', 'other', 'since',
  'what', 'why', 'how', 'who', 'where', 'officials', 'both', 'now', 'then', 'then', 'one', 'two', 'asked', 'instead', 'according',
  'under', 'during', 'with', 'without', 'although', 'though', 'because', 'by', 'from', 'to', 'no', 'not', 'all', 'each', 'every',
]);
