import { foldName } from './name-match.js';
import type { Token } from './tokens.js';
import { GENDERED_TITLES, HONORIFICS, ROLE_DOMAINS, TITLE_HEADS, TITLE_MODIFIERS } from './words/titles.js';

/** Word-class tests shared by the name, role and reference finders. */

const headCache = new Map<string, boolean>();

export function isTitleHead(t: Token): boolean {
  if (!t.lower.includes('-')) return TITLE_HEADS.has(t.lower) || (t.lower.endsWith('.') && TITLE_HEADS.has(t.lower.slice(0, -1)));
  let v = headCache.get(t.lower);
  if (v === undefined) {
    if (headCache.size > 20_000) headCache.clear();
    headCache.set(t.lower, (v = computeTitleHead(t)));
  }
  return v;
}

function computeTitleHead(t: Token): boolean {
  return TITLE_HEADS.has(t.lower) || TITLE_HEADS.has(t.lower.replace(/\.$/, '')) || (t.lower.includes('-') && t.lower.split('-').every((w) => TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w)) && t.lower.split('-').some((w) => TITLE_HEADS.has(w)));
}

export function isTitleModifier(t: Token): boolean {
  return TITLE_MODIFIERS.has(t.lower);
}

export function isRoleDomain(t: Token): boolean {
  return ROLE_DOMAINS.has(t.lower);
}

export function honorificOf(t: Token): { gender: 'm' | 'f' | null } | null {
  const key = HONORIFICS.has(t.lower) ? t.lower : `${t.lower}.`;
  return HONORIFICS.has(key) ? { gender: HONORIFICS.get(key) ?? null } : null;
}

/** Gender a role word implies ("spokeswoman"), if any. */
export function genderOfRole(role: string): 'm' | 'f' | null {
  for (const w of foldName(role).split(/[\s']+/)) {
    const g = GENDERED_TITLES.get(w);
    if (g) return g;
  }
  return null;
}

const ROMAN = /^(?:[IVX]+)$/;
/** NATO, BRICS, DPRK: two or more capitals, no lower case. */
export function isAcronym(t: Token): boolean {
  return /^[\p{Lu}][\p{Lu}\p{N}.&/-]+$/u.test(t.text) && /\p{Lu}.*\p{Lu}/u.test(t.text) && !ROMAN.test(t.text);
}
