import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFilesAtomically } from '../../src/io/write-atomic.js';
import { createProgress } from '../../src/io/progress.js';
import { formatWarnings } from '../../src/io/warnings.js';
import { QuizwireError } from '../../src/errors.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'quizwire-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const listAll = (d: string): string[] => readdirSync(d, { recursive: true, encoding: 'utf8' }).sort();

describe('writeFilesAtomically', () => {
  it('writes every file, creating folders, with no temporary file left', () => {
    writeFilesAtomically([
      { path: join(dir, 'a.txt'), data: 'one' },
      { path: join(dir, 'sub', 'b.bin'), data: new Uint8Array([1, 2, 3]) },
    ]);
    expect(listAll(dir)).toEqual(['a.txt', 'sub', join('sub', 'b.bin')]);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('one');
  });

  it('writes nothing when a later file fails, and removes the temporary files', () => {
    writeFileSync(join(dir, 'blocker'), 'x');
    writeFileSync(join(dir, 'a.txt'), 'old');
    const attempt = () =>
      writeFilesAtomically([
        { path: join(dir, 'a.txt'), data: 'new' },
        { path: join(dir, 'blocker', 'b.txt'), data: 'never' },
      ]);
    expect(attempt).toThrow(QuizwireError);
    expect(attempt).toThrow(/blocker: cannot create the output folder/);
    expect(listAll(dir)).toEqual(['a.txt', 'blocker']);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('old');
  });

  it('refuses to overwrite a protected input', () => {
    const input = join(dir, 'in.txt');
    writeFileSync(input, 'article');
    expect(() => writeFilesAtomically([{ path: input, data: 'x' }], { protect: [input] })).toThrow(/is one of the input articles/);
    expect(readFileSync(input, 'utf8')).toBe('article');
  });
});

describe('createProgress', () => {
  const stream = (isTTY: boolean) => {
    const chunks: string[] = [];
    return { isTTY, chunks, write: (c: string) => chunks.push(c) };
  };

  it('draws on a terminal for long runs and clears the line at the end', () => {
    const s = stream(true);
    const p = createProgress('reading', false, s);
    for (let i = 1; i <= 200; i++) p.update(i, 200);
    p.done();
    expect(s.chunks).toHaveLength(102);
    expect(s.chunks[0]).toBe('\rreading 1/200 (0%)');
    expect(s.chunks.at(-2)).toBe('\rreading 200/200 (100%)');
    expect(s.chunks.at(-1)).toBe('\r\x1b[2K');
  });

  it.each([
    ['not a terminal', false, false, 200],
    ['--quiet', true, true, 200],
    ['a short run', true, false, 10],
  ])('stays silent for %s', (_name, isTTY, quiet, total) => {
    const s = stream(isTTY);
    const p = createProgress('reading', quiet, s);
    for (let i = 1; i <= total; i++) p.update(i, total);
    p.done();
    expect(s.chunks).toEqual([]);
  });
});

describe('formatWarnings', () => {
  it('prints input problems one per line and leaves boilerplate removal out', () => {
    const text = formatWarnings([
      { rule: 'decode', message: 'a.txt: read as Windows-1252' },
      { rule: 'clean/promo', message: 'removed as boilerplate' },
      { rule: 'language', message: 'b.txt: does not\nlook like English' },
    ]);
    expect(text).toBe('quizwire: warning: a.txt: read as Windows-1252\nquizwire: warning: b.txt: does not look like English\n');
  });
});
