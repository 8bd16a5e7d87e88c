import { QUALIFIER_PHRASE, type NumberFact } from '../../schema/index.js';
import { type Rng, randomInt, shuffled } from '../random.js';
import { CURRENCY_SYMBOLS, PER_UNIT_WORDS, UNIT_SUFFIXES } from '../../questions/words.js';

const QUALIFIER_WORDS = QUALIFIER_PHRASE;

const SCALES: Array<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** 40,000,000 -> "40 million", as news writes big round figures. */
function digits(value: number): string {
  for (const [size, word] of SCALES) {
    const scaled = value / size;
    // ("40.8m": 40.8 * 100 is 4080.0000000000005 in floating point, still two decimals.)
    if (scaled >= 1 && Math.abs(Math.round(scaled * 100) - scaled * 100) < 1e-6) return `${plain(scaled)} ${word}`;
  }
  return plain(value);
}

const SCALED = /(\d+(?:\.\d+)?) (million|billion|trillion)\b/;
const SCALE_OF: Record<string, number> = Object.fromEntries(SCALES.map(([size, word]) => [word, size]));

/**
 * The options of one question with a scale word all or none: "1 million" beside "800,000",
 * "700,000" and "500,000" is told apart by its form, as a wrong option or as the answer. When they
 * mix, every figure is written in digits ("1,000,000").
 */
export function sameScale(options: string[]): string[] {
  const scaled = options.filter((o) => SCALED.test(o)).length;
  if (scaled === 0 || scaled === options.length) return options;
  return options.map((o) => o.replace(SCALED, (_, n: string, word: string) => plain(Number(n) * SCALE_OF[word])));
}

function plain(value: number): string {
  const fixed = Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

/** "more than 350,000", "$2.5", "12%", "40 km". */
export function formatFigure(value: number, unit: string | null, qualifier: NumberFact['qualifier'] = 'exact'): string {
  const q = QUALIFIER_WORDS[qualifier];
  const body = unit ? withUnit(digits(value), unit, value) : digits(value);
  return q ? `${q} ${body}` : body;
}

/** Units of time as words, singular and plural: "18 months", "1 hour", not "18 month", "1 h". */
const TIME_WORDS: Record<string, [string, string]> = {
  s: ['second', 'seconds'], min: ['minute', 'minutes'], h: ['hour', 'hours'], day: ['day', 'days'], week: ['week', 'weeks'],
  month: ['month', 'months'], year: ['year', 'years'], decade: ['decade', 'decades'], century: ['century', 'centuries'],
};

/** As news writes it: "$53.09 a barrel", "548p", "12%", "40 km", "18 months". */
function withUnit(figure: string, unit: string, value: number): string {
  const [money, per] = unit.split('/');
  const symbol = CURRENCY_SYMBOLS[money];
  const time = TIME_WORDS[money];
  // ("1 point", not "1 points".)
  const word = money === 'points' && value === 1 ? 'point' : money;
  const amount = symbol ? `${symbol}${figure}` : UNIT_SUFFIXES[money] !== undefined ? `${figure}${UNIT_SUFFIXES[money]}` : money === '%' ? `${figure}%` : time ? `${figure} ${time[value === 1 ? 0 : 1]}` : `${figure} ${word}`;
  return per ? `${amount} ${PER_UNIT_WORDS[per] ?? `per ${per}`}` : amount;
}

/** A unit of money ("$", "£", "USD/barrel" counts by its first part). */
function moneyUnit(unit: string | null): boolean {
  return unit !== null && CURRENCY_SYMBOLS[unit.split('/')[0]] !== undefined;
}

/** How far the story's other figures may be from the answer to be offered beside it. */
const STORY_RATIO = 10;

const APPROXIMATE = new Set<NumberFact['qualifier']>(['nearly', 'about']);
const LOWER_BOUNDS = new Set<NumberFact['qualifier']>(['more-than', 'at-least']);
const UPPER_BOUNDS = new Set<NumberFact['qualifier']>(['less-than', 'at-most', 'up-to']);
/** A bound on a figure ("more than", "up to"): a choice question says it in the stem and offers bare figures. */
export const isBound = (q: NumberFact['qualifier']) => LOWER_BOUNDS.has(q) || UPPER_BOUNDS.has(q);

/** The rounding step of a figure as people write it: 350,000 -> 10,000; 2.5 -> 0.1; 1,234 -> 100. */
function stepOf(value: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(Math.abs(value)));
  const significant = Math.abs(value) / magnitude;
  return Number.isInteger(Math.round(significant * 1e6) / 1e6) ? magnitude : magnitude / 10;
}

