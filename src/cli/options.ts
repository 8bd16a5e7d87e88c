import type { Argv } from 'yargs';
import type { Diagnostic } from '../schema/index.js';
import { formatWarnings } from '../io/warnings.js';

/** Shared option wrappers so every command spells its options the same way. */
export function withInputs<T>(y: Argv<T>) {
  return y.positional('inputs', { type: 'string', array: true, describe: 'article files or folders (.txt, .md, .html)', default: ['seeds'] });
}

export function withSeed<T>(y: Argv<T>) {
  return y.option('seed', { type: 'string', describe: 'class seed: same inputs + same seed = same files', default: 'quizwire' });
}

export function withOutDir<T>(y: Argv<T>) {
  return y.option('out', { type: 'string', describe: 'output folder', default: 'out' });
}

export function withQuiet<T>(y: Argv<T>) {
  return y.option('quiet', { type: 'boolean', describe: 'no progress on stderr', default: false });
}

export function inputsOf(argv: Record<string, unknown>): string[] {
  const v = argv.inputs;
  const list = (Array.isArray(v) ? v : v == null ? [] : [v]).map(String);
  return list.length > 0 ? list : ['seeds'];
}

/** What shapes the questions and the sheets; the `all` command takes these and no more. */
export function withQuestionOptions<T>(y: Argv<T>) {
  return y
    .option('count', { type: 'number', describe: 'how many questions (fewer when the facts allow fewer)', default: 10 })
    .option('kinds', { type: 'string', describe: 'question kinds, comma-separated (who-said,said-what,number,date,role,true-false,timeline,quote-cloze)' })
    .option('title', { type: 'string', describe: 'title printed on the sheets', default: 'Quiz' })
    .option('paper', { choices: ['a4', 'letter'] as const, default: 'a4' as const, describe: 'PDF paper size' });
}

export function withQuizOptions<T>(y: Argv<T>) {
  return withQuestionOptions(y)
    .option('format', { type: 'string', describe: 'output formats, comma-separated (md,html,json,pdf; LMS: gift,moodle,qti,qti12,anki)' })
    .option('templates', { type: 'string', describe: 'folder with your own templates (same layout as templates/)' })
    .option('facts', { type: 'string', describe: 'use a saved fact table (quizwire facts) instead of reading articles' });
}

export function say(argv: Record<string, unknown>, message: string): void {
  if (!argv.quiet) process.stderr.write(`quizwire: ${message}\n`);
}

/** Problems with the input files themselves (encoding, language, skipped files), unless --quiet. */
export function warnAboutInputs(argv: Record<string, unknown>, diagnostics: readonly Diagnostic[] | undefined): void {
  if (!argv.quiet) process.stderr.write(formatWarnings(diagnostics));
}
