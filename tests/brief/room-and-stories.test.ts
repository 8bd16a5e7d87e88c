import { describe, expect, it } from 'vitest';
import { buildBriefing, type Briefing } from '../../src/brief/index.js';
import { FILL_ITEMS } from '../../src/brief/build-briefing.js';
import { KEY_SENTENCES_MAX } from '../../src/brief/key-sentences.js';
import { selectKeyNumbers } from '../../src/brief/key-numbers.js';
import { mainStory } from '../../src/brief/stories.js';
import { shown as shownQuote } from '../../src/brief/key-quotes.js';
import { BriefContext } from '../../src/brief/context.js';
import { ArticleText } from '../../src/brief/article-text.js';
import { renderBriefingPdf } from '../../src/render/pdf/briefing.js';
import { FactsBuilder } from '../fixtures/brief/facts-builder.js';
import { denseArticles } from '../fixtures/brief/stress.js';
import { readPdf } from './pdf-text.js';

const md = (title: string, body: string) => `---\ntitle: ${title}\npublished: 2033-05-13\n---\n\n${body}\n`;

/** Invented: two articles on one harbour strike (same union leader and port authority), one on a school play. */
function mixedFolder() {
  const b = new FactsBuilder();
  b.addDoc(md('Dock workers strike in Velmar', 'Dock workers in Velmar walked out on Monday, union leader Ana Sorel said.\n\nThe Velmar Port Authority said ships were turned away on Tuesday.'), 'a.md', 'a');
  b.addDoc(md('Velmar strike enters second week', 'Ana Sorel said the strike at the port would go on after talks with the Velmar Port Authority failed.\n\nThe strike began on 2 May, the union said.'), 'b.md', 'b');
  b.addDoc(md('Pupils stage a play', 'Pupils at the Orsk village school staged a play about the river on Friday.\n\nTeacher Ivo Brann said the school last staged a play in 2019.'), 'c.md', 'c');
  b.entity({ id: 'e1', kind: 'person', name: 'Ana Sorel', roles: ['union leader'], articles: ['a', 'b'] });
  b.entity({ id: 'e2', kind: 'organization', name: 'Velmar Port Authority', roles: [], articles: ['a', 'b'] });
  b.entity({ id: 'e3', kind: 'person', name: 'Ivo Brann', roles: ['Teacher'], articles: ['c'] });
  b.entity({ id: 'e4', kind: 'place', name: 'Velmar', roles: [], articles: ['a', 'b'] });
  b.date('a', 'Monday', '2033-05-09', 'Dock workers in Velmar walked out');
  b.date('a', 'Tuesday', '2033-05-10', 'ships were turned away');
  b.date('b', '2 May', '2033-05-02', 'The strike began');
  b.date('c', 'Friday', '2033-05-13', 'Pupils at the Orsk village school staged a play');
  b.date('c', '2019', '2019', 'the school last staged a play');
  return b;
}

const ctxOf = (b: FactsBuilder) => new BriefContext(b.table(), new ArticleText(b.docs));

describe('the main story of a folder', () => {
  it('groups articles that name the same people and organizations; the largest group is the main story', () => {
    expect(mainStory(ctxOf(mixedFolder()), null, [])).toEqual(new Set(['a', 'b']));
  });

  it('is every article (null) when they all tell one story', () => {
    const b = mixedFolder();
    b.entities.find((e) => e.id === 'e1')!.articles.push('c');
    b.entities.find((e) => e.id === 'e2')!.articles.push('c');
    expect(mainStory(ctxOf(b), null, [])).toBeNull();
  });

  it('joins articles sharing one person, a place and the words of their headlines', () => {
    const b = mixedFolder();
    b.entities.find((e) => e.id === 'e2')!.articles.splice(1);
    expect(mainStory(ctxOf(b), null, [])).toEqual(new Set(['a', 'b']));
  });

  it('between unrelated single articles, the one whose headline is the title wins', () => {
    const b = new FactsBuilder();
    b.addDoc(md('Dock workers strike in Velmar', 'Dock workers in Velmar walked out on Monday.'), 'a.md', 'a');
    b.addDoc(md('Pupils stage a play', 'Pupils at the Orsk village school staged a play on Friday.'), 'c.md', 'c');
    expect(mainStory(ctxOf(b), 'c', [])).toEqual(new Set(['c']));
    expect(mainStory(ctxOf(b), null, [{ reportedBy: ['a'] }])).toEqual(new Set(['a']));
  });

  it('the timeline shows only the main story’s dates', () => {
    const b = mixedFolder();
    const marks = buildBriefing(b.table(), b.docs).timeline;
    expect(marks.map((t) => t.value)).toEqual(['2033-05-02', '2033-05-09', '2033-05-10']);
    expect(marks.flatMap((t) => t.reportedBy)).not.toContain('c');
  });
});

