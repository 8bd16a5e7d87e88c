import { readFileSync } from 'node:fs';
import { loadArticles } from '../ingest/load.js';
import { factsFromDocs } from '../pipeline.js';
import { QuizwireError } from '../errors.js';
import { FactTable } from '../schema/index.js';
import type { OutputFile } from '../io/write-atomic.js';
import { checkCount, parseKinds } from '../questions/index.js';
import { formatRenderers, rendererFor } from '../render/formats.js';
import type { QuizSet, RenderContext } from '../render/registry.js';
import { delayOptimisation, delayOptimisationFor } from './compile-budget.js';

/** What the quiz, class and all commands share; loaded only when one of them runs. */

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
/** The fact table (read from `factsFile`, or built from the articles), the article texts and their paths. */
export function tableWithTexts(
  inputs: string[],
  factsFile?: string,
  outputs: readonly string[] = [],
): { table: FactTable; texts?: Record<string, string>; paths: string[] } {
  if (factsFile !== undefined) return { table: readFactTable(factsFile), paths: [factsFile] };
  delayOptimisation();
  const { docs, diagnostics } = loadArticles(inputs, { outputs });
  delayOptimisationFor(docs);
  const table = factsFromDocs(docs, diagnostics);
  return { table, texts: Object.fromEntries(docs.map((d) => [d.article.id, d.raw])), paths: docs.map((d) => d.article.path) };
}

export async function renderSet(set: QuizSet, formats: string[], ctx: RenderContext): Promise<OutputFile[]> {
  const files: OutputFile[] = [];
  for (const f of formats) files.push(...(await rendererFor(f)!.render(set, ctx)));
  return files;
}
