import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Quiz } from '../../schema/index.js';
import type { FormatRenderer, QuizSet, RenderContext } from '../registry.js';
import type { OutputFile } from '../../io/write-atomic.js';
import { packageRoot } from '../../version.js';
import { renderTemplate } from '../templates.js';
import { assertRenderable, optionLetter, provenance, quizTitle, quotedSources, safeSegment, versionLabel } from '../lms/question-parts.js';
import { selfCheckLabels } from './wording.js';

const TEMPLATE = 'html/quiz.html.njk';
const bundledTemplates = join(packageRoot, 'templates');

/** The user's template folder if it has the page, else the bundled one. */
function templatesFor(ctx: RenderContext): string {
  return ctx.templatesDir && existsSync(join(ctx.templatesDir, TEMPLATE)) ? ctx.templatesDir : bundledTemplates;
}

function asset(dir: string, name: string): string {
  const own = join(dir, 'html', name);
  return readFileSync(existsSync(own) ? own : join(bundledTemplates, 'html', name), 'utf8');
}

/** JSON that cannot end the <script> element it sits in. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export interface SelfCheckPage {
  quiz: Quiz;
  provenance: string;
  versionCode?: string;
  studentName?: string;
}

/**
 * One self-contained page: printable sheet plus a self-check mode (inline CSS and JS, no network).
 * Article text only reaches the template as autoescaped variables; the one script is allowed by
 * its hash in the page's Content-Security-Policy, so no injected script could ever run.
 */
export function renderSelfCheckHtml(page: SelfCheckPage, ctx: RenderContext): string {
  const dir = templatesFor(ctx);
  const script = asset(dir, 'self-check.js');
  if (/<\/script/i.test(script)) throw new Error('self-check.js must not contain "</script"');
  const { quiz } = page;
  const questions = quiz.questions.map((q, i) => ({
    number: i + 1,
    stem: q.stem,
    options: q.options.map((o, index) => ({ index, letter: optionLetter(index), text: o.text })),
    answerLetter: optionLetter(q.answer),
    answerText: q.options[q.answer]?.text ?? '',
    explanation: q.explanation,
    sources: quotedSources(q),
  }));
  return renderTemplate(
    TEMPLATE,
    {
      title: quizTitle(quiz),
      provenance: page.provenance,
      versionCode: page.versionCode ?? '',
      studentName: page.studentName ?? '',
      notes: quiz.notes ?? [],
      labels: selfCheckLabels,
      pageSize: ctx.paper === 'letter' ? 'letter' : 'A4',
      questions,
      css: asset(dir, 'self-check.css').replace(/<\/style/gi, '<\\/style'),
      script,
      scriptHash: `sha256-${createHash('sha256').update(script).digest('base64')}`,
      dataJson: scriptJson({ answers: quiz.questions.map((q) => q.answer) }),
    },
    dir,
  );
}

/**
 * `quiz.html` for one quiz. A class set gets one page per student, `students/<student>/quiz.html` beside that
 * student's other files, so a teacher can e-mail each student their own version.
 */
export function renderSelfCheckFiles(set: QuizSet, ctx: RenderContext): OutputFile[] {
  assertRenderable(set, 'html');
  const prov = provenance(set);
  if (!set.manifest && set.quizzes.length === 1) {
    const quiz = set.quizzes[0];
    return [{ path: join(ctx.outDir, 'quiz.html'), data: renderSelfCheckHtml({ quiz, provenance: prov, versionCode: quiz.versionCode }, ctx) }];
  }
  const used = new Set<string>();
  return set.quizzes.map((quiz, i) => {
    const student = set.manifest?.students[i];
    const label = versionLabel(set, i);
    let name = safeSegment(student?.id ?? label, `student-${i + 1}`).replace(/\s+/g, '-');
    if (used.has(name.toLowerCase())) name = `${name}-${i + 1}`;
    used.add(name.toLowerCase());
    return { path: join(ctx.outDir, 'students', name, 'quiz.html'), data: renderSelfCheckHtml({ quiz, provenance: prov, versionCode: label, studentName: student?.name }, ctx) };
  });
}

export const htmlRenderer: FormatRenderer = { format: 'html', render: renderSelfCheckFiles };
