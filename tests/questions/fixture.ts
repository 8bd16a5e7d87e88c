import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FactTable, type Entity, type Fact } from '../../src/schema/index.js';

/**
 * A hand-made fact table over the invented articles in tests/fixtures/questions/articles: what a
 * good extraction would give (resolved speakers with roles, counted figures with qualifiers, dated
 * events, roles, corroboration). Spans are found by searching the text, so they are exact.
 */
export const FIXTURE_DIR = join(import.meta.dirname, '..', 'fixtures', 'questions', 'articles');

const ARTICLES = [
  { id: 'a-herald', outlet: 'The Velden Herald', published: '2024-03-13' },
  { id: 'b-courier', outlet: 'Ostra Courier', published: '2024-03-15' },
  { id: 'c-gazette', outlet: 'Valley Gazette', published: '2024-03-16' },
];

export const texts: Record<string, string> = Object.fromEntries(ARTICLES.map((a) => [a.id, readFileSync(join(FIXTURE_DIR, `${a.id}.txt`), 'utf8')]));

const entities: Entity[] = [
  { id: 'e1', kind: 'person', name: 'Ana Lindqvist', aliases: ['Lindqvist'], roles: ['Mayor'], articles: ['a-herald', 'c-gazette'] },
  { id: 'e2', kind: 'person', name: 'Tomas Brandt', aliases: ['Brandt'], roles: ['Water Board chair'], articles: ['a-herald', 'c-gazette'] },
  { id: 'e3', kind: 'person', name: 'Priya Desai', aliases: ['Desai'], roles: ['Environment Minister'], articles: ['a-herald', 'b-courier'] },
  { id: 'e4', kind: 'person', name: 'Omar Haddad', aliases: ['Haddad'], roles: ['Engineer'], articles: ['b-courier'] },
  { id: 'e5', kind: 'organization', name: 'Red Cross', aliases: [], roles: [], articles: ['a-herald', 'b-courier'] },
  { id: 'e6', kind: 'person', name: 'Lena Okafor', aliases: ['Okafor'], roles: ['Farmer'], articles: ['c-gazette'] },
  { id: 'e7', kind: 'place', name: 'Velden', aliases: [], roles: [], articles: ['a-herald', 'b-courier'] },
];

