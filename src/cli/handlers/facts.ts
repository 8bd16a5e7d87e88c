import { createProgress } from '../../io/progress.js';
import { formatWarnings } from '../../io/warnings.js';
import { writeFilesAtomically } from '../../io/write-atomic.js';
import { loadArticles } from '../../ingest/load.js';
import { factsFromDocs } from '../../pipeline.js';
import { formatFacts, type FactsFormat } from '../../render/facts-format.js';
import { inputsOf } from '../options.js';

/** `quizwire facts`. */
export async function runFacts(argv: Record<string, unknown>): Promise<void> {
  const progress = createProgress('reading articles', Boolean(argv.quiet));
  let loaded;
  try {
    loaded = loadArticles(inputsOf(argv), { onProgress: progress.update });
  } finally {
    progress.done();
  }
  const table = factsFromDocs(loaded.docs, loaded.diagnostics);
  if (!argv.quiet) process.stderr.write(formatWarnings(table.diagnostics));
  const text = formatFacts(table, argv.format as FactsFormat);
  if (argv.out) writeFilesAtomically([{ path: String(argv.out), data: text }], { protect: loaded.docs.map((d) => d.article.path) });
  else process.stdout.write(text);
}
