import type { CommandModule } from 'yargs';
import { factsFromFiles } from '../../pipeline.js';
import { renderFactsMarkdown } from '../../render/facts-md.js';
import { renderFactsCsv } from '../../render/facts-csv.js';
import { writeFilesAtomically } from '../../io/write-atomic.js';
import { inputsOf, withInputs } from '../options.js';
import type { FactTable } from '../../schema/index.js';

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

export const factsCommand: CommandModule = {
  command: 'facts [inputs..]',
  describe: 'build the fact table (quotes, numbers, dates, people) from articles',
  builder: (y) =>
    withInputs(y)
      .option('format', { choices: ['json', 'md', 'csv'] as const, default: 'json' as const, describe: 'output format' })
      .option('out', { type: 'string', describe: 'write to this file instead of stdout' }),
  handler: (argv) => {
    const table = factsFromFiles(inputsOf(argv));
    const text = formatFacts(table, argv.format as FactsFormat);
    if (argv.out) writeFilesAtomically([{ path: String(argv.out), data: text }]);
    else process.stdout.write(text);
  },
};
