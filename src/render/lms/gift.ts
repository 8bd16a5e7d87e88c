import { join } from 'node:path';
import type { Question } from '../../schema/index.js';
import type { FormatRenderer, QuizSet } from '../registry.js';
import { htmlText, oneLine } from './text-escape.js';
import { assertRenderable, feedbackLines, isClassSet, pad2, provenance, questionSlots, quizTitle, safeSegment } from './question-parts.js';
import { wording } from './wording.js';

/** GIFT reserves these; a backslash escapes them (and itself). */
export function giftEscape(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`);
}

/** Article text as an escaped [html] GIFT fragment: inert in HTML and in GIFT, one line. */
const giftHtml = (text: string): string => giftEscape(htmlText(text));

function giftQuestion(title: string, q: Question): string {
  const lines = [`::${giftEscape(oneLine(title))}::[html]${giftHtml(q.stem)} {`];
  q.options.forEach((o, i) => lines.push(`${i === q.answer ? '=' : '~'}${giftHtml(o.text)}`));
  const feedback = feedbackLines(q).map(htmlText).join('<br>');
  if (feedback !== '') lines.push(`####${giftEscape(feedback)}`);
  lines.push('}');
  return lines.join('\n');
}

const comment = (text: string): string => `// ${oneLine(text)}`;

function categoryLine(path: string[]): string {
  return `$CATEGORY: $course$/top/${path.map((p) => oneLine(p).replace(/\//g, '-')).join('/')}`;
}

/**
 * `quiz.gift`. A class set becomes one file with a category per question slot holding every
 * version's question for that slot, so a Moodle quiz with one random question per category gives
 * each student a draw of equal mix.
 */
export function renderGift(set: QuizSet): string {
  const first = set.quizzes[0];
  const title = quizTitle(first);
  const root = [wording.categoryRoot, safeSegment(title, 'quiz')];
  const blocks: string[] = [[comment(`${title} - ${provenance(set)}`), ...(first?.notes ?? []).map(comment)].join('\n')];
  if (!isClassSet(set)) {
    blocks.push(categoryLine(root));
    first?.questions.forEach((q, i) => blocks.push(giftQuestion(`Q${pad2(i + 1)} ${q.kind}`, q)));
  } else {
    questionSlots(set).forEach((slot, k) => {
      blocks.push(categoryLine([...root, `${wording.question} ${pad2(k + 1)}`]));
      for (const e of slot) blocks.push(giftQuestion(`${e.name} ${e.question.kind}`, e.question));
    });
  }
  return blocks.join('\n\n') + '\n';
}

export const giftRenderer: FormatRenderer = {
  format: 'gift',
  render: (set, ctx) => {
    assertRenderable(set, 'gift');
    return [{ path: join(ctx.outDir, 'quiz.gift'), data: renderGift(set) }];
  },
};
