import { describe, expect, it } from 'vitest';
import { factsFromDocs } from '../../src/pipeline.js';
import { makeDoc } from '../../src/ingest/load.js';
import { readRole } from '../../src/refine/disagreements.js';
import type { Fact, FactTable } from '../../src/schema/index.js';

/** Invented articles, run through the whole pipeline. */
function tableOf(articles: Record<string, string>): FactTable {
  return factsFromDocs(Object.entries(articles).map(([id, text]) => makeDoc(text, `${id}.txt`, id, [])));
}

/** Each fact of a kind as [text, ids it conflicts with]. */
const links = (t: FactTable, kind: Fact['kind']) => t.facts.filter((f) => f.kind === kind).map((f) => [f.id, f.conflictsWith ?? []]);

describe('disagreements: dates', () => {
  it('flags two days for the same event in different articles, not the month that holds both', () => {
    const t = tableOf({
      a: 'Northland signed the Harbour Accord with Southland on 12 March 2031.\n',
      b: 'Northland signed the Harbour Accord with Southland on 14 March 2031, officials said.\n',
      c: 'Northland signed the Harbour Accord with Southland in March 2031.\n',
    });
    expect(links(t, 'date')).toEqual([
      ['a:d1', ['b:d1']],
      ['b:d1', ['a:d1']],
      ['c:d1', []],
    ]);
  });

  it('links each copy of a story that repeats the event, and not the copies with each other', () => {
    const t = tableOf({
      a: 'Northland signed the Harbour Accord with Southland on 12 March 2031.\n',
      b: 'Northland signed the Harbour Accord with Southland on 12 March 2031.\n',
      c: 'Northland signed the Harbour Accord with Southland on 14 March 2031, officials said.\n',
    });
    expect(links(t, 'date')).toEqual([
      ['a:d1', ['c:d1']],
      ['b:d1', ['c:d1']],
      ['c:d1', ['a:d1', 'b:d1']],
    ]);
  });

  it('leaves years alone: events that recur (bids, seasons) differ by years', () => {
    const t = tableOf({
      a: 'Vera Holm backed Tomas Brill for the Northland presidency in 2031.\n',
      b: 'Vera Holm backed Tomas Brill for the Northland presidency in 2035.\n',
    });
    expect(links(t, 'date')).toEqual([
      ['a:d1', []],
      ['b:d1', []],
    ]);
  });

  it('needs the year written: relative dates depend on normalisation', () => {
    const t = tableOf({
      a: '---\npublished: 2034-05-20\n---\nNorthland signed the Harbour Accord with Southland nearly three years ago.\n',
      b: '---\npublished: 2034-05-20\n---\nNorthland signed the Harbour Accord with Southland in February 2032.\n',
    });
    for (const f of t.facts) expect(f.conflictsWith ?? []).toEqual([]);
  });

  it('does not flag bounds, repeated events, an article that gives both dates, or the day something was announced', () => {
    const t = tableOf({
      a: 'Northland has blockaded the Southland harbour since March 2031.\n',
      b: 'Northland blockaded the Southland harbour in May 2031.\n',
      c: 'The annual Northland harbour summit with Southland opened in June 2031.\n',
      d: 'The annual Northland harbour summit with Southland opened in June 2032.\n',
      e: 'Northland ratified the Harbour Accord with Southland on 3 April 2031. Critics say Northland ratified the Harbour Accord with Southland on 9 April 2031.\n',
      f: 'Northland ratified the Harbour Accord with Southland on 20 April 2031.\n',
      g: 'Northland announced on 3 June 2031 that it had signed the Harbour Accord with Southland.\n',
      h: 'Northland signed the Harbour Accord with Southland on 1 June 2031.\n',
    });
    for (const f of t.facts) expect([f.id, f.conflictsWith ?? []]).toEqual([f.id, []]);
  });
});

