import { describe, expect, it } from 'vitest';
import { factsFromFiles } from '../../src/pipeline.js';
import { readFileSync } from 'node:fs';
import type { DateFact } from '../../src/schema/index.js';

describe('dates in the sample articles', () => {
  const table = factsFromFiles(['seeds']);
  const dates = table.facts.filter((f): f is DateFact => f.kind === 'date');
  const inArticle = (prefix: string) => dates.filter((f) => f.article.startsWith(prefix)).map((f) => ({ text: f.text, type: f.type, value: f.value }));

  it('maps every date back to its file text', () => {
    for (const f of dates) {
      const article = table.articles.find((a) => a.id === f.article)!;
      expect(readFileSync(article.path, 'utf8').slice(f.span.start, f.span.end)).toBe(f.text);
    }
  });

  it('normalizes the hard cases against the inferred publication date', () => {
    const found = inArticle('000');
    expect(found).toContainEqual({ text: 'Monday', type: 'DATE', value: '2024-10-28' });
    expect(found).toContainEqual({ text: 'early August', type: 'DATE', value: '2024-08' });
    expect(found).toContainEqual({ text: 'nearly three years ago', type: 'DATE', value: '2021' });
    expect(found).toContainEqual({ text: 'Last week', type: 'DATE', value: '2024-W43' });
    expect(found).toContainEqual({ text: 'days', type: 'DURATION', value: 'PXD' });
    expect(found).toContainEqual({ text: 'weeks ago', type: 'DATE', value: 'PAST_REF' });
    expect(found).toContainEqual({ text: 'Today', type: 'DATE', value: '2024-10-28' });
  });

  it('reads future and past references in the other articles', () => {
    expect(inArticle('003')).toContainEqual({ text: 'December', type: 'DATE', value: '2024-12' });
    expect(inArticle('003')).toContainEqual({ text: 'later this week', type: 'DATE', value: '2024-W44' });
    expect(inArticle('003')).toContainEqual({ text: 'October 27', type: 'DATE', value: '2024-10-27' });
    expect(inArticle('003')).toContainEqual({ text: '2000', type: 'DATE', value: '2000' });
    expect(inArticle('001')).toContainEqual({ text: 'last Friday', type: 'DATE', value: '2024-10-25' });
    expect(inArticle('004')).toContainEqual({ text: 'Oct 24', type: 'DATE', value: '2024-10-24' });
  });

  it('gives the invasion as the event of "nearly three years ago"', () => {
    const fact = dates.find((f) => f.text === 'nearly three years ago')!;
    expect(fact.event).toBe('Moscow launched the full-scale invasion of Ukraine');
  });

  it('does not read the verb "march" or "may" as a month', () => {
    expect(dates.filter((f) => /^(?:march|may)$/i.test(f.text))).toEqual([]);
  });
});
