import PDFDocument from 'pdfkit';
import { join } from 'node:path';
import type { Question, Quiz } from '../../schema/index.js';
import type { FormatRenderer, RenderContext } from '../registry.js';
import { deterministicPdfOptions, registerFonts } from './fonts.js';

type Doc = PDFKit.PDFDocument;
export type SheetMode = 'sheet' | 'key';

const MARGIN = 56;
const FOOTER_GAP = 28;
const INK = '#111111';
const MUTED = '#666666';
const RULE = '#999999';
const LETTERS = 'ABCDEFGH';

/** PDF metadata date: from the articles (never the clock), a fixed day when they have none. */
function fixedDate(quizzes: Quiz[]): Date {
  const date = quizzes.map((q) => q.date).filter((d): d is string => !!d).sort().at(-1);
  return new Date(`${date ?? '2000-01-01'}T00:00:00Z`);
}

function footerText(quiz: Quiz, mode: SheetMode): string {
  const code = quiz.versionCode ? `Version ${quiz.versionCode}` : 'Version –';
  return `${code}${mode === 'key' ? ' · answer key' : ''} · seed “${quiz.seed}” · quizwire ${quiz.version}`;
}

function header(doc: Doc, quiz: Quiz, mode: SheetMode): void {
  const width = doc.page.width - 2 * MARGIN;
  const top = doc.y;
  doc.font('serifBold').fontSize(18).fillColor(INK).text(mode === 'key' ? `Answer key: ${quiz.title ?? 'Quiz'}` : (quiz.title ?? 'Quiz'), MARGIN, top, { width: width - 120 });
  doc.font('serifBold').fontSize(11).text(quiz.versionCode ? `Version ${quiz.versionCode}` : '', MARGIN + width - 120, top + 5, { width: 120, align: 'right' });
  doc.x = MARGIN;
  doc.y = Math.max(doc.y, top + 24) + 10;
  if (mode === 'sheet') {
    doc.font('serif').fontSize(10.5).fillColor(INK);
    const y = doc.y + 10;
    doc.text('Name', MARGIN, y, { lineBreak: false });
    doc.moveTo(MARGIN + 36, y + 11).lineTo(MARGIN + width * 0.62, y + 11).lineWidth(0.6).strokeColor(RULE).stroke();
    doc.text('Date', MARGIN + width * 0.66, y, { lineBreak: false });
    doc.moveTo(MARGIN + width * 0.66 + 30, y + 11).lineTo(MARGIN + width, y + 11).stroke();
    doc.x = MARGIN;
    doc.y = y + 26;
    doc.font('serif').fontSize(9.5).fillColor(MUTED).text('Choose one answer for each question.', MARGIN, doc.y, { width });
  } else if (quiz.notes?.length) {
    doc.font('serif').fontSize(9.5).fillColor(MUTED);
    for (const note of quiz.notes) doc.text(`Note: ${note}`, MARGIN, doc.y, { width });
  }
  const y = doc.y + 8;
  doc.moveTo(MARGIN, y).lineTo(MARGIN + width, y).lineWidth(0.8).strokeColor(INK).stroke();
  doc.x = MARGIN;
  doc.y = y + 14;
}

const NUMBER_WIDTH = 24;
/** Taller than any question we make (stems and options are length-capped). */
const SURELY_FITS = 260;
const OPTION_INDENT = NUMBER_WIDTH + 6;
const LETTER_WIDTH = 20;

function questionHeight(doc: Doc, q: Question, width: number): number {
  doc.font('serif').fontSize(11);
  let h = doc.heightOfString(q.stem, { width: width - NUMBER_WIDTH }) + 6;
  doc.font('serif').fontSize(10.5);
  for (const o of q.options) h += doc.heightOfString(o.text, { width: width - OPTION_INDENT - LETTER_WIDTH }) + 3;
  return h + 14;
}

function drawQuestion(doc: Doc, q: Question, n: number, width: number): void {
  const top = doc.y;
  doc.font('serifBold').fontSize(11).fillColor(INK).text(`${n}.`, MARGIN, top, { width: NUMBER_WIDTH });
  doc.font('serif').fontSize(11).text(q.stem, MARGIN + NUMBER_WIDTH, top, { width: width - NUMBER_WIDTH });
  doc.y += 6;
  q.options.forEach((o, i) => {
    const y = doc.y;
    doc.font('serifBold').fontSize(10.5).fillColor(INK).text(LETTERS[i], MARGIN + OPTION_INDENT, y, { width: LETTER_WIDTH });
    doc.font('serif').fontSize(10.5).text(o.text, MARGIN + OPTION_INDENT + LETTER_WIDTH, y, { width: width - OPTION_INDENT - LETTER_WIDTH });
    doc.y += 3;
  });
  doc.x = MARGIN;
  doc.y += 14;
}

