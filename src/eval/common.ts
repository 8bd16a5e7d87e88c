import { readFileSync } from 'node:fs';
import type { Doc } from '../doc.js';
import { makeDoc } from '../ingest/load.js';

/** One JSON record per non-blank line; the first `limit` when given. */
export function readJsonl<T>(path: string, limit?: number): T[] {
  const records = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
  return limit ? records.slice(0, limit) : records;
}

/** An eval record as a Doc, read the way a user's article is, dated by the record when it has a date. */
export function evalDoc(text: string, id: string, published?: string): Doc {
  const doc = makeDoc(text, `eval/${id}.txt`, id, []);
  if (published) {
    doc.article.published = published;
    doc.article.publishedFrom = 'metadata';
  }
  return doc;
}

/** Error lines grouped by cause, printed largest group first (`npm run eval -- --errors`). */
export class ErrorGroups {
  private readonly groups = new Map<string, string[]>();

  note(cause: string, line: string): void {
    const list = this.groups.get(cause) ?? [];
    list.push(line);
    this.groups.set(cause, list);
  }

  lines(bullet = ''): string[] {
    const out: string[] = [];
    for (const [cause, lines] of [...this.groups].sort((a, b) => b[1].length - a[1].length)) {
      out.push(`### ${cause} (${lines.length})`, ...lines.map((l) => `${bullet}${l}`), '');
    }
    return out;
  }
}
