import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/ingest/load.js';
import { datesExtractor } from '../../src/extract/dates/index.js';
import { easterSunday, formatDay } from '../../src/extract/dates/calendar.js';
import type { DateDraft } from '../../src/extract/types.js';

/**
 * Forecasts and previews, holidays (fixed and Easter-based), embargo lines, hours before a
 * weekday span, and clock times in a past perfect: invented snippets, one rule each.
 */

interface Found {
  text: string;
  type: string;
  value: string;
}

// Tuesday 14 January 2025.
const TUESDAY = '2025-01-14';

function dates(text: string, published = TUESDAY): Found[] {
  const doc = makeDoc(text, 'snippet.txt', 'snippet', []);
  doc.article.published = published;
  doc.article.publishedFrom = 'metadata';
  const { facts = [] } = datesExtractor.extract(doc, { doc, mentions: [], facts: [], diagnostics: [] });
  return (facts as DateDraft[]).map((f) => ({ text: doc.raw.slice(f.span.start, f.span.end), type: f.type, value: f.value }));
}

function valueOf(text: string, dateText: string, published = TUESDAY): string | undefined {
  return dates(text, published).find((d) => d.text === dateText)?.value;
}

describe('forecasts and previews look ahead', () => {
  it('a forecast verb or noun points to the next such day', () => {
    expect(valueOf('The weather service predicts heavy snow on the hills from Wednesday.', 'Wednesday')).toBe('2025-01-15');
    expect(valueOf('Rain is forecast for Friday across the valley.', 'Friday')).toBe('2025-01-17');
    expect(valueOf('The forecast for Thursday shows gales on the coast.', 'Thursday')).toBe('2025-01-16');
  });
  it('weather warnings and outlooks look ahead; a warning told in the past does not', () => {
    expect(valueOf('A yellow warning for ice is in place from Thursday.', 'Thursday')).toBe('2025-01-16');
    expect(valueOf('The weather service has issued a warning for Wednesday.', 'Wednesday')).toBe('2025-01-15');
    expect(valueOf('Snow showers are possible on Friday.', 'Friday')).toBe('2025-01-17');
    expect(valueOf('The warning was lifted on Monday.', 'Monday')).toBe('2025-01-13');
  });
  it('a date whose phrase is the subject of a present-tense verb is one to come', () => {
    expect(valueOf('The time trial on Saturday is 38 kilometres long.', 'Saturday')).toBe('2025-01-18');
    expect(valueOf('The relay on Sunday starts at the harbour.', 'Sunday')).toBe('2025-01-19');
  });
  it('a travel or performance verb in the present is a schedule', () => {
    expect(valueOf('The squad flies out to Doha on Monday.', 'Monday')).toBe('2025-01-20');
    expect(valueOf('The Corran ferry sails from the pier on Friday.', 'Friday')).toBe('2025-01-17');
    expect(valueOf('The squad flew out to Doha on Monday.', 'Monday')).toBe('2025-01-13');
  });
  it('the past tense still picks the last such day', () => {
    expect(valueOf('The meeting on Monday was tense.', 'Monday')).toBe('2025-01-13');
    expect(valueOf('The forecast on Monday was wrong, Brindle Bank admitted.', 'Monday')).toBe('2025-01-13');
  });
  it('a headline’s "X to do" looks ahead; a purpose infinitive in a past story does not', () => {
    expect(valueOf('Storm to bring heavy snow to Carrow on Wednesday', 'Wednesday')).toBe('2025-01-15');
    expect(valueOf('Rail staff to strike on Friday', 'Friday')).toBe('2025-01-17');
    expect(valueOf('The winger was tripped in the box by Halloran, who had stepped across to stop the run on Saturday.', 'Saturday')).toBe('2025-01-11');
  });
  it('a passive infinitive looks ahead, unless told as a past plan', () => {
    expect(valueOf('He spoke to the Tarrow Radio programme, to be aired on Sunday.', 'Sunday')).toBe('2025-01-19');
    expect(valueOf('The bill is to be debated on Thursday.', 'Thursday')).toBe('2025-01-16');
  });
  it('a deadline of an infinitive after a past verb lies ahead', () => {
    expect(valueOf('Officials urged farmers to move their sheep by Thursday evening.', 'Thursday evening')).toBe('2025-01-16TEV');
  });
});

