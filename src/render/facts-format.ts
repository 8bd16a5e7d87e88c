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

/** The JSON text is handed out in pieces of about this many characters. */
const PIECE = 1 << 16;

/**
 * `formatFacts(table, 'json')` in pieces, built item by item: the whole text is tens of MB for a
 * few MB of articles, and that string, its flattened copy and its UTF-8 copy alive at once would
 * decide the peak memory of `quizwire facts`.
 */
export function* factsJsonPieces(table: FactTable): Generator<string> {
  let pending = '';
  // JSON.stringify(value, null, 2) of a value one level down, re-indented to where it stands.
  const nested = (value: unknown, indent: string) => (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`);
  // Members JSON.stringify leaves out of an object.
  const entries = Object.entries(table).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (!entries.length) {
    yield '{}\n';
    return;
  }
  pending = '{';
  for (const [k, [key, value]] of entries.entries()) {
    pending += `${k ? ',' : ''}\n  ${JSON.stringify(key)}: `;
    if (!Array.isArray(value) || value.length === 0) {
      pending += nested(value, '  ');
      continue;
    }
    pending += '[';
    for (let i = 0; i < value.length; i++) {
      pending += `${i ? ',' : ''}\n    ${nested(value[i], '    ')}`;
      if (pending.length >= PIECE) {
        yield pending;
        pending = '';
      }
    }
    pending += '\n  ]';
  }
  yield `${pending}\n}\n`;
}
