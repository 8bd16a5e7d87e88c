import { createHash } from 'node:crypto';
import { groupBy } from './group.js';
import type { Fact, FactTable, Question, QuestionKind, Quiz } from '../schema/index.js';
import { factKeys } from './fact-key.js';
import { QuestionKind as QuestionKindSchema } from '../schema/index.js';
import { QuizwireError } from '../errors.js';
import { version } from '../version.js';
import { buildContext, type QuestionContext, type RawTextSource } from './context.js';
import { openPhrasebook } from './phrasebook.js';
import { type Rng, balancedSlots, shuffled, streamFor } from './random.js';
import { questionKinds } from './registry.js';
import { selectCandidates } from './select.js';
import { nestQuotes } from './cloze.js';
import { insideKeys } from './parts.js';
import type { Candidate } from './types.js';
import { TRUE_FALSE_OPTIONS } from './words.js';
import { withoutInvisibles } from '../text/invisible.js';

export interface QuizOptions {
  seed: string;
  count: number;
  kinds?: string[];
  /** A folder laid out like templates/ whose files win over the bundled ones. */
  templatesDir?: string;
  /** Decoded text of each input file (article id -> text), for source sentences; read from article paths when absent. */
  texts?: RawTextSource;
  title?: string;
  versionCode?: string;
}

const MISSED_SHOWN = 5;

/** The most questions one quiz may ask: a sanity bound, the facts usually allow far fewer. */
export const MAX_COUNT = 500;

export function versionCodeOf(seed: string): string {
  return createHash('sha256').update(seed).digest('hex').slice(0, 6).toUpperCase();
}

export function parseKinds(kinds: string[] | undefined): QuestionKind[] {
  const available = questionKinds.map((k) => k.kind);
  if (!kinds || kinds.length === 0) return available;
  const out: QuestionKind[] = [];
  for (const k of kinds.map((s) => s.trim()).filter(Boolean)) {
    const parsed = QuestionKindSchema.safeParse(k);
    if (!parsed.success || !available.includes(parsed.data)) throw new QuizwireError(`unknown question kind "${k}"; available: ${available.join(', ')}.`);
    if (!out.includes(parsed.data)) out.push(parsed.data);
  }
  return out;
}

export function checkCount(count: number): number {
  if (!Number.isInteger(count) || count < 1) throw new QuizwireError(`--count must be a whole number of at least 1 (got ${count}).`);
  return count;
}

const sentenceKey = (f: Fact) => `sentence:${f.article}:${f.sentence.start}`;

/**
 * A question shows its whole sentence, which may give away another question's answer (a quote
 * cloze that shows the figure a number question asks). Each candidate asks its sentence (no two
 * questions about one sentence) and shows the keys of every other fact in it, so selection never
 * picks a question whose answer another one shows. A title before a name ("Water Board chair
 * Tomas Brandt") is shown by every kind but asked only by a role question.
 */
function revealKeys(table: FactTable, candidates: Candidate[]): void {
  const bySentence = new Map([...groupBy(table.facts, sentenceKey)].map(([k, facts]) => [k, facts.flatMap(factKeys)]));
  const inside = insideKeys(table);
  for (const c of candidates) {
    const keys = new Set<string>();
    const shows = new Set(c.shows ?? []);
    for (const k of c.keys) (c.kind !== 'role' && k.startsWith(TITLE_KEY) ? shows : keys).add(k);
    for (const f of c.facts) {
      keys.add(sentenceKey(f));
      for (const k of [...(bySentence.get(sentenceKey(f)) ?? []), ...inside(f)]) if (!keys.has(k)) shows.add(k);
    }
    for (const k of keys) shows.delete(k);
    c.keys = [...keys];
    c.shows = [...shows];
  }
}
const TITLE_KEY = 'titled:';

/** Latest publication date among the articles: the fixed date for PDF metadata. */
function latestPublished(table: FactTable): string | undefined {
  return table.articles.map((a) => a.published).filter((d): d is string => !!d).sort().at(-1);
}

function toQuestion(ctx: QuestionContext, c: Candidate, id: string, slot: number, rng: Rng): Question {
  const sources = c.facts.map((f) => ctx.sourceOf(f));
  const first = sources[0];
  const where = first.outlet ?? (first.title ? `“${nestQuotes(first.title)}”` : 'the report');
  let stem: string;
  let options: string[];
  let answer: number;
  let truth: boolean | undefined;
  if (c.draft.form === 'true-false') {
    truth = slot === 0;
    stem = truth ? c.draft.trueStem : c.draft.falseStem;
    options = [...TRUE_FALSE_OPTIONS];
    answer = slot;
  } else {
    options = shuffled(rng, c.draft.distractors);
    options.splice(slot, 0, c.draft.answer);
    answer = slot;
    stem = c.draft.stem;
  }
  const explanation = ctx.phrases
    .render('questions/explanation.njk', {
      answer: options[answer],
      truth,
      correction: c.draft.form === 'true-false' ? c.draft.correction : undefined,
      details: c.draft.form === 'choice' ? c.draft.details : undefined,
      source: where,
      sentence: c.facts.length === 1 && first.sentence ? nestQuotes(first.sentence) : undefined,
      text: nestQuotes(c.facts.length === 1 ? first.text : sources.map((s) => s.sentence ?? s.text).join(' … ')),
    })
    .replace(/\s+/g, ' ')
    .trim();
  return {
    id,
    kind: c.kind,
    stem: withoutInvisibles(stem),
    options: options.map((text) => ({ text: withoutInvisibles(text) })),
    answer,
    explanation: withoutInvisibles(explanation),
    facts: c.facts.map((f) => f.id),
    sources,
  };
}

