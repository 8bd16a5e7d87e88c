import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildBriefing, type Briefing } from '../../src/brief/index.js';
import { renderBriefingPdf } from '../../src/render/pdf/briefing.js';
import { loadArticles } from '../../src/ingest/load.js';
import { factsFromDocs } from '../../src/pipeline.js';
import { damBreach } from '../fixtures/brief/dam-breach.js';
import { denseArticles } from '../fixtures/brief/stress.js';
import { readPdf, type PdfSummary } from './pdf-text.js';

const PAPERS = { a4: [595.28, 841.89], letter: [612, 792] } as const;
const BBC = '../shared/eval/news/bbc';

function briefingOf(inputs: string[]): Briefing {
  const { docs, diagnostics } = loadArticles(inputs);
  return buildBriefing(factsFromDocs(docs, diagnostics), docs);
}

async function expectOnePage(b: Briefing, paper: 'a4' | 'letter'): Promise<PdfSummary> {
  const pdf = await renderBriefingPdf(b, { paper });
  const r = await readPdf(pdf);
  expect(r.pages).toBe(1);
  expect(r.size[0]).toBeCloseTo(PAPERS[paper][0], 1);
  expect(r.size[1]).toBeCloseTo(PAPERS[paper][1], 1);
  expect(r.outside).toEqual([]);
  expect(r.minFontSize).toBeGreaterThanOrEqual(7.99);
  expect(r.text).toContain('What happened');
  expect(r.text).toContain('Sources');
  return r;
}

/** The first words of a text, enough to find it in the PDF whatever the line breaks. */
const opening = (text: string, words = 5) => text.split(/\s+/).slice(0, words).join(' ');

describe('briefing PDF of a hand-made fact table', () => {
  const { table, docs } = damBreach();
  const b = buildBriefing(table, docs);

  for (const paper of ['a4', 'letter'] as const) {
    it(`shows every section and the facts in them on one ${paper} page`, async () => {
      const { text } = await expectOnePage(b, paper);
      for (const heading of ['What happened', 'Key numbers', 'Key quotes', 'Timeline', "Who's who", 'Where sources differ', 'Coverage', 'Sources']) expect(text).toContain(heading);
      expect(text).toContain(b.title);
      expect(text).toContain('As of 15 March 2031');
      for (const s of b.whatHappened) expect(text).toContain(opening(s.text));
      for (const n of b.keyNumbers) expect(text).toContain(n.figure);
      for (const q of b.keyQuotes) expect(text).toContain(opening(q.quote, 4));
      for (const t of b.timeline) expect(text).toContain(t.date);
      expect(text).toContain('the rain began');
      for (const name of ['Zoë Łukasiewicz', 'Đặng Thị Mai', 'Олена Коваль', 'Henrik Aaltonen']) expect(text).toContain(name);
      expect(text).toContain('regional emergency director');
      expect(text).toMatch(/14 \(Zoë Łukasiewicz, per Harbor Post\) vs 17/);
      expect(text).toContain('Valley Ledger: Death toll rises to 17');
    });
  }

  it('gives the same bytes for the same briefing', async () => {
    const again = buildBriefing(damBreach().table, damBreach().docs);
    const [x, y] = await Promise.all([renderBriefingPdf(b, { paper: 'a4' }), renderBriefingPdf(again, { paper: 'a4' })]);
    expect(Buffer.compare(x, y)).toBe(0);
  });

  it('prints check questions when the briefing has them', async () => {
    const withQuestions: Briefing = { ...b, questions: [{ rank: 1, stem: 'How many people were evacuated, according to all three outlets?', options: ['more than 1,200', 'about 400'], answer: 0, facts: ['harbor-post:n1'] }] };
    const { text } = await expectOnePage(withQuestions, 'a4');
    expect(text).toContain('Check questions');
    expect(text).toContain('How many people were evacuated');
    expect(text).toContain('Answers: 1 A');
  });

  it('rejects an unknown paper size with a clear message', async () => {
    await expect(renderBriefingPdf(b, { paper: 'a5' as 'a4' })).rejects.toThrow(/--paper a5: unknown paper size; use a4 or letter/);
  });
});

describe('briefing PDF is always exactly one page', () => {
  const cases: Array<[string, () => Briefing]> = [
    ['one short article', () => briefingOf(['tests/fixtures/brief/short-article.txt'])],
    ['the sample articles', () => briefingOf(['seeds'])],
    [
      'thirty BBC articles',
      () =>
        briefingOf(
          readdirSync(BBC)
            .filter((f) => f.endsWith('.txt'))
            .sort()
            .slice(0, 30)
            .map((f) => join(BBC, f)),
        ),
    ],
    ['thirty dense hand-made articles', () => { const d = denseArticles(30); return buildBriefing(d.table, d.docs); }],
    ['one dense hand-made article', () => { const d = denseArticles(1); return buildBriefing(d.table, d.docs); }],
  ];
  for (const [name, make] of cases) {
    it(`for ${name}, on A4 and Letter`, async () => {
      const b = make();
      for (const paper of ['a4', 'letter'] as const) {
        const { text } = await expectOnePage(b, paper);
        expect(text).toContain(b.whatHappened.length ? opening(b.whatHappened[0].text) : 'Sources');
      }
    });
  }

  it('drops low-ranked items for a dense set but keeps the top sentences and a note for unlisted sources', async () => {
    const d = denseArticles(30);
    const b = buildBriefing(d.table, d.docs);
    const { text } = await expectOnePage(b, 'letter');
    expect(text).toMatch(/\(\d+ more articles not listed for space\)/);
    for (const s of b.whatHappened.slice(0, 2)) expect(text).toContain(opening(s.text));
  });

  it('gives the same bytes for the same inputs (sample articles)', async () => {
    const [x, y] = await Promise.all([renderBriefingPdf(briefingOf(['seeds'])), renderBriefingPdf(briefingOf(['seeds']))]);
    expect(Buffer.compare(x, y)).toBe(0);
  });
});
