import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/ingest/load.js';
import { timestampDay } from '../../src/ingest/timestamp.js';
import { isIsoDate } from '../../src/schema/iso-date.js';

const BODY = '<p>The ferry service between Norland and Velden resumed on Friday after a two-week strike, the operator said.</p><p>Passengers queued for an hour at the harbour.</p>';
const page = (head: string, beforeBody = '', aside = '') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8">${head}<title>Ferries resume</title></head><body>${aside}<article><h1>Ferries resume</h1>${beforeBody}${BODY}</article></body></html>`;
const published = (html: string) => {
  const { published, publishedFrom } = makeDoc(html, 'a.html', 'a', []).article;
  return { published, publishedFrom };
};

describe('numeric dates on timestamp lines', () => {
  it('reads day-first and month-first dates when one part is above 12', () => {
    expect(timestampDay('Published: 20/11/2026 08:00')).toBe('2026-11-20');
    expect(timestampDay('Posted 11/20/2026 at 8:00 AM')).toBe('2026-11-20');
    expect(timestampDay('Updated 20.11.2026')).toBe('2026-11-20');
  });

  it('leaves a date that could be read either way, and an impossible one', () => {
    expect(timestampDay('Published: 04/05/2026')).toBeUndefined();
    expect(timestampDay('Published: 31/02/2026')).toBeUndefined();
  });

  it('dates a plain-text article from a removed numeric timestamp line', () => {
    const doc = makeDoc('Ferries resume\n\nPublished: 20/11/2026 08:00 | Updated: 20/11/2026 10:47\n\nThe ferry service resumed on Friday after a two-week strike, the operator said.\n', 'a.txt', 'a', []);
    expect(doc.article).toMatchObject({ published: '2026-11-20', publishedFrom: 'text' });
  });
});

describe("the page's own date line", () => {
  it('prefers metadata', () => {
    expect(published(page('<meta property="article:published_time" content="2026-11-18T09:00:00Z">', '<p class="dateline">Published: 20/11/2026</p>'))).toEqual({ published: '2026-11-18', publishedFrom: 'metadata' });
  });

  it('reads a time element marked as the publication date', () => {
    expect(published(page('', '<div><time itemprop="datePublished" datetime="2026-11-19T07:00:00Z">19 Nov</time></div>'))).toEqual({ published: '2026-11-19', publishedFrom: 'metadata' });
  });

  it('reads the text of a date line or byline marked by its class', () => {
    expect(published(page('', '<p class="dateline">Published: 20/11/2026 08:00 | Updated: 20/11/2026 10:47</p>'))).toEqual({ published: '2026-11-20', publishedFrom: 'text' });
    expect(published(page('', '<div class="story-byline">By Jo Bell<br>Posted at 5:41 PM, Nov 20, 2026</div>'))).toEqual({ published: '2026-11-20', publishedFrom: 'text' });
  });

  it("takes the one day a live blog's entry times all give, and no day when they differ", () => {
    const entries = (a: string, b: string) =>
      `<div class="entry"><time datetime="${a}T14:32:00Z">14.32 GMT</time><p>Crews reached the bridge.</p></div><div class="entry"><time datetime="${b}T09:05:00Z">09.05 GMT</time><p>The river rose overnight.</p></div>`;
    expect(published(page('', entries('2026-11-21', '2026-11-21')))).toEqual({ published: '2026-11-21', publishedFrom: 'metadata' });
    expect(published(page('', entries('2026-11-21', '2026-11-20')))).toEqual({ published: undefined, publishedFrom: 'unknown' });
  });

  it('ignores dates in sidebars and lists of other stories', () => {
    const aside = '<aside><ul><li><span class="post-date">Nov 2, 2026</span><a href="/x">Bus fares rise</a></li></ul></aside>';
    expect(published(page('', '', aside))).toEqual({ published: undefined, publishedFrom: 'unknown' });
  });
});

describe('isIsoDate', () => {
  it('accepts only days of the calendar', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-02-31')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
  });
});
