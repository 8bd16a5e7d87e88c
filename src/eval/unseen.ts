import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ErrorGroups } from './common.js';
import { factsFromDocs } from '../pipeline.js';
import { makeDoc } from '../ingest/load.js';
import { parseFrontMatter } from '../ingest/front-matter.js';
import { packageRoot } from '../version.js';
import type { DateFact, Fact, NumberFact, QuoteFact, RoleFact } from '../schema/index.js';
import { prf, type EvalRow, type EvalSection } from './types.js';

/**
 * The unseen-article check: invented news articles in several genres and house styles, with gold
 * written by hand (tests/fixtures/unseen/README.md has the conventions). Gold names strings, not
 * offsets; `in` is a longer unique snippet that holds `text` when `text` alone occurs more than once.
 */
interface Located {
  /** The annotated string exactly as it stands in the article. */
  text?: string;
  quote?: string;
  in?: string;
}
export interface UnseenQuote extends Located {
  quote: string;
  /** The words that name the speaker at this quote ("he", "the coach", "Ms Varga"). */
  speaker: string;
  /** Who that is: a full name or organisation; null when the text names no one more precisely. */
  who: string | null;
  kind: 'direct' | 'reported';
}
export interface UnseenNumber extends Located {
  text: string;
  value: number;
  /** What is counted or measured; null when nothing is. */
  counts: string | null;
}
export interface UnseenDate extends Located {
  text: string;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  value: string;
}
export interface UnseenRole {
  person: string;
  role: string;
}
export interface UnseenGold {
  genre: string;
  quotes: UnseenQuote[];
  numbers: UnseenNumber[];
  dates: UnseenDate[];
  roles: UnseenRole[];
}

interface Span {
  start: number;
  end: number;
}

export const UNSEEN_DIR = join(packageRoot, 'tests', 'fixtures', 'unseen');
/** The second, independent set (same conventions, other genres and house styles). */
export const UNSEEN2_DIR = join(packageRoot, 'tests', 'fixtures', 'unseen2');
/** The third, independent set (same conventions, genres neither set above has). */
export const UNSEEN3_DIR = join(packageRoot, 'tests', 'fixtures', 'unseen3');
/** The fourth, independent set (same conventions, genres none of the three sets above has). */
export const UNSEEN4_DIR = join(packageRoot, 'tests', 'fixtures', 'unseen4');
/** The fifth, independent set (same conventions, genres none of the four sets above has). */
export const UNSEEN5_DIR = join(packageRoot, 'tests', 'fixtures', 'unseen5');

const ALNUM = /[\p{L}\p{N}]/u;
/** `needle` at `i` is a whole word or number, not part of one ("9%" in "13.9%", "one" in "done"). */
function standsAlone(hay: string, needle: string, i: number): boolean {
  const before = hay[i - 1] ?? ' ';
  const after = hay[i + needle.length] ?? ' ';
  if (ALNUM.test(needle[0]) && ALNUM.test(before)) return false;
  if (/\d/.test(needle[0]) && /[.,]/.test(before) && /\d/.test(hay[i - 2] ?? '')) return false;
  return !(ALNUM.test(needle[needle.length - 1]) && ALNUM.test(after));
}

/** Every whole-word occurrence of `needle` in `hay` from `from` on. */
function occurrences(hay: string, needle: string, from: number): number[] {
  const out: number[] = [];
  for (let i = hay.indexOf(needle, from); i >= 0; i = hay.indexOf(needle, i + 1)) if (standsAlone(hay, needle, i)) out.push(i);
  return out;
}

/**
 * Where a gold string stands in the file (after the front matter): its one occurrence, or its one
 * occurrence inside the one occurrence of `in`. Throws when that is not unique, so that a gold
 * entry can never silently point at the wrong words.
 */
