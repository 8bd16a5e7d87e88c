import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClassManifest, Quiz } from '../../src/schema/index.js';

const run = (...args: string[]) => spawnSync(process.execPath, ['bin/quizwire.js', ...args], { encoding: 'utf8' });
const made: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'quizwire-quiz-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
// The reviewed fact table of the sample articles (kept current by the golden test).
const FACTS = 'tests/fixtures/golden/seeds-facts.json';
const ARTICLES = 'tests/fixtures/questions/articles';

function expectOneLineError(r: ReturnType<typeof run>, pattern: RegExp): void {
  expect(r.status).toBe(2);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
}

describe('quizwire quiz', () => {
  it('writes quiz.json, quiz.md, answer-key.md, quiz.pdf and answer-key.pdf, the same bytes twice', () => {
    const [a, b] = [tmp(), tmp()];
    for (const out of [a, b]) expect(run('quiz', '--facts', FACTS, '--seed', 'cli', '--out', out).status).toBe(0);
    const files = readdirSync(a).sort();
    expect(files).toEqual(expect.arrayContaining(['answer-key.md', 'answer-key.pdf', 'quiz.json', 'quiz.md', 'quiz.pdf']));
    for (const f of files) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
    const quiz = Quiz.parse(JSON.parse(readFileSync(join(a, 'quiz.json'), 'utf8')));
    expect(quiz.questions).toHaveLength(10);
    // Every source maps back to the input file it names.
    for (const q of quiz.questions) for (const s of q.sources) expect(readFileSync(s.path, 'utf8').slice(s.span.start, s.span.end)).toBe(s.text);
  });

  it('reads articles end to end, and another seed gives another quiz', () => {
    const [a, b] = [tmp(), tmp()];
    expect(run('quiz', ARTICLES, '--seed', 'one', '--format', 'json', '--out', a).status).toBe(0);
    expect(run('quiz', ARTICLES, '--seed', 'two', '--format', 'json', '--out', b).status).toBe(0);
    expect(readdirSync(a)).toEqual(['quiz.json']);
    const qa = Quiz.parse(JSON.parse(readFileSync(join(a, 'quiz.json'), 'utf8')));
    expect(qa.seed).toBe('one');
    for (const q of qa.questions) for (const s of q.sources) expect(readFileSync(s.path, 'utf8').slice(s.span.start, s.span.end)).toBe(s.text);
    if (qa.questions.length > 0) expect(readFileSync(join(a, 'quiz.json'), 'utf8')).not.toBe(readFileSync(join(b, 'quiz.json'), 'utf8'));
  });

  it('--count 10000 makes what the facts allow and says so', () => {
    const out = tmp();
    const r = run('quiz', '--facts', FACTS, '--count', '10000', '--format', 'json', '--out', out);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/Only \d+ good questions could be made/);
    const quiz = Quiz.parse(JSON.parse(readFileSync(join(out, 'quiz.json'), 'utf8')));
    expect(quiz.notes?.[0]).toMatch(/10000 asked/);
  });

  it('--kinds limits the kinds', () => {
    const out = tmp();
    expect(run('quiz', '--facts', FACTS, '--kinds', 'who-said,number', '--format', 'json', '--out', out).status).toBe(0);
    const quiz = Quiz.parse(JSON.parse(readFileSync(join(out, 'quiz.json'), 'utf8')));
    expect(new Set(quiz.questions.map((q) => q.kind))).toEqual(new Set(['who-said', 'number']));
  });

  it('bad input: one-line errors with exit code 2', () => {
    expectOneLineError(run('quiz', '--facts', FACTS, '--count', '0'), /--count must be a whole number of at least 1 \(got 0\)/);
    expectOneLineError(run('quiz', '--facts', FACTS, '--count=-1'), /--count must be a whole number of at least 1 \(got -1\)/);
    expectOneLineError(run('quiz', '--facts', FACTS, '--count', 'many'), /--count/);
    expectOneLineError(run('quiz', '--facts', FACTS, '--format', 'md,docx'), /unknown format "docx"; available: md, json, pdf/);
    expectOneLineError(run('quiz', '--facts', FACTS, '--kinds', 'essay'), /unknown question kind "essay"/);
    expectOneLineError(run('quiz', '--facts', 'no/such.json'), /no\/such\.json: cannot read the fact table/);
    expectOneLineError(run('quiz', '--facts', FACTS, '--templates', 'no/such/dir'), /no\/such\/dir: no such template folder/);
  });

  it('an unwritable --out is a one-line error and nothing is written', () => {
    const dir = tmp();
    const blocker = join(dir, 'file');
    writeFileSync(blocker, 'x');
    expectOneLineError(run('quiz', '--facts', FACTS, '--out', join(blocker, 'out')), /cannot (create the output folder|write output)/);
  });

  it('--templates overrides a phrasing; a syntax error names the file and line', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'questions'));
    writeFileSync(join(dir, 'questions', 'who-said.njk'), 'Name the speaker: “{{ quote }}”\n');
    const out = tmp();
    expect(run('quiz', '--facts', FACTS, '--kinds', 'who-said', '--format', 'json', '--templates', dir, '--out', out).status).toBe(0);
    const quiz = Quiz.parse(JSON.parse(readFileSync(join(out, 'quiz.json'), 'utf8')));
    expect(quiz.questions.length).toBeGreaterThan(0);
    for (const q of quiz.questions) expect(q.stem).toMatch(/^Name the speaker: “/);

    writeFileSync(join(dir, 'questions', 'who-said.njk'), 'Line one\n{% if quote %}\nWho said {{ quote }?\n');
    // Checked up front, even when that kind is not asked for.
    const r = run('quiz', '--facts', FACTS, '--kinds', 'number', '--templates', dir, '--out', tmp());
    expectOneLineError(r, /who-said\.njk line \d+: template error/);
  });
});

