import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/ingest/load.js';
import { datesExtractor } from '../../src/extract/dates/index.js';
import type { DateDraft } from '../../src/extract/types.js';

// Monday 28 October 2024.
const MONDAY = '2024-10-28';

/** The event and value of the date written as `dateText` in a one-sentence snippet. */
function dateIn(sentence: string, dateText: string): { event: string | null; value: string } {
  const doc = makeDoc(sentence, 'snippet.txt', 'snippet', []);
  doc.article.published = MONDAY;
  doc.article.publishedFrom = 'metadata';
  const { facts = [] } = datesExtractor.extract(doc, { doc, mentions: [], facts: [], diagnostics: [] });
  const found = (facts as DateDraft[]).find((f) => doc.raw.slice(f.span.start, f.span.end) === dateText);
  if (!found) throw new Error(`no date "${dateText}" in: ${sentence}`);
  return { event: found.event, value: found.value };
}

describe('date events: a clean phrase of the clause the date modifies', () => {
  const produce: Array<[string, string, string]> = [
    ['The rebels seized the northern airport in March 2021.', 'March 2021', 'The rebels seized the northern airport'],
    ['Their next tour of Norland in 1962 proved difficult.', '1962', 'Their next tour of Norland proved difficult'],
    ['The inquiry into Brackley Bank in May 2003 sparked fresh concerns.', 'May 2003', 'The inquiry into Brackley Bank sparked fresh concerns'],
    ['In June 2019, the two companies signed a merger agreement in Geneva.', 'June 2019', 'the two companies signed a merger agreement in Geneva'],
    ['Last week, the central bank raised interest rates to 5%.', 'Last week', 'the central bank raised interest rates to 5%'],
    ['The mayor said Tuesday that the bridge would reopen to traffic.', 'Tuesday', 'The mayor said that the bridge would reopen to traffic'],
    ['Health officials confirmed on Oct 3 that two new cases had been detected in the capital.', 'Oct 3', 'Health officials confirmed that two new cases had been detected in the capital'],
    ['The minister told parliament on Wednesday that the budget had been approved.', 'Wednesday', 'The minister told parliament that the budget had been approved'],
    ['Analysts said profits rose sharply since the company opened its first factory in 2015.', '2015', 'the company opened its first factory'],
    ['The festival, which was founded in 1987, attracts thousands of visitors.', '1987', 'The festival was founded'],
    ['The minister, who was elected in 2019, resigned on Friday.', 'Friday', 'The minister resigned'],
    ['The company cut 500 jobs and closed two plants in 2020.', '2020', 'The company cut 500 jobs and closed two plants'],
    ['Exports have fallen steadily after the border closure in May 2020.', 'May 2020', 'the border closure'],
    ['Oil giant Norco last year sold its retail network to a rival.', 'last year', 'Oil giant Norco sold its retail network to a rival'],
    ['The court ruled in 2018 that the contract was invalid.', '2018', 'The court ruled that the contract was invalid'],
    ['Residents were evacuated on Sunday as the river burst its banks.', 'Sunday', 'Residents were evacuated'],
    ['The striker joined the club in January 2022 from a Dutch side.', 'January 2022', 'The striker joined the club'],
    ['The council first approved the plan in 2016, and construction began in 2019.', '2019', 'construction began'],
    ['The council first approved the plan in 2016, and construction began in 2019.', '2016', 'The council first approved the plan'],
    // An adverb that changes the event's sense stays ("first", "initially", "only"); one that does not goes ("also").
    ['The envoy first visited the island in 1998 to meet its governor.', '1998', 'The envoy first visited the island'],
    ['The firm also initially backed the merger in 2015.', '2015', 'The firm initially backed the merger'],
    ['The board also approved the budget in May.', 'May', 'The board approved the budget'],
    ['Electricity prices doubled in the third quarter of 2022.', 'the third quarter of 2022', 'Electricity prices doubled'],
    ['The regulator fined the airline $2m in April.', 'April', 'The regulator fined the airline $2m'],
    ['The band released its debut album in 1999 to wide acclaim.', '1999', 'The band released its debut album'],
    ['The senator was reported to have resigned three months ago.', 'three months ago', 'The senator was reported to have resigned'],
    ['The vaccine was approved by the national health agency on 12 March.', '12 March', 'The vaccine was approved by the national health agency'],
    ['Firefighters brought the blaze under control on Friday, the agency said.', 'Friday', 'Firefighters brought the blaze under control'],
    ['The talks collapsed in 2017 following a dispute over fishing rights.', '2017', 'The talks collapsed'],
    ['Voters rejected the proposal in a referendum held in 2014.', '2014', 'Voters rejected the proposal in a referendum'],
    ['The hospital reported a record number of admissions in September.', 'September', 'The hospital reported a record number of admissions'],
    ['The previous owner sold the house in 2008, before prices collapsed.', '2008', 'The previous owner sold the house'],
    ['Talks resumed after the ceasefire in August 2023.', 'August 2023', 'the ceasefire'],
    ['The agency said Friday that inspectors were able to confirm that the plant had been shut down.', 'Friday', 'The agency said that inspectors were able to confirm that the plant had been shut down'],
    ['She took charge of the national team in 2020 and led it to two titles.', '2020', 'took charge of the national team'],
    // A claim word used as a noun, a fraction after "by", a term after "for", a dateline: still events.
    ['The United States began talks with the Norland council in 2014.', '2014', 'The United States began talks with the Norland council'],
    ['Reports of a deal lifted Arlo shares on Friday.', 'Friday', 'Reports of a deal lifted Arlo shares'],
    ['TV shows were cancelled in March.', 'March', 'TV shows were cancelled'],
    ['Sales increased by a third in 2023.', '2023', 'Sales increased by a third'],
    ['Mr Tallis was jailed for six years in 2019.', '2019', 'Mr Tallis was jailed for six years'],
    ['Unions representing most nurses called a strike in 2019.', '2019', 'Unions representing most nurses called a strike'],
    ['LONDON -- Mayor Ida Voss opened the bridge on Thursday.', 'Thursday', 'Mayor Ida Voss opened the bridge'],
    // "first" before a noun is its adjective, not a clause opener.
    ['In September, first division clubs were hit by a strike.', 'September', 'first division clubs were hit by a strike'],
    // After "of", a word in -ed is an adjective, not the verb the date's participle follows.
    ['News of delayed trains sent Arlo shares down 2% on Tuesday.', 'Tuesday', 'News of delayed trains sent Arlo shares down 2%'],
    // A participle with its agent inside the subject; a passive of a forecasting verb is the act itself.
    ['In 1888 a Norland side led by Tom Ash toured Vestria and Osterland.', '1888', 'a Norland side led by Tom Ash toured Vestria and Osterland'],
    ['The rule was proposed by Tom Ash at a meeting of the club in 1893.', '1893', 'The rule was proposed by Tom Ash at a meeting of the club'],
    // News writes the present perfect with a day of this week.
    ['Rita Vance has won three state primaries on Tuesday.', 'Tuesday', 'Rita Vance has won three state primaries'],
  ];
  it.each(produce)('%s -> %s', (sentence, dateText, event) => {
    expect(dateIn(sentence, dateText).event).toBe(event);
  });

  const none: Array<[string, string]> = [
    ['Brussels, October 28, 2024.', 'October 28, 2024'],
    ['There was a surprise in 2012.', '2012'],
    ['"We signed the deal in 2019," the chief executive said.', '2019'],
    ['“In March we will open two more branches,” she said.', 'March'],
    ['We have not received any reply as of today.', 'today'],
    ['The deal was worth $3bn in 2019 terms, according to the filing.', '2019'],
    ['Sales for the three months to September rose 4%.', 'the three months to September'],
    ['The ministry said 2021 figures would be revised.', '2021'],
    ['Monday\'s vote was postponed.', 'Monday'],
    ['Prices have risen for three years.', 'three years'],
    ['The committee meets every year in Vienna.', 'every year'],
    ['The company is now the largest employer in the region.', 'now'],
    ['She has lived in the city for decades, friends say.', 'decades'],
    ['The spokesman said on Friday.', 'Friday'],
    ['It was in 2015.', '2015'],
    ['The plan could be approved in June, officials said.', 'June'],
    ['On Monday, the minister, who had been briefed by the police, said the suspect was arrested.', 'Monday'],
    ['The spokesman said on Tuesday the company had "not yet decided".', 'Tuesday'],
    ['It is unclear if the bridge will be ready in time for the festival next March.', 'next March'],
    ['The minister did not resign on Friday.', 'Friday'],
    ['The company, which has operated in Lisbon since 1990, will close its office.', '1990'],
    ['The prosecutor did not deny on Monday that the witness had been paid.', 'Monday'],
    ['Rovers have never won the cup since the 1970s.', 'the 1970s'],
    ['The Harbour Club has held its regatta in Portwell since 1921.', '1921'],
    ['The new ferry service is not expected before 2026.', '2026'],
    ['The Dalby band won\'t be touring in 2025.', '2025'],
    ['It was their first title since 1988.', '1988'],
    ['The singer would have toured Asia in 2021 without the pandemic.', '2021'],
    ['The union leader said on Monday that the overhaul of the regional transport network for commuters and freight in the north and the south of the country was a failure.', 'Monday'],
    // Ranges and lists of dates: no one date of them dates the event.
    ['Mr Orvel served in the northern command from 1992 to 1996.', '1992'],
    ['Mr Orvel served in the northern command from 1992 to 1996.', '1996'],
    ['The scheme aims to save $40m between 2026 and 2029.', '2026'],
    ['The Dunmore Society published reports on the issue in 2011 and 2015.', '2015'],
    ['The fair runs over the weekend of 14 and 15 May.', '15 May'],
    ['The replays will be held on 12/13 March.', '13 March'],
    ['The grant will be paid out in instalments in 2027, 2028 and 2029.', '2027'],
    ['Brandt and Ossian were the only operators in the region until 2009.', '2009'],
    // Baselines of a comparison.
    ['Exports were stronger in March than February.', 'February'],
    ['Output rose 1.2%, compared with 0.9% in the previous quarter.', 'the previous quarter'],
    ['Holiday bookings were also up on 2019.', '2019'],
    // The date qualifies a noun, or another event named before it.
    ['The ministry is reiterating a 3% target for 2026.', '2026'],
    ['Holm and Vesty were named the winners of the 2019 Marlow Awards.', '2019'],
    ['The striker is in talks over a contract extension beyond 2028.', '2028'],
    ['For 2026, Kestrel Media is projecting sales growth of 4%.', '2026'],
    ['A spokeswoman said the opera\'s 9 April premiere remains unchanged.', '9 April'],
    ['Jo Brenner travelled to Leeds to join the team ahead of their final on Sunday.', 'Sunday'],
    // Forecasts and plans: the date is the forecast's, not the forecasting's.
    ['Research group Halden estimates sales will reach 90,000 in 2026.', '2026'],
    ['Rail workers have voted to walk out on 9 June.', '9 June'],
    ['The mayor promised to expand bus lanes from April 2027.', 'April 2027'],
    // Fragments and negations.
    ['Full terms are due to be published on Monday.', 'Monday'],
    ['It was made in 1973.', '1973'],
    ['Arlen never found his form during the summer.', 'the summer'],
    ['Lena Marsh will start 2026 with three indoor meetings.', '2026'],
    ['The peso is close to a record low reached earlier in March.', 'March'],
    ['Tomlin will break the record set by his coach back in 1987.', '1987'],
    // Only what happened at its date: no modal, present tense, plan, aim, obligation, forecast or claim.
    ['Prime Minister Ana Ruiz will visit the flooded region later this week.', 'later this week'],
    ['Engineers will inspect the dam on Thursday, officials said.', 'Thursday'],
    ['The minister added that he would be calling the mayor on Monday.', 'Monday'],
    ['Ana Lindqvist would be calling the minister on 4 May 2024.', '4 May 2024'],
    ['Ana Lindqvist suggested the council could decide in 2023.', '2023'],
    ['The envoy is expected to deliver her report to a summit in Lisbon during April.', 'April'],
    ['The Harlow festival opens in Dover on 3 March.', '3 March'],
    ['Most traders are hoping for a rate cut on 5 May.', '5 May'],
    ['Councillor Jan Brook faces a vote on the budget on Monday.', 'Monday'],
    ['The new bridge is due to open in March.', 'March'],
    ['Talks were set to resume on Friday.', 'Friday'],
    ['The Velden Clean Harbour Plan was designed to cut harbour emissions by 2023.', '2023'],
    ['Velden Harbour has to deliver a new quay by 2023.', '2023'],
    ["Velden's credit market has been slowly recovering from a crisis in 2023.", '2023'],
    ['Nearly all phones sold will have a camera by 2023, Velden Research said.', '2023'],
    ['Analysts forecast growth of 2% in 2023.', '2023'],
    ['The new book claims Mayor Lindqvist hosted a dinner in 2023.', '2023'],
    // No finite verb, or the date belongs to a participle after a noun.
    ['Velden harbour levies approved by the council in 2023.', '2023'],
    ['The inquiry had started after the merger and been suspended in July 2014.', 'July 2014'],
    ['Party donors bought adverts in towns holding elections on 15 March.', '15 March'],
    // A span of time in the event: "when did this happen?" has no one date.
    ["Velden's port expansion took 15 years and talks with Arnholt lasted two decades, it said in 2023.", '2023'],
    // The present perfect takes no past date of its own: the date is the vote's.
    ['Rita Vance has criticised the senator for his vote in 2005.', '2005'],
    // After the publication date (28 October 2024) nothing has happened yet.
    ['The hospital reported a record number of admissions in December.', 'December'],
    // One end of a run of days: the poll took several.
    ['The Velden Gazette poll was conducted from Sept. 19 to 22 among 1,001 adults.', 'Sept. 19'],
  ];
  it.each(none)('no event: %s -> %s', (sentence, dateText) => {
    expect(dateIn(sentence, dateText).event).toBeNull();
  });

  it('dates the event by the whole "last week of <year>", not the bare year', () => {
    expect(dateIn('Revenue fell in the last week of 2023, the company said.', 'the last week of 2023')).toEqual({ event: 'Revenue fell', value: '2023-W52' });
  });
  it('keeps an adverb in -ly inside the verb group', () => {
    expect(dateIn('The largest mosaic of its kind was carefully assembled by artist Ola Brink in May 2019.', 'May 2019').event).toBe(
      'The largest mosaic of its kind was carefully assembled by artist Ola Brink',
    );
  });
  it('keeps an event that holds another date only as a noun modifier', () => {
    expect(dateIn('Tom Keller was named coach of the year for 2023 by the league on Monday.', 'Monday').event).toBe(
      'Tom Keller was named coach of the year for 2023 by the league',
    );
  });
  it('keeps the event when the publication date is only a guess from other articles', () => {
    const doc = makeDoc('The hospital reported a record number of admissions in December.', 'snippet.txt', 'snippet', []);
    doc.article.published = MONDAY;
    doc.article.publishedFrom = 'other-articles';
    const { facts = [] } = datesExtractor.extract(doc, { doc, mentions: [], facts: [], diagnostics: [] });
    expect((facts as DateDraft[])[0].event).toBe('The hospital reported a record number of admissions');
  });

  it('never cuts a name in half when an event is long', () => {
    const { event } = dateIn(
      'The envoy said he would be meeting Foreign Minister Karl Johannes Wendt and Defence Minister Maria Lopez Garcia de la Vega of the Southern Coastal Federation later on Monday.',
      'Monday',
    );
    if (event) expect(event).toMatch(/(?:Federation|Vega)$/);
  });
});

describe('weekday tense: a scheduled event in the present tense points forward', () => {
  const cases: Array<[string, string, string]> = [
    ['The committee meets on Thursday to discuss the budget.', 'Thursday', '2024-10-31'],
    ['Ministers meet Thursday in Vienna.', 'Thursday', '2024-10-31'],
    ['The new terminal opens Friday.', 'Friday', '2024-11-01'],
    ['The vote is on Friday.', 'Friday', '2024-11-01'],
    ['The report is due Friday.', 'Friday', '2024-11-01'],
    ['The strike ends Wednesday, the union said.', 'Wednesday', '2024-10-30'],
    ['The vote was on Friday.', 'Friday', '2024-10-25'],
    ['The two sides did not meet on Friday.', 'Friday', '2024-10-25'],
    ['Speaking at the Australian Open on Friday, she thanked her coach.', 'Friday', '2024-10-25'],
    ['The ministry said Friday that the talks had failed.', 'Friday', '2024-10-25'],
    ['Talks that begin on Friday were agreed on Thursday.', 'Thursday', '2024-10-24'],
  ];
  it.each(cases)('%s -> %s = %s', (sentence, dateText, value) => {
    expect(dateIn(sentence, dateText).value).toBe(value);
  });
});
