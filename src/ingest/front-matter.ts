import { isIsoDate } from '../schema/iso-date.js';
import { ambiguousDateWarning, dayOrderResolver } from './numeric-date.js';
import { readTimestampDay } from './timestamp.js';

export interface FrontMatter {
  /** Where the body starts (after the closing `---` line); 0 when there is no front matter. */
  bodyStart: number;
  fields: { title?: string; outlet?: string; published?: string; url?: string; author?: string };
  warnings: string[];
}

const KNOWN = new Set(['title', 'outlet', 'published', 'url', 'author']);
/** Keys that give the article's language ("en-GB"), which settles the order of a numeric date. */
const LANGUAGE_KEYS = new Set(['lang', 'language', 'locale']);

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
  /** A `published` value that is no YYYY-MM-DD date, read once every field is known. */
  let written: string | undefined;
  let language: string | undefined;
  for (const line of block.split(/\r?\n/)) {
    const kv = toml ? /^\s*([A-Za-z_][\w-]*)\s*=\s*(.*?)\s*$/.exec(line) : /^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (!kv) continue;
    let key = kv[1].toLowerCase();
    // A list of one or more authors: ["Jo Doe", "Bo Roe"] -> "Jo Doe, Bo Roe".
    let value = /^\[.*\]$/.test(kv[2]) ? kv[2].slice(1, -1).split(',').map((v) => v.trim().replace(/^(["'])(.*)\1$/, '$2')).filter(Boolean).join(', ') : kv[2].replace(/^(["'])(.*)\1$/, '$2');
    if (LANGUAGE_KEYS.has(key)) language ??= value;
    if (!KNOWN.has(key) && ALIASES[key] && !(ALIASES[key] in fields)) key = ALIASES[key];
    if (!KNOWN.has(key) || value === '') continue;
    if (key === 'published') {
      if (!isIsoDate(value.slice(0, 10))) {
        written = value;
        continue;
      }
      value = value.slice(0, 10);
    }
    fields[key as keyof FrontMatter['fields']] = value;
  }
  if (written !== undefined && !fields.published) {
    // "04/05/2026": read in the order the article's other dates, its language or its address show.
    const read = readTimestampDay(written, dayOrderResolver({ text, language, url: fields.url }));
    if (read.day) fields.published = read.day;
    else if (read.ambiguous) warnings.push(ambiguousDateWarning(label, 'front matter published date', written));
    else warnings.push(`${label}: front matter 'published: ${written}' is not a YYYY-MM-DD date; ignored it`);
  }
  return { bodyStart: open[0].length + m.index + m[0].length, fields, warnings };
}