describe('holidays', () => {
  it('Easter Sunday by the computus', () => {
    expect(formatDay(easterSunday(2024))).toBe('2024-03-31');
    expect(formatDay(easterSunday(2025))).toBe('2025-04-20');
    expect(formatDay(easterSunday(2000))).toBe('2000-04-23');
  });
  it('fixed-date and Easter-based holidays', () => {
    const found = dates('Shops in Pellham close on Good Friday and Easter Monday, and the parade is on St Patrick’s Day.', '2025-02-10');
    expect(found.map((d) => [d.text, d.value])).toEqual([
      ['Good Friday', '2025-04-18'],
      ['Easter Monday', '2025-04-21'],
      ['St Patrick’s Day', '2025-03-17'],
    ]);
    expect(valueOf('The fireworks are held at Hogmanay.', 'Hogmanay', '2025-11-20')).toBe('2025-12-31');
    expect(valueOf('They met again on Boxing Day.', 'Boxing Day', '2025-01-03')).toBe('2024-12-26');
  });
  it('a deadline names the next holiday, a past clause the last one', () => {
    expect(valueOf('Villagers in Corrabeg have set a deadline of Hogmanay to raise the money.', 'Hogmanay', '2025-02-18')).toBe('2025-12-31');
    expect(valueOf('The hall was packed at Hogmanay.', 'Hogmanay', '2025-02-18')).toBe('2024-12-31');
  });
  it('the week of a holiday', () => {
    expect(valueOf('Crowds gathered as Easter week began.', 'Easter week', '2000-04-17')).toBe('2000-W16');
  });
  it('a May day is no May Day', () => {
    expect(dates('It was a warm May day in Tarrow.').some((d) => d.value.endsWith('-05-01'))).toBe(false);
  });
});

describe('embargo lines and schedules', () => {
  it('a clock time with a full date after its weekday is one time', () => {
    const found = dates('EMBARGOED UNTIL 00:01 GMT WEDNESDAY 12 NOVEMBER 2025\n\nThe paper is published at 00:01 GMT on Wednesday 12 November 2025.', '2025-11-10');
    expect(found.map((d) => [d.text, d.type, d.value])).toEqual([
      ['00:01 GMT WEDNESDAY 12 NOVEMBER 2025', 'TIME', '2025-11-12T00:01'],
      ['00:01 GMT on Wednesday 12 November 2025', 'TIME', '2025-11-12T00:01'],
    ]);
  });
  it('hours before a weekday span are any week’s', () => {
    const found = dates('Morning Drive with Lenna Oakes is on air from 6am until 9am, Monday to Friday.');
    expect(found.map((d) => [d.text, d.value])).toEqual([
      ['6am', 'XXXX-XX-XXT06:00'],
      ['9am', 'XXXX-XX-XXT09:00'],
      ['Monday', 'XXXX-WXX-1'],
      ['Friday', 'XXXX-WXX-5'],
    ]);
  });
});

describe('a clock time in a past perfect', () => {
  it('goes back to the day the story told of before', () => {
    const text = 'A climber was found alive on Sunday morning. He had set out alone on Saturday. He was flown to hospital on Sunday evening. Police said officers had checked his van at about 8pm.';
    expect(valueOf(text, '8pm', '2025-01-13')).toBe('2025-01-11T20:00');
  });
  it('a simple past keeps the story’s day', () => {
    const text = 'A climber was found alive on Sunday morning. He had set out alone on Saturday. He was flown to hospital on Sunday evening. Police said he reached the hut at 8pm.';
    expect(valueOf(text, '8pm', '2025-01-13')).toBe('2025-01-12T20:00');
  });
});

describe('months of a norm or of one year', () => {
  it('a fronted month before a generic "you" is any year’s', () => {
    expect(valueOf('"In January you have about seven hours of light," he said.', 'January', '2025-01-13')).toBe('XXXX-01');
  });
  it('an average in a month told in the past is that month’s', () => {
    expect(valueOf('The target is 20 minutes; the average in September was 23 minutes.', 'September', '2025-10-27')).toBe('2025-09');
  });
});

describe('a date line or dateline the cleaner blanks above the body', () => {
  it('a line that is only a date, heading the body, is a date fact', () => {
    const text = 'Ferry fares to rise in Corrabeg\n\nNEWS RELEASE – FOR IMMEDIATE RELEASE\nFriday 7 March 2025\n\nThe Corrabeg Ferry Company today announced that fares will rise by 4% from April.\n';
    expect(dates(text, '2025-03-07')[0]).toEqual({ text: 'Friday 7 March 2025', type: 'DATE', value: '2025-03-07' });
  });
  it('a dateline opening the first sentence’s line is a date fact', () => {
    const text = 'Farmers vote to sell directly\n\nBy Ama Tettehfio\n\nKOFORIDUA, Aug. 12 – Members of the Nkwanta growers society have voted to leave the scheme, the chair said on Monday.\n';
    expect(dates(text, '2025-08-13')[0]).toEqual({ text: 'Aug. 12', type: 'DATE', value: '2025-08-12' });
  });
});

describe('a weekday naming a weekly gathering', () => {
  it('is any week’s', () => {
    expect(dates('Ailsa Brodrick, who runs the Tuesday toddler group, said numbers had dropped.').find((d) => d.text === 'Tuesday')).toEqual({ text: 'Tuesday', type: 'SET', value: 'XXXX-WXX-2' });
    expect(valueOf('Stallholders at the Saturday market were told to pack up early.', 'Saturday')).toBe('XXXX-WXX-6');
  });
  it('a deadline or an issue is one day', () => {
    expect(valueOf('Bids must be in by the Friday deadline.', 'Friday')).toBe('2025-01-17');
  });
});

