import { linkedom, readability } from './html-libs.js';
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

/** A DOM node as far as the walks below need it (linkedom's types are not exported for this). */
interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?: (name: string) => string | null;
}

/**
 * Ids of the elements whose own text survives in Readability's article. Readability moves the
 * page's text nodes but does not always keep their element: a `<div>` holding only text becomes
 * a new `<p>` without the div's attributes. So each text node is looked up in `owner` (text node
 * -> element index, taken before Readability ran); only a text node Readability made itself falls
 * back to the nearest element that still carries its id.
 */
function elementsWithText(content: DomNode, owner: Map<DomNode, number>): Set<number> {
  const kept = new Set<number>();
  const walk = (node: DomNode, inherited: number) => {
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child.nodeType === 3) {
        const id = owner.get(child) ?? inherited;
        if (id >= 0 && /\S/.test(child.nodeValue ?? '')) kept.add(id);
      } else if (child.nodeType === 1) {
        const raw = child.getAttribute?.(ID_ATTRIBUTE);
        walk(child, raw === null || raw === undefined ? inherited : Number(raw));
      }
    }
  };
  walk(content, -1);
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
    const owner = new Map<DomNode, number>();
    for (let i = 0; i < all.length; i++) {
      if (all[i].tagName.toLowerCase() !== tokens.elements[i].tag) return null;
      all[i].setAttribute(ID_ATTRIBUTE, String(i));
      const children = (all[i] as unknown as DomNode).childNodes;
      for (let k = 0; k < children.length; k++) if (children[k].nodeType === 3) owner.set(children[k], i);
    }
    // The serializer hands back the article element itself, whose text nodes are the page's own.
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
      keepClasses: false,
      serializer: (el) => el as unknown as string,
    }).parse();
    if (!article?.content) return null;
    const kept = elementsWithText(article.content as unknown as DomNode, owner);
    return kept.size > 0 ? kept : null;
  } catch {
    // Readability or the DOM gave up (e.g. pathological nesting): the caller falls back.
    return null;
  }
}
