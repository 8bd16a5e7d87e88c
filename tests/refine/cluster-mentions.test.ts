import { describe, expect, it } from 'vitest';
import { extract, refine } from './doc-helper.js';

const clustersOf = (text: string) => {
  const ex = refine(extract(text));
  const byCluster = new Map<number, string[]>();
  for (const m of ex.mentions) {
    if (m.cluster === undefined || !m.name) continue;
    byCluster.set(m.cluster, [...(byCluster.get(m.cluster) ?? []), m.text]);
  }
  return { ex, groups: [...byCluster.values()] };
};

describe('cluster-mentions', () => {
  it('does not give a titled surname to a relative named in full who never holds the title', () => {
    const { groups } = clustersOf('President Quarle opened the bridge. His son, Tomas Quarle, a banker, was there. Tomas Quarle said it was overdue. President Quarle said it would carry cars.');
    expect(groups).toContainEqual(['Tomas Quarle', 'Tomas Quarle']);
    expect(groups).toContainEqual(['Quarle', 'Quarle']);
  });

  it('still joins a titled surname to a relative written with that title', () => {
    const { groups } = clustersOf('His son, President Tomas Quarle, opened the bridge. President Quarle said it would carry cars.');
    expect(groups).toContainEqual(['Tomas Quarle', 'Quarle']);
  });

  it('gives a titled surname to the namesake whose full name carries that title', () => {
    const { groups } = clustersOf('Ann Quarle spoke in Velden. Former President Tom Quarle joined her. Quarle said the plan was good. President Quarle left early.');
    expect(groups).toContainEqual(['Tom Quarle', 'Quarle']);
  });

  it('gives a titled surname to the one namesake written with no other title', () => {
    const { groups } = clustersOf('Judge Ann Quarle spoke in Velden. Tom Quarle joined her. President Quarle left early.');
    expect(groups).toContainEqual(['Tom Quarle', 'Quarle']);
  });

  it('gives no role to a namesake when the title is tied to none of the people sharing the surname', () => {
    const { ex } = clustersOf('Ann Quarle spoke in Velden. Tom Quarle joined her. Quarle said the plan was good. It was signed by President Quarle in 1998.');
    const roles = ex.facts.filter((f) => f.kind === 'role');
    expect(roles).toEqual([]);
  });

  it('keeps a titled surname with a pronoun of the other gender apart from the one person of that surname', () => {
    const { ex, groups } = clustersOf('Ann Velden spoke at the rally on Monday. President Velden will visit the region next week, his aides said.');
    expect(groups).toContainEqual(['Ann Velden']);
    expect(groups).toContainEqual(['Velden']);
    const roles = ex.facts.filter((f) => f.kind === 'role').map((f) => f.kind === 'role' && ex.mentions[f.mentionIndex].cluster);
    expect(roles).toEqual([ex.mentions.find((m) => m.text === 'Velden')!.cluster]);
  });

  it('keeps a titled surname after a kin word apart ("her husband, former President Velden")', () => {
    const { groups } = clustersOf('Ann Velden arrived with her husband, former President Velden. She spoke first.');
    expect(groups).toContainEqual(['Ann Velden']);
    expect(groups).toContainEqual(['Velden']);
  });

  it('still merges a titled surname when the gender agrees or the pronoun may be someone else\'s', () => {
    expect(clustersOf('Tom Velden spoke on Monday. President Velden will visit next week, his aides said.').groups).toContainEqual(['Tom Velden', 'Velden']);
    // An object: "she" is the subject of the sentence, not the president.
    expect(clustersOf('Ann Velden spoke on Monday. The senator swore fealty to President Velden as she sought votes.').groups).toContainEqual(['Ann Velden', 'Velden']);
  });

  it('keeps two full names with different middle initials apart ("George W. Roe" and "George H.W. Roe")', () => {
    const { groups } = clustersOf('George H.W. Quarle spoke first. Then George W. Quarle spoke. George Quarle left.');
    expect(groups.some((g) => g.includes('George H.W. Quarle') && g.includes('George W. Quarle'))).toBe(false);
  });

  it('puts a full name, the bare surname and Mr + surname in one cluster', () => {
    const { groups } = clustersOf('NATO chief Jane Okafor spoke first. Okafor said more. Later Ms Okafor left.');
    expect(groups).toContainEqual(['Jane Okafor', 'Okafor', 'Ms Okafor']);
  });

  it('joins an acronym to the one organisation the article names in full with those initials', () => {
    const { groups } = clustersOf('The Velden Harbour Authority raised the fee on Monday. The VHA said the money would pay for dredging.');
    expect(groups).toContainEqual(['Velden Harbour Authority', 'VHA']);
  });

  it('leaves an acronym alone when two organisations share its initials', () => {
    const { groups } = clustersOf('The Velden Harbour Authority and the Velden Housing Association met. The VHA said nothing.');
    expect(groups).toContainEqual(['VHA']);
  });

  it('joins "the Post" to the one paper of the article whose name ends in it', () => {
    const { groups } = clustersOf('The Quillby Post broke the story. The mayor denied it, as the Post reported on Monday.');
    expect(groups).toContainEqual(['Quillby Post', 'Post']);
  });

  it('keeps "the Senate" apart from a state senate: a word for a kind of body is no short name', () => {
    const { groups } = clustersOf('The Velden Senate passed the bill. The vote in the Senate in Washington came later. Senate leaders met.');
    expect(groups.some((g) => g.includes('Velden Senate') && g.length > 1)).toBe(false);
  });

  it('merges transliterations of one surname', () => {
    const { groups } = clustersOf('President Volodymyr Zelensky spoke. Volodymyr Zelenskyy later added more. Zelenskiy left.');
    expect(groups).toContainEqual(['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Zelenskiy']);
  });

  it('keeps two men with similar first names and different surnames apart', () => {
    const { groups } = clustersOf('Chief of staff Andriy Yermak spoke. Foreign Minister Andrii Sybiha replied. Yermak left. Sybiha stayed.');
    expect(groups).toContainEqual(['Andriy Yermak', 'Yermak']);
    expect(groups).toContainEqual(['Andrii Sybiha', 'Sybiha']);
  });

  it('matches "Mr Yoon" to a family-name-first full name', () => {
    const { groups } = clustersOf('President Yoon Suk Yeol called. Mr Yoon said the talks went well.');
    expect(groups).toContainEqual(['Yoon Suk Yeol', 'Mr Yoon']);
  });

  it('leaves an ambiguous bare "Kim" without a cluster', () => {
    const { ex } = clustersOf('Leader Kim Jong Un met Defense Minister Kim Yong-hyun. Later Mr Kim said nothing.');
    const kim = ex.mentions.find((m) => m.text === 'Mr Kim')!;
    expect(kim).toBeDefined();
    expect(kim.cluster).toBeUndefined();
  });

  it('does not merge "Sign" with "Singh"', () => {
    const { ex } = clustersOf('Spokeswoman Sabina Singh spoke. Sign up now for updates.');
    expect(ex.mentions.some((m) => m.text === 'Sign')).toBe(false);
  });

  it('clusters organizations by their gazetteer name and skips bare group nouns', () => {
    const { ex, groups } = clustersOf('NATO met. Nato said so. Officials agreed and analysts disagreed.');
    expect(groups).toContainEqual(['NATO', 'Nato']);
    expect(ex.mentions.filter((m) => m.kind === 'group').every((m) => m.cluster === undefined)).toBe(true);
  });

  it('keeps "Mr" + surname out of the cluster of a woman with that surname', () => {
    const { groups } = clustersOf('Mr Dalberg spoke first. His wife, Anna Dalberg, joined later. Mr Dalberg said more. Ms Dalberg left.');
    expect(groups).toContainEqual(['Anna Dalberg', 'Ms Dalberg']);
    expect(groups).toContainEqual(['Mr Dalberg', 'Mr Dalberg']);
  });

  it('keeps a bare surname with the one person the article calls by it once a namesake appears', () => {
    const text = 'Senator Carl Vantorp spoke first. Vantorp said he would run. His father, Emil Vantorp, was born abroad. Vantorp said the attacks were unfair.';
    const { ex } = clustersOf(text);
    const carl = ex.mentions.find((m) => m.text === 'Carl Vantorp')!.cluster;
    const bare = ex.mentions.filter((m) => m.text === 'Vantorp');
    expect(bare).toHaveLength(2);
    expect(bare.every((m) => m.cluster === carl)).toBe(true);
  });

  it('leaves a bare surname alone when no namesake has been called by it', () => {
    const { ex } = clustersOf('Players Tom Darrow and Luke Darrow were picked. Darrow (Leeds) was injured.');
    expect(ex.mentions.find((m) => m.text === 'Darrow')?.cluster).toBeUndefined();
  });

  it('joins a short given name to the full one ("Joe" for "Joseph") and a bare surname to a name with "Jr."', () => {
    expect(clustersOf('Senator Joseph R. Halvorsen spoke. Joe Halvorsen was cheered.').groups).toContainEqual(['Joseph R. Halvorsen', 'Joe Halvorsen']);
    expect(clustersOf('Vice President Joseph R. Halvorsen Jr. spoke. Mr. Halvorsen left.').groups).toContainEqual(['Joseph R. Halvorsen Jr', 'Mr. Halvorsen']);
  });

  it('keeps a son with "Jr." apart from his father of the same name', () => {
    const { groups } = clustersOf('Peter Halvorsen Jr. spoke first. His father, Peter Halvorsen, spoke later.');
    expect(groups).toContainEqual(['Peter Halvorsen Jr']);
    expect(groups).toContainEqual(['Peter Halvorsen']);
  });
});

