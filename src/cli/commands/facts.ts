import type { CommandModule } from 'yargs';
import { withInputs, withQuiet } from '../options.js';

export const factsCommand: CommandModule = {
  command: 'facts [inputs..]',
  describe: 'build the fact table (quotes, numbers, dates, people) from articles',
  builder: (y) =>
    withQuiet(withInputs(y))
      .option('format', { choices: ['json', 'md', 'csv'] as const, default: 'json' as const, describe: 'output format' })
      .option('out', { type: 'string', describe: 'write to this file instead of stdout' }),
  // Loaded when run, so `quizwire --help` does not pay for the extractors.
  handler: async (argv) => (await import('../handlers/facts.js')).runFacts(argv),
};
