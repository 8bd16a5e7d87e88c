import type { Parser } from 'htmlparser2';
import { htmlparser2 } from './html-libs.js';

/** One element of the HTML, numbered in document order (the order htmlparser2 opens them). */
export interface HtmlElement {
  tag: string;
  /** Index of the parent element, -1 at the top. */
  parent: number;
  attributes: Record<string, string>;
}

/** A run of source text (entities still encoded) and the element that holds it. */
export interface HtmlTextRun {
  start: number;
  end: number;
  element: number;
}

/** Opening and closing tags, in order, to place block breaks between text runs. */
export interface HtmlBoundary {
  at: number;
  element: number;
}

export interface HtmlTokens {
  elements: HtmlElement[];
  texts: HtmlTextRun[];
  boundaries: HtmlBoundary[];
  /** Deepest element nesting seen. */
  maxDepth: number;
}

/**
 * Tokenize HTML with exact source positions. Entities are left encoded so every text run is a
 * plain slice of the source; decoding happens later with its own offset map. The parser is
 * streaming, so nesting depth costs nothing but the open-element stack.
 */
export function tokenizeHtml(source: string): HtmlTokens {
  const elements: HtmlElement[] = [];
  const texts: HtmlTextRun[] = [];
  const boundaries: HtmlBoundary[] = [];
  const stack: number[] = [];
  let maxDepth = 0;
  const parser: Parser = new (htmlparser2().Parser)(
    {
      onopentag(name, attributes) {
        const index = elements.length;
        elements.push({ tag: name.toLowerCase(), parent: stack.length ? stack[stack.length - 1] : -1, attributes });
        boundaries.push({ at: parser.startIndex, element: index });
        stack.push(index);
        if (stack.length > maxDepth) maxDepth = stack.length;
      },
      onclosetag() {
        const index = stack.pop();
        if (index !== undefined) boundaries.push({ at: parser.startIndex, element: index });
      },
      ontext() {
        const element = stack.length ? stack[stack.length - 1] : -1;
        texts.push({ start: parser.startIndex, end: parser.endIndex + 1, element });
      },
    },
    { decodeEntities: false, lowerCaseTags: true, recognizeSelfClosing: false },
  );
  parser.write(source);
  parser.end();
  return { elements, texts, boundaries, maxDepth };
}
