import { describe, expect, it } from 'vitest';
import { closesUnopenedQuote, opensUnclosedQuote, selectKeySentences } from '../../src/brief/key-sentences.js';
import { EntityNames, addsNewFact, claimOf, sameClaim, stem } from '../../src/brief/same-claim.js';
import { groupBy } from '../../src/questions/group.js';
import { buildBriefing } from '../../src/brief/index.js';
import { toRawSpan } from '../../src/doc.js';
import { FactsBuilder } from '../fixtures/brief/facts-builder.js';

describe('stem', () => {
  it('brings inflections and derived nouns of one verb together', () => {
    expect(new Set(['deploy', 'deployed', 'deploying', 'deployment', 'deployments'].map(stem))).toEqual(new Set(['deploy']));
    expect(stem('sent')).toBe(stem('send'));
    expect(stem('confirmed')).toBe(stem('confirm'));
    expect(stem('planned')).toBe(stem('plan'));
  });
  it('leaves short words alone', () => {
    expect(stem('bed')).toBe('bed');
    expect(stem('news')).toBe('news');
  });
});

/**
 * Invented story: three articles report that one minister confirmed one deployment, each in its
 * own words; a fourth sentence by the same minister adds a figure; one by another person differs.
 */
function story() {
  const b = new FactsBuilder();
  b.addDoc(
    'Defence Minister Alva Kordin said Tuesday that Dravian troops were sent to the Ostrel region, calling the deployment a reckless gamble by a frightened government.\n\nSchools in the Ostrel region stayed closed as Dravian buses stopped running.\n\nFarmers in the Ostrel region complained about closed roads and empty markets all week.\n',
    'a.txt',
    'a',
  );
  b.addDoc(
    'Speaking in Velmar on Tuesday after a closed meeting with foreign intelligence chiefs, Kordin said she could confirm that Dravian military units had been deployed to the Ostrel region.\n\nDravian television showed crowds in the Ostrel region waving flags and singing.\n\nA ferry company cancelled its crossings to the islands because of a winter storm.\n',
    'b.txt',
    'b',
  );
  b.addDoc(
    'Kordin later put the number of Dravian soldiers now stationed near Ostrel at 4,000.\n\nMayor Petra Lunde said the Dravian brigades arrived in Ostrel without any warning to residents.\n',
    'c.txt',
    'c',
  );
  const kordin = b.entity({ id: 'e1', kind: 'person', name: 'Alva Kordin', aliases: ['Kordin'], roles: ['Defence Minister'], articles: ['a', 'b', 'c'] });
  const lunde = b.entity({ id: 'e2', kind: 'person', name: 'Petra Lunde', aliases: ['Lunde'], roles: ['Mayor'], articles: ['c'] });
  b.entity({ id: 'e3', kind: 'place', name: 'Dravia', aliases: [], roles: [], articles: ['a', 'b', 'c'] });
  b.entity({ id: 'e4', kind: 'place', name: 'Ostrel', aliases: [], roles: [], articles: ['a', 'b', 'c'] });
  b.entity({ id: 'e5', kind: 'place', name: 'Velmar', aliases: [], roles: [], articles: ['b'] });
  const qa = b.quote('a', 'that Dravian troops were sent to the Ostrel region', b.speaker('a', kordin, 'Defence Minister Alva Kordin'), { direct: false });
  const qb = b.quote('b', 'she could confirm that Dravian military units had been deployed to the Ostrel region', b.speaker('b', kordin, 'Kordin'), { direct: false });
  b.corroborate(qa, qb);
  b.date('a', 'Tuesday', '2031-05-06', null);
  b.date('b', 'Tuesday', '2031-05-06', null);
  b.number('c', '4,000', { value: 4000, counts: 'Dravian soldiers' });
  b.quote('c', 'the Dravian brigades arrived in Ostrel without any warning to residents', b.speaker('c', lunde, 'Mayor Petra Lunde'), { direct: false });
  return b;
}

function claims(b: FactsBuilder) {
  const table = b.table();
  const names = new EntityNames(table.entities);
  const entities = new Map(table.entities.map((e) => [e.id, e]));
  const facts = groupBy(table.facts, (f) => f.article);
  return b.docs.map((d) => {
    const s = toRawSpan(d, d.sentences[0]);
    const text = d.raw.slice(s.start, s.end);
    return claimOf(d.article.id, s, text, facts.get(d.article.id) ?? [], names, entities);
  });
}

