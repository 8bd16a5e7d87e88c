import type { Block } from './blocks.js';
import type { Pen } from './pen.js';
import { INK, RULE, STYLES } from './style.js';

export interface CoverageRow {
  label: string;
  /** Column indexes that report this row's fact. */
  reported: Set<number>;
}

const CELL = 11;
const DOT = 3.2;
const LABEL_PAD = 6;
const KEY_GAP = 3;

/** Which outlet reported which key fact: filled dot = reported, open ring = not. */
export class CoverageGrid implements Block {
  constructor(
    readonly columns: string[],
    readonly rows: CoverageRow[],
  ) {}

  private rowLabelWidth(pen: Pen): number {
    return Math.max(...this.rows.map((r) => pen.width(r.label, STYLES.smallInk)), 8) + LABEL_PAD;
  }

  private headerHeight(pen: Pen): number {
    return Math.max(...this.columns.map((c) => pen.width(c, STYLES.small)), 8) + 4;
  }

  /** Width the grid needs; it is placed where that much room is free. */
  naturalWidth(pen: Pen): number {
    return this.rowLabelWidth(pen) + this.columns.length * CELL;
  }

  private keyText = '● reported   ○ not reported';

  measure(pen: Pen, width: number): number {
    if (this.rows.length === 0 || this.columns.length === 0 || this.naturalWidth(pen) > width) return 0;
    return this.headerHeight(pen) + this.rows.length * CELL + KEY_GAP + pen.height(this.keyText, STYLES.small, width);
  }

  draw(pen: Pen, x: number, y: number, width: number): void {
    if (this.measure(pen, width) <= 0) return;
    const doc = pen.doc;
    const labelW = this.rowLabelWidth(pen);
    const headerH = this.headerHeight(pen);
    const lineH = pen.lineHeight(STYLES.small);
    this.columns.forEach((c, j) => {
      const cx = x + labelW + j * CELL + CELL / 2;
      doc.save();
      doc.rotate(-90, { origin: [cx, y + headerH - 2] });
      pen.line(c, STYLES.small, cx, y + headerH - 2 - lineH / 2 - 1);
      doc.restore();
    });
    const top = y + headerH;
    this.rows.forEach((r, i) => {
      const cy = top + i * CELL + CELL / 2;
      pen.line(r.label, STYLES.smallInk, x, cy - lineH / 2 + 0.5);
      doc.save().moveTo(x + labelW - 2, top + (i + 1) * CELL).lineTo(x + labelW + this.columns.length * CELL, top + (i + 1) * CELL).lineWidth(0.3).strokeColor(RULE).stroke().restore();
      this.columns.forEach((_, j) => {
        const cx = x + labelW + j * CELL + CELL / 2;
        if (r.reported.has(j)) doc.save().circle(cx, cy, DOT).fillColor(INK).fill().restore();
        else doc.save().circle(cx, cy, DOT - 0.5).lineWidth(0.6).strokeColor(RULE).stroke().restore();
      });
    });
    pen.paragraph(this.keyText, STYLES.small, x, top + this.rows.length * CELL + KEY_GAP, width);
  }
}
