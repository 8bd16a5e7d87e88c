import type { CommandModule } from 'yargs';
import { withInputs, withOutDir, withQuiet, withQuizOptions, withSeed } from '../options.js';

export const classCommand: CommandModule = {
  command: 'class [inputs..]',
  describe: 'one quiz version per student: class.pdf, answer-key.pdf and manifest.json',
  builder: (y) =>
    withQuiet(withQuizOptions(withOutDir(withSeed(withInputs(y)))))
      .option('students', { type: 'number', describe: 'number of students (ids s01, s02, ...)' })
      .option('roster', { type: 'string', describe: 'CSV with one student name per row (optional id in column 2)' })
      .option('vary', { choices: ['order', 'questions'] as const, default: 'order' as const, describe: 'same questions shuffled, or a different draw per student' })
      .option('only', { type: 'string', describe: 'make just this student id again, into OUT/students/ID/' })
      .option('manifest', { type: 'string', describe: 'take seed, inputs, class and settings from a class manifest.json' }),
  // Loaded when run, so `quizwire --help` does not pay for the pipeline and renderers.
  handler: async (argv) => (await import('../handlers/class.js')).runClass(argv),
};
