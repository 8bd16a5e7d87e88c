import { describe, expect, it } from 'vitest';
import { factsFromDocs, factsFromFiles } from '../../src/pipeline.js';
import { makeDoc } from '../../src/ingest/load.js';
import { corroborate, MAX_CORROBORATING } from '../../src/refine/corroborate.js';
import { conflicts } from '../../src/refine/conflicts.js';
import { attributeNumbers } from '../../src/refine/attribute-numbers.js';
import type { DateFact, FactTable, NumberFact, QuoteFact } from '../../src/schema/index.js';
import type { DocExtraction, NumberDraft, QuoteDraft } from '../../src/extract/types.js';

const numbers = (t: FactTable) => t.facts.filter((f): f is NumberFact => f.kind === 'number');

function tableOf(articles: Record<string, string>): FactTable {
  return factsFromDocs(Object.entries(articles).map(([id, text]) => makeDoc(text, `${id}.txt`, id, [])));
}

describe('corroborate: sample articles', () => {
  const table = factsFromFiles(['seeds']);

  it('links "more than 600,000" and "Over 600,000" Russian soldiers killed or wounded across articles', () => {
    const casualties = numbers(table).filter((f) => f.value === 600000);
    const articles = [...new Set(casualties.map((f) => f.article))].sort();
    expect(articles.length).toBeGreaterThanOrEqual(3);
    expect(casualties.some((f) => /^over/i.test(f.text)) && casualties.some((f) => /^more than/i.test(f.text))).toBe(true);
    for (const f of casualties) {
      expect(f.counts).toBe('Russian soldiers killed or wounded');
      expect(f.corroboratedBy).toEqual(articles.filter((a) => a !== f.article));
    }
  });

  it('keeps a vague "tens of thousands" apart from "10,000"', () => {
    const vague = numbers(table).find((f) => f.text === 'tens of thousands');
    expect(vague?.corroboratedBy).toEqual([]);
  });

  it('flags no conflicts among the samples (their troop figures are compatible or about different things)', () => {
    expect(numbers(table).filter((f) => f.conflictsWith.length)).toEqual([]);
  });
});

describe('conflicts', () => {
  it('flags different figures for the same thing in different articles', () => {
    const table = tableOf({
      a: 'South Korea said 3,000 North Korean troops have been sent to Russia.\n',
      b: 'Kyiv said 10,000 North Korean troops have been sent to Russia.\n',
    });
    const [a, b] = numbers(table);
    expect(a.conflictsWith).toEqual([b.id]);
    expect(b.conflictsWith).toEqual([a.id]);
  });

  it('does not flag qualifier-compatible or different things', () => {
    const table = tableOf({
      a: 'Reports said more than 3,000 North Korean troops have been sent to Russia.\n',
      b: 'Kyiv said 10,000 North Korean troops have been sent to Russia.\n',
      c: 'Seoul said more than 12,000 North Korean troops are expected by December.\n',
      d: 'Officials said 5,000 Russian troops have been sent to Kursk.\n',
      e: 'Officials said more than 3,000 North Korean troops have been sent to Russia.\n',
    });
    for (const f of numbers(table)) expect([f.text, f.conflictsWith]).toEqual([f.text, []]);
    const same = numbers(table).filter((f) => f.value === 3000);
    expect(same.map((f) => f.corroboratedBy)).toEqual([['e'], ['a']]);
  });
});

describe('conflicts: only figures of one happening', () => {
  it('flags death tolls, which need no participle', () => {
    const table = tableOf({
      a: 'The floods left 1,300 Northland villagers dead.\n',
      b: 'The floods caused 1,450 Northland deaths.\n',
    });
    const [a, b] = numbers(table);
    expect(a.conflictsWith).toEqual([b.id]);
    expect(b.conflictsWith).toEqual([a.id]);
  });

  it('does not flag poll shares, margins, ages, figures about a name, or bare things', () => {
    const table = tableOf({
      a: 'The Harbor poll gave Northland Senator Ann Veldt 17 percent. Veldt leads by 20 points in Northland. A 5-year-old Northland boy was rescued. Ann Veldt raised $6 million. Some 2,400 Northland jobs are at stake.\n',
      b: 'The Valley poll gave Northland Senator Ann Veldt 23 percent. Veldt leads by 15 points in Northland. A 3-year-old Northland boy was rescued. Ann Veldt raised $9 million. Some 6,000 Northland jobs are at stake.\n',
    });
    for (const f of numbers(table)) expect([f.text, f.conflictsWith]).toEqual([f.text, []]);
  });
});

