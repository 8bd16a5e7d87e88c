import { describe, expect, it } from 'vitest';
import { parse } from 'gift-pegjs';
import { QuizwireError } from '../../src/errors.js';
import { sampleQuiz } from '../fixtures/lms/quizzes.js';
import { asBytes, asText, parseXml, renderFormat, unzip } from '../fixtures/lms/inspect.js';

const formats = ['gift', 'moodle', 'qti', 'qti12', 'anki', 'html'];

describe('export input checks', () => {
  it.each(formats)('%s: refuses an answer that is not one of the options, in one line', async (format) => {
    const quiz = sampleQuiz();
    quiz.questions[1] = { ...quiz.questions[1], answer: 7 };
    const attempt = renderFormat(format, { quizzes: [quiz] });
    await expect(attempt).rejects.toBeInstanceOf(QuizwireError);
    await expect(attempt).rejects.toThrow(/^[^\n]*question 2 \(q-number-1\): answer 7 is not one of its 4 options\.$/);
  });

  it.each(formats)('%s: refuses a question with a single option', async (format) => {
    const quiz = sampleQuiz();
    quiz.questions[0] = { ...quiz.questions[0], options: [{ text: 'only' }], answer: 0 };
    await expect(renderFormat(format, { quizzes: [quiz] })).rejects.toThrow(/needs at least 2/);
  });

  it('renders a quiz without questions as valid, empty exports', async () => {
    const quiz = { ...sampleQuiz(), questions: [] };
    const set = { quizzes: [quiz] };
    expect(parse(asText((await renderFormat('gift', set))[0])).filter((q) => q.type === 'MC')).toHaveLength(0);
    expect(parseXml(asText((await renderFormat('moodle', set))[0])).quiz).toBeDefined();
    for (const format of ['qti', 'qti12']) for (const xml of unzip(asBytes((await renderFormat(format, set))[0])).values()) parseXml(xml);
    expect(asText((await renderFormat('anki', set))[0]).split('\n').filter((l) => l && !l.startsWith('#'))).toEqual([]);
    expect(asText((await renderFormat('html', set))[0])).toContain('<span id="score-total">0</span>');
  });
});
