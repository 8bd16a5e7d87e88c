import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../src/brief/index.js';
import { isHeadline, selectKeySentences } from '../../src/brief/key-sentences.js';
import { describesOneThing, isSmallCount } from '../../src/brief/key-numbers.js';
import { withoutSubsumed } from '../../src/brief/whos-who.js';
import { onlyTheDate, referencePoint } from '../../src/brief/timeline.js';
import { mainHeadline } from '../../src/brief/title.js';
import { makeDoc } from '../../src/ingest/load.js';
import { FactsBuilder } from '../fixtures/brief/facts-builder.js';

/** Invented stories: what a teacher checks on the page (order, figures worth learning, timeline marks, roles). */

const md = (title: string, published: string, outlet: string, body: string) => `---\ntitle: ${title}\npublished: ${published}\noutlet: ${outlet}\n---\n\n${body}\n`;

describe('What happened, across articles published on different days', () => {
  const docs = [
    makeDoc(md('Bridge reopens', '2033-06-20', 'Fenwick Daily', 'The Orlen river bridge in Fenwick reopened to traffic on Friday after engineers finished the repairs to its cracked pillars.\n\nMayor Ilse Varga thanked the engineers who repaired the Orlen river bridge pillars in Fenwick.'), 'c.md', 'c', []),
    makeDoc(md('Bridge closes', '2033-05-02', 'Orlen Courier', 'Engineers closed the Orlen river bridge in Fenwick on Monday after divers found cracks in two of its pillars.\n\nDrivers on the Orlen river bridge in Fenwick must now take a long detour through the hills.'), 'a.md', 'a', []),
    makeDoc(md('Repairs start', '2033-05-10', 'Fenwick Daily', 'Repairs to the cracked pillars of the Orlen river bridge in Fenwick began on Tuesday with two cranes on site.'), 'b.md', 'b', []),
  ];

  it('tells the story in the order it was reported', () => {
    const picked = selectKeySentences(docs);
    const published = new Map(docs.map((d) => [d.article.id, d.article.published!]));
    const first = picked.map((s) => s.reportedBy.map((a) => published.get(a)!).sort()[0]);
    expect(picked.length).toBeGreaterThanOrEqual(3);
    expect(first).toEqual([...first].sort());
    expect(picked[0].text).toMatch(/^Engineers closed/);
  });

  it('keeps the strongest-first order when every article is of the same day', () => {
    const sameDay = docs.map((d, i) => makeDoc(d.raw.replace(/published: \S+/, 'published: 2033-06-20'), `${i}.md`, d.article.id, []));
    const picked = selectKeySentences(sameDay);
    const ranks = picked.map((s) => s.rank);
    expect(ranks).toEqual([...ranks].sort((x, y) => y - x));
  });
});

describe('What happened is told in sentences, not headlines', () => {
  it('drops a wire dateline written with a horizontal bar', () => {
    const doc = makeDoc('FENWICK ― Engineers closed the Orlen river bridge in Fenwick on Monday after divers found cracks.\n', 'd.txt', 'd', []);
    expect(selectKeySentences([doc])[0].text).toMatch(/^Engineers closed/);
  });
  it('drops a wire dateline that carries the day', () => {
    const doc = makeDoc('FENWICK, May 4 (UPI) — Engineers closed the Orlen river bridge in Fenwick on Monday after divers found cracks.\n', 'd.txt', 'd', []);
    expect(selectKeySentences([doc])[0].text).toMatch(/^Engineers closed/);
  });
  it('knows a Title Case headline kept in the body from a sentence full of names', () => {
    expect(isHeadline('Fenwick Bridge Survivors Explain Why The Mayor Resigned Early.')).toBe(true);
    expect(isHeadline('Orlen River Council Chairman Ilse Varga said Monday that Fenwick engineers closed the bridge.')).toBe(false);
    expect(isHeadline('Engineers closed the Orlen river bridge in Fenwick on Monday.')).toBe(false);
  });
});