/** Build a seeded, reproducible quiz from a fact table: same table + seed = same quiz. */
export function generateQuiz(table: FactTable, options: QuizOptions): Quiz {
  return composeQuiz(prepareQuestions(table, options), options);
}

/** Every question the facts allow, phrased and with distractors, before any is chosen. */
export interface QuestionPool {
  table: FactTable;
  ctx: QuestionContext;
  candidates: Candidate[];
  /** What the facts say, in short: mixed into the seed of every draw (see `contentDigest`). */
  digest: string;
}

/**
 * A short digest of what the facts say. The draws that place answers (which option slot, which
 * rank among the wrong figures or dates) are seeded by the class seed AND this digest: with the
 * seed alone, every quiz made with one seed (the default one, say) would put its first answer in
 * the same slot and draw the same ranks, whatever the article, and a student who kept one answer
 * key could read the next quiz's off it. Same facts + same seed still give the same quiz.
 */
function contentDigest(table: FactTable): string {
  const hash = createHash('sha256');
  for (const a of table.articles) hash.update(`${a.id}\u0000${a.title ?? ''}\u0000`);
  for (const f of table.facts) hash.update(`${f.article}\u0000${f.span.start}\u0000${f.text}\u0000`);
  return hash.digest('hex').slice(0, 12);
}

/** The expensive half of generateQuiz: read the facts and build every candidate question once. */
export function prepareQuestions(table: FactTable, options: Pick<QuizOptions, 'seed' | 'kinds' | 'templatesDir' | 'texts'>): QuestionPool {
  const kinds = parseKinds(options.kinds);
  const ctx = buildContext(table, openPhrasebook(options.templatesDir), options.texts);
  const digest = contentDigest(table);
  // A question must point at its words in the file; a fact that does not map back is not asked.
  const candidates = questionKinds
    .filter((k) => kinds.includes(k.kind))
    .flatMap((k) => k.candidates(ctx, streamFor(options.seed, 'kind', k.kind, digest)))
    .filter((c) => c.facts.every(ctx.mapsBack));
  revealKeys(table, candidates);
  return { table, ctx, candidates, digest };
}

/** The cheap half: choose and place questions with `options.seed` (one draw per student). */
export function composeQuiz(pool: QuestionPool, options: QuizOptions): Quiz {
  const { table, ctx, candidates, digest } = pool;
  const count = checkCount(options.count);
  const seed = options.seed;
  const picked = selectCandidates(candidates, Math.min(count, MAX_COUNT), streamFor(seed, 'select'));
  const choiceSlots = balancedSlots(streamFor(seed, 'positions', digest), picked.filter((c) => c.draft.form === 'choice').length, 4);
  const truthSlots = balancedSlots(streamFor(seed, 'truth', digest), picked.filter((c) => c.draft.form === 'true-false').length, 2);
  const questions = picked.map((c, i) => {
    const slot = c.draft.form === 'choice' ? choiceSlots.shift()! : truthSlots.shift()!;
    return toQuestion(ctx, c, `q${i + 1}`, slot, streamFor(seed, 'options', digest, i));
  });
  const notes: string[] = [];
  if (questions.length < count) {
    notes.push(
      questions.length === 0
        ? `No good questions could be made from these facts (${count} asked): the articles gave no attributed quotes, counted figures or dated events that pass the quality checks.`
        : `Only ${questions.length} good question${questions.length === 1 ? '' : 's'} could be made from these facts (${count} asked); no filler was added.`,
    );
  }
  const asked = new Set(picked.flatMap((c) => c.facts.map((f) => f.article)));
  const missed = table.articles.filter((a) => !asked.has(a.id)).map((a) => a.id);
  if (questions.length > 0 && missed.length > 0) {
    const shown = missed.slice(0, MISSED_SHOWN).join(', ') + (missed.length > MISSED_SHOWN ? ', …' : '');
    notes.push(`No question comes from ${missed.length} of the ${table.articles.length} articles (${shown}).`);
  }
  const date = latestPublished(table);
  return {
    schemaVersion: 1,
    seed,
    version,
    versionCode: options.versionCode ?? versionCodeOf(seed),
    title: options.title ?? 'Quiz',
    ...(date ? { date } : {}),
    questions,
    ...(notes.length > 0 ? { notes } : {}),
  };
}

export { questionKinds } from './registry.js';
export type { RawTextSource } from './context.js';
