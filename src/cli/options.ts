import type { Argv } from 'yargs';

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
