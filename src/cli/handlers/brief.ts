import { statSync } from 'node:fs';
import { loadArticles } from '../../ingest/load.js';
import { factsFromDocs } from '../../pipeline.js';
import { buildBriefing } from '../../brief/index.js';
import { parsePaper, renderBriefingPdf } from '../../render/pdf/briefing.js';
import { generateQuiz } from '../../questions/index.js';
import { writeFilesAtomically } from '../../io/write-atomic.js';
import { QuizwireError } from '../../errors.js';
import { inputsOf, warnAboutInputs } from '../options.js';
import { MAX_BRIEF_QUESTIONS } from '../commands/brief.js';
import { delayOptimisation, delayOptimisationFor } from '../compile-budget.js';

export function parseQuestionCount(value: unknown): number {
  const n = Number(value ?? 0);
  if (!Number.isInteger(n) || n < 0 || n > MAX_BRIEF_QUESTIONS) throw new QuizwireError(`--questions ${String(value)}: give a whole number from 0 to ${MAX_BRIEF_QUESTIONS}.`);
  return n;
}

function parseOutFile(value: unknown): string {
  const out = String(value);
  if (statSync(out, { throwIfNoEntry: false })?.isDirectory()) throw new QuizwireError(`--out ${out}: is a folder; give a file name such as ${out.replace(/\/+$/, '')}/briefing.pdf.`);
  return out;
}

/** `quizwire brief`. */
export async function runBrief(argv: Record<string, unknown>): Promise<void> {
  const paper = parsePaper(argv.paper);
  const count = parseQuestionCount(argv.questions);
  const out = parseOutFile(argv.out);
  delayOptimisation();
  const { docs, diagnostics } = loadArticles(inputsOf(argv), { outputs: [out] });
  delayOptimisationFor(docs);
  const table = factsFromDocs(docs, diagnostics);
  warnAboutInputs(argv, table.diagnostics);
  const quiz = count > 0 ? generateQuiz(table, { seed: String(argv.seed), count }) : undefined;
  const briefing = buildBriefing(table, docs, { quiz, questions: count });
  const pdf = await renderBriefingPdf(briefing, { paper });
  writeFilesAtomically([{ path: out, data: pdf }], { protect: docs.map((d) => d.article.path) });
  if (!argv.quiet) {
    const note = count > 0 && briefing.questions.length === 0 ? ' (no check questions could be made)' : '';
    process.stderr.write(`quizwire: wrote ${out} (${docs.length} article${docs.length === 1 ? '' : 's'}, ${paper})${note}\n`);
  }
}