export function locate(raw: string, bodyStart: number, item: Located): Span {
  const text = item.quote ?? item.text ?? '';
  if (!text) throw new Error('gold entry without text');
  let from = bodyStart;
  let to = raw.length;
  if (item.in) {
    const ctx = occurrences(raw, item.in, bodyStart);
    if (ctx.length !== 1) throw new Error(`gold context ${JSON.stringify(item.in)} occurs ${ctx.length} times`);
    if (!item.in.includes(text)) throw new Error(`gold context ${JSON.stringify(item.in)} does not hold ${JSON.stringify(text)}`);
    from = ctx[0];
    to = ctx[0] + item.in.length;
  }
  const hits = occurrences(raw, text, from).filter((i) => i + text.length <= to);
  if (item.in) hits.splice(1);
  if (hits.length !== 1) throw new Error(`gold ${JSON.stringify(text)} occurs ${hits.length} times${item.in ? '' : '; give it an "in" snippet'}`);
  return { start: hits[0], end: hits[0] + text.length };
}

export interface UnseenArticle {
  id: string;
  path: string;
  raw: string;
  /** The headline line (the first non-blank line after the front matter). */
  headline: Span;
  gold: UnseenGold;
  quotes: Array<UnseenQuote & Span>;
  numbers: Array<UnseenNumber & Span>;
  dates: Array<UnseenDate & Span>;
}

/** The articles and their gold, spans located; throws on a gold string that is missing or ambiguous. */
export function loadUnseen(dir = UNSEEN_DIR): UnseenArticle[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  return files.map((file) => {
    const path = join(dir, file);
    const raw = readFileSync(path, 'utf8');
    const gold = JSON.parse(readFileSync(path.replace(/\.txt$/, '.gold.json'), 'utf8')) as UnseenGold;
    const { bodyStart } = parseFrontMatter(raw, file);
    const at = <T extends Located>(g: T, what: string): T & Span => {
      try {
        return { ...g, ...locate(raw, bodyStart, g) };
      } catch (e) {
        throw new Error(`${file} ${what}: ${(e as Error).message}`);
      }
    };
    const lead = /^\s*/.exec(raw.slice(bodyStart))![0].length;
    const start = bodyStart + lead;
    const nl = raw.indexOf('\n', start);
    return {
      id: basename(file, '.txt'),
      path,
      raw,
      headline: { start, end: nl < 0 ? raw.length : nl },
      gold,
      quotes: gold.quotes.map((g) => at(g, 'quote')),
      numbers: gold.numbers.map((g) => at(g, 'number')),
      dates: gold.dates.map((g) => at(g, 'date')),
    };
  });
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
/** The quotes eval's span rule: overlap of at least half of the shorter span. */
const halfOverlap = (a: Span, b: Span) => {
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return shorter > 0 && overlap(a, b) * 2 >= shorter;
};
const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-3);

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const STOP = new Set(['the', 'a', 'an', 'of', 'its', 'his', 'her', 'their', 'our', 'and', 'for', 'to', 'in', 'at', 'on', 'from', 'by', 'with', 'mr', 'mrs', 'ms', 'dr']);
/** Content words, folded, possessive and plural -s dropped. */
export function words(s: string | null | undefined): string[] {
  if (!s) return [];
  return fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP.has(w))
    .map((w) => w.replace(/(?<=..)(?:(?<=(?:[sxz]|ch|sh))es|(?<!s)s)$/, ''));
}

/** Unit codes our number facts carry, as the words gold uses ("min" -> minute, "GBP" -> pound). */
const UNIT_WORDS: Record<string, string> = {
  h: 'hour', hr: 'hour', min: 'minute', s: 'second', sec: 'second', d: 'day', wk: 'week', mo: 'month', yr: 'year', y: 'year',
  km: 'kilometre', m: 'metre', mi: 'mile', yd: 'yard', ft: 'foot', mm: 'millimetre', cm: 'centimetre', kg: 'kilogram', g: 'gram',
  lb: 'pound', x: 'time', '%': 'percent', gbp: 'pound', usd: 'dollar', eur: 'euro', mw: 'megawatt', gw: 'gigawatt', mwh: 'megawatt-hour',
};
function unitWords(unit: string | null | undefined): string[] {
  if (!unit) return [];
  return unit
    .toLowerCase()
    .split('/')
    .flatMap((u) => words(UNIT_WORDS[u.trim()] ?? u));
}
const PRONOUN = /^(?:he|she|they|it|we|i|you)$/i;

