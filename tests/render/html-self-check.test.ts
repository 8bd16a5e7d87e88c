import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { classSet, hostileQuiz, sampleQuiz } from '../fixtures/lms/quizzes.js';
import { asText, renderFormat } from '../fixtures/lms/inspect.js';
import type { Quiz } from '../../src/schema/index.js';
import { htmlRenderer } from '../../src/render/html/self-check.js';

const documentOf = (html: string) => parseHTML(html).document;

function expectPageShows(html: string, quiz: Quiz) {
  const doc = documentOf(html);
  const questions = [...doc.querySelectorAll('li.question')];
  expect(questions).toHaveLength(quiz.questions.length);
  questions.forEach((li, i) => {
    const q = quiz.questions[i];
    expect(li.querySelector('.stem')!.textContent).toBe(q.stem);
    expect([...li.querySelectorAll('.option-text')].map((o) => o.textContent)).toEqual(q.options.map((o) => o.text));
    expect([...li.querySelectorAll('input[type=radio]')].map((r) => r.getAttribute('value'))).toEqual(q.options.map((_, k) => String(k)));
    expect(li.querySelector('.answer-key')!.textContent).toBe(`${'ABCD'[q.answer]}. ${q.options[q.answer].text}`);
    const sentences = [...li.querySelectorAll('.source-sentence')].map((s) => s.textContent);
    for (const s of q.sources) expect(sentences).toContain((s.sentence ?? s.text).trim());
    expect(li.querySelector('.feedback')!.hasAttribute('hidden')).toBe(true);
  });
  const data = JSON.parse(doc.getElementById('quiz-data')!.textContent!);
  expect(data.answers).toEqual(quiz.questions.map((q) => q.answer));
  return doc;
}

describe('self-check HTML quiz', () => {
  it('is one self-contained page: no external resource, its only script allowed by hash', async () => {
    const quiz = sampleQuiz();
    const files = await renderFormat('html', { quizzes: [quiz] }, 'out-x');
    expect(files.map((f) => f.path)).toEqual([join('out-x', 'quiz.html')]);
    const html = asText(files[0]);
    const doc = expectPageShows(html, quiz);
    expect(doc.querySelectorAll('link, img, iframe, object, embed, [src]')).toHaveLength(0);
    expect(html).not.toMatch(/https?:\/\//);
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.map((s) => s.getAttribute('type'))).toEqual(['application/json', null]);
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    const hash = createHash('sha256').update(scripts[1].textContent!).digest('base64');
    expect(csp).toContain(`script-src 'sha256-${hash}'`);
    expect(csp).toContain("default-src 'none'");
    expect(doc.querySelector('.page-footer')!.textContent).toContain('quizwire 0.1.0, seed "lms-fixture"');
    expect(doc.querySelector('.note')!.textContent).toBe('Only 4 good questions could be made.');
    // a source without title or outlet is cited by file name, never by the full path
    expect([...doc.querySelectorAll('#q2 cite')].map((c) => c.textContent)).toEqual(['000_cffc244e81672aac.txt', '004_d94bf1c66bf91e63.txt']);
  });

  it('shows hostile text as text: no markup, no template evaluation', async () => {
    const quiz = hostileQuiz();
    const html = asText((await renderFormat('html', { quizzes: [quiz] }))[0]);
    const doc = expectPageShows(html, quiz);
    expect(doc.querySelectorAll('script')).toHaveLength(2);
    expect(doc.querySelectorAll('main b, main img')).toHaveLength(0);
    expect(doc.querySelector('h1')!.textContent).toBe(quiz.title);
    expect(doc.querySelector('.page-footer')!.textContent).toContain('=V1 <b>');
  });

  it('gives each student of a class set their own page, named after the manifest id', async () => {
    const set = classSet();
    const files = await renderFormat('html', set, 'out-x');
    expect(files.map((f) => f.path)).toEqual(['ada', 'alan', 'grace'].map((id) => join('out-x', 'students', id, 'quiz.html')));
    files.forEach((f, v) => {
      const doc = expectPageShows(asText(f), set.quizzes[v]);
      expect(doc.querySelector('.student-line strong')!.textContent).toBe(set.manifest!.students[v].name);
      expect(doc.querySelector('title')!.textContent).toContain(`Version ${set.quizzes[v].versionCode}`);
      expect(doc.querySelector('.version-code')!.textContent).toBe(`Version ${set.quizzes[v].versionCode}`);
    });
  });

  it('prints on the paper size asked for', async () => {
    const quiz = sampleQuiz();
    const page = async (paper: 'a4' | 'letter') => asText((await htmlRenderer.render({ quizzes: [quiz] }, { outDir: 'o', paper }))[0]);
    const [a4, letter] = [await page('a4'), await page('letter')];
    expect(a4).toContain('@page { size: A4;');
    expect(letter).toContain('@page { size: letter;');
  });
});