describe('Key numbers leave out figures that describe one person or object', () => {
  const n = (text: string, unit: string | null = null, counts: string | null = null) => ({ text, unit, counts });
  it('drops ages, document lengths and calibres', () => {
    expect(describesOneThing(n('17-year-old', 'year old', 'Pim Dorrel'))).toBe(true);
    expect(describesOneThing(n('41', 'year old', 'Pim Dorrel'))).toBe(true);
    expect(describesOneThing(n('800', null, 'pages of the report'))).toBe(true);
    expect(describesOneThing(n('120-page'))).toBe(true);
    expect(describesOneThing(n('9mm', 'mm', 'pistol'))).toBe(true);
  });
  it('keeps counts, money and volumes of documents', () => {
    expect(describesOneThing(n('55,000', null, "pages of Ana Brel's letters"))).toBe(false);
    expect(describesOneThing(n('1,200', null, 'residents evacuated'))).toBe(false);
    expect(describesOneThing(n('$4 million', 'USD', 'cost of the bridge repairs'))).toBe(false);
    expect(describesOneThing(n('5 years', 'year', 'prison sentence'))).toBe(false);
  });
  it('so a briefing never lists an age as a key number', () => {
    const b = new FactsBuilder();
    const id = b.addDoc(md('Auction halted', '2033-05-02', 'Orlen Courier', 'Pim Dorrel, 41, tried to sell the 9mm pistol for $5,000 at an auction that drew 9,000 bidders.'), 'x.md', 'x').article.id;
    b.number(id, '41', { value: 41, unit: 'year old', counts: 'Pim Dorrel' });
    b.number(id, '9mm', { value: 9, unit: 'mm', counts: 'pistol' });
    b.number(id, '$5,000', { value: 5000, unit: 'USD', counts: 'asking price of the pistol' });
    b.number(id, '9,000', { value: 9000, counts: 'bidders at the auction' });
    const figures = buildBriefing(b.table(), b.docs).keyNumbers.map((k) => k.figure);
    expect(figures).toEqual(expect.arrayContaining(['$5,000', '9,000']));
    expect(figures).not.toContain('41');
    expect(figures).not.toContain('9mm');
  });
});

describe('Key numbers put small counts of everyday things last', () => {
  const n = (text: string, value: number, counts: string | null, unit: string | null = null) => ({ text, value, unit, counts });
  it('marks small counts with nothing happening to them as weak', () => {
    expect(isSmallCount(n('two', 2, 'recent media interviews'))).toBe(true);
    expect(isSmallCount(n('3', 3, 'emails'))).toBe(true);
    expect(isSmallCount(n('three', 3, 'people killed'))).toBe(false);
    expect(isSmallCount(n('12', 12, 'ships'))).toBe(false);
    expect(isSmallCount(n('5%', 5, 'votes', '%'))).toBe(false);
  });
  it('so a briefing lists real figures before them', () => {
    const b = new FactsBuilder();
    const id = b.addDoc(md('Harbour vote', '2033-05-02', 'Orlen Courier', 'In two recent interviews Ana Brel said the harbour plan would cost $4 million and employ 1,200 workers.'), 'x.md', 'x').article.id;
    b.number(id, 'two', { value: 2, counts: 'recent interviews' });
    b.number(id, '$4 million', { value: 4e6, unit: 'USD', counts: 'cost of the harbour plan' });
    b.number(id, '1,200', { value: 1200, counts: 'workers employed' });
    const figures = buildBriefing(b.table(), b.docs).keyNumbers.map((k) => k.figure);
    expect(figures.indexOf('two')).toBeGreaterThan(figures.indexOf('1,200'));
    expect(figures.indexOf('two')).toBeGreaterThan(figures.indexOf('$4 million'));
  });
});

