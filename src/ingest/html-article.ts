import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { Parser } from 'htmlparser2';
import type { HtmlTokens } from './html-tokens.js';

/** Readability on very large pages costs more than it saves; those use the tag heuristic. */
export const READABILITY_MAX_CHARS = 3_000_000;
const ID_ATTRIBUTE = 'data-quizwire-id';

/** Ids of the elements whose own text survives in Readability's serialized article. */
function elementsWithText(content: string): Set<number> {
  const kept = new Set<number>();
  const stack: number[] = [];
  const parser = new Parser(
    {
      onopentag(_name, attributes) {
        const raw = attributes[ID_ATTRIBUTE];
        const id = raw === undefined ? (stack.length ? stack[stack.length - 1] : -1) : Number(raw);
        stack.push(id);
      },
      onclosetag() {
        stack.pop();
      },
      ontext(text) {
        const id = stack.length ? stack[stack.length - 1] : -1;
        if (id >= 0 && /\S/.test(text)) kept.add(id);
      },
    },
    { decodeEntities: true },
  );
  parser.write(content);
  parser.end();
  return kept;
}

/**
 * Ask Readability which part of the page is the article, as the set of element indexes (in the
 * numbering of `tokens`) whose direct text belongs to it. The linkedom tree is built by the same
 * parser, so its elements in document order are ours; each gets its index as an attribute, which
 * Readability carries along. Returns null when the trees disagree or Readability finds nothing.
 */
export function selectArticleElements(source: string, tokens: HtmlTokens): Set<number> | null {
  if (source.length > READABILITY_MAX_CHARS) return null;
  try {
    const { document } = parseHTML(source);
    const all = document.querySelectorAll('*');
    if (all.length !== tokens.elements.length) return null;
    for (let i = 0; i < all.length; i++) {
      if (all[i].tagName.toLowerCase() !== tokens.elements[i].tag) return null;
      all[i].setAttribute(ID_ATTRIBUTE, String(i));
    }
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { keepClasses: false }).parse();
    if (!article?.content) return null;
    const kept = elementsWithText(article.content);
    return kept.size > 0 ? kept : null;
  } catch {
    // Readability or the DOM gave up (e.g. pathological nesting): the caller falls back.
    return null;
  }
}
