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
    const { facts } = table;
    const articles = new ArticleRanks(facts);
    const found = new Corroborations(facts.length, articles.ids.length);
    const quotes: number[] = [];
    const numbers: number[] = [];
    const dates: number[] = [];
    facts.forEach((f, i) => {
      if (f.kind === 'quote') quotes.push(i);
      else if (f.kind === 'number') numbers.push(i);
      else if (f.kind === 'date') dates.push(i);
    });
    corroborateQuotes(facts as QuoteFact[], quotes, articles, found);
    corroborateNumbers(facts as NumberFact[], numbers, articles, found);
    corroborateDates(facts as DateFact[], dates, articles, found);
    facts.forEach((f, i) => {
      f.corroboratedBy = found.sortedIds(i, articles.ids);
    });
    return table;
  },
};

/**
 * Article ids as numbers in sorted order: sets of small integers are cheaper than sets of
 * strings, and sorting the numbers sorts the ids.
 */
class ArticleRanks {
  readonly ids: string[];
  private readonly rankOf = new Map<string, number>();

  constructor(facts: readonly Fact[]) {
    const distinct = new Set<string>();
    for (const f of facts) distinct.add(f.article);
    this.ids = [...distinct].sort();
    this.ids.forEach((id, r) => this.rankOf.set(id, r));
  }

  rank(id: string): number {
    return this.rankOf.get(id)!;
  }
}

/**
 * The other articles of each fact, at most MAX_CORROBORATING, first come first kept. Quote links
 * arrive pair by pair, so each quote keeps a set; a number or date gets all its articles in one go,
 * through a stamp per article instead of a set per fact.
 */
class Corroborations {
  private readonly lists: (number[] | undefined)[];
  private readonly sets = new Map<number, Set<number>>();
  private readonly stampOf: Int32Array;
  private stamp = 0;
  private current: number[] = [];
  private currentOwn = -1;

  constructor(facts: number, articles: number) {
    this.lists = new Array<number[] | undefined>(facts);
    this.stampOf = new Int32Array(articles);
  }

  /** One article more for fact `f` (of article `own`), unless the list is full. */
  add(f: number, own: number, article: number): void {
    if (article === own) return;
    let set = this.sets.get(f);
    if (!set) this.sets.set(f, (set = new Set()));
    if (set.size >= MAX_CORROBORATING) return;
    set.add(article);
  }

  /** Start collecting the articles of fact `f` (of article `own`) with addAll. */
  begin(f: number, own: number): void {
    this.stamp++;
    this.current = [];
    this.currentOwn = own;
    this.lists[f] = this.current;
  }

  addAll(articles: Iterable<number>): void {
    const list = this.current;
    for (const a of articles) {
      if (a === this.currentOwn) continue;
      if (list.length >= MAX_CORROBORATING) return;
      if (this.stampOf[a] === this.stamp) continue;
      this.stampOf[a] = this.stamp;
      list.push(a);
    }
  }

  sortedIds(f: number, ids: readonly string[]): string[] {
    const set = this.sets.get(f);
    const list = set ? [...set] : this.lists[f];
    if (!list?.length) return [];
    return list.sort((a, b) => a - b).map((r) => ids[r]);
  }
}

function post<T>(index: Map<string, T[]>, key: string, item: T): void {
  const list = index.get(key);
  if (!list) index.set(key, [item]);
  else if (list.length <= MAX_POSTINGS) list.push(item);
}

function speakerKey(q: QuoteFact): string | null {
  return q.speaker.entity ?? (q.speaker.name ? q.speaker.name.toLowerCase() : null);
}

/** `fn` remembered per argument for one pass: copies of a story repeat the same quotes and counts. */
function memo<K, V>(fn: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) cache.set(key, (value = fn(key)));
    return value as V;
  };
}

