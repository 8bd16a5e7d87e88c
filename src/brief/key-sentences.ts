import type { Doc } from '../doc.js';
import { toRawSpan } from '../doc.js';
import type { KeySentence } from './model.js';
import { contentWords, tidy, wordCount } from '../text/content-words.js';
import { DANGLING_STARTS } from '../text/stopwords.js';
import { compareText } from './compare.js';
import type { Entity, FactTable, QuoteFact } from '../schema/index.js';
import { type Claim, EntityNames, addsNewFact, claimOf, sameClaim } from './same-claim.js';
import { groupBy } from '../questions/group.js';

interface Candidate {
  doc: number;
  article: string;
  position: number;
  text: string;
  start: number;
  end: number;
  words: string[];
  weight: number;
  centrality: number;
  score: number;
  reportedBy: Set<string>;
  /** Begins inside a quotation, or opens or closes one only half: counted for word statistics, never shown. */
  midQuote: boolean;
}

export const KEY_SENTENCES_MAX = 5;
const MIN_WORDS = 6;
const MAX_WORDS = 55;
const MAX_CHARS = 420;
/** Share of the smaller sentence's weighted words two sentences must have in common to be "the same". */
const SAME_CLAIM = 0.5;
/** Looser: a sentence this close to one already chosen adds nothing new to the page. */
const REDUNDANT = 0.3;
const FIRST_WORD = /^[^\p{L}\s]*(\p{L}+)/u;
/** A wire dateline before the first sentence ("BRUSSELS - ", "KELBY, Ore. (AP) — ", "KELBY, May 4 (UPI) — "): place, date and agency, not content. */
const DATELINE = /^\p{Lu}[\p{Lu} .,'’]{2,}(?:,\s*\p{Lu}[\p{L}.]{1,15}(?: \p{Lu}[\p{L}.]{1,15})?(?: \d{1,2})?)?\s*(?:\((?:AP|AFP|Reuters|REUTERS|Bloomberg|UPI|dpa)\)\s*)?[-–—―]+\s+/u;
const MIN_SHARED_WORDS = 3;
/** Only the strongest candidates are compared with every other article (keeps this linear). */
const COMPARED = 40;

/**
 * A headline or subhead kept in the body ("Survivors Explain Why The Mayor Resigned."): Title Case,
 * nearly every longer word capitalised. No sentence of reporting reads like that, even one full of names.
 */
export function isHeadline(text: string): boolean {
  const words = text.split(/[^\p{L}'’-]+/u).filter((w) => w.length >= 4);
  if (words.length < HEADLINE_MIN_WORDS) return false;
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitals / words.length >= HEADLINE_CAPITALS;
}
const HEADLINE_MIN_WORDS = 4;
const HEADLINE_CAPITALS = 0.8;

/**
 * The last sentence of a quotation that began in an earlier one ("We need help now," the mayor said.):
 * it closes a quotation mark it never opened, so on its own the reader cannot tell the words are quoted.
 */
export function closesUnopenedQuote(text: string): boolean {
  return unbalancedQuote(text) === 'closes';
}

/**
 * The first sentence of a quotation that goes on in the next one (“We are moving every family.):
 * the reader sees no speaker and no end of the words.
 */
export function opensUnclosedQuote(text: string): boolean {
  return unbalancedQuote(text) === 'opens';
}

/** Whether a sentence closes a quotation it never opened, or is a quotation from its first word that it does not close. */
function unbalancedQuote(text: string): 'closes' | 'opens' | null {
  let open = 0;
  let closes = false;
  for (const ch of text) {
    if (ch === '“') open++;
    else if (ch === '”') {
      if (open > 0) open--;
      else closes = true;
    }
  }
  if (closes) return 'closes';
  // "Vell said: “We have no choice." names its speaker: only a sentence that is all quotation is left open.
  if (open > 0) return text.startsWith('“') ? 'opens' : null;
  if (/[“”]/u.test(text)) return null;
  // Straight marks: an odd count is unbalanced; the first one tells which end is missing.
  const first = text.indexOf('"');
  if (first < 0) return null;
  let n = 0;
  for (let i = first; i >= 0; i = text.indexOf('"', i + 1)) n++;
  if (n % 2 === 0) return null;
  if (first > 0 && /[,.!?]/.test(text[first - 1])) return 'closes';
  return first === 0 ? 'opens' : null;
}

/**
 * For each article, a test "is the sentence at this raw span inside a quotation?": a quote fact
 * starting before it reaches into it, or one starting at its first letter runs on past its end (a
 * quoted paragraph printed without its opening mark). Such a sentence is someone's words shown
 * without quotation marks or speaker. Sentences must be asked in text order.
 */
function insideQuotation(quotes: ReadonlyMap<string, readonly QuoteFact[]>): (article: string) => (start: number, end: number) => boolean {
  return (article) => {
    const list = quotes.get(article) ?? [];
    let next = 0;
    let reach = -1;
    return (start, end) => {
      for (; next < list.length && list[next].span.start < start; next++) reach = Math.max(reach, list[next].span.end);
      if (reach > start) return true;
      for (let k = next; k < list.length && list[k].span.start === start; k++) if (list[k].span.end > end) return true;
      return false;
    };
  };
}

/** Quote facts of each article, in text order. */
function quotesByArticle(table: FactTable | undefined): Map<string, QuoteFact[]> {
  const quotes = new Map<string, QuoteFact[]>();
  for (const f of table?.facts ?? []) if (f.kind === 'quote') (quotes.get(f.article) ?? quotes.set(f.article, []).get(f.article)!).push(f);
  for (const list of quotes.values()) list.sort((a, b) => a.span.start - b.span.start);
  return quotes;
}

function candidatesOf(docs: Doc[], quotes: ReadonlyMap<string, readonly QuoteFact[]>): Candidate[] {
  const out: Candidate[] = [];
  const quotations = insideQuotation(quotes);
  docs.forEach((doc, d) => {
    let position = 0;
    const inQuote = quotations(doc.article.id);
    for (const sentence of doc.sentences) {
      if (doc.titleSpan && sentence.start < doc.titleSpan.end && sentence.end > doc.titleSpan.start) continue;
      const dateline = DATELINE.exec(doc.text.slice(sentence.start, sentence.end))?.[0].length ?? 0;
      const s = { start: sentence.start + dateline, end: sentence.end };
      const text = tidy(doc.text.slice(s.start, s.end));
      const n = wordCount(text);
      if (n < MIN_WORDS || n > MAX_WORDS || text.length > MAX_CHARS || !/^[\p{Lu}\p{N}"“‘']/u.test(text) || /[:,;]$/.test(text) || isHeadline(text)) {
        position++;
        continue;
      }
      const raw = toRawSpan(doc, s);
      out.push({
        doc: d,
        article: doc.article.id,
        position: position++,
        text,
        start: raw.start,
        end: raw.end,
        words: [...new Set(contentWords(text))],
        weight: 0,
        centrality: 0,
        score: 0,
        reportedBy: new Set([doc.article.id]),
        midQuote: inQuote(raw.start, raw.end) || unbalancedQuote(text) !== null,
      });
    }
  });
  return out;
}

/**
 * `(i, groups)` -> the group of chosen reports that candidate i repeats, else -1. A group is the
 * sentence shown first, then the other articles' wordings already merged into it; i repeats the
 * group when it says the same as one of them (same actor, names and content, or the same
 * corroborated quote; see same-claim.ts) without adding a figure, date or actor to the one shown.
 * Two parts of one statement that share few words ("called the closure a sign of panic",
 * "said the closure was a reckless gamble") are one report when a third article's sentence among
 * `pool` holds both: the same actor saying both there, each part adding nothing to it.
 * Claims are read from the fact table only for the few candidates the selection looks at.
 */
function repeatTest(cands: Candidate[], table: FactTable, pool: readonly number[]): (i: number, groups: readonly (readonly number[])[]) => number {
  const names = new EntityNames(table.entities);
  const entities = new Map<string, Entity>(table.entities.map((e) => [e.id, e]));
  // Facts of each article in table order, for finding those inside a sentence.
  const facts = groupBy(table.facts, (f) => f.article);
  const claims = new Map<number, Claim>();
  const claim = (i: number) => {
    let c = claims.get(i);
    if (!c) {
      const k = cands[i];
      c = claimOf(k.article, { start: k.start, end: k.end }, k.text, facts.get(k.article) ?? [], names, entities);
      claims.set(i, c);
    }
    return c;
  };
  const same = (i: number, j: number) => sameClaim(claim(i), claim(j)) && !addsNewFact(claim(i), claim(j));
  /** k's sentence says all that x's does, by the same actor. */
  const covers = (k: number, x: number) => sameClaim(claim(k), claim(x)) && !addsNewFact(claim(x), claim(k));
  const bridged = (i: number, j: number) => {
    const a = cands[i].article;
    const b = cands[j].article;
    if (a === b || claim(i).actor === null || claim(i).actor !== claim(j).actor || addsNewFact(claim(i), claim(j))) return false;
    return pool.some((k) => cands[k].article !== a && cands[k].article !== b && covers(k, i) && covers(k, j));
  };
  return (i, groups) => {
    const news = (g: readonly number[]) => addsNewFact(claim(i), claim(g[0]));
    for (const [n, g] of groups.entries()) if (g.some((j) => same(i, j)) && !news(g)) return n;
    for (const [n, g] of groups.entries()) if (g.some((j) => bridged(i, j)) && !news(g)) return n;
    return -1;
  };
}

/**
 * Three to five sentences that say what happened: central to the whole set (their words recur
 * across sentences and articles), early in their article, and reported by several articles.
 * Corroboration is found through a word index, comparing only the strongest candidates.
 */
export function selectKeySentences(docs: Doc[], max = KEY_SENTENCES_MAX, table?: FactTable): KeySentence[] {
  const quotes = quotesByArticle(table);
  const cands = candidatesOf(docs, quotes);
  if (cands.length === 0) return [];
  const df = new Map<string, number>();
  const articlesOf = new Map<string, Set<number>>();
  for (const c of cands)
    for (const w of c.words) {
      df.set(w, (df.get(w) ?? 0) + 1);
      const set = articlesOf.get(w) ?? new Set<number>();
      set.add(c.doc);
      articlesOf.set(w, set);
    }
  const n = cands.length;
  const idfOf = new Map<string, number>();
  const centroidOf = new Map<string, number>();
  for (const [w, f] of df) {
    const idf = Math.log((n + 1) / f);
    idfOf.set(w, idf);
    // Centroid weight: a word matters when it recurs (across articles above all) without being everywhere.
    centroidOf.set(w, f < 2 ? 0 : Math.log(1 + f) * articlesOf.get(w)!.size * idf);
  }
  const idf = (w: string) => idfOf.get(w)!;
  const centroid = (w: string) => centroidOf.get(w)!;
  for (const c of cands) {
    c.weight = c.words.reduce((s, w) => s + idf(w), 0);
    c.centrality = c.words.reduce((s, w) => s + centroid(w), 0) / Math.sqrt(Math.max(8, c.words.length));
  }
  const maxCentrality = cands.reduce((m, c) => Math.max(m, c.centrality), 1e-9);
  const nDocs = docs.length;

  const index = new Map<string, number[]>();
  cands.forEach((c, i) => {
    for (const w of c.words) (index.get(w) ?? index.set(w, []).get(w)!).push(i);
  });
  const postingsCap = Math.max(50, Math.ceil(n / 4));
  /** Other sentences sharing enough weighted words with sentence i, with the shared share. */
  const sharedWeight = new Float64Array(n);
  const sharedCount = new Int32Array(n);
  const similarTo = (i: number): Array<{ j: number; share: number }> => {
    const a = cands[i];
    const touched: number[] = [];
    for (const w of a.words) {
      const postings = index.get(w)!;
      if (postings.length > postingsCap) continue;
      const wi = idf(w);
      for (const j of postings) {
        if (j === i) continue;
        if (sharedCount[j] === 0) touched.push(j);
        sharedWeight[j] += wi;
        sharedCount[j]++;
      }
    }
    const out: Array<{ j: number; share: number }> = [];
    for (const j of touched) {
      if (sharedCount[j] >= MIN_SHARED_WORDS) out.push({ j, share: sharedWeight[j] / Math.min(a.weight, cands[j].weight) });
      sharedWeight[j] = 0;
      sharedCount[j] = 0;
    }
    return out.sort((x, y) => x.j - y.j);
  };

  for (const c of cands) {
    const lead = c.position === 0 ? 0.3 : c.position === 1 ? 0.15 : c.position === 2 ? 0.05 : 0;
    const first = (FIRST_WORD.exec(c.text)?.[1] ?? '').toLowerCase();
    const dangling = DANGLING_STARTS.has(first) ? 0.35 : 0;
    const unfinished = /[.!?]["”’')\]]?$/.test(c.text) ? 0 : 0.3;
    const question = c.text.includes('?') ? 0.2 : 0;
    // A sentence that opens with a quotation belongs under Key quotes; prefer reporting here.
    const quoted = /^["“‘']/.test(c.text) ? 0.25 : 0;
    c.score = c.centrality / maxCentrality + lead - dangling - unfinished - question - quoted;
  }
  const order = cands.map((_, i) => i).sort((x, y) => cands[y].score - cands[x].score || x - y);
  const compared = order.slice(0, COMPARED);
  const same = new Map<number, number[]>();
  const redundant = new Map<number, number[]>();
  for (const i of compared) {
    const sims = similarTo(i);
    same.set(i, sims.filter((s) => s.share >= SAME_CLAIM).map((s) => s.j));
    redundant.set(i, sims.filter((s) => s.share >= REDUNDANT).map((s) => s.j));
    for (const j of same.get(i)!) if (cands[j].doc !== cands[i].doc) cands[i].reportedBy.add(cands[j].article);
  }
  for (const i of compared) {
    const c = cands[i];
    c.score += nDocs > 1 ? (0.8 * (c.reportedBy.size - 1)) / (nDocs - 1) : 0;
  }
  compared.sort((x, y) => cands[y].score - cands[x].score || x - y);

  // Each chosen report: the sentence shown first, then other articles' wordings merged into it.
  const groups: number[][] = [];
  const taken = new Set<number>();
  const repeats = table ? repeatTest(cands, table, compared) : () => -1;
  const take = (i: number) => {
    taken.add(i);
    for (const j of redundant.get(i) ?? []) taken.add(j);
  };
  for (const i of compared) {
    if (groups.length >= max) break;
    if (taken.has(i) || cands[i].midQuote) continue;
    // Another article's words for a report already chosen: its article joins that report, its slot stays free.
    const n = repeats(i, groups);
    if (n >= 0) {
      const g = groups[n];
      const shown = g[0];
      // The wording more articles report stands for both (when it loses no figure, date or actor of the other).
      const [keep, drop] = cands[i].reportedBy.size > cands[shown].reportedBy.size && repeats(shown, [[i]]) === 0 ? [i, shown] : [shown, i];
      for (const a of cands[drop].reportedBy) cands[keep].reportedBy.add(a);
      if (keep === i) {
        g.unshift(i);
        take(i);
      } else g.push(i);
      continue;
    }
    groups.push([i]);
    take(i);
  }
  const chosen = groups.map((g) => g[0]);
  const order0 = new Map(docs.map((d, i) => [d.article.id, i]));
  // One article reads best in its own order; across articles the strongest sentence leads,
  // unless the articles span several days: then the page tells the story in the order it was reported.
  if (docs.length === 1) chosen.sort((x, y) => cands[x].position - cands[y].position);
  else {
    // A report is as old as its first reporter.
    const published = new Map(docs.map((d) => [d.article.id, d.article.published ?? null]));
    const firstReported = new Map(
      chosen.map((i) => {
        const dates = [...cands[i].reportedBy].map((a) => published.get(a) ?? null);
        return [i, dates.includes(null) ? null : (dates as string[]).sort(compareText)[0]];
      }),
    );
    const when = [...firstReported.values()];
    if (!when.includes(null) && new Set(when).size > 1) chosen.sort((x, y) => compareText(firstReported.get(x)!, firstReported.get(y)!));
  }
  return chosen.map((i) => {
    const c = cands[i];
    const others = [...c.reportedBy].filter((a) => a !== c.article).sort((x, y) => order0.get(x)! - order0.get(y)!);
    return { rank: Number(c.score.toFixed(6)), text: c.text, article: c.article, span: { start: c.start, end: c.end }, reportedBy: [c.article, ...others] };
  });
}
