import { createProgress } from '../../io/progress.js';
import { writeFilesAtomically } from '../../io/write-atomic.js';
import { loadArticles } from '../../ingest/load.js';
import { factsFromDocs } from '../../pipeline.js';
import { factsJsonPieces, formatFacts, type FactsFormat } from '../../render/facts-format.js';
import { inputsOf, warnAboutInputs } from '../options.js';
import { delayOptimisation, delayOptimisationFor } from '../compile-budget.js';

/** `quizwire facts`. */
export async function runFacts(argv: Record<string, unknown>): Promise<void> {
  delayOptimisation();
  const progress = createProgress('reading articles', Boolean(argv.quiet));
  let loaded;
  try {
    loaded = loadArticles(inputsOf(argv), { onProgress: progress.update, outputs: argv.out ? [String(argv.out)] : [] });
  } finally {
    progress.done();
  }
  const inputs = loaded.docs.map((d) => d.article.path);
  delayOptimisationFor(loaded.docs);
  const table = factsFromDocs(loaded.docs, loaded.diagnostics);
  // The articles' cleaned texts and sentences are not needed any more: let them go before the output is built.
  loaded = undefined;
  warnAboutInputs(argv, table.diagnostics);
  const format = argv.format as FactsFormat;
  if (format === 'json') {
    if (argv.out) writeFilesAtomically([{ path: String(argv.out), chunks: factsJsonPieces(table) }], { protect: inputs });
    else for (const piece of factsJsonPieces(table)) process.stdout.write(piece);
    return;
  }
  const text = formatFacts(table, format);
  if (argv.out) writeFilesAtomically([{ path: String(argv.out), data: text }], { protect: inputs });
  else process.stdout.write(text);
}