describe('sameClaim', () => {
  it('reads the actor and names through the entities, adjectives of place names included', () => {
    const [a, b] = claims(story());
    expect(a.actor).toBe('e1');
    expect(b.actor).toBe('e1');
    expect([...a.names].sort()).toEqual(['e3', 'e4']);
    expect([...b.names].sort()).toEqual(['e3', 'e4', 'e5']);
    expect(a.values).toEqual(new Set(['2031-05-06']));
  });

  it('finds one report in other words: same actor, same places, "sent"/"deployment" and "deployed"', () => {
    const [a, b] = claims(story());
    expect(sameClaim(a, b)).toBe(true);
    expect(addsNewFact(b, a)).toBe(false);
  });

  it('a sentence with a figure or a date the other lacks is news', () => {
    const [a, b, c] = claims(story());
    expect(c.actor).toBe('e1');
    expect(addsNewFact(c, a)).toBe(true);
    expect(addsNewFact(a, b)).toBe(false);
    expect(addsNewFact(a, { ...b, values: new Set() })).toBe(true);
  });

  it('another actor saying the same is another report', () => {
    const b = story();
    const table = b.table();
    const doc = b.docs[2];
    const s = toRawSpan(doc, doc.sentences[1]);
    const lunde = claimOf('c', s, doc.raw.slice(s.start, s.end), groupBy(table.facts, (f) => f.article).get('c')!, new EntityNames(table.entities), new Map(table.entities.map((e) => [e.id, e])));
    expect(lunde.actor).toBe('e2');
    expect(sameClaim(claims(b)[0], lunde)).toBe(false);
  });

  it('the same speaker on another subject is not the same report', () => {
    const b = new FactsBuilder();
    b.addDoc('Minister Alva Kordin said Dravian troops were sent to the Ostrel region on a long march.\n', 'a.txt', 'a');
    b.addDoc('Kordin warned that the harvest in Dravia and Ostrel would fail after a dry summer.\n', 'b.txt', 'b');
    b.entity({ id: 'e1', kind: 'person', name: 'Alva Kordin', aliases: ['Kordin'], roles: [], articles: ['a', 'b'] });
    b.entity({ id: 'e3', kind: 'place', name: 'Dravia', aliases: [], roles: [], articles: ['a', 'b'] });
    b.entity({ id: 'e4', kind: 'place', name: 'Ostrel', aliases: [], roles: [], articles: ['a', 'b'] });
    const [a, c] = claims(b);
    expect(a.actor).toBe(c.actor);
    expect(sameClaim(a, c)).toBe(false);
  });

  it('links differently worded sentences through a corroborated quote of the same speaker', () => {
    const b = new FactsBuilder();
    b.addDoc('Kordin, visiting grain depots and flooded villages across eastern Dravia with aid workers, promised farmers "open borders" this spring.\n', 'a.txt', 'a');
    b.addDoc('At a crowded press conference in Dravia after talks with Ostrel negotiators, Kordin repeated her pledge of "open borders" again.\n', 'b.txt', 'b');
    const k = b.entity({ id: 'e1', kind: 'person', name: 'Alva Kordin', aliases: ['Kordin'], roles: [], articles: ['a', 'b'] });
    b.entity({ id: 'e3', kind: 'place', name: 'Dravia', aliases: [], roles: [], articles: ['a', 'b'] });
    b.entity({ id: 'e4', kind: 'place', name: 'Ostrel', aliases: [], roles: [], articles: ['b'] });
    const qa = b.quote('a', 'open borders', b.speaker('a', k, 'Kordin'));
    const qb = b.quote('b', 'open borders', b.speaker('b', k, 'Kordin'));
    let [a, c] = claims(b);
    expect(sameClaim(a, c)).toBe(false);
    b.corroborate(qa, qb);
    [a, c] = claims(b);
    expect(sameClaim(a, c)).toBe(true);
  });
});

