import type { Doc } from '../doc.js';
import type { FactTable } from '../schema/index.js';
import type { DocExtraction } from '../extract/types.js';

/** Work over all facts of one article (e.g. resolving "he" to the speaker). */
export interface DocRefiner {
  name: string;
  refine(extraction: DocExtraction): void;
}

/** Work across articles on the finished table (corroboration, conflicts). */
export interface TableRefiner {
  name: string;
  refine(table: FactTable, docs: readonly Doc[]): FactTable;
}
