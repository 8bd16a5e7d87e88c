import { basename } from 'node:path';
import type { ClassManifest, Question, Quiz, Source } from '../../schema/index.js';
import type { QuizSet } from '../registry.js';
import { QuizwireError } from '../../errors.js';
import { wording } from './wording.js';

/**
 * Refuses a set no student could answer (a quiz file edited by hand, or a generator bug): every
 * question needs two or more options and an answer index that points at one of them.
 */
export function assertRenderable(set: QuizSet, format: string): void {
  set.quizzes.forEach((quiz, v) =>
    quiz.questions.forEach((q, i) => {
      const where = `${format}: question ${i + 1}${set.quizzes.length > 1 ? ` of version ${v + 1}` : ''} (${q.id})`;
      if (q.options.length < 2) throw new QuizwireError(`${where} has ${q.options.length} option(s); a multiple-choice question needs at least 2.`);
      if (q.options.length > 26) throw new QuizwireError(`${where} has ${q.options.length} options; at most 26 can be lettered.`);
      if (!Number.isInteger(q.answer) || q.answer < 0 || q.answer >= q.options.length) throw new QuizwireError(`${where}: answer ${q.answer} is not one of its ${q.options.length} options.`);
    }),
  );
}

export const optionLetter = (index: number): string => String.fromCharCode(65 + index);

/** A source quoted for feedback: its whole sentence (or the fact span) and where it is from. */
export interface QuotedSource {
  sentence: string;
  citation: string;
}

/** The distinct sources of a question, each with its sentence and a short citation. */
export function quotedSources(question: Question): QuotedSource[] {
  const seen = new Set<string>();
  const out: QuotedSource[] = [];
  for (const s of question.sources) {
    const sentence = (s.sentence ?? s.text).trim();
    const citation = citationOf(s);
    const key = `${sentence}\u0000${citation}`;
    if (sentence === '' || seen.has(key)) continue;
    seen.add(key);
    out.push({ sentence, citation });
  }
  return out;
}

/** Title and outlet, else the file name (never the full path: it would leak the teacher's folders). */
function citationOf(s: Source): string {
  return [s.title, s.outlet].filter((x): x is string => !!x && x.trim() !== '').join(', ') || basename(s.path);
}

/** Feedback as plain text lines: the explanation, then each source sentence with its citation. */
export function feedbackLines(question: Question): string[] {
  const lines = question.explanation.trim() === '' ? [] : [question.explanation.trim()];
  for (const s of quotedSources(question)) lines.push(`${wording.source}: ${s.sentence} (${s.citation})`);
  return lines;
}

export function quizTitle(quiz: Quiz | undefined): string {
  return quiz?.title?.trim() || wording.defaultTitle;
}

/** The label of version `index` of a set: its version code, else the student id, else V1, V2... */
export function versionLabel(set: QuizSet, index: number): string {
  const quiz = set.quizzes[index];
  return quiz?.versionCode?.trim() || set.manifest?.students[index]?.id?.trim() || `V${index + 1}`;
}

export const isClassSet = (set: QuizSet): boolean => set.manifest !== undefined || set.quizzes.length > 1;

/** What a question asks and answers, whatever the option order: equal keys mean the same question. */
export function questionKey(q: Question): string {
  return JSON.stringify([q.kind, q.stem, q.options[q.answer]?.text ?? '', q.options.map((o) => o.text).sort()]);
}

export interface SlotEntry {
  question: Question;
  /** `Q03.2`: slot 3, second distinct question in it. */
  name: string;
  /** NCName-safe form of the name: `q03_2`. */
  ident: string;
}

/**
 * A class set regrouped into one pool per question slot, for an LMS that draws one question per
 * pool (Moodle "random question" per category, QTI selection, Canvas question groups). Slot k
 * holds question k of every version, each distinct question once and in the first slot it occurs
 * in: pools never share a question, so a draw can never repeat one. When versions only reorder
 * the same questions, every pool holds one question and the LMS gives everyone the whole quiz.
 */
export function questionSlots(set: QuizSet): SlotEntry[][] {
  const slots: SlotEntry[][] = [];
  const placed = new Set<string>();
  for (const quiz of set.quizzes) {
    quiz.questions.forEach((question, k) => {
      const slot = (slots[k] ??= []);
      const key = questionKey(question);
      if (placed.has(key)) return;
      placed.add(key);
      const n = slot.length + 1;
      slot.push({ question, name: `Q${pad2(k + 1)}.${n}`, ident: `q${pad2(k + 1)}_${n}` });
    });
  }
  return slots;
}

/** "quizwire 0.1.0, seed "x"": recorded in every export. */
export function provenance(set: QuizSet): string {
  const first = set.quizzes[0];
  const manifest: ClassManifest | undefined = set.manifest;
  const seed = manifest?.seed ?? first?.seed ?? '';
  const version = manifest?.version ?? first?.version ?? '';
  return `quizwire ${version}, ${wording.seed} ${JSON.stringify(seed)}`;
}

/** A path segment safe for LMS category names and file names. */
export function safeSegment(text: string, fallback: string): string {
  const s = text.normalize('NFKD').replace(/[^\w .-]+/g, '').replace(/\s+/g, ' ').replace(/^[. ]+/, '').trim().slice(0, 60);
  return s === '' ? fallback : s;
}

export const pad2 = (n: number): string => String(n).padStart(2, '0');
