import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../src/brief/index.js';
import { figureOf } from '../../src/brief/key-numbers.js';
import { renderBriefingPdf } from '../../src/render/pdf/briefing.js';
import { makeDoc } from '../../src/ingest/load.js';
import { factsFromDocs } from '../../src/pipeline.js';
import { FactTable, type NumberFact } from '../../src/schema/index.js';
import { readPdf } from './pdf-text.js';

/** Three invented reports of one story that disagree on a date, two titles and who said some words. */
const story = {
  a: [
    '---\ntitle: Northland and Southland sign harbour accord\noutlet: Harbor Post\npublished: 2031-03-15\n---',
    'Northland signed the Harbour Accord with Southland on 12 March 2031, ending a decade of disputes over the shared port.',
    '"We will never accept a harbour built on broken promises and empty words," said Ann Veldt, the Democratic senator for Northland.',
    'Foreign Secretary Tomas Brill said the port would reopen within a year.',
  ].join('\n\n'),
  b: [
    '---\ntitle: Harbour accord signed after years of talks\noutlet: Valley Ledger\npublished: 2031-03-15\n---',
    'Northland signed the Harbour Accord with Southland on 14 March 2031, officials in the capital said.',
    '"We will never accept a harbour built on broken promises and empty words," said Tomas Brill, who led the talks.',
    'Republican Senator Ann Veldt criticised the accord. Brill said the port would reopen within a year.',
  ].join('\n\n'),
  c: [
    '---\ntitle: What the harbour accord means\noutlet: Agence Nord\npublished: 2031-03-16\n---',
    'The accord was signed in March 2031. Home Secretary Tomas Brill said the port would reopen within a year.',
  ].join('\n\n'),
};

function briefing() {
  const docs = Object.entries(story).map(([id, text]) => makeDoc(`${text}\n`, `${id}.txt`, id, []));
  return buildBriefing(factsFromDocs(docs), docs);
}

describe('Where sources differ: dates, titles and speakers', () => {
  const b = briefing();
  const byKind = (kind: string) => b.differences.filter((d) => d.kind === kind);

  it('shows the two dates given for the signing', () => {
    expect(byKind('date')).toHaveLength(1);
    const [d] = byKind('date');
    expect(d.about).toBe('Northland signed the Harbour Accord with Southland');
    expect(d.variants.map((v) => [v.figure, v.reportedBy])).toEqual([
      ['12 Mar 2031', ['a']],
      ['14 Mar 2031', ['b']],
    ]);
  });

  it("shows each person's conflicting titles", () => {
    const titles = byKind('role').map((d) => [d.about, d.variants.map((v) => `${v.figure} (${v.reportedBy.join(', ')})`)]);
    expect(titles).toEqual(
      expect.arrayContaining([
        ['Ann Veldt', ['Democratic senator for Northland (a)', 'Republican Senator (b)']],
        ['Tomas Brill', ['Foreign Secretary (a)', 'Home Secretary (c)']],
      ]),
    );
  });

  it('shows who each article says spoke the words', () => {
    const [d] = byKind('quote');
    expect(d.about).toBe('We will never accept a harbour built on broken promises and empty words');
    expect(d.variants.map((v) => [v.figure, v.reportedBy])).toEqual([
      ['Ann Veldt', ['a']],
      ['Tomas Brill', ['b']],
    ]);
  });

  it('does not count an article that contradicts a key sentence as reporting it', () => {
    const signed = b.whatHappened.filter((s) => s.text.startsWith('Northland signed'));
    expect(signed.length).toBeGreaterThan(0);
    for (const s of signed) expect(s.reportedBy).toEqual([s.article, ...(s.article === 'a' ? [] : ['c'])]);
  });

  it('does not count the article that names someone else as reporting the key quote', () => {
    const q = b.keyQuotes.find((k) => k.quote.startsWith('We will never accept'));
    expect(q?.reportedBy).toHaveLength(1);
  });

  it('prints each kind with its own label on the one page', async () => {
    const text = (await readPdf(await renderBriefingPdf(b))).text;
    expect(text).toContain('Where sources differ');
    expect(text).toContain('Date of: Northland signed the Harbour Accord');
    expect(text).toContain('Who said “We will never accept');
    expect(text).toContain('Title of ');
    expect(text).toMatch(/12 Mar 2031 \(Harbor Post\) vs 14 Mar 2031 \(Valley Ledger\)/);
  });
});

