import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPdf } from './pdf-text.js';

const run = (...args: string[]) => spawnSync(process.execPath, ['bin/quizwire.js', ...args], { encoding: 'utf8' });

describe('quizwire brief', () => {
  it('writes a one-page PDF, the same bytes each time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qw-brief-'));
    const a = run('brief', 'seeds', '--out', join(dir, 'a.pdf'), '--paper', 'letter');
    const b = run('brief', 'seeds', '--out', join(dir, 'b.pdf'), '--paper', 'letter');
    expect(a.status).toBe(0);
    expect(b.status).toBe(0);
    expect(a.stderr).toContain('a.pdf');
    const pdf = readFileSync(join(dir, 'a.pdf'));
    expect(pdf.equals(readFileSync(join(dir, 'b.pdf')))).toBe(true);
    const r = await readPdf(pdf);
    expect(r.pages).toBe(1);
    expect(r.size[0]).toBeCloseTo(612, 1);
    expect(readdirSync(dir).sort()).toEqual(['a.pdf', 'b.pdf']);
  });

  it('accepts --questions with a seed (the quiz generator may have none to give)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qw-brief-'));
    const r = run('brief', 'seeds', '--questions', '2', '--seed', 's1', '--out', join(dir, 'q.pdf'));
    expect(r.status).toBe(0);
    expect(existsSync(join(dir, 'q.pdf'))).toBe(true);
    expect(r.stderr).toMatch(/wrote .*q\.pdf/);
  });

  it('refuses a folder as --out with one line and exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qw-brief-'));
    const r = run('brief', 'seeds', '--out', dir);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([`quizwire: --out ${dir}: is a folder; give a file name such as ${dir}/briefing.pdf.`]);
  });

  for (const [args, message] of [
    [['--paper', 'a5'], '--paper a5: unknown paper size; use a4 or letter.'],
    [['--questions', '9'], '--questions 9: give a whole number from 0 to 5.'],
  ] as const) {
    it(`rejects ${args.join(' ')} with one line and exit 2, writing nothing`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'qw-brief-'));
      const r = run('brief', 'seeds', ...args, '--out', join(dir, 'x.pdf'));
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toEqual([`quizwire: ${message}`]);
      expect(readdirSync(dir)).toEqual([]);
    });
  }
});
