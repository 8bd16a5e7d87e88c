import { everyWordCapitalised, isCapitalised } from '../../text/case.js';
import type { NumberFact } from '../../schema/index.js';
import { IRREGULAR_PLURALS } from '../../extract/numbers/words.js';
import { groupBy } from '../group.js';
import { clozeSentence } from '../cloze.js';
import { type FigureChoices, figureChoices, figuresAt, formatFigure, isBound, rangeBounds, sameScale } from '../distractors/numbers.js';
import { balancedRanks } from '../random.js';
import { QUALIFIER_PHRASE } from '../../schema/index.js';
import { titleKeys, type QuestionContext } from '../context.js';
import { corroboration, factKey } from '../fact-key.js';
import { isSelfContained, normalize, squash } from '../text.js';
import type { Candidate, QuestionKindModule } from '../types.js';
import { DANGLING_ENDS, STOPWORDS } from '../words.js';
import { isPastVerb } from '../clause.js';
import { escapeRegExp } from '../../regex.js';
import { TIME_UNITS } from '../../extract/numbers/words.js';

const COUNTS_MAX = 90;
/** More figures than this in one sentence make it a list or a table line, no sentence to fill in. */
export const LIST_FIGURES = 4;
/** Below this a count is trivial ("2 countries") unless what is counted is spelled out. */
const TINY = 10;
const SPECIFIC_WORDS = 3;

const HEAD_ENDS = new Set(['of', 'in', 'for', 'to', 'with', 'at', 'on', 'by', 'from', 'over', 'who', 'that', 'which']);
/** Capitalised plurals that name groups, not one bearer: "Europeans", "Socialists", "Catholics", "Muslims". */
const GROUP_PLURAL = /(?:ans|ats|ists|ics|ims)$/;

/** The words before the first preposition or relative word: "civil servants" in "civil servants in Britain". */
function headWords(words: string[]): string[] {
  // ("AT&T", "IN-Velden": a capitalised word is never the preposition.)
  const end = words.findIndex((w) => HEAD_ENDS.has(w));
  return end < 0 ? words : words.slice(0, end);
}

