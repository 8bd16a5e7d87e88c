import { describe, expect, it } from 'vitest';
import { askableCounts, figureFraming, howManyQuestion, measuresSomething } from '../../src/questions/kinds/number.js';
import { prepareQuestions } from '../../src/questions/index.js';
import type { NumberFact } from '../../src/schema/index.js';
import { tableOf, type Finder } from './snippet-table.js';

/**
 * Which figures the goal/forecast word list frames as a target (asked only as a fill-in-the-blank):
 * invented one-sentence texts, the figure found by searching, so spans are exact.
 */
const framing = (raw: string, figure: string): ReturnType<typeof figureFraming> => {
  const start = raw.indexOf(figure);
  const fact: NumberFact = {
    id: 'n', article: 'a', span: { start, end: start + figure.length }, text: figure, sentence: { start: 0, end: raw.length }, corroboratedBy: [],
    extractor: 'test', kind: 'number', value: 1, qualifier: 'exact', unit: null, counts: null, approximate: false, source: null, conflictsWith: [],
  };
  return figureFraming(fact, raw);
};

describe('goal and forecast framing of a figure', () => {
  it('still frames plans, forecasts, hopes and modals', () => {
    expect(framing('Trelco plans to shed 7,100 jobs at its Velden plant.', '7,100')).toBe('target');
    expect(framing('The population of Velden is expected to peak at 1.2 million.', '1.2 million')).toBe('target');
    expect(framing('Velden Radio is hoping to increase this to 10 million by 2030.', '10 million')).toBe('target');
    expect(framing('The ferry line set a goal of 5m tickets sold this year.', '5m')).toBe('target');
    expect(framing('Inflation would be 1.75% next year, the minister forecast.', '1.75%')).toBe('target');
    expect(framing('Jo Bell promised 40 million euros for harbour repairs.', '40 million euros')).toBe('target');
    expect(framing('The deal is likely to cost Trelco $30m.', '$30m')).toBe('target');
    expect(framing('We could have sold a million tickets.', 'a million')).toBe('target');
    expect(framing('For next year Trelco is projecting earnings growth of around 5%.', 'around 5%')).toBe('target');
    expect(framing('The council has three projects worth £5m.', '£5m')).toBeNull();
  });
  it('does not read football goals, "on target", broken promises or "more likely" as framing', () => {
    expect(framing('Velden restored their two-goal lead four minutes before the break.', 'four minutes')).toBeNull();
    expect(framing('Goal-kickers Jo Bell and Al Roe missed six penalty attempts.', 'six')).toBeNull();
    expect(framing('Ostra had broken promises by raising taxes 66 times, he said.', '66 times')).toBeNull();
    expect(framing('Jo Bell was on target with 12 shots in the match.', '12')).toBeNull();
    expect(framing('Those on high incomes are four times more likely to own one than those earning less than $30,000.', 'less than $30,000')).toBeNull();
    expect(framing('Among likely voters, 46 percent back Jo Bell.', '46 percent')).toBeNull();
    expect(framing('Hackers targeted the systems of more than 20 states.', 'more than 20')).toBeNull();
  });
  it('does not frame an existing set or amount named after a determiner or in a partitive', () => {
    expect(framing('None of the money will be paid to the four owners of Trelco.', 'four')).toBeNull();
    expect(framing('Jo Bell vowed the nine men would remain in prison.', 'nine')).toBeNull();
    expect(framing('He is expected to cut the £85 cost of the card.', '£85')).toBeNull();
    expect(framing('It will be one of 21 films competing for the prize.', '21')).toBeNull();
  });
  it('does not frame a figure after a past or present verb of its own, or one opening its own clause', () => {
    expect(framing('He would not discuss reports the party repaid £500,000 to Jo Bell.', '£500,000')).toBeNull();
    expect(framing('Voters would wonder why Al Roe was still in his job three months after.', 'three months')).toBeNull();
    expect(framing('It might be small given that our total debt is nearing $20 trillion.', '$20 trillion')).toBeNull();
    expect(framing('In the poll 46 percent would choose Jo Bell and 44 percent would back Al Roe.', '44 percent')).toBeNull();
    // A figure that is the object of the forecast verb stays framed.
    expect(framing('Trelco would cut 500 jobs and 200 posts.', '200')).toBe('target');
  });
  it('does not carry framing across a double-hyphen aside', () => {
    expect(framing('What behaviour might lurk in the firm -- such as an improper $25,000 gift to Jo Bell.', '$25,000')).toBeNull();
  });
});

