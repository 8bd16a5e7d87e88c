import { isIsoDate } from '../schema/iso-date.js';

export interface FrontMatter {
  /** Where the body starts (after the closing `---` line); 0 when there is no front matter. */
  bodyStart: number;
  fields: { title?: string; outlet?: string; published?: string; url?: string; author?: string };
  warnings: string[];
}

const KNOWN = new Set(['title', 'outlet', 'published', 'url', 'author']);

/** Names static-site generators use for the known fields (Hugo, Jekyll: `date`, `authors`). */
const ALIASES: Record<string, string> = { date: 'published', authors: 'author' };

/**
 * Optional front matter at the very top of a .txt or .md file: YAML between `---` lines
 * (`key: value`) or TOML between `+++` lines (`key = "value"`).
 */
export function parseFrontMatter(text: string, label: string): FrontMatter {
  const none: FrontMatter = { bodyStart: 0, fields: {}, warnings: [] };
  const open = /^\uFEFF?(---|\+\+\+)[ \t]*\r?\n/.exec(text);
  if (!open) return none;
  const toml = open[1] === '+++';
  const close = toml ? /^\+\+\+[ \t]*(\r?\n|$)/m : /^---[ \t]*(\r?\n|$)/m;
  const rest = text.slice(open[0].length);
  const m = close.exec(rest);
  if (!m) return none;
  const block = rest.slice(0, m.index);
  const fields: FrontMatter['fields'] = {};
  const warnings: string[] = [];
  for (const line of block.split(/\r?\n/)) {
    const kv = toml ? /^\s*([A-Za-z_][\w-]*)\s*=\s*(.*?)\s*$/.exec(line) : /^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (!kv) continue;
    let key = kv[1].toLowerCase();
    // A list of one or more authors: ["Jo Doe", "Bo Roe"] -> "Jo Doe, Bo Roe".
    let value = /^\[.*\]$/.test(kv[2]) ? kv[2].slice(1, -1).split(',').map((v) => v.trim().replace(/^(["'])(.*)\1$/, '$2')).filter(Boolean).join(', ') : kv[2].replace(/^(["'])(.*)\1$/, '$2');
    if (!KNOWN.has(key) && ALIASES[key] && !(ALIASES[key] in fields)) key = ALIASES[key];
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
