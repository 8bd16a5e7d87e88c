import { BACK_REFERENCE_OPENERS, CLAUSE_OPENERS, REFERENT_NEEDING } from './words.js';

export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

const normalized = new Map<string, string>();
const NORMALIZE_CACHE_LIMIT = 100_000;

/** Comparison key: case, punctuation and spacing ignored. Memoized: distractor checks ask often. */
export function normalize(s: string): string {
  let n = normalized.get(s);
  if (n === undefined) {
    if (normalized.size > NORMALIZE_CACHE_LIMIT) normalized.clear();
    n = normalizeUncached(s);
    normalized.set(s, n);
  }
  return n;
}

/** `normalize` for a string seen once (a trial option in its quote): not kept, so the memo keeps what is asked again. */
export function normalizeUncached(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function capitalize(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/** Cut at a word boundary and mark the cut. */
export function shorten(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const at = cut.lastIndexOf(' ');
  return `${cut.slice(0, at > max / 2 ? at : max).replace(/[\s,;:]+$/, '')} …`;
}

/** Text outside quotation marks: pronouns inside a quote are the speaker's own and fine. */
function outsideQuotes(s: string): string {
  return s.replace(/[“"][^”"]*[”"]/g, ' ');
}

/** True when a sentence can stand alone on a quiz sheet: no pronoun or "this" whose referent is elsewhere. */
export function isSelfContained(sentence: string): boolean {
  if (BACK_REFERENCE_OPENERS.test(sentence.trim())) return false;
  const words = outsideQuotes(sentence).toLowerCase().match(/\p{L}+/gu) ?? [];
  return !words.some((w) => REFERENT_NEEDING.has(w));
}

/** A plausible display name: capitalized words, no possessive, not a whole clause. */
export function looksLikeName(name: string | null | undefined): name is string {
  if (!name) return false;
  const words = name.trim().split(/\s+/);
  return words.length >= 1 && words.length <= 6 && /^\p{Lu}/u.test(name) && !/[’']s$/.test(name) && !/[.,;:!?"“”]/.test(name);
}

/** An article ("a", "an", "the") or lower-case start marks an appositive role: "Okafor, a former prime minister". */
export function isAppositiveRole(role: string): boolean {
  return /^(?:a|an|the)\s/i.test(role) || /^\p{Ll}/u.test(role);
}

/**
 * An indirect quote as the clause after "said that": the extractor may keep the "that" (no
 * "said that that"), a common first word is lower-cased, the final stop goes.
 */
export function reportedClause(text: string): string {
  // "that" before a verb is the clause's subject ("that was a judgement"), not the conjunction.
  const s = squash(text).replace(/[\s.;,:]+$/, '').replace(/^that\s+(?!(?:was|is|were|are|would|will|had|has|could|can|may|might|should|must|did|does)\b)/i, '');
  const first = s.match(/^\p{L}+/u)?.[0];
  return first && CLAUSE_OPENERS.has(first.toLowerCase()) && first !== 'I' ? first.toLowerCase() + s.slice(first.length) : s;
}
