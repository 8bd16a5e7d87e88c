import nunjucks from 'nunjucks';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { packageRoot } from '../version.js';
import { QuizwireError } from '../errors.js';
import { type Rng, randomInt } from './random.js';

export const BUNDLED_TEMPLATES = join(packageRoot, 'templates');

/**
 * Question wording from nunjucks templates. A phrasing template renders to one phrasing per line
 * (blank lines ignored); the seed picks the line, so a user adds a variant by adding a line.
 * `--templates DIR` files (same layout as templates/) win over the bundled ones.
 */
export interface Phrasebook {
  pick(name: string, context: object, rng: Rng): string;
  /** Every phrasing of a template, for picking the same line twice (true/false pairs). */
  lines(name: string, context: object): string[];
  render(name: string, context: object): string;
}

const environments = new Map<string, nunjucks.Environment>();

/** Markdown-safe text; a run of underscores stays as written, it is a blank to fill in. */
export function escapeMarkdown(s: unknown): string {
  return String(s ?? '')
    .replace(/[\\`*[\]<>|]/g, (c) => `\\${c}`)
    .replace(/(^|[^_])_(?!_)/g, '$1\\_')
    .replace(/^([#+-]|\d+\.)(?=\s)/, '\\$1');
}

function environment(userDir: string | undefined): nunjucks.Environment {
  const key = userDir ?? '';
  let env = environments.get(key);
  if (!env) {
    const paths = userDir ? [userDir, BUNDLED_TEMPLATES] : [BUNDLED_TEMPLATES];
    env = new nunjucks.Environment(new nunjucks.FileSystemLoader(paths), { autoescape: false, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });
    // nunjucks' own capitalize lower-cases the rest ("The velden herald"); names must keep their case.
    env.addFilter('capitalize', (s: unknown) => (typeof s === 'string' && s ? s[0].toUpperCase() + s.slice(1) : s));
    env.addFilter('md', escapeMarkdown);
    env.addFilter('letter', (i: number) => String.fromCharCode(65 + i));
    environments.set(key, env);
  }
  return env;
}

/** nunjucks says "(file) [Line 3, Column 9]\n  Error: ..."; the user needs one line naming both. */
export function templateError(e: unknown, name: string, userDir?: string): QuizwireError {
  const message = e instanceof Error ? e.message : String(e);
  const file = message.match(/\(([^)]+\.njk)\)/)?.[1] ?? name;
  const shown = userDir && file.startsWith(userDir) ? file : relative(process.cwd(), file) || file;
  const line = message.match(/\[Line (\d+)(?:, Column (\d+))?\]/);
  const detail = message
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^\(.*\)(\s*\[Line.*\])?$/.test(l) && !/^Template render error/.test(l))
    .join(' ')
    .replace(/^(?:Error|Template render error):\s*/, '');
  if (!line && /end of file/i.test(detail)) {
    const opened = unclosedBlock(readIfFile(file));
    if (opened) return new QuizwireError(`${shown} line ${opened.line}: template error: {% ${opened.tag} %} is never closed (no {% end${opened.tag} %} before the end of the file); fix the template.`);
  }
  return new QuizwireError(`${shown}${line ? ` line ${line[1]}` : ''}: template error: ${detail || 'cannot render'}; fix the template.`);
}

function readIfFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

const BLOCK_TAGS = new Set(['if', 'for', 'asyncEach', 'asyncAll', 'macro', 'call', 'filter', 'block', 'raw', 'verbatim', 'set']);

/**
 * nunjucks reports a block left open only as "unexpected end of file", with no line. The innermost
 * opening tag without its end tag is where the teacher has to look.
 */
export function unclosedBlock(source: string): { tag: string; line: number } | undefined {
  const open: { tag: string; line: number }[] = [];
  const tags = /\{#[\s\S]*?#\}|\{%-?\s*(\w+)([\s\S]*?)-?%\}/g;
  for (let m = tags.exec(source); m; m = tags.exec(source)) {
    const word = m[1];
    if (!word) continue;
    const inRaw = open.length > 0 && (open[open.length - 1].tag === 'raw' || open[open.length - 1].tag === 'verbatim');
    if (inRaw && word !== `end${open[open.length - 1].tag}`) continue;
    const line = source.slice(0, m.index).split('\n').length;
    if (word.startsWith('end') && BLOCK_TAGS.has(word.slice(3))) {
      const i = open.map((o) => o.tag).lastIndexOf(word.slice(3));
      if (i >= 0) open.splice(i);
    } else if (BLOCK_TAGS.has(word) && !(word === 'set' && m[2].includes('='))) {
      open.push({ tag: word, line });
    }
  }
  return open.at(-1);
}

const checked = new Set<string>();

/** Compile every user template up front: a typo fails at once, not when its kind is first drawn. */
function checkUserTemplates(env: nunjucks.Environment, userDir: string): void {
  if (checked.has(userDir)) return;
  const names = readdirSync(userDir, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.njk')).sort();
  for (const name of names) {
    try {
      env.getTemplate(name.split(sep).join('/'), true);
    } catch (e) {
      throw templateError(e, join(userDir, name), userDir);
    }
  }
  checked.add(userDir);
}

export function openPhrasebook(userDir?: string): Phrasebook {
  if (userDir !== undefined && (!existsSync(userDir) || !statSync(userDir).isDirectory())) {
    throw new QuizwireError(`${userDir}: no such template folder; give a folder laid out like templates/ (e.g. DIR/questions/who-said.njk).`);
  }
  const env = environment(userDir);
  if (userDir !== undefined) checkUserTemplates(env, userDir);
  const render = (name: string, context: object) => {
    try {
      return env.render(name, context);
    } catch (e) {
      throw templateError(e, name, userDir);
    }
  };
  const lines = (name: string, context: object) => {
    const all = render(`questions/${name}.njk`, context)
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter((l) => l.length > 0);
    if (all.length === 0) throw new QuizwireError(`questions/${name}.njk: the template gives no phrasing; write at least one line.`);
    return all;
  };
  return {
    render,
    lines,
    pick(name, context, rng) {
      const all = lines(name, context);
      return all[randomInt(rng, all.length)];
    },
  };
}