describe('What happened without repeats', () => {
  it('keeps one of the reworded reports, credits both articles, and keeps the ones that add news', () => {
    const b = story();
    const picked = selectKeySentences(b.docs, 5, b.table());
    const kordinConfirms = picked.filter((s) => /^(Defence Minister|Speaking in)/.test(s.text));
    expect(kordinConfirms).toHaveLength(1);
    expect(kordinConfirms[0].reportedBy).toEqual(expect.arrayContaining(['a', 'b']));
    expect(picked.some((s) => s.text.includes('4,000'))).toBe(true);
    // The freed slot goes to another sentence.
    expect(picked).toHaveLength(5);
  });

  it('shows the wording more articles report, crediting all of them', () => {
    const b = story();
    b.addDoc('Defence Minister Alva Kordin said on Tuesday that Dravian troops were sent to the Ostrel region, calling the deployment a gamble.\n\nBakers in the capital raised the price of bread again.\n', 'd.txt', 'd');
    b.date('d', 'Tuesday', '2031-05-06', null);
    const t = b.table();
    for (const e of t.entities) if (e.id !== 'e2' && e.id !== 'e5') e.articles.push('d');
    const picked = selectKeySentences(b.docs, 5, t);
    const kordinConfirms = picked.filter((s) => /^(Defence Minister|Speaking in)/.test(s.text));
    expect(kordinConfirms).toHaveLength(1);
    expect(kordinConfirms[0].text).toMatch(/^Defence Minister/);
    expect(kordinConfirms[0].reportedBy).toEqual(expect.arrayContaining(['a', 'b', 'd']));
  });

  it('without a fact table both wordings stay (the rule reads entities, not strings)', () => {
    const picked = selectKeySentences(story().docs, 5);
    expect(picked.filter((s) => /^(Defence Minister|Speaking in)/.test(s.text))).toHaveLength(2);
  });

  it('buildBriefing applies it', () => {
    const b = story();
    const brief = buildBriefing(b.table(), b.docs);
    expect(brief.whatHappened.filter((s) => /^(Defence Minister|Speaking in)/.test(s.text))).toHaveLength(1);
  });
});

/**
 * Invented story: two articles quote different parts of one statement by the same minister; a third
 * article's sentence reports both parts together.
 */
function twoParts(withBridge: boolean) {
  const b = new FactsBuilder();
  b.addDoc(
    'Minister Alva Kordin said sending Dravian brigades toward Ostrel showed "panic among the generals" in the old capital.\n\nFishermen in Ostrel said the harbour stayed quiet through the night.\n\nA ferry company cancelled its crossings to the islands because of a winter storm.\n',
    'a.txt',
    'a',
  );
  b.addDoc(
    'Kordin described Dravia’s deployment near Ostrel as "a reckless gamble" of the border war, warning neighbours to stay calm.\n\nTeachers in Ostrel kept the village schools open despite the news from the border.\n\nBakers in the capital raised the price of bread again this week.\n',
    'b.txt',
    'b',
  );
  b.addDoc(
    withBridge
      ? 'Rail workers in Velmar went on strike over pay and pensions for a second day.\n\nMarket traders in Velmar said prices of fruit and grain kept rising.\n\nSpeaking in Velmar late on a rainy evening after long talks with farmers, nurses and union leaders, Kordin called the Dravian deployment near Ostrel "a reckless gamble" and said it showed "panic among the generals".\n'
      : 'Rail workers in Velmar went on strike over pay and pensions for a second day.\n\nMarket traders in Velmar said prices of fruit and grain kept rising.\n\nSpeaking in Velmar, the railway union leader called the strike a fight for fair pensions.\n',
    'c.txt',
    'c',
  );
  const k = b.entity({ id: 'e1', kind: 'person', name: 'Alva Kordin', aliases: ['Kordin'], roles: ['Minister'], articles: ['a', 'b', 'c'] });
  b.entity({ id: 'e3', kind: 'place', name: 'Dravia', aliases: [], roles: [], articles: ['a', 'b', 'c'] });
  b.entity({ id: 'e4', kind: 'place', name: 'Ostrel', aliases: [], roles: [], articles: ['a', 'b', 'c'] });
  b.entity({ id: 'e5', kind: 'place', name: 'Velmar', aliases: [], roles: [], articles: ['c'] });
  b.quote('a', 'panic among the generals', b.speaker('a', k, 'Minister Alva Kordin'));
  b.quote('b', 'a reckless gamble', b.speaker('b', k, 'Kordin'));
  if (withBridge) {
    b.quote('c', 'a reckless gamble', b.speaker('c', k, 'Kordin'));
    b.quote('c', 'panic among the generals', b.speaker('c', k, 'Kordin'));
  }
  return b;
}

