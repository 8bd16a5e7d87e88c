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

// Scale: the hand-made table copied into 300 articles (~9,000 facts, ~3,300 quotes), one quiz.
{
  const { readFileSync } = await import('node:fs');
  const { generateQuiz } = await import('../dist/questions/index.js');
  const base = JSON.parse(readFileSync('tests/fixtures/questions/fact-table.json', 'utf8'));
  const COPIES = 300;
  const table = { schemaVersion: 1, articles: [], entities: [], facts: [] };
  for (let c = 0; c < COPIES; c++) {
    const id = (s) => `${s}~${c}`;
    table.articles.push(...base.articles.map((a) => ({ ...a, id: id(a.id) })));
    table.entities.push(...base.entities.map((e) => ({ ...e, id: id(e.id), name: `${e.name} ${c}`, aliases: [], articles: e.articles.map(id) })));
    table.facts.push(...base.facts.map((f) => {
      const g = { ...f, id: id(f.id), article: id(f.article), corroboratedBy: f.corroboratedBy.map(id) };
      if (f.kind === 'quote') g.speaker = { ...f.speaker, entity: id(f.speaker.entity ?? 'none'), name: f.speaker.name && `${f.speaker.name} ${c}` };
      if (f.kind === 'role') Object.assign(g, { entity: id(f.entity), name: `${f.name} ${c}` });
      if (f.kind === 'number' && f.source) g.source = { ...f.source, entity: id(f.source.entity), name: `${f.source.name} ${c}` };
      return g;
    }));
  }
  const texts = (article) => readFileSync(article.path, 'utf8');
  const before = process.cpuUsage();
  const quiz = generateQuiz(table, { seed: 'scale', count: 50, texts });
  const cpu = process.cpuUsage(before);
  console.log(`quiz from ${table.facts.length} facts in ${table.articles.length} articles: ${quiz.questions.length} questions in ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU`);
}
