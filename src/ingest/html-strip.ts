/**
 * A plain tag stripper with an offset map, for pathological pages (tens of thousands of nested
 * elements) where a tree-building parser turns quadratic. It drops script, style and other
 * non-text elements, turns block tags into line breaks and leaves entities for the caller.
 */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'head', 'title', 'textarea', 'nav', 'header', 'footer', 'aside', 'figure', 'figcaption', 'form', 'button']);
const BLOCK = /^(p|div|br|li|ul|ol|h[1-6]|blockquote|section|article|main|tr|td|th|table|pre|hr|dd|dt|body)$/;
const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][\w-]*)(?:[^>"']|"[^"]{0,2000}"|'[^']{0,2000}')*>/g;
/** A rough maximum nesting depth, counted without building anything. */
const TAG_NAME = /<(\/?)[a-zA-Z]/g;

export function roughNestingDepth(source: string): number {
  let depth = 0;
  let max = 0;
  TAG_NAME.lastIndex = 0;
  for (let m = TAG_NAME.exec(source); m; m = TAG_NAME.exec(source)) {
    depth += m[1] ? -1 : 1;
    if (depth > max) max = depth;
  }
  return max;
}

export interface StrippedRun {
  /** Source range of a text run to keep, or a block break at `start` when `end` is -1. */
  start: number;
  end: number;
}

/** Text runs outside tags and skipped elements, with block breaks, in source order. */
export function stripTags(source: string): StrippedRun[] {
  const runs: StrippedRun[] = [];
  let skipTag = '';
  let skipDepth = 0;
  let i = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(source); m; m = TAG.exec(source)) {
    if (skipDepth === 0 && m.index > i) runs.push({ start: i, end: m.index });
    i = m.index + m[0].length;
    if (m[2] === undefined) continue;
    const tag = m[2].toLowerCase();
    const closing = m[1] === '/';
    if (skipDepth > 0) {
      if (tag === skipTag) skipDepth += closing ? -1 : m[0].endsWith('/>') ? 0 : 1;
      continue;
    }
    if (!closing && SKIP.has(tag) && !m[0].endsWith('/>')) {
      skipTag = tag;
      skipDepth = 1;
      continue;
    }
    if (BLOCK.test(tag)) runs.push({ start: m.index, end: -1 });
  }
  if (skipDepth === 0 && i < source.length) runs.push({ start: i, end: source.length });
  return runs;
}
