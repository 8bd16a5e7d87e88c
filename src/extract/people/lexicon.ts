import type { EntityKind } from '../../schema/index.js';
import { foldName } from './name-match.js';
import { CAPITALS, COUNTRIES, INTERNATIONAL_ORGANIZATIONS, NATIONALITY_ADJECTIVES, REGIONS } from './words/gazetteer.js';

export interface GazetteerEntry {
  kind: Extract<EntityKind, 'place' | 'organization'>;
  /** The canonical name, shared by all aliases ("United States" for "U.S."). */
  canonical: string;
}

function buildGazetteer(): Map<string, GazetteerEntry> {
  const out = new Map<string, GazetteerEntry>();
  const add = (name: string, entry: GazetteerEntry) => {
    const key = foldName(name);
    if (!out.has(key)) out.set(key, entry);
    const undotted = foldName(name.replace(/\./g, ''));
    if (undotted !== key && !out.has(undotted) && /\./.test(name)) out.set(undotted, entry);
  };
  for (const [canonical, ...aliases] of COUNTRIES) for (const n of [canonical, ...aliases]) add(n, { kind: 'place', canonical });
  for (const n of [...CAPITALS, ...REGIONS]) add(n, { kind: 'place', canonical: n });
  for (const [canonical, ...aliases] of INTERNATIONAL_ORGANIZATIONS) for (const n of [canonical, ...aliases]) add(n, { kind: 'organization', canonical });
  return out;
}

/** Folded name -> place or organization. Acronyms are matched case-sensitively by the caller. */
export const GAZETTEER: ReadonlyMap<string, GazetteerEntry> = buildGazetteer();

/** Last words of the organizations' names of two or more words ("house" of "White House"), folded. */
export const ORG_NAME_ENDS: ReadonlySet<string> = new Set(
  INTERNATIONAL_ORGANIZATIONS.flat().filter((n) => n.includes(' ')).map((n) => foldName(n.slice(n.lastIndexOf(' ') + 1))),
);

export const NATIONALITIES: ReadonlySet<string> = new Set(NATIONALITY_ADJECTIVES.map(foldName));

/** Words that appear inside multi-word nationality adjectives ("South" of "South African"). */
export const NATIONALITY_HEADS: ReadonlySet<string> = new Set(
  NATIONALITY_ADJECTIVES.filter((n) => n.includes(' ')).map((n) => foldName(n.split(' ')[0])),
);

/** Keys in code-unit order, for beginsSomeKey. */
const GAZETTEER_ORDER: readonly string[] = [...GAZETTEER.keys()].sort();
const NATIONALITY_ORDER: readonly string[] = [...NATIONALITIES].sort();

/** Some key of `sorted` begins with `prefix`. */
function beginsSomeKey(sorted: readonly string[], prefix: string): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo].startsWith(prefix);
}

/**
 * A folded gazetteer key begins with `folded` (the folded first word of a longer name): else no
 * name starting with that word is in the gazetteer, and the name need not be sliced and folded.
 */
export function beginsGazetteerKey(folded: string): boolean {
  return beginsSomeKey(GAZETTEER_ORDER, folded);
}

/** beginsGazetteerKey for the nationalities. */
export function beginsNationality(folded: string): boolean {
  return beginsSomeKey(NATIONALITY_ORDER, folded);
}

export function lookupPlaceOrOrg(name: string): GazetteerEntry | undefined {
  return GAZETTEER.get(foldName(name));
}
