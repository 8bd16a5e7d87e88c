import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/ingest/load.js';
import { factsFromDocs } from '../../src/pipeline.js';
import type { QuoteFact } from '../../src/schema/index.js';

const BODY =
  'Finance Minister Ilse Brandt presented the plan to parliament on Tuesday. The Harbour Board said it would study the figures. Opposition members asked for more time.';

function headlineQuotes(headline: string, body = BODY) {
  const raw = `${headline}\n\n${body}\n`;
  const table = factsFromDocs([makeDoc(raw, 'story.txt', 'story', [])]);
  const quotes = table.facts.filter((f): f is QuoteFact => f.kind === 'quote' && f.extractor.startsWith('headlines/'));
  for (const q of quotes) {
    expect(raw.slice(q.span.start, q.span.end)).toBe(q.text);
    expect(raw.slice(q.speaker.mention!.start, q.speaker.mention!.end)).toBe(q.speaker.mention!.text);
  }
  return quotes.map((q) => ({ quote: q.text, speaker: q.speaker.mention?.text, name: q.speaker.name, cue: q.cue, direct: q.direct }));
}

describe('who said what in the headline', () => {
  it('"X says ...": the speaker joins the body entity by surname', () => {
    expect(headlineQuotes('Brandt says budget will balance by spring')).toEqual([
      { quote: 'budget will balance by spring', speaker: 'Brandt', name: 'Ilse Brandt', cue: 'says', direct: false },
    ]);
  });

  it('"X: ..." with a quoted clause, after a kicker label', () => {
    expect(headlineQuotes('Analysis: Brandt: ‘We will not raise taxes’')).toEqual([
      { quote: '‘We will not raise taxes’', speaker: 'Brandt', name: 'Ilse Brandt', cue: ':', direct: true },
    ]);
  });

  it('an organisation named in full', () => {
    expect(headlineQuotes('Harbour Board warns port fees will rise next year')).toEqual([
      { quote: 'port fees will rise next year', speaker: 'Harbour Board', name: 'Harbour Board', cue: 'warns', direct: false },
    ]);
  });

  it('a role qualified by a name names nobody', () => {
    expect(headlineQuotes('Harbour chief says port fees will rise next year')).toEqual([
      { quote: 'port fees will rise next year', speaker: 'Harbour chief', name: null, cue: 'says', direct: false },
    ]);
  });

  it('"X to Y: ..." names an addressee; the speaker is before "to"', () => {
    expect(headlineQuotes('Brandt to Harbour Board: fees will not rise this year')).toEqual([
      { quote: 'fees will not rise this year', speaker: 'Brandt', name: 'Ilse Brandt', cue: 'to Harbour Board:', direct: false },
    ]);
  });

  it('an adverb between the speaker and the verb ("Just Announced")', () => {
    expect(headlineQuotes('Brandt Just Announced A New Harbour Fee For Ferries')).toEqual([
      { quote: 'A New Harbour Fee For Ferries', speaker: 'Brandt', name: 'Ilse Brandt', cue: 'Announced', direct: false },
    ]);
  });

  it.each([
    ['an infinitive after a noun phrase, not an addressee', 'A Bold Plan to Save the Harbour: Sell the Ferries'],
    ['a feature label', 'Ilse Brandt: the quiet reformer'],
    ['a topic shared by two', 'Brandt and the unions: a long quarrel'],
    ['a clause, not a speaker', 'Spoiler no more: budget passes'],
    ['a noun "calls"', 'Fans calls after the final whistle grow louder'],
    ['no verb of saying', 'Budget passes after long night in parliament'],
  ])('no quote from %s', (_why, headline) => {
    expect(headlineQuotes(headline)).toEqual([]);
  });
});

describe('who said what in a headline that names the speaker last', () => {
  it('"..., X Says": what was said before the comma', () => {
    expect(headlineQuotes('Port Fees Will Rise Next Year, Brandt Says')).toEqual([
      { quote: 'Port Fees Will Rise Next Year', speaker: 'Brandt', name: 'Ilse Brandt', cue: 'Says', direct: false },
    ]);
  });

  it('a list of capitalised words before the verb is no speaker', () => {
    expect(headlineQuotes('Rain, Wind, Snow And Ice: What The Forecast Says')).toEqual([]);
  });
});

describe('headline sources named last or after a quoted phrase (invented headlines)', () => {
  it('", says watchdog": a bare source noun after an inverted verb; a quoted phrase inside is also a direct quote', () => {
    expect(headlineQuotes('Ferry fares rise ‘a slap in the face’ for islanders, says watchdog')).toEqual([
      { quote: 'Ferry fares rise ‘a slap in the face’ for islanders', speaker: 'watchdog', name: null, cue: 'says', direct: false },
      { quote: 'a slap in the face', speaker: 'watchdog', name: null, cue: 'says', direct: true },
    ]);
  });

  it('", study finds": a finding with a source noun', () => {
    expect(headlineQuotes('Children who walk to school sleep better, study finds')).toEqual([
      { quote: 'Children who walk to school sleep better', speaker: 'study', name: null, cue: 'finds', direct: false },
    ]);
    // "finds" after anything but a source noun is no finding.
    expect(headlineQuotes('Lost dog walks home across the moor, owner Pia finds')).toEqual([]);
  });

  it('"\'...\': a ferry captain on ...": quoted words, a colon, then who said them', () => {
    expect(headlineQuotes('‘The sea never forgives a lazy knot’: a ferry captain on 40 years at the helm')).toEqual([
      { quote: 'The sea never forgives a lazy knot', speaker: 'a ferry captain', name: null, cue: ':', direct: true },
    ]);
  });

  it('a live-blog label is a kicker, not a speaker', () => {
    expect(headlineQuotes('Election night live: counting begins in the northern wards')).toEqual([]);
  });
});

describe('colon headlines: topic labels and kickers (invented headlines)', () => {
  it('a topic label with a lower-case word that is no speaker noun is not a speaker', () => {
    expect(headlineQuotes('Ferry fares: six ways to travel for less this winter')).toEqual([]);
  });

  it('a speaker noun label still speaks', () => {
    expect(headlineQuotes('Harbour chief: fees will not rise this year')).toEqual([
      { quote: 'fees will not rise this year', speaker: 'Harbour chief', name: null, cue: ':', direct: false },
    ]);
  });

  it('"Label: \'...,\' says X": the words after the kicker name their own speaker, the comma inside the mark', () => {
    expect(headlineQuotes("Winter Appeal: 'We skip meals so the children eat,' says father of four")).toEqual([
      { quote: 'We skip meals so the children eat', speaker: 'father of four', name: null, cue: 'says', direct: true },
    ]);
  });

  it('", census shows": a count is a source of findings', () => {
    expect(headlineQuotes('Otter numbers up 12pc on the river, census shows')).toEqual([
      { quote: 'Otter numbers up 12pc on the river', speaker: 'census', name: null, cue: 'shows', direct: false },
    ]);
  });
});

describe('headline findings with a plural source (invented headline)', () => {
  it('", figures show"', () => {
    expect(headlineQuotes('One in five trains ran late last winter, figures show')).toEqual([
      { quote: 'One in five trains ran late last winter', speaker: 'figures', name: null, cue: 'show', direct: false },
    ]);
  });
});
