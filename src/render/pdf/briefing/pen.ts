import type { TextStyle } from './style.js';

export interface Run {
  text: string;
  color?: string;
}

/**
 * Measures and draws text with pdfkit. Measuring and drawing go through the same calls with the
 * same options, so what was measured is what is printed; heights are cached per text and width
 * because the page is laid out many times while items are dropped.
 */
export class Pen {
  private readonly heights = new Map<string, number>();
  /** Largest amount by which drawn text went past its measured height (should stay 0). */
  overflow = 0;

  constructor(readonly doc: PDFKit.PDFDocument) {}

  private use(style: TextStyle): void {
    this.doc.font(style.font).fontSize(style.size);
  }

  private ink(style: TextStyle, color = style.color): void {
    this.use(style);
    this.doc.fillColor(color);
  }

  /** Height of runs set as one paragraph (same font, colours may differ). */
  height(runs: Run[] | string, style: TextStyle, width: number): number {
    const text = typeof runs === 'string' ? runs : runs.map((r) => r.text).join('');
    if (!text) return 0;
    const key = `${style.font}|${style.size}|${style.lineGap}|${width.toFixed(2)}|${text}`;
    let h = this.heights.get(key);
    if (h === undefined) {
      this.use(style);
      h = this.doc.heightOfString(text, { width, lineGap: style.lineGap });
      this.heights.set(key, h);
    }
    return h;
  }

  width(text: string, style: TextStyle): number {
    this.use(style);
    return this.doc.widthOfString(text);
  }

  /** Line height of one line in this style. */
  lineHeight(style: TextStyle): number {
    this.use(style);
    return this.doc.currentLineHeight(true) + style.lineGap;
  }

  /** Draw a paragraph; returns its measured height. */
  paragraph(runs: Run[] | string, style: TextStyle, x: number, y: number, width: number, align: 'left' | 'center' | 'right' = 'left'): number {
    const list = typeof runs === 'string' ? [{ text: runs }] : runs.filter((r) => r.text);
    const measured = this.height(list, style, width);
    if (list.length === 0) return 0;
    list.forEach((run, i) => {
      this.ink(style, run.color ?? style.color);
      const options = { width, lineGap: style.lineGap, align, continued: i < list.length - 1 };
      if (i === 0) this.doc.text(run.text, x, y, options);
      else this.doc.text(run.text, options);
    });
    this.overflow = Math.max(this.overflow, this.doc.y - (y + measured));
    return measured;
  }

  /** One line that must not wrap (labels measured to fit beforehand). */
  line(text: string, style: TextStyle, x: number, y: number, options: { width?: number; align?: 'left' | 'center' | 'right' } = {}): void {
    this.ink(style);
    this.doc.text(text, x, y, { lineBreak: false, width: options.width, align: options.align ?? 'left' });
  }
}
