import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateQuiz } from '../../src/questions/index.js';
import { questionKinds } from '../../src/questions/registry.js';
import { Quiz, type FactTable, type NumberFact, type QuoteFact } from '../../src/schema/index.js';
import { fixtureTable, texts } from './fixture.js';

const quiz = (seed: string, count = 10, extra: Partial<Parameters<typeof generateQuiz>[1]> = {}) => generateQuiz(fixtureTable(), { seed, count, texts, ...extra });

function checkInvariants(table: FactTable, q: Quiz): void {
  expect(Quiz.safeParse(q).success).toBe(true);
  const facts = new Map(table.facts.map((f) => [f.id, f]));
  const usedFacts = new Set<string>();
  for (const question of q.questions) {
    // Built from facts, and each fact asked about once.
    expect(question.facts.length).toBeGreaterThan(0);
    for (const id of question.facts) {
      expect(facts.has(id)).toBe(true);
      expect(usedFacts.has(id)).toBe(false);
      usedFacts.add(id);
    }
    // Sources map back to the input files.
    expect(question.sources).toHaveLength(question.facts.length);
    for (const s of question.sources) {
      expect(texts[s.article].slice(s.span.start, s.span.end)).toBe(s.text);
      expect(s.sentence?.replace(/\s+/g, ' ')).toContain(s.text.replace(/\s+/g, ' '));
    }
    // Options: four distinct for choice, True/False otherwise; the answer points at one of them.
    const texts_ = question.options.map((o) => o.text.toLowerCase());
    expect(new Set(texts_).size).toBe(texts_.length);
    expect(question.options.length === 4 || (question.kind === 'true-false' && question.options.length === 2)).toBe(true);
    expect(question.answer).toBeLessThan(question.options.length);
    expect(question.explanation.length).toBeGreaterThan(10);
  }
}

