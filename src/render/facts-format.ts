import type { FactTable } from '../schema/index.js';
import { renderFactsMarkdown } from './facts-md.js';
import { renderFactsCsv } from './facts-csv.js';

export type FactsFormat = 'json' | 'md' | 'csv';

export function formatFacts(table: FactTable, format: FactsFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(table, null, 2)}\n`;
    case 'md':
      return renderFactsMarkdown(table);
    case 'csv':
      return renderFactsCsv(table);
  }
}

/** Items of one list stringified together. */
const BATCH = 256;

/**
 * `formatFacts(table, 'json')` in pieces, a batch of items at a time: the whole text is tens of MB
 * for a few MB of articles, and that string, its flattened copy and its UTF-8 copy alive at once
 * would decide the peak memory of `quizwire facts`.
 */
export function* factsJsonPieces(table: FactTable): Generator<string> {
  // Members JSON.stringify leaves out of an object.
  const entries = Object.entries(table).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (!entries.length) {
    yield '{}\n';
    return;
  }
  let head = '{';
  for (const [k, [key, value]] of entries.entries()) {
    head += `${k ? ',' : ''}\n  ${JSON.stringify(key)}: `;
    if (!Array.isArray(value) || value.length === 0) {
      // "[\n  VALUE\n]": the value indented as it stands one level down.
      head += JSON.stringify([value], null, 2).slice(4, -2);
      continue;
    }
    yield `${head}[\n`;
    for (let i = 0; i < value.length; i += BATCH) {
      // "[\n  [\n    A,\n    B\n  ]\n]": the items indented as they stand two levels down.
      const items = JSON.stringify([value.slice(i, i + BATCH)], null, 2).slice(6, -6);
      yield i ? `,\n${items}` : items;
    }
    head = '\n  ]';
  }
  yield `${head}\n}\n`;
}
