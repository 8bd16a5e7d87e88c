import type { Fact, QuoteFact } from '../schema/index.js';
import type { QuestionContext } from './context.js';
import { factKeys } from './fact-key.js';
import { groupBy } from './group.js';
import { squash } from './text.js';
import { BACK_REFERENCE_OPENERS } from './words.js';

/** Longer than this, a quote is too long for a stem; its sentences may each make a question. */
export const PART_FROM = 240;
const PART_MIN = 40;

/**
 * A sentence end inside a quote: ".", "!" or "?" (a closing quotation mark may follow), space, then
 * a capital. The word before the stop must be a word of two or more small letters, a figure or a
 * closing bracket, so "U.S. Army" and "Mr. Okafor" are no ends.
 */
const SENTENCE_END = /(?<=(?:\p{Ll}{2}|\d|[)\]]))[.!?][’”'"]?(?=\s+[“‘"']?\p{Lu})/gu;
/** Abbreviations written in small letters before a capital ("approx. Two", "Gov. Bell"). */
const ABBREVIATIONS = /(?:^|\s)(?:mrs|ms|dr|st|gen|sen|rep|gov|col|lt|sgt|capt|cmdr|adm|prof|rev|jr|sr|inc|ltd|corp|co|dept|est|approx|etc|vs|no|nos|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;
/** Openers that tie a sentence to the one before it ("In exchange, ...", "As a result, ..."). */
const LINKED_OPENER = /^(?:in exchange|in return|in addition|in turn|as a result|as such|for example|for instance|by contrast|on the other hand|at the same time|even so|above all|what is more|not only)\b/i;

const parts = new WeakSet<QuoteFact>();
const cache = new WeakMap<QuestionContext, QuoteFact[]>();

/** True for a sentence cut from a longer quote by `quoteSentences`. */
export function isPart(fact: Fact): boolean {
  return fact.kind === 'quote' && parts.has(fact);
}

/**
 * The sentences of direct quotes too long to show whole (a statement read out over two
 * paragraphs), each as a quote of its own exact span: same id, speaker and cue as the whole, so
 * a question about one sentence still points at its fact. A sentence that opens on a word
 * pointing back ("It", "This", "But", "In exchange") needs the one before and is left out.
 */
export function quoteSentences(ctx: QuestionContext): QuoteFact[] {
  let out = cache.get(ctx);
  if (out) return out;
  out = [];
  for (const fact of ctx.factsOf('quote')) {
    if (!fact.direct || squash(fact.text).length <= PART_FROM) continue;
    const raw = ctx.raw(fact.article);
    if (raw === undefined || raw.slice(fact.span.start, fact.span.end) !== fact.text) continue;
    for (const [start, end] of sentenceSpans(fact.text)) {
      const text = fact.text.slice(start, end);
      const shown = squash(text);
      if (shown.length < PART_MIN || shown.length > PART_FROM || BACK_REFERENCE_OPENERS.test(shown) || LINKED_OPENER.test(shown)) continue;
      const span = { start: fact.span.start + start, end: fact.span.start + end };
      const part: QuoteFact = { ...fact, span, text, sentence: span };
      parts.add(part);
      out.push(part);
    }
  }
  cache.set(ctx, out);
  return out;
}

/** [start, end) of each sentence in a quote's text, surrounding spaces and quotation marks left out. */
export function sentenceSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  const close = (end: number) => {
    let s = from;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    // A paragraph reopens the quote with a mark that no mark in the sentence closes.
    if (text[s] === '“' && !text.slice(s, e).includes('”')) s++;
    // A paragraph's closing quotation mark with no opening one in the sentence is no part of its words.
    if (/[”"]$/.test(text.slice(s, e)) && !/[“]|"(?=.*")/.test(text.slice(s, e - 1))) e--;
    if (e > s) out.push([s, e]);
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    if (ABBREVIATIONS.test(text.slice(Math.max(0, m.index! - 8), m.index!))) continue;
    close(m.index! + m[0].length);
    from = m.index! + m[0].length;
  }
  close(text.length);
  return out;
}

/**
 * Keys of the facts inside a quote's sentence (a figure it states): a question that shows the
 * sentence shows them. Whole facts get theirs from their sentence; a part's sentence is its own.
 */
export function insideKeys(table: { facts: Fact[] }): (fact: Fact) => string[] {
  let byArticle: Map<string, Fact[]> | undefined;
  return (fact) => {
    if (!isPart(fact)) return [];
    byArticle ??= groupBy(table.facts, (f) => f.article);
    return (byArticle.get(fact.article) ?? []).filter((f) => f.id !== fact.id && f.span.start >= fact.span.start && f.span.end <= fact.span.end).flatMap(factKeys);
  };
}
