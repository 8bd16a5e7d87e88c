import { sentenceIndexAt, type Doc } from '../../doc.js';
import type { QuotePassage } from './passages.js';
import { attribution, type Attribution } from './attribution.js';

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
 * quote in the same paragraph continues it.
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
    if (!sameParagraph && !nextParagraph) continue;
    attributions[i] = attribution(a.speaker, a.cue, 'quotes/direct-continuation');
  }
}
