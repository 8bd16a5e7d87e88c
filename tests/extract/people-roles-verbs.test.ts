import { describe, expect, it } from 'vitest';
import type { Mention, RoleDraft } from '../../src/extract/types.js';
import { clusterMentions, runningFor } from '../../src/refine/cluster-mentions.js';
import { extract } from '../refine/doc-helper.js';

const named = (text: string) => extract(text).mentions.filter((m) => m.name);
const find = (text: string, name: string): Mention | undefined => named(text).find((m) => m.name === name);
const roleFacts = (text: string) => extract(text).facts.filter((f): f is RoleDraft => f.kind === 'role').map((f) => f.role);
const kindsOf = (text: string, name: string) => named(text).filter((m) => m.name === name).map((m) => m.kind);

describe('role words used as verbs give no role', () => {
  it.each([
    ['The city will host Jarek Tolvan on Friday.', 'Jarek Tolvan'],
    ['Officials hope to host Pelma Orsk later this year.', 'Pelma Orsk'],
    ['The club hired him to coach Dalen Mirr and the others.', 'Dalen Mirr'],
    ['The film will star Loria Penwick.', 'Loria Penwick'],
    ['He was chosen to judge Orrin Falk in the final.', 'Orrin Falk'],
    ["The panel, which will chair Tomas Brell's inquiry, met.", 'Tomas Brell'],
    ["They head Kelso Marne's campaign.", 'Kelso Marne'],
  ])('%s', (text, name) => {
    expect(find(text, name)?.role ?? null).toBeNull();
    expect(roleFacts(text)).toEqual([]);
  });

  it.each([
    ['Former coach Ansel Bray said the club was in crisis.', 'Ansel Bray', 'Former coach'],
    ['The event was opened by host Loma Wendt.', 'Loma Wendt', 'host'],
    ['He spoke to coach Dalen Mirr after the game.', 'Dalen Mirr', 'coach'],
    ['Judge Orrin Falk said the case was closed.', 'Orrin Falk', 'Judge'],
  ])('the noun still is a role: %s', (text, name, role) => {
    expect(find(text, name)?.role).toBe(role);
  });
});

describe('"star anchor" is one role', () => {
  it.each([
    ['Star anchor Vina Rusk quit on Monday.', 'Vina Rusk', 'Star anchor'],
    ['Velco star anchor Dela Parr said no.', 'Dela Parr', 'Velco star anchor'],
    ['The network hired newsreader Amos Quarle.', 'Amos Quarle', 'newsreader'],
  ])('%s', (text, name, role) => {
    expect(find(text, name)?.role).toBe(role);
  });
});

describe('titles held only in a hypothetical are no roles', () => {
  it('if X becomes president ... President X would', () => {
    const text = 'Senator Wilma Drask leads the polls. If Drask becomes president, taxes would rise. President Drask would face a hostile Congress.';
    expect(roleFacts(text)).toEqual(['Senator']);
  });
  it('should X become prime minister', () => {
    const text = 'Should Tamsin Orle become prime minister, markets would react. Prime Minister Orle would face a recession.';
    expect(roleFacts(text)).toEqual([]);
  });
  it('a title held in the past stays', () => {
    const text = 'Rafe Kolby was elected mayor in 2010. Mayor Kolby said he was proud.';
    expect(roleFacts(text)).toEqual(['Mayor']);
  });
  it('"a President X" is hypothetical', () => {
    expect(roleFacts('Markets fear a President Quarle would raise tariffs.')).toEqual([]);
    expect(roleFacts('Markets welcomed President Quarle on Monday.')).toEqual(['President']);
  });
  it('"President X" is no role of the one X named who runs for president', () => {
    const ex = extract('Democratic presidential nominee Hedda Vane spoke first. Critics recalled an affair with President Vane years ago.');
    clusterMentions.refine(ex);
    const roles = ex.facts.filter((f): f is RoleDraft => f.kind === 'role').map((f) => f.role);
    expect(roles).toEqual(['Democratic presidential nominee']);
  });
  it('runningFor reads the office run for', () => {
    expect(runningFor('Republican presidential nominee')).toBe('president');
    expect(runningFor('Democratic vice presidential nominee')).toBe('vice-president');
    expect(runningFor('candidate for mayor')).toBe('mayor');
    expect(runningFor('Senate Majority Leader')).toBeNull();
  });
});

describe('organizations with person-shaped names', () => {
  it('"It said" after a bare name makes it a company', () => {
    const text = 'Tessaly agreed to buy a rival for $2bn. Tessaly said the deal would close next year. It said it expected savings.';
    expect(kindsOf(text, 'Tessaly').every((k) => k === 'organization')).toBe(true);
  });
  it('"The company said" after a bare name makes it a company', () => {
    const text = 'Quorrin said sales had fallen. The company said it would close 20 stores.';
    expect(kindsOf(text, 'Quorrin').every((k) => k === 'organization')).toBe(true);
  });
  it('a person named in full keeps the person type', () => {
    const text = 'Tom Verrick joined the board in May. Verrick said sales had fallen. It said nothing about jobs.';
    expect(kindsOf(text, 'Verrick')).toEqual(['person']);
  });
});

