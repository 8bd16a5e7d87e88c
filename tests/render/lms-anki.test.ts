import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { classSet, hostileQuiz, sampleQuiz } from '../fixtures/lms/quizzes.js';
import { asText, renderFormat, visibleLines, visibleText } from '../fixtures/lms/inspect.js';
import type { Question } from '../../src/schema/index.js';
import type { QuizSet } from '../../src/render/registry.js';

async function ankiOf(set: QuizSet) {
  const files = await renderFormat('anki', set, 'out-x');
  expect(files.map((f) => f.path)).toEqual([join('out-x', 'quiz.anki.tsv')]);
  const tsv = asText(files[0]);
  const lines = tsv.split('\n');
  expect(lines.pop()).toBe('');
  const header = lines.filter((l) => l.startsWith('#'));
  const rows = lines.filter((l) => !l.startsWith('#')).map((l) => l.split('\t'));
  return { tsv, header, rows };
}

function expectNoteIs(row: string[], q: Question) {
  const [, front, back, tags] = row;
  const frontLines = visibleLines(front);
  expect(frontLines[0]).toBe(q.stem);
  expect(frontLines.slice(1)).toEqual(q.options.map((o, i) => `${'ABCD'[i]}. ${o.text}`));
  const backLines = visibleLines(back);
  expect(backLines[0]).toBe(`${'ABCD'[q.answer]}. ${q.options[q.answer].text}`);
  expect(backLines[1]).toBe(q.explanation);
  for (const s of q.sources) expect(backLines.some((line) => line.includes(s.sentence ?? s.text))).toBe(true);
  expect(tags.split(' ')).toContain(q.kind);
}

describe('Anki TSV export', () => {
  it('starts with the header lines Anki reads and has one note of four cells per question', async () => {
    const quiz = sampleQuiz();
    const { header, rows } = await ankiOf({ quizzes: [quiz] });
    expect(header).toEqual(['#separator:tab', '#html:true', '#notetype:Basic', '#deck:quizwire::North Korean troops in Kursk', '#columns:GUID\tFront\tBack\tTags', '#guid column:1', '#tags column:4']);
    expect(rows).toHaveLength(quiz.questions.length);
    rows.forEach((row, i) => {
      expect(row).toHaveLength(4);
      expectNoteIs(row, quiz.questions[i]);
    });
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
  });

  it('keeps hostile text intact, escaped, and never a spreadsheet formula', async () => {
    const quiz = hostileQuiz();
    const { rows } = await ankiOf({ quizzes: [quiz] });
    expect(rows).toHaveLength(quiz.questions.length);
    rows.forEach((row, i) => {
      expect(row).toHaveLength(4);
      for (const cell of row) {
        expect(cell).not.toMatch(/^[=+\-@#\t\r]/);
        expect(cell).not.toContain('"');
        expect(cell).not.toMatch(/<script/i);
      }
      expectNoteIs(row, quiz.questions[i]);
    });
    // a stem that starts with "=" still reads "=" to the student
    const formula = quiz.questions.findIndex((q) => q.stem.startsWith('='));
    expect(visibleText(rows[formula][1]).startsWith('=HYPERLINK')).toBe(true);
  });

  it('holds each question of a class set once, whatever the version', async () => {
    const set = classSet();
    const { rows } = await ankiOf(set);
    expect(rows).toHaveLength(4);
    const base = sampleQuiz();
    const stems = rows.map((r) => visibleLines(r[1])[0]);
    expect(new Set(stems)).toEqual(new Set(base.questions.map((q) => q.stem)));
  });
});