describe('generateQuiz on a good fact table', () => {
  it('is reproducible: same seed, same quiz; another seed, another quiz', () => {
    expect(JSON.stringify(quiz('alpha'))).toBe(JSON.stringify(quiz('alpha')));
    expect(JSON.stringify(quiz('alpha'))).not.toBe(JSON.stringify(quiz('beta')));
  });

  it('records seed, version and a version code', () => {
    const q = quiz('alpha');
    expect(q.seed).toBe('alpha');
    expect(q.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(q.versionCode).toMatch(/^[0-9A-F]{6}$/);
    expect(q.date).toBe('2024-03-16');
  });

  it('makes the asked number of questions, mixing kinds and covering every article', () => {
    const q = quiz('alpha', 10);
    expect(q.questions).toHaveLength(10);
    expect(new Set(q.questions.map((x) => x.kind)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(q.questions.flatMap((x) => x.sources.map((s) => s.article))).size).toBe(3);
    expect(q.notes).toBeUndefined();
  });

  it('keeps the invariants for any seed (sources, options, one question per fact)', () => {
    const table = fixtureTable();
    fc.assert(
      fc.property(fc.string(), (seed) => checkInvariants(table, generateQuiz(table, { seed, count: 12, texts }))),
      { numRuns: 40 },
    );
  });

  it('balances the correct positions within a quiz', () => {
    for (const seed of ['a', 'b', 'c', 'd']) {
      const q = quiz(seed, 16);
      const counts = [0, 0, 0, 0];
      for (const x of q.questions) if (x.options.length === 4) counts[x.answer]++;
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
  });

  it('never offers a wrong option that is also true', () => {
    const table = fixtureTable();
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
      const q = generateQuiz(table, { seed, count: 30, texts });
      for (const x of q.questions) {
        const fact = table.facts.find((f) => f.id === x.facts[0])!;
        const wrong = x.options.filter((_, i) => i !== x.answer).map((o) => o.text);
        if (x.kind === 'who-said') {
          // No other speaker of the same words is offered.
          const same = table.facts.filter((f): f is QuoteFact => f.kind === 'quote' && f.text === fact.text).map((f) => f.speaker.name);
          for (const w of wrong) expect(same).not.toContain(w);
          expect(x.options[x.answer].text).toBe((fact as QuoteFact).speaker.name);
        }
        if (x.kind === 'number') {
          // A figure another article gives for the same thing is never a wrong option.
          const n = fact as NumberFact;
          const digits = (s: string) => Number(s.replace(/[^\d.]/g, ''));
          const right = digits(x.options[x.answer].text);
          for (const w of wrong) expect(digits(w)).not.toBe(right);
        }
      }
    }
  });

  it('never asks who said a quote whose speaker is unresolved', () => {
    const table = fixtureTable();
    const unresolved = table.facts.filter((f) => f.kind === 'quote' && f.speaker.name === null).map((f) => f.id);
    expect(unresolved.length).toBeGreaterThan(0);
    for (const seed of ['a', 'b', 'c']) {
      const q = generateQuiz(table, { seed, count: 40, texts });
      for (const x of q.questions) for (const id of x.facts) expect(unresolved).not.toContain(id);
    }
  });

  it('can make every registered kind from good facts', () => {
    for (const { kind } of questionKinds) {
      const q = quiz('kinds', 3, { kinds: [kind] });
      expect(q.questions.length, kind).toBeGreaterThan(0);
      expect(q.questions.every((x) => x.kind === kind)).toBe(true);
    }
  });

  it('a who-said stem quotes the words and never names the speaker', () => {
    const q = quiz('w', 5, { kinds: ['who-said'] });
    for (const x of q.questions) {
      expect(x.stem).toMatch(/“.+”|said that/);
      expect(x.stem).not.toContain(x.options[x.answer].text);
    }
  });

  it('no stem gives away a role question by calling the person by their title', () => {
    const table = fixtureTable();
    for (const seed of ['r1', 'r2', 'r3', 'r4', 'r5', 'r6']) {
      const q = generateQuiz(table, { seed, count: 30, texts });
      for (const role of q.questions.filter((x) => x.kind === 'role')) {
        const fact = table.facts.find((f) => f.id === role.facts[0]);
        if (fact?.kind !== 'role') continue;
        for (const other of q.questions) if (other !== role) expect(other.stem).not.toContain(`${fact.role} ${fact.name}`);
      }
    }
  });

  it('a timeline has exactly one right order', () => {
    const q = quiz('t', 1, { kinds: ['timeline'] });
    const [x] = q.questions;
    expect(x.facts.length).toBeGreaterThanOrEqual(3);
    expect(x.explanation).toMatch(/1953/);
  });
});

describe('generateQuiz when the facts are few or weak', () => {
  it('makes what the facts allow and says so, never filler', () => {
    const q = quiz('alpha', 10000);
    // Figures are stated true or false only in their own sentence, and the fixture's sentences point back ("its banks").
    expect(q.questions.length).toBeGreaterThanOrEqual(10);
    expect(q.questions.length).toBeLessThan(60);
    expect(q.notes?.[0]).toMatch(/^Only \d+ good questions could be made/);
  });

  it('gives no question from unattributed, uncounted facts', () => {
    const table = fixtureTable();
    table.facts = table.facts.map((f) => {
      if (f.kind === 'quote') return { ...f, speaker: { entity: null, name: null, mention: null } };
      if (f.kind === 'number') return { ...f, counts: null, source: null };
      if (f.kind === 'date') return { ...f, event: null };
      return f;
    }).filter((f) => f.kind !== 'role');
    table.entities = [];
    const q = generateQuiz(table, { seed: 'weak', count: 10, texts });
    // Only sentence clozes remain (a true/false figure statement shows its sentence with a blank too), and only for sentences that stand on their own.
    for (const x of q.questions) {
      expect(['number', 'date', 'true-false']).toContain(x.kind);
      expect(x.stem).toContain('_____');
      // Pronouns inside a quote are the speaker's own; outside, they would point nowhere.
      expect(x.stem.replace(/‘[^’]*’/g, '')).not.toMatch(/\b(he|she|they|it)\b/i);
    }
    expect(q.questions.length).toBeLessThan(10);
    expect(q.notes?.join(' ')).toMatch(/good question/);
  });

  it('never asks about a fact whose span does not map back to the file', () => {
    const table = fixtureTable();
    const broken = new Set<string>();
    for (const f of table.facts) {
      if (f.article === 'a-herald') {
        f.span = { start: f.span.start + 1, end: f.span.end + 1 };
        broken.add(f.id);
      }
    }
    const q = generateQuiz(table, { seed: 'b', count: 40, texts });
    expect(q.questions.length).toBeGreaterThan(0);
    for (const x of q.questions) for (const id of x.facts) expect(broken.has(id)).toBe(false);
  });

  it('an empty table gives an empty quiz with a note', () => {
    const q = generateQuiz({ schemaVersion: 1, articles: [], entities: [], facts: [] }, { seed: 'x', count: 5 });
    expect(q.questions).toEqual([]);
    expect(q.notes?.[0]).toMatch(/No good questions/);
  });

  it('rejects a count below 1 and unknown kinds', () => {
    expect(() => quiz('x', 0)).toThrow(/--count/);
    expect(() => quiz('x', -1)).toThrow(/--count/);
    expect(() => quiz('x', 5, { kinds: ['essay'] })).toThrow(/unknown question kind "essay"; available: who-said/);
  });
});

describe('self-contained sentences', () => {
  it('rejects sentences that lean on the one before', async () => {
    const { isSelfContained } = await import('../../src/questions/text.js');
    expect(isSelfContained('Then there was a bit of a glitch in 2002.')).toBe(false);
    expect(isSelfContained('He said the troops arrived in 2024.')).toBe(false);
    expect(isSelfContained('The move followed talks in Brussels.')).toBe(false);
    expect(isSelfContained('The plant closed in 2019, the company said.')).toBe(true);
    // A pronoun inside a quotation is the speaker's own.
    expect(isSelfContained('"We will rebuild," the minister said on Tuesday.')).toBe(true);
  });
});
