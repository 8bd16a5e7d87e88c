import { describe, expect, it } from 'vitest';
import type { QuoteDraft } from '../../src/extract/types.js';
import { makeDoc } from '../../src/ingest/load.js';
import { factsFromDocs } from '../../src/pipeline.js';
import type { QuoteFact } from '../../src/schema/index.js';
import { clusterName, extract, quoteDraft, refine } from './doc-helper.js';

const speakerOf = (text: string, quote: string, speaker: string) => {
  const ex = extract(text);
  const q = quoteDraft(ex, quote, speaker);
  refine(ex, [q]);
  return { ex, q, name: clusterName(ex, q.speaker.mentionIndex) };
};

describe('link-speakers', () => {
  it('links a name mention directly', () => {
    expect(speakerOf('"We will act," Mr Okafor said.', 'We will act', 'Mr Okafor').name).toBe('Okafor');
  });

  it('links the named person after a possessive role, not the owner', () => {
    const text = 'President Ivan Boyko spoke. "Enough," Boyko\'s chief of staff Oleksandr Marchuk said.';
    expect(speakerOf(text, 'Enough', "Boyko's chief of staff Oleksandr Marchuk").name).toBe('Oleksandr Marchuk');
  });

  it('resolves "he" to the previous sentence\'s subject, not its object', () => {
    const text = 'President Lee Jun-ho told Ms Anna Berg the talks would go on. He told Ms Berg that "the door is open," he said.';
    expect(speakerOf(text, 'the door is open', 'he').name).toBe('Lee Jun-ho');
  });

  it('prefers the subject over the object of the previous sentence', () => {
    const text = 'Mr Tom Wright told Mr Ivan Boyko the plan was set. "We agree," he said.';
    expect(speakerOf(text, 'We agree', 'he').name).toBe('Tom Wright');
  });

  it('does not jump over a person just named as an object: that one person is meant', () => {
    const text = '"It works," said Mr Tom Wright. One dissenting view came from Brian Gammage, an analyst. "It does not," he said.';
    expect(speakerOf(text, 'It does not', 'he').name).toBe('Brian Gammage');
  });

  it('leaves "he" unresolved when two men were just named as objects', () => {
    const text = '"It works," said Mr Tom Wright. Dissenting views came from Brian Gammage and Carl Dorran. "It does not," he said.';
    expect(speakerOf(text, 'It does not', 'he').q.speaker.mentionIndex).toBeNull();
  });

  it('resolves "he" across a paragraph break', () => {
    const text = 'Foreign Minister Andrii Sybiha said the warnings had been ignored.\n"Listen to us now," he said on X.';
    expect(speakerOf(text, 'Listen to us now', 'he').name).toBe('Andrii Sybiha');
  });

  it('does not take the object of a preposition as the subject', () => {
    const text = 'The attack was a sign of desperation on the part of President Ivan Boyko, Mr Okafor said. "It will fail," he said.';
    expect(speakerOf(text, 'It will fail', 'he').name).toBe('Okafor');
  });

  it('respects gender from honorifics and gendered titles', () => {
    const text = 'Spokeswoman Carla Mendes spoke first. Mr Tom Wright answered questions. "We are ready," she said.';
    expect(speakerOf(text, 'We are ready', 'she').name).toBe('Carla Mendes');
  });

  it('leaves "he" unresolved after an unnamed official', () => {
    const text = 'President Ivan Boyko left early. A foreign ministry official did not confirm the reports. "It is in line with norms," he said.';
    const { q, ex } = speakerOf(text, 'It is in line with norms', 'he');
    expect(q.speaker.mentionIndex).toBeNull();
    expect(ex.diagnostics.map((d) => d.rule)).toContain('link-speakers/unresolved');
  });

  it('resolves a title alone to the one person holding it', () => {
    const text = 'NATO Secretary-General Jane Okafor met ministers.\nThe Secretary-General continued: "We stand together," the Secretary-General said.';
    expect(speakerOf(text, 'We stand together', 'Secretary-General').name).toBe('Jane Okafor');
  });

  it('does not resolve a title to the holder of a deputy or vice office', () => {
    const text = 'Deputy Secretary-General Jane Okafor met ministers.\n"We stand together," the Secretary-General said.';
    expect(speakerOf(text, 'We stand together', 'Secretary-General').q.speaker.mentionIndex).toBeNull();
  });

  it('leaves a title alone unresolved when two people hold it', () => {
    const text = 'President Ivan Boyko met President Lee Jun-ho. "It went well," the president said.';
    expect(speakerOf(text, 'It went well', 'president').q.speaker.mentionIndex).toBeNull();
  });

  it('resolves "his office" to the office of the sentence subject', () => {
    const text = 'President Lee Jun-ho called Ms Anna Berg. Mr Lee told her "the deployment may come sooner," his office said.';
    const { ex, q } = speakerOf(text, 'the deployment may come sooner', 'his office');
    const m = ex.mentions[q.speaker.mentionIndex!];
    expect(m.kind).toBe('organization');
    expect(m.name).toBe("Lee Jun-ho's office");
  });

  it('resolves "the ministry" to the one ministry named before', () => {
    const text = 'The Polish Defence Ministry confirmed the move. "Troops are ready," the ministry said.';
    const { ex, q } = speakerOf(text, 'Troops are ready', 'ministry');
    expect(ex.mentions[q.speaker.mentionIndex!].kind).toBe('organization');
    expect(clusterName(ex, q.speaker.mentionIndex)).toBe('Polish Defence Ministry');
  });

  it('resolves "they" to a named group that is the previous subject, not to a person', () => {
    const text = 'Western officials briefed Ms Anna Berg on Monday. "The troops have moved," they said.';
    expect(speakerOf(text, 'The troops have moved', 'they').name).toBe('Western officials');
    const other = 'Ms Anna Berg briefed Western officials on Monday. "The troops have moved," they said.';
    expect(speakerOf(other, 'The troops have moved', 'they').q.speaker.mentionIndex).toBeNull();
  });

  it('leaves several joint sources unresolved', () => {
    const text = 'Earlier, "troops were sent," South Korea, NATO and the United States said.';
    expect(speakerOf(text, 'troops were sent', 'South Korea, NATO and the United States').q.speaker.mentionIndex).toBeNull();
  });

  it('links the source of a reported figure too', () => {
    const ex = extract('Pentagon spokeswoman Carla Mendes said 10,000 troops had moved.');
    const at = ex.doc.text.indexOf('10,000');
    const sp = ex.doc.text.indexOf('Carla Mendes');
    refine(ex, []);
    const number = {
      kind: 'number' as const,
      span: { start: at, end: at + 6 },
      sentence: { start: 0, end: ex.doc.text.length },
      extractor: 'test',
      value: 10000,
      qualifier: 'exact' as const,
      unit: null,
      counts: 'troops',
      approximate: false,
      source: { entity: null, name: null, mention: { start: sp, end: sp + 12, text: 'Carla Mendes' }, mentionIndex: null },
    };
    ex.facts.push(number);
    refine(ex, []);
    expect(clusterName(ex, number.source.mentionIndex)).toBe('Carla Mendes');
  });

  it('keeps an existing resolved mentionIndex', () => {
    const ex = extract('"Yes," Mr Okafor said.');
    const q: QuoteDraft = quoteDraft(ex, 'Yes', 'Mr Okafor');
    q.speaker.mentionIndex = ex.mentions.findIndex((m) => m.text === 'Mr Okafor');
    refine(ex, [q]);
    expect(clusterName(ex, q.speaker.mentionIndex)).toBe('Okafor');
  });

  it('does not resolve a pronoun inside a quotation', () => {
    const ex = refine(extract('Mr Okafor said: "He is unable to sustain this."'));
    const he = ex.mentions.find((m) => m.text === 'He')!;
    expect(he.cluster).toBeUndefined();
  });
  it('does not link a place or person named after a preposition inside the speaker phrase', () => {
    const text = 'The Dover Port Authority opened the pier. "It is unsafe," a diver at the Dover Port Authority said.';
    expect(speakerOf(text, 'It is unsafe', 'a diver at the Dover Port Authority').q.speaker.mentionIndex).toBeNull();
    const lawyer = 'Ines Varga lost the case. "We will appeal," a lawyer for Ines Varga said.';
    expect(speakerOf(lawyer, 'We will appeal', 'a lawyer for Ines Varga').q.speaker.mentionIndex).toBeNull();
  });

  it('still links an organization whose spokesman speaks for it', () => {
    const text = 'The Dover Port Authority opened the pier. "It is safe," a spokesman for the Dover Port Authority said.';
    expect(speakerOf(text, 'It is safe', 'a spokesman for the Dover Port Authority').name).toBe('Dover Port Authority');
  });
  it('does not link a place that only modifies the speaker noun', () => {
    const text = 'Marrow County is small. "The fees are too high," a Marrow County native said.';
    const { ex, q } = speakerOf(text, 'The fees are too high', 'a Marrow County native');
    expect(ex.mentions.some((m) => m.kind === 'place' && m.text === 'Marrow County')).toBe(true);
    expect(q.speaker.mentionIndex).toBeNull();
  });
  it('links the person, not the place, in "X of <place>"', () => {
    const text = 'Marrow County voted. "We are worried," Mr Tomas Reyval of Marrow County said.';
    const ex = extract(text);
    const q = quoteDraft(ex, 'We are worried', 'Mr Tomas Reyval of Marrow County');
    // The extractor's guess is the last mention in the phrase: the place.
    q.speaker.mentionIndex = ex.mentions.findIndex((m) => m.kind === 'place' && m.start > q.span.end);
    expect(q.speaker.mentionIndex).toBeGreaterThan(0);
    refine(ex, [q]);
    expect(clusterName(ex, q.speaker.mentionIndex)).toBe('Tomas Reyval');
  });
  it('does not link a party named before a person\'s role ("the Harbour Party nominee")', () => {
    const text = 'The Harbour Party met. "We will win," the Harbour Party nominee said.';
    const ex = extract(text);
    const q = quoteDraft(ex, 'We will win', 'the Harbour Party nominee');
    const party = ex.mentions.findIndex((m) => m.kind !== 'person' && m.start > q.span.end);
    expect(party).toBeGreaterThan(0);
    q.speaker.mentionIndex = party;
    refine(ex, [q]);
    expect(q.speaker.mentionIndex).toBeNull();
  });
  it('does not give a campaign\'s words to the candidate it is named after ("the Okafor campaign")', () => {
    const text = 'Senator Jane Okafor is running again. "The ads are false," the Okafor campaign said.';
    const { q } = speakerOf(text, 'The ads are false', 'the Okafor campaign');
    expect(q.speaker.mentionIndex).toBeNull();
  });
  it('still links a spokesman named after the candidate\'s name ("Okafor spokesman Tom Wright")', () => {
    const text = 'Senator Jane Okafor is running again. "The ads are false," Okafor spokesman Tom Wright said.';
    expect(speakerOf(text, 'The ads are false', 'Okafor spokesman Tom Wright').name).toBe('Tom Wright');
  });
  it('does not give a committee chair\'s words to the committee ("the chairman of the X Committee")', () => {
    const text = 'The Harbour Oversight Committee met on Monday. "We will vote," the chairman of the Harbour Oversight Committee said.';
    const { q } = speakerOf(text, 'We will vote', 'the chairman of the Harbour Oversight Committee');
    expect(q.speaker.mentionIndex).toBeNull();
  });
  it('links the owner of a possessive speaker phrase ("Okafor’s claim that ...")', () => {
    const raw = 'Pier report\n\nSenator Jane Okafor spoke on Monday. Engineers rejected Okafor’s claim that the pier was safe.\n';
    const table = factsFromDocs([makeDoc(raw, 'story.txt', 'story', [])]);
    const claim = table.facts.find((f): f is QuoteFact => f.kind === 'quote' && f.text === 'that the pier was safe');
    expect(claim?.speaker.mention?.text).toBe('Okafor');
    expect(claim?.speaker.name).toBe('Jane Okafor');
  });

  it('gives "the <post>, <Name>, said" to the named holder, not to a person quoted before', () => {
    const text = '"Beds are full," said Dr Maura Kinsell, a consultant at Ferrow General.\n"The numbers are worrying," the Minister for Health, Teodric Vallane, said.';
    expect(speakerOf(text, 'The numbers are worrying', 'the Minister for Health').name).toBe('Teodric Vallane');
  });

  it('gives a post with no mention of its own ("the Minister for Fisheries") to the holder named after it', () => {
    const text = '"Beds are full," said Dr Maura Kinsell.\n"The quota stays," the Minister for Fisheries, Teodric Vallane, said.';
    expect(speakerOf(text, 'The quota stays', 'the Minister for Fisheries').name).toBe('Teodric Vallane');
  });

  it('gives "<person> of the <body>" to the person even when the quote extractor pointed at the body', () => {
    const text = '"It will get worse," said climate scientist Dr Mira Pellowe of the Shoreline Weather Institute.';
    const ex = extract(text);
    const q = quoteDraft(ex, 'It will get worse', 'climate scientist Dr Mira Pellowe of the Shoreline Weather Institute');
    q.speaker.mentionIndex = ex.mentions.findIndex((m) => m.kind === 'organization');
    expect(q.speaker.mentionIndex).toBeGreaterThanOrEqual(0);
    refine(ex, [q]);
    expect(clusterName(ex, q.speaker.mentionIndex)).toBe('Mira Pellowe');
  });
});

describe('link-speakers: "it" and "they" after an unnamed source (invented snippets)', () => {
  const quote = (raw: string, text: string) => factsFromDocs([makeDoc(raw, 'story.txt', 'story', [])]).facts.find((f): f is QuoteFact => f.kind === 'quote' && f.text === text);

  it('gives "It said" the unnamed body that spoke in the sentence before', () => {
    const raw = 'Ferry halt\n\nSailings were halted at Quellby. The ferry operator said the spare engine had worked. It said crews would stay on board until dawn.\n';
    expect(quote(raw, 'crews would stay on board until dawn')?.speaker.name).toBe('ferry operator');
  });

  it('gives "they" a plural unnamed source, not a singular one', () => {
    const raw = 'Walking and sleep\n\nOne in four walked daily. The researchers found that walking "helps sleep." But they warn that the survey shows only a link.\n';
    expect(quote(raw, 'that the survey shows only a link')?.speaker.name).toBe('researchers');
    const raw2 = 'Line reopens\n\nThe line was shut. The operator said the line was safe. They said the trains would run.\n';
    const trains = quote(raw2, 'the trains would run');
    expect(trains).toBeDefined();
    expect(trains?.speaker.name ?? null).toBeNull();
  });
});
