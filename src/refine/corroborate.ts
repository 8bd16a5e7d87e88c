import type { DateFact, Fact, NumberFact, QuoteFact } from '../schema/index.js';
import type { TableRefiner } from './types.js';
import { contentWords, countedThing, isVagueAmount, qualifierClass } from './counted-thing.js';

/** Words so common across quotes that they say nothing about sameness; postings longer than this are skipped. */
const MAX_POSTINGS = 500;
/** Share of the shorter quote's content words that must recur in the other quote. */
const QUOTE_OVERLAP = 0.5;
/**
 * At most this many corroborating articles are listed per fact: a set of thousands of copies of
 * one wire story would otherwise make the table quadratic in size.
 */
export const MAX_CORROBORATING = 100;

/**
 * Mark facts that other articles report too, through indexes (never all pairs): quotes by
 * speaker + content word, numbers by unit + value + qualifier class + counted head word, dates by
 * value + event word.
 */
export const corroborate: TableRefiner = {
  name: 'corroborate',
  refine(table) {
    const others = new Map<Fact, Set<string>>();
    /** False once the fact lists as many articles as it may: later articles change nothing. */
    const add = (f: Fact, article: string): boolean => {
      if (article === f.article) return true;
      let set = others.get(f);
      if (!set) others.set(f, (set = new Set()));
      if (set.size >= MAX_CORROBORATING) return false;
      set.add(article);
      return true;
    };
    const link: Link = (a, b) => {
      add(a, b.article);
      add(b, a.article);
    };
    const linkArticles: LinkArticles = (f, articles) => {
      let set = others.get(f);
      for (const a of articles) {
        if (a === f.article) continue;
        if (!set) others.set(f, (set = new Set()));
        if (set.size >= MAX_CORROBORATING) return;
        set.add(a);
      }
    };
    const quotes: QuoteFact[] = [];
    const numbers: NumberFact[] = [];
    const dates: DateFact[] = [];
    for (const f of table.facts) {
      if (f.kind === 'quote') quotes.push(f);
      else if (f.kind === 'number') numbers.push(f);
      else if (f.kind === 'date') dates.push(f);
    }
    corroborateQuotes(quotes, link);
    corroborateNumbers(numbers, linkArticles);
    corroborateDates(dates, linkArticles);
    for (const f of table.facts) {
      const set = others.get(f);
      f.corroboratedBy = set ? [...set].sort() : [];
    }
    return table;
  },
};

type Link = (a: Fact, b: Fact) => void;
type LinkArticles = (f: Fact, articles: Iterable<string>) => void;

function post<T>(index: Map<string, T[]>, key: string, item: T): void {
  const list = index.get(key);
  if (!list) index.set(key, [item]);
  else if (list.length <= MAX_POSTINGS) list.push(item);
}

function speakerKey(q: QuoteFact): string | null {
  return q.speaker.entity ?? (q.speaker.name ? q.speaker.name.toLowerCase() : null);
}

function corroborateQuotes(quotes: QuoteFact[], link: Link): void {
  // speaker -> content word -> quotes (indexes, ascending)
  const index = new Map<string, Map<string, number[]>>();
  const words = quotes.map((q) => [...new Set(contentWords(q.text).filter((w) => w.length > 2))]);
  const postingsOf = quotes.map((q, i) => {
    const speaker = speakerKey(q);
    if (!speaker) return null;
    let bySpeaker = index.get(speaker);
    if (!bySpeaker) index.set(speaker, (bySpeaker = new Map()));
    for (const w of words[i]) post(bySpeaker, w, i);
    return bySpeaker;
  });
  const articleIds = new Map<string, number>();
  const articleOf = Int32Array.from(quotes, (q) => articleIds.get(q.article) ?? articleIds.set(q.article, articleIds.size).get(q.article)!);
  // Shared-word counts per other quote, in a reused array; `touched` keeps first-seen order.
  const shared = new Int32Array(quotes.length);
  const touched: number[] = [];
  quotes.forEach((q, i) => {
    const bySpeaker = postingsOf[i];
    if (!bySpeaker || !words[i].length) return;
    const article = articleOf[i];
    for (const w of words[i]) {
      const list = bySpeaker.get(w);
      if (!list || list.length > MAX_POSTINGS) continue;
      // Postings ascend, and each pair is counted from its first quote: start after i.
      for (let p = firstAbove(list, i); p < list.length; p++) {
        const j = list[p];
        if (articleOf[j] === article) continue;
        if (shared[j]++ === 0) touched.push(j);
      }
    }
    for (const j of touched) {
      if (shared[j] >= QUOTE_OVERLAP * Math.min(words[i].length, words[j].length)) link(q, quotes[j]);
      shared[j] = 0;
    }
    touched.length = 0;
  });
}

/** Index of the first entry above `value` in an ascending list. */
function firstAbove(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Values equal up to floating-point noise ("2.5 million" = "2,500,000"; 1,004 is not 1,000). */
const figureValue = (v: number) => (v === 0 ? '0' : Number(v.toPrecision(6)).toString());

/**
 * Numbers: one group per (unit, value, qualifier class, head noun, what happened); inside a group,
 * modifiers must not contradict ("Northland troops" vs "Southland troops"). Each fact reads the
 * articles of its group through per-modifier article sets, so the work is linear in the facts.
 */
function corroborateNumbers(numbers: NumberFact[], link: LinkArticles): void {
  const groups = new Map<string, { plain: Set<string>; byModifier: Map<string, Set<string>>; all: Set<string> }>();
  const keys = numbers.map((n) => {
    const thing = countedThing(n.counts);
    if (!thing) return null;
    const key = [n.unit, figureValue(n.value), qualifierClass(n.qualifier), isVagueAmount(n), thing.head, thing.happened.join(' ')].join('\u0000');
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { plain: new Set(), byModifier: new Map(), all: new Set() }));
    g.all.add(n.article);
    if (!thing.modifiers.length) g.plain.add(n.article);
    for (const m of thing.modifiers) (g.byModifier.get(m) ?? g.byModifier.set(m, new Set()).get(m)!).add(n.article);
    return { key, thing };
  });
  numbers.forEach((n, i) => {
    const k = keys[i];
    if (!k) return;
    const g = groups.get(k.key)!;
    // "two clubs" in two articles is no evidence of the same fact; small counts need a shared modifier.
    const small = Number.isInteger(n.value) && Math.abs(n.value) <= 12 && n.unit == null;
    if (small) {
      for (const m of k.thing.modifiers) link(n, g.byModifier.get(m)!);
      return;
    }
    if (!k.thing.modifiers.length) return link(n, g.all);
    link(n, g.plain);
    for (const m of k.thing.modifiers) link(n, g.byModifier.get(m)!);
  });
}

/** Dates: same normalized value and at least one shared event word. */
function corroborateDates(dates: DateFact[], link: LinkArticles): void {
  const byKey = new Map<string, Set<string>>();
  const keys = dates.map((d) => [...new Set(contentWords(d.event))].map((w) => `${d.value}\u0000${w}`));
  dates.forEach((d, i) => {
    for (const key of keys[i]) (byKey.get(key) ?? byKey.set(key, new Set()).get(key)!).add(d.article);
  });
  dates.forEach((d, i) => {
    for (const key of keys[i]) link(d, byKey.get(key)!);
  });
}
