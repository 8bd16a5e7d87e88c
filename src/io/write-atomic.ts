import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { QuizwireError } from '../errors.js';

export interface OutputFile {
  path: string;
  data: string | Uint8Array;
}

export interface WriteOptions {
  /** Files that must never be overwritten, typically the input articles. */
  protect?: readonly string[];
}

function ensureDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new QuizwireError(`${dir}: cannot create the output folder (${(e as NodeJS.ErrnoException).code ?? 'error'}); choose another --out.`);
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // missing, or under a file: the write itself reports that
  }
}

function checkTargets(files: OutputFile[], options: WriteOptions): void {
  const inputs = new Set((options.protect ?? []).map((p) => resolve(p)));
  for (const f of files) {
    if (inputs.has(resolve(f.path))) throw new QuizwireError(`${f.path}: is one of the input articles; choose another --out.`);
    if (isDirectory(f.path) || /[\\/]$/.test(f.path)) throw new QuizwireError(`${f.path}: is a folder; give a file path for the output.`);
  }
}

function cannotWrite(e: unknown, target: string): QuizwireError {
  if (e instanceof QuizwireError) return e;
  return new QuizwireError(`${target}: cannot write output (${(e as NodeJS.ErrnoException).code ?? 'error'}); choose a writable --out.`);
}

let sequence = 0;

/**
 * Write all files or none: each goes to a temporary file beside its target first, and only when
 * every one was written are they renamed into place. A failure removes every temporary file, so
 * a crash never leaves half a PDF or a stray `.tmp`.
 */
export function writeFilesAtomically(files: OutputFile[], options: WriteOptions = {}): void {
  checkTargets(files, options);
  const temps: Array<{ tmp: string; path: string }> = [];
  let current = files[0]?.path ?? '.';
  const removeTemps = () => {
    for (const t of temps) rmSync(t.tmp, { force: true });
  };
  try {
    for (const f of files) {
      current = f.path;
      ensureDir(dirname(f.path));
      const tmp = join(dirname(f.path), `.${basename(f.path)}.${process.pid}-${sequence++}.tmp`);
      temps.push({ tmp, path: f.path });
      writeFileSync(tmp, f.data);
    }
  } catch (e) {
    removeTemps();
    throw cannotWrite(e, current);
  }
  try {
    for (const t of temps) {
      current = t.path;
      renameSync(t.tmp, t.path);
    }
  } catch (e) {
    removeTemps();
    throw cannotWrite(e, current);
  }
}
