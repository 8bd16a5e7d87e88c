import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { hostileQuiz, sampleQuiz } from '../fixtures/lms/quizzes.js';
import { asText, renderFormat } from '../fixtures/lms/inspect.js';
import type { Quiz } from '../../src/schema/index.js';

const CHROMIUM = '/usr/bin/chromium';

// Debian's chromium is a test dependency (.ci/run installs it); without it this suite cannot run.
describe('self-check HTML quiz in headless Chromium', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
    dir = mkdtempSync(join(tmpdir(), 'quizwire-html-'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Opens the page from disk with every non-file request recorded and refused. */
  async function open(quiz: Quiz, name: string) {
    const path = join(dir, name);
    writeFileSync(path, asText((await renderFormat('html', { quizzes: [quiz] }, dir))[0]));
    const page = await browser.newPage();
    const network: string[] = [];
    const problems: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      network.push(url);
      return route.abort();
    });
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(pathToFileURL(path).href);
    return { page, network, problems };
  }

  const score = async (page: Page) => ({
    correct: await page.textContent('#score-correct'),
    answered: await page.textContent('#score-answered'),
    done: await page.isVisible('#score-done'),
  });

  it('lets a student answer, shows right or wrong with the source sentence, and keeps the score', async () => {
    const quiz = sampleQuiz();
    const { page, network, problems } = await open(quiz, 'quiz.html');
    expect(await score(page)).toEqual({ correct: '0', answered: '0', done: false });
    expect(await page.isVisible('#q1 .feedback')).toBe(false);

    // question 1: the right answer
    const q1 = quiz.questions[0];
    await page.click(`#q1 input[value="${q1.answer}"]`);
    expect(await page.isVisible('#q1 .verdict-right')).toBe(true);
    expect(await page.isVisible('#q1 .verdict-wrong')).toBe(false);
    expect(await page.textContent('#q1 .source-sentence')).toBe(q1.sources[0].sentence);
    expect(await score(page)).toEqual({ correct: '1', answered: '1', done: false });

    // question 2: a wrong answer; the key is shown and the question is locked
    const q2 = quiz.questions[1];
    const wrong = (q2.answer + 1) % q2.options.length;
    await page.click(`#q2 input[value="${wrong}"]`);
    expect(await page.isVisible('#q2 .verdict-wrong')).toBe(true);
    expect(await page.textContent('#q2 .verdict-wrong .answer-key')).toBe(`${'ABCD'[q2.answer]}. ${q2.options[q2.answer].text}`);
    expect(await page.isDisabled(`#q2 input[value="${q2.answer}"]`)).toBe(true);
    expect(await score(page)).toEqual({ correct: '1', answered: '2', done: false });

    // the rest right: all answered
    for (let i = 2; i < quiz.questions.length; i++) await page.click(`#q${i + 1} input[value="${quiz.questions[i].answer}"]`);
    expect(await score(page)).toEqual({ correct: String(quiz.questions.length - 1), answered: String(quiz.questions.length), done: true });

    await page.click('#reset');
    expect(await score(page)).toEqual({ correct: '0', answered: '0', done: false });
    expect(await page.isVisible('#q1 .feedback')).toBe(false);

    // printed, the sheet has no feedback and no score box
    await page.click(`#q1 input[value="${q1.answer}"]`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('#q1 .feedback')).toBe(false);
    expect(await page.isVisible('#score')).toBe(false);

    expect(network).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows hostile text exactly and runs none of it', async () => {
    const quiz = hostileQuiz();
    const { page, network, problems } = await open(quiz, 'hostile.html');
    const stems = await page.$$eval('.stem', (els) => els.map((e) => e.textContent));
    expect(stems).toEqual(quiz.questions.map((q) => q.stem));
    const firstOptions = await page.$$eval('#q1 .option-text', (els) => els.map((e) => e.textContent));
    expect(firstOptions).toEqual(quiz.questions[0].options.map((o) => o.text));
    await page.click(`#q2 input[value="${quiz.questions[1].answer}"]`);
    expect(await score(page)).toEqual({ correct: '1', answered: '1', done: false });
    expect(await page.$$eval('main script, main b, main img', (els) => els.length)).toBe(0);
    expect(network).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
