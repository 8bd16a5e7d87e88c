import type { FactTable } from '../schema/index.js';
import { DisjointSets } from '../disjoint-sets.js';

/** Two articles sharing this many people or corroborated facts tell one story. */
const MIN_LINKS = 2;
/**
 * A person named in more articles than this is a fixture of the news, not a sign of one story:
 * at most 50, and in a pile of 20 or more articles at most a quarter of them (a head of state in
 * every political story would chain them all into one).
 */
const MAX_ARTICLES_PER_PERSON = 50;
const MANY_ARTICLES = 20;
const FIXTURE_SHARE = 0.25;

/**
 * Which articles tell the same story: joined when they share at least two things, people named in
 * both or facts one corroborates in the other. One shared "3%" or one shared prime minister would
 * chain a pile of unrelated stories into one. A timeline mixes events of one story only; events of
 * unrelated stories have an order, but asking for it teaches nothing.
 */
export function storiesOf(table: FactTable): (articleId: string) => string {
  const links = new Map<string, number>();
  const link = (a: string, b: string) => {
    if (a === b) return;
    const key = a < b ? `${a}\0${b}` : `${b}\0${a}`;
    links.set(key, (links.get(key) ?? 0) + 1);
  };
  // Corroboration is listed on both sides: count each shared fact once, from the lower id.
  for (const f of table.facts) for (const other of f.corroboratedBy) if (f.article < other) link(f.article, other);
  const n = table.articles.length;
  const maxArticles = n >= MANY_ARTICLES ? Math.min(MAX_ARTICLES_PER_PERSON, Math.floor(n * FIXTURE_SHARE)) : MAX_ARTICLES_PER_PERSON;
  for (const e of table.entities) {
    if (e.kind !== 'person' || e.articles.length > maxArticles) continue;
    for (let i = 0; i < e.articles.length; i++) for (let j = i + 1; j < e.articles.length; j++) link(e.articles[i], e.articles[j]);
  }

  const stories = new DisjointSets();
  for (const a of table.articles) stories.add(a.id);
  for (const [key, n] of links) {
    if (n < MIN_LINKS) continue;
    const [a, b] = key.split('\0');
    if (stories.has(a) && stories.has(b)) stories.union(a, b);
  }
  return (id) => stories.find(id);
}
