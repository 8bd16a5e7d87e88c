import { describe, expect, it } from 'vitest';
import { readCalendarValue } from '../../src/brief/dates.js';
import { ArticleText } from '../../src/brief/article-text.js';
import { contentWords } from '../../src/text/content-words.js';
import { selectKeySentences } from '../../src/brief/key-sentences.js';
import { makeDoc } from '../../src/ingest/load.js';
import { toRawSpan } from '../../src/doc.js';
import { longGaps } from '../../src/render/pdf/briefing/timeline.js';

describe('readCalendarValue', () => {
  it.each([
    ['2031-03-12', '2031-03-12', '12 Mar 2031'],
    ['2031-03', '2031-03-01', 'Mar 2031'],
    ['2031', '2031-01-01', '2031'],
    ['2024-W43', '2024-10-21', 'week of 21 Oct 2024'],
    ['2025-W01', '2024-12-30', 'week of 30 Dec 2024'],
    ['2031-Q3', '2031-07-01', 'Q3 2031'],
  ])('%s sorts as %s and reads "%s"', (value, sortKey, label) => {
    expect(readCalendarValue(value)).toMatchObject({ sortKey, label });
  });

  it.each(['P3Y', 'PAST_REF', 'XXXX-XX-XX', '2031-13-01', '2031-02-32', 'T10:00'])('is null for %s (not a calendar date)', (value) => {
    expect(readCalendarValue(value)).toBeNull();
  });
});

describe('contentWords', () => {
  it('drops function words, splits hyphens, folds possessives and plurals', () => {
    expect(contentWords("The Secretary-General said Putin's troops were there")).toEqual(['secretary', 'general', 'putin', 'troop']);
  });
});

describe('ArticleText on HTML', () => {
  const raw = '<html><body><p>The <b>river bridge</b> closed on Monday, officials said, after inspectors found 12 cracks in its two oldest arches.</p></body></html>';
  const doc = makeDoc(raw, 'a.html', 'a', []);

  it('reads raw-file spans as clean text, without markup', () => {
    const s = toRawSpan(doc, doc.sentences[0]);
    expect(new ArticleText([doc]).text('a', s)).toBe('The river bridge closed on Monday, officials said, after inspectors found 12 cracks in its two oldest arches.');
  });

  it('cuts a short excerpt around a figure, marking the cuts', () => {
    const sentence = toRawSpan(doc, doc.sentences[0]);
    const at = raw.indexOf('12 cracks');
    expect(new ArticleText([doc]).excerpt('a', sentence, { start: at, end: at + 2 }, 3, 3)).toBe('…after inspectors found 12 cracks in its…');
  });
});

describe('selectKeySentences', () => {
  const article = (id: string, body: string) => makeDoc(body, `${id}.txt`, id, []);
  const docs = [
    article('one', 'Floodwater forced the closure of the central railway station in Kettleby on Monday morning.\n\nThe station café sold cakes and coffee to travellers for many years before.\n'),
    article('two', 'The central railway station in Kettleby was closed by floodwater on Monday, the operator said.\n\nLocal choirs will perform at the town hall next spring as planned.\n'),
    article('three', 'Engineers expect the Kettleby railway station to stay closed after the floodwater until Friday.\n'),
  ];

  it('ranks the claim several articles share first and marks every article that reports it', () => {
    const [first] = selectKeySentences(docs);
    expect(first.text).toContain('central railway station');
    expect(first.reportedBy.length).toBeGreaterThanOrEqual(2);
    expect(new Set(first.reportedBy).size).toBe(first.reportedBy.length);
  });

  it('does not list the same claim twice', () => {
    const picked = selectKeySentences(docs);
    const station = picked.filter((s) => /central railway station/.test(s.text));
    expect(station).toHaveLength(1);
  });

  it('gives spans into the original files', () => {
    for (const s of selectKeySentences(docs)) {
      const doc = docs.find((d) => d.article.id === s.article)!;
      expect(doc.raw.slice(s.span.start, s.span.end)).toBe(s.text);
    }
  });
});

describe('longGaps on the evenly spaced timeline', () => {
  const mark = (sortKey: string) => ({ date: sortKey, event: 'e', sortKey });
  it('marks the one gap far longer than the others', () => {
    expect(longGaps(['2029-01-01', '2031-03-11', '2031-03-12', '2031-03-13', '2031-04-01'].map(mark))).toEqual([0]);
  });
  it('marks nothing when the dates are evenly spread or too few', () => {
    expect(longGaps(['2030-01-01', '2030-02-01', '2030-03-01'].map(mark))).toEqual([]);
    expect(longGaps(['2000-01-01', '2030-01-01'].map(mark))).toEqual([]);
  });
});
