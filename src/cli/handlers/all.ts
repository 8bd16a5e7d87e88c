import { join } from 'node:path';
import { factsFromDocs } from '../../pipeline.js';
import { loadArticles } from '../../ingest/load.js';
import { buildBriefing } from '../../brief/index.js';
import { renderBriefingPdf } from '../../render/pdf/briefing.js';
import { generateQuiz } from '../../questions/index.js';
import { writeFilesAtomically } from '../../io/write-atomic.js';
import { formatFacts } from '../../render/facts-format.js';
import { inputsOf } from '../options.js';
import { parseFormats, renderSet } from '../quiz-support.js';
import { delayOptimisation, delayOptimisationFor } from '../compile-budget.js';

/** `quizwire all`. */
export async function runAll(argv: Record<string, unknown>): Promise<void> {
  const out = String(argv.out);
  delayOptimisation();
  const { docs, diagnostics } = loadArticles(inputsOf(argv), { outputs: [out] });
  delayOptimisationFor(docs);
  const table = factsFromDocs(docs, diagnostics);
  const texts = Object.fromEntries(docs.map((d) => [d.article.id, d.raw]));
  const quiz = generateQuiz(table, { seed: String(argv.seed), count: 10, texts });
  writeFilesAtomically([
    { path: join(out, 'facts.json'), data: formatFacts(table, 'json') },
    { path: join(out, 'facts.md'), data: formatFacts(table, 'md') },
    ...(await renderSet({ quizzes: [quiz] }, parseFormats(undefined), { outDir: out, paper: 'a4' })),
    { path: join(out, 'briefing.pdf'), data: await renderBriefingPdf(buildBriefing(table, docs)) },
  ], { protect: docs.map((d) => d.article.path) });
  process.stderr.write(
    `quizwire: wrote ${out}/: facts (${table.facts.length}), quiz and answer key (${quiz.questions.length} questions), briefing.pdf\n`,
  );
}
