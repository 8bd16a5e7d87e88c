import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countsMatch, head, loadUnseen, locate, runUnseen, speakerMatches, unseen2Eval, unseen3Eval, unseen4Eval, unseen5Eval, unseenEval, UNSEEN2_DIR, UNSEEN3_DIR, UNSEEN4_DIR, UNSEEN5_DIR, UNSEEN_DIR } from '../../src/eval/unseen.js';

type UnseenArticle = ReturnType<typeof loadUnseen>[number];

/** Front matter with a date, a body of the given length, and gold strings found exactly once. */
function expectWellFormed(a: UnseenArticle, files: string[], minWords: number, maxWords: number): void {
  expect(files).toContain(`${a.id}.gold.json`);
  expect(a.raw).toMatch(/^---\n(?:.*\n)*?published: \d{4}-\d{2}-\d{2}\n/);
  const body = a.raw.slice(a.headline.start).split(/\s+/).filter(Boolean).length;
  expect(body).toBeGreaterThan(minWords);
  expect(body).toBeLessThan(maxWords);
  expect(a.gold.quotes.length + a.gold.numbers.length + a.gold.dates.length).toBeGreaterThan(20);
  for (const g of [...a.quotes, ...a.numbers, ...a.dates]) {
    const text = 'quote' in g ? g.quote : g.text;
    expect(a.raw.slice(g.start, g.end)).toBe(text);
    // Exactly once: without its snippet the string is either unique or ambiguous, never missing.
    if (!g.in) expect(locate(a.raw, a.headline.start, { text })).toEqual({ start: g.start, end: g.end });
  }
  for (const list of [a.quotes, a.numbers, a.dates]) expect(new Set(list.map((g) => `${g.start}:${g.end}`)).size).toBe(list.length);
}

describe('unseen eval section', () => {
  it('runs the pipeline on every article and gives scores in [0, 100]', () => {
    const { rows, errors } = runUnseen({ errors: true });
    const scored = rows.filter((r) => r.value != null);
    expect(scored.length).toBeGreaterThanOrEqual(20);
    for (const r of scored) {
      expect(Number.isFinite(r.value)).toBe(true);
      expect(r.value! * 100).toBeGreaterThanOrEqual(0);
      expect(r.value! * 100).toBeLessThanOrEqual(100);
    }
    for (const metric of ['who-said-what all F1', 'numbers value F1', 'dates extent relaxed F1', 'dates value accuracy', 'roles person+role head F1']) {
      expect(rows.some((r) => r.metric === metric)).toBe(true);
    }
    expect(errors[0]).toBe('### per article');
  });

  it('has 16 articles, each with a publication date and gold whose strings are found exactly once', () => {
    const articles = loadUnseen();
    expect(articles).toHaveLength(16);
    const files = readdirSync(UNSEEN_DIR);
    for (const a of articles) {
      expect(files).toContain(`${a.id}.gold.json`);
      expect(a.raw).toMatch(/^---\n(?:.*\n)*?published: \d{4}-\d{2}-\d{2}\n/);
      for (const g of [...a.quotes, ...a.numbers, ...a.dates]) {
        const text = 'quote' in g ? g.quote : g.text;
        expect(a.raw.slice(g.start, g.end)).toBe(text);
      }
      // No two gold entries of one kind point at the same words.
      for (const list of [a.quotes, a.numbers, a.dates]) expect(new Set(list.map((g) => `${g.start}:${g.end}`)).size).toBe(list.length);
    }
    const words = readFileSync(join(UNSEEN_DIR, articles[0].id + '.txt'), 'utf8').split(/\s+/).length;
    expect(words).toBeGreaterThan(350);
  });

  it('locates a repeated string only through a unique snippet, and only as a whole word', () => {
    const raw = 'Up 13.9% and then 9% more, 9 days.';
    expect(locate(raw, 0, { text: '9%' })).toEqual({ start: 18, end: 20 });
    expect(() => locate(raw, 0, { text: '9' })).toThrow(/occurs 2 times/);
    expect(locate(raw, 0, { text: '9', in: '9 days' })).toEqual({ start: 27, end: 28 });
  });

  it('matches speakers, counted things and heads leniently', () => {
    const fact = (name: string | null, mention: string | null) => ({ speaker: { entity: null, name, mention: mention ? { start: 0, end: mention.length, text: mention } : null } });
    expect(speakerMatches(fact('Wenna Hallow', 'she'), { speaker: 'she', who: 'Wenna Hallow' })).toBe(true);
    expect(speakerMatches(fact(null, 'she'), { speaker: 'she', who: 'Wenna Hallow' })).toBe(false);
    expect(speakerMatches(fact(null, 'the harbour board'), { speaker: 'the harbour board', who: null })).toBe(true);
    expect(speakerMatches(fact('Tam Rusk', 'Rusk'), { speaker: 'Its chair, Edda Morrow', who: 'Edda Morrow' })).toBe(false);
    // A thousands comma in the speaker words is not an apposition: the head stays "tenant".
    expect(speakerMatches(fact(null, 'the 1,400 tenants of Brindle Court'), { speaker: 'more than 1,400 tenants of Brindle Court', who: null })).toBe(true);
    expect(head('cost of the new bridge')).toBe('cost');
    expect(countsMatch({ counts: 'bridge cost', unit: 'USD' }, 'cost of the new bridge')).toBe(true);
    expect(countsMatch({ counts: null, unit: 'year' }, 'years')).toBe(true);
    expect(countsMatch({ counts: 'ferries', unit: null }, 'passengers')).toBe(false);
    // Unit codes read as the words gold uses; plurals fold ("decades", "matches").
    expect(countsMatch({ counts: null, unit: 'min' }, 'minutes')).toBe(true);
    expect(countsMatch({ counts: null, unit: 'GBP/year' }, 'pounds')).toBe(true);
    expect(countsMatch({ counts: null, unit: 'decade' }, 'decades')).toBe(true);
    expect(countsMatch({ counts: 'league match', unit: null }, 'league matches')).toBe(true);
  });
});

