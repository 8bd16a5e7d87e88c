/**
 * Groups of string ids joined pairwise (union-find). The smallest id of a group is its root, so
 * the grouping never depends on the order of the joins.
 */
export class DisjointSets {
  private readonly parent = new Map<string, string>();

  add(id: string): void {
    if (!this.parent.has(id)) this.parent.set(id, id);
  }

  has(id: string): boolean {
    return this.parent.has(id);
  }

  /** The group's smallest id; an id never added is its own group. */
  find(id: string): string {
    let root = id;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    // Path compression keeps later finds short.
    for (let at = id; at !== root; ) {
      const next = this.parent.get(at)!;
      this.parent.set(at, root);
      at = next;
    }
    return root;
  }

  union(a: string, b: string): void {
    this.add(a);
    this.add(b);
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra < rb) this.parent.set(rb, ra);
    else if (rb < ra) this.parent.set(ra, rb);
  }

  ids(): IterableIterator<string> {
    return this.parent.keys();
  }
}