describe('figureOf', () => {
  const n = (text: string, qualifier: NumberFact['qualifier']) => ({ text, qualifier }) as NumberFact;

  it('adds the qualifier only when the text does not already say it', () => {
    expect(figureOf(n('600,000', 'more-than'))).toBe('more than 600,000');
    expect(figureOf(n('below 5%', 'less-than'))).toBe('below 5%');
    expect(figureOf(n('Over 600,000', 'more-than'))).toBe('Over 600,000');
    expect(figureOf(n('5,000 or more', 'at-least'))).toBe('5,000 or more');
  });
});

describe('titles as a reader expects them', () => {
  it('writes out title abbreviations and keeps a disputed title out of a quote label', () => {
    const docs = [
      makeDoc('Democratic Sen. Ann Veldt criticised the plan. "This harbour plan is a disaster for every family in Northland," Veldt said.\n', 'a.txt', 'a', []),
      makeDoc('Republican Sen. Ann Veldt criticised the plan.\n', 'b.txt', 'b', []),
      makeDoc('Senator Ann Veldt, a lawyer, criticised the plan.\n', 'c.txt', 'c', []),
    ];
    const b = buildBriefing(factsFromDocs(docs), docs);
    expect(b.whosWho.find((w) => w.name === 'Ann Veldt')?.roles).toEqual(expect.arrayContaining(['Democratic Senator']));
    expect(b.keyQuotes[0]).toMatchObject({ speaker: 'Ann Veldt' });
    expect(b.keyQuotes[0].role).not.toMatch(/Democratic|Republican/);
    expect(b.differences.map((d) => d.kind)).toEqual(['role']);
  });
});

describe('key numbers', () => {
  it('leave out "one" of something: no figure worth knowing', () => {
    const docs = [makeDoc('The council cited one relevant harbour law. The flood in Velden destroyed 1,200 homes on Monday.\n', 'a.txt', 'a', [])];
    const figures = buildBriefing(factsFromDocs(docs), docs).keyNumbers.map((n) => n.figure);
    expect(figures).toContain('1,200');
    expect(figures).not.toContain('one');
  });
});

describe('key numbers are one line per figure and per thing counted', () => {
  const a = 'Velden harbour fees rose 20% this year. Harbour toll income reached $4.2bn, up from $3.9bn. The harbour moved 20 boats.\n';
  const b = 'Ostra ferry fares rose 20% in spring. The ferry firm carries 4,000 passengers a day.\n';
  const docs = [makeDoc(a, 'a.txt', 'a', []), makeDoc(b, 'b.txt', 'b', [])];
  const num = (article: string, text: string, find: string, value: number, unit: string | null, counts: string | null, corroboratedBy: string[] = []): NumberFact => {
    const start = text.indexOf(find);
    const stop = text.lastIndexOf('. ', start);
    const end = text.indexOf('.', start + find.length + 1);
    return { id: `${article}:${find}`, article, kind: 'number', span: { start, end: start + find.length }, text: find, sentence: { start: stop < 0 ? 0 : stop + 2, end: end + 1 }, corroboratedBy, extractor: 'test', value, qualifier: 'exact', unit, counts, approximate: false, source: null, conflictsWith: [] };
  };
  const table = (facts: NumberFact[]) =>
    FactTable.parse({ schemaVersion: 1, articles: [{ id: 'a', path: 'a.txt', publishedFrom: 'unknown' }, { id: 'b', path: 'b.txt', publishedFrom: 'unknown' }], entities: [], facts });

  it('does not merge one value that counts different things in unlinked articles', () => {
    const b1 = buildBriefing(table([num('a', a, '20%', 20, '%', 'harbour fees rise'), num('b', b, '20%', 20, '%', 'ferry fares rise')]), docs);
    const twenty = b1.keyNumbers.filter((n) => n.figure === '20%');
    expect(twenty).toHaveLength(1);
    expect(twenty[0].reportedBy).toHaveLength(1);
  });

  it('merges it when the corroboration step linked the articles', () => {
    const b2 = buildBriefing(table([num('a', a, '20%', 20, '%', 'harbour fees rise', ['b']), num('b', b, '20%', 20, '%', 'ferry fares rise', ['a'])]), docs);
    expect(b2.keyNumbers.find((n) => n.figure === '20%')?.reportedBy.sort()).toEqual(['a', 'b']);
  });

  it('shows one figure per thing counted, and no one-word "what" from the counts', () => {
    const b3 = buildBriefing(table([num('a', a, '$4.2bn', 4.2e9, 'USD', 'harbour toll income'), num('a', a, '$3.9bn', 3.9e9, 'USD', 'harbour toll income'), num('a', a, '20 boats', 20, null, 'moved')]), docs);
    expect(b3.keyNumbers.filter((n) => n.what === 'harbour toll income')).toHaveLength(1);
    const boats = b3.keyNumbers.find((n) => n.figure === '20 boats');
    expect(boats?.whatFromCounts).toBe(false);
  });
});