describe('unseen2: the second, independent set of invented articles', () => {
  it('scores the second folder under its own task name, with scores in [0, 100]', () => {
    const { rows, errors } = runUnseen({ errors: true, dir: UNSEEN2_DIR, task: 'unseen2' });
    const scored = rows.filter((r) => r.value != null);
    expect(scored.length).toBeGreaterThanOrEqual(20);
    expect(rows.every((r) => r.task === 'unseen2')).toBe(true);
    for (const r of scored) {
      expect(Number.isFinite(r.value)).toBe(true);
      expect(r.value! * 100).toBeGreaterThanOrEqual(0);
      expect(r.value! * 100).toBeLessThanOrEqual(100);
    }
    for (const metric of ['who-said-what all F1', 'who-said-what direct F1', 'who-said-what reported F1', 'numbers value F1', 'numbers counted-thing head', 'dates extent relaxed F1', 'dates value accuracy', 'dates value F1', 'roles person+role head F1']) {
      expect(rows.some((r) => r.metric === metric && r.value != null)).toBe(true);
    }
    expect(errors[0]).toBe('### per article');
    expect(errors.some((e) => e.startsWith('## unseen2 '))).toBe(true);
  });

  it('has 16 articles of 350-900 words, each with a publication date and gold whose strings are found exactly once', () => {
    const articles = loadUnseen(UNSEEN2_DIR);
    expect(articles).toHaveLength(16);
    const files = readdirSync(UNSEEN2_DIR);
    const firstSet = new Set(loadUnseen(UNSEEN_DIR).map((a) => a.id));
    for (const a of articles) {
      expect(firstSet.has(a.id)).toBe(false);
      expectWellFormed(a, files, 350, 900);
      // Role persons may be named in parts (Gary "Gazza" Pennock): their last name is in the article.
      for (const r of a.gold.roles) expect(a.raw.includes(r.person.split(' ').pop()!)).toBe(true);
    }
  });

  it('is a section of its own next to the first set', () => {
    expect(unseenEval.name).toBe('unseen');
    expect(unseen2Eval.name).toBe('unseen2');
  });
});

describe('unseen3: the third, independent set of invented articles (held out at its first run)', () => {
  it('scores the third folder under its own task name, with scores in [0, 100]', () => {
    const { rows, errors } = runUnseen({ errors: true, dir: UNSEEN3_DIR, task: 'unseen3' });
    expect(rows.every((r) => r.task === 'unseen3')).toBe(true);
    for (const metric of ['who-said-what all F1', 'who-said-what direct F1', 'who-said-what reported F1', 'numbers value F1', 'numbers counted-thing head', 'dates extent relaxed F1', 'dates value accuracy', 'dates value F1', 'roles person+role head F1']) {
      const row = rows.find((r) => r.metric === metric);
      expect(row?.value).not.toBeNull();
      expect(row!.value! * 100).toBeGreaterThanOrEqual(0);
      expect(row!.value! * 100).toBeLessThanOrEqual(100);
    }
    expect(errors.some((e) => e.startsWith('## unseen3 '))).toBe(true);
  });

  it('has 12 articles of 280-750 words with names of their own, each with a publication date and gold whose strings are found exactly once', () => {
    const articles = loadUnseen(UNSEEN3_DIR);
    expect(articles).toHaveLength(12);
    const files = readdirSync(UNSEEN3_DIR);
    const earlier = [...loadUnseen(UNSEEN_DIR), ...loadUnseen(UNSEEN2_DIR)];
    const earlierIds = new Set(earlier.map((a) => a.id));
    const earlierText = earlier.map((a) => a.raw).join('\n');
    for (const a of articles) {
      expect(earlierIds.has(a.id)).toBe(false);
      expectWellFormed(a, files, 280, 750);
      for (const r of a.gold.roles) {
        const last = r.person.split(' ').pop()!;
        expect(a.raw.includes(last)).toBe(true);
        // Invented people of their own: no role person's surname occurs in the two earlier sets.
        if (r.person.includes(' ')) expect(new RegExp(`\\b${last}\\b`).test(earlierText)).toBe(false);
      }
    }
  });

  it('is a section of its own next to the first two sets', () => {
    expect(unseen3Eval.name).toBe('unseen3');
  });
});

