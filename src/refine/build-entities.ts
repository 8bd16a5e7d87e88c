import type { Entity } from '../schema/index.js';
import type { DocExtraction, Mention } from '../extract/types.js';
import { foldName } from '../extract/people/name-match.js';
import { namedKey, sameFullName, SurnameIndex } from './cluster-mentions.js';
import { mentionForm, nameParts, type NameParts } from './mention-forms.js';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../extract/people/words/titles.js';

export interface EntityIndex {
  entities: Entity[];
  /** `${docIndex}:${cluster}` -> entity id */
  byCluster: Map<string, string>;
}

interface PersonEntry {
  entity: Entity;
  /** Distinct full names only: a person named in hundreds of articles is compared once per spelling. */
  fullNames: NameParts[];
  fullNameKeys: Set<string>;
  roleWords: Set<string>;
}

const partsKey = (p: NameParts) => `${p.words.join(' ')}\u0000${p.surnames.join(' ')}\u0000${p.given ?? ''}`;

/** Membership sets beside an entity's ordered lists, so a popular entity costs no more per article. */
interface Seen {
  aliases: Set<string>;
  articles: Set<string>;
  roleKeys: Set<string>;
}

/** Better canonical name: more words, then more letters ("Jane Okafor" over "Okafor"). */
function betterName(a: string, b: string): boolean {
  const wa = a.split(/\s+/).length;
  const wb = b.split(/\s+/).length;
  return wa !== wb ? wa > wb : a.length > b.length;
}

/** Role words too common to tell two people apart ("chief", "former"). */
const ROLE_STOP = new Set(['the', 'a', 'an', 'of', 'for', 'at', 'and', 's', ...TITLE_HEADS, ...TITLE_MODIFIERS]);

function roleKey(role: string): string {
  return foldName(role).replace(/'s\b/g, '');
}

/**
 * Merge mention clusters into entities within and across articles: the same full name up to
 * spelling (-sky / -skyy / -skiy endings), a bare surname when it fits exactly one person,
 * organizations and places by their gazetteer name. Ids follow first appearance over the articles
 * in the order given (the loader sorts them), so they are deterministic.
 */
export function buildEntities(extractions: readonly DocExtraction[]): EntityIndex {
  const entities: Entity[] = [];
  const byCluster = new Map<string, string>();
  const persons = new SurnameIndex<PersonEntry>();
  const named = new Map<string, Entity>();
  const seen = new Map<Entity, Seen>();

  const create = (kind: Entity['kind'], name: string): Entity => {
    const entity: Entity = { id: `e${entities.length + 1}`, kind, name, aliases: [], roles: [], articles: [] };
    entities.push(entity);
    seen.set(entity, { aliases: new Set(), articles: new Set(), roleKeys: new Set() });
    return entity;
  };

  const matchPerson = (parts: NameParts, roles: Set<string>): PersonEntry | undefined => {
    const candidates = [...new Set(parts.surnames.flatMap((s) => persons.find(s)))];
    if (parts.words.length >= 2) {
      const same = candidates.find((c) => c.fullNames.some((f) => sameFullName(f, parts)));
      if (same) return same;
      // A person known only by surname so far, spelled exactly so and not ambiguous.
      const bare = [...new Set(parts.surnames.flatMap((s) => persons.findExact(s)))];
      return bare.length === 1 && !bare[0].fullNames.length ? bare[0] : undefined;
    }
    // A bare surname from another article: the one person with exactly that surname, or the one
    // variant spelling that shares a role word ("Harwoode" is not "Harwood" without more evidence).
    const sharing = candidates.filter((c) => [...roles].some((w) => c.roleWords.has(w)));
    if (sharing.length === 1) return sharing[0];
    const exact = [...new Set(parts.surnames.flatMap((s) => persons.findExact(s)))];
    return exact.length === 1 ? exact[0] : undefined;
  };

  extractions.forEach((ex, d) => {
    for (const [cluster, mentions] of clustersInOrder(ex.mentions)) {
      const naming = mentions.filter((m) => m.name);
      if (!naming.length) continue;
      const kind = naming[0].kind;
      const canonical = naming.map((m) => m.name).reduce((a, b) => (betterName(b, a) ? b : a));
      const roleWords = new Set(mentions.flatMap((m) => (m.role ? foldName(m.role).split(/[\s']+/) : [])).filter((w) => w && !ROLE_STOP.has(w)));
      let entity: Entity | undefined;
      if (kind === 'person') {
        const parts = nameParts(canonical);
        let entry = matchPerson(parts, roleWords);
        if (!entry) {
          entry = { entity: create('person', canonical), fullNames: [], fullNameKeys: new Set(), roleWords: new Set() };
        }
        if (parts.words.length >= 2) {
          const key = partsKey(parts);
          if (!entry.fullNameKeys.has(key)) {
            entry.fullNameKeys.add(key);
            entry.fullNames.push(parts);
          }
        }
        for (const s of parts.surnames.length ? parts.surnames : parts.words.slice(-1)) persons.add(s, entry);
        for (const w of roleWords) entry.roleWords.add(w);
        entity = entry.entity;
      } else {
        const key = namedKey({ kind, name: canonical });
        entity = named.get(key);
        if (!entity) named.set(key, (entity = create(kind, canonical)));
      }
      if (betterName(canonical, entity.name)) entity.name = canonical;
      const known = seen.get(entity)!;
      for (const m of mentions) {
        const form = mentionForm(m);
        // "his office" names Lee's office here, but is no name for it elsewhere.
        const surface = form === 'name' && !/^(?:his|her|its|their)\s/i.test(m.text) ? [m.text] : [];
        for (const alias of [...surface, ...(m.name ? [m.name] : [])]) {
          if (known.aliases.has(alias)) continue;
          known.aliases.add(alias);
          entity.aliases.push(alias);
        }
        const key = m.role ? roleKey(m.role) : '';
        if (m.role && form === 'name' && !known.roleKeys.has(key)) {
          known.roleKeys.add(key);
          entity.roles.push(m.role);
        }
      }
      if (!known.articles.has(ex.doc.article.id)) {
        known.articles.add(ex.doc.article.id);
        entity.articles.push(ex.doc.article.id);
      }
      byCluster.set(`${d}:${cluster}`, entity.id);
    }
  });
  for (const e of entities) e.aliases = e.aliases.filter((a) => a !== e.name);
  return { entities, byCluster };
}

/** Clusters of one article with their mentions, ordered by first mention. */
function clustersInOrder(mentions: readonly Mention[]): [number, Mention[]][] {
  const clusters = new Map<number, Mention[]>();
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of sorted) {
    if (m.cluster === undefined) continue;
    const list = clusters.get(m.cluster);
    if (list) list.push(m);
    else clusters.set(m.cluster, [m]);
  }
  return [...clusters.entries()];
}