describe('Timeline marks', () => {
  it('does not give a date the event of another date in its sentence', () => {
    const b = new FactsBuilder();
    const id = b.addDoc(md('Auction halted', '2033-05-13', 'Orlen Courier', 'Pim Dorrel tried again Thursday to sell the pistol he used in the 2029 robbery.\n\nThe robbery of the Fenwick bank happened in March 2029.'), 'x.md', 'x').article.id;
    b.date(id, 'Thursday', '2033-05-12', 'Pim Dorrel tried again');
    b.date(id, '2029', '2029', 'Pim Dorrel tried again Thursday to sell the pistol');
    b.date(id, 'March 2029', '2029-03', 'The robbery of the Fenwick bank happened');
    const marks = buildBriefing(b.table(), b.docs).timeline;
    const year = marks.find((t) => t.value === '2029');
    expect(year?.event ?? '').not.toMatch(/tried again Thursday/);
    expect(marks.find((t) => t.value === '2033-05-12')?.event).toBe('Pim Dorrel tried again');
    expect(marks.find((t) => t.value === '2029-03')?.event).toMatch(/robbery of the Fenwick bank/);
  });
});

describe('Sources', () => {
  it('names an untitled article by its opening words and keeps its file name', async () => {
    const b = new FactsBuilder();
    b.addDoc('Engineers closed the Orlen river bridge in Fenwick on Monday after divers found cracks.\n\nDrivers must take a detour.\n', 'notes/x1.txt', 'x1');
    const briefing = buildBriefing(b.table(), b.docs);
    expect(briefing.sources[0].title).toBeNull();
    expect(briefing.sources[0].opening).toBe('Engineers closed the Orlen river bridge in Fenwick…');
  });
});

describe('Timeline marks of one event at several precisions', () => {
  it('drops a year mark with only an excerpt when a mark inside that year states its event; finer marks stay', () => {
    const b = new FactsBuilder();
    const id = b.addDoc(md('Trial ends', '2033-05-13', 'Orlen Courier', 'Pim Dorrel robbed the Fenwick bank in March 2029.\n\nThe 2029 robbery shocked the town.\n\nA guard saw him on 3/14/2029 at the door.\n\nThe trial ended on Friday with a verdict.'), 'x.md', 'x').article.id;
    b.date(id, 'March 2029', '2029-03', 'Pim Dorrel robbed the Fenwick bank');
    b.date(id, '2029', '2029', null);
    b.date(id, '3/14/2029', '2029-03-14', null);
    b.date(id, 'Friday', '2033-05-13', 'The trial ended');
    expect(buildBriefing(b.table(), b.docs).timeline.map((t) => t.value)).toEqual(['2029-03', '2029-03-14', '2033-05-13']);
  });
});

