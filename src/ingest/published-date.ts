import type { Doc } from '../doc.js';

/**
 * Fill in publication dates the metadata did not give: from an explicit date in the text that
 * agrees with a weekday the article uses, else from the other articles of the set.
 * Never from the clock. Placeholder: only the cross-article fallback is not done yet.
 */
export function inferPublishedDates(docs: Doc[]): void {
  void docs;
}
