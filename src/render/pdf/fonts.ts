import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** Embedded Unicode fonts (DejaVu: Latin with diacritics, Greek, Cyrillic and more). */
export const FONT_FILES = {
  regular: join(fontDir, 'DejaVuSans.ttf'),
  bold: join(fontDir, 'DejaVuSans-Bold.ttf'),
  italic: join(fontDir, 'DejaVuSans-Oblique.ttf'),
  serif: join(fontDir, 'DejaVuSerif.ttf'),
  serifBold: join(fontDir, 'DejaVuSerif-Bold.ttf'),
  serifItalic: join(fontDir, 'DejaVuSerif-Italic.ttf'),
  condensed: join(fontDir, 'DejaVuSansCondensed.ttf'),
  condensedBold: join(fontDir, 'DejaVuSansCondensed-Bold.ttf'),
} as const;
export type FontName = keyof typeof FONT_FILES;

export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const [name, file] of Object.entries(FONT_FILES)) doc.registerFont(name, file);
}

/**
 * Options for a PDF whose bytes depend only on its inputs: fixed metadata dates (pass a date
 * derived from the inputs, never the clock) and no random file id.
 */
export function deterministicPdfOptions(info: { title: string; date: Date }): PDFKit.PDFDocumentOptions {
  return {
    compress: true,
    info: { Title: info.title, Producer: 'quizwire', Creator: 'quizwire', CreationDate: info.date, ModDate: info.date },
    autoFirstPage: false,
  };
}

export type { PDFDocument };
