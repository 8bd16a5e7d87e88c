import type { DocRefiner } from './types.js';
import type { NumberDraft, QuoteDraft } from '../extract/types.js';

/**
 * A figure inside a quote (direct or reported speech) is stated by that quote's speaker.
 * Quotes sorted by start; each number looks back over the few quotes that start before it.
 */
export const attributeNumbers: DocRefiner = {
  name: 'attribute-numbers',
  refine(ex) {
    const quotes = ex.facts.filter((f): f is QuoteDraft => f.kind === 'quote').sort((a, b) => a.span.start - b.span.start);
    if (!quotes.length) return;
    for (const f of ex.facts) {
      if (f.kind !== 'number') continue;
      const quote = innermostQuote(quotes, f);
      f.source = quote ? { ...quote.speaker, mention: quote.speaker.mention ? { ...quote.speaker.mention } : null } : null;
    }
  },
};

const LOOK_BACK = 8;

function innermostQuote(quotes: QuoteDraft[], n: NumberDraft): QuoteDraft | null {
  let lo = 0;
  let hi = quotes.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].span.start <= n.span.start) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  let best: QuoteDraft | null = null;
  for (let i = last; i >= 0 && i > last - LOOK_BACK; i--) {
    const q = quotes[i];
    if (q.span.start <= n.span.start && n.span.end <= q.span.end && (!best || q.span.end - q.span.start < best.span.end - best.span.start)) best = q;
  }
  return best;
}
