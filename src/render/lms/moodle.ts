import { join } from 'node:path';
import type { Question } from '../../schema/index.js';
import type { FormatRenderer, QuizSet } from '../registry.js';
import { cdata, htmlText, oneLine, xmlComment } from './text-escape.js';
import { assertRenderable, feedbackLines, isClassSet, pad2, provenance, questionSlots, quizTitle, safeSegment } from './question-parts.js';
import { wording } from './wording.js';

/** An HTML-format text element: article text HTML-escaped, then wrapped in CDATA. */
const htmlElement = (tag: string, html: string, indent: string): string => `${indent}<${tag} format="html"><text>${cdata(html)}</text></${tag}>`;

function categoryQuestion(path: string[]): string {
  const name = `$course$/top/${path.map((p) => oneLine(p).replace(/\//g, '-')).join('/')}`;
  return ['  <question type="category">', `    <category><text>${cdata(name)}</text></category>`, '    <info format="html"><text></text></info>', '  </question>'].join('\n');
}

function multichoice(name: string, q: Question, idnumber: string): string {
  const lines = [
    '  <question type="multichoice">',
    `    <name><text>${cdata(oneLine(name))}</text></name>`,
    htmlElement('questiontext', htmlText(q.stem), '    '),
    htmlElement('generalfeedback', feedbackLines(q).map(htmlText).join('<br>'), '    '),
    '    <defaultgrade>1</defaultgrade>',
    '    <penalty>0</penalty>',
    '    <hidden>0</hidden>',
    `    <idnumber>${cdata(oneLine(idnumber).slice(0, 100))}</idnumber>`,
    '    <single>true</single>',
    '    <shuffleanswers>true</shuffleanswers>',
    '    <answernumbering>ABCD</answernumbering>',
    '    <showstandardinstruction>0</showstandardinstruction>',
  ];
  q.options.forEach((o, i) => {
    lines.push(`    <answer fraction="${i === q.answer ? 100 : 0}" format="html">`, `      <text>${cdata(htmlText(o.text))}</text>`, '      <feedback format="html"><text></text></feedback>', '    </answer>');
  });
  lines.push('    <tags>', `      <tag><text>${cdata(wording.categoryRoot)}</text></tag>`, `      <tag><text>${cdata(q.kind)}</text></tag>`, '    </tags>', '  </question>');
  return lines.join('\n');
}

/**
 * `quiz.moodle.xml`: multichoice, one answer, shuffled. A class set is one file with a category per
 * question slot holding each version's question (add "1 random question" per category to a Moodle
 * quiz and every student gets a version).
 */
export function renderMoodleXml(set: QuizSet): string {
  const first = set.quizzes[0];
  const title = quizTitle(first);
  const root = [wording.categoryRoot, safeSegment(title, 'quiz')];
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>', xmlComment(`${oneLine(title)} - ${provenance(set)}`), '<quiz>'];
  if (!isClassSet(set)) {
    parts.push(categoryQuestion(root));
    first?.questions.forEach((q, i) => parts.push(multichoice(`Q${pad2(i + 1)} ${q.kind}`, q, q.id)));
  } else {
    questionSlots(set).forEach((slot, k) => {
      parts.push(categoryQuestion([...root, `${wording.question} ${pad2(k + 1)}`]));
      for (const e of slot) parts.push(multichoice(`${e.name} ${e.question.kind}`, e.question, `${e.name}-${e.question.id}`));
    });
  }
  parts.push('</quiz>');
  return parts.join('\n') + '\n';
}

export const moodleRenderer: FormatRenderer = {
  format: 'moodle',
  render: (set, ctx) => {
    assertRenderable(set, 'moodle');
    return [{ path: join(ctx.outDir, 'quiz.moodle.xml'), data: renderMoodleXml(set) }];
  },
};