describe('a change is not asked as the level of what changed', () => {
  const fact = (raw: string, figure: string, counts: string, unit: string | null, value = 12): [NumberFact, string] => {
    const start = raw.indexOf(figure);
    return [{
      id: 'n', article: 'a', span: { start, end: start + figure.length }, text: figure, sentence: { start: 0, end: raw.length }, corroboratedBy: [],
      extractor: 'test', kind: 'number', value, qualifier: 'exact', unit, counts, approximate: false, source: null, conflictsWith: [],
    }, raw];
  };
  it('asks "closed down 8%" and "contracted 0.5%" only in their sentence', () => {
    expect(askableCounts(...fact('Shares in Velden Ferries closed down 8% in London trade.', '8%', 'Shares in Velden Ferries', '%'))).toBeNull();
    expect(askableCounts(...fact('Output in the harbour sector contracted 0.5% last quarter.', '0.5%', 'Output in the harbour sector', '%'))).toBeNull();
    expect(askableCounts(...fact('Trelco shares rose 4p or nearly 1% in early trade.', 'nearly 1%', 'Trelco shares in early trade', '%'))).toBeNull();
    expect(askableCounts(...fact("Velden's industrial output data came out, showing 0.7% growth.", '0.7%', "Velden's industrial output", '%'))).toBeNull();
    expect(askableCounts(...fact("Velden's box office received a 3.8% boost last year.", '3.8%', "Velden's box office", '%'))).toBeNull();
    expect(askableCounts(...fact('Trelco ferry shares recovered to close 12% down on Friday.', '12%', 'Trelco ferry shares', '%'))).toBeNull();
  });
  it('still asks a level reached, a change named by what is counted, and a count of things', () => {
    expect(askableCounts(...fact('Harbour fees at Velden rose to 12% of turnover.', '12%', 'Harbour fees at Velden', '%'))).toBe('Harbour fees at Velden');
    expect(askableCounts(...fact('Trelco reported a 22% fall in first quarter profits.', '22%', 'fall in first quarter profits', '%'))).toBe('fall in first quarter profits');
    expect(askableCounts(...fact('The Velden yard cut 200 dock jobs last year.', '200', 'dock jobs at the Velden yard', null, 200))).toBe('dock jobs at the Velden yard');
  });
});

describe('two figures of one sentence for the same thing', () => {
  it('asks neither by its counted thing when one is per barrel and the other plain money', () => {
    const numberAt = (find: string, value: number, unit: string | null, counts: string) => (f: Finder): NumberFact => ({ ...f(find), kind: 'number', value, qualifier: 'exact', unit, counts, approximate: false, source: null, conflictsWith: [] });
    const text = 'Velden crude futures jumped to $53.09 a barrel before closing at $53.03. The council hired 380 new harbour pilots and dockers in the spring.';
    const { table, texts } = tableOf(text, [
      numberAt('$53.09 a barrel', 53.09, 'USD/bbl', 'Velden crude futures'),
      numberAt('$53.03', 53.03, 'USD', 'Velden crude futures'),
      numberAt('380', 380, null, 'new harbour pilots and dockers'),
    ]);
    const { candidates } = prepareQuestions(table, { seed: 's', kinds: ['number'], texts });
    const stems = candidates.map((c) => (c.draft.form === 'choice' ? c.draft.stem : ''));
    expect(stems.some((s) => s.includes('new harbour pilots and dockers'))).toBe(true);
    expect(stems.some((s) => s.includes('for Velden crude futures') || s.includes('of Velden crude futures'))).toBe(false);
  });
});

describe('what a counted thing may say of its own framing, and figures in the title', () => {
  it('reads "tax plan" as whose plan, not as a framing that makes a forecast askable', () => {
    const raw = "The Velden Institute estimates that Jo Bell's tax plan would raise $1.1 trillion over a decade.";
    const start = raw.indexOf('$1.1 trillion');
    const fact: NumberFact = {
      id: 'n', article: 'a', span: { start, end: start + 13 }, text: '$1.1 trillion', sentence: { start: 0, end: raw.length }, corroboratedBy: [],
      extractor: 'test', kind: 'number', value: 1.1e12, qualifier: 'exact', unit: 'USD', counts: "Jo Bell's tax plan", approximate: false, source: null, conflictsWith: [],
    };
    expect(figureFraming(fact, raw)).toBe('target');
    expect(askableCounts(fact, raw)).toBeNull();
  });
  it('asks no figure that the report title gives away', () => {
    const numberAt = (find: string, value: number, unit: string | null, counts: string) => (f: Finder): NumberFact => ({ ...f(find), kind: 'number', value, qualifier: 'exact', unit, counts, approximate: false, source: null, conflictsWith: [] });
    const text = 'Every 72 minutes a Velden ferry leaves\n\nEvery 72 minutes, a Velden ferry leaves the harbour. The council hired 380 new harbour pilots and dockers in the spring.';
    const { table, texts } = tableOf(text, [numberAt('72 minutes', 72, 'min', 'ferry departures'), numberAt('380', 380, null, 'new harbour pilots and dockers')]);
    table.articles[0].title = 'Every 72 minutes a Velden ferry leaves';
    const { candidates } = prepareQuestions(table, { seed: 's', kinds: ['number'], texts });
    expect(candidates.map((c) => (c.facts[0] as NumberFact).value)).toEqual([380]);
  });
});

