import type { Doc } from '../../doc.js';
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
 * `"...," Ames said. "This is ..."`: a quote that opens a sentence right after an attributed
 * quote in the same paragraph continues it.
 */
export function inheritContinuations(doc: Doc, passages: QuotePassage[], attributions: (Attribution | null)[]): void {
  let sentenceStarts: Set<number> | null = null;
  for (let i = 1; i < passages.length; i++) {
    const a = attributions[i - 1];
    if (attributions[i] !== null || a === null) continue;
    const p = passages[i];
    const q = passages[i - 1];
    const sameParagraph = p.paragraph === q.paragraph && (sentenceStarts ??= new Set(doc.sentences.map((s) => s.start))).has(p.open);
    // A paragraph that is all quotation, after a paragraph whose last quote is attributed.
    const nextParagraph = p.paragraph === q.paragraph + 1 && doc.paragraphs[p.paragraph].start === p.open && p.closed;
    if (!sameParagraph && !nextParagraph) continue;
    attributions[i] = attribution(a.speaker, a.cue, 'quotes/direct-continuation');
  }
}