/** The head of a gold phrase: its last content word before a postmodifier ("cost of the programme" -> cost). */
export function head(phrase: string | null | undefined): string | undefined {
  if (!phrase) return undefined;
  const pre = phrase.split(/\s+(?:of|for|to|at|in|on|from|with|by|who|that)\s+/i)[0];
  return words(pre).pop() ?? words(phrase).pop();
}

/** Lenient who-said: the gold entity's last name (or the speaker words' head) among the predicted speaker's words. */
export function speakerMatches(f: Pick<QuoteFact, 'speaker'>, g: Pick<UnseenQuote, 'speaker' | 'who'>): boolean {
  const predicted = new Set([...words(f.speaker.name), ...words(f.speaker.mention?.text)]);
  const keys: string[] = [];
  const whoLast = words(g.who).pop();
  if (whoLast) keys.push(whoLast);
  if (!PRONOUN.test(g.speaker.trim())) {
    const h = head(g.speaker.replace(/,\s.*$/, ''));
    if (h) keys.push(h);
  }
  return keys.some((k) => predicted.has(k));
}

/** Bidirectional head match of what a number counts: gold head in our counts/unit, or our head in gold's words. */
export function countsMatch(p: Pick<NumberFact, 'counts' | 'unit'>, gold: string): boolean {
  const ours = new Set([...words(p.counts), ...unitWords(p.unit)]);
  const g = head(gold);
  if (g && ours.has(g)) return true;
  const h = head(p.counts);
  return !!h && words(gold).includes(h);
}

/** Role head match: the gold role's head word among the predicted role's words. */
export function roleMatches(p: Pick<RoleFact, 'name' | 'role'>, g: UnseenRole): boolean {
  const last = words(g.person).pop();
  if (!last || !words(p.name).includes(last)) return false;
  const h = head(g.role);
  return !!h && words(p.role).includes(h);
}

function ctx(raw: string, s: Span, width = 50): string {
  const before = raw.slice(Math.max(0, s.start - width), s.start).replace(/\s+/g, ' ');
  const after = raw.slice(s.end, s.end + width).replace(/\s+/g, ' ');
  return `…${before}[${raw.slice(s.start, s.end).replace(/\s+/g, ' ')}]${after}…`;
}
const clip = (s: string, n = 110) => {
  const t = s.replace(/\s+/g, ' ');
  return t.length > n ? `${t.slice(0, n)}…` : t;
};

/** A coarse shape of a time expression, to group errors. */
function dateShape(text: string): string {
  const t = text.toLowerCase();
  if (/\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)/.test(t)) return 'weekday';
  if (/\d{1,2}[:.]\d\d|\b(?:a\.?m\.?|p\.?m\.?|noon|midnight|morning|afternoon|evening|night)\b/.test(t)) return 'clock/part of day';
  if (/\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/.test(t)) return 'month';
  if (/quarter|half|fiscal|season/.test(t)) return 'quarter/fiscal/season';
  if (/\b(?:daily|weekly|monthly|annually|every|each|yearly|a year|a week|a day)\b/.test(t)) return 'set';
  if (/\b(?:ago|earlier|later|previous|before|after)\b/.test(t)) return 'anchored relative';
  if (/\b(?:last|next|this|past|coming)\b/.test(t)) return 'relative';
  if (/\d{4}s|decade|century/.test(t)) return 'decade/century';
  if (/\b\d{4}\b/.test(t)) return 'year';
  if (/\b(?:now|current|recent|future|today|yesterday|tomorrow|tonight|soon)/.test(t)) return 'deictic';
  if (/\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b/.test(t)) return 'duration';
  return 'other';
}

