import type { CommandModule } from 'yargs';
import { createProgress } from '../../io/progress.js';
import { formatWarnings } from '../../io/warnings.js';
import { renderFactsMarkdown } from '../../render/facts-md.js';
import { renderFactsCsv } from '../../render/facts-csv.js';
import { writeFilesAtomically } from '../../io/write-atomic.js';
import { inputsOf, withInputs, withQuiet } from '../options.js';
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
    withQuiet(withInputs(y))
      .option('format', { choices: ['json', 'md', 'csv'] as const, default: 'json' as const, describe: 'output format' })
      .option('out', { type: 'string', describe: 'write to this file instead of stdout' }),
  handler: async (argv) => {
    // Loaded here, not at the top: `quizwire --help` should not pay for the extractors.
    const { loadArticles } = await import('../../ingest/load.js');
    const { factsFromDocs } = await import('../../pipeline.js');
    const progress = createProgress('reading articles', Boolean(argv.quiet));
    let loaded;
    try {
      loaded = loadArticles(inputsOf(argv), { onProgress: progress.update });
    } finally {
      progress.done();
    }
    const table = factsFromDocs(loaded.docs, loaded.diagnostics);
    if (!argv.quiet) process.stderr.write(formatWarnings(table.diagnostics));
    const text = formatFacts(table, argv.format as FactsFormat);
    if (argv.out) writeFilesAtomically([{ path: String(argv.out), data: text }], { protect: loaded.docs.map((d) => d.article.path) });
    else process.stdout.write(text);
  },
};