function quote(id: string, article: string, text: string, speaker: string): QuoteFact {
  return {
    id, article, kind: 'quote', text, span: { start: 0, end: text.length }, sentence: { start: 0, end: text.length },
    corroboratedBy: [], extractor: 'test', direct: true, cue: 'said', speaker: { entity: null, name: speaker, mention: null },
  };
}

function date(id: string, article: string, value: string, event: string | null): DateFact {
  return { id, article, kind: 'date', text: value, span: { start: 0, end: 1 }, sentence: { start: 0, end: 1 }, corroboratedBy: [], extractor: 'test', type: 'DATE', value, event };
}

function number(id: string, article: string, value: number, counts: string, qualifier: NumberFact['qualifier'] = 'exact'): NumberFact {
  return {
    id, article, kind: 'number', text: String(value), span: { start: 0, end: 1 }, sentence: { start: 0, end: 1 }, corroboratedBy: [],
    extractor: 'test', value, qualifier, unit: null, counts, approximate: false, source: null, conflictsWith: [],
  };
}

const emptyTable = (facts: FactTable['facts']): FactTable => ({ schemaVersion: 1, articles: [], entities: [], facts });

describe('precision of cross-article links', () => {
  it('does not flag an article that gives two figures for the same words', () => {
    const table = tableOf({
      a: 'The deal valued the North Korean mine at $30m. Analysts valued the North Korean mine at $18m.\n',
      b: 'Officials valued the North Korean mine at $50m.\n',
    });
    for (const f of numbers(table)) expect(f.conflictsWith).toEqual([]);
  });

  it('needs a shared modifier before small counts corroborate', () => {
    const table = corroborate.refine(emptyTable([
      number('a:n1', 'a', 2, 'clubs'),
      number('b:n1', 'b', 2, 'clubs'),
      number('c:n1', 'c', 2, 'Welsh rugby clubs'),
      number('d:n1', 'd', 2, 'Welsh clubs'),
    ]), []);
    expect(table.facts.map((f) => f.corroboratedBy)).toEqual([[], [], ['d'], ['c']]);
  });
});

describe('corroborate: quotes and dates', () => {
  it('links quotes by the same speaker sharing most content words', () => {
    const table = corroborate.refine(emptyTable([
      quote('a:q1', 'a', 'The deployment is a sign of growing desperation in the Kremlin', 'Mark Rutte'),
      quote('b:q1', 'b', 'This deployment shows growing desperation in the Kremlin', 'Mark Rutte'),
      quote('c:q1', 'c', 'This deployment shows growing desperation in the Kremlin', 'Someone Else'),
      quote('d:q1', 'd', 'We will discuss trade and tariffs next week', 'Mark Rutte'),
    ]), []);
    expect(table.facts.map((f) => f.corroboratedBy)).toEqual([['b'], ['a'], [], []]);
  });

  it('links dates with the same value and a shared event word', () => {
    const table = corroborate.refine(emptyTable([
      date('a:d1', 'a', '2024-10-28', 'Rutte confirmed the deployment'),
      date('b:d1', 'b', '2024-10-28', 'confirmed deployment of troops'),
      date('c:d1', 'c', '2024-10-28', null),
      date('d:d1', 'd', '2024-10-27', 'deployment'),
    ]), []);
    expect(table.facts.map((f) => f.corroboratedBy)).toEqual([['b'], ['a'], [], []]);
  });
});

describe('corroborate and conflicts at scale', () => {
  it('handles thousands of articles through the index (no all-pairs pass)', () => {
    const facts: NumberFact[] = [];
    const n = 20000;
    for (let i = 0; i < n; i++) facts.push(number(`a${i}:n1`, `a${i}`, 1000 + i, `plant ${i % 97} widgets produced`));
    facts.push(number("x:n1", "x", 1000, "widgets produced"), number("y:n1", "y", 1000, "widgets produced"));
    const table = conflicts.refine(corroborate.refine(emptyTable(facts), []), []);
    const byId = new Map(table.facts.map((f) => [f.id, f as NumberFact]));
    expect(byId.get('x:n1')?.corroboratedBy).toEqual(['a0', 'y']);
    expect(byId.get('a5:n1')?.corroboratedBy).toEqual([]);
    // The "widgets produced" group is far larger than any real story, so no conflicts are claimed from it.
    expect(table.facts.every((f) => (f as NumberFact).conflictsWith.length === 0)).toBe(true);
  });

  it('lists at most MAX_CORROBORATING other articles per fact, the first ones met, sorted', () => {
    const ids = Array.from({ length: MAX_CORROBORATING + 20 }, (_, i) => `s${String(i).padStart(3, '0')}`);
    const facts = [
      ...ids.map((id) => number(`${id}:n1`, id, 4500, 'widgets produced')),
      ...ids.map((id) => date(`${id}:d1`, id, '2024-10-28', 'widget plant opened')),
    ];
    const table = corroborate.refine(emptyTable(facts), []);
    const others = (own: string) => ids.filter((id) => id !== own).slice(0, MAX_CORROBORATING);
    for (const kind of ['number', 'date']) {
      const ofKind = table.facts.filter((f) => f.kind === kind);
      expect(ofKind[0].corroboratedBy).toEqual(others(ids[0]));
      expect(ofKind[ids.length - 1].corroboratedBy).toEqual(others(ids[ids.length - 1]));
    }
  });
});