describe('A timeline mark needs an event', () => {
  it('gives one mark to a sentence shown as an excerpt, however many dates it holds', () => {
    const b = new FactsBuilder();
    const id = b.addDoc(md('Savings', '2033-05-13', 'Orlen Courier', 'The council closed two offices in 2034 and sold its old depot in 2036 to save £9m.\n\nMayor Varga resigned on Friday.'), 'x.md', 'x').article.id;
    b.date(id, '2034', '2034', null);
    b.date(id, '2036', '2036', null);
    b.date(id, 'Friday', '2033-05-13', 'Mayor Varga resigned');
    const marks = buildBriefing(b.table(), b.docs).timeline;
    expect(marks.filter((t) => t.value === '2034' || t.value === '2036')).toHaveLength(1);
    expect(marks.map((t) => t.value)).toContain('2033-05-13');
  });

  it('leaves out a date that is only a reference point of its sentence ("since", "by", "a target for", "between ... and")', () => {
    const b = new FactsBuilder();
    const id = b.addDoc(
      md('Ferries', '2033-05-13', 'Orlen Courier', 'Ferry traffic grew at its fastest pace since early 2029, the port said.\n\nThe port keeps a target of 4% growth for 2034 and wants new quays by 2036.\n\nIt plans to cut costs between 2037 and 2039.\n\nThe old quay was demolished in 2031 after a storm.'),
      'x.md',
      'x',
    ).article.id;
    for (const [text, value] of [['2029', '2029'], ['2034', '2034'], ['2036', '2036'], ['2037', '2037'], ['2039', '2039'], ['2031', '2031']]) b.date(id, text, value, null);
    expect(referencePoint(b.docs[0].raw, b.docs[0].raw.indexOf('2029'))).toBe(true);
    expect(referencePoint(b.docs[0].raw, b.docs[0].raw.indexOf('2039'))).toBe(true);
    expect(referencePoint(b.docs[0].raw, b.docs[0].raw.indexOf('2031'))).toBe(false);
    expect(buildBriefing(b.table(), b.docs).timeline.map((t) => t.value)).toEqual(['2031']);
  });

  it('keeps a reference-point date whose own event the table gives', () => {
    const b = new FactsBuilder();
    const id = b.addDoc(md('Ferries', '2033-05-13', 'Orlen Courier', 'The ferry has run daily since 2029, when the bridge closed.\n\nThe old quay was demolished in 2031 after a storm.'), 'x.md', 'x').article.id;
    b.date(id, '2029', '2029', 'the bridge closed');
    b.date(id, '2031', '2031', null);
    expect(buildBriefing(b.table(), b.docs).timeline.map((t) => t.value)).toEqual(['2029', '2031']);
  });

  it('knows a dateline from an event', () => {
    expect(onlyTheDate('14 March 2033')).toBe(true);
    expect(onlyTheDate('Updated: Friday, 3 June 2033, 10:15 GMT')).toBe(true);
    expect(onlyTheDate('…the council voted on 3 June.')).toBe(false);
    expect(onlyTheDate('Mayor Varga resigned')).toBe(false);
  });
});

describe("Who's who entries", () => {
  it('lists an organization only with a role, a person also when quoted', () => {
    const b = new FactsBuilder();
    const id = b.addDoc(md('Auction halted', '2033-05-02', 'Orlen Courier', 'Pim Dorrel said the sale was legal. Bidhall said it pulled the listing.'), 'x.md', 'x').article.id;
    const pim = b.entity({ id: 'e1', kind: 'person', name: 'Pim Dorrel', roles: [], articles: [id] });
    const site = b.entity({ id: 'e2', kind: 'organization', name: 'Bidhall', roles: [], articles: [id] });
    b.quote(id, 'the sale was legal', b.speaker(id, pim, 'Pim Dorrel'), { direct: false });
    b.quote(id, 'it pulled the listing', b.speaker(id, site, 'Bidhall'), { direct: false });
    expect(buildBriefing(b.table(), b.docs).whosWho.map((w) => w.name)).toEqual(['Pim Dorrel']);
  });
});

describe("Who's who roles", () => {
  it('shows a role once however its abbreviation is written', () => {
    expect(withoutSubsumed(['O.R.C. director', 'ORC Director'])).toEqual(['O.R.C. director']);
    expect(withoutSubsumed(['Director', 'ORC Director'])).toEqual(['ORC Director']);
    expect(withoutSubsumed(['Secretary-General', 'chief of the alliance'])).toEqual(['Secretary-General', 'chief of the alliance']);
  });
  it("shows one post once whoever's post it is said to be", () => {
    expect(withoutSubsumed(["Varga's chief of staff", "the mayor's chief of staff"])).toEqual(["Varga's chief of staff"]);
    expect(withoutSubsumed(["Varga's spokesman", 'council spokesman'])).toEqual(["Varga's spokesman", 'council spokesman']);
  });
});

describe('Page title', () => {
  it('drops the deck a semicolon joins to a print headline', () => {
    expect(mainHeadline('Fenwick council backs new bridge; Opponents vow to fight the plan in court')).toBe('Fenwick council backs new bridge');
    expect(mainHeadline('Yes; the Fenwick bridge reopens on Friday')).toBe('Yes; the Fenwick bridge reopens on Friday');
    expect(mainHeadline('Fenwick bridge reopens')).toBe('Fenwick bridge reopens');
  });
});
