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
