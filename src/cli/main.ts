import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { isQuizwireError } from '../errors.js';
import { version } from '../version.js';
import { factsCommand } from './commands/facts.js';
import { allCommand } from './commands/all.js';
import { briefCommand } from './commands/brief.js';
import { quizCommand } from './commands/quiz.js';
import { classCommand } from './commands/class.js';

function fail(message: string, code: number): never {
  process.stderr.write(`quizwire: ${message}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  await yargs(hideBin(process.argv))
    .scriptName('quizwire')
    .version(version)
    .command(factsCommand)
    .command(allCommand)
    .command(briefCommand)
    .command(quizCommand)
    .command(classCommand)
    .demandCommand(1, 'give a command; see quizwire --help')
    .strict()
    .fail((msg, err) => {
      if (err) throw err;
      fail(`${msg.split('\n')[0]} (see quizwire --help)`, 2);
    })
    .help()
    .parseAsync();
}

// A reader that stops early (`quizwire facts | head`) is no error; other write errors get one line.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  fail(`cannot write to standard output (${err.code ?? 'error'})`, 1);
});

main().catch((err: unknown) => {
  if (isQuizwireError(err)) fail(err.message, err.exitCode);
  if (process.env.QUIZWIRE_DEBUG) console.error(err);
  const message = err instanceof Error ? err.message : String(err);
  fail(`internal error: ${message.split('\n')[0]} (this is a bug; set QUIZWIRE_DEBUG=1 for details)`, 1);
});
