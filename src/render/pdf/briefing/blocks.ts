import type { Pen, Run } from './pen.js';
import { ITEM_GAP, RULE, STYLES, type TextStyle } from './style.js';

/** Anything placed on the page: measured at a width before it is drawn at that width. */
export interface Block {
  measure(pen: Pen, width: number): number;
  draw(pen: Pen, x: number, y: number, width: number): void;
}

export interface Paragraph {
  runs: Run[] | string;
  style: TextStyle;
  /** Space above this paragraph inside the entry. */
  gapBefore?: number;
}

/** One item of a section: an optional label in a left gutter, paragraphs stacked beside it. */
export class Entry implements Block {
  constructor(
    readonly paragraphs: Paragraph[],
    readonly gutter: { text: string; style: TextStyle; width: number } | null = null,
  ) {}

  private bodyWidth(width: number): number {
    return this.gutter ? width - this.gutter.width : width;
  }

  measure(pen: Pen, width: number): number {
    const w = this.bodyWidth(width);
    const body = this.paragraphs.reduce((h, p) => h + (p.gapBefore ?? 0) + pen.height(p.runs, p.style, w), 0);
    const gutter = this.gutter ? pen.height(this.gutter.text, this.gutter.style, this.gutter.width - 6) : 0;
    return Math.max(body, gutter);
  }

  draw(pen: Pen, x: number, y: number, width: number): void {
    const w = this.bodyWidth(width);
    if (this.gutter) pen.paragraph(this.gutter.text, this.gutter.style, x, y, this.gutter.width - 6);
    let cy = y;
    const bx = x + (this.gutter?.width ?? 0);
    for (const p of this.paragraphs) {
      cy += p.gapBefore ?? 0;
      cy += pen.paragraph(p.runs, p.style, bx, cy, w);
    }
  }
}

const HEADING_RULE_GAP = 2.5;
const HEADING_AFTER = 4;

/** A section: its heading over a thin rule, then its items (or a short note when it has none). */
export class Section implements Block {
  constructor(
    readonly heading: string,
    readonly items: Block[],
    readonly itemGap = ITEM_GAP,
  ) {}

  private headingHeight(pen: Pen): number {
    return pen.lineHeight(STYLES.heading) + HEADING_RULE_GAP + HEADING_AFTER;
  }

  private visible(pen: Pen, width: number): Block[] {
    return this.items.filter((it) => it.measure(pen, width) > 0);
  }

  measure(pen: Pen, width: number): number {
    const items = this.visible(pen, width);
    if (items.length === 0) return 0;
    return this.headingHeight(pen) + items.reduce((h, it, i) => h + (i > 0 ? this.itemGap : 0) + it.measure(pen, width), 0);
  }

  draw(pen: Pen, x: number, y: number, width: number): void {
    const items = this.visible(pen, width);
    if (items.length === 0) return;
    pen.line(this.heading, STYLES.heading, x, y);
    const ruleY = y + pen.lineHeight(STYLES.heading) + HEADING_RULE_GAP / 2;
    pen.doc.save().moveTo(x, ruleY).lineTo(x + width, ruleY).lineWidth(0.5).strokeColor(RULE).stroke().restore();
    let cy = y + this.headingHeight(pen);
    items.forEach((it, i) => {
      if (i > 0) cy += this.itemGap;
      it.draw(pen, x, cy, width);
      cy += it.measure(pen, width);
    });
  }
}

/** Blocks stacked with a gap; empty ones take no space. */
export class Stack implements Block {
  constructor(
    readonly blocks: Block[],
    readonly gap: number,
  ) {}

  measure(pen: Pen, width: number): number {
    let h = 0;
    let first = true;
    for (const b of this.blocks) {
      const bh = b.measure(pen, width);
      if (bh <= 0) continue;
      h += (first ? 0 : this.gap) + bh;
      first = false;
    }
    return h;
  }

  draw(pen: Pen, x: number, y: number, width: number): void {
    let cy = y;
    let first = true;
    for (const b of this.blocks) {
      const bh = b.measure(pen, width);
      if (bh <= 0) continue;
      if (!first) cy += this.gap;
      b.draw(pen, x, cy, width);
      cy += bh;
      first = false;
    }
  }
}

/** Two columns side by side; as tall as the taller one. */
export class Columns implements Block {
  constructor(
    readonly left: Block,
    readonly right: Block,
    readonly gap: number,
  ) {}

  private widths(width: number): [number, number] {
    const w = (width - this.gap) / 2;
    return [w, w];
  }

  measure(pen: Pen, width: number): number {
    const [lw, rw] = this.widths(width);
    const l = this.left.measure(pen, lw);
    const r = this.right.measure(pen, rw);
    if (l <= 0) return this.right.measure(pen, width);
    if (r <= 0) return l > 0 ? this.left.measure(pen, width) : 0;
    return Math.max(l, r);
  }

  draw(pen: Pen, x: number, y: number, width: number): void {
    const [lw, rw] = this.widths(width);
    const l = this.left.measure(pen, lw);
    const r = this.right.measure(pen, rw);
    if (l <= 0) return this.right.draw(pen, x, y, width);
    if (r <= 0) return this.left.draw(pen, x, y, width);
    this.left.draw(pen, x, y, lw);
    this.right.draw(pen, x + lw + this.gap, y, rw);
  }
}
