import { closeSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { QuizwireError } from '../errors.js';

export interface OutputFile {
  path: string;
  data: string | Uint8Array;
}

/** A large output written piece by piece, so that it never has to be in memory whole. */
export interface ChunkedOutputFile {
  path: string;
  chunks: Iterable<string>;
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

function checkTargets(files: Array<OutputFile | ChunkedOutputFile>, options: WriteOptions): void {
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

function writeChunks(path: string, chunks: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    for (const chunk of chunks) writeSync(fd, chunk, null, 'utf8');
  } finally {
    closeSync(fd);
  }
}

let sequence = 0;

/**
 * Write all files or none: each goes to a temporary file beside its target first, and only when
 * every one was written are they renamed into place. A failure removes every temporary file, so
 * a crash never leaves half a PDF or a stray `.tmp`.
 */
export function writeFilesAtomically(files: Array<OutputFile | ChunkedOutputFile>, options: WriteOptions = {}): void {
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
      if ('chunks' in f) writeChunks(tmp, f.chunks);
      else writeFileSync(tmp, f.data);
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
