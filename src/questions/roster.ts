import { readFileSync } from 'node:fs';
import { QuizwireError } from '../errors.js';
import type { Student } from './class-set.js';

export const MAX_STUDENTS = 1000;

function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',' || c === ';' || c === '\t') row.push(cell), (cell = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      (row = []), (cell = '');
    } else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows.map((r) => r.map((c) => c.trim())).filter((r) => r.some((c) => c.length > 0));
}

function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'student'
  );
}

/** Students numbered s01, s02, ... */
export function numberedStudents(n: number): Student[] {
  if (!Number.isInteger(n) || n < 1 || n > MAX_STUDENTS) throw new QuizwireError(`--students must be a whole number from 1 to ${MAX_STUDENTS} (got ${n}).`);
  const width = Math.max(2, String(n).length);
  return Array.from({ length: n }, (_, i) => {
    const id = `s${String(i + 1).padStart(width, '0')}`;
    return { id, name: `Student ${i + 1}` };
  });
}

/**
 * A roster CSV: one student per row, the name in the first column, an optional id in the second;
 * a header row (name, id) is skipped. Two students with the same name both get a sheet: the
 * second is shown as "Name (2)" with its own id, and a warning says so, because a real class can
 * have two students of one name and dropping one would leave a child without a quiz.
 */
export function readRoster(path: string): { students: Student[]; warnings: string[] } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new QuizwireError(`${path}: cannot read the roster (${(e as NodeJS.ErrnoException).code ?? 'error'}); give a CSV file with one student name per row.`);
  }
  let rows = csvRows(text);
  if (rows.length > 0 && /^(name|student|students|student name|full name)$/i.test(rows[0][0])) rows = rows.slice(1);
  rows = rows.filter((r) => r[0]);
  if (rows.length === 0) throw new QuizwireError(`${path}: the roster has no students; give one student name per row.`);
  if (rows.length > MAX_STUDENTS) throw new QuizwireError(`${path}: the roster has ${rows.length} students; at most ${MAX_STUDENTS}.`);
  const warnings: string[] = [];
  const usedIds = new Set<string>();
  const nameCount = new Map<string, number>();
  const students = rows.map(([rawName, rawId]) => {
    const key = rawName.toLowerCase();
    const n = (nameCount.get(key) ?? 0) + 1;
    nameCount.set(key, n);
    const name = n > 1 ? `${rawName} (${n})` : rawName;
    if (n > 1) warnings.push(`${path}: "${rawName}" appears ${n} times; the sheet is labelled "${name}".`);
    let id = rawId ? slug(rawId) : slug(name);
    if (rawId && usedIds.has(id)) throw new QuizwireError(`${path}: student id "${rawId}" is used twice; ids must be unique.`);
    for (let k = 2; usedIds.has(id); k++) id = `${slug(name)}-${k}`;
    usedIds.add(id);
    return { id, name };
  });
  return { students, warnings };
}
