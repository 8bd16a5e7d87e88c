import type { CommandModule } from 'yargs';
import { join } from 'node:path';
import { factsFromDocs } from '../../pipeline.js';
import { loadArticles } from '../../ingest/load.js';
import { buildBriefing } from '../../brief/index.js';
import { renderBriefingPdf } from '../../render/pdf/briefing.js';
import { generateQuiz } from '../../questions/index.js';
import { parseFormats, renderSet } from './quiz.js';
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
    const { docs, diagnostics } = loadArticles(inputsOf(argv));
    const table = factsFromDocs(docs, diagnostics);
    const texts = Object.fromEntries(docs.map((d) => [d.article.id, d.raw]));
    const quiz = generateQuiz(table, { seed: String(argv.seed), count: 10, texts });
    writeFilesAtomically([
      { path: join(out, 'facts.json'), data: formatFacts(table, 'json') },
      { path: join(out, 'facts.md'), data: formatFacts(table, 'md') },
      ...(await renderSet({ quizzes: [quiz] }, parseFormats(undefined), { outDir: out, paper: 'a4' })),
      { path: join(out, 'briefing.pdf'), data: await renderBriefingPdf(buildBriefing(table, docs)) },
    ]);
    process.stderr.write(
      `quizwire: wrote ${out}/: facts (${table.facts.length}), quiz and answer key (${quiz.questions.length} questions), briefing.pdf\n`,
    );
  },
};
