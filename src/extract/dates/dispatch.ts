import { K, prefixesOf, symbolOf } from './prefixes.js';
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

function canStartWith(i: number, key: string): boolean {
  const prefixes = PREFIXES[i];
  if (prefixes === 'any') return true;
  for (let n = 1; n <= key.length; n++) if (prefixes.has(key.slice(0, n))) return true;
  // Near the end of the sentence the key is short: a longer prefix may still begin with it.
  if (key.length < K) for (const p of prefixes) if (p.startsWith(key)) return true;
  return false;
}

function rulesFor(key: string): CompiledRule[] {
  const indexes = COMPILED_RULES.map((_, i) => i).filter((i) => canStartWith(i, key));
  const signature = indexes.join(',');
  let rules = bySignature.get(signature);
  if (!rules) bySignature.set(signature, (rules = indexes.map((i) => COMPILED_RULES[i])));
  return rules;
}

function keyAt(sentence: string, at: number): string {
  let key = '';
  for (let i = at; i < at + K && i < sentence.length; i++) key += symbolOf(sentence.charCodeAt(i));
  return key;
}

/** The rules that may match at `at`, in grammar order. */
export function rulesAt(sentence: string, at: number): CompiledRule[] {
  const key = keyAt(sentence, at);
  let rules = byKey.get(key);
  if (!rules) byKey.set(key, (rules = rulesFor(key)));
  return rules;
}
