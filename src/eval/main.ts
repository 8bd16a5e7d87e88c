import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageRoot } from '../version.js';
import type { EvalOptions, EvalRow, EvalSection } from './types.js';
import { quotesEval } from './quotes.js';
import { timexEval } from './timex.js';
import { numbersEval } from './numbers.js';
import { peopleEval } from './people.js';
import { unseen2Eval, unseen3Eval, unseen4Eval, unseen5Eval, unseenEval } from './unseen.js';

/** Every scored task, in the order they are printed. */
const sections: EvalSection[] = [quotesEval, timexEval, numbersEval, peopleEval, unseenEval, unseen2Eval, unseen3Eval, unseen4Eval, unseen5Eval];
/** Sections that read the shared eval data (the unseen sets read their own fixtures). */
const needsData = (name: string) => !name.startsWith('unseen');

function parseArgs(argv: string[]): EvalOptions & { only: string[] } {
  const opts: EvalOptions & { only: string[] } = { dataDir: join(packageRoot, '..', 'shared', 'eval'), errors: false, split: 'dev', only: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--errors') opts.errors = true;
    else if (a === '--data') opts.dataDir = resolve(argv[++i]);
    else if (a === '--limit') opts.limit = Number(argv[++i]);
    else if (a === '--split') opts.split = argv[++i] === 'train' ? 'train' : 'dev';
    else if (a === '--only') opts.only.push(...argv[++i].split(','));
    else {
      process.stderr.write(`eval: unknown option ${a}; options: --errors --data DIR --limit N --split dev|train --only quotes,timex,numbers,people,unseen,unseen2,unseen3,unseen4,unseen5\n`);
      process.exit(2);
    }
  }
  return opts;
}

function pct(v: number | null): string {
  return v == null ? '   -  ' : (v * 100).toFixed(1).padStart(6);
}

function printTable(rows: EvalRow[]): void {
  const w1 = Math.max(4, ...rows.map((r) => r.task.length));
  const w2 = Math.max(6, ...rows.map((r) => r.metric.length));
  console.log(`${'task'.padEnd(w1)}  ${'metric'.padEnd(w2)}  ${'value'.padStart(6)}  ${'target'.padStart(6)}  detail`);
  console.log(`${'-'.repeat(w1)}  ${'-'.repeat(w2)}  ------  ------  ------`);
  for (const r of rows) console.log(`${r.task.padEnd(w1)}  ${r.metric.padEnd(w2)}  ${pct(r.value)}  ${r.target == null ? '      ' : pct(r.target)}  ${r.detail ?? ''}`);
}

const opts = parseArgs(process.argv.slice(2));
if (!existsSync(opts.dataDir) && sections.some((s) => needsData(s.name) && (!opts.only.length || opts.only.includes(s.name)))) {
  process.stderr.write(`eval: ${opts.dataDir} not found; pass --data DIR (the folder with quotes/, timex/, numbers/)\n`);
  process.exit(2);
}
const rows: EvalRow[] = [];
for (const section of sections) {
  if (opts.only.length && !opts.only.includes(section.name)) continue;
  const t0 = performance.now();
  const result = section.run(opts);
  rows.push(...result.rows);
  if (opts.errors && result.errors.length) {
    console.log(`\n## ${section.name}: errors\n`);
    for (const e of result.errors) console.log(e);
  }
  process.stderr.write(`eval: ${section.name} in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}
console.log('');
printTable(rows);
