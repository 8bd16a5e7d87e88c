import { closeSync, fstatSync, openSync, readFileSync, readSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { QuizwireError, isQuizwireError } from '../errors.js';
import type { Article, Diagnostic } from '../schema/index.js';
import { toRawSpan, type Doc } from '../doc.js';
import { decodeArticle } from './decode.js';
import { parseFrontMatter } from './front-matter.js';
import { cleanText } from './clean.js';
import { markdownLinkLines, markdownTableRows } from './markdown.js';
import { htmlToText } from './html.js';
import { segmentParagraphs } from '../segment/index.js';
import { guessEnglish } from './language.js';
import { repairMojibake } from './mojibake.js';
import { publishedFromTimestamps } from './timestamp.js';
import { ambiguousDateWarning, dayOrderResolver, type DayOrderResolver } from './numeric-date.js';

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);
/** Far beyond any news article; larger files are almost certainly something else (a dump, a log). */
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

export interface ArticleFile {
  path: string;
  /** Named on the command line (a problem is an error) rather than found in a folder (a warning). */
  explicit: boolean;
}

const isHiddenPath = (relativePath: string) => relativePath.split(/[\\/]/).some((part) => part.startsWith('.'));

/** Is `path` the output location `out` or inside it? */
const isUnder = (path: string, out: string) => path === out || path.startsWith(out.endsWith(sep) ? out : out + sep);

/**
 * Expand files and folders into a sorted list of article files. Files found in a folder under one
 * of the `outputs` are left out: `quizwire all . --out out` must not read its own quiz.md next time.
 */
export function listArticleFiles(inputs: string[], outputs: readonly string[] = []): ArticleFile[] {
  const outs = outputs.map((o) => resolve(o));
  const files: ArticleFile[] = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = statSync(input);
    } catch {
      throw new QuizwireError(`${input}: no such file or folder; check the path.`);
    }
    if (stat.isDirectory()) {
      const found = readdirSync(input, { recursive: true, withFileTypes: true })
        .map((entry) => ({ entry, path: join(entry.parentPath ?? entry.path, entry.name) }))
        .filter(({ entry, path }) => {
          if (!ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase()) || isHiddenPath(relative(input, path))) return false;
          if (outs.length && outs.some((out) => isUnder(resolve(path), out))) return false;
          return entry.isFile() || (entry.isSymbolicLink() && statSync(path, { throwIfNoEntry: false })?.isFile() === true);
        })
        .map(({ path }) => path)
        .sort();
      if (found.length === 0) throw new QuizwireError(`${input}: the folder has no .txt, .md or .html articles.`);
      files.push(...found.map((path) => ({ path, explicit: false })));
    } else if (stat.isFile()) {
      files.push({ path: input, explicit: true });
    } else {
      throw new QuizwireError(`${input}: not a regular file (a device or pipe?); give article files or folders.`);
    }
  }
  const seen = new Set<string>();
  return files.filter((f) => !seen.has(f.path) && seen.add(f.path));
}

interface IdRegistry {
  ids: Set<string>;
  /** Next suffix to try per base name, so many same-named files stay linear. */
  next: Map<string, number>;
}

/** A readable, unique id from the file name: "story", then "story-2", "story-3", ... */
function articleId(path: string, registry: IdRegistry): string {
  const base = basename(path, extname(path)).replace(/[^\w.-]+/g, '-') || 'article';
  let n = registry.next.get(base) ?? 1;
  let id = n === 1 ? base : `${base}-${n}`;
  while (registry.ids.has(id)) id = `${base}-${++n}`;
  registry.next.set(base, n + 1);
  registry.ids.add(id);
  return id;
}

