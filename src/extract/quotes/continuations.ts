import { sentenceAt, sentenceIndexAt, type Doc } from '../../doc.js';
import type { QuotePassage } from './passages.js';
import { attribution, type Attribution } from './attribution.js';
import { markLength } from './passages.js';

/** A quote that runs over paragraphs has one speaker: copy it along the chain both ways. */
export function propagateAlongChains(passages: QuotePassage[], attributions: (Attribution | null)[]): void {
  for (let i = passages.length - 1; i >= 0; i--) {
    const prev = passages[i].continues;
    if (prev != null && attributions[i] !== null && attributions[prev] === null) attributions[prev] = attributions[i];
  }
  for (let i = 0; i < passages.length; i++) {
    const prev = passages[i].continues;
    const a = prev == null ? null : attributions[prev];
    if (a !== null && attributions[i] === null) attributions[i] = attribution(a.speaker, a.cue, 'quotes/direct-multi-paragraph');
  }
}

/**
 * In one paragraph, a quote `p` after an attributed one continues it when `p` opens a sentence and
 * no one else is named after `p` in that sentence: `..., the paper quotes a source` names another
 * speaker, `..., she said` does not.
 */
function continuesInParagraph(doc: Doc, p: QuotePassage): boolean {
  const at = sentenceIndexAt(doc, p.open);
  const sentence = doc.sentences[at];
  if (!sentence || sentence.start !== p.open) return false;
  if (!p.closed) return true;
  const tail = doc.text.slice(p.close + 1, sentence.end);
  return (tail.match(WORD) ?? []).length < 2 || SAME_SPEAKER.test(tail);
}

const WORD = /\p{L}+/gu;
/** A pronoun in the words after the quote points back to the speaker before ("..., she said"). */
const SAME_SPEAKER = /\b(?:he|she|they)(?:\b|said\b)/i;

/**
 * `"...," Ames said. "This is ..."`: a quote that opens a sentence right after an attributed
 * quote in the same paragraph continues it. So does one that ends the next sentence after a
 * short lead-in of the writer's (`"...," Ames said. But "this is ..."`).
 */
export function inheritContinuations(doc: Doc, passages: QuotePassage[], attributions: (Attribution | null)[]): void {
  for (let i = 1; i < passages.length; i++) {
    const a = attributions[i - 1];
    if (attributions[i] !== null || a === null) continue;
    const p = passages[i];
    const q = passages[i - 1];
    const sameParagraph = p.paragraph === q.paragraph && continuesInParagraph(doc, p);
    // A paragraph that is all quotation, after a paragraph whose last quote is attributed.
    const nextParagraph = p.paragraph === q.paragraph + 1 && doc.paragraphs[p.paragraph].start === p.open && p.closed;
    if (sameParagraph || nextParagraph) attributions[i] = attribution(a.speaker, a.cue, 'quotes/direct-continuation');
    else if (p.paragraph === q.paragraph && ledContinuation(doc, p, q)) attributions[i] = attribution(a.speaker, a.cue, 'quotes/direct-led-continuation');
  }
}

const LEAD_IN_WORD = /^[\p{Ll}][\p{Ll}'’-]*,?$/u;
const FIRST_LEAD_IN_WORD = /^[\p{Lu}]?[\p{Ll}'’-]+,?$/u;

/**
 * The quote `p` ends the sentence after the one where the attributed quote `q` closes, and only a
 * few lower-case words of the writer's lead into it ("But", "Now,", "It", "As a result, there is
 * still"): no name, number or other quotation that could bring a new speaker in.
 */
function ledContinuation(doc: Doc, p: QuotePassage, q: QuotePassage): boolean {
  if (!p.closed || !q.closed || p.openLength === 0) return false;
  const text = doc.text;
  const sentence = sentenceAt(doc, p.open);
  const previous = sentenceAt(doc, q.close);
  // q closes in the sentence just before p's.
  if (!sentence || !previous || previous.end > sentence.start || text.slice(previous.end, sentence.start).trim() !== '') return false;
  // The quote closes the sentence: nothing but punctuation after the closing mark.
  const after = text.slice(p.close + markLength(text, p.close), sentence.end);
  if (!/^[\s.!?,;:)”"’']*$/.test(after)) return false;
  const lead = text.slice(sentence.start, p.open);
  if (lead.length > 40) return false;
  const words = lead.trim().split(/\s+/);
  if (words.length > 6 || words[0] === '' || !FIRST_LEAD_IN_WORD.test(words[0])) return false;
  for (let k = 1; k < words.length; k++) if (!LEAD_IN_WORD.test(words[k])) return false;
  // Four words or more: a scare quote or a title is shorter.
  return text.slice(p.content.start, p.content.end).trim().split(/\s+/).length >= 4;
}
