import { isIsoDate } from '../schema/iso-date.js';

export interface FrontMatter {
  /** Where the body starts (after the closing `---` line); 0 when there is no front matter. */
  bodyStart: number;
  fields: { title?: string; outlet?: string; published?: string; url?: string; author?: string };
  warnings: string[];
}

const KNOWN = new Set(['title', 'outlet', 'published', 'url', 'author']);

/** Optional `---` / `key: value` lines / `---` block at the very top of a .txt or .md file. */
export function parseFrontMatter(text: string, label: string): FrontMatter {
  const none: FrontMatter = { bodyStart: 0, fields: {}, warnings: [] };
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!open) return none;
  const close = /^---[ \t]*(\r?\n|$)/m;
  const rest = text.slice(open[0].length);
  const m = close.exec(rest);
  if (!m) return none;
  const block = rest.slice(0, m.index);
  const fields: FrontMatter['fields'] = {};
  const warnings: string[] = [];
  for (const line of block.split(/\r?\n/)) {
    const kv = /^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (!kv) continue;
    const key = kv[1].toLowerCase();
    let value = kv[2].replace(/^(["'])(.*)\1$/, '$2');
    if (!KNOWN.has(key) || value === '') continue;
    if (key === 'published') {
      value = value.slice(0, 10);
      if (!isIsoDate(value)) {
        warnings.push(`${label}: front matter 'published: ${kv[2]}' is not a YYYY-MM-DD date; ignored it`);
        continue;
      }
    }
    fields[key as keyof FrontMatter['fields']] = value;
  }
  return { bodyStart: open[0].length + m.index + m[0].length, fields, warnings };
}