describe('cluster-mentions: surnames of two words', () => {
  it('joins the last two words of a longer name ("Tin Quill", "Ruiz Dorran") to it, not the first two', () => {
    const { groups } = clustersOf('Aung Mya Tin Quill visited on Monday. The daughter of Aung Mya, the leader, met Tin Quill later. Mr. Ruiz Dorran and Ana Ruiz Dorran agreed.');
    expect(groups).toContainEqual(['Aung Mya Tin Quill', 'Tin Quill']);
    expect(groups).toContainEqual(['Mr. Ruiz Dorran', 'Ana Ruiz Dorran']);
    expect(groups.find((g) => g.includes('Aung Mya'))).toEqual(['Aung Mya']);
  });
});

describe('cluster-mentions: a reflexive pronoun after a bare surname', () => {
  it('"Osman himself" joins the man, not his wife of the same surname', () => {
    const { ex } = clustersOf('Ozric Osman and his wife Sarah Osman were there. Osman himself was at a loss.');
    const ozric = ex.mentions.find((m) => m.text === 'Ozric Osman')!.cluster;
    expect(ex.mentions.find((m) => m.text === 'Osman')?.cluster).toBe(ozric);
  });
});

describe('cluster-mentions: a surname introduced as someone new (round 7)', () => {
  it('"a pupil named Corvin" is not the Jeremy Corvin named before', () => {
    const ex = refine(extract('Jeremy Corvin spoke first. Later Corvin visited a school where a pupil named Corvin asked a question.'));
    const people = ex.mentions.filter((m) => m.kind === 'person' && m.name);
    expect(people.map((m) => m.name)).toEqual(['Jeremy Corvin', 'Corvin', 'Corvin']);
    expect(people[1].cluster).toBe(people[0].cluster);
    expect(people[2].cluster).not.toBe(people[0].cluster);
  });

  it('keeps a verb "called" with an object ("Roe called Dee a liar")', () => {
    const ex = refine(extract('Ann Dee spoke. Tom Roe called Dee a liar.'));
    const dee = ex.mentions.filter((m) => m.name === 'Ann Dee' || m.name === 'Dee');
    expect(new Set(dee.map((m) => m.cluster)).size).toBe(1);
  });
});

describe('cluster-mentions: a company called by the first words of its name (round 7)', () => {
  it('"Norvane" joins "Norvane Foods"; "ABC" does not join "ABC Radio"', () => {
    const ex = refine(extract('Norvane Foods, the maker of tinned soups, said its sales rose. Shares in Norvane rose 2%. ABC Radio will close. ABC said no.'));
    const orgs = ex.mentions.filter((m) => m.kind === 'organization' && m.name);
    const by = (name: string) => orgs.find((m) => m.name === name)!.cluster;
    expect(by('Norvane Foods')).toBe(by('Norvane'));
    expect(by('ABC')).not.toBe(by('ABC Radio'));
  });

  it('gives a quoted nickname alone to the full name it was written in', () => {
    const { groups } = clustersOf('Barry "Bazzer" Pellow, 52, won the draw.\n"I was dreaming," Bazzer said.');
    expect(groups).toEqual([['Barry "Bazzer" Pellow', 'Bazzer']]);
  });
});
