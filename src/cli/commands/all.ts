import type { CommandModule } from 'yargs';
import { withInputs, withOutDir, withQuestionOptions, withQuiet, withSeed } from '../options.js';

/** The main job (`npm start`): fact table, quiz, answer key and briefing into one folder. */
export const allCommand: CommandModule = {
  command: 'all [inputs..]',
  describe: 'fact table, quiz, answer key and briefing PDF in one go',
  builder: (y) => withQuiet(withQuestionOptions(withOutDir(withSeed(withInputs(y))))),
  // Loaded when run, so `quizwire --help` does not pay for the pipeline and renderers.
  handler: async (argv) => (await import('../handlers/all.js')).runAll(argv),
};
