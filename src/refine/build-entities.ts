import type { Entity } from '../schema/index.js';
import type { DocExtraction, Mention } from '../extract/types.js';
import { foldName } from '../extract/people/name-match.js';
import { namedKey, roleHead, sameFullName, SurnameIndex } from './cluster-mentions.js';
import { genderOfMention, nameParts, type NameParts } from './mention-forms.js';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../extract/people/words/titles.js';
import { GIVEN_NAMES } from '../extract/people/words/given-names.js';
import { FEMALE_NAMES, MALE_NAMES } from '../extract/people/words/name-genders.js';

export interface EntityIndex {
  entities: Entity[];
  /** Per article, in the order given: cluster -> its entity. */
  byCluster: Map<number, Entity>[];
}

interface PersonEntry {
  entity: Entity;
  /** Distinct full names only: a person named in hundreds of articles is compared once per spelling. */
  fullNames: NameParts[];
  fullNameKeys: Set<string>;
  roleWords: Set<string>;
  /** The gender its mentions show (given name, honorific, gendered role); null when mixed or unknown. */
  gender: 'm' | 'f' | null | undefined;
}

const partsKey = (p: NameParts) => `${p.words.join(' ')}\u0000${p.surnames.join(' ')}\u0000${p.given ?? ''}\u0000${p.suffix}`;

/**
 * The items of a list, in first-added order, without repeats. Most lists of an entity stay short,
 * so membership is a scan until the list is long enough for a set to pay.
 */
class DistinctList {
  private set: Set<string> | undefined;

  constructor(readonly items: string[]) {}

  has(item: string): boolean {
    return this.set ? this.set.has(item) : this.items.includes(item);
  }

  /** Adds `item` unless present; true when added. */
  add(item: string): boolean {
    if (this.set ? this.set.has(item) : this.items.includes(item)) return false;
    this.items.push(item);
    if (this.set) this.set.add(item);
    else if (this.items.length > 6) this.set = new Set(this.items);
    return true;
  }
}

/** Membership lists beside an entity's ordered lists, so a popular entity costs no more per article. */
interface Seen {
  aliases: DistinctList;
  articles: DistinctList;
  /** Role keys of entity.roles, in the same order. */
  roleKeys: DistinctList;
}

/** Better canonical name: more words, then more letters ("Jane Okafor" over "Okafor"), then no shift-key slip ("Jane Okafor" over "JAne Okafor"). */
function betterName(a: string, b: string): boolean {
  if (a === b) return false;
  const wa = splitCount(a);
  const wb = splitCount(b);
  if (wa !== wb) return wa > wb;
  if (a.length !== b.length) return a.length > b.length;
  return SHIFT_SLIP.test(b) && !SHIFT_SLIP.test(a);
}

/** A word whose first two letters are capitals and that goes on in lower case ("HIllary"), unlike "McDonald" or "UN". */
const SHIFT_SLIP = /(?<!\p{L})\p{Lu}\p{Lu}\p{Ll}/u;

/** `s.split(/\s+/).length` without the array: one more than the number of whitespace runs. */
function splitCount(s: string): number {
  let count = 1;
  let inSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || (c >= 128 && /\s/.test(s[i]));
    if (space && !inSpace) count++;
    inSpace = space;
  }
  return count;
}

/** Role words too common to tell two people apart ("chief", "former"). */
const ROLE_STOP = new Set(['the', 'a', 'an', 'of', 'for', 'at', 'and', 's', ...TITLE_HEADS, ...TITLE_MODIFIERS]);

/** Heads of roles that say a person runs for a post, and so go with any title held ("candidate", "nominee"). */
const CANDIDACY = new Set(['candidate', 'nominee', 'hopeful', 'contender', 'challenger', 'frontrunner', 'front-runner', 'runner', 'rival', 'member', 'leader', 'official', 'politician', 'lawmaker', 'democrat', 'republican']);

/** Whether the titles `mine` (role keys) may belong to a person written elsewhere with `theirs`: a shared head, or no title on one side. */
function titlesFit(mine: string[], theirs: string[]): boolean {
  const held = (keys: string[]) => keys.map(roleHead).filter((h) => h && !CANDIDACY.has(h));
  const a = held(mine);
  if (!a.length) return true;
  const b = new Set(held(theirs));
  return !b.size || a.some((h) => b.has(h));
}

function roleKey(role: string): string {
  return foldName(role).replace(/'s\b/g, '');
}

/** The words of a role that can tell two people apart. */
function roleWords(role: string): string[] {
  return foldName(role)
    .split(/[\s']+/)
    .filter((w) => w && !ROLE_STOP.has(w));
}

const OWNER_PRONOUN = /^(?:his|her|its|their)\s/i;

/** `fn` remembered per argument for one call of buildEntities: names recur across articles. */
function memo<V>(fn: (key: string) => V): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = fn(key)));
    return value;
  };
}