/** A plural word in the head ("civil servants in Britain"), not a possessive. */
function hasPluralHead(words: string[]): boolean {
  return headWords(words).some((w) => {
    const lower = w.toLowerCase();
    return IRREGULAR_PLURALS.has(lower) || (/s$/.test(lower) && !/(?:’s|'s|ss|us|is|news)$/.test(lower));
  });
}

const NAME_CONNECTORS = new Set(['and', 'of', 'for', 'the', 'de', 'van', 'von', 'del', 'da']);
/** Roles of one person: "the figure for the former governor" says whose figure, not what it is. */
const PERSON_ROLES = new Set(['secretary', 'senator', 'governor', 'president', 'minister', 'chairman', 'chairwoman', 'chair', 'candidate', 'nominee', 'leader', 'mayor', 'chief', 'director', 'spokesman', 'spokeswoman', 'founder', 'owner', 'executive', 'manager', 'coach', 'captain', 'player', 'singer', 'actor', 'actress', 'star', 'veteran', 'husband', 'wife', 'son', 'daughter', 'mother', 'father']);
const isNameWord = (w: string) => isCapitalised(w) && !GROUP_PLURAL.test(w);

/**
 * A name, or a role before a name, says whose figure it is, not what it measures: "Velden Harbour
 * Authority", "Arnholt cement firm Brindle", "Green Party candidate Jo Bell" (not "young Socialists",
 * nor "Sales of electric ferries", whose capital is the sentence's).
 */
function namesABearer(words: string[], content: string[]): boolean {
  if (everyWordCapitalised(content, NAME_CONNECTORS) && content.some(isNameWord)) return true;
  const head = headWords(words);
  // "former secretary of State": a person's role names a bearer as much as a name does.
  if (PERSON_ROLES.has((head.at(-1) ?? '').toLowerCase())) return true;
  let start = head.length;
  while (start > 0 && isNameWord(head[start - 1])) start--;
  return start < head.length && start > 0 && /^\p{Ll}/u.test(head[start - 1]) && !STOPWORDS.has(head[start - 1].toLowerCase());
}

/** "10-year", "three-hour": a figure joined to its unit of time, before the noun it describes (not "a quarter-century of"). */
const JOINED_DURATION = /^(?:\d[\d,.]*|\p{L}+)-\p{L}+$/u;

/**
 * What is counted, when it makes a fair question on its own: several words naming the thing
 * ("Norland farms flooded or damaged"), not a bare noun ("soldiers") nor a tiny count of a
 * vague one ("2 countries"). Null when the question must show the sentence instead.
 * Whether `counts` is a noun phrase at all is the extractor's job (src/extract/numbers/counts.ts);
 * this only judges whether it makes a fair, grammatical stem.
 */
/** What is counted ending on a hedge of the figure, not on a noun: "distance of a little", "total of just", "of some". */
const HEDGE_END = /\b(?:of|by|at)\s+(?:(?:a|an|the)\s+)?(?:little|bit|lot|few|just|only|some|nearly|almost|about|around|roughly|over|under|more|less|up)$/i;

export function askableCounts(fact: NumberFact, raw?: string): string | null {
  if (!fact.counts) return null;
  // A goal, a forecast or a comparison baseline is no value of the thing: only the sentence says what it is.
  // ("money promised for repairs", "sales target": what is counted says so itself.)
  if (raw !== undefined) {
    const framing = figureFraming(fact, raw);
    // ("cut its sales forecast by 4.5%": a change of the forecast is not the forecast.)
    if (framing === 'baseline' || (framing === 'target' && (!FRAMED_COUNTS.test(fact.counts) || CHANGE_BY.test(raw.slice(Math.max(0, fact.span.start - 12), fact.span.start))))) return null;
    // "Shares in Trelco closed down 8%": a change asked as "the figure for shares in Trelco" reads as their level;
    // only the sentence says it is a fall (unless what is counted names the change: "a 22% fall in profits").
    // ("showing 0.7% growth", "a 3.8% boost", "to close 12% down": the change word after the figure says so too.)
    const changed = CHANGE_BEFORE.test(raw.slice(Math.max(fact.sentence.start, fact.span.start - 40), fact.span.start)) || CHANGE_AFTER.test(raw.slice(fact.span.end, Math.min(fact.sentence.end, fact.span.end + 30)));
    if (fact.unit !== null && changed && !CHANGE_COUNTS.test(fact.counts)) return null;
  }
  // The stem says "the number of": the extractor's own "numbers of" would double it.
  const counts = squash(fact.counts).replace(/[\s.,;:]+$/, '').replace(/^(?:the )?(?:numbers?|amount|total) of /i, '');
  const words = counts.match(/\p{L}[\p{L}’'-]*/gu) ?? [];
  const content = words.filter((w) => !STOPWORDS.has(w.toLowerCase()) && w.length > 2);
  // Too long, not readable without the sentence, or too short to name a thing.
  if (counts.length > COUNTS_MAX || !isSelfContained(counts) || content.length < 2) return null;
  // "a distance of a little over four miles": the words after "of" hedge the figure ("a little", "just"), they name nothing.
  if (HEDGE_END.test(counts)) return null;
  // ("the figure of X's first appearance" would not read as an age.)
  if (isAge(fact)) return null;
  // A share with no unit ("0.5 of supporters") reads as a count of a fraction.
  if (fact.unit === null && fact.value > 0 && fact.value < 1) return null;
  // Too vague: a name says whose figure it is ("Velden Senator Jo Bell", "Velden Harbour Authority"), not what it measures;
  // and "the figure for the mountainous region" does not say it is how long something lasted.
  // ("a four-day campaign" says so itself.)
  if (namesABearer(words, content) || (fact.unit !== null && TIME_UNITS.has(fact.unit) && !(JOINED_DURATION.test(fact.text) && words[0] !== 'old'))) return null;
  // The stem reads "the number of X": a bare count needs X in the plural ("the number of Velden's population" is not English).
  if (fact.unit === null && !hasPluralHead(words)) return null;
  // Two words name a kind of thing ("Labour MPs"), not which ones were counted.
  if (content.length < SPECIFIC_WORDS && words.length < SPECIFIC_WORDS + 1) return null;
  // A small count must be of countable things named in the plural ("3 free nursery education" is vague).
  if (fact.value < TINY && fact.unit === null && (content.length < SPECIFIC_WORDS || !/s$/i.test(words.at(-1) ?? ''))) return null;
  return counts;
}

/** Words before a figure in its clause that make it a goal or a forecast, not what was counted: "a target of", "aims to", "could rise to". */
// ("two-goal lead", "Goal-kickers", "broken promises", "on target", "four times more likely", "likely voters", "hackers
// targeted 20 states": a goal, a promise or a likelihood only where it frames a figure: "a goal of", "promised", "likely to".)
const TARGET_BEFORE = /(?<!\bon\s)\b(?:targets?(?!-)|aim(?:s|ed|ing)?|goals?\s+(?:of|is|was|to|for)|ambition|forecast(?:s|ing)?|predict(?:s|ed|ing|ions?)?|projections?|project(?:ed|ing)|expect(?:s|ed|ing|ations?)?|hop(?:e|es|ed|ing) to|plan(?:s|ned|ning)? to|want(?:s|ed)? to|seek(?:s|ing)? to|intend(?:s|ed)?|pledge[sd]?|promised|promis(?:e|es|ing) to|vow(?:s|ed)?|will|would|could|should|might|shall|(?<!\b(?:more|less|times)\s)likely(?!\s+voters?\b)|set to|on course to|on track to)\b/gi;
/**
 * Between the framing word and the figure, a verb of its own in the past: "would not discuss reports the party
 * repaid £500,000", "would wonder why he was still in his job three months after": the figure is no forecast.
 */
const PAST_BETWEEN = /\b(?:was|were|did|is|are)\b|\b(?:he|she|it|they|we|I|\p{Lu}\p{Ll}+|(?:the|a|an|my|his|her|its|their|our|your)\s+\p{Ll}+)\s+(?:repaid|paid|sold|bought|spent|won|lost|took|gave|rose|fell|grew|raised|received|earned|made|said|told|became|began|came|went|got|saw)\b/u;
/** A figure followed by its own verb: the subject of a new clause ("... and 44 percent would back ..."). */
const OPENS_CLAUSE_AFTER = /^\s+(?:\p{Ll}+\s+){0,2}(?:would|will|could|might|may|should|said|say|says|were|are|was|is|have|had|has)\b/u;
/** A figure that names an existing set or amount, not the goal: "the four owners", "his two fiscal rules", "one of 21 films". */
const EXISTING_BEFORE = /(?:\b(?:the|its|their|his|her|our|these|those)|['’]s|\b(?:one|some|many|most|each|all|none|any|several|few|both|either|neither)\s+of)\s*$/i;
/** The last clause boundary before a figure: a comma, a semicolon, a dash or a conjunction that opens a clause. */
const CLAUSE_BREAK = /(?:[,;:()]|\s(?:[-–—]|--)\s|\b(?:but|while|whereas|which|who|after|because|although|when)\b)(?!.*(?:[,;:()]|\s(?:[-–—]|--)\s|\b(?:but|while|whereas|which|who|after|because|although|when)\b))/s;
/** Counted things that carry their own framing: "money promised", "sales target", "forecast growth". */
// (Not "plan": "Velden's tax plan" names whose plan, not that the figure is what it would raise.)
const FRAMED_COUNTS = /\b(?:promised|pledged|planned|proposed|offered|budgeted|earmarked|targets?|goals?|forecasts?|forecast|expected|projected|estimated|predicted|bid|offer)\b/i;
/** A verb or adverb of change right before a figure ("rose 5%", "closed down 8%", "contracted by 0.5%", "4p or nearly 1%"). */
const CHANGE_BEFORE = /\b(?:up|down|higher|lower|off|rose|risen|rise|rises|rising|fell|fallen|fall|falls|falling|gained|gains|lost|loses|jumped|jumps|climbed|climbs|dropped|drops|slid|slipped|eased|advanced|rallied|tumbled|soared|plunged|plummeted|sank|shed|surged|grew|grown|grows|shrank|shrunk|contracted|expanded|increased|decreased|declined|slumped|dipped|edged|leapt|leaped|rocketed|widened|narrowed|improved|deteriorated|cut|raised|lowered|trimmed|boosted)\s+(?:by\s+)?(?:[\d.,]+\s*\p{L}{0,3}\s+or\s+)?["“‘]?$/iu;
/** A change named right after a figure: "0.7% growth", "a 3.8% boost", "12% down", "5% higher". */
const CHANGE_AFTER = /^\s*(?:(?:up|down|higher|lower|off)\b|(?:year-on-year\s+|annual\s+|quarterly\s+)?(?:rise|rises|fall|falls|increase|increases|decrease|drop|decline|jump|cut|gain|growth|reduction|slump|surge|hike|loss|boost|rebound|contraction|expansion|change|slide|dip|climb|improvement|deterioration)\b)/i;
/** What is counted names the change itself: "fall in first quarter profits", "rise in exports". */
const CHANGE_COUNTS = /\b(?:rise|rises|fall|falls|increase|decrease|drop|decline|jump|cut|cuts|gain|growth|reduction|slump|surge|hike|loss|boost|rebound|contraction|expansion|change|shortfall)\b/i;
/** "by" right before a figure: the figure is a change ("cut by 3%", 'by "about 3%"'). */
const CHANGE_BY = /\bby\s*["“‘]?$/i;
/** A comparison baseline: "up from 6.2m", "compared with 12%", "than 40". */
const BASELINE_BEFORE = /\b(?:from|compared (?:with|to)|against|versus|vs\.?|than)\s+(?:(?:a|an|the)\s+)?$/i;
/** A value of an earlier period: "6.2m last year", "12% a year earlier". */
const BASELINE_AFTER = /^\s*(?:\([^()]{0,30}\)\s*)?(?:,\s*)?(?:(?:a|one) year (?:earlier|ago|before)|(?:in |during )?the (?:same|previous|prior|preceding|year-earlier|year-ago) (?:period|quarter|year|month|week)|(?:in |during )?the year before|last year|the previous year|a year-earlier|previously)\b/i;

/**
 * Why a figure's sentence frames it as something other than the counted thing's value: a goal
 * or forecast ("a target of 8m tickets", "aims to lift sales to 40,000") or a comparison baseline
 * ("up from 6.2m last year"). The fact is right; a stem naming only what is counted would misstate it.
 */
export function figureFraming(fact: NumberFact, raw: string): 'target' | 'baseline' | null {
  const from = Math.max(fact.sentence.start, fact.span.start - 90);
  let before = raw.slice(from, fact.span.start);
  if (BASELINE_BEFORE.test(before)) return 'baseline';
  if (BASELINE_AFTER.test(raw.slice(fact.span.end, Math.min(fact.sentence.end, fact.span.end + 60)))) return 'baseline';
  // Only the figure's own clause: "He could not say, but 5m were sold", "the arena, which seats 30,000 people" are no forecasts.
  const cut = CLAUSE_BREAK.exec(before);
  if (cut) before = before.slice(cut.index + cut[0].length);
  if (EXISTING_BEFORE.test(before)) return null;
  // "46 percent would choose Velden and 44 percent would back Ostra": a figure opening a clause of its own after "and".
  if (OPENS_CLAUSE_AFTER.test(raw.slice(fact.span.end, Math.min(fact.sentence.end, fact.span.end + 40))) && /\b(?:and|or|but)\s+$/i.test(before)) return null;
  let last: RegExpExecArray | null = null;
  TARGET_BEFORE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = TARGET_BEFORE.exec(before)); ) last = m;
  return last && !PAST_BETWEEN.test(before.slice(last.index + last[0].length)) ? 'target' : null;
}

const BOUNDS = new Set(['more-than', 'at-least', 'less-than', 'at-most']);

/** An age is said of a person, not a figure to recall ("died aged 71", "Jo Bell, 35,", "15-year-old"). */
export function isAge(fact: NumberFact): boolean {
  return fact.unit === 'year old' || /\byears?[- ]old\b/i.test(fact.text);
}

/** "Ros and Tam Varn, who are 68 and 70,", "Jo Bell, who is 35,": ages told in a relative clause, no figure to recall. */
const AGED_BEFORE = /\b(?:who|who's)\s+(?:is|are|was|were|turned|turns|will\s+be)\s+(?:(?:now|both|nearly|almost|about)\s+)*(?:\d{1,3}\s+and\s+)?$/i;
export function agedAfterName(fact: NumberFact, raw: string | undefined): boolean {
  if (raw === undefined || fact.unit !== null || !Number.isInteger(fact.value) || fact.value > 120 || raw.slice(fact.span.start, fact.span.end) !== fact.text) return false;
  return AGED_BEFORE.test(raw.slice(Math.max(fact.sentence.start, fact.span.start - 40), fact.span.start)) && /^\s*(?:[,.;)]|and\b|$)/.test(raw.slice(fact.span.end, fact.span.end + 6));
}

/**
 * Words right before a figure that make it a number to text or dial, not a quantity: "text
 * HELPME to 60123", "call 999", "ring the incident line on 101" (not "called on 300 MPs").
 */
const TEXT_KEYWORD_BEFORE = /\b(?:[Tt]ext|TEXT|[Tt]xt|SMS)\s+[A-Z0-9]{2,}\s+to\s*$/;
const DIAL_BEFORE = /\b(?:call|ring|phone|dial|telephone|text|fax|whatsapp)(?:\s+(?:us|them|him|her|police|the\s+[\w-]+(?:\s+[\w-]+)?))?(?:\s+on)?\s*:?\s*$/i;
/** What follows a number to dial: the end of the clause or a connective, no counted noun ("300 MPs"). */
const DIAL_AFTER = /^\s*(?:[,.;:)]|$|\s*(?:and|or|quoting|from|between|to|for)\b)/i;
/** A year told as a point in time: "until at least 2041", "since 1987" (a count of that size is written "2,041"). */
const YEAR_TEXT = /(?:^|\s)(?:1[89]\d\d|20\d\d)$/;
const YEAR_BEFORE = /\b(?:in|until|till|since|by|from|before|after|of|to)\s+(?:(?:at\s+least|about|around|early|late|mid)\s+)*$/i;

/**
 * A figure that names or dates something rather than counting it: a text short code, a phone
 * number, a reference written as a long run of digits ("60123", "0800123456"), or a year read as
 * a count ("work until at least 2041"). Asked as a quantity, its wrong figures make no sense.
 */
export function isIdentifier(fact: NumberFact, raw: string | undefined): boolean {
  if (fact.unit !== null) return false;
  const digits = /(\d[\d,.]*)$/.exec(fact.text)?.[1] ?? '';
  if (/^0\d/.test(digits) || /^\d{5,}$/.test(digits)) return true;
  if (raw === undefined || raw.slice(fact.span.start, fact.span.end) !== fact.text) return false;
  const before = raw.slice(Math.max(fact.sentence.start, fact.span.start - 40), fact.span.start);
  if (TEXT_KEYWORD_BEFORE.test(before) || (DIAL_BEFORE.test(before) && DIAL_AFTER.test(raw.slice(fact.span.end, fact.span.end + 12)))) return true;
  const qualifier = fact.text.slice(0, fact.text.length - digits.length);
  return YEAR_TEXT.test(fact.text) && YEAR_BEFORE.test(before + qualifier);
}

/** A year-like figure ("2041", written without a comma): no wrong answer for a distance or a count. */
export function looksLikeYear(fact: NumberFact): boolean {
  return fact.unit === null && Number.isInteger(fact.value) && fact.value >= 1800 && fact.value <= 2100 && YEAR_TEXT.test(fact.text);
}

/** A figure a question can ask for: not "some", nor a bound on one ("more than one", "one or more"), which only means several or none. */
export function isAskableFigure(fact: NumberFact): boolean {
  return fact.qualifier !== 'some' && !(fact.value === 1 && fact.unit === null && BOUNDS.has(fact.qualifier));
}

/** Number facts indexed the ways the also-true check looks them up, so each check is cheap. */
export interface NumberIndex {
  byId: Map<string, NumberFact>;
  byArticle: Map<string, NumberFact[]>;
  byCounts: Map<string, NumberFact[]>;
  bySentence: Map<string, NumberFact[]>;
  /** Facts that name this one in their conflictsWith. */
  conflictedBy: Map<string, NumberFact[]>;
}

export function indexNumbers(all: NumberFact[]): NumberIndex {
  return {
    byId: new Map(all.map((n) => [n.id, n])),
    byArticle: groupBy(all, (n) => n.article),
    byCounts: groupBy(all, (n) => (n.counts ? `${normalize(n.counts)}|${n.unit}` : undefined)),
    bySentence: groupBy(all, (n) => `${n.article}:${n.sentence.start}`),
    conflictedBy: groupBy(all, (n) => n.conflictsWith),
  };
}

/** Figures that are also right for this question: the same thing counted elsewhere, a conflicting report, the sentence's other figures. */
export function alsoTrueFigures(fact: NumberFact, index: NumberIndex): Set<number> {
  const related = [
    ...fact.conflictsWith.map((id) => index.byId.get(id)).filter((n): n is NumberFact => n !== undefined),
    ...(index.conflictedBy.get(fact.id) ?? []),
    ...(fact.counts ? (index.byCounts.get(`${normalize(fact.counts)}|${fact.unit}`) ?? []) : []),
    ...(index.bySentence.get(`${fact.article}:${fact.sentence.start}`) ?? []),
  ];
  const out = new Set(related.map((n) => n.value));
  out.delete(fact.value);
  return out;
}

/** How the blank's options must look so they read like the text: digits only, or the full figure. */
export function clozeFormat(fact: NumberFact): ((v: number) => string) | undefined {
  const text = squash(fact.text);
  // ("98.315": a figure the options would round, "98.32", is no blank to fill.)
  if (/^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$/.test(text) && Number(text.replace(/,/g, '')) === fact.value && Math.round(fact.value * 100) / 100 === fact.value) {
    return (v) => formatFigure(v, null);
  }
  if (text === formatFigure(fact.value, fact.unit, fact.qualifier)) return (v) => formatFigure(v, fact.unit, fact.qualifier);
  if (text === formatFigure(fact.value, fact.unit)) return (v) => formatFigure(v, fact.unit);
  return undefined;
}

/**
 * A plain count that ends its sentence with no noun for what it counts: "By noon on Sunday there
 * were more than 90." (letters, said the sentence before), "since he was 9.". Blanked, the
 * sentence asks for a figure of nothing; wrong figures cannot be told from it either.
 */
export function uncountedAtEnd(fact: NumberFact, raw: string | undefined): boolean {
  if (raw === undefined || fact.unit !== null || raw.slice(fact.span.start, fact.span.end) !== fact.text) return false;
  // (A number word or a figure with its noun inside the span, "90 letters", counts something.)
  if (/\p{L}\s*$/u.test(fact.text) && !/^\p{L}+(?:[\s-]\p{L}+)*$/u.test(fact.text)) return false;
  if (!/^\s*[.!?]?["”’)]*\s*$/.test(raw.slice(fact.span.end, fact.sentence.end)) || !/^\s*[.!?]/.test(raw.slice(fact.span.end, fact.span.end + 3))) return false;
  // "there were (more than) _____.", or no counted thing found at all.
  return !fact.counts || THERE_BEFORE.test(raw.slice(Math.max(fact.sentence.start, fact.span.start - 60), fact.span.start));
}

/** The figure of a bound without its leading words ("8,400" of "more than 8,400"), as an exact figure to blank out; undefined when the text is written otherwise. */
export function figureOnly(fact: NumberFact): NumberFact | undefined {
  const lead = /^(?:\p{L}+\s+)+(?=[^\p{L}\s])/u.exec(fact.text)?.[0];
  if (!lead) return undefined;
  const text = fact.text.slice(lead.length);
  const figure: NumberFact = { ...fact, text, span: { start: fact.span.start + lead.length, end: fact.span.end }, qualifier: 'exact' };
  return clozeFormat(figure) ? figure : undefined;
}

/** A figure in brackets right after another one, alone or with a second conversion: "$2m (£1.1m)", "9bn krona ($1bn; £0.7bn)". */
const CONVERSION_BEFORE = /\d[\p{L}%]*(?:\s+\p{L}+)?\s*\(\s*(?:[^()\d]{0,3}[\d.,]+[^();]{0,12};\s*)?$/u;
export function isConversion(fact: NumberFact, raw: string | undefined): boolean {
  if (raw === undefined || !/^[A-Z]{3}\b/.test(fact.unit ?? '')) return false;
  return CONVERSION_BEFORE.test(raw.slice(Math.max(0, fact.span.start - 40), fact.span.start)) && /^\s*[);]/.test(raw.slice(fact.span.end, fact.span.end + 3));
}

/** A share or a count followed by "of" (after any bracketed restatement): the figure is a part of the thing it names. */
const PART_OF = /^\s*(?:\([^()]{0,30}\)\s*)?of\s/;
function isPartOf(fact: NumberFact, raw: string | undefined): boolean {
  if (raw === undefined || (fact.unit !== null && fact.unit !== '%')) return false;
  return PART_OF.test(raw.slice(fact.span.end, fact.span.end + 40));
}

/** "Harbour Board spending", "Bank of Dorlan's board": a name opening what is counted keeps its capital. */
/** ("Five Bank of Dorlan branches": a number word before a name is lowered as usual; "Three Rivers wins" is one name.) */
const OPENS_WITH_NAME = /^(?!(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve|Twenty)\s+\p{Lu}\p{Ll}*[^s\s](?:\s|$))\p{Lu}\p{Ll}*(?:\s+(?:of|for|and|de|the)){0,2}\s+\p{Lu}/u;

/** The figure's digits or number word appear in the title ("Every 72 minutes ...", "Rover deal 'may cost 2,000 jobs'"). */
function inTitle(fact: NumberFact, title: string | undefined): boolean {
  const core = /\d[\d,.]*\d|\d|\p{L}+/u.exec(fact.text)?.[0];
  if (!title || !core) return false;
  const at = title.toLowerCase().indexOf(core.toLowerCase());
  return at >= 0 && !/[\p{L}\p{N}]/u.test(title[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(title[at + core.length] ?? '');
}

/** "USD/bbl" and "USD": the same money, one of them per barrel ("jumped to $53.09 a barrel before closing at $53.03"). */
const baseUnit = (unit: string | null) => unit?.split('/')[0] ?? null;

/** Words that set two figures of a sentence side by side ("while", "compared to", "against", "than", a semicolon). */
const COMPARING = /\b(?:while|whereas|compared\s+(?:with|to)|against|versus|vs|than|but|unlike)\b|;/i;
/** The last boundary of the clause a figure is in: its name is after it. */
const CLAUSE_OPEN = /(?:[,;:(]|\s[-–—]\s|\b(?:while|whereas|but|and|compared\s+(?:with|to)|against|versus|vs|than|unlike)\b)(?![\s\S]*(?:[,;:(]|\s[-–—]\s|\b(?:while|whereas|but|and|compared\s+(?:with|to)|against|versus|vs|than|unlike)\b))/i;
/** A run of capitalised words ("Trelco", "Bank of Dorlan", "Zenco's"). */
const NAME_RUN = /\p{Lu}[\p{L}\p{N}&.-]*(?:\s+(?:of\s+|&\s+)?\p{Lu}[\p{L}\p{N}&.-]*)*(?:['’]s?)?/gu;
const CALENDAR_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** "Zenco's yearly sales", "the Greens' campaign": the owner opening what is counted. */
const OWNER_OPENING = /^((?:\p{Lu}[\p{L}\p{N}&.-]*\s+){0,3}\p{Lu}[\p{L}\p{N}&.-]*)['’]s?\s/u;
/** A name or a possessive in what is counted: it already says whose figure it is ("Zenco's yearly sales", "Velden exports"). */
const SAYS_WHOSE = /['’]s?(?:\s|$)|(?:^|\s)\p{Lu}/u;

/**
 * The name a figure's clause opens with, its bearer: "Trelco" in "Trelco has a market
 * value of $4.1bn", "Zenco" in "while Zenco sold 3m". Not a capitalised common word opening the
 * sentence ("Sales of ..."), nor a day or a month.
 */
function clauseBearer(ctx: QuestionContext, raw: string, fact: NumberFact): string | null {
  let clause = raw.slice(Math.max(fact.sentence.start, fact.span.start - 160), fact.span.start);
  const open = CLAUSE_OPEN.exec(clause);
  if (open) clause = clause.slice(open.index + open[0].length);
  for (const m of clause.matchAll(NAME_RUN)) {
    // ("The Velden Harbour Authority": the article opening the sentence is no part of the name.)
    const name = m[0].replace(/['’]s?$/, '').replace(/^(?:The|A|An|In|On|At|For|By|From|With|But|And|While|Meanwhile)\s+(?=\p{Lu})/u, '');
    const words = name.split(/\s+/);
    if (words.every((w) => STOPWORDS.has(w.toLowerCase()) || CALENDAR_WORD.test(w)) || ctx.midSentence(name) !== name) continue;
    return name;
  }
  return null;
}

/** The last word of one phrase's head appears in the other ("annual sales" / "Zenco's yearly sales"); an owner alone ("Zenco's") agrees with any. */
function sharesHead(a: string, b: string): boolean {
  const words = (p: string) => headWords(p.toLowerCase().match(/\p{L}[\p{L}’'-]*/gu) ?? []);
  const wa = words(a);
  const wb = words(b);
  const last = (w: string[]) => (w.at(-1) ?? '').replace(/['’]s?$/, '');
  if (wa.length === 1 && /['’]s?$/.test(wa[0])) return true;
  return wb.includes(last(wa)) || wa.includes(last(wb));
}

/**
 * When a sentence sets this figure beside another one of the same kind for another bearer ("Acme
 * has sales of $8.2bn, while Zenco's are $7.6bn", "compared to Zenco's $12.4bn"), a stem that
 * names only what is counted does not say whose figure it asks for. Returns what is counted with
 * its bearer ("Acme's sales"), null when the bearer is not found (only the sentence says it), or
 * `counts` unchanged when there is no such comparison or it names its bearer already.
 */
export function withBearer(ctx: QuestionContext, fact: NumberFact, counts: string, index: NumberIndex): string | null {
  const raw = ctx.raw(fact.article);
  if (raw === undefined || SAYS_WHOSE.test(counts.replace(/^\p{Lu}/u, (c) => c.toLowerCase()))) return counts;
  const others = (index.bySentence.get(`${fact.article}:${fact.sentence.start}`) ?? []).filter((n) => n.id !== fact.id && n.value !== fact.value && baseUnit(n.unit) === baseUnit(fact.unit) && !isConversion(n, raw));
  let mine: string | null | undefined;
  for (const other of others) {
    const [first, second] = other.span.start < fact.span.start ? [other, fact] : [fact, other];
    if (!COMPARING.test(raw.slice(first.span.end, second.span.start))) continue;
    // Figures of two different things are no comparison ("40 cranes ..., while 2.5 million visitors ..."): what the
    // other counts is unsaid, only an owner ("Zenco's"), or shares the head noun ("annual sales" / "Zenco's yearly sales").
    if (other.counts && !sharesHead(other.counts, counts)) continue;
    mine ??= clauseBearer(ctx, raw, fact);
    // ("Zenco's yearly sales": the owner the other figure's counted thing names, be it a month's name too.)
    const theirs = clauseBearer(ctx, raw, other) ?? OWNER_OPENING.exec(other.counts ?? '')?.[1] ?? null;
    if (!theirs || theirs === mine) continue;
    if (!mine) return null;
    // (The apostrophe the article writes.)
    const apostrophe = raw.includes('’') && !raw.includes("'") ? '’' : "'";
    return `${mine}${apostrophe}${/s$/.test(mine) ? '' : 's'} ${ctx.midSentence(counts)}`;
  }
  return counts;
}

/** Finite words that can open the verb phrase of a counted subject ("12 ferries were sunk", "300 workers will lose"). */
const FINITE_OPENERS = new Set(['are', 'were', 'was', 'is', 'have', 'has', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'do', 'does', 'remain', 'remained']);
/** Past forms that are never participles: after a counted noun they are its verb ("4,000 fans went home"), no modifier. */
const SIMPLE_PAST = new Set(['went', 'came', 'rose', 'fell', 'saw', 'took', 'gave', 'began', 'grew', 'ran', 'flew', 'drew', 'drove', 'chose', 'spoke', 'knew', 'became', 'ate', 'wrote', 'stood', 'voted', 'signed', 'died', 'attended', 'joined', 'watched', 'visited', 'applied', 'returned', 'arrived', 'remained', 'stayed']);
/** Participles that say what is expected or planned, not what happened: "are expected", not "were expected". */
const STATE_PARTICIPLES = new Set(['expected', 'estimated', 'believed', 'thought', 'planned', 'projected', 'forecast', 'predicted', 'needed', 'required', 'due', 'available', 'likely', 'set']);
/** A dash, a bracket or a quote mark inside the clause: it may cut a noun phrase in two ("carried less restrictive PG - parental guidance - ratings"). */
const MID_PHRASE_BREAK = /[()[\]"“”‘]|\s[-–—]\s?|--/;
/** Words after an -ed word that make it a participle describing the noun ("workers employed at"), not its verb. */
const PARTICIPLE_FOLLOWERS = new Set(['by', 'in', 'at', 'from', 'to', 'for', 'with', 'on', 'during', 'under', 'over', 'into', 'since', 'after', 'across', 'as', 'via', 'per']);
/** Where a counted subject's clause ends: a comma, a semicolon, a colon, or a word that opens another clause. */
const VERB_PHRASE_END = /[,;:]|\s(?:since|after|when|because|while|which|who|whom|whose|although|though|as|until|before|but|whereas|unless|if|and\s+(?:he|she|it|they|we|I|the|a|an)|according)\b/i;
const VERB_PHRASE_WORDS = 14;
/** At most this many words between the figure and its verb: the counted subject ("residents of the harbour town"). */
const SUBJECT_WORDS = 6;
const RELATIVE_WORDS = new Set(['who', 'that', 'which']);
/** "There are", "there were", "there will be" right before a figure (and its qualifier): the count is asked as "are there". */
const THERE_BEFORE = /\bthere\s+(are|were|is|was|will\s+be|have\s+been|has\s+been|had\s+been)\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|fewer\s+than|less\s+than|at\s+least|up\s+to|only|just)\s+)*$/i;
/** A clause with no pronoun pointing outside it; "their" and "its" are the counted subject's own ("people left their homes"). */
const ownClause = (clause: string) => isSelfContained(clause.replace(/\b(?:their|its)\b/gi, 'the'));
/** "a study of (almost) 8,500": a figure that completes the noun before it. */
const OF_BEFORE = /\p{L}\s+of\s+(?:(?:about|around|some|roughly|nearly|almost|over|under|more\s+than|fewer\s+than|less\s+than|at\s+least|up\s+to|just|only)\s+)*$/iu;
/** A word of what is counted that is a past participle after its noun ("farms flooded", "crews sent"): the clause's verb. */
const participleAt = (words: string[]) => words.findIndex((w, i) => i > 0 && (isPastVerb(w) || STATE_PARTICIPLES.has(w.toLowerCase())) && !/^\p{Lu}/u.test(w));

/**
 * What is counted and what the sentence says of it, as a question: "How many Norland farms have
 * been flooded or damaged" from "... more than 1,200 Norland farms have been flooded or damaged
 * since ...". Only a counted subject gives one without turning the sentence round: the figure and
 * what is counted open the clause, and a finite verb follows them ("12 ferries were sunk"), or the
 * counted thing carries its own participle ("crews sent", "farms flooded or damaged"). Null when
 * the sentence says neither: the question then shows the sentence with a blank instead.
 */
export function howManyQuestion(fact: NumberFact, raw: string | undefined, counts: string): string | null {
  const words = counts.split(' ');
  // "people who left their homes": the relative clause is what the sentence says of them ("How many people left their homes").
  const relative = words.findIndex((w, i) => i > 0 && RELATIVE_WORDS.has(w.toLowerCase()));
  if (relative > 0) {
    const verb = (words[relative + 1] ?? '').toLowerCase();
    if (!(FINITE_OPENERS.has(verb) || isPastVerb(verb))) return null;
    const q = `${words.slice(0, relative).join(' ')} ${words.slice(relative + 1).join(' ')}`;
    return ownClause(q) && !/\d/.test(q) && words.length - relative <= VERB_PHRASE_WORDS ? q : null;
  }
  // "a study of almost 8,500 pupils published on Monday": after "of" the count completes another noun, whose participle may follow.
  const ofBefore = raw !== undefined && OF_BEFORE.test(raw.slice(Math.max(fact.sentence.start, fact.span.start - 40), fact.span.start));
  const participle = ofBefore ? -1 : participleAt(words);
  const head = participle > 0 ? words.slice(0, participle) : words;
  const finish = (subject: string, phrase: string): string | null => {
    const cut = VERB_PHRASE_END.exec(phrase);
    const clause = (cut ? phrase.slice(0, cut.index) : phrase).trim().replace(/[.!?]+$/, '');
    if (MID_PHRASE_BREAK.test(clause)) return null;
    const kept = clause.split(/\s+/).filter(Boolean);
    while (kept.length > 0 && (DANGLING_ENDS.has(kept.at(-1)!.toLowerCase()) || STOPWORDS.has(kept.at(-1)!.toLowerCase()))) kept.pop();
    if (kept.length < 2 || kept.length > VERB_PHRASE_WORDS) return null;
    const verbPhrase = kept.join(' ');
    // Another figure or a pronoun in the clause: the question would need the sentence anyway.
    if (/\d/.test(verbPhrase) || !ownClause(verbPhrase)) return null;
    return `${subject} ${verbPhrase}`;
  };
  if (raw !== undefined && fact.span.end <= fact.sentence.end) {
    const after = squash(raw.slice(fact.span.end, fact.sentence.end)).replace(/^of\s+/i, '');
    // "1,200 Norland farms have been flooded", "300 homes were still under water": the counted subject, in the
    // sentence's own words, and its verb ("associations of producers challenged the ruling", not "workers employed at").
    const tokens = after.split(' ').slice(0, SUBJECT_WORDS + 2);
    if (tokens[0]?.toLowerCase() === words[0].toLowerCase()) {
      for (let k = 1; k <= SUBJECT_WORDS && k < tokens.length; k++) {
        if (/[,;:()"“”‘’]/.test(tokens[k - 1])) break;
        const verb = tokens[k].toLowerCase();
        const regularPast = isPastVerb(verb) && verb.endsWith('ed') && !PARTICIPLE_FOLLOWERS.has((tokens[k + 1] ?? '').toLowerCase()) && !STATE_PARTICIPLES.has(verb);
        if (!(FINITE_OPENERS.has(verb) || SIMPLE_PAST.has(verb) || regularPast)) continue;
        const q = finish(tokens.slice(0, k).join(' '), after.split(' ').slice(k).join(' '));
        if (q) return q;
        break;
      }
    }
    // "There are 40 working cranes in the port": "How many working cranes are there in the port".
    const there = THERE_BEFORE.exec(raw.slice(Math.max(fact.sentence.start, fact.span.start - 60), fact.span.start));
    if (there && after.toLowerCase().startsWith(counts.toLowerCase()) && !/[\p{L}\p{N}]/u.test(after[counts.length] ?? '')) {
      const be = there[1].toLowerCase().split(/\s+/);
      const asked = be.length === 1 ? `${be[0] === 'is' ? 'are' : be[0] === 'was' ? 'were' : be[0]} there` : `${be[0]} there ${be.slice(1).join(' ')}`;
      const place = /^(?:in|at|on|across|within|around|inside|near)\s/i.test(after.slice(counts.length + 1)) ? finish(counts, `${asked} ${after.slice(counts.length + 1)}`) : null;
      // ("there are 30 handsets available": "How many handsets are available".)
      const postposed = /^(.*\S)\s+(\p{Ll}+(?:able|ible))$/u.exec(counts);
      return place ?? (postposed ? `${postposed[1]} ${asked.replace(/\s*there\b/, '')} ${postposed[2]}` : `${counts} ${asked}`);
    }
    // "with more than 8,500 expected by spring": the figure stands for what is counted, its participle follows.
    if (participle > 0 && new RegExp(`^${escapeRegExp(words[participle])}\\b`, 'i').test(after)) {
      const q = finish(head.join(' '), `${STATE_PARTICIPLES.has(words[participle].toLowerCase()) ? 'are' : 'were'} ${after}`);
      if (q) return q;
    }
  }
  // What is counted names its own participle: "phones lost or stolen".
  if (participle > 0) return finish(head.join(' '), `${STATE_PARTICIPLES.has(words[participle].toLowerCase()) ? 'are' : 'were'} ${words.slice(participle).join(' ')}`);
  return null;
}

/**
 * Heads of what is counted that a money figure or a share measures: "the figure for annual sales",
 * "the figure for the payment to ...". A name, a film or a firm is whose figure it is, not what it
 * measures ("the figure for biggest foreign movie"): the sentence must say that.
 */
const MEASURE_HEADS = new Set([
  'profit', 'profits', 'sales', 'revenue', 'revenues', 'turnover', 'earnings', 'income', 'payment', 'payments', 'price', 'prices',
  'cost', 'costs', 'value', 'valuation', 'stake', 'rise', 'fall', 'increase', 'decrease', 'drop', 'decline', 'growth', 'gain', 'gains',
  'loss', 'losses', 'deficit', 'surplus', 'debt', 'debts', 'capitalisation', 'capitalization', 'write-down', 'writedown', 'investment',
  'spending', 'budget', 'fine', 'fines', 'bill', 'salary', 'salaries', 'pay', 'bonus', 'bonuses', 'fee', 'fees', 'takings', 'tax', 'taxes',
  'rate', 'inflation', 'unemployment', 'output', 'exports', 'imports', 'borrowing', 'savings', 'funding', 'deal', 'bid', 'offer',
  'settlement', 'compensation', 'damages', 'subsidy', 'subsidies', 'grant', 'donation', 'donations', 'contribution', 'dividend',
  'dividends', 'wage', 'wages', 'rent', 'rents', 'assets', 'reserves', 'deposits', 'lending', 'premium', 'premiums', 'shortfall',
  'cut', 'cuts', 'share', 'margin', 'yield', 'balance', 'fortune', 'bailout', 'loan', 'loans', 'aid', 'support', 'award', 'prize', 'jackpot',
  'money', 'sum', 'amount', 'total', 'height', 'length', 'depth', 'width', 'distance', 'weight', 'level', 'speed', 'temperature', 'area',
  'size', 'capacity', 'peak', 'population', 'majority', 'turnout', 'duration', 'score', 'lead', 'average',
]);

/** A figure stem says what the figure measures: the head of what is counted is a measure, not a name or a thing. */
export function measuresSomething(counts: string): boolean {
  // ("country's surplus": whose is in another sentence.)
  if (/^\p{Ll}+['’]s?\s/u.test(counts)) return false;
  const head = headWords(counts.toLowerCase().match(/\p{L}[\p{L}’'-]*/gu) ?? []);
  // ("money promised for repairs": the participle after the noun says what money, the noun is the head.)
  while (head.length > 1 && isPastVerb(head.at(-1)!)) head.pop();
  return MEASURE_HEADS.has((head.at(-1) ?? '').replace(/['’]s?$/, ''));
}

/** "the figure for the payment to ...": what is counted, with "the" unless it opens with a name, a possessive or a determiner. */
function withArticle(counts: string): string {
  return /^\p{Ll}/u.test(counts) && !/^(?:the|a|an|its|their|his|her|our|this|that|these|those)\s/i.test(counts) && !/^\S+['’]s?\s/.test(counts) ? `the ${counts}` : counts;
}

/** Which figure, for what is counted, according to whom; a sentence cloze when the count is unnamed. */
export const numberKind: QuestionKindModule = {
  kind: 'number',
  candidates(ctx, rng) {
    const all = ctx.factsOf('number');
    const index = indexNumbers(all);
    const out: Candidate[] = [];
    const pending: Array<{ candidate: Candidate; choices: FigureChoices; show: (v: number) => string }> = [];
    // Codes, phone numbers and years read as counts: never asked, never a wrong figure (judged once each).
    const coded = new Set(all.filter((n) => isIdentifier(n, ctx.raw(n.article))).map((n) => n.id));
    const yearLike = new Set(all.filter(looksLikeYear).map((n) => n.id));
    for (const fact of all) {
      if (!isAskableFigure(fact) || (fact.approximate && fact.qualifier === 'exact')) continue;
      // "$2m (£1.1m)": a conversion in brackets restates the figure before it; ask that one.
      if (isConversion(fact, ctx.raw(fact.article))) continue;
      if (isAge(fact) || agedAfterName(fact, ctx.raw(fact.article)) || coded.has(fact.id)) continue;
      // "Every 72 minutes, a veteran dies": a figure in the report's title gives the answer away.
      if (inTitle(fact, ctx.article(fact.article)?.title)) continue;
      // (A year-like figure, "until 2041", is no wrong count or distance; nor a code or a phone number.)
      const story = [fact.article, ...fact.corroboratedBy]
        .flatMap((a) => index.byArticle.get(a) ?? [])
        .filter((n) => n.id !== fact.id && (yearLike.has(fact.id) || !yearLike.has(n.id)) && !coded.has(n.id));
      // "more than 8,400": the stem says the bound, the options are bare figures on both sides of it (see numberDistractors).
      const bound = isBound(fact.qualifier) ? QUALIFIER_PHRASE[fact.qualifier] : null;
      // "between _____ and 40": a wrong figure past the range's other end is wrong at sight.
      const choices = figureChoices(fact, story, alsoTrueFigures(fact, index), rng, rangeBounds(ctx.raw(fact.article), fact), bound !== null);
      if (choices.ranks.length === 0) continue;
      // "about 12% of the island's exports", "1.2m of the island's 3.4m voters": a part of what is named, not its figure.
      // Two figures of one sentence with the same thing and unit ("rose to $8.2bn from $7.9bn", "41% ..., up from 9%"): naming the thing does not say which.
      const twin = !!fact.counts && (index.bySentence.get(`${fact.article}:${fact.sentence.start}`) ?? []).some((n) => n.id !== fact.id && baseUnit(n.unit) === baseUnit(fact.unit) && !!n.counts && normalize(n.counts) === normalize(fact.counts!));
      // "Acme has sales of $8.2bn, while Zenco's are $7.6bn": the stem says whose figure it asks for ("Acme's sales"),
      // or only the sentence can.
      const whose = twin || !fact.counts || isPartOf(fact, ctx.raw(fact.article)) ? null : withBearer(ctx, fact, fact.counts, index);
      const counts = whose === null ? null : askableCounts(whose === fact.counts ? fact : { ...fact, counts: whose }, ctx.raw(fact.article));
      let stem: string;
      let show: (v: number) => string;
      // A count is asked as "How many ... were sent?", a figure for what it measures; else the sentence shows what it is.
      const named = counts ? (OPENS_WITH_NAME.test(counts) ? counts : ctx.midSentence(counts)) : null;
      const howMany = named && fact.unit === null ? howManyQuestion(fact, ctx.raw(fact.article), named) : null;
      const measure = named && fact.unit !== null && measuresSomething(named) ? withArticle(named) : null;
      if (howMany || measure) {
        show = (v) => formatFigure(v, fact.unit, bound ? 'exact' : fact.qualifier);
        stem = ctx.phrases.pick('number', { source: ctx.attribution(fact, fact.source), howMany, counts: measure, unit: fact.unit, bound }, rng);
      } else {
        // A line of a table ("Roe for Quill (71), Dee for Bishop (74), ..."): figures with no sentence around them.
        if ((index.bySentence.get(`${fact.article}:${fact.sentence.start}`)?.length ?? 0) > LIST_FIGURES) continue;
        // A bound is left in the sentence and only the figure blanked ("more than _____ homes"); a bound written
        // any other way ("5,000 or more") gives no such blank.
        const blanked = bound ? figureOnly(fact) : fact;
        if (!blanked || uncountedAtEnd(fact, ctx.raw(fact.article))) continue;
        const cloze = clozeSentence(ctx, blanked);
        const format = clozeFormat(blanked);
        if (!cloze || !format) continue;
        show = format;
        // The sentence is the article's, whoever it quotes.
        stem = ctx.phrases.pick('number', { source: ctx.attribution(fact, null), cloze }, rng);
      }
      const candidate: Candidate = {
        kind: 'number',
        facts: [fact],
        keys: [factKey(fact), ...titleKeys(ctx, ctx.personOf(fact.source))],
        score: 2.5 + corroboration(fact) + (howMany || measure ? 0.5 : 0),
        draft: { form: 'choice', stem, answer: show(fact.value), distractors: [] },
      };
      pending.push({ candidate, choices, show });
    }
    // The answer's rank among the figures is chosen over all the number questions at once (see balancedRanks).
    const ranks = balancedRanks(rng, pending.map((p) => p.choices.ranks));
    pending.forEach(({ candidate, choices, show }, i) => {
      if (candidate.draft.form === 'choice') {
        const [answer, ...wrong] = sameScale([candidate.draft.answer, ...figuresAt(choices, ranks[i]).map(show)]);
        candidate.draft.answer = answer;
        candidate.draft.distractors = wrong;
      }
      out.push(candidate);
    });
    return out;
  },
};
