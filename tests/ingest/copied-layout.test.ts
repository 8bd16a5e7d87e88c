import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/ingest/clean.js';
import { makeDoc } from '../../src/ingest/load.js';
import type { Diagnostic } from '../../src/schema/index.js';

// Page furniture that copy-paste and saved pages bring along, recognised by its shape (runs of
// short unpunctuated lines, link density, comment threads) rather than by site. Invented text only.

const clean = (raw: string) => cleanText(raw, 0, {});
const paragraphs = (raw: string) => {
  const c = clean(raw);
  return c.paragraphs.map((p) => c.text.slice(p.start, p.end).replace(/\s+/g, ' '));
};
const s1 = 'The Kestrel Valley council voted 7-2 on Tuesday to rebuild the harbour wall.';
const s2 = '“We have waited long enough,” said council member Ada Fenwick-Lowe.';
const s3 = 'Work is due to start in March and cost about $4 million.';

describe('menus and link lists copied as plain text', () => {
  it('removes a menu before the story and takes the headline after it', () => {
    const raw = `Skip to main content\nHome\nNews\nSport\nWeather\nHarbour wall to be rebuilt after storm damage\nBy Ada Marsh\n${s1}\n\n${s2}\n`;
    const c = clean(raw);
    expect(c.titleSpan && raw.slice(c.titleSpan.start, c.titleSpan.end)).toBe('Harbour wall to be rebuilt after storm damage');
    expect(paragraphs(raw)).toEqual([s1, s2]);
  });

  it('removes lists of links after the story: numbers, quoted headlines and labels included', () => {
    const raw = `Harbour wall to be rebuilt\n\n${s1}\n\n${s3}\n\nMore on this story\nPier fees to rise next year\nPublished\n4 June\nElsewhere on the site\n'I found a seal in my garden'\nMost read\n1\nMan fined for parking on a roundabout\n2\nCouncil tax to rise by 5% in most areas\n`;
    expect(paragraphs(raw)).toEqual([s1, s3]);
  });

  it('keeps a list inside the story, and a fact box after it', () => {
    const raw = `Cup draw made\n\n${s1}\n\nKestrel Town v Harlow Rovers\nMilton Athletic v Rook United\nBrackley v Fenwick City\n\nTies will be played on 19 February.\n\nTOTALS:\nInjured: 74\nHospitalized: 6\nTreated and discharged: 68\n`;
    const kept = paragraphs(raw).join('\n');
    for (const line of ['Kestrel Town v Harlow Rovers', 'Brackley v Fenwick City', 'Ties will be played', 'Injured: 74', 'Treated and discharged: 68']) expect(kept).toContain(line);
  });

  it('keeps a one-line paragraph ending in a full stop next to a link list', () => {
    const raw = `Harbour wall to be rebuilt\n\n${s1}\n\nHe declined to comment.\nTop stories\nTrain drivers to strike in December\nStorm brings 70mph winds to the coast\nBakery wins national prize\n`;
    expect(paragraphs(raw)).toEqual([s1, 'He declined to comment.']);
  });

  it('does not take a hard-wrapped story for a menu', () => {
    const raw = `Harbour wall plan\nThe Kestrel Valley council voted\nTuesday to rebuild the harbour wall\nWork is due to begin in March\nafter storms damaged it, officials said,\nand will cost about $4 million in all\nwhich the harbour board will pay.\n`;
    expect(paragraphs(raw).join(' ')).toContain('Tuesday to rebuild the harbour wall');
    expect(paragraphs(raw).join(' ')).toContain('Work is due to begin in March');
  });

  it('removes key points copied without their bullets', () => {
    const raw = `Harbour wall to be rebuilt\nKey points\nCouncil votes 7-2 for the plan\nWork starts in March\nCost put at $4 million\n${s1}\n\n${s3}\n`;
    expect(paragraphs(raw)).toEqual([s1, s3]);
    const afterStory = `${s1}\n\nKey points\nCouncil votes 7-2 for the plan\nWork starts in March\n\n${s3}\n`;
    expect(paragraphs(afterStory)).toEqual([s1, s3]);
    expect(clean(afterStory).removed.filter((r) => r.rule === 'summary')).toHaveLength(3);
  });
});

