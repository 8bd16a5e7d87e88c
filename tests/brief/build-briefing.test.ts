import { describe, expect, it } from 'vitest';
import { buildBriefing, Briefing } from '../../src/brief/index.js';
import { FILL_ITEMS } from '../../src/brief/build-briefing.js';
import { KEY_SENTENCES_MAX } from '../../src/brief/key-sentences.js';
import { loadArticles } from '../../src/ingest/load.js';
import { factsFromDocs } from '../../src/pipeline.js';
import { damBreach } from '../fixtures/brief/dam-breach.js';
import type { Quiz } from '../../src/schema/index.js';

describe('buildBriefing on a hand-made fact table', () => {
  const { table, docs } = damBreach();
  const b = buildBriefing(table, docs);
  const raw = new Map(docs.map((d) => [d.article.id, d.raw]));

  it('is a valid Briefing', () => {
    expect(() => Briefing.parse(b)).not.toThrow();
  });

  it('takes the title from an article title, the date from the latest publication, the outlets from the articles', () => {
    expect(table.articles.map((a) => a.title)).toContain(b.title);
    expect(b.titleFrom).toBe('article-title');
    expect(b.asOf).toBe('2031-03-15');
    expect(b.outlets).toEqual(['Harbor Post', 'Valley Ledger', 'Agence Nord']);
    expect(b.sources.map((s) => s.label)).toEqual(['Harbor Post', 'Valley Ledger', 'Agence Nord']);
  });

  it('picks three to five key sentences (and a few more to fill room) that are real sentences of the articles', () => {
    expect(b.whatHappened.length).toBeGreaterThanOrEqual(3);
    expect(b.whatHappened.length).toBeLessThanOrEqual(KEY_SENTENCES_MAX + FILL_ITEMS.sentences);
    for (const s of b.whatHappened) {
      const text = raw.get(s.article)!.slice(s.span.start, s.span.end).replace(/\s+/g, ' ').trim();
      expect(text).toBe(s.text);
      expect(s.reportedBy[0]).toBe(s.article);
    }
  });

  it('marks a sentence that several articles report with all of them', () => {
    const lead = b.whatHappened.find((s) => s.text.includes('1,200'));
    expect(lead).toBeDefined();
    expect(lead!.reportedBy.length).toBeGreaterThanOrEqual(2);
  });

  it('ranks the corroborated figure first, with what it counts, and merges it across articles', () => {
    const first = b.keyNumbers[0];
    expect(first.figure).toBe('more than 1,200');
    expect(first.whatFromCounts).toBe(true);
    expect(first.reportedBy).toHaveLength(3);
    expect(b.keyNumbers.filter((n) => n.figure.endsWith('1,200'))).toHaveLength(1);
    const aid = b.keyNumbers.find((n) => n.figure === '25 million euros');
    expect(aid?.saidBy).toBe('Henrik Aaltonen');
    expect(aid?.what).toBe('emergency aid promised');
    expect(b.keyNumbers.find((n) => n.figure === 'about 40 million euros')).toBeDefined();
  });

  it('gives quotes with speaker and role, merging the same quote and its restatement', () => {
    const moving = b.keyQuotes.find((q) => q.quote.startsWith('We are moving every family'));
    expect(moving).toMatchObject({ speaker: 'Zoë Łukasiewicz', role: 'regional emergency director' });
    expect(moving!.reportedBy.sort()).toEqual(['agence-nord', 'harbor-post']);
    const engineer = b.keyQuotes.filter((q) => q.speaker === 'Олена Коваль');
    expect(engineer).toHaveLength(1);
    expect(engineer[0].facts).toHaveLength(2);
  });

  it('puts dated events in order with their events', () => {
    expect(b.timeline.map((t) => t.value)).toEqual(['2029', '2031-03-11', '2031-03-12', '2031-03-13', '2031-04-01']);
    expect(b.timeline[1]).toMatchObject({ date: '11 Mar 2031', event: 'the rain began' });
    expect(b.timeline[0].reportedBy.sort()).toEqual(['agence-nord', 'valley-ledger']);
  });

  it("lists people with roles in Who's who, diacritics and Cyrillic kept", () => {
    const names = b.whosWho.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(['Zoë Łukasiewicz', 'Đặng Thị Mai', 'Олена Коваль', 'Henrik Aaltonen']));
    expect(names).not.toContain('Lindqvist valley');
    expect(b.whosWho.find((w) => w.name === 'Đặng Thị Mai')?.roles).toEqual(['Mayor']);
  });

  it('reports the conflicting death toll under Where sources differ', () => {
    expect(b.differences).toHaveLength(1);
    expect(b.differences[0].about).toBe('people dead');
    expect(b.differences[0].variants.map((v) => v.figure).sort()).toEqual(['14', '17']);
  });

  it('counts how many items cite each source', () => {
    for (const s of b.sources) expect(s.cited).toBeGreaterThan(0);
  });
});

describe('buildBriefing on weak input', () => {
  it('builds an honest, small briefing for one short article with no metadata', () => {
    const { docs, diagnostics } = loadArticles(['tests/fixtures/brief/short-article.txt']);
    const b = buildBriefing(factsFromDocs(docs, diagnostics), docs);
    expect(b.title).toBe('Library reopens after roof repair');
    expect(b.asOf).toBeNull();
    expect(b.outlets).toEqual([]);
    expect(b.sources).toHaveLength(1);
    expect(b.whatHappened.length).toBeGreaterThanOrEqual(1);
    expect(b.whatHappened.every((s) => s.reportedBy.length === 1)).toBe(true);
    expect(b.differences).toEqual([]);
  });

  it('omits what the table does not support instead of inventing it', () => {
    const { table, docs } = damBreach();
    const bare = { ...table, facts: [], entities: [] };
    const b = buildBriefing(bare, docs);
    expect(b.keyNumbers).toEqual([]);
    expect(b.keyQuotes).toEqual([]);
    expect(b.timeline).toEqual([]);
    expect(b.whosWho).toEqual([]);
    expect(b.whatHappened.length).toBeGreaterThanOrEqual(3);
  });

  it('falls back to the central names for a title when no article has one', () => {
    const { table, docs } = damBreach();
    const untitled = { ...table, articles: table.articles.map(({ title: _t, ...a }) => a) };
    const b = buildBriefing(untitled, docs);
    expect(b.titleFrom).toBe('entities');
    expect(b.title).toContain('Zoë Łukasiewicz');
  });
});

describe('check questions', () => {
  it('keeps the first N questions of the quiz with their facts, and none when the quiz has none', () => {
    const { table, docs } = damBreach();
    const question = (n: number): Quiz['questions'][number] => ({
      id: `q${n}`,
      kind: 'number',
      stem: `Question ${n}?`,
      options: [{ text: 'yes' }, { text: 'no' }],
      answer: n % 2,
      explanation: '',
      facts: [`harbor-post:n${n}`],
      sources: [],
    });
    const quiz: Quiz = { schemaVersion: 1, seed: 's', version: '1', questions: [1, 2, 3].map(question) };
    const b = buildBriefing(table, docs, { quiz, questions: 2 });
    expect(b.questions.map((q) => [q.stem, q.options, q.answer, q.facts])).toEqual([
      ['Question 1?', ['yes', 'no'], 1, ['harbor-post:n1']],
      ['Question 2?', ['yes', 'no'], 0, ['harbor-post:n2']],
    ]);
    expect(buildBriefing(table, docs, { quiz: { ...quiz, questions: [] }, questions: 2 }).questions).toEqual([]);
  });
});