interface Tally {
  tp: number;
  fp: number;
  found: number;
  total: number;
}
const zero = (): Tally => ({ tp: 0, fp: 0, found: 0, total: 0 });

function prfRows(task: string, metric: string, t: Tally): EvalRow[] {
  const p = t.tp + t.fp === 0 ? 0 : t.tp / (t.tp + t.fp);
  const r = t.total === 0 ? 0 : t.found / t.total;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return [
    { task, metric: `${metric} P`, value: p, detail: `tp=${t.tp} fp=${t.fp}` },
    { task, metric: `${metric} R`, value: r, detail: `found=${t.found}/${t.total}` },
    { task, metric: `${metric} F1`, value: f1 },
  ];
}

/**
 * Quotes, per row (a class C of gold quotes, a pool P of predicted quote facts), as the quotes
 * section counts: recall = golds in C matched (half overlap) by a fact in P with the right speaker
 * (any speaker on the span row); a fact is TP when it matches a gold in C with the right speaker,
 * FP when it matches no gold at all or only golds with the wrong speaker, else ignored (it matches
 * only golds of the other class).
 */
function scoreQuotes(facts: QuoteFact[], golds: Array<UnseenQuote & Span>, inClass: (g: UnseenQuote) => boolean, inPool: (f: QuoteFact) => boolean, needSpeaker: boolean): Tally {
  const t = zero();
  const right = (f: QuoteFact, g: UnseenQuote & Span) => halfOverlap(f.span, g) && (!needSpeaker || speakerMatches(f, g));
  for (const f of facts) {
    if (!inPool(f)) continue;
    const matched = golds.filter((g) => halfOverlap(f.span, g));
    if (matched.some((g) => inClass(g) && right(f, g))) t.tp++;
    else if (matched.length === 0 || (needSpeaker && !matched.some((g) => speakerMatches(f, g)))) t.fp++;
  }
  for (const g of golds) {
    if (!inClass(g)) continue;
    t.total++;
    if (facts.some((f) => inPool(f) && right(f, g))) t.found++;
  }
  return t;
}

function add(t: Tally, s: Tally): void {
  t.tp += s.tp;
  t.fp += s.fp;
  t.found += s.found;
  t.total += s.total;
}

/** Greedy one-to-one pairing, exact spans first, then any overlap (TempEval-3 relaxed extent). */
function pairBySpan<G extends Span, S extends { span: Span }>(gold: G[], sys: S[], ok: (g: G, s: S) => boolean = () => true) {
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  const pairs: Array<{ gold: G; sys: S }> = [];
  for (const exact of [true, false]) {
    gold.forEach((g, gi) => {
      if (usedG.has(gi)) return;
      const si = sys.findIndex((s, i) => !usedS.has(i) && (exact ? s.span.start === g.start && s.span.end === g.end : overlap(s.span, g) > 0) && ok(g, s));
      if (si < 0) return;
      usedG.add(gi);
      usedS.add(si);
      pairs.push({ gold: g, sys: sys[si] });
    });
  }
  return { pairs, missed: gold.filter((_, i) => !usedG.has(i)), extra: sys.filter((_, i) => !usedS.has(i)) };
}

export interface UnseenResult {
  rows: EvalRow[];
  errors: string[];
}

