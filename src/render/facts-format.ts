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
