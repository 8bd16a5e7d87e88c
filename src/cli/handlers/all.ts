import { join } from 'node:path';
import { factsFromDocs } from '../../pipeline.js';
import { loadArticles } from '../../ingest/load.js';
import { buildBriefing } from '../../brief/index.js';
import { renderBriefingPdf } from '../../render/pdf/briefing.js';
import { generateQuiz } from '../../questions/index.js';
import { writeFilesAtomically } from '../../io/write-atomic.js';
import { formatFacts } from '../../render/facts-format.js';
import { inputsOf, say, warnAboutInputs } from '../options.js';
import { parseCountOption, parseFormats, parseKindsOption, renderSet } from '../quiz-support.js';
import type { RenderContext } from '../../render/registry.js';
import { delayOptimisation, delayOptimisationFor } from '../compile-budget.js';

/** `quizwire all`. */
export async function runAll(argv: Record<string, unknown>): Promise<void> {
  const out = String(argv.out);
  const count = parseCountOption(argv.count);
  const kinds = parseKindsOption(argv.kinds);
  const paper = (argv.paper ?? 'a4') as RenderContext['paper'];
  delayOptimisation();
  const { docs, diagnostics } = loadArticles(inputsOf(argv), { outputs: [out] });
  delayOptimisationFor(docs);
  const table = factsFromDocs(docs, diagnostics);
  warnAboutInputs(argv, table.diagnostics);
  const texts = Object.fromEntries(docs.map((d) => [d.article.id, d.raw]));
  const quiz = generateQuiz(table, { seed: String(argv.seed), count, kinds, texts, title: String(argv.title ?? 'Quiz') });
  writeFilesAtomically([
    { path: join(out, 'facts.json'), data: formatFacts(table, 'json') },
    { path: join(out, 'facts.md'), data: formatFacts(table, 'md') },
    ...(await renderSet({ quizzes: [quiz] }, parseFormats(undefined), { outDir: out, paper })),
    { path: join(out, 'briefing.pdf'), data: await renderBriefingPdf(buildBriefing(table, docs), { paper }) },
  ], { protect: docs.map((d) => d.article.path) });
  say(argv, `wrote ${out}/: facts (${table.facts.length}), quiz and answer key (${quiz.questions.length} questions), briefing.pdf`);
  for (const note of quiz.notes ?? []) say(argv, `note: ${note}`);
}
