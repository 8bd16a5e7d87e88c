import type { Block } from './blocks.js';
import type { Pen } from './pen.js';
import { GREY, INK, RULE, STYLES } from './style.js';

export interface TimelineMark {
  date: string;
  event: string;
  /** First day the date covers (YYYY-MM-DD), to show where the even spacing hides a long gap. */
  sortKey: string;
}

const DAY = 86_400_000;
/** A gap this many times the typical one (and over a month) gets a break mark on the line. */
const LONG_GAP = 3;

/** Indexes i where the time between mark i and i+1 is far longer than between the others. */
export function longGaps(marks: TimelineMark[]): number[] {
  const days = marks.slice(1).map((m, i) => (Date.parse(`${m.sortKey}T00:00:00Z`) - Date.parse(`${marks[i].sortKey}T00:00:00Z`)) / DAY);
  if (days.length < 2) return [];
  const sorted = [...days].sort((a, b) => a - b);
  const typical = Math.max(1, sorted[Math.floor((sorted.length - 1) / 2)]);
  return days.flatMap((d, i) => (d > 30 && d >= LONG_GAP * typical ? [i] : []));
}

const TICK = 7;
const LINE_BAND = 12;
const DATE_EVENT_GAP = 1;
const MAX_LABEL_WIDTH = 170;
const LABEL_GAP = 12;

/**
 * Dated events drawn on a horizontal line, evenly spaced in date order. With more than three
 * marks the labels alternate above and below the line, so each may be twice as wide as a slot.
 */
export class TimelineDrawing implements Block {
  constructor(readonly marks: TimelineMark[]) {}

  /**
   * Label width and mark positions chosen so that no label needs clamping at the page edge and
   * labels on the same side of the line never touch.
   */
  private geometry(width: number) {
    const n = this.marks.length;
    const alternate = n > 3;
    const lanes = alternate ? (n + 1) / 2 : n;
    const labelWidth = Math.min(MAX_LABEL_WIDTH, alternate ? (2 * width - LABEL_GAP * (n - 1)) / (n + 1) : (width - LABEL_GAP * (lanes - 1)) / lanes);
    const step = n > 1 ? (width - labelWidth) / (n - 1) : 0;
    return this.marks.map((m, i) => {
      const cx = n > 1 ? labelWidth / 2 + i * step : width / 2;
      return { ...m, cx, left: cx - labelWidth / 2, labelWidth, above: alternate && i % 2 === 1 };
    });
  }

  private labelHeight(pen: Pen, m: TimelineMark, width: number): number {
    return pen.height(m.date, STYLES.label, width) + DATE_EVENT_GAP + pen.height(m.event, STYLES.small, width);
  }

  private bands(pen: Pen, width: number) {
    let above = 0;
    let below = 0;
    for (const g of this.geometry(width)) {
      const h = this.labelHeight(pen, g, g.labelWidth) + TICK;
      if (g.above) above = Math.max(above, h);
      else below = Math.max(below, h);
    }
    return { above, below };
  }

  measure(pen: Pen, width: number): number {
    if (this.marks.length === 0) return 0;
    const { above, below } = this.bands(pen, width);
    return above + LINE_BAND + below;
  }

  draw(pen: Pen, x: number, y: number, width: number): void {
    if (this.marks.length === 0) return;
    const { above } = this.bands(pen, width);
    const lineY = y + above + LINE_BAND / 2;
    const doc = pen.doc;
    doc.save().moveTo(x, lineY).lineTo(x + width, lineY).lineWidth(1).strokeColor(INK).stroke();
    // Arrow head: time runs left to right.
    doc.moveTo(x + width, lineY).lineTo(x + width - 5, lineY - 2.5).lineTo(x + width - 5, lineY + 2.5).fillColor(INK).fill().restore();
    const geometry = this.geometry(width);
    // Even spacing is not to scale: a double slash marks where much more time passes.
    for (const i of longGaps(this.marks)) {
      const bx = x + (geometry[i].cx + geometry[i + 1].cx) / 2;
      doc.save().rect(bx - 4, lineY - 4, 8, 8).fillColor('#ffffff').fill().restore();
      for (const dx of [-2.5, 1.5]) doc.save().moveTo(bx + dx - 1.5, lineY + 4).lineTo(bx + dx + 1.5, lineY - 4).lineWidth(0.9).strokeColor(INK).stroke().restore();
    }
    for (const g of geometry) {
      const mx = x + g.cx;
      const h = this.labelHeight(pen, g, g.labelWidth);
      const dateH = pen.height(g.date, STYLES.label, g.labelWidth);
      const tickEnd = g.above ? lineY - LINE_BAND / 2 - TICK + 2 : lineY + LINE_BAND / 2 + TICK - 2;
      doc.save().moveTo(mx, lineY).lineTo(mx, tickEnd).lineWidth(0.5).strokeColor(RULE).stroke().restore();
      doc.save().circle(mx, lineY, 3).fillColor('#ffffff').fill().circle(mx, lineY, 3).lineWidth(1).strokeColor(INK).stroke().restore();
      const lx = x + g.left;
      if (g.above) {
        const top = lineY - LINE_BAND / 2 - TICK - h;
        pen.paragraph(g.event, STYLES.small, lx, top, g.labelWidth, 'center');
        pen.paragraph(g.date, STYLES.label, lx, top + h - dateH, g.labelWidth, 'center');
      } else {
        const top = lineY + LINE_BAND / 2 + TICK;
        pen.paragraph(g.date, STYLES.label, lx, top, g.labelWidth, 'center');
        pen.paragraph(g.event, { ...STYLES.small, color: GREY }, lx, top + dateH + DATE_EVENT_GAP, g.labelWidth, 'center');
      }
    }
  }
}