/**
 * Merge mention clusters into entities within and across articles: the same full name up to
 * spelling (-sky / -skyy / -skiy endings), a bare surname when it fits exactly one person,
 * organizations and places by their gazetteer name. Ids follow first appearance over the articles
 * in the order given (the loader sorts them), so they are deterministic.
 */
export function buildEntities(extractions: readonly DocExtraction[]): EntityIndex {
  const entities: Entity[] = [];
  const persons = new SurnameIndex<PersonEntry>();
  const named = new Map<string, Entity>();
  const seen = new Map<Entity, Seen>();
  const partsOf = nameParts;
  const roleKeyOf = memo(roleKey);
  const roleWordsOf = memo(roleWords);
  const groupKey = memo((name: string) => namedKey({ kind: 'group', name }));
  const otherKeys = new Map<string, (name: string) => string>();
  const keyOf = (kind: Entity['kind'], name: string): string => {
    if (kind === 'group') return groupKey(name);
    let byName = otherKeys.get(kind);
    if (!byName) otherKeys.set(kind, (byName = memo((n: string) => namedKey({ kind, name: n }))));
    return byName(name);
  };

  const create = (kind: Entity['kind'], name: string): Entity => {
    const entity: Entity = { id: `e${entities.length + 1}`, kind, name, aliases: [], roles: [], articles: [] };
    entities.push(entity);
    seen.set(entity, { aliases: new DistinctList(entity.aliases), articles: new DistinctList(entity.articles), roleKeys: new DistinctList([]) });
    return entity;
  };

  const matchPerson = (parts: NameParts, roles: Set<string>, genderOf: () => 'm' | 'f' | null, roleKeysOf: () => string[]): PersonEntry | undefined => {
    const candidates = [...new Set(parts.surnames.flatMap((s) => persons.find(s)))];
    if (parts.words.length >= 2) {
      // "George W. Roe" joins no person already written "George H.W. Roe", though both fit "George Roe".
      const same = candidates.find((c) => c.fullNames.some((f) => sameFullName(f, parts)) && (parts.words.length < 3 || !c.fullNames.some((f) => otherMiddle(f, parts))));
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
    if (exact.length === 1) {
      // "President Quill" is not the ambassador Tom Quill of another article: a titled surname
      // joins a namesake named elsewhere only when that one holds no other title.
      if (exact[0].fullNames.length && !titlesFit(roleKeysOf(), seen.get(exact[0].entity)!.roleKeys.items)) return undefined;
      return exact[0];
    }
    // "Mr Berg" when an Anna Berg and a Lars Berg are known: the one of the same gender.
    if (exact.length < 2) return undefined;
    const gender = genderOf();
    const fits = gender ? exact.filter((c) => c.gender === gender) : exact;
    if (gender && fits.length === 1 && fits[0].fullNames.length) return fits[0];
    // "President Okafor" when only one of the people named so has been called "President".
    const keys = roleKeysOf();
    const titled = keys.length ? fits.filter((c) => c.fullNames.length && keys.some((k) => seen.get(c.entity)!.roleKeys.has(k))) : [];
    if (titled.length === 1) return titled[0];
    // Of several, the one written with a known given name ("Jane Roe", not "Crooked Roe").
    const given = titled.filter((c) => c.fullNames.some((f) => f.given !== null && GIVEN_NAMES.has(f.given)));
    if (given.length === 1) return given[0];
    // "Mr Roe" in a collection where one Roe fills many articles and his namesakes one or two each.
    return gender ? dominant(titled.length ? titled : fits) : undefined;
  };

  // Names some article shows to be an organization ("phone company Zentel"): a cluster elsewhere
  // that calls the same name a person with no sign of one ("Zentel said") is that organization.
  const organizationKeys = new Set<string>();
  for (const ex of extractions) for (const m of ex.mentions) if (m.kind === 'organization' && m.name && m.cluster !== undefined) organizationKeys.add(keyOf('organization', m.name));

  const byCluster = extractions.map((ex) => {
    const entityOf = new Map<number, Entity>();
    const article = ex.doc.article.id;
    for (const [cluster, mentions] of clustersInOrder(ex.mentions)) {
      let canonical = '';
      let kind: Entity['kind'] | undefined;
      for (const m of mentions) {
        if (!m.name) continue;
        if (kind === undefined) {
          kind = m.kind;
          canonical = m.name;
        } else if (betterName(m.name, canonical)) canonical = m.name;
      }
      if (kind === undefined) continue;
      if (kind === 'person' && organizationKeys.size && !personLike(mentions, partsOf(canonical)) && organizationKeys.has(keyOf('organization', canonical))) kind = 'organization';
      let entity: Entity | undefined;
      if (kind === 'person') {
        const roleWords = new Set<string>();
        for (const m of mentions) if (m.role) for (const w of roleWordsOf(m.role)) roleWords.add(w);
        const parts = partsOf(canonical);
        // A full name's gender by its given name; a bare surname's by an honorific or role ("Mr Berg").
        const gender = parts.given ? (FEMALE_NAMES.has(parts.given) ? 'f' : MALE_NAMES.has(parts.given) ? 'm' : null) : null;
        let entry = matchPerson(parts, roleWords, () => clusterGender(mentions), () => mentions.flatMap((m) => (m.role && m.name ? [roleKeyOf(m.role)] : [])));
        if (!entry) {
          entry = { entity: create('person', canonical), fullNames: [], fullNameKeys: new Set(), roleWords: new Set(), gender: undefined };
        }
        if (gender) entry.gender = entry.gender === undefined || entry.gender === gender ? gender : null;
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
        const key = keyOf(kind, canonical);
        entity = named.get(key);
        if (!entity) named.set(key, (entity = create(kind, canonical)));
      }
      if (betterName(canonical, entity.name)) entity.name = canonical;
      const known = seen.get(entity)!;
      for (const m of mentions) {
        // mentionForm(m) is 'name' exactly when m.name is set.
        const isName = Boolean(m.name);
        // "his office" names Lee's office here, but is no name for it elsewhere.
        if (isName && !OWNER_PRONOUN.test(m.text)) known.aliases.add(m.text);
        if (m.name) known.aliases.add(m.name);
        if (m.role && isName && known.roleKeys.add(roleKeyOf(m.role))) entity.roles.push(m.role);
      }
      known.articles.add(article);
      entityOf.set(cluster, entity);
    }
    return entityOf;
  });
  for (const e of entities) e.aliases = e.aliases.filter((a) => a !== e.name);
  return { entities, byCluster };
}

/** Two full names with the same given name and surname whose middle names (or generational suffixes) disagree. */
function otherMiddle(a: NameParts, b: NameParts): boolean {
  if (a.words.length < 3 || b.words.length < 3 || !a.given || a.given !== b.given) return false;
  return a.surnames[a.surnames.length - 1] === b.surnames[b.surnames.length - 1] && !sameFullName(a, b);
}

/**
 * The one person of `people` (all named in full) the collection is about: named in three or more
 * articles, and in three times as many as all the others together. Undefined when none stands out.
 */
function dominant(people: readonly PersonEntry[]): PersonEntry | undefined {
  let best: PersonEntry | undefined;
  let total = 0;
  for (const p of people) {
    if (!p.fullNames.length) return undefined;
    total += p.entity.articles.length;
    if (!best || p.entity.articles.length > best.entity.articles.length) best = p;
  }
  if (!best) return undefined;
  const top = best.entity.articles.length;
  return top >= 3 && top >= 3 * (total - top) ? best : undefined;
}

/** The gender the honorifics and roles of a cluster's mentions show; null when none or mixed. */
function clusterGender(mentions: readonly Mention[]): 'm' | 'f' | null {
  let gender: 'm' | 'f' | null = null;
  for (const m of mentions) {
    if (!m.name || (m.text === m.name && !m.role)) continue;
    const g = genderOfMention(m);
    if (g && gender && g !== gender) return null;
    if (g) gender = g;
  }
  return gender;
}

/** A sign that a cluster is a person: a role, an honorific or title written with the name, a given name first. */
function personLike(mentions: readonly Mention[], parts: NameParts): boolean {
  if (parts.given !== null && GIVEN_NAMES.has(parts.given)) return true;
  for (const m of mentions) if (m.role || (m.name && m.text !== m.name)) return true;
  return false;
}

/** Clusters of one article with their mentions, ordered by first mention. */
function clustersInOrder(mentions: readonly Mention[]): Map<number, Mention[]> {
  const clusters = new Map<number, Mention[]>();
  for (const m of inTextOrder(mentions)) {
    if (m.cluster === undefined) continue;
    const list = clusters.get(m.cluster);
    if (list) list.push(m);
    else clusters.set(m.cluster, [m]);
  }
  return clusters;
}

/** Mentions by start, the longer first on a tie; stable, and no copy when already so ordered. */
function inTextOrder(mentions: readonly Mention[]): readonly Mention[] {
  const before = (a: Mention, b: Mention) => a.start - b.start || b.end - a.end;
  for (let i = 1; i < mentions.length; i++) if (before(mentions[i - 1], mentions[i]) > 0) return [...mentions].sort(before);
  return mentions;
}
