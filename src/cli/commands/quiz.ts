import type { Argv, CommandModule } from 'yargs';

import { loadArticles } from '../../ingest/load.js';
import { factsFromDocs } from '../../pipeline.js';
import { QuizwireError } from '../../errors.js';
import { FactTable } from '../../schema/index.js';
import { readFileSync } from 'node:fs';
import type { OutputFile } from '../../io/write-atomic.js';
import { writeFilesAtomically } from '../../io/write-atomic.js';
import { checkCount, generateQuiz, parseKinds } from '../../questions/index.js';
import { formatRenderers, rendererFor } from '../../render/formats.js';
import type { QuizSet, RenderContext } from '../../render/registry.js';
import { inputsOf, withInputs, withOutDir, withQuiet, withSeed } from '../options.js';

/** The formats a quiz is written in when --format is not given (those registered). */
export const DEFAULT_QUIZ_FORMATS = ['md', 'html', 'json', 'pdf'];

export function parseFormats(value: unknown): string[] {
  const available = formatRenderers.map((r) => r.format);
  if (value === undefined || value === null || value === '') return DEFAULT_QUIZ_FORMATS.filter((f) => available.includes(f));
  const asked = String(value).split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  for (const f of asked) if (!rendererFor(f)) throw new QuizwireError(`unknown format "${f}"; available: ${available.join(', ')}.`);
  return [...new Set(asked)];
}

export function parseCountOption(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) throw new QuizwireError(`--count must be a whole number of at least 1 (got ${String(value)}).`);
  return checkCount(n);
}

export function parseKindsOption(value: unknown): string[] | undefined {
  if (value === undefined || value === '') return undefined;
  const kinds = String(value).split(',').map((s) => s.trim()).filter(Boolean);
  parseKinds(kinds);
  return kinds;
}

function readFactTable(path: string): FactTable {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new QuizwireError(`${path}: cannot read the fact table (${e instanceof SyntaxError ? 'not JSON' : ((e as NodeJS.ErrnoException).code ?? 'error')}); give a file written by quizwire facts.`);
  }
  const parsed = FactTable.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new QuizwireError(`${path}: not a quizwire fact table (${issue?.path.join('.') || 'format'}: ${issue?.message ?? 'invalid'}).`);
  }
  return parsed.data;
}

/**
 * Articles -> fact table, keeping each file's decoded text so questions can quote it. With a saved
 * (perhaps hand-corrected) fact table, the texts are read from the article paths it names.
 */
export function tableWithTexts(inputs: string[], factsFile?: string): { table: FactTable; texts?: Record<string, string> } {
  if (factsFile !== undefined) return { table: readFactTable(factsFile) };
  const { docs, diagnostics } = loadArticles(inputs);
  const table = factsFromDocs(docs, diagnostics);
  return { table, texts: Object.fromEntries(docs.map((d) => [d.article.id, d.raw])) };
}

export async function renderSet(set: QuizSet, formats: string[], ctx: RenderContext): Promise<OutputFile[]> {
  const files: OutputFile[] = [];
  for (const f of formats) files.push(...(await rendererFor(f)!.render(set, ctx)));
  return files;
}

export function withQuizOptions<T>(y: Argv<T>) {
  return y
    .option('count', { type: 'number', describe: 'how many questions (fewer when the facts allow fewer)', default: 10 })
    .option('kinds', { type: 'string', describe: 'question kinds, comma-separated (who-said,said-what,number,date,role,true-false,timeline,quote-cloze)' })
    .option('format', { type: 'string', describe: 'output formats, comma-separated (md,html,json,pdf)' })
    .option('templates', { type: 'string', describe: 'folder with your own templates (same layout as templates/)' })
    .option('title', { type: 'string', describe: 'title printed on the sheets', default: 'Quiz' })
    .option('facts', { type: 'string', describe: 'use a saved fact table (quizwire facts) instead of reading articles' })
    .option('paper', { choices: ['a4', 'letter'] as const, default: 'a4' as const, describe: 'PDF paper size' });
}

export function say(argv: Record<string, unknown>, message: string): void {
  if (!argv.quiet) process.stderr.write(`quizwire: ${message}\n`);
}

export const quizCommand: CommandModule = {
  command: 'quiz [inputs..]',
  describe: 'a seeded quiz with answer key (Markdown, JSON, PDF) from articles',
  builder: (y) => withQuiet(withQuizOptions(withOutDir(withSeed(withInputs(y))))),
  handler: async (argv) => {
    const count = parseCountOption(argv.count);
    const kinds = parseKindsOption(argv.kinds);
    const formats = parseFormats(argv.format);
    const out = String(argv.out);
    const templatesDir = argv.templates === undefined ? undefined : String(argv.templates);
    const { table, texts } = tableWithTexts(inputsOf(argv), argv.facts === undefined ? undefined : String(argv.facts));
    const quiz = generateQuiz(table, { seed: String(argv.seed), count, kinds, templatesDir, texts, title: String(argv.title) });
    const files = await renderSet({ quizzes: [quiz] }, formats, { outDir: out, templatesDir, paper: argv.paper as RenderContext['paper'] });
    writeFilesAtomically(files);
    say(argv, `wrote ${quiz.questions.length} question${quiz.questions.length === 1 ? "" : "s"} (seed "${quiz.seed}", version ${quiz.versionCode}) to ${files.map((f) => f.path).join(', ')}`);
    for (const note of quiz.notes ?? []) say(argv, `note: ${note}`);
  },
};

