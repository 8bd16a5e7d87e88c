/** Abbreviations after which a period does not end a sentence (lower-cased, without the period). */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'cpl', 'pvt', 'maj', 'adm', 'cmdr', 'brig',
  'gov', 'sen', 'rep', 'reps', 'sens', 'pres', 'supt', 'det', 'insp', 'rev', 'hon', 'fr', 'st', 'ste', 'mt', 'ft', 'gov',
  'jr', 'sr', 'esq', 'no', 'nos', 'vs', 'v', 'approx', 'dept', 'est', 'fig', 'vol', 'pp', 'op', 'cf', 'ca', 'al',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md',
  'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
]);

/** Abbreviations that often do end a sentence: break after them when a sentence starter follows. */
export const SOMETIMES_FINAL = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'etc', 'jr', 'sr', 'al']);

/** Words that usually begin a sentence; they make a break after an initialism likely ("... the U.S. The ..."). */
export const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'in', 'on', 'at', 'this', 'that', 'these',
  'those', 'there', 'his', 'her', 'their', 'its', 'our', 'my', 'however', 'meanwhile', 'after', 'before', 'when', 'while',
  'if', 'as', 'for', 'so', 'yet', 'still', 'also', 'some', 'many', 'most', 'last', 'earlier', 'later', 'other', 'since',
]);
