import type { CommandModule } from 'yargs';
import { join } from 'node:path';
import { generateQuiz } from '../../questions/index.js';
import { parseFormats, renderSet, tableWithTexts } from './quiz.js';
import { writeFilesAtomically } from '../../io/write-atomic.js';
import { inputsOf, withInputs, withOutDir, withSeed } from '../options.js';
import { formatFacts } from './facts.js';

/** The main job (`npm start`): fact table, quiz, answer key and briefing into one folder. */
export const allCommand: CommandModule = {
  command: 'all [inputs..]',
  describe: 'fact table, quiz, answer key and briefing PDF in one go',
  builder: (y) => withOutDir(withSeed(withInputs(y))),
  handler: async (argv) => {
    const out = String(argv.out);
    const { table, texts } = tableWithTexts(inputsOf(argv));
    const quiz = generateQuiz(table, { seed: String(argv.seed), count: 10, texts });
    writeFilesAtomically([
      { path: join(out, 'facts.json'), data: formatFacts(table, 'json') },
      { path: join(out, 'facts.md'), data: formatFacts(table, 'md') },
      ...(await renderSet({ quizzes: [quiz] }, parseFormats(undefined), { outDir: out, paper: 'a4' })),
    ]);
    process.stderr.write(`quizwire: wrote ${out}/facts.json and ${out}/facts.md (${table.facts.length} facts) and the quiz (${quiz.questions.length} questions)\n`);
  },
};