describe('two bearers compared in one sentence', () => {
  const numberAt = (find: string, value: number, unit: string | null, counts: string | null) => (f: Finder): NumberFact => ({ ...f(find), kind: 'number', value, qualifier: 'exact', unit, counts, approximate: false, source: null, conflictsWith: [] });
  const stems = (text: string, facts: Array<(f: Finder) => NumberFact>) => {
    const { table, texts } = tableOf(text, facts);
    const { candidates } = prepareQuestions(table, { seed: 's', kinds: ['number'], texts });
    return candidates.map((c) => [(c.facts[0] as NumberFact).value, c.draft.form === 'choice' ? c.draft.stem : '']);
  };
  it('says whose figure it asks for when another bearer has a figure of the same kind', () => {
    const text = "Trelco has a stock market value of about $4.1bn, compared to Zenco's $12.4bn. Velden has 12 ferries.";
    const out = stems(text, [numberAt('$4.1bn', 4.1e9, 'USD', 'stock market value'), numberAt('$12.4bn', 12.4e9, 'USD', "Zenco's stock market value")]);
    expect(out.find((o) => o[0] === 4.1e9)?.[1]).toMatch(/for Trelco's stock market value\?/);
    expect(out.find((o) => o[0] === 12.4e9)?.[1]).toMatch(/for Zenco's stock market value\?/);
  });
  it('keeps a stem whose counted thing names its bearer, and does not compare two different things', () => {
    const text = "Trelco has annual ferry sales of $8.2bn, while Zenco's yearly ferry sales are $7.6bn. There are 40 working harbour cranes while Velden said more than 2.5 million harbour visitors came.";
    const out = stems(text, [
      numberAt('$8.2bn', 8.2e9, 'USD', 'annual ferry sales'),
      numberAt('$7.6bn', 7.6e9, 'USD', "Zenco's yearly ferry sales"),
      numberAt('40', 40, null, 'working harbour cranes'),
      numberAt('2.5 million', 2.5e6, null, 'harbour visitors'),
    ]);
    expect(out.find((o) => o[0] === 8.2e9)?.[1]).toMatch(/Trelco's annual ferry sales/);
    expect(out.find((o) => o[0] === 7.6e9)?.[1]).toMatch(/Zenco's yearly ferry sales/);
    expect(out.find((o) => o[0] === 40)?.[1]).toMatch(/how many working harbour cranes are there\b/i);
  });
  it('makes a short counted thing askable with its bearer, and reads the other\'s owner from what it counts', () => {
    const text = "Trelco has annual sales of $8.2bn, while August's yearly sales are $7.6bn. Velden has 12 ferries.";
    const out = stems(text, [numberAt('$8.2bn', 8.2e9, 'USD', 'annual sales'), numberAt('$7.6bn', 7.6e9, 'USD', "August's yearly sales")]);
    expect(out.find((o) => o[0] === 8.2e9)?.[1]).toMatch(/for Trelco's annual sales\?/);
  });
  it('finds a bearer after the article that opens the sentence', () => {
    const text = "The Velden Harbour Authority has annual ferry sales of $8.2bn, while Zenco's yearly ferry sales are $7.6bn. Velden has 12 ferries.";
    const out = stems(text, [numberAt('$8.2bn', 8.2e9, 'USD', 'annual ferry sales'), numberAt('$7.6bn', 7.6e9, 'USD', "Zenco's yearly ferry sales")]);
    expect(out.find((o) => o[0] === 8.2e9)?.[1]).toMatch(/Velden Harbour Authority's annual ferry sales/);
  });
  it('asks only in the sentence when the figure\'s own bearer is not found', () => {
    const text = "The annual ferry sales were $8.2bn, while Zenco's yearly ferry sales are $7.6bn. Velden has 12 ferries.";
    const out = stems(text, [numberAt('$8.2bn', 8.2e9, 'USD', 'annual ferry sales'), numberAt('$7.6bn', 7.6e9, 'USD', "Zenco's yearly ferry sales")]);
    expect(out.find((o) => o[0] === 8.2e9)?.[1] ?? '').not.toMatch(/figure for annual ferry sales/);
  });
});

describe('a blank whose options would round the figure', () => {
  it('is not asked ("98.315" would show as "98.32")', () => {
    const numberAt = (find: string, value: number) => (f: Finder): NumberFact => ({ ...f(find), kind: 'number', value, qualifier: 'exact', unit: null, counts: null, approximate: false, source: null, conflictsWith: [] });
    const text = 'The dorlan had firmed to 98.315 against the crown by noon. The harbour index closed at 1,500,000 on Friday.';
    const { table, texts } = tableOf(text, [numberAt('98.315', 98.315), numberAt('1,500,000', 1.5e6)]);
    const { candidates } = prepareQuestions(table, { seed: 's', kinds: ['number'], texts });
    expect(candidates.map((c) => (c.facts[0] as NumberFact).value)).toEqual([1.5e6]);
  });
});

describe('how-many stems built from the counted thing and its clause', () => {
  const fact = (raw: string, figure: string, counts: string): NumberFact => {
    const start = raw.indexOf(figure);
    return {
      id: 'n', article: 'a', span: { start, end: start + figure.length }, text: figure, sentence: { start: 0, end: raw.length }, corroboratedBy: [],
      extractor: 'test', kind: 'number', value: 1, qualifier: 'exact', unit: null, counts, approximate: false, source: null, conflictsWith: [],
    };
  };
  const ask = (raw: string, figure: string, counts: string) => howManyQuestion(fact(raw, figure, counts), raw, counts);
  it('takes the verb that follows a counted subject, up to the end of its clause', () => {
    expect(ask('Jo Bell said more than 4,000 Ostra sailors have been hurt since the strike began.', '4,000', 'Ostra sailors hurt')).toBe('Ostra sailors have been hurt');
    expect(ask('About 300 homes in Velden were still under water on Friday, the board said.', '300', 'homes in Velden')).toBe('homes in Velden were still under water on Friday');
    expect(ask('Two unions of harbour pilots challenged the new rota.', 'Two', 'unions of harbour pilots')).toBe('unions of harbour pilots challenged the new rota');
  });
  it('reads a participle after the figure, or in what is counted, with "are" for what is expected', () => {
    expect(ask('Some 500 ferries have sailed, with 1,200 expected by June.', '1,200', 'ferries expected')).toBe('ferries are expected by June');
    expect(ask('Trelco said 90 cranes lost or damaged would be replaced.', '90', 'cranes lost or damaged')).toBe('cranes lost or damaged would be replaced');
    expect(ask('Trelco counted 90 cranes lost or damaged.', '90', 'cranes lost or damaged')).toBe('cranes were lost or damaged');
  });
  it('turns a relative clause and "there are" into the question', () => {
    expect(ask('More than 900 people who left their homes in Velden are back.', '900', 'people who left their homes in Velden')).toBe('people left their homes in Velden');
    expect(ask('There are 40 working cranes in the Velden port.', '40', 'working cranes')).toBe('working cranes are there in the Velden port');
    expect(ask('There will be 12 new berths.', '12', 'new berths')).toBe('new berths will there be');
    expect(ask('There were 30 harbour berths available.', '30', 'harbour berths available')).toBe('harbour berths were available');
  });
  it('gives no question when the count is an object or its clause needs the sentence', () => {
    expect(ask('Velden Radio interviewed 1,400 listeners about their habits.', '1,400', 'listeners')).toBeNull();
    expect(ask('Trelco has 164 harbour cranes, 90 tugs and 32 barges.', '164', 'harbour cranes')).toBeNull();
    expect(ask('The 5 earlier Velden films have all carried a PG - parental guidance - rating.', '5', 'earlier Velden films')).toBeNull();
    expect(ask('He said 12 ferries were sunk by it.', '12', 'ferries')).toBeNull();
  });
  it('asks a figure only for what it measures', () => {
    expect(measuresSomething('annual ferry sales')).toBe(true);
    expect(measuresSomething('money promised for repairs')).toBe(true);
    expect(measuresSomething('biggest harbour film')).toBe(false);
    expect(measuresSomething("country's trade surplus")).toBe(false);
  });
});
