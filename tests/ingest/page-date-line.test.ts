import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/ingest/load.js';
import { timestampDay } from '../../src/ingest/timestamp.js';
import { isIsoDate } from '../../src/schema/iso-date.js';
import type { Diagnostic } from '../../src/schema/index.js';

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

describe('numeric dates that could be read either way', () => {
  const dated = (raw: string, path: string) => {
    const diagnostics: Diagnostic[] = [];
    const { published, publishedFrom } = makeDoc(raw, path, 'a', diagnostics).article;
    return { published, publishedFrom, warned: diagnostics.some((d) => /could be day\/month or month\/day/.test(d.message)) };
  };
  const html = (htmlAttrs: string, head: string, extra = '') =>
    `<!DOCTYPE html><html${htmlAttrs}><head>${head}<title>Ferries resume</title></head><body><article><h1>Ferries resume</h1><p class="dateline">Published: 04/05/2026</p>${BODY}${extra}</article></body></html>`;

  it('reads them in the order the page language writes', () => {
    expect(dated(html(' lang="en-GB"', ''), 'a.html')).toMatchObject({ published: '2026-05-04', warned: false });
    expect(dated(html(' lang="en-US"', ''), 'a.html')).toMatchObject({ published: '2026-04-05', warned: false });
    expect(dated(html('', '<meta property="og:locale" content="en_US">'), 'a.html')).toMatchObject({ published: '2026-04-05' });
    expect(dated(html(' lang="de"', ''), 'a.html')).toMatchObject({ published: '2026-05-04' });
  });

  it("reads them in the order of the outlet's country-code domain, not of .com or a generic ccTLD", () => {
    expect(dated(html('', '<link rel="canonical" href="https://www.norland-news.co.uk/ferries">'), 'a.html')).toMatchObject({ published: '2026-05-04' });
    expect(dated(html('', '<link rel="canonical" href="https://norland-news.com/ferries">'), 'a.html')).toMatchObject({ published: undefined, warned: true });
    expect(dated(html('', '<link rel="canonical" href="https://norland.io/ferries">'), 'a.html')).toMatchObject({ published: undefined, warned: true });
  });

  it('reads them in the order an unambiguous date in the same format on the page shows, before the language', () => {
    expect(dated(html(' lang="en-GB"', '', '<p>Updated 04/21/2026</p>'), 'a.html')).toMatchObject({ published: '2026-04-05' });
    expect(dated(html('', '', '<p>Updated 21/05/2026</p>'), 'a.html')).toMatchObject({ published: '2026-05-04' });
    // A date in another format says nothing about this one.
    expect(dated(html('', '', '<p>Updated 21.05.2026</p>'), 'a.html')).toMatchObject({ published: undefined, warned: true });
  });

  it('leaves the article undated with a warning when nothing settles the order', () => {
    expect(dated(html('', ''), 'a.html')).toEqual({ published: undefined, publishedFrom: 'unknown', warned: true });
    expect(dated(`Ferries resume\n\nPublished: 04/05/2026 08:00\n\nThe ferry service resumed on Friday after a two-week strike, the operator said.\n`, 'a.txt')).toMatchObject({ published: undefined, warned: true });
  });

  it('settles a plain-text byline date by a later date in the text', () => {
    const txt = `Ferries resume\n\nPublished: 04/05/2026 08:00\n\nThe ferry service resumed after a strike that began on 04/21/2026, the operator said.\n`;
    expect(dated(txt, 'a.txt')).toMatchObject({ published: '2026-04-05', publishedFrom: 'text', warned: false });
  });

  it('reads a front-matter date by the front matter or the body, else warns', () => {
    const md = (fields: string, body = 'The ferry service resumed on Friday, the operator said.') => `---\ntitle: Ferries\npublished: 04/05/2026\n${fields}---\n${body}\n`;
    expect(dated(md('url: https://news.example.ie/ferries\n'), 'a.md')).toMatchObject({ published: '2026-05-04', publishedFrom: 'metadata' });
    expect(dated(md('lang: en-US\n'), 'a.md')).toMatchObject({ published: '2026-04-05' });
    expect(dated(md('', 'The strike began on 21/04/2026, the operator said.'), 'a.md')).toMatchObject({ published: '2026-05-04' });
    expect(dated(md(''), 'a.md')).toMatchObject({ published: undefined, warned: true });
    // A numeric date only one order fits needs no evidence.
    expect(dated(`---\npublished: 31/12/2025\n---\nThe ferry service resumed.\n`, 'a.md')).toMatchObject({ published: '2025-12-31', warned: false });
    expect(dated(`---\npublished: 04.05.2026\n---\nThe ferry service resumed.\n`, 'a.md')).toMatchObject({ published: '2026-05-04' });
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