describe('months, seasons and words that are no time', () => {
  it('"May" after a superlative or before a record is the month', () => {
    const found = dates('Farmers at Tullow Creek had 12 millimetres of rain, the driest May since 1976.', '2025-06-03');
    expect(found.find((d) => d.text === 'May')?.value).toBe('2025-05');
  });
  it('a season a verb of spending takes is a date; one naming a noun’s kind is none', () => {
    expect(valueOf('Her son has spent the summer working on the boats.', 'the summer', '2025-09-01')).toBe('2025-SU');
    expect(dates('Queues formed at the start of the summer getaway.', '2025-07-18').some((d) => d.text.includes('summer'))).toBe(false);
  });
  it('"current" before a measure is no time', () => {
    expect(dates('The river has a current flow of 140,000 cusecs.').length).toBe(0);
    expect(dates('The landlord cited current market rates.').length).toBe(0);
  });
  it('a goal "on 71 minutes" is the match clock, no duration', () => {
    expect(dates('Dray equalised on 71 minutes with a low drive.').length).toBe(0);
    expect(valueOf('The talks lasted 90 minutes.', '90 minutes')).toBe('PT90M');
  });
});

describe('the working week and a week named after a weekday', () => {
  it('the working week in a contact line or opening hours is any week’s', () => {
    expect(dates('Media contact: Press Office, 01632 960123 (Monday to Friday).').map((d) => d.value)).toEqual(['XXXX-WXX-1', 'XXXX-WXX-5']);
    expect(dates('Lines are open Monday to Friday.').map((d) => d.value)).toEqual(['XXXX-WXX-1', 'XXXX-WXX-5']);
  });
  it('a working week told in the past or the future is one week', () => {
    expect(valueOf('The inquiry will sit Monday to Friday.', 'Monday')).toBe('2025-01-20');
    expect(valueOf('Talks ran from Monday to Friday last week.', 'Friday')).toBe('2025-01-10');
  });
  it('a weekday before "next week", "last week" or "this week" is that week’s', () => {
    const found = dates('Strikes are planned from Monday to Friday next week.');
    expect(found.filter((d) => d.text !== 'next week').map((d) => d.value)).toEqual(['2025-01-20', '2025-01-24']);
    expect(valueOf('The mayor arrives on Thursday this week.', 'Thursday')).toBe('2025-01-16');
  });
  it('a scheduled event that runs from or until a day lies ahead', () => {
    expect(valueOf('The Tarrow festival runs from Thursday to Sunday.', 'Thursday')).toBe('2025-01-16');
    expect(valueOf('The exhibition runs until Sunday.', 'Sunday')).toBe('2025-01-19');
  });
});

describe('a month without a year, early in a year', () => {
  it('a clause looking ahead names this year’s month, however near last year’s', () => {
    expect(valueOf('The Dunmere hall will be finished in December.', 'December', '2025-01-05')).toBe('2025-12');
    expect(valueOf('The storm hit Dunmere in December.', 'December', '2025-01-05')).toBe('2024-12');
  });
});

describe('a British half hour', () => {
  it('"at half three", "at half past four" after a word that takes a time', () => {
    const found = dates('Travellers reached Calder airport on Friday. "We got up at half three," one said. The bus left at half past four.', '2025-07-18');
    expect(found.filter((d) => d.text.startsWith('half')).map((d) => [d.text, d.value])).toEqual([
      ['half three', '2025-07-18T03:30'],
      ['half past four', '2025-07-18T04:30'],
    ]);
  });
  it('"half" alone or without such a word is no time', () => {
    expect(dates('Prices rose by half. It was half three to one in the scrum count.').length).toBe(0);
  });
});

describe('"a year earlier" after a date of reporting', () => {
  it('counts from the period compared, not from when the figures were filed', () => {
    const text = 'Sales at Corran Ropes rose 9% to £4.1m last year, according to accounts filed at the registry last month, and profit was £310,000, up from £255,000 a year earlier.';
    expect(valueOf(text, 'a year earlier', '2025-08-20')).toBe('2023');
  });
});

describe('"the rest of the day"', () => {
  it('is the day the story is at; "at the end of the day" is an idiom', () => {
    expect(valueOf('The Corran ferry ran aground on Monday. Sailings were cancelled for the rest of the day.', 'the rest of the day')).toBe('2025-01-13');
    expect(valueOf('Sailings were cancelled for the rest of the day.', 'the rest of the day')).toBe('2025-01-14');
    expect(dates('At the end of the day, it is about trust.').length).toBe(0);
  });
});
