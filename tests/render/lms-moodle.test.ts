import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { cdata } from '../../src/render/lms/text-escape.js';
import { classSet, drawnClassSet, hostileQuiz, sampleQuiz } from '../fixtures/lms/quizzes.js';
import { asText, cdataText, parseXml, renderFormat, visibleLines, visibleText } from '../fixtures/lms/inspect.js';
import type { Question } from '../../src/schema/index.js';
import type { QuizSet } from '../../src/render/registry.js';

async function moodleOf(set: QuizSet) {
  const files = await renderFormat('moodle', set, 'out-x');
  expect(files.map((f) => f.path)).toEqual([join('out-x', 'quiz.moodle.xml')]);
  const xml = asText(files[0]);
  const doc = parseXml(xml, ['question', 'answer', 'tag']);
  return { xml, questions: doc.quiz.question as any[] };
}

function expectSameAsQuiz(mq: any, q: Question) {
  expect(mq['@type']).toBe('multichoice');
  expect(mq.single).toBe('true');
  expect(mq.shuffleanswers).toBe('true');
  expect(mq.questiontext['@format']).toBe('html');
  expect(visibleText(cdataText(mq.questiontext.text))).toBe(q.stem);
  expect(mq.answer.map((a: any) => visibleText(cdataText(a.text)))).toEqual(q.options.map((o) => o.text));
  expect(mq.answer.map((a: any) => a['@fraction'])).toEqual(q.options.map((_, i) => (i === q.answer ? '100' : '0')));
  const feedback = visibleLines(cdataText(mq.generalfeedback.text));
  expect(feedback[0]).toBe(q.explanation);
  for (const s of q.sources) expect(feedback.some((line) => line.includes(s.sentence ?? s.text))).toBe(true);
}

describe('Moodle XML export', () => {
  it('splits ]]> so CDATA stays data', () => {
    const xml = `<t>${cdata('a ]]> b ]]]]> c')}</t>`;
    expect(cdataText(parseXml(xml).t)).toBe('a ]]> b ]]]]> c');
  });

  it('parses with fast-xml-parser into multichoice questions with shuffle, one answer and source feedback', async () => {
    const quiz = sampleQuiz();
    const { xml, questions } = await moodleOf({ quizzes: [quiz] });
    expect(xml).toContain('<!-- North Korean troops in Kursk - quizwire 0.1.0, seed "lms-fixture" -->');
    expect(questions[0]['@type']).toBe('category');
    expect(cdataText(questions[0].category.text)).toBe('$course$/top/quizwire/North Korean troops in Kursk');
    const mcs = questions.slice(1);
    expect(mcs).toHaveLength(quiz.questions.length);
    mcs.forEach((mq, i) => {
      expect(cdataText(mq.name.text)).toBe(`Q0${i + 1} ${quiz.questions[i].kind}`);
      expectSameAsQuiz(mq, quiz.questions[i]);
    });
    // every piece of text sits in CDATA
    expect(mcs[0].questiontext.text['#cdata']).toBeDefined();
  });

  it('keeps hostile text inert and intact', async () => {
    const quiz = hostileQuiz();
    const { xml, questions } = await moodleOf({ quizzes: [quiz] });
    const mcs = questions.filter((q) => q['@type'] === 'multichoice');
    expect(mcs).toHaveLength(quiz.questions.length);
    mcs.forEach((mq, i) => expectSameAsQuiz(mq, quiz.questions[i]));
    expect(xml).not.toMatch(/<script/i);
    // the comment with the hostile title is still one well-formed comment
    expect(xml.match(/<!--/g)).toHaveLength(1);
  });

  function pools(questions: any[]) {
    const out: Array<{ category: string; questions: any[] }> = [];
    for (const q of questions) {
      if (q['@type'] === 'category') out.push({ category: cdataText(q.category.text), questions: [] });
      else out[out.length - 1].questions.push(q);
    }
    return out;
  }

  it('writes a class set as one category per question slot; versions that only reorder give one question each', async () => {
    const set = classSet();
    const slots = pools((await moodleOf(set)).questions);
    expect(slots.map((s) => s.category)).toEqual([1, 2, 3, 4].map((k) => `$course$/top/quizwire/North Korean troops in Kursk/Question 0${k}`));
    set.quizzes[0].questions.forEach((q, k) => {
      expect(slots[k].questions).toHaveLength(1);
      expect(cdataText(slots[k].questions[0].name.text)).toBe(`Q0${k + 1}.1 ${q.kind}`);
      expectSameAsQuiz(slots[k].questions[0], q);
    });
  });

  it('puts every question of a drawn class set in exactly one slot category, with unique id numbers', async () => {
    const { set, pool, expectedPools } = drawnClassSet();
    const { questions } = await moodleOf(set);
    const slots = pools(questions);
    expect(slots.map((s) => s.questions.length)).toEqual(expectedPools.map((p) => p.length));
    expectedPools.forEach((indices, k) => indices.forEach((i, n) => expectSameAsQuiz(slots[k].questions[n], pool[i])));
    const idnumbers = questions.filter((q) => q.idnumber).map((q) => cdataText(q.idnumber));
    expect(new Set(idnumbers).size).toBe(pool.length);
  });

  it('drops characters XML cannot hold instead of writing a file Moodle rejects', async () => {
    const quiz = sampleQuiz();
    quiz.questions[0] = { ...quiz.questions[0], stem: 'bell \u0007 and nul \u0000 here?' };
    const { questions } = await moodleOf({ quizzes: [quiz] });
    expect(visibleText(cdataText(questions[1].questiontext.text))).toBe('bell  and nul  here?');
  });
});