function sentenceAround(text: string, start: number, end: number) {
  let s = start;
  while (s > 0 && !/[.!?]["”]?\s$/.test(text.slice(Math.max(0, s - 3), s)) && text[s - 1] !== '\n') s--;
  let e = end;
  while (e < text.length && !(/[.!?]/.test(text[e - 1] ?? '') && /\s/.test(text[e] ?? '') && !/["”]/.test(text[e] ?? '')) && text[e] !== '\n') e++;
  return { start: s, end: e };
}

let counter = 0;
function at(article: string, find: string, nth = 0) {
  const text = texts[article];
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(find, start + 1);
  if (start < 0) throw new Error(`fixture: "${find}" not in ${article}`);
  const end = start + find.length;
  return { id: `${article}:${++counter}`, article, span: { start, end }, text: find, sentence: sentenceAround(text, start, end), corroboratedBy: [] as string[], extractor: 'fixture' };
}

const speaker = (entity: string, name: string) => ({ entity, name, mention: null });

function quote(article: string, find: string, entity: string, name: string, direct = true): Fact {
  return { ...at(article, find), kind: 'quote', direct, cue: 'said', speaker: speaker(entity, name) };
}

export function fixtureTable(): FactTable {
  counter = 0;
  const facts: Fact[] = [
    quote('a-herald', 'We have never seen the water rise this fast', 'e1', 'Ana Lindqvist'),
    quote('a-herald', 'the old dykes had been built for a smaller river', 'e2', 'Tomas Brandt', false),
    quote('a-herald', 'The defences did exactly what they were designed to do in 1985, but the climate has changed', 'e2', 'Tomas Brandt'),
    quote('a-herald', 'it had opened 14 shelters across the region', 'e5', 'Red Cross', false),
    quote('a-herald', 'Nobody in Velden will be left to rebuild alone', 'e3', 'Priya Desai'),
    quote('b-courier', 'We will rebuild the dykes higher and stronger than before', 'e3', 'Priya Desai'),
    quote('b-courier', 'The gauges at the old mill recorded the highest level in a century', 'e4', 'Omar Haddad'),
    quote('b-courier', 'Our volunteers have worked through the night to keep families safe and dry', 'e5', 'Red Cross'),
    quote('c-gazette', 'Every street will be inspected before anyone goes back', 'e1', 'Ana Lindqvist'),
    quote('c-gazette', 'The pumps are running day and night, yet the fields will stay flooded for weeks', 'e2', 'Tomas Brandt'),
    quote('c-gazette', 'The whole lower pasture simply disappeared under brown water', 'e6', 'Lena Okafor'),
    // An unresolved speaker: never a who-said question.
    { ...at('c-gazette', 'the first families could return home within days'), kind: 'quote', direct: false, cue: 'said', speaker: { entity: null, name: null, mention: null } },
    { ...at('a-herald', '12,000'), kind: 'number', value: 12000, qualifier: 'more-than', unit: null, counts: 'residents of Velden evacuated', approximate: false, source: null, conflictsWith: [], corroboratedBy: ['b-courier'] },
    { ...at('b-courier', '12,000'), kind: 'number', value: 12000, qualifier: 'more-than', unit: null, counts: 'people who left their homes in Velden', approximate: false, source: null, conflictsWith: [], corroboratedBy: ['a-herald'] },
    { ...at('a-herald', '14'), kind: 'number', value: 14, qualifier: 'exact', unit: null, counts: 'shelters opened by the Red Cross', approximate: false, source: speaker('e5', 'Red Cross'), conflictsWith: [] },
    { ...at('a-herald', '40 million euros'), kind: 'number', value: 40_000_000, qualifier: 'exact', unit: 'EUR', counts: 'money promised for repairs', approximate: false, source: speaker('e3', 'Priya Desai'), conflictsWith: [], corroboratedBy: ['b-courier'] },
    { ...at('b-courier', '7.4 metres'), kind: 'number', value: 7.4, qualifier: 'exact', unit: 'm', counts: 'height of the flood peak', approximate: false, source: speaker('e4', 'Omar Haddad'), conflictsWith: [] },
    { ...at('c-gazette', '300'), kind: 'number', value: 300, qualifier: 'about', unit: null, counts: 'homes still under water', approximate: true, source: speaker('e2', 'Tomas Brandt'), conflictsWith: [] },
    { ...at('c-gazette', '80'), kind: 'number', value: 80, qualifier: 'exact', unit: null, counts: null, approximate: false, source: speaker('e6', 'Lena Okafor'), conflictsWith: [] },
    { ...at('a-herald', '12 March 2024'), kind: 'date', type: 'DATE', value: '2024-03-12', event: 'the Ostra river first broke through near the railway bridge' },
    { ...at('b-courier', '2 April 2024'), kind: 'date', type: 'DATE', value: '2024-04-02', event: 'the Velden town council voted to build a new flood barrier' },
    { ...at('c-gazette', '9 March 2024'), kind: 'date', type: 'DATE', value: '2024-03-09', event: 'the national weather service issued its first flood warning' },
    { ...at('c-gazette', '1953'), kind: 'date', type: 'DATE', value: '1953', event: 'the last comparable flood in the Ostra valley happened' },
    { ...at('a-herald', '1985'), kind: 'date', type: 'DATE', value: '1985', event: null },
    { ...at('a-herald', 'Mayor'), kind: 'role', entity: 'e1', name: 'Ana Lindqvist', role: 'Mayor' },
    { ...at('a-herald', 'Water Board chair'), kind: 'role', entity: 'e2', name: 'Tomas Brandt', role: 'Water Board chair' },
    { ...at('a-herald', 'Environment Minister'), kind: 'role', entity: 'e3', name: 'Priya Desai', role: 'Environment Minister' },
    { ...at('b-courier', 'Engineer'), kind: 'role', entity: 'e4', name: 'Omar Haddad', role: 'Engineer' },
    { ...at('c-gazette', 'Farmer'), kind: 'role', entity: 'e6', name: 'Lena Okafor', role: 'Farmer' },
  ];
  return FactTable.parse({
    schemaVersion: 1,
    articles: ARTICLES.map((a) => ({ ...a, path: `tests/fixtures/questions/articles/${a.id}.txt`, title: texts[a.id].split('\n')[0], publishedFrom: 'metadata' })),
    entities,
    facts,
  });
}