describe('room on the page', () => {
  const sentences = [
    'The Orlen river ferry stopped running on Monday after a storm damaged the pier in Fenwick.',
    'Engineers from the county council inspected the broken pier on Tuesday morning.',
    'About 300 commuters used the ferry every day before the storm, the operator said.',
    'Buses now carry passengers on a long detour over the hills to the bridge at Harl.',
    'Shop owners near the pier said trade had fallen sharply since the ferry stopped.',
    'The council said repairs to the pier would cost about 2 million euros.',
    'A temporary landing stage could be built within six weeks, the engineers said.',
    'The ferry operator plans to hire a smaller boat for school children next month.',
    'Fishermen in Fenwick offered to carry medicine and mail across the river.',
    'The county will decide on the repairs at its next meeting in June.',
  ];
  const single = () => {
    const b = new FactsBuilder();
    b.addDoc(md('Ferry stops after storm', sentences.join('\n\n')), 'f.md', 'f');
    return buildBriefing(b.table(), b.docs);
  };

  it('a short single article offers more than the usual five key sentences', () => {
    const brief = single();
    expect(brief.whatHappened.length).toBeGreaterThan(KEY_SENTENCES_MAX);
    expect(brief.whatHappened.length).toBeLessThanOrEqual(KEY_SENTENCES_MAX + FILL_ITEMS.sentences);
  });

  it('and the page shows them, on one page', async () => {
    const brief = single();
    const r = await readPdf(await renderBriefingPdf(brief));
    expect(r.pages).toBe(1);
    for (const s of brief.whatHappened) expect(r.text).toContain(s.text.split(' ').slice(0, 6).join(' '));
    // Ten or more items get a two-digit gutter; every number is printed whole.
    if (brief.whatHappened.length >= 10) expect(r.text).toMatch(/\b10 /);
  });

  it('a crowded page keeps its usual items: the fillers go first', async () => {
    const d = denseArticles(12);
    const brief = buildBriefing(d.table, d.docs);
    const r = await readPdf(await renderBriefingPdf(brief));
    expect(r.pages).toBe(1);
    const byRank = [...brief.whatHappened].sort((x, y) => y.rank - x.rank);
    for (const s of byRank.slice(KEY_SENTENCES_MAX)) expect(r.text).not.toContain(s.text.split(' ').slice(0, 8).join(' '));
  });
});

