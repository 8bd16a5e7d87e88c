import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countsMatch, head, loadUnseen, locate, runUnseen, speakerMatches, UNSEEN_DIR } from '../../src/eval/unseen.js';

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