describe('attribute-numbers', () => {
  it('gives a number inside a quote that quote\'s speaker, and none outside', () => {
    const doc = makeDoc('"We lost 600,000 soldiers," he said. Another 5 were missing.\n', 'q.txt', 'q', []);
    const speaker = { entity: null, name: 'Mark Rutte', mention: { start: 30, end: 32, text: 'he' }, mentionIndex: 0 };
    const q: QuoteDraft = { kind: 'quote', span: { start: 1, end: 27 }, sentence: { start: 0, end: 36 }, extractor: 't', direct: true, cue: 'said', speaker };
    const inside: NumberDraft = { kind: 'number', span: { start: 9, end: 16 }, sentence: { start: 0, end: 36 }, extractor: 't', value: 600000, qualifier: 'exact', unit: null, counts: 'soldiers', approximate: false, source: null };
    const outside: NumberDraft = { ...inside, span: { start: 45, end: 46 }, value: 5 };
    const ex: DocExtraction = { doc, mentions: [], facts: [q, inside, outside], diagnostics: [] };
    attributeNumbers.refine(ex);
    expect(inside.source).toEqual(speaker);
    expect(inside.source).not.toBe(speaker);
    expect(outside.source).toBeNull();
  });

  /** A reported quote over `quote` in `text` by `speakerText`, and a number fact at `figure`. */
  function reported(text: string, quote: string, speakerText: string, figure: string, unit: string | null = null, speakerName: string | null = null) {
    const doc = makeDoc(text + '\n', 'r.txt', 'r', []);
    const qs = text.indexOf(quote);
    const ss = text.indexOf(speakerText);
    const speaker = { entity: null, name: speakerName, mention: { start: ss, end: ss + speakerText.length, text: speakerText }, mentionIndex: null };
    const q: QuoteDraft = { kind: 'quote', span: { start: qs, end: qs + quote.length }, sentence: { start: 0, end: text.length }, extractor: 'quotes/reported-after-cue', direct: false, cue: 'said', speaker };
    const fs = text.indexOf(figure);
    const n: NumberDraft = { kind: 'number', span: { start: fs, end: fs + figure.length }, sentence: { start: 0, end: text.length }, extractor: 't', value: 1, qualifier: 'exact', unit, counts: null, approximate: false, source: null };
    attributeNumbers.refine({ doc, mentions: [], facts: [q, n], diagnostics: [] });
    return n.source?.name ?? n.source?.mention?.text ?? null;
  }

  it('does not credit the speaker with a figure that describes the speaker of a nested quote', () => {
    const text = 'She said fathers would not be eligible, and when pressed, the 41-year-old father of two replied, "It is meant for mothers."';
    const quote = 'fathers would not be eligible, and when pressed, the 41-year-old father of two replied, "It is meant for mothers.';
    expect(reported(text, quote, 'She', 'two', null, 'Ana Lindqvist')).toBeNull();
    // A figure of the claim itself stays the speaker's.
    expect(reported('She said 300 fathers would not be eligible.', '300 fathers would not be eligible', 'She', '300', null, 'Ana Lindqvist')).toBe('Ana Lindqvist');
  });

  it('gives no source for a speaker that is only a phrase naming a thing, not a person, body or publication', () => {
    expect(reported('The latest setback means the audit will take four years.', 'the audit will take four years', 'The latest setback', 'four years')).toBeNull();
    expect(reported("Orlen's new slides claim 40 percent of voters agree.", '40 percent of voters agree', "Orlen's new slides", '40 percent')).toBeNull();
    // People, bodies and publications stay sources, and so does a phrase ending on a name.
    expect(reported('Local officials said 300 homes were flooded.', '300 homes were flooded', 'Local officials', '300')).toBe('Local officials');
    expect(reported('The three firms said 300 jobs would go.', '300 jobs would go', 'The three firms', '300')).toBe('The three firms');
    expect(reported('A new survey found 30 percent of drivers speed.', '30 percent of drivers speed', 'A new survey', '30 percent')).toBe('A new survey');
    expect(reported('Several cast researchers said 300 scenes were cut.', '300 scenes were cut', 'Several cast researchers', '300')).toBe('Several cast researchers');
    expect(reported('A lot of people said 30 seconds was too long.', '30 seconds was too long', 'A lot of people', '30 seconds')).toBe('A lot of people');
    expect(reported('two points at the break and Varga said 55 minutes was enough.', '55 minutes was enough', 'two points at the break and Varga', '55 minutes')).toBe('two points at the break and Varga');
  });

  it('gives no source for an "it" that stands for nobody or a speaker that is only "The"', () => {
    expect(reported('It is worth noting that the $9 billion bill is due.', 'the $9 billion bill is due', 'It', '$9 billion')).toBeNull();
    expect(reported('It says the harbour board allocated $14 billion for the bridge.', 'the harbour board allocated $14 billion for the bridge', 'It', '$14 billion')).toBe('It');
    expect(reported('The harbour board spent 63 percent, the board said.', 'harbour board spent 63 percent', 'The', '63 percent')).toBeNull();
  });

  it('gives no source for an age set off by commas after a name in reported speech', () => {
    const text = 'Jo Bell, 30, of Velden, who was polled, said in an interview that she would vote.';
    expect(reported(text, 'Jo Bell, 30, of Velden, who was polled, said in an interview', 'Velden', '30', 'year old')).toBeNull();
  });
});

