import type { Fact } from '../schema/index.js';
import { normalize } from './text.js';
import { STOPWORDS } from './words.js';

/**
 * What a fact says, independent of which article says it: two facts with one key are the same
 * fact reported twice, so a quiz asks about at most one of them.
 */
const QUOTE_KEY_WORDS = 6;

/**
 * Keys of a quote that survive how outlets trim and retell it: the words, and the first and the
 * last few content words ("both the Indo-Pacific" / "both Indo-Pacific"; a quote cut after its
 * first sentence).
 */
export function quoteKeys(text: string): string[] {
  const words = normalize(text).split(' ').filter((w) => w.length > 3 && !STOPWORDS.has(w));
  if (words.length < QUOTE_KEY_WORDS) return [`quote:${normalize(text)}`, `quote-words:${words.join(' ')}`];
  return [`quote:${normalize(text)}`, `quote-head:${words.slice(0, QUOTE_KEY_WORDS).join(' ')}`, `quote-tail:${words.slice(-QUOTE_KEY_WORDS).join(' ')}`];
}

export function factKey(f: Fact): string {
  switch (f.kind) {
    case 'quote':
      return `quote:${normalize(f.text)}`;
    case 'number':
      return `number:${f.value}:${f.unit ?? ''}`;
    case 'date':
      return `date:${f.value}`;
    case 'role':
      return `role:${f.entity}:${normalize(f.role)}`;
  }
}

/** How many articles report it: more is better for a quiz. */
export function corroboration(f: Fact): number {
  return new Set(f.corroboratedBy.filter((a) => a !== f.article)).size;
}

/** Every key of a fact: quotes have several, so a retold quote still meets its original. */
export function factKeys(f: Fact): string[] {
  return f.kind === 'quote' ? quoteKeys(f.text) : [factKey(f)];
}
