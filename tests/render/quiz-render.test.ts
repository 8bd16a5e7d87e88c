import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../src/questions/index.js';
import { generateClassSet } from '../../src/questions/class-set.js';
import { numberedStudents } from '../../src/questions/roster.js';
import { renderQuizMarkdown } from '../../src/render/quiz-md.js';
import { quizJson } from '../../src/render/quiz-json.js';
import { renderQuizPdf } from '../../src/render/pdf/quiz-sheet.js';
import { formatRenderers } from '../../src/render/formats.js';
import { Quiz } from '../../src/schema/index.js';
import { fixtureTable, texts } from '../questions/fixture.js';

const quiz = (seed: string) => generateQuiz(fixtureTable(), { seed, count: 8, texts });
const pdfText = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('quiz renderers', () => {
  it('registers md, json and pdf', () => {
    expect(formatRenderers.map((r) => r.format)).toEqual(expect.arrayContaining(['md', 'json', 'pdf']));
  });

  it('Markdown: numbered questions with options A-D, the key with answers, explanations and sources', () => {
    const q = quiz('md');
    const { sheet, key } = renderQuizMarkdown(q);
    expect(sheet).toContain('Name: ___');
    expect(sheet).toContain('**1.**');
    expect(sheet).toContain(`**8.**`);
    expect(sheet).toMatch(/- \*\*D\.\*\* /);
    expect(sheet).toContain(`Version ${q.versionCode}`);
    expect(sheet).toContain('seed “md”');
    // The sheet never shows the answers or the sources.
    expect(sheet).not.toContain('Source:');
    for (const [i, x] of q.questions.entries()) expect(key).toContain(`| ${i + 1} | **${'ABCD'[x.answer]}** |`);
    expect(key).toContain('Source: The Velden Herald');
    expect(key).toMatch(/characters \d+–\d+/);
  });

  it('JSON: valid against the schema, seed and version recorded, byte-identical on a second run', () => {
    const a = quizJson(quiz('json'));
    expect(a).toBe(quizJson(quiz('json')));
    expect(a).not.toBe(quizJson(quiz('other')));
    const parsed = Quiz.parse(JSON.parse(a));
    expect(parsed.schemaVersion).toBe(1);
    expect(parsed.seed).toBe('json');
    expect(parsed.questions[0].sources[0].span.end).toBeGreaterThan(parsed.questions[0].sources[0].span.start);
  });

  it('PDF: byte-identical for the same seed, different for another, dated from the articles', async () => {
    const a = await renderQuizPdf([quiz('pdf')], 'sheet');
    const b = await renderQuizPdf([quiz('pdf')], 'sheet');
    const c = await renderQuizPdf([quiz('other')], 'sheet');
    expect(pdfText(a).startsWith('%PDF-')).toBe(true);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(c))).not.toBe(0);
    expect(pdfText(a)).toContain('D:20240316');
    expect(pdfText(a)).toMatch(/DejaVuSerif/);
  });

  it('PDF: a class set puts every student on their own pages, the key too', async () => {
    const set = generateClassSet(fixtureTable(), { seed: 'cls', students: numberedStudents(3), vary: 'order', count: 10, texts });
    const sheets = pdfText(await renderQuizPdf(set.quizzes, 'sheet'));
    const keys = pdfText(await renderQuizPdf(set.quizzes, 'key'));
    const pages = (s: string) => (s.match(/\/Type \/Page\b/g) ?? []).length;
    expect(pages(sheets)).toBeGreaterThanOrEqual(3);
    expect(pages(keys)).toBeGreaterThanOrEqual(3);
  });
});

describe('quiz PDF content', () => {
  async function pdfPages(bytes: Uint8Array): Promise<string[]> {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true }).promise;
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' ').replace(/\s+/g, ' '));
    }
    return pages;
  }

  it('the sheet has the name and date line, numbered questions, options A-D and the version code in the footer', async () => {
    const q = quiz('look');
    const pages = await pdfPages(await renderQuizPdf([q], 'sheet'));
    const all = pages.join(' ');
    expect(pages[0]).toMatch(/Name .*Date/);
    for (let i = 1; i <= q.questions.length; i++) expect(all).toContain(`${i}.`);
    expect(all).toMatch(/\bA\b.*\bB\b.*\bC\b.*\bD\b/);
    for (const [i, p] of pages.entries()) expect(p).toContain(`Version ${q.versionCode} · seed “look”`), expect(p).toContain(`Page ${i + 1} of ${pages.length}`);
    expect(all).not.toContain('Answer:');
  });

  it('the key gives each answer letter with its explanation and source', async () => {
    const q = quiz('look');
    const all = (await pdfPages(await renderQuizPdf([q], 'key'))).join(' ');
    expect(all).toContain('Answer key');
    const first = q.questions[0];
    expect(all).toContain(`${'ABCD'[first.answer]} ${first.options[first.answer].text}`.slice(0, 20));
    expect(all).toMatch(/characters \d+–\d+/);
  });
});
