import type { FactTable } from './schema/index.js';
import { DisjointSets } from './disjoint-sets.js';
import { contentWords } from './brief/content-words.js';

/**
 * Which articles tell one story: the one rule behind timeline questions (never order events of
 * unrelated stories) and the briefing's timeline (only the main story's dates).
 *
 * Two articles are scored on what they share, each shared thing weighted by how rare it is in the
 * pile: a name or headline word that only these two articles give counts fully, one that k
 * articles give counts 2/k. A prime minister named in ten of fourteen reports, or "Britain" in
 * most of them, adds little, so unrelated stories are not chained through the fixtures of the news;
 * the union leader or the "debate" of two headlines that nobody else mentions joins them. Places
 * count half (a country says less about the story than a person or organization); facts one
 * article corroborates in the other add to the score, a shared quote fully, a shared figure or
 * date half ("six million" or "Tuesday" recur in unrelated reports). Articles whose score reaches
 * JOIN_SCORE are joined, and stories are the connected groups.
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
  const ids = new Set(table.articles.map((a) => a.id));
  const n = ids.size;
  // Name or headline word -> its articles, in table order, without repeats.
  // (`actor`: a person or organization, which counts fully when every one of a handful names it.)
  const index = new Map<string, { weight: number; actor: boolean; articles: Set<string> }>();
  const add = (key: string, weight: number, actor: boolean, article: string) => {
    if (ids.has(article)) (index.get(key) ?? index.set(key, { weight, actor, articles: new Set() }).get(key)!).articles.add(article);
  };
  for (const e of table.entities) {
    const actor = e.kind === 'person' || e.kind === 'organization';
    for (const a of e.articles) add(`e\0${e.id}`, e.kind === 'place' ? PLACE_WEIGHT : 1, actor, a);
  }
  for (const a of table.articles) if (a.title) for (const w of contentWords(a.title)) add(`w\0${w}`, 1, false, a.id);

  const scores = new Map<string, number>();
  const score = (a: string, b: string, s: number) => {
    if (a === b) return;
    const key = a < b ? `${a}\0${b}` : `${b}\0${a}`;
    scores.set(key, (scores.get(key) ?? 0) + s);
  };
  for (const entry of index.values()) {
    const k = entry.articles.size;
    if (k < 2 || k > MAX_ARTICLES_PER_NAME) continue;
    const everywhere = entry.actor && k === n && n <= HANDFUL;
    const w = everywhere ? 1 : entry.weight * Math.min(1, RARE / k);
    const articles = [...entry.articles];
    for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) score(articles[i], articles[j], w);
  }
  // Corroboration is listed on both sides: each shared fact counts once, from the lower id.
  for (const f of table.facts)
    for (const other of f.corroboratedBy) if (f.article < other && ids.has(f.article) && ids.has(other)) score(f.article, other, f.kind === 'quote' ? QUOTE_WEIGHT : OTHER_FACT_WEIGHT);

  const stories = new DisjointSets();
  for (const id of ids) stories.add(id);
  for (const [key, s] of scores) {
    // A little slack for sums of thirds and sevenths.
    if (s < JOIN_SCORE - 1e-9) continue;
    const [a, b] = key.split('\0');
    stories.union(a, b);
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
