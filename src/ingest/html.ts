/**
 * HTML -> text with an offset map back into the HTML source.
 * Minimal version: drops script/style/nav/header/footer/aside/figure content, turns block
 * boundaries into newlines and decodes common entities.
 */
export interface HtmlText {
  text: string;
  /** text index -> raw index, length text.length + 1 */
  offsets: Int32Array;
  meta: { title?: string; outlet?: string; published?: string; url?: string };
}

const SKIP = new Set(['script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'figure', 'figcaption', 'form', 'svg', 'iframe', 'template', 'button']);
const BLOCK = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'main', 'tr', 'table', 'title', 'pre', 'hr', 'dd', 'dt']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', mdash: '—', ndash: '–', hellip: '…' };

function decodeEntity(entity: string): string | null {
  const named = /^&([a-z]+);$/i.exec(entity);
  if (named) return ENTITIES[named[1].toLowerCase()] ?? null;
  const num = /^&#(x[0-9a-f]+|\d+);$/i.exec(entity);
  if (num) {
    const code = num[1][0].toLowerCase() === 'x' ? parseInt(num[1].slice(1), 16) : parseInt(num[1], 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
  }
  return null;
}

function metaContent(raw: string, ...names: string[]): string | undefined {
  for (const name of names) {
    const re = new RegExp(`<meta[^>]+(?:property|name|itemprop)=["']${name}["'][^>]*>`, 'i');
    const tag = re.exec(raw)?.[0];
    const content = tag && /content=["']([^"']*)["']/i.exec(tag)?.[1];
    if (content) return content.trim();
  }
  return undefined;
}

export function htmlToText(raw: string): HtmlText {
  const out: string[] = [];
  const map: number[] = [];
  const push = (s: string, at: number) => {
    for (let k = 0; k < s.length; k++) {
      out.push(s[k]);
      map.push(at);
    }
  };
  const tagRe = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)[^>]*?>|&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g;
  let i = 0;
  let skipDepth = 0;
  let skipTag = '';
  let m: RegExpExecArray | null;
  const emitText = (from: number, to: number) => {
    if (skipDepth > 0) return;
    for (let k = from; k < to; k++) push(/\s/.test(raw[k]) ? ' ' : raw[k], k);
  };
  while ((m = tagRe.exec(raw))) {
    emitText(i, m.index);
    i = m.index + m[0].length;
    if (m[0].startsWith('<!--')) continue;
    if (m[0].startsWith('&')) {
      if (skipDepth === 0) push(decodeEntity(m[0]) ?? m[0], m.index);
      continue;
    }
    const closing = m[1] === '/';
    const tag = m[2].toLowerCase();
    if (skipDepth > 0) {
      if (tag === skipTag) skipDepth += closing ? -1 : m[0].endsWith('/>') ? 0 : 1;
      continue;
    }
    if (!closing && SKIP.has(tag) && !m[0].endsWith('/>')) {
      skipDepth = 1;
      skipTag = tag;
      continue;
    }
    if (BLOCK.has(tag)) push('\n', m.index);
  }
  emitText(i, raw.length);
  map.push(raw.length);
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(raw)?.[1]?.replace(/\s+/g, ' ').trim();
  const published = metaContent(raw, 'article:published_time', 'datePublished', 'date', 'pubdate', 'publish-date');
  return {
    text: out.join(''),
    offsets: Int32Array.from(map),
    meta: {
      title: metaContent(raw, 'og:title', 'twitter:title') ?? title,
      outlet: metaContent(raw, 'og:site_name', 'application-name'),
      published: published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : undefined,
      url: metaContent(raw, 'og:url'),
    },
  };
}
