import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { htmlToText } from '../../src/ingest/html.js';
import { makeDoc } from '../../src/ingest/load.js';
import { toRawSpan } from '../../src/doc.js';

const page = readFileSync('tests/ingest/fixtures/article.html', 'utf8');

/** Every non-space character of the text is the raw character it maps to (or its entity). */
function expectExactMap(raw: string, text: string, offsets: Int32Array) {
  expect(offsets.length).toBe(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const at = offsets[i];
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(raw.length);
    if (i > 0) expect(at).toBeGreaterThanOrEqual(offsets[i - 1]);
    if (!/\s/.test(text[i]) && raw[at] !== '&') expect(raw[at]).toBe(text[i]);
  }
}

describe('htmlToText', () => {
  const r = htmlToText(page);

  it('reads title, site name, publication day and URL from meta tags and JSON-LD', () => {
    expect(r.meta).toEqual({
      title: 'Harbour bridge reopens after repairs',
      outlet: 'The Daily Example',
      published: '2023-05-14',
      url: 'https://example.org/news/bridge',
    });
  });

  it('keeps the article body chosen by Readability and nothing around it', () => {
    expect(r.selection).toBe('readability');
    expect(r.text).toContain('The harbour bridge reopened to traffic on Saturday');
    expect(r.text).toContain('Some shops on the north side closed for good.');
    for (const junk of ['dataLayer', 'color: red', 'not text', 'Accept all cookies', 'Ferry timetable', 'All rights reserved', 'Sport', 'Photo: A. Photographer']) {
      expect(r.text).not.toContain(junk);
    }
  });

  it('decodes entities and joins inline elements without losing words', () => {
    expect(r.text).toContain('costing more than £12 million');
    expect(r.text).toContain('“We are delighted that residents can use the crossing again,” council leader');
    expect(r.text).toContain('according to a council report. Engineers found corrosion in two of the main cables.');
  });

  it('maps every text character back to the raw HTML', () => {
    expectExactMap(page, r.text, r.offsets);
  });

  it('maps a span ending in an entity to the whole entity', () => {
    const doc = makeDoc(page, 'a.html', 'a', []);
    const quote = '“It was a long wait.”';
    const at = doc.text.indexOf(quote);
    expect(at).toBeGreaterThan(0);
    const span = toRawSpan(doc, { start: at, end: at + quote.length });
    expect(page.slice(span.start, span.end)).toBe('&ldquo;It was a long wait.&rdquo;');
  });

  it('reads fragments without <html> or <body>, and meta with content first', () => {
    const raw = '<meta content="2021-02-03T10:00:00+01:00" property="article:published_time"><p>First line here.</p><p>Second &amp; last.</p>';
    const t = htmlToText(raw);
    expect(t.meta.published).toBe('2021-02-03');
    expect(t.text).toContain('First line here.');
    expect(t.text).toContain('Second & last.');
    expectExactMap(raw, t.text, t.offsets);
  });

  it('never emits script or style text, even when Readability finds no article', () => {
    const raw = '<html><head><style>p{}</style></head><body><script>var a = "<p>no</p>";</script><p>Short.</p><noscript>Enable JS</noscript></body></html>';
    const t = htmlToText(raw);
    expect(t.text.trim()).toBe('Short.');
    expectExactMap(raw, t.text, t.offsets);
  });

  it.each([200, 3000])('handles %i levels of nesting with the heuristic', (depth) => {
    const raw = `<html><body>${'<div>'.repeat(depth)}<p>Deep text here. It said so.</p>${'</div>'.repeat(depth)}<nav>Menu</nav></body></html>`;
    const t = htmlToText(raw);
    expect(t.selection).toBe('heuristic');
    expect(t.text.trim()).toBe('Deep text here. It said so.');
  });

  it('reads 100,000 levels of nesting quickly with the plain stripper', () => {
    const depth = 100_000;
    const raw = `<html><body>${'<div>'.repeat(depth)}<p>Deep &amp; text. It said so.</p><script>no()</script>${'</div>'.repeat(depth)}</body></html>`;
    const t = htmlToText(raw);
    expect(t.selection).toBe('stripped');
    expect(t.text.trim()).toBe('Deep & text. It said so.');
    expectExactMap(raw, t.text, t.offsets);
  });

  it('handles unclosed tags and broken markup', () => {
    const raw = '<html><body><p>One <b>bold <i>claim. <p>Two < three & four > five.<div';
    const t = htmlToText(raw);
    expect(t.text).toContain('One bold claim.');
    expect(t.text).toContain('Two < three & four > five.');
    expectExactMap(raw, t.text, t.offsets);
  });
});

