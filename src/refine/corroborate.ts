import type { DateFact, Fact, NumberFact, QuoteFact } from '../schema/index.js';
import type { TableRefiner } from './types.js';
import type { Doc } from '../doc.js';
import { countedThing, isVagueAmount, qualifierClass } from './counted-thing.js';
import { memo } from './memo.js';
import { charClass, codePointAt, codeUnits, LETTER, NUMBER } from '../chars.js';
import { NP_STOP } from '../extract/numbers/words.js';

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
  refine(table, docs) {
    const { facts } = table;
    const articles = new ArticleRanks(facts);
    const found = new Corroborations(facts.length, articles.ids);
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
    corroborateDates(facts as DateFact[], dates, articles, docs, found);
    facts.forEach((f, i) => {
      const articles = found.of(i);
      // An empty list stays the one the fact has: most facts have none, and each array costs memory.
      if (articles || f.corroboratedBy.length) f.corroboratedBy = articles ?? [];
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
 * arrive pair by pair, so each linked quote keeps a list (a set once it is long); a number or date
 * gets all its articles in one go (begin, addAll..., end), gathered in a reused buffer with a stamp
 * per article.
 */
class Corroborations {
  private readonly ids: readonly string[];
  private readonly results: (string[] | undefined)[];
  private readonly lists: (number[] | undefined)[];
  private readonly sets: (Set<number> | undefined)[];
  private readonly stampOf: Int32Array;
  private stamp = 0;
  private readonly buffer = new Int32Array(MAX_CORROBORATING);
  private length = 0;
  private own = -1;

  constructor(facts: number, ids: readonly string[]) {
    this.ids = ids;
    this.results = new Array<string[] | undefined>(facts);
    this.lists = new Array<number[] | undefined>(facts);
    this.sets = new Array<Set<number> | undefined>(facts);
    this.stampOf = new Int32Array(ids.length);
  }

  /** One article more for fact `f` (of article `own`), unless the list is full. */
  add(f: number, own: number, article: number): void {
    if (article === own) return;
    const list = this.lists[f];
    if (!list) {
      this.lists[f] = [article];
      return;
    }
    if (list.length >= MAX_CORROBORATING) return;
    const set = this.sets[f];
    if (set ? set.has(article) : list.includes(article)) return;
    list.push(article);
    if (set) set.add(article);
    else if (list.length > 16) this.sets[f] = new Set(list);
  }

  /** Start collecting the articles of a fact of article `own`. */
  begin(own: number): void {
    this.stamp++;
    this.length = 0;
    this.own = own;
  }

  /**
   * Indexed loops and Set#forEach rather than for-of: until V8 optimises this code (late, see
   * cli/compile-budget.ts), each for-of step allocates an iterator result.
   */
  addAll(articles: ReadonlySet<number> | readonly number[]): void {
    if (Array.isArray(articles)) {
      for (let k = 0; k < articles.length; k++) this.addOne(articles[k]);
    } else (articles as ReadonlySet<number>).forEach(this.addOneBound);
  }

  private readonly addOneBound = (a: number) => this.addOne(a);

  private addOne(a: number): void {
    if (a === this.own || this.length >= MAX_CORROBORATING || this.stampOf[a] === this.stamp) return;
    this.stampOf[a] = this.stamp;
    this.buffer[this.length++] = a;
  }

  /** The articles collected since begin are those of fact `f`. */
  end(f: number): void {
    this.results[f] = this.sortedIds(this.buffer.subarray(0, this.length));
  }

  /** Sorted article ids of fact `f`, if any were collected. */
  of(f: number): string[] | undefined {
    const list = this.lists[f];
    return list ? this.sortedIds(Int32Array.from(list)) : this.results[f];
  }

  private sortedIds(ranks: Int32Array): string[] {
    ranks.sort();
    const out = new Array<string>(ranks.length);
    for (let i = 0; i < ranks.length; i++) out[i] = this.ids[ranks[i]];
    return out;
  }
}

function post<T>(index: Map<string, T[]>, key: string, item: T): void {
  const list = index.get(key);
  if (!list) index.set(key, [item]);
  else if (list.length <= MAX_POSTINGS) list.push(item);
}

/**
 * `contentWords(text)` of counted-thing.ts (the lower-cased text split at every code point that is
 * not \p{L} or \p{N}, words of one character and stop words left out), read by hand: the regex
 * split was most of the time of corroboration.
 */
function contentWordsOf(text: string | null): string[] {
  if (!text) return [];
  const lower = text.toLowerCase();
  const out: string[] = [];
  const n = lower.length;
  let p = 0;
  while (p < n) {
    let cp = codePointAt(lower, p);
    if (!(charClass(cp) & (LETTER | NUMBER))) {
      p += codeUnits(cp);
      continue;
    }
    let q = p + codeUnits(cp);
    while (q < n && charClass((cp = codePointAt(lower, q))) & (LETTER | NUMBER)) q += codeUnits(cp);
    if (q - p >= 2) {
      const word = lower.slice(p, q);
      if (!NP_STOP.has(word)) out.push(word);
    }
    p = q;
  }
  return out;
}

function speakerKey(q: QuoteFact): string | null {
  return q.speaker.entity ?? (q.speaker.name ? q.speaker.name.toLowerCase() : null);
}


function corroborateQuotes(facts: readonly QuoteFact[], indexes: readonly number[], articles: ArticleRanks, found: Corroborations): void {
  const quotes = indexes.map((i) => facts[i]);
  // speaker -> content word -> quotes (indexes, ascending)
  const index = new Map<string, Map<string, number[]>>();
  const distinctWords = memo((text: string) => [...new Set(contentWordsOf(text).filter((w) => w.length > 2))]);
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
  const groupOf = indexes.map((i): NumberGroup | null => {
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
    return g;
  });
  indexes.forEach((i, k) => {
    const g = groupOf[k];
    if (!g) return;
    const n = facts[i];
    const thing = thingOf(n.counts)!;
    const article = articles.rank(n.article);
    // "two clubs" in two articles is no evidence of the same fact; small counts need a shared modifier.
    const small = Number.isInteger(n.value) && Math.abs(n.value) <= 12 && n.unit == null;
    if (small && !thing.modifiers.length) return;
    found.begin(article);
    if (small) {
      for (const m of thing.modifiers) found.addAll(g.byModifier.get(m)!);
    } else if (!thing.modifiers.length) {
      found.addAll(g.all);
    } else {
      found.addAll(g.plain);
      for (const m of thing.modifiers) found.addAll(g.byModifier.get(m)!);
    }
    found.end(i);
  });
}

/** A date fact without an event takes part through its sentence only at month or day precision. */
const PRECISE_DATE = /^\d{4}-\d{2}/;
/**
 * When one of two date facts has no event, they must share this many words and this share of the
 * fewer words of the two: the sentences of one story all share its topic words.
 */
const SENTENCE_OVERLAP = 3;
const SENTENCE_OVERLAP_SHARE = 0.5;

/**
 * Dates: the same normalized value and either one shared event word (both have an event) or, when
 * one has none (a plan, a forecast, a date of saying), enough shared words of its sentence outside
 * the date itself, for a month or a day only.
 */
function corroborateDates(facts: readonly DateFact[], indexes: readonly number[], articles: ArticleRanks, docs: readonly Doc[], found: Corroborations): void {
  const rawOf = new Map(docs.map((d) => [d.article.id, d.raw]));
  const eventWords = memo((event: string | null) => [...new Set(contentWordsOf(event))]);
  // A sentence often holds several dates, and copies of a story repeat its sentences.
  const distinctWords = memo((text: string) => [...new Set(contentWordsOf(text))]);
  const sentenceWords = (d: DateFact): string[] => {
    const raw = rawOf.get(d.article);
    if (d.type !== 'DATE' || !PRECISE_DATE.test(d.value) || raw === undefined) return [];
    const own = contentWordsOf(d.text);
    const words = distinctWords(raw.slice(d.sentence.start, d.sentence.end));
    return own.length ? words.filter((w) => !own.includes(w)) : words;
  };
  // value -> event word -> articles, for dates with an event; value -> word -> dates, for any date.
  const byEventWord = new Map<string, Map<string, Set<number>>>();
  const byWord = new Map<string, Map<string, number[]>>();
  const wordsOf: (readonly string[])[] = [];
  for (const i of indexes) {
    const d = facts[i];
    const words = d.event ? eventWords(d.event) : sentenceWords(d);
    wordsOf[i] = words;
    if (!words.length) continue;
    let dates = byWord.get(d.value);
    if (!dates) byWord.set(d.value, (dates = new Map()));
    for (const w of words) post(dates, w, i);
    if (!d.event) continue;
    let events = byEventWord.get(d.value);
    if (!events) byEventWord.set(d.value, (events = new Map()));
    const article = articles.rank(d.article);
    for (const w of words) (events.get(w) ?? events.set(w, new Set()).get(w)!).add(article);
  }
  // Shared-word counts per other date, in a reused array (no Map, no entry pairs); `touched` lists them.
  const shared = new Int32Array(facts.length);
  const touched: number[] = [];
  for (const i of indexes) {
    const d = facts[i];
    const words = wordsOf[i];
    if (!words.length) continue;
    found.begin(articles.rank(d.article));
    if (d.event) {
      const events = byEventWord.get(d.value)!;
      for (const w of words) found.addAll(events.get(w)!);
    }
    // Pairs where one date has no event: counted date by date, against the fewer words of the two.
    const dates = byWord.get(d.value)!;
    for (let k = 0; k < words.length; k++) {
      const list = dates.get(words[k])!;
      for (let p = 0; p < list.length; p++) {
        const j = list[p];
        if (facts[j].article !== d.article && !(d.event && facts[j].event) && shared[j]++ === 0) touched.push(j);
      }
    }
    const enough: number[] = [];
    for (let t = 0; t < touched.length; t++) {
      const j = touched[t];
      const n = shared[j];
      shared[j] = 0;
      if (n >= SENTENCE_OVERLAP && n >= SENTENCE_OVERLAP_SHARE * Math.min(words.length, wordsOf[j].length)) enough.push(articles.rank(facts[j].article));
    }
    touched.length = 0;
    // Sorted, so the order the dates were met in does not matter.
    found.addAll(enough.sort((x, y) => x - y));
    found.end(i);
  }
}
