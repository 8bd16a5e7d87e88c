// Benchmark: a 30-student class set of 10 questions with PDFs (class.pdf + answer-key.pdf).
// `npm run build && node bench/quiz-class.js`: runs the real command; reports wall time and the
// command's CPU time (user + sys), which does not depend on how busy the machine is.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = 3;
const command = ['bin/quizwire.js', 'class', '--facts', 'tests/fixtures/questions/fact-table.json', '--students', '30', '--count', '10', '--seed', 'bench', '--quiet'];

function seconds(clock) {
  const m = clock.match(/(\d+)m([\d.]+)s/);
  return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const vary of ['order', 'questions']) {
  const walls = [];
  const cpus = [];
  for (let i = 0; i < RUNS; i++) {
    const out = mkdtempSync(join(tmpdir(), 'quizwire-bench-'));
    const argv = [process.execPath, ...command, '--vary', vary, '--out', out].map((a) => `'${a}'`).join(' ');
    const t = performance.now();
    // bash's `times` prints the children's user and sys time on its second line.
    const r = spawnSync('bash', ['-c', `${argv} && times`], { encoding: 'utf8' });
    walls.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`class run failed: ${r.stderr}`);
    const [user, sys] = r.stdout.trim().split('\n').at(-1).split(/\s+/).map(seconds);
    cpus.push((user + sys) * 1000);
    rmSync(out, { recursive: true, force: true });
  }
  console.log(`quiz class set, 30 students x 10 questions + PDFs, vary ${vary}: median ${median(walls).toFixed(0)} ms wall, ${median(cpus).toFixed(0)} ms CPU (${RUNS} runs)`);
}
