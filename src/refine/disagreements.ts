import type { DateFact, Entity, Fact, QuoteFact, RoleFact } from '../schema/index.js';
import type { TableRefiner } from './types.js';
import { memo } from './memo.js';
import { dateRange, parseCalendarDate } from '../calendar-date.js';
import { NP_STOP } from '../extract/numbers/words.js';
import { charClass, codePointBefore, codeUnits, LETTER, NUMBER } from '../chars.js';

/**
 * Disagreements beyond figures (those are `conflicts`): a different date for the same event, a
 * different title for the same person, the same words given to a different speaker. Precision
 * first: a false disagreement on a teacher's page is worse than a missed one, so each kind needs
 * strong evidence that the same thing is meant, and an article that itself gives both versions
 * rules the pair out.
 */
export const disagreements: TableRefiner = {
  name: 'disagreements',
  refine(table, docs) {
    const raw = new Map(docs.map((d) => [d.article.id, d.raw]));
    const entities = new Map(table.entities.map((e) => [e.id, e]));
    const dates: DateFact[] = [];
    const roles: RoleFact[] = [];
    const quotes: QuoteFact[] = [];
    for (const f of table.facts) {
      if (f.kind === 'date') dates.push(f);
      else if (f.kind === 'role') roles.push(f);
      else if (f.kind === 'quote') quotes.push(f);
    }
    const links = new Links();
    dateDisagreements(dates, raw, links);
    roleDisagreements(roles, entities, raw, new Map(table.articles.map((a) => [a.id, a.published])), links);
    quoteDisagreements(quotes, entities, raw, links);
    for (const f of table.facts) {
      if (f.kind === 'number') continue;
      const ids = links.of(f);
      if (ids) f.conflictsWith = ids;
      else if (f.conflictsWith) delete f.conflictsWith;
    }
    return table;
  },
};

/** Buckets larger than this are generic words pooled from many unrelated articles: left alone. */
const MAX_BUCKET = 200;

class Links {
  private readonly found = new Map<Fact, Set<string>>();

  add(a: Fact, b: Fact): void {
    (this.found.get(a) ?? this.found.set(a, new Set()).get(a)!).add(b.id);
    (this.found.get(b) ?? this.found.set(b, new Set()).get(b)!).add(a.id);
  }

