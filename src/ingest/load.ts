import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { QuizwireError } from '../errors.js';
import type { Article, Diagnostic } from '../schema/index.js';
import type { Doc } from '../doc.js';
import { decodeArticle } from './decode.js';
import { parseFrontMatter } from './front-matter.js';
import { cleanText } from './clean.js';
import { htmlToText } from './html.js';
import { segmentParagraphs } from '../segment/index.js';

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

/** Expand files and folders into a sorted list of article files. */
export function listArticleFiles(inputs: string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = statSync(input);
    } catch {
      throw new QuizwireError(`${input}: no such file or folder; check the path.`);
    }
    if (stat.isDirectory()) {
      const found = readdirSync(input, { recursive: true, encoding: 'utf8' })
        .map((name) => join(input, name))
        .filter((p) => ARTICLE_EXTENSIONS.has(extname(p).toLowerCase()) && statSync(p).isFile())
        .sort();
      if (found.length === 0) throw new QuizwireError(`${input}: the folder has no .txt, .md or .html articles.`);
      files.push(...found);
    } else {
      files.push(input);
    }
  }
  return [...new Set(files)];
}

function articleId(path: string, used: Set<string>): string {
  const base = basename(path, extname(path)).replace(/[^\w.-]+/g, '-') || 'article';
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/** Turn decoded file text into a Doc: front matter or HTML metadata, cleaning, segmentation. */
export function makeDoc(raw: string, path: string, id: string, diagnostics: Diagnostic[]): Doc {
  const isHtml = /\.html?$/i.test(path) || /^\s*<(!doctype html|html)\b/i.test(raw.slice(0, 200));
  let article: Article;
  let text: string;
  let offsets: Int32Array | null = null;
  let bodyStart = 0;
  if (isHtml) {
    const html = htmlToText(raw);
    text = html.text;
    offsets = html.offsets;
    article = { id, path, ...html.meta, publishedFrom: html.meta.published ? 'metadata' : 'unknown' };
    if (!html.meta.published) delete article.published;
  } else {
    const fm = parseFrontMatter(raw, path);
    for (const w of fm.warnings) diagnostics.push({ rule: 'front-matter', message: w, article: id });
    text = raw;
    bodyStart = fm.bodyStart;
    article = { id, path, ...fm.fields, publishedFrom: fm.fields.published ? 'metadata' : 'unknown' };
  }
  const cleaned = cleanText(text, bodyStart);
  const doc: Doc = {
    article,
    raw,
    text: cleaned.text,
    offsets,
    paragraphs: cleaned.paragraphs,
    sentences: segmentParagraphs(cleaned.text, cleaned.paragraphs),
    titleSpan: cleaned.titleSpan,
  };
  if (!article.title && cleaned.titleSpan) article.title = text.slice(cleaned.titleSpan.start, cleaned.titleSpan.end).trim();
  for (const r of cleaned.removed) diagnostics.push({ rule: `clean/${r.rule}`, message: 'removed as boilerplate', article: id, span: r });
  return doc;
}

export interface LoadResult {
  docs: Doc[];
  diagnostics: Diagnostic[];
}

/** Read, decode and clean every article under `inputs`. Inputs are only ever read. */
export function loadArticles(inputs: string[], cwd = process.cwd()): LoadResult {
  const files = listArticleFiles(inputs);
  const used = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const docs = files.map((file) => {
    const label = relative(cwd, file) || file;
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      throw new QuizwireError(`${label}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'}); check its permissions.`);
    }
    const decoded = decodeArticle(bytes, label);
    const id = articleId(file, used);
    for (const w of decoded.warnings) diagnostics.push({ rule: 'decode', message: w, article: id });
    return makeDoc(decoded.text, label.split('\\').join('/'), id, diagnostics);
  });
  return { docs, diagnostics };
}