describe('bands and teams with no cue', () => {
  it('a plural verb makes a listed or speaking pair a band, not a person', () => {
    const text = 'Tundra Static and Anna Pell will tour together. Tundra Static released their album in May. Tundra Static said the fans had waited.';
    expect(kindsOf(text, 'Tundra Static').every((k) => k === 'organization')).toBe(true);
    expect(kindsOf(text, 'Anna Pell')).toEqual(['person']);
  });
  it('a list agreeing with "are" or "said their" about others is no evidence', () => {
    const text = 'Anna Pell and Zeb Quill are friends. Zeb Quill said their plans were set.';
    expect(kindsOf(text, 'Zeb Quill').every((k) => k === 'person')).toBe(true);
  });
});

describe('mention boundaries', () => {
  it.each([
    ['Gov. Pell Marrow said no.', 'Pell Marrow', 'Gov.'],
    ['Retired Lt. Gen. Ray Flint spoke.', 'Ray Flint', 'Retired Lt. Gen.'],
    ['New Quillshire Gov. Jo Brand spoke.', 'Jo Brand', 'New Quillshire Gov.'],
    ['Velco News moderator Ona Brisk asked.', 'Ona Brisk', 'Velco News moderator'],
  ])('an abbreviated or job title before the name is a role: %s', (text, name, role) => {
    const m = find(text, name);
    expect(m?.text).toBe(name);
    expect(m?.role).toBe(role);
  });
  it('"Gov. X of Y": the role ends on the title, the state is a name of its own', () => {
    const text = 'Gov. Anna Quell of North Velden lauded him. President Jon Tessel of Velden spoke.';
    expect(find(text, 'Anna Quell')?.role).toBe('Gov.');
    expect(find(text, 'Jon Tessel')?.role).toBe('President');
    expect(find(text, 'Anna Quell')?.text).toBe('Anna Quell');
    expect(kindsOf('Gov. Anna Quell of Ohio lauded him.', 'Ohio')).toEqual(['place']);
  });
  it('a party and state in brackets or commas is no organization', () => {
    const text = 'Sen. Jon Tessel (D-Ohio) said no. Ray Quill, R-Tex., agreed. Del. Ann Roe (D-Velden Falls) spoke. Rep. Tom Dee (R-V.A.) spoke.';
    expect(named(text).filter((m) => /^[DR]-/.test(m.name))).toEqual([]);
  });
  it('a body named after a title word is an organization, not a title', () => {
    expect(kindsOf('The Center of Harbour Justice said so.', 'Center of Harbour Justice')).toEqual(['organization']);
    expect(kindsOf('Citizens for Road Justice said so.', 'Citizens for Road Justice')).toEqual(['organization']);
  });
  it('no title mention for the first word of a two-word title', () => {
    const ex = extract('Marc Quill, the executive director of the group, spoke. The attorney general said so.');
    const titles = ex.mentions.filter((m) => !m.name && m.role).map((m) => m.text);
    expect(titles).not.toContain('executive');
    expect(titles).not.toContain('attorney');
  });
});

describe('sources', () => {
  it('"according to X": an unknown one-word source is an organization', () => {
    expect(kindsOf('According to Zentelio, the plan failed.', 'Zentelio')).toEqual(['organization']);
  });
  it('"according to X, who": a person', () => {
    expect(kindsOf('The plan failed, according to Zentelio, who spoke on Monday.', 'Zentelio')).toEqual(['person']);
  });
  it('"according to X. He said": a person when nobody else is named before the pronoun', () => {
    expect(kindsOf('The plan failed last year, according to Zentelio. He said the cost was too high.', 'Zentelio')).toEqual(['person']);
    expect(kindsOf('The plan failed, according to Zentelio. Ray Dorran said he was worried.', 'Zentelio')).toEqual(['organization']);
    expect(kindsOf('The plan failed, according to Zentelio. The firm said it would publish more.', 'Zentelio')).toEqual(['organization']);
  });
  it('a website after "according to" stays an organization whatever pronoun follows', () => {
    expect(kindsOf('The claim is false, according to Quillcheck.org. He said so.', 'Quillcheck.org')).toEqual(['organization']);
  });
  it('a surname of someone named in full stays a person', () => {
    expect(kindsOf('Ray Zentelio spoke first. According to Zentelio, the plan failed.', 'Zentelio')).toEqual(['person']);
  });
});

describe('an acronym spelled like a stop word stays in a title', () => {
  it.each([
    ['US Open champion Ray Dorran said he was tired.', 'US Open champion'],
    ['Former US Open champion Ray Dorran said he was tired.', 'Former US Open champion'],
    ['Ray Dorran, the US Open champion, said he was tired.', 'US Open champion'],
    ['Ray Dorran, the IT manager, said so.', 'IT manager'],
  ])('%s', (text, role) => {
    expect(find(text, 'Ray Dorran')?.role).toBe(role);
  });
});

