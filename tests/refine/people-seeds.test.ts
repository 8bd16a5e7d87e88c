import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/ingest/load.js';
import { extractDoc, factsFromDocs } from '../../src/pipeline.js';
import { docRefiners } from '../../src/refine/registry.js';
import type { DocExtraction } from '../../src/extract/types.js';
import { clusterName } from './doc-helper.js';

const { docs } = loadArticles(['seeds']);
const table = factsFromDocs(loadArticles(['seeds']).docs);
const person = (name: string) => table.entities.find((e) => e.kind === 'person' && e.name === name);

function refined(id: string): DocExtraction {
  const doc = docs.find((d) => d.article.id.startsWith(id))!;
  const ex = extractDoc(doc);
  for (const r of docRefiners) if (r.name !== 'link-speakers') r.refine(ex);
  return ex;
}

/** The cluster name of the pronoun mention that starts where `context` does (context begins with the pronoun). */
function pronounIn(ex: DocExtraction, context: string): string | null {
  const at = ex.doc.text.indexOf(context);
  expect(at).toBeGreaterThanOrEqual(0);
  const i = ex.mentions.findIndex((m) => m.start === at);
  expect(i).toBeGreaterThanOrEqual(0);
  return clusterName(ex, i);
}

describe('people on the sample articles', () => {
  it('finds Mark Rutte in all five articles with his roles and surface forms', () => {
    const rutte = person('Mark Rutte')!;
    expect(rutte).toBeDefined();
    expect(rutte.articles).toHaveLength(5);
    expect(rutte.aliases).toEqual(expect.arrayContaining(['Rutte', 'Mr Rutte']));
    expect(rutte.roles).toEqual(expect.arrayContaining(['NATO Secretary General', 'former Dutch prime minister', 'NATO chief']));
  });

  it('merges the three spellings of Zelensky into one entity', () => {
    const z = table.entities.filter((e) => e.kind === 'person' && /zelensk/i.test(e.name));
    expect(z).toHaveLength(1);
    const forms = [z[0].name, ...z[0].aliases];
    for (const f of ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Volodymyr Zelenskiy']) expect(forms).toContain(f);
    expect(z[0].roles).toContain('Ukrainian President');
  });

  it('gives Yermak his possessive role and keeps Andriy Yermak and Andrii Sybiha apart', () => {
    const yermak = person('Andriy Yermak')!;
    expect(yermak.roles).toContain("Zelensky's chief of staff");
    expect(yermak.aliases).toEqual(expect.arrayContaining(['Yermak', 'Mr Yermak']));
    const sybiha = person('Andrii Sybiha')!;
    expect(sybiha.roles).toEqual(['Ukrainian Foreign Minister']);
    expect(sybiha.id).not.toBe(yermak.id);
  });

  it('merges "Sing" into Sabrina Singh and "Mr Yoon" into Yoon Suk Yeol', () => {
    expect(person('Sabrina Singh')!.aliases).toContain('Sing');
    expect(person('Yoon Suk Yeol')!.aliases).toContain('Mr Yoon');
  });

  it('takes no nationality adjectives, months, boilerplate words or places as people', () => {
    const names = table.entities.filter((e) => e.kind === 'person').flatMap((e) => [e.name, ...e.aliases]);
    for (const bad of ['North Korean', 'South Korean', 'Sign', 'World War', 'Kursk', 'Monday', 'Soldiers', 'Dear']) {
      expect(names.filter((n) => n === bad || n.startsWith(`${bad} `))).toEqual([]);
    }
    expect(names).not.toContain('Kim'); // ambiguous: Kim Jong Un or Kim Yong-hyun
  });

  it('merges organizations across articles, including an office named through a pronoun', () => {
    const org = (name: string) => table.entities.find((e) => e.kind === 'organization' && e.name === name);
    expect(org('NATO')!.aliases).toContain('Nato');
    expect(org('NATO')!.articles).toHaveLength(5);
    expect(org('National Intelligence Service')!.articles).toHaveLength(2);
    const office = org("Yoon Suk Yeol's office")!;
    expect(office.aliases).toContain('Yoon’s office');
    expect(office.aliases).not.toContain('his office');
    expect(office.articles).toHaveLength(2);
  });

  it('writes role facts whose text is exactly the raw span', () => {
    const roles = table.facts.filter((f) => f.kind === 'role');
    expect(roles.length).toBeGreaterThan(10);
    for (const f of roles) {
      const raw = docs.find((d) => d.article.id === f.article)!.raw;
      expect(raw.slice(f.span.start, f.span.end)).toBe(f.text);
      expect(f.text).toBe(f.kind === 'role' ? f.role : '');
    }
  });

  it('resolves pronouns to the previous subject, not the object', () => {
    const st = refined('004');
    expect(pronounIn(st, 'He told Mr Rutte')).toBe('Yoon Suk Yeol');
    expect(pronounIn(st, 'he said on X')).toBe('Andrii Sybiha');
    const rfe = refined('003');
    expect(pronounIn(rfe, 'he said. “This is why')).toMatch(/^Volodymyr Zelensk/);
    expect(pronounIn(rfe, 'he said, mentioning')).toBe('Mark Rutte');
  });

  it('resolves "his office" and "the Secretary-General" where the text supports it', () => {
    const st = refined('004');
    const office = st.mentions.find((m) => m.text === 'his office')!;
    expect(office.name).toBe("Yoon Suk Yeol's office");
    const sg = refined('002');
    const title = sg.mentions.findIndex((m) => m.text === 'Secretary-General' && m.name === '');
    expect(clusterName(sg, title)).toBe('Mark Rutte');
  });
});