describe('nothing twice on the page', () => {
  it('a key quote whose words a What happened sentence prints is not repeated under Key quotes', async () => {
    const brief: Briefing = {
      title: 'Ferry stops',
      titleFrom: 'article-title',
      keyNames: [],
      asOf: null,
      outlets: [],
      sources: [{ article: 'f', number: 1, label: '#1', outlet: null, title: 'Ferry stops', published: null, path: 'f.md', cited: 1 }],
      whatHappened: [
        { rank: 3, text: 'Mayor Ann Vell said the ferry "will sail again before the summer holidays begin" at a packed meeting.', article: 'f', span: { start: 0, end: 10 }, reportedBy: ['f'] },
        { rank: 2, text: 'The storm damaged the pier.', article: 'f', span: { start: 11, end: 20 }, reportedBy: ['f'] },
      ],
      keyNumbers: [],
      keyQuotes: [
        { rank: 2, speaker: 'Ann Vell', role: 'Mayor', quote: 'will sail again before the summer holidays begin', facts: ['f:q1'], reportedBy: ['f'] },
        { rank: 1, speaker: 'Ivo Brann', role: 'engineer', quote: 'The pier cannot be saved and must be rebuilt', facts: ['f:q2'], reportedBy: ['f'] },
      ],
      timeline: [],
      whosWho: [],
      differences: [],
      questions: [],
    };
    const r = await readPdf(await renderBriefingPdf(brief));
    expect(r.text.split('will sail again').length - 1).toBe(1);
    expect(r.text).toContain('The pier cannot be saved');
  });

  it('one key number per excerpted sentence: a range is not two lines over the same words', () => {
    const b = new FactsBuilder();
    b.addDoc(md('Harbour', 'Between 1,200 and 1,500 boats, mostly small ones, used the Velmar harbour last summer.\n\nThe harbour authority spent 4 million euros on new quays.'), 'h.md', 'h');
    b.number('h', '1,200', { value: 1200, counts: null });
    b.number('h', '1,500', { value: 1500, counts: null });
    b.number('h', '4 million euros', { value: 4_000_000, unit: 'EUR', counts: 'spent on new quays' });
    const figures = selectKeyNumbers(ctxOf(b)).map((n) => n.figure);
    expect(figures.filter((f) => f === '1,200' || f === '1,500')).toHaveLength(1);
    expect(figures).toContain('4 million euros');
  });

  it('a key number does not print an excerpt of a What happened sentence again', () => {
    const b = new FactsBuilder();
    b.addDoc(md('Harbour', 'Between 1,200 and 1,500 boats, mostly small ones, used the Velmar harbour last summer.\n\nThe harbour authority spent 4 million euros on new quays.'), 'h.md', 'h');
    b.number('h', '1,200', { value: 1200, counts: null });
    b.number('h', '1,500', { value: 1500, counts: 'boats' });
    b.number('h', '4 million euros', { value: 4_000_000, unit: 'EUR', counts: 'spent on new quays' });
    const briefing = buildBriefing(b.table(), b.docs);
    // Both sentences are What happened: "1,200" has nothing but its sentence to say what it counts, "1,500" says "boats".
    expect(briefing.whatHappened.map((s) => s.text)).toContain('Between 1,200 and 1,500 boats, mostly small ones, used the Velmar harbour last summer.');
    const shown = briefing.keyNumbers.map((n) => `${n.figure} | ${n.what}`);
    expect(shown).toContain('1,500 | boats');
    expect(shown.some((n) => n.startsWith('1,200'))).toBe(false);
    expect(shown).toContain('4 million euros | spent on new quays');
    // With no What happened sentence given, the excerpt is what tells the figure.
    expect(selectKeyNumbers(ctxOf(b)).find((n) => n.figure === '1,200')?.what).toContain('Between 1,200 and 1,500 boats');
  });
});

describe('long quotations', () => {
  it('show their opening sentences that fit, then an ellipsis', () => {
    const sentence = 'The ferry has carried our children to school for forty years and we will not let it go';
    const long = `${sentence}. ${sentence} without a fight. ${sentence} this winter. ${sentence} at all. ${sentence} quietly.`;
    const cut = shownQuote(long);
    expect(long.startsWith(cut.replace(/ …$/, ''))).toBe(true);
    expect(cut.endsWith(' …')).toBe(true);
    expect(cut.split(/\s+/).length).toBeLessThanOrEqual(71);
    expect(shownQuote(sentence)).toBe(sentence);
  });

  it('a long quoted paragraph becomes a key quote', () => {
    const b = new FactsBuilder();
    const words = 'We have no choice but to close the pier. Four hundred families on Orsk now depend on one small boat for food and medicine every single week of the year. The council will pay for a temporary landing stage. We expect the work to take at least six weeks, and perhaps longer if the storms return. We will rebuild the pier before the winter comes back. Nobody on the island should feel that they have been forgotten by the council.';
    b.addDoc(md('Pier', `Mayor Ann Vell spoke to the council on Friday.\n\n"${words}" Vell said.`), 'p.md', 'p');
    const vell = b.entity({ id: 'e1', kind: 'person', name: 'Ann Vell', aliases: ['Vell'], roles: ['Mayor'], articles: ['p'] });
    b.quote('p', words, b.speaker('p', vell, 'Vell'));
    const quotes = buildBriefing(b.table(), b.docs).keyQuotes;
    expect(quotes).toHaveLength(1);
    expect(quotes[0].quote).toMatch(/^We have no choice but to close the pier\..* …$/);
  });
});
