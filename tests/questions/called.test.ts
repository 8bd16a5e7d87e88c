import { describe, expect, it } from 'vitest';
import { uncertainPerson, usuallyWithThe } from '../../src/questions/context.js';

describe('usuallyWithThe: organisations are named in stems as the reports name them', () => {
  it('adds "the" when most uses in the texts have it', () => {
    const a = 'Figures from the Office for Road Safety show a fall. The Office for Road Safety said more work was needed.';
    expect(usuallyWithThe('Office for Road Safety', [a])).toBe(true);
  });

  it('keeps bare names bare', () => {
    expect(usuallyWithThe('Brightwater Mining', ['Brightwater Mining said profits rose. Shares in Brightwater Mining fell.'])).toBe(false);
  });

  it('counts whole words only and ignores names that already start with "the"', () => {
    expect(usuallyWithThe('Kell', ['the Kellogg plant closed; Kell said it would reopen.'])).toBe(false);
    expect(usuallyWithThe('The Herald Group', ['the The Herald Group'])).toBe(false);
  });

  it('is false when the texts cannot be read', () => {
    expect(usuallyWithThe('Harbour Board', [undefined])).toBe(false);
  });
});

describe('uncertainPerson: one bare word is as likely a company as a person', () => {
  const person = (name: string, roles: string[] = [], aliases: string[] = []) => ({
    key: name,
    name,
    kind: 'person' as const,
    roles,
    articles: ['a'],
    names: new Set([name, ...aliases].map((n) => n.toLowerCase())),
    quotes: 1,
  });
  it('flags a bare single word without role or longer alias', () => {
    expect(uncertainPerson(person('Brightwater'))).toBe(true);
  });
  it('keeps full names, titled people and people known by a longer alias', () => {
    expect(uncertainPerson(person('Ilse Brandt'))).toBe(false);
    expect(uncertainPerson(person('Brandt', ['Finance Minister']))).toBe(false);
    expect(uncertainPerson(person('Brandt', [], ['Lord Brandt']))).toBe(false);
    expect(uncertainPerson({ ...person('Brightwater'), kind: 'organization' })).toBe(false);
  });
});