describe('corroborate: dates without an event', () => {
  const docOf = (id: string, raw: string) => makeDoc(raw, `${id}.txt`, id, []);
  const dated = (id: string, article: string, raw: string, dateText: string, value: string, event: string | null): DateFact => {
    const start = raw.indexOf(dateText);
    return { ...date(id, article, value, event), text: dateText, span: { start, end: start + dateText.length }, sentence: { start: 0, end: raw.length } };
  };

  it('links a dated plan to the same plan in another article through most of its sentence words', () => {
    const a = 'Construction of the Velden harbour bridge is due to start in September, the council said.';
    const b = 'Work on the Velden harbour bridge will start in September, officials confirmed.';
    const c = 'The Velden orchestra plans a concert tour in September.';
    const table = corroborate.refine(emptyTable([
      dated('a:d1', 'a', a, 'September', '2025-09', null),
      dated('b:d1', 'b', b, 'September', '2025-09', null),
      dated('c:d1', 'c', c, 'September', '2025-09', null),
    ]), [docOf('a', a), docOf('b', b), docOf('c', c)]);
    expect(table.facts.map((f) => f.corroboratedBy)).toEqual([['b'], ['a'], []]);
  });

  it('needs more than the topic words of one story, and a month or a day', () => {
    const a = 'Velden said on Monday that the harbour bridge will be rebuilt.';
    const b = 'On Monday, harbour workers in Velden went on strike over pay and pensions.';
    const c = 'The harbour bridge in Velden will be rebuilt by 2027, officials said.';
    const d = 'The harbour bridge in Velden will be rebuilt by 2027, the council said.';
    const table = corroborate.refine(emptyTable([
      dated('a:d1', 'a', a, 'Monday', '2025-03-10', null),
      dated('b:d1', 'b', b, 'Monday', '2025-03-10', null),
      dated('c:d1', 'c', c, '2027', '2027', null),
      dated('d:d1', 'd', d, '2027', '2027', null),
    ]), [docOf('a', a), docOf('b', b), docOf('c', c), docOf('d', d)]);
    expect(table.facts.map((f) => f.corroboratedBy)).toEqual([[], [], [], []]);
  });

  it('links an event-less date to a date whose event shares most words', () => {
    const a = 'Ana Lindqvist resigned as harbour director on Friday, the council said.';
    const table = corroborate.refine(emptyTable([
      dated('a:d1', 'a', a, 'Friday', '2025-03-14', null),
      date('b:d1', 'b', '2025-03-14', 'Ana Lindqvist resigned as director'),
    ]), [docOf('a', a)]);
    expect(table.facts.map((f) => f.corroboratedBy)).toEqual([['b'], ['a']]);
  });
});