describe('a realistic news page', () => {
  const raw = readFileSync('tests/ingest/fixtures/news-page.html', 'utf8');
  const diagnostics: Parameters<typeof makeDoc>[3] = [];
  const doc = makeDoc(raw, 'page.html', 'page', diagnostics);
  const sentences = doc.sentences.map((s) => doc.text.slice(s.start, s.end));

  it('keeps the story, in order, and nothing from menus, share bars, captions, asides, sign-ups, comments or footers', () => {
    expect(doc.article).toMatchObject({ title: 'Rail strike called off after late pay offer', outlet: 'Example News', published: '2022-11-04' });
    expect(sentences).toHaveLength(7);
    expect(sentences[0]).toMatch(/^A national rail strike planned for Monday/);
    expect(sentences[2]).toBe('“This is a significant step forward, but it is not a done deal,” general secretary Pat Leader told reporters outside the union’s London headquarters.');
    expect(sentences[6]).toMatch(/^Previous strikes in June and August/);
    const all = sentences.join(' ');
    for (const junk of ['cookies', 'Share on', 'Photograph', 'Read more', 'Commuters face', 'Sign up', 'About time', 'Most read', 'Advertisement', 'Privacy', 'Sam Reporter', 'Strike is on']) {
      expect(all).not.toContain(junk);
    }
  });

  it('maps every sentence to its place in the HTML source', () => {
    for (const s of doc.sentences) {
      const span = toRawSpan(doc, s);
      const source = raw.slice(span.start, span.end);
      expect(source.replace(/&ldquo;|&rdquo;/g, '"').replace(/&rsquo;/g, "'").replace(/&quot;/g, '"')).toBe(
        doc.text.slice(s.start, s.end).replace(/[“”]/g, '"').replace(/’/g, "'"),
      );
    }
  });
});

describe('captions, credits, promos and embeds in a saved page', () => {
  const para = (n: number) => `<p>Paragraph ${n} of the story says the harbour council voted to rebuild the old pier before the summer season.</p>`;
  const page = `<!doctype html><html><head><title>Pier to be rebuilt</title>
<link rel="canonical" href="https://example.org/pier">
<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Example Post"},{"@type":"NewsArticle","headline":"Pier to be rebuilt","datePublished":"2024-03-12T08:30:00-05:00","author":[{"@type":"Person","name":"Jo Marsh"},{"@type":"Person","name":"Bo Roe"}],"publisher":{"@type":"Organization","name":"Example Post"}}]}</script>
</head><body><main><article class="story has-embed">
<h1>Pier to be rebuilt</h1>
<div class="article-meta"><span class="author-name">Jo Marsh</span> <span class="pub-date">March 12, 2024</span></div>
<figure><img src="a.jpg" alt="The old pier"><figcaption>The old pier on Tuesday. <span class="credit">Photo: Ana Pell</span></figcaption></figure>
${para(1)}${para(2)}
<div class="image-block"><p class="image-caption">Workers inspect the pier on Monday.</p></div>
<aside class="pullquote"><blockquote>“It is time to rebuild.”</blockquote></aside>
${para(3)}
<amp-ad width="300" height="250"><div fallback>Advertisement</div></amp-ad>
<blockquote class="twitter-tweet"><p>The pier vote is great news for the town.</p>&mdash; Ana Pell (@anapell) March 11, 2024</blockquote>
<div class="related-links"><h3>Related stories</h3><ul><li><a href="/b">Harbour fees rise</a></li></ul></div>
${para(4)}
<div class="newsletter-signup"><p>Get our morning briefing in your inbox.</p></div>
${para(5)}
<div class="author-bio"><p>Jo Marsh covers the harbour for the Example Post.</p></div>
</article></main></body></html>`;
  const doc = makeDoc(page, 'pier.html', 'pier', []);
  const kept = doc.paragraphs.map((p) => doc.text.slice(p.start, p.end)).join('\n');

  it('keeps every story paragraph, even inside an element whose class sounds like an embed', () => {
    for (let n = 1; n <= 5; n++) expect(kept).toContain(`Paragraph ${n} of the story`);
  });

  it('drops figures, captions, credits, asides, ads, embedded posts, related links, promos and author notes', () => {
    for (const junk of ['The old pier', 'Ana Pell', 'Workers inspect', 'time to rebuild', 'Advertisement', 'great news', 'Harbour fees', 'Related stories', 'briefing', 'covers the harbour', 'March 12, 2024']) {
      expect(kept).not.toContain(junk);
    }
  });

  it('reads the author from JSON-LD and the URL from the canonical link', () => {
    expect(doc.article).toMatchObject({ title: 'Pier to be rebuilt', outlet: 'Example Post', published: '2024-03-12', author: 'Jo Marsh, Bo Roe', url: 'https://example.org/pier' });
  });
});

