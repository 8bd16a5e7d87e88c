import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadArticles, makeDoc } from '../../src/ingest/load.js';
import { guessEnglish } from '../../src/ingest/language.js';
import type { Diagnostic } from '../../src/schema/index.js';

const english =
  'The council met on Tuesday and approved the budget for next year. It was the first time in a decade that the vote passed without a fight, and the mayor said she was pleased with the result. Officials will now start work on the plan.';
const french =
  'Le gouvernement a annoncé lundi une nouvelle série de mesures pour soutenir les entreprises touchées par la crise. Selon le ministre, ces aides seront versées dès le mois prochain aux commerçants et aux artisans qui en feront la demande.';
const japanese = '政府は月曜日、危機の影響を受けた企業を支援するための新たな措置を発表した。大臣によると、支援金は来月から申請した商店や職人に支払われる予定だという。';

describe('guessEnglish', () => {
  it.each([
    ['English', english, true],
    ['French', french, false],
    ['Japanese', japanese, false],
    ['a very short text', 'Bonjour le monde.', true],
  ])('%s', (_name, text, expected) => {
    expect(guessEnglish(text).english).toBe(expected);
  });

  // The answer may come before the whole sample is read, but only when no rest could change it.
  it('is not decided early by an English start that the rest of the sample outweighs', () => {
    const head = english.repeat(2).slice(0, 400);
    expect(guessEnglish(head + japanese.repeat(40)).english).toBe(false);
    expect(guessEnglish(head + french.repeat(15)).english).toBe(false);
    expect(guessEnglish(english.repeat(12).slice(0, 2500) + japanese.repeat(10)).english).toBe(true);
  });

  it('decides a long English text without reading all of the sample', () => {
    const guess = guessEnglish(english.repeat(20));
    expect(guess.english).toBe(true);
    expect(guess.words).toBeLessThan(guessEnglish(english.repeat(20).slice(0, 3000) + '\n'.repeat(10)).words + 1);
    expect(guess.stopWordShare).toBeGreaterThan(0.12);
  });
});

describe('makeDoc', () => {
  it('warns about a non-English article', () => {
    const diagnostics: Diagnostic[] = [];
    makeDoc(french, 'fr.txt', 'fr', diagnostics);
    expect(diagnostics.find((d) => d.rule === 'language')?.message).toMatch(/^fr\.txt: does not look like English/);
  });

  it('shows a plain-text headline closed by a full stop without the stop, its span still whole', () => {
    const raw = `Council backs budget for the harbour.\n\n${english}\n`;
    const doc = makeDoc(raw, 'a.txt', 'a', []);
    expect(doc.article.title).toBe('Council backs budget for the harbour');
    expect(raw.slice(doc.titleSpan!.start, doc.titleSpan!.end)).toBe('Council backs budget for the harbour.');
  });

  it('reads a Markdown pipe table as one line per row, never joined with the prose or taken for a menu', () => {
    const raw = `---\ntitle: Exams\n---\n${english}\n\n| District | Pass rate |\n|---|---|\n| Velden | 74% |\n| north coast | 66% |\nofficials said smaller classes had made the difference.\n`;
    const doc = makeDoc(raw, 'a.md', 'a', []);
    const sentences = doc.sentences.map((s) => doc.text.slice(s.start, s.end));
    expect(sentences).toContain('District | Pass rate');
    expect(sentences).toContain('Velden | 74%');
    expect(sentences).toContain('north coast | 66%');
    expect(sentences).toContain('officials said smaller classes had made the difference.');
  });

  it('warns about front matter with a bad date and still reads the article', () => {
    const diagnostics: Diagnostic[] = [];
    const raw = `---\ntitle: Budget\npublished: 2024-13-45\n---\n${english}\n`;
    const doc = makeDoc(raw, 'a.md', 'a', diagnostics);
    expect(doc.article.title).toBe('Budget');
    expect(doc.article.published).toBeUndefined();
    expect(diagnostics.find((d) => d.rule === 'front-matter')?.message).toMatch(/a\.md: front matter 'published: 2024-13-45'/);
    expect(doc.sentences.length).toBeGreaterThan(2);
  });

  it('reads an author from front matter and removes the note about them at the end', () => {
    const raw = `---\ntitle: Budget\nauthor: Jo Marsh\n---\n${english}\n\nJo Marsh covers the council for the paper.\n`;
    const diagnostics: Diagnostic[] = [];
    const doc = makeDoc(raw, 'a.md', 'a', diagnostics);
    expect(doc.article.author).toBe('Jo Marsh');
    expect(doc.text).not.toContain('covers the council');
    expect(diagnostics.some((d) => d.rule === 'clean/author-note')).toBe(true);
  });

  it('takes the title and date of an HTML article from its metadata', () => {
    const raw = `<html><head><title>Budget passes</title><meta property="article:published_time" content="2024-03-05T09:00:00Z"></head><body><p>${english}</p></body></html>`;
    const doc = makeDoc(raw, 'a.html', 'a', []);
    expect(doc.article).toMatchObject({ title: 'Budget passes', published: '2024-03-05', publishedFrom: 'metadata' });
    for (const s of doc.sentences) expect(s.end).toBeLessThanOrEqual(doc.text.length);
  });
});

describe('loadArticles', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'quizwire-load-'));
    mkdirSync(join(dir, 'set', 'sub'), { recursive: true });
    mkdirSync(join(dir, 'set', '.hidden'), { recursive: true });
    writeFileSync(join(dir, 'set', 'a.txt'), english);
    writeFileSync(join(dir, 'set', 'sub', 'b.md'), `# Title\n\n${english}`);
    writeFileSync(join(dir, 'set', 'empty.txt'), '');
    writeFileSync(join(dir, 'set', 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    writeFileSync(join(dir, 'set', 'notes.json'), '{}');
    writeFileSync(join(dir, 'set', '.hidden', 'c.txt'), english);
    mkdirSync(join(dir, 'bad'));
    writeFileSync(join(dir, 'bad', 'empty.txt'), ' \n ');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a folder recursively, skipping unreadable files with a warning', () => {
    const { docs, diagnostics } = loadArticles([join(dir, 'set')], { cwd: dir });
    expect(docs.map((d) => d.article.path)).toEqual(['set/a.txt', 'set/sub/b.md']);
    const skipped = diagnostics.filter((d) => d.rule === 'skipped').map((d) => d.message);
    expect(skipped).toHaveLength(2);
    expect(skipped[0]).toMatch(/set\/empty\.txt: the file is empty/);
    expect(skipped[1]).toMatch(/set\/image\.txt: this is a PNG image/);
  });

  it('fails on a bad file named explicitly', () => {
    expect(() => loadArticles([join(dir, 'set', 'empty.txt')], { cwd: dir })).toThrow(/set\/empty\.txt: the file is empty/);
  });

  it('fails when a folder has no readable article, naming the first problem', () => {
    expect(() => loadArticles([join(dir, 'bad')], { cwd: dir })).toThrow(/no readable article .*bad\/empty\.txt: the file has only whitespace/);
  });

  it('reports progress once per file', () => {
    const calls: string[] = [];
    loadArticles([join(dir, 'set')], { cwd: dir, onProgress: (done, total) => calls.push(`${done}/${total}`) });
    expect(calls).toEqual(['1/4', '2/4', '3/4', '4/4']);
  });
});
