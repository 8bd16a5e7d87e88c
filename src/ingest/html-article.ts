import { htmlparser2, linkedom, readability } from './html-libs.js';
import type { HtmlTokens } from './html-tokens.js';

/**
 * Readability's cost grows faster than the page (about 0.4 s for 3,000 paragraphs, 40 s for
 * 30,000): larger pages use the tag heuristic instead.
 */
export const READABILITY_MAX_CHARS = 3_000_000;
export const READABILITY_MAX_ELEMENTS = 5_000;
/** Readability's scoring walks ancestors; on absurdly deep trees that turns quadratic. Real pages stay far below. */
export const READABILITY_MAX_DEPTH = 150;
const ID_ATTRIBUTE = 'data-quizwire-id';

/** Ids of the elements whose own text survives in Readability's serialized article. */
function elementsWithText(content: string): Set<number> {
  const kept = new Set<number>();
  const stack: number[] = [];
  const parser = new (htmlparser2().Parser)(
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
  const tooBig = source.length > READABILITY_MAX_CHARS || tokens.elements.length > READABILITY_MAX_ELEMENTS;
  if (tooBig || tokens.maxDepth > READABILITY_MAX_DEPTH) return null;
  try {
    const { document } = linkedom().parseHTML(source);
    const { Readability } = readability();
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
