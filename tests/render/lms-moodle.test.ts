import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { cdata } from '../../src/render/lms/text-escape.js';
import { classSet, hostileQuiz, sampleQuiz } from '../fixtures/lms/quizzes.js';
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

  it('writes a class set as one category per question slot holding each version', async () => {
    const set = classSet();
    const { questions } = await moodleOf(set);
    const slots: any[][] = [];
    for (const q of questions) {
      if (q['@type'] === 'category') slots.push([cdataText(q.category.text)]);
      else slots[slots.length - 1].push(q);
    }
    expect(slots.map((s) => s[0])).toEqual([1, 2, 3, 4].map((k) => `$course$/top/quizwire/North Korean troops in Kursk/Question 0${k}`));
    set.quizzes.forEach((quiz, v) =>
      quiz.questions.forEach((q, k) => {
        const mq = slots[k][1 + v];
        expect(cdataText(mq.name.text)).toBe(`Q0${k + 1} ${q.kind} Version ${quiz.versionCode}`);
        expectSameAsQuiz(mq, q);
      }),
    );
    const idnumbers = questions.filter((q) => q.idnumber).map((q) => cdataText(q.idnumber));
    expect(new Set(idnumbers).size).toBe(12);
  });
});
