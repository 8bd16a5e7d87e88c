import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { cleanText } from '../../src/ingest/clean.js';

const clean = (raw: string, markdown = false) => cleanText(raw, 0, { markdown });
const paragraphs = (raw: string, markdown = false) => {
  const c = clean(raw, markdown);
  return c.paragraphs.map((p) => c.text.slice(p.start, p.end).replace(/\s+/g, ' '));
};
const rules = (raw: string) => clean(raw).removed.map((r) => r.rule);

const body = 'The council met on Tuesday and approved the budget for next year.';

describe('cleanText', () => {
  it('keeps the length and every offset of the input', () => {
    const raw = `Headline here\n\n${body}\n\nSign up now: get our daily newsletter\n\n“We are pleased,” the mayor said. REUTERS\n`;
    const c = clean(raw);
    expect(c.text).toHaveLength(raw.length);
    for (const p of c.paragraphs) expect(c.text.slice(p.start, p.end).trim()).toBe(c.text.slice(p.start, p.end));
    expect(c.text.indexOf(body)).toBe(raw.indexOf(body));
  });

  it.each([
    ['a cookie notice', 'We and our partners use cookies to personalise content. Read our cookie policy.', 'consent'],
    ['a sign-up prompt', 'Sign up now: Get our newsletters delivered to your inbox', 'promo'],
    ['a follow prompt', 'Follow topic:', 'promo'],
    ['a "see more" stub', 'See more on', 'promo'],
    ['a read-more label', 'Read more: Council plans new tax', 'promo'],
    ['an advertisement marker', 'ADVERTISEMENT', 'promo'],
    ['a newsletter prompt', 'Subscribe to our daily briefing for the top stories', 'promo'],
    ['a follow prompt with a network', 'Follow her on X @example', 'promo'],
    ['a photo credit line', 'PHOTO: SOME AGENCY', 'photo-credit'],
    ['a photographer credit', 'Jane Q Doe / AP', 'photo-credit'],
    ['a caption ending in a credit', 'Workers clear snow in the city centre on Jan. 9, 2021. Jane Doe / Reuters', 'photo-caption'],
    ['a video caption', 'Video released by the ministry showing soldiers at a base near the border', 'photo-caption'],
    ['a byline', 'By Jane Writer and Bo Roe', 'byline'],
    ['a line of legal links', 'Privacy Policy | Terms of Service | Contact us', 'consent'],
    ['a copyright line', '© 2024 Example Media. All rights reserved.', 'copyright'],
    ['a spelled-out copyright line', 'Copyright 2024 Example Media', 'copyright'],
    ['a BBC-style image credit', 'Image source, Getty Images', 'photo-credit'],
    ['an editor\'s note', "Editor's note: This story was first published in 2020 and updated today.", 'editor-note'],
    ['an editor\'s note with a curly apostrophe', 'Editor’s Note: Jo Ames is a columnist. The opinions are her own.', 'editor-note'],
    ['a correction', 'Correction: An earlier version of this article misstated the cost of the bridge.', 'editor-note'],
    ['a correction label', 'CORRECTION APPENDED.', 'editor-note'],
    ['a clarification', 'CLARIFICATION: The second paragraph has been clarified.', 'editor-note'],
    ['an update notice', 'This article has been updated with comment from the council.', 'editor-note'],
    ['an earlier-version notice', 'An earlier version of this story gave the wrong date for the vote.', 'editor-note'],
    ['a byline with a role', 'By Jane Writer, Transport correspondent', 'byline'],
    ['a byline with an outlet', 'By Jane Writer and Bo Roe, Example News', 'byline'],
    ['a row of share buttons', 'Facebook | Twitter | WhatsApp | Email', 'social-share'],
    ['a share label', 'Share this with Facebook Twitter Email', 'social-share'],
    ['a timestamp with a time zone', 'Updated 3:45 PM EDT, May 7, 2024', 'timestamp'],
    ['a day-first timestamp', 'Tue 7 May 2024 15.45 BST', 'timestamp'],
    ['a timestamp glued to its update', 'May 7, 20243:45 PM UTCUpdated 2 hours ago', 'timestamp'],
    ['a reading time', '5 min read', 'timestamp'],
    ['a bare publication date', 'May 7, 2024', 'timestamp'],
    ['a byline and timestamp row', 'By Jo Writer | Updated May 9, 2024, 10:02 a.m.', 'byline'],
    ['a byline in Markdown emphasis', '*By Jo Writer, Staff Writer*', 'byline'],
    ['a posted-by byline', 'Posted by Jo Writer on May 3, 2024 at 9:15 am', 'byline'],
    ['a byline without "by"', 'Jo Writer Transport correspondent', 'byline'],
    ['a reporting-from line', 'Reporting from Harlow Junction', 'byline'],
    ['a wire caption', 'FILE - Workers leave the plant at the end of a shift, May 6, 2024. (AP Photo/Bo Roe, File)', 'photo-caption'],
    ['a caption with a photograph credit', 'The ferry in port in 2021. Photograph: Bo Roe/Alamy', 'photo-caption'],
    ['a caption glued to its credit', 'Nurses marched outside the hospital on Monday.Credit...Bo Roe for The Example Times', 'photo-caption'],
    ['a caption with an image credit in brackets', 'Protesters gathered outside the terminal (Image: Bo Roe)', 'photo-caption'],
    ['a gallery caption', '[1/3] A car is seen at a dealership in Fairport. REUTERS/Bo Roe', 'photo-caption'],
    ['a gallery caption with a licensing link', '[1/3] A car is seen at a dealership. REUTERS/Bo Roe Purchase Licensing Rights, opens new tab', 'promo'],
    ['a file-photo label', 'File photo', 'promo'],
    ['a lone picture label', 'Image', 'promo'],
    ['an "also read" row', 'ALSO READ | Flour prices hit a ten-year high', 'promo'],
    ['a skip-advertisement label', 'SKIP ADVERTISEMENT', 'promo'],
    ['a newsletter promo', 'Sign up to First Edition, our free daily newsletter – every weekday morning at 7am', 'promo'],
    ['a newsletter promo of two sentences', 'Get the latest local news delivered to your inbox. Sign up for our free newsletter.', 'promo'],
    ['a tip line', 'Have a story tip? Email us at tips@example.com', 'promo'],
    ['a link label', 'Our Standards: The Example Trust Principles., opens new tab', 'promo'],
    ['a social post signature', '— Ana Pell (@anapell) May 3, 2024', 'social-embed'],
    ['an embedded post label', 'A post shared by Pell Bakery (@pellbakes)', 'social-embed'],
    ['a contributor line', 'Associated Press writer Bo Roe in Sacramento contributed to this report.', 'contributor'],
    ['a reporting credit', 'Reporting by Jo Writer in Fairport; Editing by Bo Roe', 'contributor'],
    ['a print-edition note', 'A version of this article appears in print on May 8, 2024, Section A, Page 18 with the headline: Strike Ends.', 'editor-note'],
    ['an external-links disclaimer', 'The Example News is not responsible for the content of external sites.', 'external-links'],
    ['a separator', '___', 'separator'],
    ['a reporting credit in brackets', '(Reporting by Jo Marsh; Editing by Bo Roe)', 'contributor'],
    ['a syndication note', 'This article originally appeared on Example.com.', 'editor-note'],
    ['a republication note', 'This article is republished from The Example Review under a Creative Commons license.', 'editor-note'],
    ['an agency credit over a picture library', 'Getty Images/iStockphoto', 'photo-credit'],
    ['a photographer credit in brackets', '(Bo Roe/The Example Post)', 'photo-credit'],
    ['a sponsored-links label', 'Promoted Stories', 'promo'],
    ['a bare reading time', '6 min', 'timestamp'],
    ['a short relative timestamp', 'Updated 2h ago', 'timestamp'],
    ['a capitalised byline', 'BY JO MARSH', 'byline'],
    ['a modification timestamp', 'Last modified on Tue 7 May 2024 15.47 BST', 'timestamp'],
  ])('removes %s', (_name, line, rule) => {
    const raw = `${body}\n\n${line}\n\nThe vote passed by nine votes to four.\n`;
    expect(rules(raw)).toEqual([rule]);
    expect(paragraphs(raw)).toEqual([body, 'The vote passed by nine votes to four.']);
  });

  it('removes a caption printed twice and its copy, but only the copy of a pull quote', () => {
    const caption = 'A bus passes the damaged station in the north of the city.';
    const pull = 'The mayor said the repairs would take a year.';
    const raw = `${caption}\n\n${caption}\n\n${body}\n\n${pull}\n\nWork starts in May.\n\n${pull}\n`;
    expect(paragraphs(raw)).toEqual([body, pull, 'Work starts in May.']);
    expect(rules(raw)).toEqual(['duplicate-caption', 'duplicate-caption', 'duplicate-caption']);
  });

  it('removes a donation appeal at the end, quotes and all', () => {
    const appeal = [
      'A Message from The Example Times:',
      'Dear readers,',
      'Officials called our work "dangerous." We see things differently: independent journalism matters.',
      'Your support, no matter how small, makes a difference. Please support us monthly.',
      'Remind me later.',
    ].join('\n');
    const raw = `${body}\n"We will appeal," the lawyer said.\nThe court will rule next week.\n${appeal}\n`;
    expect(paragraphs(raw)).toEqual([body, '"We will appeal," the lawyer said.', 'The court will rule next week.']);
    expect(new Set(rules(raw))).toEqual(new Set(['appeal']));
  });

  it('removes an agency credit glued to the last sentence and keeps the sentence', () => {
    for (const credit of ['REUTERS', '(AFP)', '- AFP', 'AFP, REUTERS']) {
      const raw = `${body}\n“The enemy understands strength,” he said on X. ${credit}\n`;
      expect(paragraphs(raw)[1]).toBe('“The enemy understands strength,” he said on X.');
      expect(rules(raw)).toEqual(['agency-credit']);
    }
  });

  it('removes the link list under a related-stories label, up to the next sentence', () => {
    const raw = `${body}\n\nRelated Coverage\n\nCity to cut 80 jobs at the plant\n\nCoal towns weigh their future\n\nThe vote passed by nine votes to four.\n`;
    expect(paragraphs(raw)).toEqual([body, 'The vote passed by nine votes to four.']);
    expect(rules(raw)).toEqual(['promo', 'link-list', 'link-list']);
  });

  it('removes a bullet summary under its label but keeps a bulleted list in the story', () => {
    const raw = `Key points:\n• The city will plant 5,000 trees\n• The plan costs $1 million\n${body}\nThe plan has two parts:\n• planting along main roads;\n• free saplings for residents.\n`;
    expect(paragraphs(raw)).toEqual([body, 'The plan has two parts:', '• planting along main roads;', '• free saplings for residents.']);
    expect(rules(raw)).toEqual(['summary', 'summary', 'summary']);
  });

  it('removes a Markdown bullet summary whose markers were blanked', () => {
    const raw = `# Flood warnings issued\n\n**What to know**\n\n- The river peaks on Saturday\n- Schools are closed\n\n${body}\n`;
    expect(paragraphs(raw, true)).toEqual([body]);
  });

  it('removes a pull quote that repeats the story and keeps the quote in the story', () => {
    const story = 'Ortiz told the meeting: “We will not go back to the old ways. The plant will close.”';
    for (const pull of ['“We will not go back to the old ways.”', '“We will not go back to the old ways.” — Lina Ortiz, mayor', '"We will not go back to the old ways"']) {
      for (const raw of [`${body}\n\n${pull}\n\n${story}\n`, `${body}\n\n${story}\n\n${pull}\n`]) {
        expect(paragraphs(raw)).toEqual([body, story]);
        expect(rules(raw)).toEqual(['pull-quote']);
      }
    }
  });

  it('keeps a quoted paragraph that the story does not repeat', () => {
    const raw = `${body}\n\n“We will not go back to the old ways.”\n\nThe plant will close in 2030.\n`;
    expect(rules(raw)).toEqual([]);
  });

  it('removes a social post with its signature', () => {
    const raw = `${body}\n\nStill cannot believe it. Today we are champions! pic.twitter.com/Ab12Cd\n\n— Ana Pell (@anapell) May 3, 2024\n\nThe vote passed by nine votes to four.\n`;
    expect(paragraphs(raw)).toEqual([body, 'The vote passed by nine votes to four.']);
    expect(rules(raw)).toEqual(['social-embed', 'social-embed']);
  });

  it('removes labels before the story: an author name, an outlet and place', () => {
    const raw = `Rescue teams save hikers\n\nJo Marsh\n\nExample News, Kestrel Valley\n\nFourteen hikers have been rescued from a ridge.\n\nRescue Teams\n`;
    expect(paragraphs(raw)).toEqual(['Fourteen hikers have been rescued from a ridge.', 'Rescue Teams']);
    expect(rules(raw)).toEqual(['label', 'label']);
  });

  it('keeps the first lines of a hard-wrapped story, and a date broken out of its sentence', () => {
    const raw = 'Council backs harbour plan\nBy Jo Marsh\nThe Riverton council voted on\nTuesday to rebuild the harbour wall\nMay 7, 2024\nafter storms damaged it, officials said.\n';
    expect(paragraphs(raw)).toEqual(['The Riverton council voted on', 'Tuesday to rebuild the harbour wall', 'May 7, 2024 after storms damaged it, officials said.']);
    expect(rules(raw)).toEqual(['byline']);
  });

  it('removes a menu over a hard-wrapped story, and still finds the headline under it', () => {
    const story =
      'Repairs to the north breakwater at Velden harbour will take at least\nthree more months after last week\'s storm tore away part of\nthe new wall, the port authority said on Thursday.\n\n' +
      'The project, which was due to finish in April, has already cost\nmore than the council planned, according to its own figures.\n\n' +
      'Fishing crews said they would keep using the south quay until the\nwork is done, and the ferry will sail from the old pier.\n';
    const raw = `Home\nNews\nSport\nWeather\n\nHarbour works delayed by storm damage\n\n${story}`;
    const c = clean(raw);
    expect(raw.slice(c.titleSpan!.start, c.titleSpan!.end)).toBe('Harbour works delayed by storm damage');
    const kept = c.paragraphs.map((p) => c.text.slice(p.start, p.end).replace(/\s+/g, ' '));
    expect(kept[0]).toMatch(/^Repairs to the north breakwater/);
    expect(kept.join(' ')).not.toMatch(/\b(Home|Sport|Weather)\b/);
    expect(kept).toHaveLength(3);
  });

  it('takes a first line closed by a full stop as the headline when it stands apart and reads like one', () => {
    const lede = 'The harbour board of Velden approved the repair plan on Tuesday after a long debate, its chair said.';
    const title = (raw: string) => {
      const c = clean(raw);
      return c.titleSpan && raw.slice(c.titleSpan.start, c.titleSpan.end);
    };
    // Title case, or headline grammar (no pronoun, no past-tense auxiliary or verb of saying).
    expect(title(`Harbour Board Backs Repair Plan.\n\n${lede}\n`)).toBe('Harbour Board Backs Repair Plan.');
    expect(title(`Harbour board backs repair plan for Velden pier.\n\n${lede}\n`)).toBe('Harbour board backs repair plan for Velden pier.');
    expect(title(`Harbour board backs repair plan.\r\n\r\n${lede}\r\n`)).toBe('Harbour board backs repair plan.');
    // Prose: a pronoun or a past tense, two sentences, no blank line after, a closing abbreviation, too long.
    expect(title(`It was a cold morning in Velden.\n\n${lede}\n`)).toBeNull();
    expect(title(`The mayor said she had no regrets.\n\n${lede}\n`)).toBeNull();
    expect(title(`Rain fell. Then the pier gave way.\n\n${lede}\n`)).toBeNull();
    expect(title(`Harbour board backs repair plan.\n${lede}\n`)).toBeNull();
    expect(title(`Shares rose at Velden Shipping Co.\n\n${lede}\n`)).toBeNull();
    expect(title(`Harbour board backs repair plan after a long debate over costs and the future of the old pier.\n\n${lede}\n`)).toBeNull();
    expect(paragraphs(`Harbour board backs repair plan.\n\n${lede}\n`)).toEqual([lede]);
  });

  it('removes a footnote after the story and its mark in the text, but not a bracketed figure without a note', () => {
    const raw = `Dock workers in Velden voted to accept the pay offer on Monday, the union said.\n\nThe deal cuts the working week to 37 hours.[1]\n\nShips will be back on schedule by the end of the month.\n\n[1] The previous working week was 39 hours.\n`;
    const c = clean(raw);
    expect(c.removed.map((r) => r.rule)).toEqual(['footnote', 'footnote-mark']);
    expect(paragraphs(raw)).toContain('The deal cuts the working week to 37 hours.');
    expect(c.text).not.toContain('39 hours');
    // A line that starts with a bracketed figure no mark in the story points to stays.
    const other = `Dock workers in Velden voted to accept the pay offer on Monday, the union said.\n\n[2] votes were spoiled, the count showed on Tuesday.\n`;
    expect(rules(other)).toEqual([]);
  });

  it('removes a caption whose credit is "(Photo by ...)" but keeps a sentence with "by" in brackets', () => {
    expect(rules(`${body}\n\nAnouk Stell has led the orchestra since 2019. (Photo by Tiber Quinn)\n\nThe vote passed by nine votes to four.\n`)).toEqual(['photo-caption']);
    expect(rules(`${body}\n\nThe plan was approved (by a narrow margin).\n\nThe vote passed by nine votes to four.\n`)).toEqual([]);
  });

  it('removes a display quote that repeats the story without quotation marks, and keeps one that does not', () => {
    const said = '“For the first time, our musicians will rehearse where they perform,” said the director, Anouk Stell.';
    const display = 'For the first time, our musicians will rehearse where they perform';
    const raw = `${body}\n\n${said}\n\n${display}\n\nThe vote passed by nine votes to four.\n`;
    const at = raw.indexOf(`\n${display}`) + 1;
    const c = cleanText(raw, 0, { displayQuotes: [{ start: at, end: at + display.length }] });
    expect(c.removed.map((r) => r.rule)).toEqual(['pull-quote']);
    expect(c.text).toContain(said);
    // Not marked as a display quote: a repeated sentence in the story stays.
    expect(rules(raw)).toEqual([]);
    const alone = 'We will keep every branch of the library open next year';
    const raw2 = `${body}\n\n${alone}\n\nThe vote passed by nine votes to four.\n`;
    const at2 = raw2.indexOf(alone);
    expect(cleanText(raw2, 0, { displayQuotes: [{ start: at2, end: at2 + alone.length }] }).removed).toEqual([]);
  });

  it('never joins a line that stands alone (a table row) with the lines around it, nor takes table rows for a menu', () => {
    const rows = ['District | Turnout', 'Velden | 61%', 'north coast | 49%', 'lower Trel | 52%'];
    const raw = `${body}\n\n${rows.join('\n')}\nofficials said the rise was the largest in a decade.\n`;
    const separate = rows.map((r) => ({ start: raw.indexOf(r), end: raw.indexOf(r) + r.length }));
    expect(paragraphs(raw)).toContain('Velden | 61% north coast | 49% lower Trel | 52% officials said the rise was the largest in a decade.');
    const c = cleanText(raw, 0, { separate });
    expect(c.paragraphs.map((p) => c.text.slice(p.start, p.end))).toEqual([body, ...rows, 'officials said the rise was the largest in a decade.']);
    // After the story, three short rows would read as a list of links without the mark.
    const after = `${body}\n\n${rows.slice(0, 3).join('\n')}\n`;
    const sep2 = rows.slice(0, 3).map((r) => ({ start: after.indexOf(r), end: after.indexOf(r) + r.length }));
    expect(cleanText(after, 0, { separate: sep2 }).removed).toEqual([]);
  });

  it('keeps a short one-line body paragraph that ends with a full stop, first or last', () => {
    const raw = 'Harbour plan approved\n\nWork starts next month.\n\nThe council voted on Tuesday.\n\nIt will cost $4 million.\n';
    expect(paragraphs(raw)).toEqual(['Work starts next month.', 'The council voted on Tuesday.', 'It will cost $4 million.']);
    expect(rules(raw)).toEqual([]);
  });

  it('removes a note about the author at the end, by the byline or by its wording', () => {
    const byName = `Hospital strike ends\n\nBy Oskar Brandt\n\n${body}\n\nOskar Brandt covers health care for the Metro desk.\n`;
    expect(paragraphs(byName)).toEqual([body]);
    expect(rules(byName)).toEqual(['byline', 'author-note']);
    const byWords = `${body}\n\nPriya Nandar is a culture reporter at the Riverside Post.\n`;
    expect(paragraphs(byWords)).toEqual([body]);
    const fromMetadata = cleanText(`${body}\n\nJo Writer writes about farming.\n`, 0, { authors: ['Jo Writer'] });
    expect(fromMetadata.removed.map((r) => r.rule)).toEqual(['author-note']);
  });

  it('keeps a last paragraph about someone who is not the author', () => {
    const raw = `By Oskar Brandt\n\n${body}\n\nMayor Lina Ortiz is a former reporter at the Riverside Post.\n`;
    expect(paragraphs(raw).at(-1)).toBe('Mayor Lina Ortiz is a former reporter at the Riverside Post.');
  });

  it('keeps sentences that merely start like boilerplate', () => {
    for (const line of ['By Tuesday, most of the crowd had left the hall', 'Corrections officers said the prison was full.', 'Facebook said on Monday it would appeal.']) {
      const raw = `${body}\n\n${line}\n`;
      expect(rules(raw)).toEqual([]);
    }
  });

  it('removes an editor\'s note broken over several layout lines', () => {
    const raw = `${body}\n\nEditor’s note: Jo Ames is a\nguest columnist and\nher views are her own.\n\nThe vote passed by nine votes to four.\n`;
    expect(paragraphs(raw)).toEqual([body, 'The vote passed by nine votes to four.']);
    expect(new Set(rules(raw))).toEqual(new Set(['editor-note']));
  });

  it('removes agency datelines with a date or without a city', () => {
    expect(paragraphs('LONDON, Jan 5 (Reuters) - The ministers met on Monday.\n')).toEqual(['The ministers met on Monday.']);
    expect(paragraphs('(Reuters) - The ministers met on Monday.\n')).toEqual(['The ministers met on Monday.']);
    expect(paragraphs('NEW YORK (CNN) -- The ministers met on Monday.\n')).toEqual(['The ministers met on Monday.']);
  });

  it('removes a dateline after a kicker line that is no sentence', () => {
    const raw = `Council backs bridge\n\nUpdated 6 March\n\nLONDON - The ministers met on Monday.\n`;
    expect(paragraphs(raw)).toEqual(['The ministers met on Monday.']);
    expect(rules(raw)).toEqual(['timestamp', 'dateline']);
  });

  it('removes a dateline before the first sentence only', () => {
    const raw = `BRUSSELS - The ministers met on Monday.\n\nLONDON - a word in a later paragraph stays.\n`;
    expect(paragraphs(raw)).toEqual(['The ministers met on Monday.', 'LONDON - a word in a later paragraph stays.']);
  });

  it('repairs a paragraph broken mid-sentence by page layout', () => {
    const raw = `${body}\n\nMilitary intelligence said on Oct 24\n\nthat the first units had arrived in the region, where troops have been since staging\n\na major incursion in August.\n\nThe next paragraph starts here.\n`;
    expect(paragraphs(raw)).toEqual([
      body,
      'Military intelligence said on Oct 24 that the first units had arrived in the region, where troops have been since staging a major incursion in August.',
      'The next paragraph starts here.',
    ]);
  });

  it('finds a headline and keeps it out of the body', () => {
    const raw = `Council approves budget\n\n${body}\n`;
    const c = clean(raw);
    expect(c.titleSpan && raw.slice(c.titleSpan.start, c.titleSpan.end)).toBe('Council approves budget');
    expect(paragraphs(raw)).toEqual([body]);
  });

  it('drops a stray letter but keeps a number on its own', () => {
    expect(paragraphs(`${body}\n\n3.\n\nf\n\n42\n`)).toEqual([body, '3.', '42']);
  });

  it.each([
    'By the end of the day, the talks had failed.',
    'Photographs taken by residents showed the damage.',
    'Follow-up talks are planned for March.',
    'Subscribers to the service lost access for a day.',
    'Video games sales rose by a third last year.',
    'Advertising revenue fell, the company said.',
    'Advertisement spending rose by a fifth, the agency said.',
    "Share this year's prize went to a local school.",
    'Read more about the plan in the council report, officials said.',
    'Sign up numbers doubled after the campaign, organisers said.',
    'Watch the debate on Tuesday, the party urged its members.',
    'Pictures, videos and messages were shared widely online.',
    'Copyright holders will be paid more, the minister said.',
    'Credit card debt rose to a record, the bank said.',
    'The company said threats had long been banned under its terms of service and privacy policy.',
    'The vote followed a six-hour public hearing.',
    'Updated figures will be released on Monday.',
    'Related problems hit the rail network, where two lines closed.',
    'Reporting by local volunteers helped crews find stranded drivers.',
    'Image quality of the traffic cameras was too poor to judge the roads, the council said.',
    'Key workers were asked to come in anyway.',
    'Most read the warnings in time, officials said.',
    'The newsletter, which goes to 5,000 homes, will get a new editor.',
    'He described the image: a crowd waving flags.',
    'The editor of the paper, Ana Pell, said the story was accurate.',
    'Work starts next month.',
    'On May 7, the council voted again.',
  ])('never drops a real sentence: %s', (sentence) => {
    const raw = `${body}\n\n${sentence}\n`;
    expect(paragraphs(raw)).toEqual([body, sentence]);
  });

  it('blanks Markdown syntax but keeps the words', () => {
    const raw = `# Council approves budget\n\n![photo](img.jpg)\n\nThe **council** met on [Tuesday](https://example.org/a) and voted.\n\n- It passed easily.\n\n---\n`;
    const c = clean(raw, true);
    expect(c.text).toHaveLength(raw.length);
    expect(c.titleSpan && raw.slice(c.titleSpan.start, c.titleSpan.end)).toBe('Council approves budget');
    expect(paragraphs(raw, true)).toEqual(['The council met on Tuesday and voted.', 'It passed easily.']);
  });

  it('skips front matter', () => {
    const raw = `---\ntitle: X\n---\n${body}\n`;
    const c = cleanText(raw, raw.indexOf(body));
    expect(c.text.startsWith(' '.repeat(3))).toBe(true);
    expect(paragraphs(raw).at(-1)).toBe(body);
    expect(c.removed[0].rule).toBe('front-matter');
  });

  it('removes what the sample articles carry around the story and no story sentence', () => {
    const removed: string[] = [];
    for (const name of readdirSync('seeds').sort()) {
      const raw = readFileSync(`seeds/${name}`, 'utf8');
      const c = clean(raw);
      for (const r of c.removed) removed.push(`${r.rule}: ${raw.slice(r.start, r.end).slice(0, 40)}`);
      expect(c.text).toHaveLength(raw.length);
    }
    const byRule = (rule: string) => removed.filter((r) => r.startsWith(`${rule}:`)).length;
    expect(byRule('appeal')).toBe(8);
    expect(byRule('consent')).toBe(1);
    expect(byRule('duplicate-caption')).toBe(2);
    expect(byRule('photo-caption')).toBe(2);
    expect(byRule('agency-credit')).toBe(1);
    expect(removed.some((r) => r.includes(' said') && !r.startsWith('appeal'))).toBe(false);
  });
});