/** Runs the pipeline on every unseen article and scores it against the hand-written gold. */
export function runUnseen(options: { errors: boolean; dir?: string; task?: string }): UnseenResult {
  const dir = options.dir ?? UNSEEN_DIR;
  const task = options.task ?? 'unseen';
  if (!existsSync(dir)) return { rows: [{ task, metric: `not scored: ${dir} not found`, value: null }], errors: [] };
  const articles = loadUnseen(dir);
  const q = { span: zero(), all: zero(), direct: zero(), reported: zero() };
  let nTp = 0, nFp = 0, nFn = 0, nCountsOk = 0, nCountsTotal = 0;
  let dGold = 0, dSys = 0, dRelaxed = 0, dStrict = 0, dType = 0, dValue = 0;
  const roles = zero();
  const groups = { quotes: new ErrorGroups(), numbers: new ErrorGroups(), dates: new ErrorGroups(), roles: new ErrorGroups() };
  const perArticle: string[] = [];
  let chars = 0;
  let ms = 0;
  for (const a of articles) {
    // CPU time, not wall time: the machine is shared.
    const cpu0 = process.cpuUsage();
    const doc = makeDoc(a.raw, a.path, a.id, []);
    const facts: Fact[] = factsFromDocs([doc]).facts;
    ms += process.cpuUsage(cpu0).user / 1000;
    chars += a.raw.length;
    const label = `${a.id} (${a.gold.genre})`;
    const where = (s: Span) => (overlap(s, a.headline) > 0 ? ', headline' : '');

    // Quotes
    const qf = facts.filter((f): f is QuoteFact => f.kind === 'quote');
    const qa = scoreQuotes(qf, a.quotes, () => true, () => true, true);
    add(q.span, scoreQuotes(qf, a.quotes, () => true, () => true, false));
    add(q.all, qa);
    add(q.direct, scoreQuotes(qf, a.quotes, (g) => g.kind === 'direct', (f) => f.direct, true));
    add(q.reported, scoreQuotes(qf, a.quotes, (g) => g.kind === 'reported', (f) => !f.direct, true));
    if (options.errors) {
      for (const g of a.quotes) {
        if (qf.some((f) => halfOverlap(f.span, g) && speakerMatches(f, g))) continue;
        const near = qf.filter((f) => halfOverlap(f.span, g));
        let cause: string;
        if (near.length) {
          const f = near[0];
          if (!f.speaker.mention && !f.speaker.name) cause = 'wrong speaker: none predicted';
          else if (PRONOUN.test(g.speaker.trim())) cause = 'wrong speaker: gold is a pronoun';
          else cause = 'wrong speaker: other';
          cause += ` (${g.kind})`;
        } else if (qf.some((f) => overlap(f.span, g) > 0)) cause = `span overlaps a fact by less than half (${g.kind})`;
        else cause = `no fact (${g.kind}${PRONOUN.test(g.speaker.trim()) ? ', pronoun speaker' : ''}${where(g)})`;
        const f = near[0];
        groups.quotes.note(`miss: ${cause}`, `  ${a.id} | gold speaker=${JSON.stringify(g.speaker)} who=${JSON.stringify(g.who)} | predicted=${JSON.stringify(f ? (f.speaker.mention?.text ?? null) : null)}${f?.speaker.name ? ` (${f.speaker.name})` : ''}\n    quote: ${clip(g.quote, 140)}`);
      }
      for (const f of qf) {
        const matched = a.quotes.filter((g) => halfOverlap(f.span, g));
        if (matched.length && matched.some((g) => speakerMatches(f, g))) continue;
        if (matched.length) continue; // listed above as a wrong-speaker miss
        const cause = a.quotes.some((g) => overlap(f.span, g) > 0) ? 'overlaps a gold by less than half' : 'no gold quote here';
        groups.quotes.note(`false positive (${f.extractor.split('/')[0]}, ${f.direct ? 'direct' : 'reported'}): ${cause}`, `  ${a.id} | speaker=${JSON.stringify(f.speaker.mention?.text ?? null)} cue=${JSON.stringify(f.cue)} rule=${f.extractor}\n    fact: ${clip(f.text, 140)}`);
      }
    }

    // Numbers: a predicted number pairs with the gold whose span it overlaps and whose value it has.
    const nf = facts.filter((f): f is NumberFact => f.kind === 'number');
    const np = pairBySpan(a.numbers, nf, (g, s) => close(s.value, g.value));
    nTp += np.pairs.length;
    nFp += np.extra.length;
    nFn += np.missed.length;
    for (const { gold, sys } of np.pairs) {
      if (gold.counts == null) continue;
      nCountsTotal++;
      if (countsMatch(sys, gold.counts)) nCountsOk++;
      else if (options.errors) groups.numbers.note(sys.counts ? 'wrong counted thing: other words' : 'wrong counted thing: none given', `  ${a.id}: "${sys.text}" counts=${JSON.stringify(sys.counts)} unit=${sys.unit} | gold counts=${JSON.stringify(gold.counts)} ${ctx(a.raw, gold, 40)}`);
    }
    if (options.errors) {
      for (const g of np.missed) {
        const s = nf.find((x) => overlap(x.span, g) > 0);
        const cause = s ? 'miss: wrong value' : `miss: ${/^[a-z]/i.test(g.text) ? 'spelled-out or word number' : 'no fact'}${where(g) ? ' (headline)' : ''}`;
        groups.numbers.note(cause, `  ${a.id}: gold ${g.value} counts=${JSON.stringify(g.counts)}${s ? ` | sys "${s.text}"=${s.value}` : ''} ${ctx(a.raw, g, 45)}`);
      }
      for (const s of np.extra) {
        const inDate = a.dates.some((d) => overlap(d, s.span) > 0);
        groups.numbers.note(`false positive: ${inDate ? 'inside a gold time expression' : s.extractor}`, `  ${a.id}: "${s.text}" = ${s.value} counts=${JSON.stringify(s.counts)} ${ctx(a.raw, s.span, 45)}`);
      }
    }

    // Dates: relaxed extent, then type and value on the matched pairs.
    const df = facts.filter((f): f is DateFact => f.kind === 'date');
    const dp = pairBySpan(a.dates, df);
    dGold += a.dates.length;
    dSys += df.length;
    dRelaxed += dp.pairs.length;
    for (const { gold, sys } of dp.pairs) {
      if (gold.start === sys.span.start && gold.end === sys.span.end) dStrict++;
      if (gold.type === sys.type) dType++;
      if (gold.value === sys.value) dValue++;
      else if (options.errors) groups.dates.note(`wrong value: ${dateShape(gold.text)}`, `  ${a.id}: gold ${gold.type} ${gold.value} | sys "${sys.text}" ${sys.type} ${sys.value} ${ctx(a.raw, gold, 40)}`);
    }
    if (options.errors) {
      for (const g of dp.missed) groups.dates.note(`missed: ${dateShape(g.text)}${where(g)}`, `  ${a.id}: gold ${g.type} ${g.value} ${ctx(a.raw, g, 40)}`);
      for (const s of dp.extra) groups.dates.note(`false positive: ${dateShape(s.text)}`, `  ${a.id}: sys ${s.type} ${s.value} (${s.extractor}) ${ctx(a.raw, s.span, 40)}`);
    }

    // Roles: unique (person, role) pairs.
    const seen = new Set<string>();
    const rf = facts.filter((f): f is RoleFact => f.kind === 'role').filter((f) => {
      const key = `${fold(f.name)}|${fold(f.role)}`;
      return !seen.has(key) && seen.add(key);
    });
    for (const f of rf) {
      if (a.gold.roles.some((g) => roleMatches(f, g))) roles.tp++;
      else {
        roles.fp++;
        if (options.errors) {
          const samePerson = a.gold.roles.some((g) => words(f.name).includes(words(g.person).pop() ?? '\u0000'));
          groups.roles.note(`false positive: ${samePerson ? 'gold person, other role' : 'person or role not in gold'}`, `  ${a.id}: ${f.name} = ${JSON.stringify(f.role)} (${f.extractor})`);
        }
      }
    }
    for (const g of a.gold.roles) {
      roles.total++;
      if (rf.some((f) => roleMatches(f, g))) roles.found++;
      else if (options.errors) {
        const person = rf.filter((f) => words(f.name).includes(words(g.person).pop() ?? '\u0000'));
        groups.roles.note(`miss: ${person.length ? 'person found with another role' : 'no role fact for the person'}`, `  ${a.id}: ${g.person} = ${JSON.stringify(g.role)}${person.length ? ` | sys ${person.map((f) => JSON.stringify(f.role)).join(', ')}` : ''}`);
      }
    }
    const qp = prf(qa.tp, qa.fp, qa.total - qa.found);
    const ns = prf(np.pairs.length, np.extra.length, np.missed.length);
    const ds = prf(dp.pairs.length, dp.extra.length, dp.missed.length);
    perArticle.push(`  ${label.padEnd(44)} quotes F1 ${(qp.f1 * 100).toFixed(0).padStart(3)}  numbers F1 ${(ns.f1 * 100).toFixed(0).padStart(3)}  dates F1 ${(ds.f1 * 100).toFixed(0).padStart(3)}`);
  }

  const num = prf(nTp, nFp, nFn);
  const relaxed = prf(dRelaxed, dSys - dRelaxed, dGold - dRelaxed);
  const strict = prf(dStrict, dSys - dStrict, dGold - dStrict);
  const valueAcc = dRelaxed ? dValue / dRelaxed : 0;
  const rows: EvalRow[] = [
    ...prfRows(task, 'quote span (any speaker)', q.span),
    ...prfRows(task, 'who-said-what all', q.all),
    ...prfRows(task, 'who-said-what direct', q.direct),
    ...prfRows(task, 'who-said-what reported', q.reported),
    { task, metric: 'numbers value P', value: num.precision, detail: `tp=${nTp} fp=${nFp}` },
    { task, metric: 'numbers value R', value: num.recall, detail: `fn=${nFn}` },
    { task, metric: 'numbers value F1', value: num.f1 },
    { task, metric: 'numbers counted-thing head', value: nCountsTotal ? nCountsOk / nCountsTotal : null, detail: `${nCountsOk}/${nCountsTotal} value-matched with a gold counted thing` },
    { task, metric: 'dates extent relaxed P', value: relaxed.precision, detail: `tp=${dRelaxed} fp=${dSys - dRelaxed}` },
    { task, metric: 'dates extent relaxed R', value: relaxed.recall, detail: `fn=${dGold - dRelaxed}` },
    { task, metric: 'dates extent relaxed F1', value: relaxed.f1 },
    { task, metric: 'dates extent strict F1', value: strict.f1, detail: `tp=${dStrict}` },
    { task, metric: 'dates type accuracy', value: dRelaxed ? dType / dRelaxed : null, detail: `${dType}/${dRelaxed}` },
    { task, metric: 'dates value accuracy', value: dRelaxed ? valueAcc : null, detail: `${dValue}/${dRelaxed}` },
    { task, metric: 'dates value F1', value: relaxed.f1 * valueAcc },
    ...prfRows(task, 'roles person+role head', roles),
    { task, metric: 'pipeline speed', value: null, detail: `${articles.length} articles, ${(chars / 1e3).toFixed(0)} kB, ${(chars / 1e6 / (ms / 1000)).toFixed(2)} MB/s (CPU time, ingest and factsFromDocs, first-call warm-up included)` },
  ];
  const errors: string[] = [];
  if (options.errors) {
    errors.push('### per article', ...perArticle, '');
    for (const [name, g] of Object.entries(groups)) {
      const lines = g.lines();
      if (lines.length) errors.push(`## ${task} ${name}`, '', ...lines);
    }
  }
  return { rows, errors };
}

/** An eval section that scores one folder of unseen articles; its name is the task label of its rows. */
export function unseenSection(name: string, dir: string): EvalSection {
  return {
    name,
    run(options) {
      return runUnseen({ errors: options.errors, dir, task: name });
    },
  };
}

export const unseenEval: EvalSection = unseenSection('unseen', UNSEEN_DIR);
export const unseen2Eval: EvalSection = unseenSection('unseen2', UNSEEN2_DIR);
export const unseen3Eval: EvalSection = unseenSection('unseen3', UNSEEN3_DIR);
export const unseen4Eval: EvalSection = unseenSection('unseen4', UNSEEN4_DIR);
export const unseen5Eval: EvalSection = unseenSection('unseen5', UNSEEN5_DIR);
