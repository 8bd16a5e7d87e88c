import { generateQuiz } from '../../questions/index.js';
import { writeFilesAtomically } from '../../io/write-atomic.js';
import type { RenderContext } from '../../render/registry.js';
import { inputsOf, say, warnAboutInputs } from '../options.js';
import { parseCountOption, parseFormats, parseKindsOption, renderSet, tableWithTexts } from '../quiz-support.js';

/** `quizwire quiz`. */
export async function runQuiz(argv: Record<string, unknown>): Promise<void> {
  const count = parseCountOption(argv.count);
  const kinds = parseKindsOption(argv.kinds);
  const formats = parseFormats(argv.format);
  const out = String(argv.out);
  const templatesDir = argv.templates === undefined ? undefined : String(argv.templates);
  const factsFile = argv.facts === undefined ? undefined : String(argv.facts);
  const { table, texts, paths } = tableWithTexts(inputsOf(argv), factsFile, [out]);
  if (factsFile === undefined) warnAboutInputs(argv, table.diagnostics);
  const quiz = generateQuiz(table, { seed: String(argv.seed), count, kinds, templatesDir, texts, title: String(argv.title) });
  const files = await renderSet({ quizzes: [quiz] }, formats, { outDir: out, templatesDir, paper: argv.paper as RenderContext['paper'] });
  writeFilesAtomically(files, { protect: paths });
  say(argv, `wrote ${quiz.questions.length} question${quiz.questions.length === 1 ? "" : "s"} (seed "${quiz.seed}", version ${quiz.versionCode}) to ${files.map((f) => f.path).join(', ')}`);
  for (const note of quiz.notes ?? []) say(argv, `note: ${note}`);
}