describe('page titles', () => {
  it('drop the site name after the headline when the site is known', () => {
    const raw = '<html><head><title>Bridge reopens - Example News</title><meta property="og:site_name" content="Example News"></head><body><p>The bridge reopened.</p></body></html>';
    expect(htmlToText(raw).meta.title).toBe('Bridge reopens');
    const unknown = '<html><head><title>Bridge reopens - Example News</title></head><body><p>The bridge reopened.</p></body></html>';
    expect(htmlToText(unknown).meta.title).toBe('Bridge reopens - Example News');
  });

  it("drop an unknown site's name when the part before the separator is the page's own headline", () => {
    const raw = '<html><head><title>Tram line to close | Norland Courier</title></head><body><h1>Tram line to close</h1><p>The tram line will close.</p></body></html>';
    expect(htmlToText(raw).meta.title).toBe('Tram line to close');
    // A headline that only starts the title is no sign of a site name.
    const other = '<html><head><title>Tram line to close for six weeks</title></head><body><h1>Tram line to close</h1><p>The tram line will close.</p></body></html>';
    expect(htmlToText(other).meta.title).toBe('Tram line to close for six weeks');
  });
});

describe('tables', () => {
  it('keeps a figure that two cells of a row repeat (no caption printed twice)', () => {
    const raw =
      '<html><body><article><h1>Jobless rates</h1><p>Unemployment rose in two of the three counties of Norland in October, the statistics office said on Friday.</p>' +
      '<table><tr><th>County</th><th>Sep</th><th>Oct</th></tr><tr><td>Velden</td><td>6.1%</td><td>6.8%</td></tr><tr><td>Trel</td><td>3.9%</td><td>3.9%</td></tr></table>' +
      '<p>The office will publish November figures next month, a spokesman said.</p></article></body></html>';
    const doc = makeDoc(raw, 'a.html', 'a', []);
    expect(doc.text).toMatch(/Trel; 3\.9%; 3\.9%/);
  });

  const turnout =
    '<html><body><article><h1>Turnout rises in Norland</h1><p>Turnout rose in all three districts of Norland in the vote on Sunday, the electoral office said.</p>' +
    '<table><caption>Turnout by district</caption><thead><tr><th>District</th><th>Turnout</th><th>Change</th></tr></thead><tbody>' +
    '<tr><td>Velden</td><td> 61% </td><td>+4.2</td></tr><tr><td>north coast</td><td>49%<br>(est.)</td><td></td></tr><tr><td>lower Trel</td><td>52%</td><td>-0.5</td></tr></tbody></table>' +
    '<p>officials said the rise was the largest in a decade.</p></article></body></html>';
  const sentences = (raw: string) => {
    const doc = makeDoc(raw, 'a.html', 'a', []);
    return { doc, list: doc.sentences.map((s) => doc.text.slice(s.start, s.end)) };
  };

  it('puts each row of a data table on a line of its own, cells separated by "; ", header row and caption too', () => {
    const { list } = sentences(turnout);
    expect(list).toContain('Turnout by district');
    expect(list).toContain('District; Turnout; Change');
    expect(list).toContain('Velden; 61%; +4.2');
    // A line break inside a cell does not split the row; an empty cell adds no separator.
    expect(list).toContain('north coast; 49% (est.)');
  });

  it('never joins a table row with the prose around it, even when the next line starts in lower case', () => {
    const { list } = sentences(turnout);
    expect(list).toContain('lower Trel; 52%; -0.5');
    expect(list).toContain('officials said the rise was the largest in a decade.');
    expect(list.some((s) => s.includes('lower Trel') && s.includes('officials'))).toBe(false);
  });

  it('maps every character of a row but its separators to the page', () => {
    const r = htmlToText(turnout);
    // The separators are the only characters the page does not have: they map to the '<' closing the cell before.
    const separators = [...r.text.matchAll(/; /g)].map((m) => m.index);
    expect(separators.length).toBeGreaterThan(0);
    for (const at of separators) expect(turnout[r.offsets[at]]).toBe('<');
    expectExactMap(turnout, r.text.replace(/; /g, '  '), r.offsets);
    const row = r.text.indexOf('Velden; 61%');
    expect(turnout.slice(r.offsets[row], r.offsets[row + 5] + 1)).toBe('Velden');
    expect(r.tableRows.some((l) => r.text.slice(l.start, l.end).includes('Velden; 61%; +4.2'))).toBe(true);
  });

  it('leaves a layout table (cells holding paragraphs) as blocks of text', () => {
    const raw =
      '<html><body><table><tr><td><h1>Ferry strike ends</h1><p>The ferry strike between Norland and Velden ended on Friday after two weeks, the operator said.</p>' +
      '<p>Passengers queued for an hour at the harbour as the first boat left.</p></td><td><p>Advertisement</p></td></tr></table></body></html>';
    const r = htmlToText(raw);
    expect(r.tableRows).toEqual([]);
    expect(r.text).not.toContain(';');
    expect(r.text).toContain('The ferry strike between Norland and Velden ended on Friday after two weeks, the operator said.\nPassengers queued');
  });
});