function clean(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

/** Where wrong figures must stay: below the top of a range the answer opens ("_____ to 3 degrees"), above the bottom of one it closes. */
export interface Bounds {
  below?: number;
  above?: number;
}

/** "2 to 3 degrees", "between 30 and 40", "12-15": the other end of a range the figure is one end of, in the raw text. */
export function rangeBounds(raw: string | undefined, fact: NumberFact): Bounds {
  // Only a bare figure: "rose 3.1% to €5.26bn" is a change and a level, no range.
  if (raw === undefined || raw.slice(fact.span.start, fact.span.end) !== fact.text || !/^\d[\d,]*(?:\.\d+)?$/.test(fact.text)) return {};
  const after = RANGE_AFTER.exec(raw.slice(fact.span.end, fact.span.end + 24));
  const before = RANGE_BEFORE.exec(raw.slice(Math.max(0, fact.span.start - 24), fact.span.start));
  const value = (m: RegExpExecArray | null) => (m ? Number(m[1].replace(/,/g, '')) : NaN);
  // "passed by 41 votes to 17": a tally is told larger side first, so the smaller stays below the larger, and back.
  const votesAfter = VOTES_AFTER.exec(raw.slice(fact.span.end, fact.span.end + 24));
  const votesBefore = VOTES_BEFORE.exec(raw.slice(Math.max(0, fact.span.start - 24), fact.span.start));
  const top = Number.isNaN(value(after)) ? value(votesBefore) : value(after);
  const bottom = Number.isNaN(value(before)) ? value(votesAfter) : value(before);
  return {
    ...(top > fact.value ? { below: top } : {}),
    ...(bottom < fact.value ? { above: bottom } : {}),
  };
}
const VOTES_AFTER = /^\s+votes?\s+(?:to|against)\s+(\d[\d,]*)(?![\d,.]*\d)/i;
const VOTES_BEFORE = /(?:^|[^\d.,])(\d[\d,]*)\s+votes?\s+(?:to|against)\s*$/i;
const RANGE_AFTER = /^\s*(?:to|-|–|and)\s*(\d[\d,]*(?:\.\d+)?)(?![\d,.]*\d)/;
const RANGE_BEFORE = /(?:^|[^\d.,])(\d[\d,]*(?:\.\d+)?)\s*(?:to|-|–|and)\s*$/;

/**
 * Three wrong figures of the same unit and scale: other figures in the story, a slip of one order
 * of magnitude, nearby round values. The answer's rank among the four is drawn at random, so it is
 * not always the largest or the smallest.
 */
export function numberDistractors(fact: NumberFact, story: NumberFact[], forbidden: Set<number>, rng: Rng, within: Bounds = {}, boundInStem = false): number[] {
  const choices = figureChoices(fact, story, forbidden, rng, within, boundInStem);
  return choices.ranks.length === 0 ? [] : figuresAt(choices, choices.ranks[randomInt(rng, choices.ranks.length)]);
}

/** Wrong figures below and above the answer, nearest first, and the ranks the answer can take among three of them. */
export interface FigureChoices {
  below: number[];
  above: number[];
  ranks: number[];
}

/** The three wrong figures that put the answer at `rank` (0: it is the lowest option). */
export function figuresAt(choices: FigureChoices, rank: number): number[] {
  return [...choices.below.slice(0, rank), ...choices.above.slice(0, 3 - rank)];
}

/** The wrong figures numberDistractors draws from, before the answer's rank is chosen (see balancedRanks). */
export function figureChoices(fact: NumberFact, story: NumberFact[], forbidden: Set<number>, rng: Rng, within: Bounds = {}, boundInStem = false): FigureChoices {
  const v = fact.value;
  if (!(v > 0) || !Number.isFinite(v)) return { below: [], above: [], ranks: [] };
  // "nearly $1 billion": the story's "$916 million" loss is the same figure said exactly, so also true.
  const near = APPROXIMATE.has(fact.qualifier) || fact.approximate ? 0.1 : 0;
  const ok = (x: number) =>
    x > 0 && Number.isFinite(x) && x !== v && !forbidden.has(x) && Math.abs(x - v) > near * v && (fact.unit !== '%' || x <= 100) && (fact.unit !== 'year old' || x <= 120) && (!Number.isInteger(v) || Number.isInteger(x)) &&
    (within.below === undefined || x < within.below) && (within.above === undefined || x > within.above);
  // The story's own figures of the same unit, when they could pass for the answer: within ten times of it either way
  // ("72" years against "1" and "2" is no choice), and with decimals when the answer has them ("9.41" against "4" neither).
  const fromStory = story.filter((n) => n.unit === fact.unit && n.value / v <= STORY_RATIO && v / n.value <= STORY_RATIO && (Number.isInteger(v) || !Number.isInteger(n.value))).map((n) => n.value);
  const step = stepOf(v);
  // One slip of magnitude at most: with both ten times and a tenth on offer, the answer is the one in the middle.
  // Only for money, where "£2.6m" and "£26m" are both amounts a reader must tell apart: "230 votes" of 41 cast,
  // "300 seconds" of a 30-second delay or "64%" for 6.4% are wrong at sight. (The draw is made either way, so seeds hold.)
  const slip = randomInt(rng, 2) === 0 ? v * 10 : v / 10;
  const magnitude = moneyUnit(fact.unit) ? [slip] : [];
  const nearby = [1, -1, 2, -2, 3, -3, 5, -5].map((k) => clean(v + k * step));
  const pool: number[] = [];
  for (const x of [...shuffled(rng, fromStory), ...magnitude, ...nearby].map(clean)) if (ok(x) && !pool.includes(x)) pool.push(x);
  const below = pool.filter((x) => x < v);
  const above = pool.filter((x) => x > v);
  // "more than 520,000": "more than 500,000" would be true as well; a lower bound offered as an option takes wrong
  // figures above it only, an upper bound ("up to 250", "less than 50") below it only: its answer would always be the
  // lowest (the highest) option, which a test-wise reader spots at once. With `boundInStem` the stem says the bound
  // ("It is given as “more than _____”") and the options are bare figures that fill it: "500,000" is then not what
  // the source says, so wrong figures may fall on both sides and stay false.
  const ranks = boundInStem ? [0, 1, 2, 3] : LOWER_BOUNDS.has(fact.qualifier) ? [0] : UPPER_BOUNDS.has(fact.qualifier) ? [3] : [0, 1, 2, 3];
  return { below, above, ranks: ranks.filter((r) => below.length >= r && above.length >= 3 - r) };
}