describe('disagreements: titles', () => {
  it('reads head, standing, party and portfolio', () => {
    expect(readRole('former Democratic senator for Northland')).toEqual({ head: 'senator', standing: 'former', party: ['democratic'], portfolio: [] });
    expect(readRole('Secretary of State')).toEqual({ head: 'secretary', standing: '', party: [], portfolio: ['state'] });
    expect(readRole('Lib Dem spokeswoman')).toMatchObject({ head: 'spokesperson', party: ['libdem'] });
    expect(readRole('shadow home secretary')).toMatchObject({ head: 'secretary', standing: 'shadow', portfolio: ['home'] });
  });

  it('flags two parties or two portfolios given to one person by different articles', () => {
    const t = tableOf({
      a: 'Ann Veldt, the Democratic senator for Northland, criticised the harbour plan.\n',
      b: 'Republican Senator Ann Veldt criticised the harbour plan.\n',
      c: 'Foreign Secretary Tomas Brill defended the plan.\n',
      d: 'Home Secretary Tomas Brill defended the plan.\n',
    });
    expect(links(t, 'role')).toEqual([
      ['a:r1', ['b:r1']],
      ['b:r1', ['a:r1']],
      ['c:r1', ['d:r1']],
      ['d:r1', ['c:r1']],
    ]);
  });

  it('compares only titles of the same standing and head, and trusts an article that gives both', () => {
    const t = tableOf({
      a: 'Former Foreign Secretary Tomas Brill defended the plan.\n',
      b: 'Home Secretary Tomas Brill defended the plan.\n',
      c: 'Deputy Finance Minister Ida Marsh spoke first.\n',
      d: 'Trade Minister Ida Marsh spoke first.\n',
      e: 'Health Secretary Ole Sand spoke. Ole Sand, the education secretary until May, left early.\n',
      f: 'Justice Secretary Ole Sand spoke.\n',
    });
    for (const f of t.facts) expect([f.id, f.conflictsWith ?? []]).toEqual([f.id, []]);
  });

  it('ignores a title written before someone else\'s name', () => {
    const t = tableOf({
      a: 'Democratic nominee Ann Veldt leads the polls.\n',
      b: 'Voters prefer Ann Veldt, Republican nominee Bob Hart trails.\n',
    });
    for (const f of t.facts) expect([f.id, f.conflictsWith ?? []]).toEqual([f.id, []]);
  });
});

describe('disagreements: who said it', () => {
  const words = '"We will never accept a harbour built on broken promises and empty words,"';

  it('flags the same words in quotation marks given to two people', () => {
    const t = tableOf({
      a: `${words} said Ann Veldt, the opposition leader.\n`,
      b: `${words} said Tomas Brill, the transport minister.\n`,
    });
    expect(links(t, 'quote')).toEqual([
      ['a:q1', ['b:q1']],
      ['b:q1', ['a:q1']],
    ]);
  });

  it('does not flag a speaker repeating words in inner quotation marks, or with the other person named beside them', () => {
    const t = tableOf({
      a: `${words} said Ann Veldt, the opposition leader.\n`,
      b: '"Ann Veldt told us \'we will never accept a harbour built on broken promises and empty words\' and we agree," said Tomas Brill.\n',
      c: `Echoing Ann Veldt, Ida Marsh said: ${words.replace(/,"$/, '."')}\n`,
    });
    for (const f of t.facts) expect([f.id, f.conflictsWith ?? []]).toEqual([f.id, []]);
  });

  it('reads a quote repeated by copies of a story once, and links every copy', () => {
    const t = tableOf({
      a: `${words} said Ann Veldt, the opposition leader.\n`,
      b: `${words} said Ann Veldt, the opposition leader.\n`,
      c: `${words} said Tomas Brill, the transport minister.\n`,
    });
    expect(links(t, 'quote')).toEqual([
      ['a:q1', ['c:q1']],
      ['b:q1', ['c:q1']],
      ['c:q1', ['a:q1', 'b:q1']],
    ]);
  });

  it('does not flag short stock phrases or one family name', () => {
    const t = tableOf({
      a: '"We will win this," said Ann Veldt.\n',
      b: '"We will win this," said Tomas Brill.\n',
      c: `${words} said Ann Veldt.\n`,
      d: `${words} said Ole Veldt.\n`,
    });
    for (const f of t.facts) expect([f.id, f.conflictsWith ?? []]).toEqual([f.id, []]);
  });
});

describe('disagreements: titles over time', () => {
  it('does not flag titles from articles published months apart (a reshuffle may lie between)', () => {
    const t = tableOf({
      a: '---\npublished: 2031-01-10\n---\nHome Secretary Tomas Brill defended the plan.\n',
      b: '---\npublished: 2031-06-10\n---\nForeign Secretary Tomas Brill defended the plan.\n',
      c: '---\npublished: 2031-06-20\n---\nJustice Secretary Tomas Brill defended the plan.\n',
    });
    expect(links(t, 'role')).toEqual([
      ['a:r1', []],
      ['b:r1', ['c:r1']],
      ['c:r1', ['b:r1']],
    ]);
  });
});
