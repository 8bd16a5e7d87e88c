import type { Doc } from '../../doc.js';
import type { QuotePassage } from './passages.js';
import type { Attribution } from './attribution.js';

/** A quote that runs over paragraphs has one speaker: copy it along the chain both ways. */
export function propagateAlongChains(passages: QuotePassage[], attributions: (Attribution | null)[]): void {
  for (let i = passages.length - 1; i >= 0; i--) {
    const prev = passages[i].continues;
    if (prev != null && attributions[i] && !attributions[prev]) attributions[prev] = attributions[i];
  }
  for (let i = 0; i < passages.length; i++) {
    const prev = passages[i].continues;
    if (prev != null && attributions[prev] && !attributions[i]) attributions[i] = { ...attributions[prev]!, rule: 'quotes/direct-multi-paragraph' };
  }
}

/**
 * `"...," Ames said. "This is ..."`: a quote that opens a sentence right after an attributed
 * quote in the same paragraph continues it.
 */
export function inheritContinuations(doc: Doc, passages: QuotePassage[], attributions: (Attribution | null)[]): void {
  const sentenceStarts = new Set(doc.sentences.map((s) => s.start));
  for (let i = 1; i < passages.length; i++) {
    if (attributions[i] || !attributions[i - 1]) continue;
    const p = passages[i];
    const q = passages[i - 1];
    const sameParagraph = p.paragraph === q.paragraph && sentenceStarts.has(p.open);
    // A paragraph that is all quotation, after a paragraph whose last quote is attributed.
    const nextParagraph = p.paragraph === q.paragraph + 1 && doc.paragraphs[p.paragraph].start === p.open && p.closed;
    if (!sameParagraph && !nextParagraph) continue;
    attributions[i] = { ...attributions[i - 1]!, rule: 'quotes/direct-continuation' };
  }
}
