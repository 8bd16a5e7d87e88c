import { describe, expect, it } from 'vitest';
import { buildEntities } from '../../src/refine/build-entities.js';
import { nameParts } from '../../src/refine/mention-forms.js';
import { extract, refine } from './doc-helper.js';

const articles = (...texts: string[]) => texts.map((t, i) => refine(extract(t, `a${i + 1}`)));

describe('build-entities', () => {
  it('merges name variants across two articles, with aliases, roles and articles', () => {
    const { entities } = buildEntities(
      articles(
        'Ukrainian President Volodymyr Zelensky spoke in Kyiv. Zelensky thanked NATO.',
        'Volodymyr Zelenskyy, a former comedian, met Nato ministers. Mr Zelenskyy left.',
      ),
    );
    const z = entities.filter((e) => e.kind === 'person' && /Zelensk/.test(e.name));
    expect(z).toHaveLength(1);
    expect(z[0].name).toBe('Volodymyr Zelenskyy');
    expect(z[0].aliases).toEqual(expect.arrayContaining(['Volodymyr Zelensky', 'Zelensky', 'Mr Zelenskyy']));
    expect(z[0].roles).toEqual(['Ukrainian President', 'former comedian']);
    expect(z[0].articles).toEqual(['a1', 'a2']);
    const nato = entities.filter((e) => e.kind === 'organization' && /nato/i.test(e.name));
    expect(nato).toHaveLength(1);
    expect(nato[0].articles).toEqual(['a1', 'a2']);
  });

  it('names a person as most articles spell the name, not with a shift-key slip', () => {
    const { entities } = buildEntities(articles('Mayor JAne Okafor spoke in Velden.', 'Mayor Jane Okafor left Velden.'));
    const okafor = entities.filter((e) => e.kind === 'person' && /okafor/i.test(e.name));
    expect(okafor).toHaveLength(1);
    expect(okafor[0].name).toBe('Jane Okafor');
    expect(okafor[0].aliases).toContain('JAne Okafor');
  });

  it('keeps Andriy and Andrii apart when their surnames differ', () => {
    const { entities } = buildEntities(articles('Chief of staff Andriy Yermak spoke.', 'Foreign Minister Andrii Sybiha spoke.'));
    expect(entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Andriy Yermak', 'Andrii Sybiha']);
  });

  it('keeps a titled surname from another article apart from a namesake with another title', () => {
    const { entities } = buildEntities(articles('Ambassador Tom Quarle spoke in Velden.', 'Voters liked President Quarle in 1976.'));
    expect(entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Tom Quarle', 'Quarle']);
    const same = buildEntities(articles('Senator Tom Quarle spoke in Velden.', 'Later Sen. Quarle left.'));
    expect(same.entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Tom Quarle']);
    const running = buildEntities(articles('Party candidate Tom Quarle spoke in Velden.', 'Later Senator Quarle left.'));
    expect(running.entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Tom Quarle']);
  });

  it('merges a bare surname from another article only with the one person who has it', () => {
    const { entities } = buildEntities(articles('Minister Jane Okafor spoke. Tom Wright listened.', 'Mr Okafor repeated the call.'));
    const okafor = entities.find((e) => e.name === 'Jane Okafor')!;
    expect(okafor.aliases).toContain('Mr Okafor');
    expect(okafor.articles).toEqual(['a1', 'a2']);
  });

  it('merges "Sen. Brack" in one article with "John Brack" in another, either order', () => {
    for (const texts of [['Sen. Brack said the bill was dead.', 'John Brack spoke first.'], ['John Brack spoke first.', 'Sen. Brack said the bill was dead.']]) {
      const brack = buildEntities(articles(...texts)).entities.filter((e) => e.kind === 'person');
      expect(brack.map((e) => `${e.name}:${e.articles.join(',')}`)).toEqual(['John Brack:a1,a2']);
    }
  });

  it('keeps "Will Brack" (a given name that is also a function word) apart from "Doug Brack" elsewhere', () => {
    const { entities } = buildEntities(articles('This year, Will Brack, star of the film, spoke.', 'Doug Brack resigned.'));
    expect(entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Will Brack', 'Doug Brack']);
  });

  it('keeps a short surname apart from a longer one that starts with it ("Lee", "Leeson")', () => {
    const { entities } = buildEntities(articles('Tom Lee spoke first. Lee said no.', 'Anna Leeson replied. Leeson said yes.'));
    expect(entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Tom Lee', 'Anna Leeson']);
  });

  it('gives "Mr" + surname to the namesake most articles are about, not when two are alike', () => {
    const main = ['Premier Tom Velden spoke.', 'Tom Velden met Lena Varga.', 'Tom Velden left.', 'Tom Velden came back.'];
    const withSon = buildEntities(articles('Sir Ian Velden, the police chief, spoke.', ...main, 'Mr Velden said no.')).entities;
    expect(withSon.find((e) => e.name === 'Tom Velden')!.aliases).toContain('Mr Velden');
    const even = buildEntities(articles('Sir Ian Velden spoke.', 'Ian Velden left.', 'Tom Velden spoke.', 'Tom Velden left.', 'Mr Velden said no.')).entities;
    expect(even.find((e) => e.name === 'Tom Velden')!.aliases).not.toContain('Mr Velden');
    expect(even.find((e) => e.name === 'Ian Velden')!.aliases).not.toContain('Mr Velden');
  });

  it('gives ids in order of first appearance, the same on every run', () => {
    const texts = ['Mr Tom Wright met Jane Okafor in Paris.', 'Jane Okafor flew to Berlin. Lena Varga joined.'];
    const a = buildEntities(articles(...texts));
    const b = buildEntities(articles(...texts));
    expect(a.entities).toEqual(b.entities);
    expect(a.entities.map((e) => `${e.id}:${e.name}`)).toEqual(['e1:Tom Wright', 'e2:Jane Okafor', 'e3:Paris', 'e4:Berlin', 'e5:Lena Varga']);
    expect(a.byCluster).toHaveLength(texts.length);
    expect(a.byCluster.every((clusters) => [...clusters.keys()].every(Number.isInteger))).toBe(true);
  });

  it('types a bare name as the organization another article shows it to be, in either order', () => {
    const orgFirst = buildEntities(articles('Shares in Zentrix fell after phone company Zentrix warned on profits. Zentrix said costs rose.', 'Zentrix said it would cut jobs.'));
    const orgLast = buildEntities(articles('Zentrix said it would cut jobs.', 'Shares in Zentrix fell after phone company Zentrix warned on profits. Zentrix said costs rose.'));
    for (const { entities } of [orgFirst, orgLast]) {
      const z = entities.filter((e) => e.name === 'Zentrix');
      expect(z.map((e) => e.kind)).toEqual(['organization']);
      expect(z[0].articles).toEqual(['a1', 'a2']);
    }
  });

  it('keeps a person with a title or given name a person although the name is a company elsewhere', () => {
    const { entities } = buildEntities(articles('Shares in Zentrix fell. Zentrix said costs rose.', 'Mr Zentrix said he would retire.'));
    expect(entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Zentrix']);
  });

  it('gives a bare "Mr" + surname from another article to the one man of that surname', () => {
    const { entities } = buildEntities(articles('Anna Dalberg spoke first. Peter Dalberg replied.', 'Mr Dalberg said the plan was good.'));
    const peter = entities.find((e) => e.name === 'Peter Dalberg')!;
    expect(peter.aliases).toContain('Mr Dalberg');
    expect(peter.articles).toEqual(['a1', 'a2']);
    expect(entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Anna Dalberg', 'Peter Dalberg']);
  });

  it('gives "President" + surname from another article to the one person of that surname with that title', () => {
    const { entities } = buildEntities(articles('President Peter Dalberg spoke. Anna Dalberg waved.', 'President Dalberg said the plan was good.'));
    expect(entities.find((e) => e.name === 'Peter Dalberg')!.articles).toEqual(['a1', 'a2']);
    expect(entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Peter Dalberg', 'Anna Dalberg']);
  });

  it('keeps two full names with other middle initials apart, though both fit the name without one', () => {
    const { entities } = buildEntities(
      articles('Former President George H.W. Quarle spoke. George Quarle left.', 'Former President George W. Quarle spoke in Velden.'),
    );
    expect(entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['George H.W. Quarle', 'George W. Quarle']);
  });

  it('reads a lower-case particle as no given name, a capitalised first word as one', () => {
    const { entities } = buildEntities(articles('Director Daniel ole Parkesy said so. Ole Brennvik said no.', 'Daniel Parkesy spoke.'));
    expect(entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Daniel ole Parkesy', 'Ole Brennvik']);
    expect(nameParts('Daniel ole Parkesy')).toMatchObject({ given: 'daniel', surnames: ['parkesy'] });
    expect(nameParts('Ole Brennvik')).toMatchObject({ given: 'ole', surnames: ['brennvik'] });
    expect(nameParts('Anna van der Berg')).toMatchObject({ given: 'anna', surnames: ['berg'] });
  });
});