function keyEntry(doc: Doc, q: Question, n: number, width: number, measure = false): number {
  const sources = q.sources.map((s) => `${s.outlet ?? s.title ?? s.article} — ${s.path}, characters ${s.span.start}–${s.span.end}`).join('\n');
  const answer = `${LETTERS[q.answer]}  ${q.options[q.answer]?.text ?? ''}`;
  const body = width - NUMBER_WIDTH;
  if (measure) {
    doc.font('serifBold').fontSize(10.5);
    let h = doc.heightOfString(answer, { width: body }) + 2;
    doc.font('serif').fontSize(9.5);
    h += doc.heightOfString(q.explanation, { width: body }) + 2;
    doc.font('condensed').fontSize(8);
    return h + doc.heightOfString(sources, { width: body }) + 12;
  }
  const top = doc.y;
  doc.font('serifBold').fontSize(10.5).fillColor(INK).text(`${n}.`, MARGIN, top, { width: NUMBER_WIDTH });
  doc.text(answer, MARGIN + NUMBER_WIDTH, top, { width: body });
  doc.y += 2;
  doc.font('serif').fontSize(9.5).fillColor(INK).text(q.explanation, MARGIN + NUMBER_WIDTH, doc.y, { width: body });
  doc.y += 2;
  doc.font('condensed').fontSize(8).fillColor(MUTED).text(sources, MARGIN + NUMBER_WIDTH, doc.y, { width: body });
  doc.x = MARGIN;
  doc.y += 12;
  return 0;
}

function addPage(doc: Doc, paper: RenderContext['paper']): void {
  doc.addPage({ size: paper === 'letter' ? 'LETTER' : 'A4', margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } });
}

/** One quiz: starts on a new page, its own page numbers in the footer. */
function drawQuiz(doc: Doc, quiz: Quiz, mode: SheetMode, paper: RenderContext['paper']): void {
  const first = doc.bufferedPageRange().count;
  addPage(doc, paper);
  header(doc, quiz, mode);
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN - FOOTER_GAP;
  if (quiz.questions.length === 0) {
    doc.font('serif').fontSize(11).fillColor(MUTED).text(quiz.notes?.join(' ') || 'No questions.', MARGIN, doc.y, { width });
  }
  quiz.questions.forEach((q, i) => {
    // Keep a question with its options: never split across pages. Measuring costs a layout pass,
    // so only near the bottom, where a question might not fit.
    const near = doc.y > bottom() - SURELY_FITS;
    const h = !near ? 0 : mode === 'sheet' ? questionHeight(doc, q, width) : keyEntry(doc, q, i + 1, width, true);
    if (near && doc.y + h > bottom()) {
      addPage(doc, paper);
      doc.y = MARGIN;
    }
    if (mode === 'sheet') drawQuestion(doc, q, i + 1, width);
    else keyEntry(doc, q, i + 1, width);
  });
  const last = doc.bufferedPageRange().count;
  for (let p = first; p < last; p++) {
    doc.switchToPage(p);
    // The footer sits in the bottom margin; without this pdfkit would start a new page for it.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN - 10;
    doc.moveTo(MARGIN, y - 6).lineTo(doc.page.width - MARGIN, y - 6).lineWidth(0.4).strokeColor(RULE).stroke();
    doc.font('condensed').fontSize(8).fillColor(MUTED);
    doc.text(footerText(quiz, mode), MARGIN, y, { width: width - 80, lineBreak: false, height: 10 });
    doc.text(`Page ${p - first + 1} of ${last - first}`, doc.page.width - MARGIN - 80, y, { width: 80, align: 'right', lineBreak: false, height: 10 });
  }
}

/** Every quiz of the set in one PDF: one student's sheet (or key) after another. */
export function renderQuizPdf(quizzes: Quiz[], mode: SheetMode, paper: RenderContext['paper'] = 'a4'): Promise<Uint8Array> {
  const title = mode === 'key' ? 'Answer key' : (quizzes[0]?.title ?? 'Quiz');
  const doc = new PDFDocument({ ...deterministicPdfOptions({ title, date: fixedDate(quizzes) }), bufferPages: true });
  registerFonts(doc);
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  for (const quiz of quizzes) drawQuiz(doc, quiz, mode, paper);
  if (quizzes.length === 0) addPage(doc, paper);
  doc.flushPages();
  doc.end();
  return done;
}

/** quiz.pdf + answer-key.pdf; for a class set, class.pdf (every sheet) + answer-key.pdf (every key). */
export const quizPdfRenderer: FormatRenderer = {
  format: 'pdf',
  async render(set, ctx) {
    const [sheets, keys] = await Promise.all([renderQuizPdf(set.quizzes, 'sheet', ctx.paper), renderQuizPdf(set.quizzes, 'key', ctx.paper)]);
    return [
      { path: join(ctx.outDir, set.manifest ? 'class.pdf' : 'quiz.pdf'), data: sheets },
      { path: join(ctx.outDir, 'answer-key.pdf'), data: keys },
    ];
  },
};