function corroborateQuotes(facts: readonly QuoteFact[], indexes: readonly number[], articles: ArticleRanks, found: Corroborations): void {
  const quotes = indexes.map((i) => facts[i]);
  // speaker -> content word -> quotes (indexes, ascending)
  const index = new Map<string, Map<string, number[]>>();
  const distinctWords = memo((text: string) => [...new Set(contentWords(text).filter((w) => w.length > 2))]);
  const words = quotes.map((q) => distinctWords(q.text));
  const postingsOf = quotes.map((q, i) => {
    const speaker = speakerKey(q);
    if (!speaker) return null;
    let bySpeaker = index.get(speaker);
    if (!bySpeaker) index.set(speaker, (bySpeaker = new Map()));
    for (const w of words[i]) post(bySpeaker, w, i);
    return bySpeaker;
  });
  const articleOf = Int32Array.from(quotes, (q) => articles.rank(q.article));
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
      if (shared[j] >= QUOTE_OVERLAP * Math.min(words[i].length, words[j].length)) {
        found.add(indexes[i], article, articleOf[j]);
        found.add(indexes[j], articleOf[j], article);
      }
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
const figureValue = (v: number) => (v === 0 ? '0' : Number.isInteger(v) && Math.abs(v) < 1e6 ? String(v) : Number(v.toPrecision(6)).toString());

interface NumberGroup {
  plain: Set<number>;
  byModifier: Map<string, Set<number>>;
  all: Set<number>;
}

/**
 * Numbers: one group per (unit, value, qualifier class, head noun, what happened); inside a group,
 * modifiers must not contradict ("Northland troops" vs "Southland troops"). Each fact reads the
 * articles of its group through per-modifier article sets, so the work is linear in the facts.
 */
function corroborateNumbers(facts: readonly NumberFact[], indexes: readonly number[], articles: ArticleRanks, found: Corroborations): void {
  const groups = new Map<string, NumberGroup>();
  const thingOf = memo(countedThing);
  const keys = indexes.map((i) => {
    const n = facts[i];
    const thing = thingOf(n.counts);
    if (!thing) return null;
    const key = `${n.unit ?? ''}\u0000${figureValue(n.value)}\u0000${qualifierClass(n.qualifier)}\u0000${isVagueAmount(n)}\u0000${thing.head}\u0000${thing.happened.join(' ')}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { plain: new Set(), byModifier: new Map(), all: new Set() }));
    const article = articles.rank(n.article);
    g.all.add(article);
    if (!thing.modifiers.length) g.plain.add(article);
    for (const m of thing.modifiers) (g.byModifier.get(m) ?? g.byModifier.set(m, new Set()).get(m)!).add(article);
    return { group: g, thing, article };
  });
  indexes.forEach((i, k) => {
    const key = keys[k];
    if (!key) return;
    const n = facts[i];
    const { group: g, thing, article } = key;
    // "two clubs" in two articles is no evidence of the same fact; small counts need a shared modifier.
    const small = Number.isInteger(n.value) && Math.abs(n.value) <= 12 && n.unit == null;
    if (small) {
      if (!thing.modifiers.length) return;
      found.begin(i, article);
      for (const m of thing.modifiers) found.addAll(g.byModifier.get(m)!);
      return;
    }
    found.begin(i, article);
    if (!thing.modifiers.length) return found.addAll(g.all);
    found.addAll(g.plain);
    for (const m of thing.modifiers) found.addAll(g.byModifier.get(m)!);
  });
}

/** Dates: same normalized value and at least one shared event word. */
function corroborateDates(facts: readonly DateFact[], indexes: readonly number[], articles: ArticleRanks, found: Corroborations): void {
  const byKey = new Map<string, Set<number>>();
  const eventWords = memo((event: string | null) => [...new Set(contentWords(event))]);
  const keys = indexes.map((i) => {
    const d = facts[i];
    return eventWords(d.event).map((w) => `${d.value}\u0000${w}`);
  });
  indexes.forEach((i, k) => {
    const article = articles.rank(facts[i].article);
    for (const key of keys[k]) (byKey.get(key) ?? byKey.set(key, new Set()).get(key)!).add(article);
  });
  indexes.forEach((i, k) => {
    if (!keys[k].length) return;
    found.begin(i, articles.rank(facts[i].article));
    for (const key of keys[k]) found.addAll(byKey.get(key)!);
  });
}