describe('parts of one statement', () => {
  const kordinItems = (b: FactsBuilder) => selectKeySentences(b.docs, 5, b.table()).filter((s) => /^(Minister Alva|Kordin described)/.test(s.text));

  it('two wordings that share little are two items when nothing links them', () => {
    expect(kordinItems(twoParts(false))).toHaveLength(2);
  });

  it('a third article saying both parts in one sentence makes them one report', () => {
    const items = kordinItems(twoParts(true));
    expect(items).toHaveLength(1);
    expect(items[0].reportedBy).toEqual(expect.arrayContaining(['a', 'b']));
  });
});

describe('sentences inside a quotation', () => {
  it('a sentence that closes a quotation it never opened is not shown', () => {
    expect(closesUnopenedQuote('We need more boats now," Mayor Ann Vell said on Friday.')).toBe(true);
    expect(closesUnopenedQuote('We need more boats now,” Mayor Ann Vell said on Friday.')).toBe(true);
    expect(closesUnopenedQuote('Mayor Ann Vell said: “We need more boats now.”')).toBe(false);
    expect(closesUnopenedQuote('Mayor Ann Vell asked for "more boats" on Friday.')).toBe(false);
    expect(closesUnopenedQuote('The ferry stopped running on Friday.')).toBe(false);
  });

  it('a sentence that opens a quotation going on in the next one is not shown', () => {
    expect(opensUnclosedQuote('“We have no choice.')).toBe(true);
    expect(opensUnclosedQuote('"We have no choice.')).toBe(true);
    expect(opensUnclosedQuote('“We have no choice,” Vell said.')).toBe(false);
    expect(opensUnclosedQuote('Vell said: "We have no choice."')).toBe(false);
    // A speaker named before the words: reporting, even when the quotation goes on.
    expect(opensUnclosedQuote('Vell said the ferry was “one, a lifeline for the island.')).toBe(false);
  });

  it('a quoted paragraph printed without its opening mark is not shown as reporting', () => {
    const b = new FactsBuilder();
    b.addDoc(
      'Mayor Ann Vell said the ferry to Orsk would stop running on Friday after the storm damaged its pier.\n\nVell told the council:\n\nFour hundred families on Orsk now depend on one small boat for food and medicine. We will rebuild the pier before winter.\n\nThe council voted to spend money on a temporary pier for the island of Orsk.\n',
      'a.txt',
      'a',
    );
    const vell = b.entity({ id: 'e1', kind: 'person', name: 'Ann Vell', aliases: ['Vell'], roles: ['Mayor'], articles: ['a'] });
    b.quote('a', 'Four hundred families on Orsk now depend on one small boat for food and medicine. We will rebuild the pier before winter.', b.speaker('a', vell, 'Vell'));
    b.quote('a', 'the ferry to Orsk would stop running on Friday after the storm damaged its pier', b.speaker('a', vell, 'Mayor Ann Vell'), { direct: false });
    const picked = selectKeySentences(b.docs, 5, b.table()).map((s) => s.text);
    expect(picked.some((t) => t.startsWith('Four hundred families') || t.startsWith('We will rebuild'))).toBe(false);
    // Reported speech that ends inside its sentence is still reporting.
    expect(picked.some((t) => t.startsWith('Mayor Ann Vell said'))).toBe(true);
  });

  it('the middle sentences of a long quotation are not shown as reporting', () => {
    const b = new FactsBuilder();
    b.addDoc(
      'Mayor Ann Vell said the ferry to Orsk would stop running on Friday after the storm damaged its pier.\n\n"We have no choice. Four hundred families on Orsk now depend on one small boat for food and medicine. We will rebuild the pier," Vell told the council.\n\nThe council voted to spend money on a temporary pier for the island of Orsk.\n',
      'a.txt',
      'a',
    );
    const vell = b.entity({ id: 'e1', kind: 'person', name: 'Ann Vell', aliases: ['Vell'], roles: ['Mayor'], articles: ['a'] });
    b.quote('a', 'We have no choice. Four hundred families on Orsk now depend on one small boat for food and medicine. We will rebuild the pier,', b.speaker('a', vell, 'Vell'));
    const without = selectKeySentences(b.docs, 5).map((s) => s.text);
    expect(without.some((t) => t.startsWith('Four hundred families'))).toBe(true);
    const picked = selectKeySentences(b.docs, 5, b.table()).map((s) => s.text);
    expect(picked.some((t) => t.startsWith('Four hundred families') || t.startsWith('We will rebuild'))).toBe(false);
    expect(picked.some((t) => t.startsWith('Mayor Ann Vell said'))).toBe(true);
  });
});
