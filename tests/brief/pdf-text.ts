import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfSummary {
  pages: number;
  /** Page size in points, [width, height]. */
  size: [number, number];
  /** All text of the PDF, whitespace collapsed. */
  text: string;
  /** Text items whose bounding box leaves the page. */
  outside: string[];
  /** Smallest font size used by any text item, in points. */
  minFontSize: number;
}

/** Read a PDF the way a viewer would: page count, size, text. */
export async function readPdf(data: Buffer): Promise<PdfSummary> {
  const pdf = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false }).promise;
  const page = await pdf.getPage(1);
  const [, , w, h] = page.view;
  const parts: string[] = [];
  const outside: string[] = [];
  let minFontSize = Infinity;
  for (let p = 1; p <= pdf.numPages; p++) {
    const content = await (await pdf.getPage(p)).getTextContent();
    for (const item of content.items) {
      if (!('str' in item)) continue;
      parts.push(item.str);
      if (item.hasEOL) parts.push(' ');
      const [a, bb, , , x, y] = item.transform;
      if (item.str.trim()) minFontSize = Math.min(minFontSize, Math.hypot(a, bb));
      if (item.str.trim() && (x < 0 || y < 0 || x + item.width > w + 0.5 || y > h)) outside.push(item.str);
    }
  }
  await pdf.destroy();
  return { pages: pdf.numPages, size: [w, h], text: parts.join(' ').replace(/\s+/g, ' '), outside, minFontSize };
}
