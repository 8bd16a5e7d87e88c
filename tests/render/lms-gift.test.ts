import { describe, expect, it } from 'vitest';
import { parse, type GIFTQuestion, type MultipleChoice } from 'gift-pegjs';
import { join } from 'node:path';
import { giftEscape } from '../../src/render/lms/gift.js';
import { classSet, drawnClassSet, hostileQuiz, hostileStrings, sampleQuiz } from '../fixtures/lms/quizzes.js';
import { asText, renderFormat, visibleLines, visibleText } from '../fixtures/lms/inspect.js';
import type { Quiz } from '../../src/schema/index.js';
import type { QuizSet } from '../../src/render/registry.js';

async function giftOf(set: QuizSet) {
  const files = await renderFormat('gift', set, 'out-x');
  expect(files.map((f) => f.path)).toEqual([join('out-x', 'quiz.gift')]);
  const text = asText(files[0]);
  return { text, parsed: parse(text) as GIFTQuestion[] };
}

const multipleChoice = (qs: GIFTQuestion[]) => qs.filter((q): q is MultipleChoice => q.type === 'MC');

function expectSameAsQuiz(mc: MultipleChoice, q: Quiz['questions'][number]) {
  expect(mc.stem.format).toBe('html');
  expect(visibleText(mc.stem.text)).toBe(q.stem);
  expect(mc.choices.map((c) => visibleText(c.text.text))).toEqual(q.options.map((o) => o.text));
  expect(mc.choices.map((c) => c.isCorrect)).toEqual(q.options.map((_, i) => i === q.answer));
  const feedback = visibleLines(mc.globalFeedback!.text);
  expect(feedback[0]).toBe(q.explanation);
  for (const s of q.sources) expect(feedback.some((line) => line.includes(s.sentence ?? s.text))).toBe(true);
}

describe('GIFT export', () => {
  it('escapes every GIFT control character and the backslash', () => {
    expect(giftEscape('a~b=c#d{e}f:g\\h')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h');
  });

  it('parses with gift-pegjs into the same questions, answers and source feedback', async () => {
    const quiz = sampleQuiz();
    const { text, parsed } = await giftOf({ quizzes: [quiz] });
    expect(parsed[0]).toMatchObject({ type: 'Category' });
    const mcs = multipleChoice(parsed);
    expect(mcs).toHaveLength(quiz.questions.length);
    mcs.forEach((mc, i) => {
      expect(mc.title).toBe(`Q0${i + 1} ${quiz.questions[i].kind}`);
      expectSameAsQuiz(mc, quiz.questions[i]);
    });
    // one blank line between questions, a comment recording seed and version
    expect(text).toMatch(/^\/\/ .*quizwire 0\.1\.0, seed "lms-fixture"/);
    expect(text.split('\n\n::')).toHaveLength(quiz.questions.length + 1);
    expect(text).not.toMatch(/\n\n\n/);
  });

  it('keeps hostile text inert and intact', async () => {
    const quiz = hostileQuiz();
    const { parsed } = await giftOf({ quizzes: [quiz] });
    const mcs = multipleChoice(parsed);
    expect(mcs).toHaveLength(hostileStrings.length);
    mcs.forEach((mc, i) => expectSameAsQuiz(mc, quiz.questions[i]));
    // the only category is ours: "$CATEGORY:" inside a question stayed text
    expect(parsed.filter((q) => q.type === 'Category')).toHaveLength(1);
    for (const mc of mcs) expect(mc.stem.text).not.toMatch(/<script/i);
  });

  it('writes a class set as one category per question slot; versions that only reorder give one question each', async () => {
    const set = classSet();
    const { parsed } = await giftOf(set);
    const categories = parsed.filter((q) => q.type === 'Category').map((c) => c.title);
    expect(categories).toEqual([1, 2, 3, 4].map((k) => `$course$/top/quizwire/North Korean troops in Kursk/Question 0${k}`));
    const mcs = multipleChoice(parsed);
    expect(mcs).toHaveLength(4);
    set.quizzes[0].questions.forEach((q, k) => {
      expect(mcs[k].title).toBe(`Q0${k + 1}.1 ${q.kind}`);
      expectSameAsQuiz(mcs[k], q);
    });
  });

  it('puts every question of a drawn class set in exactly one slot category', async () => {
    const { set, pool, expectedPools } = drawnClassSet();
    const { parsed } = await giftOf(set);
    const pools: MultipleChoice[][] = [];
    for (const q of parsed) {
      if (q.type === 'Category') pools.push([]);
      else if (q.type === 'MC') pools[pools.length - 1].push(q);
    }
    expect(pools.map((p) => p.length)).toEqual(expectedPools.map((p) => p.length));
    expectedPools.forEach((indices, k) => indices.forEach((i, n) => expectSameAsQuiz(pools[k][n], pool[i])));
  });
});
