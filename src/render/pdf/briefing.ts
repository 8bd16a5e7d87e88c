import PDFDocument from 'pdfkit';
import { z } from 'zod';
import { QuizwireError } from '../../errors.js';
import { Briefing } from '../../brief/model.js';
import { deterministicPdfOptions, registerFonts } from './fonts.js';
import { BriefingPage } from './briefing/compose.js';
import { fitSelection } from './briefing/fit.js';
import { Pen } from './briefing/pen.js';
import { MARGIN, PAPER_SIZES, RULE, STYLES } from './briefing/style.js';

export const BriefingPdfOptions = z.object({
  paper: z.enum(['a4', 'letter']).default('a4'),
});
export type BriefingPdfOptions = z.input<typeof BriefingPdfOptions>;

const FOOTER = 'quizwire briefing: the sentences, figures, quotes, dates and roles above are taken from the articles listed under Sources.';
/** Metadata date when no article has a publication date: fixed, never the clock. */
const FIXED_EPOCH = '2000-01-01';

/** Read the paper option the way the CLI gives it; a clear one-line error for anything else. */
export function parsePaper(value: unknown): 'a4' | 'letter' {
  const v = String(value ?? 'a4').toLowerCase();
  if (v === 'a4' || v === 'letter') return v;
  throw new QuizwireError(`--paper ${String(value)}: unknown paper size; use a4 or letter.`);
}

/**
 * Lay the briefing out on exactly one page: measure every block with the real fonts, drop the
 * lowest-ranked items until the body fits, then draw. Same briefing and options, same bytes.
 */
export async function renderBriefingPdf(briefing: Briefing, options: BriefingPdfOptions = {}): Promise<Buffer> {
  const paper = parsePaper(options.paper ?? 'a4');
  const b = Briefing.parse(briefing);
  const [pageWidth, pageHeight] = PAPER_SIZES[paper];
  const date = new Date(`${b.asOf ?? FIXED_EPOCH}T00:00:00Z`);
  const doc = new PDFDocument(deterministicPdfOptions({ title: b.title, date }));
  registerFonts(doc);
  doc.addPage({ size: [pageWidth, pageHeight], margin: 0 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const pen = new Pen(doc);
  const width = pageWidth - 2 * MARGIN.side;
  const footerHeight = pen.height(FOOTER, STYLES.small, width) + 6;
  const available = pageHeight - MARGIN.top - MARGIN.bottom - footerHeight;
  const page = new BriefingPage(b, pen, width);
  const { selection } = fitSelection(page, available);
  page.body(selection).draw(pen, MARGIN.side, MARGIN.top, width);

  const footerY = pageHeight - MARGIN.bottom - footerHeight + 6;
  doc.save().moveTo(MARGIN.side, footerY - 4).lineTo(MARGIN.side + width, footerY - 4).lineWidth(0.5).strokeColor(RULE).stroke().restore();
  pen.paragraph(FOOTER, STYLES.small, MARGIN.side, footerY, width);
  if (pen.overflow > 0.5) throw new Error(`briefing layout overflow of ${pen.overflow.toFixed(1)} pt (a bug in the layout)`);
  doc.end();
  return done;
}
