import { setFlagsFromString } from 'node:v8';
import { createProgress } from '../../io/progress.js';
import { formatWarnings } from '../../io/warnings.js';
import { writeFilesAtomically } from '../../io/write-atomic.js';
import { loadArticles } from '../../ingest/load.js';
import { factsFromDocs } from '../../pipeline.js';
import { factsJsonPieces, formatFacts, type FactsFormat } from '../../render/facts-format.js';
import { inputsOf } from '../options.js';

/**
 * V8's tick budget before it optimises a function, as a multiple of the Node 20 default (66 KB
 * of bytecode). At the default, V8's optimising compiler (on helper threads) took 35-40% of the
 * CPU of a 1-5 MB run: most pipeline functions are only warm in such a run, and optimising
 * them cost more than it saved. Measured on whole-process CPU: 4x saves 5-25% from 1 to 20 MB;
 * 8x saves 15-40% up to 5 MB but costs on 20 MB. It changes when code is compiled, never what
 * it computes.
 */
const optimizeBudgetFlag = (times: number) => `--interrupt-budget=${times * 67584}`;
/** Inputs up to this many characters of articles take the larger budget. */
const SMALL_INPUT_CHARS = 8 * 1024 * 1024;

/** `quizwire facts`. */
export async function runFacts(argv: Record<string, unknown>): Promise<void> {
  setFlagsFromString(optimizeBudgetFlag(4));
  const progress = createProgress('reading articles', Boolean(argv.quiet));
  let loaded;
  try {
    loaded = loadArticles(inputsOf(argv), { onProgress: progress.update, outputs: argv.out ? [String(argv.out)] : [] });
  } finally {
    progress.done();
  }
  const inputs = loaded.docs.map((d) => d.article.path);
  if (loaded.docs.reduce((n, d) => n + d.raw.length, 0) <= SMALL_INPUT_CHARS) setFlagsFromString(optimizeBudgetFlag(8));
  const table = factsFromDocs(loaded.docs, loaded.diagnostics);
  // The articles' cleaned texts and sentences are not needed any more: let them go before the output is built.
  loaded = undefined;
  if (!argv.quiet) process.stderr.write(formatWarnings(table.diagnostics));
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