describe('footnote marks and display quotes', () => {
  const text = (body: string) => htmlToText(`<html><body>${body}</body></html>`).text;

  it('leaves out footnote marks: a <sup> linking within the page or in brackets, and a bracketed in-page link', () => {
    expect(text('<p>Rents rose by 7.2%<sup><a href="#fn1">1</a></sup> in the year.</p>')).toBe('Rents rose by 7.2% in the year.');
    expect(text('<p>A flat costs €1,340 a month<sup>[2]</sup>, up from €1,190.</p>')).toBe('A flat costs €1,340 a month, up from €1,190.');
    expect(text('<p>The cap had failed.<a href="#fn3"><sup>3</sup></a> Tenants said so.</p>')).toBe('The cap had failed. Tenants said so.');
    expect(text('<p>The vote was 4-1.<a href="#n1">[1]</a> It passed.</p>')).toBe('The vote was 4-1. It passed.');
  });

  it('keeps exponents and ordinary in-page links', () => {
    expect(text('<p>An area of 40 km<sup>2</sup> was flooded.</p>')).toBe('An area of 40 km2 was flooded.');
    expect(text('<p>See <a href="#part2">part two</a> of the report.</p>')).toBe('See part two of the report.');
  });

  it('drops a blockquote that repeats a quotation of the story without quotation marks', () => {
    const raw =
      '<html><body><article><h1>Orchestra moves</h1><p>The Velden Philharmonic will move into the old grain exchange on the harbour next autumn, the city said.</p>' +
      '<p>&ldquo;For the first time, our musicians will rehearse in the room where they perform,&rdquo; said the director, Anouk Stell.</p>' +
      '<blockquote class="is-style-large"><p>For the first time, our musicians will rehearse in the room where they perform</p></blockquote>' +
      '<p>Renovation will cost a further 11 million euros, most of it from an arts fund.</p>' +
      '<blockquote><p>We will never again play in a gym, and the city has promised us that.</p></blockquote></article></body></html>';
    const doc = makeDoc(raw, 'a.html', 'a', []);
    expect(doc.text.split('For the first time').length - 1).toBe(1);
    expect(doc.text).toContain('We will never again play in a gym');
  });
});
