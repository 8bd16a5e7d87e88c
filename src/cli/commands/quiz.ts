import type { CommandModule } from 'yargs';
import { withInputs, withOutDir, withQuiet, withQuizOptions, withSeed } from '../options.js';

export const quizCommand: CommandModule = {
  command: 'quiz [inputs..]',
  describe: 'a seeded quiz with answer key (Markdown, JSON, PDF) from articles',
  builder: (y) => withQuiet(withQuizOptions(withOutDir(withSeed(withInputs(y))))),
  // Loaded when run, so `quizwire --help` does not pay for the pipeline and renderers.
  handler: async (argv) => (await import('../handlers/quiz.js')).runQuiz(argv),
};
