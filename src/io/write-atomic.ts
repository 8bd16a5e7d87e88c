import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { QuizwireError } from '../errors.js';

export interface OutputFile {
  path: string;
  data: string | Uint8Array;
}

function ensureDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new QuizwireError(`${dir}: cannot create the output folder (${(e as NodeJS.ErrnoException).code ?? 'error'}); choose another --out.`);
  }
}

/**
 * Write all files or none: each goes to a temporary file beside its target first, and only when
 * every one was written are they renamed into place. A crash never leaves half a PDF.
 */
export function writeFilesAtomically(files: OutputFile[]): void {
  const temps: Array<{ tmp: string; path: string }> = [];
  try {
    for (const f of files) {
      ensureDir(dirname(f.path));
      const tmp = join(dirname(f.path), `.${basename(f.path)}.${process.pid}.tmp`);
      temps.push({ tmp, path: f.path });
      writeFileSync(tmp, f.data);
    }
  } catch (e) {
    for (const t of temps) rmSync(t.tmp, { force: true });
    if (e instanceof QuizwireError) throw e;
    const err = e as NodeJS.ErrnoException;
    throw new QuizwireError(`${err.path ?? dirname(files[0]?.path ?? '.')}: cannot write output (${err.code ?? 'error'}); choose a writable --out.`);
  }
  for (const t of temps) renameSync(t.tmp, t.path);
}