/** Turn decoded file text into a Doc: front matter or HTML metadata, cleaning, segmentation. */
export function makeDoc(raw: string, path: string, id: string, diagnostics: Diagnostic[]): Doc {
  const isHtml = /\.html?$/i.test(path) || /^\s*<(!doctype html|html)\b/i.test(raw.slice(0, 200));
  let article: Article;
  let text: string;
  let offsets: Int32Array | null = null;
  let bodyStart = 0;
  const isMarkdown = /\.(md|markdown)$/i.test(path);
  let drop: Array<{ start: number; end: number; rule: string }> = [];
  /** A numeric date the page dates itself with that could be read either way, and how to order such dates here. */
  let ambiguousDate: string | undefined;
  let dayOrder: DayOrderResolver | undefined;
  let separate: Array<{ start: number; end: number }> | undefined;
  let displayQuotes: Array<{ start: number; end: number }> | undefined;
  // UTF-8 once read as Windows-1252 ("Ã©" for "é"): read the repaired text, map spans to `raw`.
  const repair = repairMojibake(raw);
  const source = repair ? repair.text : raw;
  if (repair) {
    diagnostics.push({
      rule: 'mojibake',
      message: `${path}: repaired ${repair.repaired} garbled character(s) (UTF-8 text that was read as Windows-1252, e.g. "Ã©" for "é"); facts quote the file as written, re-save it as clean UTF-8 to be sure`,
      article: id,
    });
  }
  if (isHtml) {
    const html = htmlToText(source);
    if (html.selection === 'heuristic') diagnostics.push({ rule: 'html-heuristic', message: `${path}: no article found by Readability; kept all text outside navigation`, article: id });
    if (html.selection === 'stripped') diagnostics.push({ rule: 'html-heuristic', message: `${path}: HTML nested too deeply to parse; read it as plain text between tags`, article: id });
    text = html.text;
    drop = html.linkLines.map((l) => ({ ...l, rule: 'link-line' }));
    separate = html.tableRows;
    displayQuotes = html.blockquotes;
    offsets = repair ? html.offsets.map((i) => repair.offsets[i]) : html.offsets;
    const { publishedFromText, ambiguousDate: unread, ...meta } = html.meta;
    ambiguousDate = unread;
    dayOrder = html.dayOrder;
    article = { id, path, ...meta, publishedFrom: meta.published ? (publishedFromText ? 'text' : 'metadata') : 'unknown' };
    if (!html.meta.published) delete article.published;
  } else {
    const fm = parseFrontMatter(source, path);
    for (const w of fm.warnings) diagnostics.push({ rule: 'front-matter', message: w, article: id });
    text = source;
    if (isMarkdown) {
      drop = markdownLinkLines(source, fm.bodyStart).map((l) => ({ ...l, rule: 'link-line' }));
      separate = markdownTableRows(source, fm.bodyStart);
    }
    offsets = repair ? repair.offsets : null;
    bodyStart = fm.bodyStart;
    article = { id, path, ...fm.fields, publishedFrom: fm.fields.published ? 'metadata' : 'unknown' };
    dayOrder = dayOrderResolver({ text: source, url: fm.fields.url });
  }
  const authors = article.author ? article.author.split(/\s*,\s*/) : [];
  const cleaned = cleanText(text, bodyStart, { markdown: isMarkdown, authors, drop, separate, displayQuotes });
  // A removed timestamp line ("Published May 7, 2024") dates an article its metadata does not.
  if (!article.published) {
    const read = publishedFromTimestamps(text, cleaned.removed, dayOrder);
    if (read.day) {
      article.published = read.day;
      article.publishedFrom = 'text';
    }
    ambiguousDate ??= read.ambiguous;
    if (!article.published && ambiguousDate) diagnostics.push({ rule: 'ambiguous-date', message: ambiguousDateWarning(path, 'the date line', ambiguousDate), article: id });
  }
  const doc: Doc = {
    article,
    raw,
    text: cleaned.text,
    offsets,
    paragraphs: cleaned.paragraphs,
    sentences: segmentParagraphs(cleaned.text, cleaned.paragraphs),
    titleSpan: cleaned.titleSpan,
  };
  // A headline some archives close with a full stop ("Harbour plan approved.") is shown without it.
  if (!article.title && cleaned.titleSpan) article.title = text.slice(cleaned.titleSpan.start, cleaned.titleSpan.end).trim().replace(/(?<![.\s]\p{L}?)\.$/u, '');
  const language = guessEnglish(doc.text);
  if (!language.english) {
    diagnostics.push({ rule: 'language', message: `${path}: does not look like English (${Math.round(language.stopWordShare * 100)}% common English words); quizwire reads English, expect few facts`, article: id });
  }
  // Spans in the file's own coordinates, like facts' (HTML text and repaired text map back).
  for (const r of cleaned.removed) diagnostics.push({ rule: `clean/${r.rule}`, message: 'removed as boilerplate', article: id, span: toRawSpan(doc, r) });
  return doc;
}

