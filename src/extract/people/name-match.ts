import { doubleMetaphone } from 'double-metaphone';

const foldCache = new Map<string, string>();

/**
 * Printable ASCII without hyphens or backquotes, single spaces only between words: nothing for
 * foldSlow to change but the case.
 */
function isPlainName(name: string): boolean {
  let space = true; // a leading space is no plain name
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 32) {
      if (space) return false;
      space = true;
    } else if (c > 32 && c < 127 && c !== 45 && c !== 96) space = false;
    else return false;
  }
  return !space || name.length === 0;
}

/** Lower case, no accents, straight apostrophes, hyphens as spaces: the key names are compared by. */
export function foldName(name: string): string {
  if (isPlainName(name)) return name.toLowerCase();
  let folded = foldCache.get(name);
  if (folded === undefined) {
    if (foldCache.size > 50_000) foldCache.clear();
    foldCache.set(name, (folded = foldSlow(name)));
  }
  return folded;
}

/** foldName(name) for a caller that has `name.toLowerCase()` already. */
export function foldNameOf(name: string, lower: string): string {
  return isPlainName(name) ? lower : foldName(name);
}

function foldSlow(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`]/g, "'")
    .replace(/[-‐‑–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Jaro-Winkler similarity in [0, 1]. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  const window = Math.max(0, (Math.max(a.length, b.length) >> 1) - 1);
  const aHit = new Array<boolean>(a.length).fill(false);
  const bHit = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j <= Math.min(b.length - 1, i + window); j++) {
      if (bHit[j] || a[i] !== b[j]) continue;
      aHit[i] = bHit[j] = true;
      matches++;
      break;
    }
  }
  if (!matches) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!aHit[i]) continue;
    while (!bHit[j]) j++;
    if (a[i] !== b[j++]) transpositions++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

const metaphoneCache = new Map<string, readonly [string, string]>();

/** Double Metaphone codes of one folded word (cached: names repeat a lot). */
export function phoneticCodes(word: string): readonly [string, string] {
  let codes = metaphoneCache.get(word);
  if (!codes) {
    codes = doubleMetaphone(word);
    if (metaphoneCache.size > 50_000) metaphoneCache.clear();
    metaphoneCache.set(word, codes);
  }
  return codes;
}

/**
 * Two spellings of one name (transliterations ending -sky / -skyy / -skiy, or a dropped final h):
 * close in spelling AND in sound. Two letters swapped ("Lign"/"Ling") look close but sound different.
 */
export function spellingVariants(a: string, b: string): boolean {
  const x = foldName(a);
  const y = foldName(b);
  if (x === y) return true;
  if (Math.min(x.length, y.length) < 4) return false;
  if (jaroWinkler(x, y) < 0.9) return false;
  const [p1, s1] = phoneticCodes(x);
  const [p2, s2] = phoneticCodes(y);
  return p1 === p2 || p1 === s2 || s1 === p2;
}
