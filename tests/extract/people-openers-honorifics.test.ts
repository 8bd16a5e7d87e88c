import { describe, expect, it } from 'vitest';
import type { Mention, RoleDraft } from '../../src/extract/types.js';
import { extract } from '../refine/doc-helper.js';

const named = (text: string) => extract(text).mentions.filter((m) => m.name);
const find = (text: string, name: string): Mention | undefined => named(text).find((m) => m.name === name);
const roleOf = (text: string, name: string) => find(text, name)?.role ?? null;
const roleFacts = (text: string) => extract(text).facts.filter((f): f is RoleDraft => f.kind === 'role').map((f) => f.role);

describe('a participle or adverb opening a sentence before a comma is no name', () => {
  it.each([
    'Responding, the minister, Hon. Tade Olumo, said the fee would stay.',
    'Continuing, the governor said the plan would work.',
    'Commenting, the chairman, Dayo Fenwick, said nothing more.',
    'Separately, the spokesman, Ivo Marsk, said the talks had ended.',
    'Additionally, the mayor said roads would reopen.',
  ])('%s', (text) => {
    const names = named(text).map((m) => m.name);
    for (const n of names) expect(n).not.toMatch(/^(?:Responding|Continuing|Commenting|Separately|Additionally)$/);
  });

  it('the role after the participle goes to the named person', () => {
    const text = 'Responding, the Commissioner for Trade, Hon. Tade Olumo, said the fee would stay.';
    expect(roleOf(text, 'Tade Olumo')).toBe('Commissioner for Trade');
  });

  it('a surname of that shape stays a name once the document gives it with a given name', () => {
    const text = 'Ada Keeling joined in May. Keeling, the coach, said the side was ready.';
    expect(named(text).map((m) => m.name)).toContain('Keeling');
  });
});

describe('honorifics between a role and a name', () => {
  it.each([
    ['The chairman of the Riverside Growers Union, Alhaji Bello Kanuri, said prices rose.', 'Bello Kanuri', 'chairman of the Riverside Growers Union'],
    ['The Commissioner for Works and Housing, Hon. Tade Olumo, said the toll was fair.', 'Tade Olumo', 'Commissioner for Works and Housing'],
    ['A cassava seller, Mrs Funmi Oduya, said sales had halved.', 'Funmi Oduya', 'cassava seller'],
    ['A district officer of the Grain Board, Mrs Esi Amankwa-Boateng, said stocks were low.', 'Esi Amankwa-Boateng', 'district officer of the Grain Board'],
  ])('%s', (text, name, role) => {
    expect(find(text, name)?.text.startsWith(name)).toBe(false);
    expect(roleOf(text, name)).toBe(role);
  });
});

describe('roles of more than one word before a comma', () => {
  it.each([
    ['His directeur sportif, Enzo Varelli, said the team was tired.', 'Enzo Varelli', 'directeur sportif'],
    ['The police and crime commissioner, Dan Hurlock, said crime fell.', 'Dan Hurlock', 'police and crime commissioner'],
    ['The Minister of Trade and Industry, Lanre Obaku, said no.', 'Lanre Obaku', 'Minister of Trade and Industry'],
    ['The press officer in the state, Bisi Adeolu, said two were held.', 'Bisi Adeolu', 'press officer'],
  ])('%s', (text, name, role) => {
    expect(roleOf(text, name)).toBe(role);
  });

  it('"and" between two names is no role', () => {
    expect(roleFacts('Smith and Jones, Dan Hurlock said, were late.')).toEqual([]);
  });
});

describe('lower-case job words', () => {
  it.each([
    ['Retired joiner Hamish Forrow said the roof leaked.', 'Hamish Forrow', 'Retired joiner'],
    ['The meeting heard from hall committee convener Ailsa Brodwick on Monday.', 'Ailsa Brodwick', 'hall committee convener'],
    ['Rashid Kanwari, 56, a smallholder, said the water rose.', 'Rashid Kanwari', 'smallholder'],
    ['Tomas Vell, 40, a roofer, said the slates were old.', 'Tomas Vell', 'roofer'],
  ])('%s', (text, name, role) => {
    expect(roleOf(text, name)).toBe(role);
  });
});

describe('kin words', () => {
  it('each relative keeps the kin word written beside their own name', () => {
    const text = 'Her father, Piet Mellor, founded the firm. Her cousin Jack Mellor said he was proud.';
    expect(roleOf(text, 'Piet Mellor')).toBe('father');
    expect(roleOf(text, 'Jack Mellor')).toBe('cousin');
  });
});

describe('police ranks written as letters', () => {
  it('"SP" before a name is a rank, and the post before the comma is a role too', () => {
    const text = 'The police press officer in the region, SP Bisi Adeolu, told reporters two were held.';
    const m = find(text, 'Bisi Adeolu');
    expect(m?.role).toBe('SP');
    expect(roleFacts(text)).toEqual(expect.arrayContaining(['SP', 'police press officer']));
  });

  it('"the SP" alone is no person', () => {
    const ex = extract('The SP won 40 seats, its leader said.');
    expect(ex.mentions.filter((m) => m.kind === 'person' && m.text === 'SP')).toEqual([]);
  });
});

describe('"Col de", "Col du": a mountain pass, not a colonel', () => {
  it.each(['He attacked 5km from the top of the Col de Varenne to win.', 'They crossed the Col du Peyrol at noon.'])('%s', (text) => {
    expect(roleFacts(text)).toEqual([]);
    expect(named(text).filter((m) => m.kind === 'person')).toEqual([]);
  });

  it('the rank still comes before a name', () => {
    expect(roleOf('Col Marta Vell said the troops left.', 'Marta Vell')).toBe('Col');
  });
});

describe('-scientist compounds are occupations', () => {
  it('a second role after a title: "Professor X, a neuroscientist at Y"', () => {
    const text = 'Professor Ada Quell, a neuroscientist at Norvale Institute who was not involved, said the findings were new.';
    expect(roleFacts(text)).toEqual(expect.arrayContaining(['Professor', 'neuroscientist at Norvale Institute']));
  });
});
