import { join } from 'node:path';
import type { Question } from '../../schema/index.js';
import type { FormatRenderer, QuizSet } from '../registry.js';
import { createHash } from 'node:crypto';
import { htmlText } from './text-escape.js';
import { assertRenderable, questionKey, feedbackLines, optionLetter, quizTitle, safeSegment } from './question-parts.js';
import { wording } from './wording.js';

// A cell starting with one of these is a formula in a spreadsheet (and `#` a comment line in
// Anki's reader); as a character reference it looks the same in Anki but is inert text.
const RISKY_FIRST = /^[=+\-@#]/;

/**
 * An HTML field for a tab-separated line. htmlText already turned tabs and line breaks into
 * character references; quotes become &quot; so Anki's reader never sees a quoted field, and a
 * risky first character becomes a reference so no spreadsheet reads the cell as a formula.
 */
export function ankiField(html: string): string {
  return html.replace(/"/g, '&quot;').replace(RISKY_FIRST, (c) => `&#${c.charCodeAt(0)};`);
}

const tag = (text: string): string => safeSegment(text, '').replace(/[\s.]+/g, '_');

function front(q: Question): string {
  return [htmlText(q.stem), ...q.options.map((o, i) => `${optionLetter(i)}. ${htmlText(o.text)}`)].join('<br>');
}

function back(q: Question): string {
  const answer = q.options[q.answer];
  const head = `<b>${optionLetter(q.answer)}. ${htmlText(answer?.text ?? '')}</b>`;
  return [head, ...feedbackLines(q).map(htmlText)].join('<br>');
}

/**
 * A note id from what the card asks and answers: a class set's versions of one question share it,
 * and importing a later export updates the note instead of duplicating it.
 */
function guid(q: Question): string {
  return `qw-${createHash('sha256').update(questionKey(q)).digest('hex').slice(0, 20)}`;
}

/**
 * `quiz.anki.tsv` for Anki's File > Import: one Basic note per distinct question (a class set's
 * versions hold the same facts, so each question appears once), answer and source on the back.
 */
export function renderAnkiTsv(set: QuizSet): string {
  const first = set.quizzes[0];
  const deck = `${wording.deckRoot}::${safeSegment(quizTitle(first), 'quiz').replace(/:+/g, ' ')}`;
  const lines = ['#separator:tab', '#html:true', '#notetype:Basic', `#deck:${deck}`, '#columns:GUID\tFront\tBack\tTags', '#guid column:1', '#tags column:4'];
  const seen = new Set<string>();
  for (const quiz of set.quizzes) {
    for (const q of quiz.questions) {
      const id = guid(q);
      if (seen.has(id)) continue;
      seen.add(id);
      const tags = [wording.deckRoot, tag(q.kind), ...q.sources.map((s) => tag(s.article))].filter((t, i, all) => t !== '' && all.indexOf(t) === i);
      lines.push([id, front(q), back(q), tags.join(' ')].map(ankiField).join('\t'));
    }
  }
  return lines.join('\n') + '\n';
}

export const ankiRenderer: FormatRenderer = {
  format: 'anki',
  render: (set, ctx) => {
    assertRenderable(set, 'anki');
    return [{ path: join(ctx.outDir, 'quiz.anki.tsv'), data: renderAnkiTsv(set) }];
  },
};