describe('unseen4: the fourth, independent set of invented articles (held out at its first run)', () => {
  it('scores the fourth folder under its own task name, with scores in [0, 100]', () => {
    const { rows, errors } = runUnseen({ errors: true, dir: UNSEEN4_DIR, task: 'unseen4' });
    expect(rows.every((r) => r.task === 'unseen4')).toBe(true);
    for (const metric of ['who-said-what all F1', 'who-said-what direct F1', 'who-said-what reported F1', 'numbers value F1', 'numbers counted-thing head', 'dates extent relaxed F1', 'dates value accuracy', 'dates value F1', 'roles person+role head F1']) {
      const row = rows.find((r) => r.metric === metric);
      expect(row?.value).not.toBeNull();
      expect(row!.value! * 100).toBeGreaterThanOrEqual(0);
      expect(row!.value! * 100).toBeLessThanOrEqual(100);
    }
    expect(errors.some((e) => e.startsWith('## unseen4 '))).toBe(true);
  });

  it('has 12 articles of 300-700 words with names of their own, each with a publication date and gold whose strings are found exactly once', () => {
    const articles = loadUnseen(UNSEEN4_DIR);
    expect(articles).toHaveLength(12);
    const files = readdirSync(UNSEEN4_DIR);
    const earlier = [...loadUnseen(UNSEEN_DIR), ...loadUnseen(UNSEEN2_DIR), ...loadUnseen(UNSEEN3_DIR)];
    const earlierIds = new Set(earlier.map((a) => a.id));
    const earlierText = earlier.map((a) => a.raw).join('\n');
    for (const a of articles) {
      expect(earlierIds.has(a.id)).toBe(false);
      expectWellFormed(a, files, 300, 700);
      // Every quote names its speaker with words that stand in the article.
      for (const q of a.gold.quotes) expect(a.raw.includes(q.speaker)).toBe(true);
      for (const r of a.gold.roles) {
        const last = r.person.split(' ').pop()!;
        expect(a.raw.includes(last)).toBe(true);
        expect(a.raw.includes(r.role)).toBe(true);
        // Invented people of their own: no role person's surname occurs in the three earlier sets.
        if (r.person.includes(' ')) expect(new RegExp(`\\b${last}\\b`).test(earlierText)).toBe(false);
      }
    }
  });

  it('is a section of its own next to the first three sets', () => {
    expect(unseen4Eval.name).toBe('unseen4');
  });
});

describe('unseen5: the fifth, independent set of invented articles (held out at its first run)', () => {
  it('scores the fifth folder under its own task name, with scores in [0, 100]', () => {
    const { rows, errors } = runUnseen({ errors: true, dir: UNSEEN5_DIR, task: 'unseen5' });
    expect(rows.every((r) => r.task === 'unseen5')).toBe(true);
    for (const metric of ['who-said-what all F1', 'who-said-what direct F1', 'who-said-what reported F1', 'numbers value F1', 'numbers counted-thing head', 'dates extent relaxed F1', 'dates value accuracy', 'dates value F1', 'roles person+role head F1']) {
      const row = rows.find((r) => r.metric === metric);
      expect(row?.value).not.toBeNull();
      expect(row!.value! * 100).toBeGreaterThanOrEqual(0);
      expect(row!.value! * 100).toBeLessThanOrEqual(100);
    }
    expect(errors.some((e) => e.startsWith('## unseen5 '))).toBe(true);
  });

  it('has 8 articles of 300-600 words with names of their own, each with a publication date and gold whose strings are found exactly once', () => {
    const articles = loadUnseen(UNSEEN5_DIR);
    expect(articles).toHaveLength(8);
    const files = readdirSync(UNSEEN5_DIR);
    const earlier = [...loadUnseen(UNSEEN_DIR), ...loadUnseen(UNSEEN2_DIR), ...loadUnseen(UNSEEN3_DIR), ...loadUnseen(UNSEEN4_DIR)];
    const earlierIds = new Set(earlier.map((a) => a.id));
    const earlierText = earlier.map((a) => a.raw).join('\n');
    for (const a of articles) {
      expect(earlierIds.has(a.id)).toBe(false);
      expectWellFormed(a, files, 300, 600);
      // Every quote names its speaker with words that stand in the article; kinds are the two the scorer knows.
      for (const q of a.gold.quotes) {
        expect(a.raw.includes(q.speaker)).toBe(true);
        expect(['direct', 'reported']).toContain(q.kind);
      }
      for (const r of a.gold.roles) {
        const last = r.person.split(' ').pop()!;
        expect(a.raw.includes(last)).toBe(true);
        expect(a.raw.includes(r.role)).toBe(true);
        // Invented people of their own: no role person's surname occurs in the four earlier sets.
        if (r.person.includes(' ')) expect(new RegExp(`\\b${last}\\b`).test(earlierText)).toBe(false);
      }
    }
  });

  it('is a section of its own next to the first four sets', () => {
    expect(unseen5Eval.name).toBe('unseen5');
  });
});