describe('appositive roles keep the employer', () => {
  it.each([
    ['Tova Brenn, a senior adviser at the Velden campaign, spoke.', 'Tova Brenn', 'senior adviser at the Velden campaign'],
    ["Amos Quarle, the lawyer for Velden's road safety agency, spoke.", 'Amos Quarle', "lawyer for Velden's road safety agency"],
    ['Petra Lund, the Quillish minister of the interior, spoke.', 'Petra Lund', 'Quillish minister of the interior'],
    ['Ray Dorran, the director of research at the University of Velden, spoke.', 'Ray Dorran', 'director of research at the University of Velden'],
    ['Zeb Quill, head of the centrist Harbour Policy Center, spoke.', 'Zeb Quill', 'head of the centrist Harbour Policy Center'],
    ['Lina Ostrova, a senior official with the Velden Board of Trustees that runs it, spoke.', 'Lina Ostrova', 'senior official with the Velden Board of Trustees'],
  ])('%s', (text, name, role) => {
    expect(find(text, name)?.role).toBe(role);
  });
  it('a field with no employer after it is left out', () => {
    expect(find('Ann Lund, a professor of history, spoke.', 'Ann Lund')?.role).toBe('professor');
  });
});

describe('a workplace is an organization', () => {
  it('"analysts at X", "workers at X" make a person-shaped name a company', () => {
    const text = 'Harlan Vossel reported higher profits. Analysts at Harlan Vossel expect more growth.';
    expect(kindsOf(text, 'Harlan Vossel')).toEqual(['organization', 'organization']);
  });
  it("a person's farm is no company", () => {
    const text = "Ann Roe met workers at Tom Dee's farm. Tom Dee said he was pleased.";
    expect(kindsOf(text, 'Tom Dee')).toEqual(['person', 'person']);
  });
});

describe('"The band said" after a bare name', () => {
  it('makes a name with no given name a band', () => {
    expect(kindsOf('Velvet Marrow said the tour was over. The band said it was their best show.', 'Velvet Marrow')).toEqual(['organization']);
  });
  it('leaves a singer named with a given name a person', () => {
    expect(kindsOf('Anna Marrow said the tour was over. The band said it was their best show.', 'Anna Marrow')).toEqual(['person']);
  });
});

describe('a business partner', () => {
  it('a one-word name after "partner" is a company', () => {
    const text = "Ann Lund of Quillco's Dutch partner Keyobix spoke.";
    expect(kindsOf(text, 'Keyobix')).toEqual(['organization']);
    expect(roleFacts(text)).toEqual([]);
  });
});

describe('names after titles', () => {
  it('a given name that is also an honorific opens a three-word name after a title', () => {
    expect(find('Gov. Earl Ray Tomlin lauded him.', 'Earl Ray Tomlin')?.role).toBe('Gov.');
    expect(find('Earl Spencer spoke.', 'Spencer')?.text).toBe('Earl Spencer');
  });
  it('"director of the X division": X is no person titled "director of the"', () => {
    const ex = extract('Ann Lund, director of the Velco Eurasian division, spoke.');
    expect(ex.mentions.filter((m) => m.kind === 'person' && m.name).map((m) => m.name)).toEqual(['Ann Lund']);
    expect(roleFacts('Ann Lund, director of the Velco Eurasian division, spoke.')).toEqual(['director of the Velco Eurasian division']);
  });
});

describe('title words used as adjectives', () => {
  const titles = (text: string) => extract(text).mentions.filter((m) => !m.name && m.role).map((m) => m.text);
  it('"the official party line" names nobody; "the official said" does', () => {
    expect(titles('The official party line is silly.')).toEqual([]);
    expect(titles('The chief reason is cost.')).toEqual([]);
    expect(titles('The official said it was silly.')).toEqual(['official']);
    expect(titles('The chief warned of cuts.')).toEqual(['chief']);
  });
});

describe('roles with "international" and "for" (round 7)', () => {
  it('keeps "Former international trade secretary" whole', () => {
    expect(roleFacts('Former international trade secretary Clara Shotton criticised the deal.')).toEqual(['Former international trade secretary']);
  });

  it('"The minister for health, Ann Corwell," is her role', () => {
    expect(roleFacts('The minister for health, Ann Corwell, visited the ward.')).toEqual(['minister for health']);
  });
});

describe('a post given by a verb after the subject (invented snippets)', () => {
  it('takes "took over as", "was appointed" and "serves as" for a role of the subject', () => {
    expect(roleFacts('Anna Quorrin took over as finance director in 2017.')).toEqual(['finance director']);
    expect(roleFacts('Tamzin, 52, took over as finance director last spring.')).toEqual(['finance director']);
    expect(roleFacts('Tom Tesh was appointed chief executive last year.')).toEqual(['chief executive']);
    expect(roleFacts('Anna Venning serves as treasurer of the club.')).toEqual(['treasurer']);
  });

  it('takes no role from such a verb without a post after it', () => {
    expect(roleFacts('Velma Quorrin was named after her grandmother.')).toEqual([]);
    expect(roleFacts('Velma Quorrin became the first woman to finish.')).toEqual([]);
  });
});
