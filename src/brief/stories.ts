import type { BriefContext } from './context.js';
import { DisjointSets } from '../disjoint-sets.js';

/** Two articles tell one story when they name at least this many of the same people or organizations, */
const SHARED_ACTORS = 2;
/** or this many named people, organizations and places that are at least this share of either article's names. */
const SHARED_NAMES = 2;
const SHARED_NAMES_SHARE = 0.25;

/**
 * The articles of the briefing's main story, or null when every article belongs to it. Articles
 * are grouped by the people and organizations they share; shared places count only when they are a
 * good part of what an article names ("Britain" alone joins unrelated reports). The main story is
 * the largest group, then the one whose headline is the page title, then the one reporting most of
 * What happened, then the first.
 */
export function mainStory(ctx: BriefContext, titleArticle: string | null, reported: ReadonlyArray<{ reportedBy: readonly string[] }>): Set<string> | null {
  const ids = ctx.table.articles.map((a) => a.id);
  if (ids.length < 2) return null;
  const index = new Map(ids.map((id, i) => [id, i]));
  const names = new Array<number>(ids.length).fill(0);
  const actors = new Map<number, number>();
  const shared = new Map<number, number>();
  for (const e of ctx.table.entities) {
    if (e.kind !== 'person' && e.kind !== 'organization' && e.kind !== 'place') continue;
    const at = [...new Set(e.articles.map((a) => index.get(a)).filter((i): i is number => i !== undefined))].sort((x, y) => x - y);
    for (const i of at) names[i]++;
    for (let x = 0; x < at.length; x++)
      for (let y = x + 1; y < at.length; y++) {
        const key = at[x] * ids.length + at[y];
        shared.set(key, (shared.get(key) ?? 0) + 1);
        if (e.kind !== 'place') actors.set(key, (actors.get(key) ?? 0) + 1);
      }
  }
  const stories = new DisjointSets();
  for (const id of ids) stories.add(id);
  for (const [key, n] of shared) {
    const [x, y] = [Math.floor(key / ids.length), key % ids.length];
    const linked = (actors.get(key) ?? 0) >= SHARED_ACTORS || (n >= SHARED_NAMES && n >= SHARED_NAMES_SHARE * Math.min(names[x], names[y]));
    if (linked) stories.union(ids[x], ids[y]);
  }
  // In the articles' order: a tie below goes to the group whose first article comes first.
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const root = stories.find(id);
    const group = groups.get(root);
    if (group) group.push(id);
    else groups.set(root, [id]);
  }
  if (groups.size === 1) return null;
  const reports = new Map<string, number>();
  for (const r of reported) for (const a of new Set(r.reportedBy)) reports.set(a, (reports.get(a) ?? 0) + 1);
  const key = (g: string[]) => [g.length, titleArticle !== null && g.includes(titleArticle) ? 1 : 0, g.reduce((s, a) => s + (reports.get(a) ?? 0), 0)];
  let best: string[] | null = null;
  for (const g of groups.values()) {
    if (!best) best = g;
    else {
      const [a, b] = [key(g), key(best)];
      const i = a.findIndex((v, k) => v !== b[k]);
      if (i >= 0 && a[i] > b[i]) best = g;
    }
  }
  return new Set(best);
}