describe('quizwire all', () => {
  it('adds the quiz and answer key for the sample, the same bytes twice', () => {
    const [a, b] = [tmp(), tmp()];
    for (const out of [a, b]) expect(run('all', 'seeds', '--seed', 'sample', '--out', out).status).toBe(0);
    for (const f of ['quiz.json', 'quiz.md', 'answer-key.md', 'quiz.pdf', 'answer-key.pdf']) {
      expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
    }
    // When the facts allow fewer questions than asked: a note, never filler.
    const quiz = Quiz.parse(JSON.parse(readFileSync(join(a, 'quiz.json'), 'utf8')));
    if (quiz.questions.length < 10) expect(quiz.notes?.[0]).toMatch(/good question/);
    for (const q of quiz.questions) for (const s of q.sources) expect(readFileSync(s.path, 'utf8').slice(s.span.start, s.span.end)).toBe(s.text);
  });

  it('takes --count, --kinds, --title and --paper like quiz does', () => {
    const out = tmp();
    const r = run('all', 'seeds', '--seed', 'sample', '--count', '4', '--kinds', 'who-said,number', '--title', 'Week 3', '--paper', 'letter', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const quiz = Quiz.parse(JSON.parse(readFileSync(join(out, 'quiz.json'), 'utf8')));
    expect(quiz.questions).toHaveLength(4);
    expect(new Set(quiz.questions.map((q) => q.kind))).toEqual(new Set(['who-said', 'number']));
    expect(quiz.title).toBe('Week 3');
    // Letter paper is 612 x 792 points.
    expect(readFileSync(join(out, 'briefing.pdf'), 'latin1')).toContain('/MediaBox [0 0 612 792]');
  });

  it('rejects --count 0 with one line and writes nothing', () => {
    const out = tmp();
    const r = run('all', 'seeds', '--count', '0', '--out', out);
    expectOneLineError(r, /--count/);
    expect(existsSync(join(out, 'facts.json'))).toBe(false);
  });
});

describe('quizwire class', () => {
  it('writes class.pdf, answer-key.pdf, manifest.json and one version per student; --only remakes one the same', () => {
    const out = tmp();
    const r = run('class', '--facts', FACTS, '--seed', 'term1', '--students', '4', '--title', 'Flood quiz', '--out', out);
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['answer-key.pdf', 'class.pdf', 'manifest.json', 'students']);
    const manifest = ClassManifest.parse(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')));
    expect(manifest.students.map((s) => s.id)).toEqual(['s01', 's02', 's03', 's04']);
    expect(manifest.students[1].seed).toBe('term1/student/s02');
    expect(manifest.students[1].files).toContain('students/s02/quiz.json');
    const versions = manifest.students.map((s) => readFileSync(join(out, 'students', s.id, 'quiz.json'), 'utf8'));
    expect(new Set(versions).size).toBe(4);
    // Same questions, each student in their own order.
    const ids = versions.map((v) => (Quiz.parse(JSON.parse(v)).questions.map((q) => q.id).sort().join()));
    expect(new Set(ids).size).toBe(1);

    const again = tmp();
    expect(run('class', '--manifest', join(out, 'manifest.json'), '--only', 's03', '--out', again).status).toBe(0);
    expect(readFileSync(join(again, 'students', 's03', 'quiz.json'), 'utf8')).toBe(versions[2]);
    expect(Quiz.parse(JSON.parse(versions[2])).title).toBe('Flood quiz: Student 3');
    expect(readdirSync(join(again, 'students', 's03')).sort()).toEqual(['answer-key.md', 'answer-key.pdf', 'quiz.html', 'quiz.json', 'quiz.md', 'quiz.pdf']);
  });

  it('--vary questions gives each student a different draw', () => {
    const out = tmp();
    expect(run('class', '--facts', FACTS, '--seed', 'term1', '--students', '3', '--vary', 'questions', '--format', 'json', '--out', out).status).toBe(0);
    const sets = ['s01', 's02', 's03'].map((id) => Quiz.parse(JSON.parse(readFileSync(join(out, 'students', id, 'quiz.json'), 'utf8'))).questions.map((q) => q.facts.join('+')).sort().join());
    expect(new Set(sets).size).toBeGreaterThan(1);
  });

  it('a roster names the sheets; duplicate names both get a sheet; an empty roster is an error', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'roster.csv'), 'name\nAda Moss\n"Kim, Lee"\nAda Moss\n');
    const out = tmp();
    const r = run('class', '--facts', FACTS, '--roster', join(dir, 'roster.csv'), '--format', 'json', '--out', out);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/"Ada Moss" appears 2 times/);
    const manifest = ClassManifest.parse(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')));
    expect(manifest.students.map((s) => [s.id, s.name])).toEqual([
      ['ada-moss', 'Ada Moss'],
      ['kim-lee', 'Kim, Lee'],
      ['ada-moss-2', 'Ada Moss (2)'],
    ]);
    writeFileSync(join(dir, 'empty.csv'), 'name\n\n');
    expectOneLineError(run('class', '--facts', FACTS, '--roster', join(dir, 'empty.csv'), '--out', tmp()), /empty\.csv: the roster has no students/);
    expectOneLineError(run('class', '--facts', FACTS, '--out', tmp()), /--students N or --roster/);
    expectOneLineError(run('class', '--facts', FACTS, '--students', '0', '--out', tmp()), /--students must be a whole number/);
    expectOneLineError(run('class', '--facts', FACTS, '--students', '2', '--only', 'nobody', '--out', tmp()), /no student "nobody"/);
  });
});
