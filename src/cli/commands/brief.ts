import type { CommandModule } from 'yargs';
import { withInputs, withQuiet, withSeed } from '../options.js';

/** Most check questions a one-page briefing has room for. */
export const MAX_BRIEF_QUESTIONS = 5;

/** `quizwire brief`: the one-page briefing PDF. */
export const briefCommand: CommandModule = {
  command: 'brief [inputs..]',
  describe: 'one-page briefing PDF on the event the articles cover',
  builder: (y) =>
    withQuiet(withSeed(withInputs(y)))
      .option('paper', { type: 'string', describe: 'paper size: a4 or letter', default: 'a4' })
      .option('out', { type: 'string', describe: 'PDF file to write', default: 'out/briefing.pdf' })
      .option('questions', { type: 'number', describe: `check questions to add (0-${MAX_BRIEF_QUESTIONS})`, default: 0 }),
  // Loaded when run, so `quizwire --help` does not pay for the pipeline and pdfkit.
  handler: async (argv) => (await import('../handlers/brief.js')).runBrief(argv),
};
