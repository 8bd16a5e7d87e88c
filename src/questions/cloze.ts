import type { Fact } from '../schema/index.js';
import type { QuestionContext } from './context.js';
import { isSelfContained, squash } from './text.js';
import { balancedQuotes, nameWords, standsAlone } from './clause.js';
import { headlineCased } from './context.js';

export const BLANK = '_____';
const SENTENCE_MIN = 40;
const SENTENCE_MAX = 280;
const RUN_ON = /[\d%] (?:In|The|But|And|It|He|She|They|This|That|However|On|At|A|An|Its|Their|His|Her)\b/u;

/**
 * The fact's sentence with the fact blanked out, when the sentence can stand alone on a quiz
 * sheet (no pronoun or "this" pointing elsewhere, not too long, the fact inside it once).
 */
export function clozeSentence(ctx: QuestionContext, fact: Fact, options: { ownReferents?: boolean } = {}): string | undefined {
  const raw = ctx.raw(fact.article);
  if (raw === undefined || raw.slice(fact.span.start, fact.span.end) !== fact.text) return undefined;
  if (fact.span.start < fact.sentence.start || fact.span.end > fact.sentence.end) return undefined;
  // The fact must be a whole token: blanking "2003" in "2003/4" leaves "_____ /4".
  const touching = { before: raw[fact.span.start - 1] ?? '', after: raw.slice(fact.span.end, fact.span.end + 2) };
  if (/[\p{L}\p{N}/]/u.test(touching.before) || /^(?:[\p{L}\p{N}/]|[.,-]\d)/u.test(touching.after)) return undefined;
  const before = squash(raw.slice(fact.sentence.start, fact.span.start));
  const after = squash(raw.slice(fact.span.end, fact.sentence.end));
  const sentence = squash(raw.slice(fact.sentence.start, fact.sentence.end));
  if (sentence.length < SENTENCE_MIN || sentence.length > SENTENCE_MAX) return undefined;
  // With `ownReferents`, "Velden Works said its profit rose" stands alone: the pronoun follows its name.
  if (!isSelfContained(sentence) && !(options.ownReferents && standsAlone(sentence, nameWords(ctx)))) return undefined;
  // "Read Live Updates On The 2016 Caucuses": a link or headline in Title Case, no sentence of the article.
  if (headlineCased(sentence)) return undefined;
  // Half a quotation ("... flooded 4,000 homes,’ said X"): the sentence was cut from a longer quote.
  if (!balancedQuotes(sentence)) return undefined;
  // "fell by 2.1% In the north last year, ...": two sentences run together where a full stop was lost.
  if (RUN_ON.test(sentence)) return undefined;
  // "an _____" would give away an answer that starts with a vowel sound.
  if (/\b(?:a|an)$/i.test(before)) return undefined;
  if (!/[.!?]["”’)]?$/.test(sentence) || !/^["“‘(]?\p{Lu}/u.test(sentence)) return undefined;
  const join = (a: string, b: string) => (a && b && !/^[,.;:!?)’”]/.test(b) && !/[(“‘$€£]$/.test(a) ? `${a} ${b}` : `${a}${b}`);
  return nestQuotes(join(join(before, BLANK), after));
}

/** The stem puts the sentence in “double” quotes, so quotes inside it become ‘single’ ones. */
export function nestQuotes(s: string): string {
  let open = true;
  return s.replace(/[“”"]/g, (c) => {
    if (c === '“') return (open = false), '‘';
    if (c === '”') return (open = true), '’';
    const mark = open ? '‘' : '’';
    open = !open;
    return mark;
  });
}
