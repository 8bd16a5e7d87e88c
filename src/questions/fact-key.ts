import type { Fact } from '../schema/index.js';
import { normalize } from './text.js';

/**
 * What a fact says, independent of which article says it: two facts with one key are the same
 * fact reported twice, so a quiz asks about at most one of them.
 */
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
