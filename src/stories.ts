import type { FactTable } from './schema/index.js';
import { DisjointSets } from './disjoint-sets.js';
import { contentWords } from './text/content-words.js';

/**
 * Which articles tell one story: the one rule behind timeline questions (never order events of
 * unrelated stories) and the briefing's timeline (only the main story's dates).
 *
 * Two articles are scored on what they share, each shared thing weighted by how rare it is in the
 * pile: a name or headline word that only these two articles give counts fully, one that k
 * articles give counts 2/k. A head of government named in ten of fourteen reports, or a country
 * named in most of them, adds little, so unrelated stories are not chained through the fixtures
 * of the news; a local official and a headline word that nobody else has join two reports.
 * Places count half (a country says less about the story than a person or organization). Facts
 * one article corroborates in the other add to the score, by rarity too: a shared quote fully, a
 * shared figure or date half (a "3%" or a weekday recurs in unrelated reports). Articles whose
 * score reaches JOIN_SCORE are joined, and stories are the connected groups.
 *
 * In a handful of articles a person or organization named in every one of them is what the
 * handful is about and counts fully; in a larger pile such a name is a fixture.
 *
 * Cost: an index from each name and headline word to its articles, pairs enumerated only inside a
 * name's articles, and names given by more than MAX_ARTICLES_PER_NAME articles skipped (their
 * weight would be next to nothing): never all pairs of articles.
 */
export const JOIN_SCORE = 2;
/** A name or headline word given by this many articles counts fully; by more, RARE / articles. */
const RARE = 2;
const PLACE_WEIGHT = 0.5;
const QUOTE_WEIGHT = 1;
const OTHER_FACT_WEIGHT = 0.5;
/** Up to this many articles, a person or organization named in all of them counts fully. */
const HANDFUL = 6;
/** A name in more articles than this is a fixture of the news: it is not looked at. */
const MAX_ARTICLES_PER_NAME = 50;

export type StoryOf = (articleId: string) => string;

/** Each article's story: the smallest article id of its group (ids not in the table are their own). */
export function storiesOf(table: FactTable): StoryOf {
  // Articles by number, in table order (a repeated id keeps its first place).
  const order = new Map<string, number>();
  for (const a of table.articles) if (!order.has(a.id)) order.set(a.id, order.size);
  const ids = [...order.keys()];
  const n = ids.length;
  // Name or headline word -> its articles' numbers, without repeats.
  // (`actor`: a person or organization, which counts fully when every one of a handful names it.)
  const index = new Map<string, { weight: number; actor: boolean; articles: Set<number> }>();
  const entry = (key: string, weight: number, actor: boolean) => index.get(key) ?? index.set(key, { weight, actor, articles: new Set() }).get(key)!;
  for (const e of table.entities) {
    const { articles } = entry(`e\0${e.id}`, e.kind === 'place' ? PLACE_WEIGHT : 1, e.kind === 'person' || e.kind === 'organization');
    for (const a of e.articles) {
      const at = order.get(a);
      if (at !== undefined) articles.add(at);
    }
  }
  for (const a of table.articles) if (a.title) for (const w of contentWords(a.title)) entry(`w\0${w}`, 1, false).articles.add(order.get(a.id)!);

  // What each article shares, as (weight, the articles sharing it): names and headline words, then facts.
  const shared: Array<Array<{ weight: number; with: number[] }>> = ids.map(() => []);
  for (const entry of index.values()) {
    const k = entry.articles.size;
    if (k < 2 || k > MAX_ARTICLES_PER_NAME) continue;
    const everywhere = entry.actor && k === n && n <= HANDFUL;
    const item = { weight: everywhere ? 1 : entry.weight * Math.min(1, RARE / k), with: [...entry.articles] };
    for (const x of item.with) shared[x].push(item);
  }
  // Corroboration is listed on both sides: each shared fact counts once, from the lower id. A
  // fact reported by k articles weighs RARE / k too: a line every campaign report quotes is a fixture.
  for (const f of table.facts) {
    const x = order.get(f.article);
    if (x === undefined || f.corroboratedBy.length === 0) continue;
    const weight = (f.kind === 'quote' ? QUOTE_WEIGHT : OTHER_FACT_WEIGHT) * Math.min(1, RARE / (1 + f.corroboratedBy.length));
    for (const other of f.corroboratedBy) {
      const y = order.get(other);
      if (y !== undefined && y !== x && f.article < other) shared[Math.min(x, y)].push({ weight, with: [Math.max(x, y)] });
    }
  }

  // Each article's score with every later article that shares something with it, summed in a
  // dense array over what it shares (each pair from its earlier article; no map of pairs).
  const stories = new DisjointSets();
  for (const id of ids) stories.add(id);
  const sums = new Float64Array(n);
  const touched: number[] = [];
  for (let x = 0; x < n; x++) {
    for (const item of shared[x])
      for (const y of item.with) {
        if (y <= x) continue;
        if (sums[y] === 0) touched.push(y);
        sums[y] += item.weight;
      }
    for (const y of touched) {
      // A little slack for sums of thirds and sevenths.
      if (sums[y] >= JOIN_SCORE - 1e-9) stories.union(ids[x], ids[y]);
      sums[y] = 0;
    }
    touched.length = 0;
  }
  return (id) => stories.find(id);
}

/** The stories as groups of article ids, each in the table's order, groups in the order of their first article. */
export function storyGroups(table: FactTable): string[][] {
  const storyOf = storiesOf(table);
  const groups = new Map<string, string[]>();
  for (const a of table.articles) {
    const root = storyOf(a.id);
    const group = groups.get(root);
    if (group) group.push(a.id);
    else groups.set(root, [a.id]);
  }
  return [...groups.values()];
}