  of(f: Fact): string[] | undefined {
    const ids = this.found.get(f);
    return ids ? [...ids].sort() : undefined;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// ---------------------------------------------------------------------------------------------
// Dates: the same event, two calendar dates that cannot both be right.

/** Words that make a date a bound or an estimate ("since 2014", "by 2030", "late 2021"), not the day it happened. */
const NOT_A_POINT = new Set([
  'since', 'until', 'till', 'by', 'before', 'after', 'from', 'to', 'through', 'between', 'around', 'about', 'circa', 'nearly',
  'almost', 'approximately', 'roughly', 'early', 'late', 'mid', 'end', 'start', 'beginning', 'turn', 'as', 'within', 'than', 'or',
]);
/** Events that happen more than once ("the annual summit", "the last election"): two dates may both be right. */
const REPEATED = new Set([
  'last', 'next', 'previous', 'latest', 'annual', 'yearly', 'monthly', 'weekly', 'daily', 'first', 'second', 'third', 'fourth',
  'again', 'another', 'every', 'each', 'recent', 'anniversary', 'once', 'twice', 'new', 'prior', 'earlier', 'later', 'past',
]);
/** Words that say nothing about which event is meant. */
const FUNCTION_WORDS = new Set([
  'the', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'into', 'onto', 'over', 'under', 'and', 'or', 'but',
  'that', 'which', 'who', 'whom', 'whose', 'this', 'these', 'those', 'it', 'its', 'he', 'she', 'his', 'her', 'they', 'them',
  'their', 'we', 'our', 'you', 'your', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'did',
  'does', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'not', 'as', 'than', 'then', 'when', 'while', 'after',
  'before', 'during', 'also', 'there', 'here', 'what', 'so', 'if',
]);
/** Speech verbs say who reported the event, not what it was. */
const REPORTING = new Set(['said', 'says', 'say', 'told', 'added', 'according', 'reported', 'reports']);
/**
 * Verbs of telling: "X announced on 3 June that it had signed" dates the telling, not the signing,
 * so an event with one is never the same as an event without.
 */
const TELLING = new Set([
  'announced', 'announces', 'announce', 'confirmed', 'confirms', 'confirm', 'revealed', 'reveals', 'disclosed', 'discloses', 'said',
  'says', 'told', 'tells', 'claimed', 'claims', 'admitted', 'admits', 'denied', 'denies', 'stated', 'states', 'declared', 'declares',
  'reported', 'reports', 'unveiled', 'unveils', 'warned', 'warns', 'learned', 'learnt', 'testified', 'wrote', 'tweeted', 'posted',
]);

interface DateItem {
  fact: DateFact;
  /** Whether the event is a telling ("announced that ..."). */
  telling: boolean;
  from: number;
  to: number;
  words: Set<string>;
  names: string[];
}

/**
 * The last word within 24 characters before `at`, lower-cased: `/(\p{L}+)[^\p{L}\p{N}]{0,3}$/u`
 * on that window, read backwards by hand (the pattern's Unicode classes compile to a large program).
 */
function wordBefore(raw: string | undefined, at: number): string {
  if (!raw) return '';
  const s = raw.slice(Math.max(0, at - 24), at);
  // Up to three code points that are neither letters nor digits, then the letters before them.
  let end = s.length;
  let others = 0;
  for (;;) {
    if (end === 0) return '';
    const cp = codePointBefore(s, end);
    const cls = charClass(cp);
    if (cls & LETTER) break;
    if (cls & NUMBER || ++others > 3) return '';
    end -= codeUnits(cp);
  }
  let start = end;
  while (start > 0) {
    const cp = codePointBefore(s, start);
    if (!(charClass(cp) & LETTER)) break;
    start -= codeUnits(cp);
  }
  return s.slice(start, end).toLowerCase();
}

/**
 * A date that can contradict another: a calendar month or day whose year is written in the text
 * ("February 2022", not "nearly three years ago" or "Monday", whose values depend on
 * normalisation), said as the point the event happened, of an event that happens once.
 */
function dateItem(f: DateFact, raw: string | undefined, eventOf: (event: string) => Pick<DateItem, 'telling' | 'words' | 'names'> | null): DateItem | null {
  if (f.type !== 'DATE' || !f.event) return null;
  // A year alone is too coarse: events that recur (a campaign, a bid, a season) differ by years.
  const when = f.value.length >= 7 ? parseCalendarDate(f.value) : undefined;
  const range = when ? dateRange(when) : null;
  if (!range || !f.text.includes(f.value.slice(0, 4))) return null;
  const own = f.text.toLowerCase().split(/[^\p{L}]+/u);
  if (own.some((w) => NOT_A_POINT.has(w)) || NOT_A_POINT.has(wordBefore(raw, f.span.start))) return null;
  const event = eventOf(f.event);
  if (!event) return null;
  return { fact: f, telling: event.telling, from: range[0], to: range[1], words: event.words, names: event.names };
}

/** What dateItem needs of an event; null for one that recurs or says too little. */
function readEvent(event: string): Pick<DateItem, 'telling' | 'words' | 'names'> | null {
  const all = event.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const lower = all.map((w) => w.toLowerCase());
  if (lower.some((w) => REPEATED.has(w))) return null;
  const words = new Set(lower.filter((w) => w.length > 1 && !FUNCTION_WORDS.has(w) && !REPORTING.has(w) && !/^\d+$/.test(w)));
  const names = [...new Set(lower.filter((w, i) => /^\p{Lu}/u.test(all[i]) && words.has(w)))];
  if (words.size < 3 || names.length === 0) return null;
  const telling = lower.some((w) => TELLING.has(w));
  return { telling, words, names };
}

/**
 * Same event: at least three content words and a name shared, most of the shorter one's words,
 * and what happened, not only who took part: most of the shorter one's other words ("Northland
 * blockaded Southland" is not "Northland ratified the Southland accord").
 */
function sameEvent(a: DateItem, b: DateItem): boolean {
  if (a.telling !== b.telling) return false;
  const isName = (w: string) => a.names.includes(w) || b.names.includes(w);
  let shared = 0;
  let sharedPlain = 0;
  for (const w of a.words) {
    if (!b.words.has(w)) continue;
    shared++;
    if (!isName(w)) sharedPlain++;
  }
  const small = Math.min(a.words.size, b.words.size);
  const union = a.words.size + b.words.size - shared;
  if (shared < 3 || shared < 0.75 * small || shared < 0.5 * union || !a.names.some((n) => b.names.includes(n))) return false;
  let plainA = 0;
  let plainB = 0;
  for (const w of a.words) if (!isName(w)) plainA++;
  for (const w of b.words) if (!isName(w)) plainB++;
  return sharedPlain >= 1 && sharedPlain >= 0.5 * Math.min(plainA, plainB);
}

const disjoint = (a: DateItem, b: DateItem) => a.to <= b.from || b.to <= a.from;

function dateDisagreements(dates: readonly DateFact[], raw: Map<string, string>, links: Links): void {
  const byName = new Map<string, DateItem[]>();
  // Copies of a story repeat its events: each is read once (the items share its words, read only).
  const eventReading = memo(readEvent);
  for (const f of dates) {
    const item = dateItem(f, raw.get(f.article), eventReading);
    if (item) for (const n of item.names) push(byName, n, item);
  }
  const pairs: [DateItem, DateItem][] = [];
  const ambiguous = new Set<DateFact>();
  const seen = new Set<string>();
  for (const bucket of byName.values()) {
    if (bucket.length < 2 || bucket.length > MAX_BUCKET) continue;
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const a = bucket[i];
        const b = bucket[j];
        if (!disjoint(a, b) || !sameEvent(a, b)) continue;
        const key = `${a.fact.id}\u0000${b.fact.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        // One article giving two dates for the event has not told us which is meant.
        if (a.fact.article === b.fact.article) ambiguous.add(a.fact).add(b.fact);
        else pairs.push([a, b]);
      }
    }
  }
  for (const [a, b] of pairs) if (!ambiguous.has(a.fact) && !ambiguous.has(b.fact)) links.add(a.fact, b.fact);
}

// ---------------------------------------------------------------------------------------------
// Roles: one person, two titles that cannot both hold at once.

/** Words that set when or at what rank a title holds; only titles with the same ones are compared. */
const STANDING: Record<string, string> = {
  former: 'former', ex: 'former', then: 'former', onetime: 'former', erstwhile: 'former', late: 'former', retired: 'former',
  outgoing: 'outgoing', incoming: 'incoming', elect: 'incoming', designate: 'incoming', future: 'incoming', presumptive: 'incoming',
  acting: 'acting', interim: 'acting', caretaker: 'acting', deputy: 'deputy', assistant: 'deputy', vice: 'vice', associate: 'deputy',
  junior: 'junior', shadow: 'shadow', co: 'co', would: 'incoming', potential: 'incoming', possible: 'incoming', prospective: 'incoming',
};

/** Parties: one person belongs to one of them at a time. */
const PARTY: Record<string, string> = {
  democratic: 'democratic', democrat: 'democratic', republican: 'republican', gop: 'republican', labour: 'labour',
  conservative: 'conservative', tory: 'conservative', libdem: 'libdem', libertarian: 'libertarian', greenparty: 'green',
};

/** Portfolios of a minister, secretary or spokesperson: "home secretary" is not "foreign secretary". */
const PORTFOLIO: Record<string, string> = {
  foreign: 'foreign', home: 'home', defence: 'defence', defense: 'defence', finance: 'finance', health: 'health',
  education: 'education', interior: 'interior', justice: 'justice', trade: 'trade', energy: 'energy', environment: 'environment',
  transport: 'transport', transportation: 'transport', agriculture: 'agriculture', treasury: 'treasury', state: 'state',
  culture: 'culture', commerce: 'commerce', housing: 'housing', press: 'press', exchequer: 'treasury',
};

/** Spellings of one head noun. */
const HEAD: Record<string, string> = {
  sen: 'senator', rep: 'representative', congressman: 'representative', congresswoman: 'representative',
  spokesman: 'spokesperson', spokeswoman: 'spokesperson', chairwoman: 'chair', chairman: 'chair', chairperson: 'chair',
  nominee: 'candidate', gov: 'governor', secretary: 'secretary', minister: 'minister',
};

/** Prepositions after the head of a title. */
const HEAD_ENDS = new Set(['of', 'for', 'from', 'at', 'in', 'on', 'to', 'with']);

export interface RoleReading {
  /** Head noun, spellings folded ("spokeswoman" -> "spokesperson"). */
  head: string;
  /** Standing words, sorted ("former", "deputy"): titles are compared only with the same standing. */
  standing: string;
  party: string[];
  portfolio: string[];
}

/** "former Democratic senator" -> { head: senator, standing: former, party: [democratic], portfolio: [] }. */
export function readRole(role: string): RoleReading | null {
  const text = role
    .toLowerCase()
    .replace(/\blib(?:eral)?[\s-]+dem(?:ocrat|ocrats|ocratic|s)?\b/g, 'libdem')
    .replace(/\bgreen\s+party\b/g, 'greenparty')
    .replace(/['’]s\b/g, '');
  const words = text.split(/[^\p{L}]+/u).filter(Boolean);
  if (words.length === 0) return null;
  // "secretary of state", "senator for Northland": the head comes before the preposition.
  const of = words.findIndex((w, i) => i > 0 && HEAD_ENDS.has(w));
  const headAt = of > 0 ? of - 1 : words.length - 1;
  const head = HEAD[words[headAt]] ?? words[headAt];
  const standing = new Set<string>();
  const party = new Set<string>();
  const portfolio = new Set<string>();
  words.forEach((w, i) => {
    if (i === headAt) return;
    if (STANDING[w]) standing.add(STANDING[w]);
    if (PARTY[w]) party.add(PARTY[w]);
    if (PORTFOLIO[w]) portfolio.add(PORTFOLIO[w]);
  });
  return { head, standing: [...standing].sort().join(' '), party: [...party].sort(), portfolio: [...portfolio].sort() };
}

type Slot = 'party' | 'portfolio';

/**
 * Whether the title is written right beside the person's name ("Democratic nominee Ann Lee", "Lee,
 * the Democratic nominee"): a title followed by someone else's name ("..., Republican nominee Bob
 * Hart") belongs to them, however the sentence was read.
 */
function attachedTo(f: RoleFact, person: Entity, raw: string | undefined): boolean {
  if (!raw) return false;
  const words = nameWords(person);
  const after = /^\s*,?\s*(\p{Lu}\p{L}*)/u.exec(raw.slice(f.span.end, f.span.end + 40));
  if (after) return words.has(after[1].toLowerCase());
  const before = /(\p{L}+)[\s,]*(?:(?:the|a|an)\s+)?$/iu.exec(raw.slice(Math.max(0, f.span.start - 40), f.span.start));
  return before !== null && words.has(before[1].toLowerCase());
}

/** Titles change (reshuffles, elections): articles published further apart than this may both be right. */
const ROLE_WINDOW_DAYS = 30;

function sameTime(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) <= ROLE_WINDOW_DAYS * 86_400_000;
}

function roleDisagreements(roles: readonly RoleFact[], entities: Map<string, Entity>, raw: Map<string, string>, published: Map<string, string | undefined>, links: Links): void {
  // person + head + standing + slot -> value -> facts
  const groups = new Map<string, Map<string, RoleFact[]>>();
  const reading = memo(readRole);
  for (const f of roles) {
    const person = entities.get(f.entity);
    if (person?.kind !== 'person' || !attachedTo(f, person, raw.get(f.article))) continue;
    const r = reading(f.role);
    if (!r) continue;
    for (const slot of ['party', 'portfolio'] as Slot[]) {
      const values = r[slot];
      // A title naming two parties or portfolios ("foreign and defence secretary") says nothing clear.
      if (values.length !== 1) continue;
      const key = `${f.entity}\u0000${r.head}\u0000${r.standing}\u0000${slot}`;
      let byValue = groups.get(key);
      if (!byValue) groups.set(key, (byValue = new Map()));
      push(byValue, values[0], f);
    }
  }
  for (const byValue of groups.values()) {
    if (byValue.size < 2) continue;
    // An article that gives the person both titles may be right about both ("home secretary, then
    // foreign secretary"): nothing in the group conflicts.
    const valuesOf = new Map<string, Set<string>>();
    for (const [value, facts] of byValue) for (const f of facts) (valuesOf.get(f.article) ?? valuesOf.set(f.article, new Set()).get(f.article)!).add(value);
    if ([...valuesOf.values()].some((v) => v.size > 1)) continue;
    const lists = [...byValue.values()];
    if (lists.reduce((n, l) => n + l.length, 0) > MAX_BUCKET) continue;
    for (let i = 0; i < lists.length; i++) {
      for (let j = i + 1; j < lists.length; j++) {
        for (const a of lists[i]) for (const b of lists[j]) if (sameTime(published.get(a.article), published.get(b.article))) links.add(a, b);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Quotes: the same words in quotation marks, given to two different people.

/** Shortest quote compared, in words: shorter ones are slogans and stock phrases. */
const MIN_QUOTE_WORDS = 8;

interface QuoteItem {
  fact: QuoteFact;
  /** Word ids, one per word of the quote. */
  ids: Int32Array;
  /** The words, lower-cased, space-separated, with a space at each end. */
  joined: string;
  speaker: Entity;
}

function quoteDisagreements(quotes: readonly QuoteFact[], entities: Map<string, Entity>, raw: Map<string, string>, links: Links): void {
  const items: QuoteItem[] = [];
  const wordIds = new Map<string, number>();
  // Copies of a story repeat its quotes: each text is read once (a repeat adds no word ids).
  const readings = new Map<string, { ids: Int32Array; joined: string } | null>();
  for (const f of quotes) {
    if (!f.direct || !f.speaker.entity) continue;
    const speaker = entities.get(f.speaker.entity);
    if (speaker?.kind !== 'person') continue;
    let reading = readings.get(f.text);
    if (reading === undefined) {
      const words = f.text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      reading = null;
      if (words.length >= MIN_QUOTE_WORDS) {
        const ids = new Int32Array(words.length);
        words.forEach((w, i) => {
          let id = wordIds.get(w);
          if (id === undefined) wordIds.set(w, (id = wordIds.size + 1));
          ids[i] = id;
        });
        reading = { ids, joined: ` ${words.join(' ')} ` };
      }
      readings.set(f.text, reading);
    }
    if (!reading) continue;
    items.push({ fact: f, ids: reading.ids, joined: reading.joined, speaker });
  }
  // Quotes by the hash of their first MIN_QUOTE_WORDS words; each run of a longer quote looks them up.
  const byFirstRun = new Map<number, QuoteItem[]>();
  for (const item of items) push(byFirstRun, runHash(item.ids, 0), item);
  const pairs: [QuoteItem, QuoteItem][] = [];
  const ambiguous = new Set<QuoteFact>();
  for (const long of items) {
    let checked: Set<QuoteItem> | undefined;
    for (let k = 0; k + MIN_QUOTE_WORDS <= long.ids.length; k++) {
      const starts = byFirstRun.get(runHash(long.ids, k));
      if (!starts || starts.length > MAX_BUCKET) continue;
      for (const short of starts) {
        if (short === long || short.speaker === long.speaker) continue;
        // Each pair once: the shorter quote (or, for equal lengths, the earlier fact) is found in the other.
        if (long.ids.length < short.ids.length || (long.ids.length === short.ids.length && long.fact.id < short.fact.id)) continue;
        if (checked?.has(short)) continue;
        (checked ??= new Set()).add(short);
        if (!long.joined.includes(short.joined) || relatedPeople(short.speaker, long.speaker)) continue;
        if (short.fact.article === long.fact.article) ambiguous.add(short.fact).add(long.fact);
        else pairs.push([short, long]);
      }
    }
  }
  for (const [a, b] of pairs) {
    if (ambiguous.has(a.fact) || ambiguous.has(b.fact)) continue;
    // Quotation marks inside the quote: the speaker is repeating someone's words.
    if (NESTED_QUOTE.test(a.fact.text) || NESTED_QUOTE.test(b.fact.text)) continue;
    // An article naming the other person near the words may be quoting them ("echoing Smith, ...").
    if (namedNear(b.speaker, a.fact, raw) || namedNear(a.speaker, b.fact, raw)) continue;
    links.add(a.fact, b.fact);
  }
}

/** Hash of the MIN_QUOTE_WORDS word ids from `at` (FNV-style); equal runs hash alike, the rest is checked on text. */
function runHash(ids: Int32Array, at: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = at; i < at + MIN_QUOTE_WORDS; i++) h = Math.imul(h ^ ids[i], 0x01000193);
  return h;
}

const nameWordsCache = new WeakMap<Entity, Set<string>>();

function nameWords(e: Entity): Set<string> {
  const cached = nameWordsCache.get(e);
  if (cached) return cached;
  const out = computeNameWords(e);
  nameWordsCache.set(e, out);
  return out;
}

function computeNameWords(e: Entity): Set<string> {
  const out = new Set<string>();
  for (const n of [e.name, ...e.aliases]) for (const w of n.toLowerCase().split(/[^\p{L}]+/u)) if (w.length > 2 && !NP_STOP.has(w)) out.add(w);
  return out;
}

/** Two entities sharing a name word ("Ann Lee", "Bob Lee") may be one person, or family: not a clear disagreement. */
function relatedPeople(a: Entity, b: Entity): boolean {
  const words = nameWords(a);
  for (const w of nameWords(b)) if (words.has(w)) return true;
  return false;
}

/** An opening quotation mark inside a quote (not an apostrophe: it opens a word). */
const NESTED_QUOTE = /(?:^|[\s(\[—–-])['‘"“«]\p{L}/u;
/** How far before the quote's sentence a name of the other person still counts as near. */
const NEAR = 300;

/** Whether the fact's sentence, or the text just before it, names the person (any word of their name). */
function namedNear(person: Entity, f: Fact, raw: Map<string, string>): boolean {
  const text = raw.get(f.article);
  if (!text) return true;
  const words = new Set(text.slice(Math.max(0, f.sentence.start - NEAR), f.sentence.end).toLowerCase().split(/[^\p{L}]+/u));
  for (const w of nameWords(person)) if (words.has(w)) return true;
  return false;
}
