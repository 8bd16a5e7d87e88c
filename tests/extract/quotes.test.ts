import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/ingest/load.js';
import { attributeQuotes } from '../../src/extract/quotes/index.js';
import { findQuotePassages, isTitleLike } from '../../src/extract/quotes/passages.js';
import { factsFromFiles } from '../../src/pipeline.js';
import type { Mention, QuoteDraft } from '../../src/extract/types.js';
import { MATCHING, NOT_MATCHING, PARAGRAPH_CASES, type QuoteCase } from '../fixtures/quotes/cases.js';

/** A title line first, so the snippet is body text, not the headline. */
const HEADLINE = 'Local news\n\n';

function quotesIn(body: string, mentions: Mention[] = []) {
  const raw = HEADLINE + body;
  const doc = makeDoc(raw, 'snippet.txt', 'snippet', []);
  const facts = attributeQuotes(doc, mentions);
  return { doc, facts };
}

function summary(doc: { text: string }, f: QuoteDraft) {
  return { quote: doc.text.slice(f.span.start, f.span.end), speaker: f.speaker.mention?.text ?? null, cue: f.cue, direct: f.direct };
}

function checkCase(c: QuoteCase) {
  const { doc, facts } = quotesIn(c.text);
  const got = facts.map((f) => summary(doc, f));
  expect(got).toEqual(expect.arrayContaining(c.expected));
  expect(got).toHaveLength(c.expected.length);
  for (const f of facts) {
    const m = f.speaker.mention!;
    expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    expect(f.sentence.start).toBeLessThanOrEqual(f.span.start);
    expect(f.sentence.end).toBeGreaterThanOrEqual(f.span.end);
    expect(f.extractor).toMatch(/^quotes\//);
  }
}

describe('quote attribution: hard cases', () => {
  it.each(MATCHING.map((c) => [c.name, c] as const))('%s', (_name, c) => checkCase(c));
  it.each(PARAGRAPH_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => checkCase(c));
});

describe('quote attribution: no fact for quoted words nobody said', () => {
  it.each(NOT_MATCHING.map((c) => [c.name, c.text] as const))('%s', (_name, text) => {
    const { doc, facts } = quotesIn(text);
    expect(facts.map((f) => summary(doc, f))).toEqual([]);
  });

  it('ignores a quote inside a donation appeal that the cleaner blanks', () => {
    const body = '“The road will reopen in May,” the engineer said.\n\nDear readers,\n\nWe are facing “unprecedented challenges” and need your support. Please donate today.';
    const { doc, facts } = quotesIn(body);
    const quotes = facts.map((f) => summary(doc, f).quote);
    expect(quotes).toContain('The road will reopen in May');
    expect(quotes.join(' ')).not.toContain('unprecedented');
  });
});

describe('reported words inside an aside', () => {
  it('end where the dashes that hold the cue close', () => {
    const { doc, facts } = quotesIn('Officials chose the cheaper plan – the one the mayor said would cost too little – and the work stopped in May.');
    expect(facts.map((f) => summary(doc, f).quote)).toEqual(['would cost too little']);
  });
});

describe('a quote that opens the next sentence', () => {
  it('continues the speaker before, unless its own sentence names someone else', () => {
    const { doc, facts } = quotesIn('"The harbour will stay open," Ames said. "We have the money," the paper quotes a source close to the board. "It is safe," she said. "It will reopen in May," she added later.');
    const byQuote = Object.fromEntries(facts.map((f) => [summary(doc, f).quote, summary(doc, f).speaker]));
    expect(byQuote['We have the money']).not.toBe('Ames');
    expect(byQuote['It will reopen in May']).toBe('she');
  });
});

describe('speaker mention index', () => {
  it('points at the name after a possessive role, not at the possessor', () => {
    const body = '“We need pumps,” Halvorsen\'s chief of staff Ilse Brandt said.';
    const at = (s: string): Mention => {
      const start = (HEADLINE + body).indexOf(s);
      return { start, end: start + s.length, text: s, kind: 'person', name: s, role: null, roleSpan: null };
    };
    const mentions = [at("Halvorsen's"), at('Ilse Brandt')];
    const { facts } = quotesIn(body, mentions);
    expect(facts).toHaveLength(1);
    expect(facts[0].speaker.mentionIndex).toBe(1);
    expect(facts[0].speaker.entity).toBeNull();
    expect(facts[0].speaker.name).toBeNull();
  });

  it('is null when no people mention overlaps the speaker', () => {
    const { facts } = quotesIn('Officials said the talks would resume on Friday.');
    expect(facts[0].speaker.mentionIndex).toBeNull();
  });
});

describe('quotation marks', () => {
  it('pairs curly, straight and doubled-apostrophe marks and flags run-on paragraphs', () => {
    const text = '“one more,” he said. "two more." \'\'three more.\'\'\n\n“Four runs on\n\n“and ends.”\n\nNo mark here\n\nand “a run-on\n\nends here.” Then “a new one.”';
    const paragraphs = [
      { start: 0, end: text.indexOf('\n\n') },
      { start: text.indexOf('“Four'), end: text.indexOf('\n\n“and') },
      { start: text.indexOf('“and'), end: text.indexOf('\n\nNo mark') },
      { start: text.indexOf('No mark'), end: text.indexOf('\n\nand “') },
      { start: text.indexOf('and “'), end: text.indexOf('\n\nends here') },
      { start: text.indexOf('ends here'), end: text.length },
    ];
    const got = findQuotePassages(text, paragraphs).map((p) => ({ q: text.slice(p.content.start, p.content.end), closed: p.closed, continues: p.continues }));
    expect(got).toEqual([
      { q: 'one more', closed: true, continues: null },
      { q: 'two more.', closed: true, continues: null },
      { q: 'three more.', closed: true, continues: null },
      { q: 'Four runs on', closed: false, continues: null },
      { q: 'and ends.', closed: true, continues: 3 },
      { q: 'a run-on', closed: false, continues: null },
      { q: 'ends here.', closed: true, continues: 5 },
      { q: 'a new one.', closed: true, continues: null },
    ]);
  });

  it('treats short title-case phrases as titles', () => {
    expect(isTitleLike('Meet the Voters')).toBe(true);
    expect(isTitleLike('State of the Union.')).toBe(true);
    expect(isTitleLike('growing desperation')).toBe(false);
    expect(isTitleLike('We will rebuild every one of them.')).toBe(false);
  });
});

describe('sample articles', () => {
  const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort();
  const table = factsFromFiles(seeds.map((f) => join('seeds', f)));
  const quotes = table.facts.filter((f) => f.kind === 'quote');
  const raw = new Map(seeds.map((f) => [f.replace(/\.txt$/, ''), readFileSync(join('seeds', f), 'utf8')]));
  const find = (article: string, words: string) => quotes.filter((q) => q.article.startsWith(article) && q.text.includes(words));

  it('maps every quote and speaker mention back to the file text', () => {
    expect(quotes.length).toBeGreaterThan(20);
    for (const q of quotes) {
      const text = raw.get(q.article)!;
      expect(text.slice(q.span.start, q.span.end)).toBe(q.text);
      if (q.speaker.mention) expect(text.slice(q.speaker.mention.start, q.speaker.mention.end)).toBe(q.speaker.mention.text);
    }
  });

  it('gives the quote after "chief of staff" to the chief of staff', () => {
    const [q] = find('000_', 'Sanctions alone are not enough');
    expect(q.direct).toBe(true);
    expect(q.speaker.mention?.text).toBe("Zelensky's chief of staff Andriy Yermak");
    expect(q.cue).toBe('said');
  });

  it('skips the appositive to find the speaker of the partial quote', () => {
    const [q] = find('000_', 'cease these actions immediately');
    expect(q.text).toBe('cease these actions immediately.');
    expect(q.speaker.mention?.text).toBe('Rutte');
  });

  it('gives the paragraphs after "The Secretary-General continued:" to the Secretary-General', () => {
    const first = find('002_', 'The deepening military cooperation');
    const second = find('002_', 'This underlines the importance');
    expect(first).toHaveLength(1);
    expect(second).toHaveLength(1);
    for (const q of [...first, ...second]) {
      expect(q.speaker.mention?.text).toBe('The Secretary-General');
      expect(q.cue).toBe('continued');
    }
  });

  it('lets the continuation after "Singh said." inherit the speaker', () => {
    const [q] = find('003_', 'This is a calculation');
    expect(q.speaker.mention?.text).toBe('Singh');
    expect(q.extractor).toBe('quotes/direct-continuation');
  });

  it('does not attribute the donation appeal', () => {
    expect(find('000_', 'unprecedented challenges')).toEqual([]);
  });

  it('reports reported speech with its speaker ("said Monday that")', () => {
    const [q] = find('000_', 'North Korean troops were sent to Russia');
    expect(q.direct).toBe(false);
    expect(q.text.startsWith('that North Korean troops')).toBe(true);
    expect(q.speaker.mention?.text).toBe('NATO Secretary General Mark Rutte');
  });
});

describe('quote attribution: objects, findings and interviews (invented snippets)', () => {
  const got = (body: string) => {
    const { doc, facts } = quotesIn(body);
    return facts.map((f) => summary(doc, f));
  };

  it('takes no quote from "admitted" or "conceded" with a noun-phrase object', () => {
    expect(got('Dorian Velk admitted six counts of theft at the county court in May.')).toEqual([]);
    expect(got('The visitors conceded 4 goals in their last two games, the worst run in years.')).toEqual([]);
    expect(got('Mara Quell admitted the mistake during a radio interview.')).toEqual([]);
  });

  it('still reports a clause after "admitted" when a finite verb follows the subject', () => {
    const quotes = got('Mara Quell admitted the new timetable for the western branch lines had caused delays.');
    expect(quotes).toEqual([{ quote: 'the new timetable for the western branch lines had caused delays', speaker: 'Mara Quell', cue: 'admitted', direct: false }]);
  });

  it('does not read a place phrase after "told reporters" as reported speech', () => {
    const quotes = got('"We will not give up," union leader Pell Arandt told reporters outside the depot.');
    expect(quotes).toEqual([{ quote: 'We will not give up', speaker: 'union leader Pell Arandt', cue: 'told', direct: true }]);
  });

  it('takes a speaker with lower-case modifiers before a name after a closing quote', () => {
    const quotes = got('"The ward stays open," guild chair Hanna Orvik said. "We have the numbers."');
    expect(quotes.map((q) => [q.quote, q.speaker])).toEqual([
      ['The ward stays open', 'guild chair Hanna Orvik'],
      ['We have the numbers.', 'guild chair Hanna Orvik'],
    ]);
    // Not a verb phrase with a determiner ("features a ... report").
    expect(got('The advert, titled "Greedy," features a Valley Herald report on the fees.')).toEqual([]);
  });

  it('reports what a study or a survey found, not what the police found', () => {
    expect(got('The survey found most commuters in the valley now travel by bike.')).toEqual([
      { quote: 'most commuters in the valley now travel by bike', speaker: 'The survey', cue: 'found', direct: false },
    ]);
    expect(got('The researchers found that older drivers braked later than younger ones.')).toEqual([
      { quote: 'that older drivers braked later than younger ones', speaker: 'The researchers', cue: 'found', direct: false },
    ]);
    expect(got('Police found a stolen van near the harbour on Sunday.')).toEqual([]);
  });

  it('reports a recommendation only as a "that" clause', () => {
    expect(got('The panel recommended that towns close their landfill sites by next year.')).toEqual([
      { quote: 'that towns close their landfill sites by next year', speaker: 'The panel', cue: 'recommended', direct: false },
    ]);
    expect(got('The panel recommended a ban on landfill sites.')).toEqual([]);
  });

  it('drops the interviewer\'s questions in a Q&A and keeps the answers as direct quotes', () => {
    const body =
      'Tobin Marsh has run the ferry for 20 years. He spoke to the Gazette.\n\n' +
      'Gazette: Why did you start?\n\n' +
      'Marsh: Luck. My uncle needed a deckhand and I needed a summer job.\n\n' +
      'Gazette: Would you do it again?\n\n' +
      'Marsh: Every day of the week, and twice on Sundays.\n';
    const quotes = got(body);
    expect(quotes.map((q) => q.quote)).toEqual(['Luck. My uncle needed a deckhand and I needed a summer job', 'Every day of the week, and twice on Sundays']);
    expect(quotes.every((q) => q.speaker === 'Marsh' && q.direct)).toBe(true);
  });

  it('keeps transcript turns as they were when no label only asks questions', () => {
    const body = 'HOLM: We will cut the fee.\n\nBRANDT: Will you? Nobody believes it.\n\nHOLM: And we did it.\n';
    const quotes = got(body);
    expect(quotes.map((q) => q.speaker)).toEqual(['HOLM', 'BRANDT', 'HOLM']);
    expect(quotes.every((q) => !q.direct)).toBe(true);
  });

  it('reads what a study named with its maker, or a court, "found that"', () => {
    expect(got('A poll from the Westmere Traders Guild found that shoppers would spend less this winter.')).toEqual([
      { quote: 'that shoppers would spend less this winter', speaker: 'A poll from the Westmere Traders Guild', cue: 'found', direct: false },
    ]);
    expect(got('The appeals court found that the tenants had filed their claims in time.').map((q) => q.speaker)).toEqual(['The appeals court']);
    // A court that finds a person guilty states no clause.
    expect(got('The court found him guilty of fraud on Tuesday.')).toEqual([]);
  });

  it('takes no dateline, review verdict or credits block for a speaker\'s turn', () => {
    expect(got('MERRIDEN: A pupil from the town has won first prize at a national fair, organisers said on Monday.\n')).not.toEqual(expect.arrayContaining([expect.objectContaining({ speaker: 'MERRIDEN' })]));
    expect(got('Verdict: Long, odd and lovely. Three stars out of five.\n')).toEqual([]);
    expect(got('Director: Ilse Marrow. Starring: Tom Dee, Ada Quorn. Running time: 98 minutes.\n')).toEqual([]);
  });

  it('keeps a single turn that speaks in the first person or asks', () => {
    expect(got('HOLLIS: Let me be clear. We will reopen the pier this week.\n').map((q) => q.speaker)).toEqual(['HOLLIS']);
    expect(got('HOLLIS: Why would the council wait another year for that report?\n').map((q) => q.speaker)).toEqual(['HOLLIS']);
  });
});

describe('quote attribution: organisations with a relative clause (invented snippets)', () => {
  const got = (body: string) => {
    const { doc, facts } = quotesIn(body);
    return facts.map((f) => summary(doc, f));
  };

  it('reads past a number with a thousands comma inside the relative clause', () => {
    expect(got('Orlund Shipworks, which employs 4,200 people at its yard in Tessby, said the order would secure work until 2031.')).toEqual([
      { quote: 'the order would secure work until 2031', speaker: 'Orlund Shipworks', cue: 'said', direct: false },
    ]);
  });

  it('takes a long organisation name before ", which said"', () => {
    expect(got('Reporters contacted the regional Office of Coastal Works, which said it was monitoring the repairs.')).toEqual([
      { quote: 'it was monitoring the repairs', speaker: 'the regional Office of Coastal Works, which', cue: 'said', direct: false },
    ]);
  });
});

describe('quote attribution: surveys, figures and counts as sources (invented snippets)', () => {
  const got = (body: string) => {
    const { doc, facts } = quotesIn(body);
    return facts.map((f) => summary(doc, f));
  };

  it('reads a survey subject with a thousands comma before "found that"', () => {
    expect(got('A guild survey of 3,100 nurses found that 61% had worked unpaid overtime.')).toEqual([
      { quote: 'that 61% had worked unpaid overtime', speaker: 'A guild survey of 3,100 nurses', cue: 'found', direct: false },
    ]);
  });

  it('takes figures handed to a body that "show that"', () => {
    expect(got('Figures presented to the council show that bus journeys have fallen by 8% this year.')).toEqual([
      { quote: 'that bus journeys have fallen by 8% this year', speaker: 'Figures presented to the council', cue: 'show', direct: false },
    ]);
  });

  it('takes a sentence-final "its figures show" and "the census shows"', () => {
    expect(got('Nearly half went to pensioners living alone, its figures show.')).toEqual([
      { quote: 'Nearly half went to pensioners living alone', speaker: 'its figures', cue: 'show', direct: false },
    ]);
    expect(got('The otter population has doubled in five years, the latest river census shows.')).toEqual([
      { quote: 'The otter population has doubled in five years', speaker: 'the latest river census', cue: 'shows', direct: false },
    ]);
  });

  it('takes no "show" of a video or a match, nor one inside what a person said', () => {
    expect(got('The video shows the van turning into the yard.')).toEqual([]);
    const quotes = got('Orla Fenwick said her own research shows that the fares deter young riders.');
    expect(quotes.map((q) => q.speaker)).toEqual(['Orla Fenwick']);
  });
});

describe('quote attribution: "said about" a figure with a thousands comma (invented snippets)', () => {
  it('reads "said about 1,200 ..." as a clause with an approximate count', () => {
    const { doc, facts } = quotesIn('Gallo Fenn said about 4,300 lorries use the bridge each day.');
    expect(facts.map((f) => summary(doc, f))).toEqual([{ quote: 'about 4,300 lorries use the bridge each day', speaker: 'Gallo Fenn', cue: 'said', direct: false }]);
  });
});

describe('quote attribution: figures qualified by their source (invented snippets)', () => {
  it('takes "..., new figures from the X Office show." with a singular word before the verb', () => {
    const { doc, facts } = quotesIn('One in five trains ran late last winter, new figures from the Rail Standards Office show.');
    expect(facts.map((f) => summary(doc, f))).toEqual([
      { quote: 'One in five trains ran late last winter', speaker: 'new figures from the Rail Standards Office', cue: 'show', direct: false },
    ]);
  });
});

describe('quote attribution: requests to the writer (invented snippets)', () => {
  const got = (body: string) => {
    const { doc, facts } = quotesIn(body);
    return facts.map((f) => summary(doc, f));
  };

  it('takes no quote from "asked us not to print ..." but keeps "urged residents to ..."', () => {
    expect(got('Yorrin Belt, a care worker, asked us not to print his address.')).toEqual([]);
    expect(got('The mayor urged residents to stay indoors.')).toEqual([{ quote: 'residents to stay indoors', speaker: 'The mayor', cue: 'urged', direct: false }]);
  });

  it('reads past "in a memo to investors" to the clause after "that"', () => {
    expect(got('Analysts were split. Tova Brennig said in a memo to investors that the winter would be hard.')).toEqual([{ quote: 'that the winter would be hard', speaker: 'Tova Brennig', cue: 'said', direct: false }]);
  });

  it('takes a base form before "that" as the verb of a plural subject placed by "in" before a name', () => {
    expect(got('Prices fell. Estate agents in Quellby report that sales have slowed to a trickle.')).toEqual([{ quote: 'that sales have slowed to a trickle', speaker: 'Estate agents in Quellby', cue: 'report', direct: false }]);
    expect(got('Prices fell. The Quellby report that came out on Monday was short.')).toEqual([]);
  });

  it('takes no quote from "added" before a figure (a gain in a market report)', () => {
    expect(got('Shares closed higher. Quellmoor Holdings added 27 cents, or 2.2%, to $12.40.')).toEqual([]);
    expect(got('The index added $2 to close at $40.')).toEqual([]);
  });

  it('takes no quote from an appeal to "anyone" (a public notice, not a position)', () => {
    expect(got('Warden Brin Oskaley urged anyone walking the coast path to check the tide tables.')).toEqual([]);
    expect(got('The mayor urged everyone to stay indoors.')).toEqual([]);
  });
});

describe('quote attribution: advice to act (invented snippets)', () => {
  const got = (body: string) => {
    const { doc, facts } = quotesIn(body);
    return facts.map((f) => summary(doc, f));
  };

  it('takes no quote from "advised <object> to <verb>" but keeps "advised that ..."', () => {
    expect(got('The river board advised boat owners to moor further upstream.')).toEqual([]);
    expect(got('The river board advised that the towpath would stay shut.')).toEqual([
      { quote: 'that the towpath would stay shut', speaker: 'The river board', cue: 'advised', direct: false },
    ]);
  });
});

describe('quote attribution: a counted plural is no cue (invented snippets)', () => {
  const got = (body: string) => {
    const { doc, facts } = quotesIn(body);
    return facts.map((f) => summary(doc, f));
  };

  it('gives "..., saying ..." to the head of the sentence, not to "14 front counters"', () => {
    expect(got('The head of Velmoor Police has defended a plan to shut five of the 14 front counters, saying officers are better used on patrol.')).toEqual([
      { quote: 'officers are better used on patrol', speaker: 'The head of Velmoor Police', cue: 'saying', direct: false },
    ]);
    expect(got('Ames counters, "Nobody asked us."').map((q) => q.speaker)).toEqual(['Ames']);
  });
});

describe('quote attribution: "said in a statement it ..." (invented snippets)', () => {
  const got = (body: string) => {
    const { doc, facts } = quotesIn(body);
    return facts.map((f) => summary(doc, f));
  };

  it('opens the clause at "it" with a finite verb after a short adverbial', () => {
    expect(got('Velmoor Council said in a statement it had not been consulted.')).toEqual([
      { quote: 'it had not been consulted', speaker: 'Velmoor Council', cue: 'said', direct: false },
    ]);
  });

  it('not where a preposition governs "it" or a comma came first', () => {
    expect(got('The council said in a letter to it was unclear.')).toEqual([]);
  });
});

describe('quote attribution: what figures show about a measure (invented snippets)', () => {
  const got = (body: string) => {
    const { doc, facts } = quotesIn(body);
    return facts.map((f) => summary(doc, f));
  };

  it('takes "figures show the number of ... fell" and keeps a later ", although X says"', () => {
    expect(got('Figures from the Anglers Trust show the number of licences fell from 80 to 60, although the trust says membership rose in 2024.')).toEqual([
      { quote: 'the number of licences fell from 80 to 60', speaker: 'Figures from the Anglers Trust', cue: 'show', direct: false },
      { quote: 'membership rose in 2024', speaker: 'the trust', cue: 'says', direct: false },
    ]);
  });

  it('still reads no clause after "polls show the race ..." and drops a "show" inside what someone said', () => {
    expect(got('Polls show the race tightening.')).toEqual([]);
    expect(got('Ames said her research shows that the fares deter riders.').map((q) => q.cue)).toEqual(['said']);
  });
});

describe('quote attribution: a place name with a number (invented snippets)', () => {
  const got = (body: string) => {
    const { doc, facts } = quotesIn(body);
    return facts.map((f) => summary(doc, f));
  };

  it('keeps "Residents of Brook 12, a hamlet of ..., said" as the speaker', () => {
    expect(got('Residents of Brook 12, a hamlet of about 1,300 people near the dam, said they had not been warned.')).toEqual([
      { quote: 'they had not been warned', speaker: 'Residents of Brook 12', cue: 'said', direct: false },
    ]);
  });
});

describe('quote attribution: a written text as the source of a quote (invented snippets)', () => {
  const got = (body: string) => {
    const { doc, facts } = quotesIn(body);
    return facts.map((f) => summary(doc, f));
  };

  it('takes `"...," the notice ends` and `"...," the handwritten sign reads`', () => {
    expect(got('The cafe shuts on Friday. "We are closing. Thank you for coming," the notice ends.')).toEqual([
      { quote: 'We are closing. Thank you for coming', speaker: 'the notice', cue: 'ends', direct: true },
    ]);
    expect(got('"Closed until spring," the handwritten sign reads.')).toEqual([
      { quote: 'Closed until spring', speaker: 'the handwritten sign', cue: 'reads', direct: true },
    ]);
  });

  it('takes no "reads" or "ends" without a quote before the text', () => {
    expect(got('He reads the letter every day.')).toEqual([]);
    expect(got('The letter ends with a plea for calm.')).toEqual([]);
  });
});