export interface LoadResult {
  docs: Doc[];
  diagnostics: Diagnostic[];
}

export interface LoadOptions {
  cwd?: string;
  /** Called after each file, e.g. to show progress on a terminal. */
  onProgress?: (done: number, total: number) => void;
  /** Where this run writes: files there are not read as articles when a folder is listed. */
  outputs?: readonly string[];
}

function readArticleFile(file: string, label: string): Buffer {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw new QuizwireError(`${label}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'}); check the path and its permissions.`);
  }
  try {
    const size = fstatSync(fd).size;
    if (size > MAX_ARTICLE_BYTES) {
      const mb = (size / 1024 / 1024).toFixed(1);
      throw new QuizwireError(`${label}: ${mb} MB is too large for a news article (limit ${MAX_ARTICLE_BYTES / 1024 / 1024} MB); split it into articles.`);
    }
    return readOpenFile(fd, size);
  } catch (e) {
    if (isQuizwireError(e)) throw e;
    throw new QuizwireError(`${label}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'}); check its permissions.`);
  } finally {
    closeSync(fd);
  }
}

/**
 * The bytes of an open file whose size fstat gave: one buffer of that size, filled by reads (one
 * for an article). readFileSync(fd) would fstat again and go through more layers per file, which
 * adds up over thousands of small articles. A size of 0 (a pipe, a /proc file) reads to the end.
 */
function readOpenFile(fd: number, size: number): Buffer {
  if (size === 0) return readFileSync(fd);
  const buffer = Buffer.allocUnsafeSlow(size);
  let filled = 0;
  while (filled < size) {
    const n = readSync(fd, buffer, filled, size - filled, null);
    if (n === 0) break; // the file shrank since fstat
    filled += n;
  }
  return filled === size ? buffer : buffer.subarray(0, filled);
}

/**
 * Read, decode and clean every article under `inputs`. Inputs are only ever read. A bad file
 * named on the command line is an error; a bad file found in a folder is skipped with a warning.
 */
export function loadArticles(inputs: string[], options: LoadOptions | string = {}): LoadResult {
  const { cwd = process.cwd(), onProgress, outputs } = typeof options === 'string' ? { cwd: options } : options;
  const files = listArticleFiles(inputs, outputs);
  const used: IdRegistry = { ids: new Set(), next: new Map() };
  const diagnostics: Diagnostic[] = [];
  const docs: Doc[] = [];
  files.forEach((file, n) => {
    const label = (relative(cwd, file.path) || file.path).split('\\').join('/');
    try {
      const decoded = decodeArticle(readArticleFile(file.path, label), label);
      const id = articleId(file.path, used);
      for (const w of decoded.warnings) diagnostics.push({ rule: 'decode', message: w, article: id });
      docs.push(makeDoc(decoded.text, label, id, diagnostics));
    } catch (e) {
      if (file.explicit || !isQuizwireError(e)) throw e;
      diagnostics.push({ rule: 'skipped', message: `skipped ${e.message}` });
    }
    onProgress?.(n + 1, files.length);
  });
  if (docs.length === 0) {
    const first = diagnostics.find((d) => d.rule === 'skipped')?.message.replace(/^skipped /, '') ?? 'none could be read';
    throw new QuizwireError(`no readable article in ${inputs.join(', ')}; first problem: ${first}`);
  }
  return { docs, diagnostics };
}
