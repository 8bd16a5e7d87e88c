import type { FactTable } from '../schema/index.js';

/**
 * Which articles tell the same story: joined when they carry the same quote or the same dated
 * event. Shared figures and shared names are too weak (one "3%" or one prime minister would chain
 * a pile of unrelated stories into one). A timeline mixes events of one story only; events of
 * unrelated stories have an order, but asking for it teaches nothing.
 */
export function storiesOf(table: FactTable): (articleId: string) => string {
  const parent = new Map<string, string>(table.articles.map((a) => [a.id, a.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root && parent.has(root)) root = parent.get(root)!;
    // Path halving keeps later finds short.
    for (let at = id; at !== root; ) {
      const next = parent.get(at)!;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  const join = (a: string, b: string) => {
    if (!parent.has(a) || !parent.has(b)) return;
    const [ra, rb] = [find(a), find(b)];
    // The smaller id becomes the root, so the grouping does not depend on the order of joins.
    if (ra !== rb) ra < rb ? parent.set(rb, ra) : parent.set(ra, rb);
  };
  for (const f of table.facts) if (f.kind === 'quote' || f.kind === 'date') for (const other of f.corroboratedBy) join(f.article, other);
  return find;
}
