import { compareText } from './compare.js';
import type { BriefContext } from './context.js';
import type { WhoIsWho } from './model.js';

export const WHOS_WHO_MAX = 8;
const ROLES_SHOWN = 2;

/**
 * People and organizations with their roles. A person without a role is listed only when they
 * speak or are quoted as a source, an organization only with a role: a bare name tells the reader nothing.
 */
export function selectWhosWho(ctx: BriefContext, max = WHOS_WHO_MAX): WhoIsWho[] {
  const speaks = new Map<string, number>();
  for (const f of ctx.table.facts) {
    const id = f.kind === 'quote' ? f.speaker.entity : f.kind === 'number' ? f.source?.entity : null;
    if (id) speaks.set(id, (speaks.get(id) ?? 0) + 1);
  }
  const items: WhoIsWho[] = [];
  const seenNames = new Set<string>();
  for (const e of ctx.table.entities) {
    if (e.kind !== 'person' && e.kind !== 'organization') continue;
    const roles = withoutSubsumed(ctx.rolesOf(e.id)).slice(0, ROLES_SHOWN);
    const quoted = speaks.get(e.id) ?? 0;
    if (roles.length === 0 && quoted === 0) continue;
    // "GunBroker.com: quoted (organization)" tells the reader nothing the quotes do not.
    if (roles.length === 0 && e.kind === 'organization') continue;
    const key = e.name.toLowerCase();
    if (seenNames.has(key)) continue;
    seenNames.add(key);
    const articles = ctx.sortArticles(e.articles);
    items.push({
      rank: Number((articles.length / Math.max(1, ctx.articleCount) + (roles.length ? 0.5 : 0) + 0.15 * Math.min(4, quoted) + (e.kind === 'person' ? 0.05 : 0)).toFixed(6)),
      entity: e.id,
      name: e.name,
      kind: e.kind,
      roles,
      articles,
    });
  }
  return items.sort((a, b) => b.rank - a.rank || compareText(a.name, b.name)).slice(0, max);
}

/** "Director" says less than "FBI Director" beside it: a role whose words all stand in a longer one goes. */
export function withoutSubsumed(roles: string[]): string[] {
  // "F.B.I. director" and "FBI Director" are one role written two ways: the first written stays.
  const key = (r: string) => r.toLowerCase().replace(/(?<=(?:^|[^\p{L}])\p{L})\./gu, '').replace(/[\s,-]+/g, ' ').trim();
  // "Ann Lee's chief of staff" and "the president's chief of staff" name one post through its holder: one is enough.
  const post = (r: string) => key(r).replace(/^[^'’]*['’]s? /, '');
  const distinct = roles.filter((r, i) => roles.findIndex((o) => post(o) === post(r)) === i);
  const words = distinct.map((r) => new Set(key(r).split(' ')));
  return distinct.filter((r, i) => !distinct.some((o, j) => words[j].size > words[i].size && [...words[i]].every((w) => words[j].has(w))));
}

/** The most central names (in most articles, most facts), for the subtitle and a fallback title. */
export function centralNames(ctx: BriefContext, max = 4): string[] {
  const refs = new Map<string, number>();
  for (const f of ctx.table.facts) {
    const id = f.kind === 'quote' ? f.speaker.entity : f.kind === 'number' ? f.source?.entity : f.kind === 'role' ? f.entity : null;
    if (id) refs.set(id, (refs.get(id) ?? 0) + 1);
  }
  const seen = new Set<string>();
  return ctx.table.entities
    .map((e, index) => ({ e, index, score: e.articles.length + 0.25 * Math.min(8, refs.get(e.id) ?? 0) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .filter((x) => !/['’]s?$/.test(x.e.name))
    .map((x) => x.e.name)
    .filter((name) => !seen.has(name.toLowerCase()) && seen.add(name.toLowerCase()))
    .slice(0, max);
}