describe('comments, captions, bylines and notes in copied pages', () => {
  it('removes a comment section and everything after it', () => {
    const raw = `Harbour wall to be rebuilt\n\n${s1}\n\n${s2}\n\n12 Comments\nSort by\nNewest\nharbour_fan\n2h ago\nGreat news. My street flooded twice last year.\nReply\n4 likes\nold_salt\n5h ago\n"We have waited long enough" is right.\nReply\n`;
    expect(paragraphs(raw)).toEqual([s1, s2]);
    expect(clean(raw).removed.some((r) => r.rule === 'comments')).toBe(true);
  });

  it('removes a caption after its label', () => {
    const raw = `Harbour wall to be rebuilt\nImage caption,\nThe harbour wall was breached in 2023\n${s1}\n`;
    expect(paragraphs(raw)).toEqual([s1]);
  });

  it('removes bylines with a colon or dashes, contact lines and lone addresses, but not a signing handle', () => {
    const raw = `Harbour wall to be rebuilt\n\nBy: Ada Marsh\n\nAda Marsh — 12 May 2024 — 6 min read\n\n${s1}\n\nGreat idea, fix it.\n\n@harbour_fan.\n\nContact Ada Marsh at 555-0142 or amarsh@example.org.\n\nnews@example.org\n`;
    expect(paragraphs(raw)).toEqual([s1, 'Great idea, fix it.', '@harbour_fan.']);
  });

  it('removes pointers to more coverage and a funder note', () => {
    const raw = `Harbour wall to be rebuilt\n\n${s1}\n\nFor the latest news, weather and video, head to Example 7.\n\nFollow our coverage of the storm at https://example.org/storm.\n\nThe Example Desk receives support from the Roe Foundation. The Example Wire is solely responsible for all content.\n`;
    expect(paragraphs(raw)).toEqual([s1]);
  });

  it('removes a note about the author named by surname, with the name line and link debris around it', () => {
    const raw = `Harbour wall to be rebuilt\nBy  ADA MARSH\n\n${s1}\n\n${s3}\n\nADA MARSH\nMarsh covers the coast for the Example Wire.\ntwitter\nmailto\n`;
    expect(paragraphs(raw)).toEqual([s1, s3]);
  });
});

describe('saved HTML pages', () => {
  it('keeps paragraphs written as divs with text only', () => {
    const raw = `<html><body><div class="menu"><a>Home</a></div><div class="story-text"><div class="p">${s1}</div><div class="p">${s2}</div><div class="p">${s3}</div></div></body></html>`;
    const doc = makeDoc(raw, 'a.html', 'a', []);
    for (const s of [s1, s3]) expect(doc.text).toContain(s);
  });

  it('drops lines that are all link text but keeps a sentence with linked names', () => {
    const withNames = '<p><a href="/p/1">Ada Marsh</a> and <a href="/p/2">Bo Roe-Whitfield</a> agreed.</p>';
    const raw = `<html><body><article><h1>Wall</h1><p>${s1}</p><p><strong>Read more:</strong> <a href="/x">Pier fees to rise next year</a></p>${withNames}<p>${s3}</p><ul><li><a href="/1">Storm closes the ferry</a></li><li><a href="/2">Bakery wins a prize</a></li></ul></article></body></html>`;
    const diagnostics: Diagnostic[] = [];
    const doc = makeDoc(raw, 'a.html', 'a', diagnostics);
    expect(doc.text).toContain('Ada Marsh and Bo Roe-Whitfield agreed.');
    for (const junk of ['Pier fees', 'Read more', 'Storm closes', 'Bakery']) expect(doc.text).not.toContain(junk);
    expect(diagnostics.some((d) => d.rule === 'clean/link-line')).toBe(true);
    // Removed spans are reported in the file's coordinates, like facts.
    const line = diagnostics.find((d) => d.rule === 'clean/link-line' && raw.slice(d.span!.start, d.span!.end).includes('Pier fees'));
    expect(line).toBeDefined();
  });

  it('drops a heading over a list of links separated by line breaks', () => {
    const raw = `<html><body><table><tr><td>${s1}<br><br>${s3}<br><br><b>Other headlines</b><br><a href="/1">Fire destroys barn</a><br><a href="/2">Library adds Sunday hours</a><br><a href="/3">Eagles win title</a></td></tr></table></body></html>`;
    const doc = makeDoc(raw, 'a.html', 'a', []);
    expect(doc.text).toContain(s3);
    expect(doc.text).not.toContain('Other headlines');
  });
});

describe('Markdown pages', () => {
  it('drops share rows, breadcrumbs, related links and template tags, keeping sentences with links', () => {
    const raw = `[Home](/) > [News](/news)\n\n{% include share.html %}\n\n${s1}\n\nThe plan was backed by [Ada Fenwick-Lowe](/people/afl), who chairs the harbour board.\n\n[Share on X](https://x.example/s) · [Email](mailto:?s=1)\n\n**Read more:** [Pier fees to rise next year](/pier)\n\n- [Storm closes the ferry](/1)\n- [Bakery wins a prize](/2)\n`;
    const doc = makeDoc(raw, 'a.md', 'a', []);
    expect(doc.text).toContain(s1);
    expect(doc.text).toContain('who chairs the harbour board.');
    for (const junk of ['Home', 'include', 'Share on X', 'Pier fees', 'Storm closes', 'Bakery']) expect(doc.text).not.toContain(junk);
  });

  it('reads TOML front matter and the date and authors names of site generators', () => {
    const raw = `+++\ntitle = "Harbour wall to be rebuilt"\ndate = 2024-05-12\nauthors = ["Ada Marsh"]\n+++\n\n${s1}\n`;
    const doc = makeDoc(raw, 'a.md', 'a', []);
    expect(doc.article).toMatchObject({ title: 'Harbour wall to be rebuilt', published: '2024-05-12', author: 'Ada Marsh', publishedFrom: 'metadata' });
    expect(doc.text.trim()).toBe(s1);
    const yaml = makeDoc(`---\ntitle: Wall\ndate: 2024-05-12T08:30:00-05:00\n---\n${s1}\n`, 'b.md', 'b', []);
    expect(yaml.article.published).toBe('2024-05-12');
  });
});
