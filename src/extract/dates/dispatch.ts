import { K, LONG_K, LONG_STEMS, isFull, prefixesOf, symbolOf } from './prefixes.js';
import { COMPILED_RULES, type CompiledRule } from './rules.js';

/**
 * The rules that can match at a position, by the few characters there: "the " rules out every
 * rule that cannot begin with "the ", most of them. (One sticky pattern of all rules as a
 * gate costs more to compile than the few rules left to try.)
 */
const PREFIXES = COMPILED_RULES.map((rule) => prefixesOf(rule.source));
/** Rule lists by the symbols at a position; equal lists are one array. */
const byKey = new Map<string, CompiledRule[]>();
const bySignature = new Map<string, CompiledRule[]>();

/** Rule indexes (ascending) by one of their prefixes. */
const RULES_BY_PREFIX = new Map<string, number[]>();
/** Rules tried everywhere. */
const ANY_RULES: number[] = [];
const NONE: number[] = [];

function addRule(index: Map<string, number[]>, key: string, rule: number): void {
  const list = index.get(key);
  if (!list) index.set(key, [rule]);
  else if (list[list.length - 1] !== rule) list.push(rule);
}

PREFIXES.forEach((prefixes, i) => {
  if (prefixes === 'any') {
    ANY_RULES.push(i);
    return;
  }
  for (const p of prefixes) addRule(RULES_BY_PREFIX, p, i);
});

/**
 * The indexes of the rules that can start with `key`: one of a rule's prefixes begins the key,
 * or (near the end of the sentence, where the key is short) a longer prefix begins with it.
 */
function rulesFor(key: string): CompiledRule[] {
  const can = new Uint8Array(COMPILED_RULES.length);
  for (const i of ANY_RULES) can[i] = 1;
  for (let n = 1; n <= key.length; n++) for (const i of RULES_BY_PREFIX.get(key.slice(0, n)) ?? NONE) can[i] = 1;
  // A short key is rare (and its list kept): the prefixes are searched, not indexed.
  if (!isFull(key)) PREFIXES.forEach((prefixes, i) => {
    if (prefixes !== 'any' && [...prefixes].some((p) => p.length > key.length && p.startsWith(key))) can[i] = 1;
  });
  const indexes: number[] = [];
  for (let i = 0; i < can.length; i++) if (can[i]) indexes.push(i);
  const signature = indexes.join(',');
  let rules = bySignature.get(signature);
  if (!rules) bySignature.set(signature, (rules = indexes.map((i) => COMPILED_RULES[i])));
  return rules;
}

function keyAt(sentence: string, at: number): string {
  let key = '';
  for (let i = at; i < at + K && i < sentence.length; i++) key += symbolOf(sentence.charCodeAt(i));
  if (!LONG_STEMS.has(key)) return key;
  for (let i = at + K; i < at + LONG_K && i < sentence.length; i++) key += symbolOf(sentence.charCodeAt(i));
  return key;
}

/** The ASCII symbol code of an ASCII code unit (what symbolOf returns, as a code). */
const ASCII_SYMBOL = Uint8Array.from({ length: 128 }, (_, c) => symbolOf(c).charCodeAt(0));

/** The number of K ASCII symbols: 7 bits each, and their count above them. */
function stemCode(stem: string): number {
  let code = stem.length;
  for (let i = 0; i < stem.length; i++) code = (code << 7) | stem.charCodeAt(i);
  return code;
}
const LONG_STEM_CODES = new Set([...LONG_STEMS].map(stemCode));

/** Rule lists by a number made of the symbols at a position when they are all ASCII (no string built). */
const byAsciiKey = new Map<number, CompiledRule[]>();
/** The same for keys of a long stem: the stem's number, the symbols after it, and their count. */
const byLongAsciiKey = new Map<number, CompiledRule[]>();

/** The rules that may match at `at`, in grammar order. */
export function rulesAt(sentence: string, at: number): CompiledRule[] {
  // The K symbols, 7 bits each, and their count above them: a small integer per key.
  const to = Math.min(at + K, sentence.length);
  let code = to - at;
  for (let i = at; i < to; i++) {
    const c = sentence.charCodeAt(i);
    if (c >= 128) return rulesAtKey(keyAt(sentence, at));
    code = (code << 7) | ASCII_SYMBOL[c];
  }
  if (LONG_STEM_CODES.has(code)) return rulesAtLongKey(sentence, at, code);
  let rules = byAsciiKey.get(code);
  if (!rules) byAsciiKey.set(code, (rules = rulesAtKey(keyAt(sentence, at))));
  return rules;
}

function rulesAtLongKey(sentence: string, at: number, stem: number): CompiledRule[] {
  const to = Math.min(at + LONG_K, sentence.length);
  let code = stem;
  for (let i = at + K; i < to; i++) {
    const c = sentence.charCodeAt(i);
    if (c >= 128) return rulesAtKey(keyAt(sentence, at));
    code = code * 128 + ASCII_SYMBOL[c];
  }
  code = code * 4 + (to - at - K);
  let rules = byLongAsciiKey.get(code);
  if (!rules) byLongAsciiKey.set(code, (rules = rulesAtKey(keyAt(sentence, at))));
  return rules;
}

function rulesAtKey(key: string): CompiledRule[] {
  let rules = byKey.get(key);
  if (!rules) byKey.set(key, (rules = rulesFor(key)));
  return rules;
}
