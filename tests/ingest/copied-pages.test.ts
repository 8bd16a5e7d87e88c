import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { makeDoc } from '../../src/ingest/load.js';
import { factsFromDocs } from '../../src/pipeline.js';

/**
 * News pages copied as plain text, with what surrounds the story on real sites (invented text):
 * every body line must stay, no caption, credit, promo, byline, timestamp, link list, pull quote
 * or embedded post may, and no fact may come from one.
 */
const PAGES: Array<{ file: string; body: string[]; junk: string[] }> = [
  {
    "file": "copied-wire.txt",
    "body": [
      "The Marlow Bay city council voted 7-2 on Tuesday to shut the Eastfield coal plant by 2030, ending a decade of debate over the town's largest polluter.",
      "“This is the day we stop arguing and start building,” said Mayor Lina Ortiz, who has pushed for the closure since she took office.",
      "The plant's owner, Northgate Energy, said it would study the decision before deciding whether to appeal. It employs about 240 people.",
      "Councilmember Ray Duchamp, one of the two no votes, said the city was moving too fast. \"We have no plan for the workers,\" he said.",
      "The council also approved $12 million for a retraining fund.",
      "The vote followed a six-hour public hearing.",
      "Ortiz told the meeting: “We will not go back to the old ways. The plant will close.”"
    ],
    "junk": [
      "By  JANE ROE and TOM BELLAMY",
      "Updated 3:45 PM EDT, May 7, 2024",
      "Share",
      "FILE - Workers leave the Eastfield power station at the end of a shift in Marlow Bay, May 6, 2024. (AP Photo/Dana Kessler, File)",
      "Read More",
      "ADVERTISEMENT",
      "“This is the day we stop arguing and start building.”",
      "Related: Marlow Bay's long fight over coal, explained",
      "RELATED COVERAGE",
      "Northgate Energy to cut 80 jobs at Eastfield plant",
      "Coal towns weigh their future as plants close",
      "“We will not go back to the old ways.” — Lina Ortiz, mayor",
      "___",
      "Associated Press writer Priya Nandakumar in Sacramento contributed to this report.",
      "Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."
    ]
  },
  {
    "file": "copied-paper.txt",
    "body": [
      "Nurses at St. Brendan's Hospital returned to work on Wednesday after their union reached a deal with management that caps patient loads, ending the longest strike in the hospital's history.",
      "\"We stood together and it worked,\" said Helen Achterberg, a nurse in the cardiac unit for 19 years.",
      "The hospital's chief executive, Douglas Fenwick, said the deal would cost about $9 million a year.",
      "He said the hospital would hire 60 nurses by the end of the year."
    ],
    "junk": [
      "Advertisement",
      "SKIP ADVERTISEMENT",
      "Supported by",
      "SKIP ADVERTISEMENT",
      "By Oskar Brandt",
      "Reporting from Harlow Junction",
      "May 7, 2024",
      "Updated 5:12 p.m. ET",
      "Listen to this article · 4:12 min Learn more",
      "Share full article",
      "Image",
      "Nurses marched outside St. Brendan's Hospital on Monday, the second day of the strike.Credit...Mara Quint for The Example Times",
      "Oskar Brandt covers health care for the Metro desk. He has reported on hospitals since 2015.",
      "A version of this article appears in print on May 8, 2024, Section A, Page 18 of the New York edition with the headline: Hospital Strike Ends. Order Reprints | Today’s Paper | Subscribe",
      "See more on: St. Brendan's Hospital, Nurses Union",
      "Related Content",
      "Nurses Vote to Strike at Two More Hospitals"
    ]
  },
  {
    "file": "copied-social.txt",
    "body": [
      "A family bakery in Orchard Hill has won the country's top award for sourdough, beating more than 400 entries.",
      "Owner Tomas Varga, 52, started the bakery with his sister in 2009.",
      "Varga celebrated the win online.",
      "The judges praised the bakery's \"deep, even crust\".",
      "The prize comes with a grant of $5,000."
    ],
    "junk": [
      "Posted by Jane Roe on May 3, 2024 at 9:15 am",
      "5 min read",
      "Image: A loaf of sourdough on a wooden board / Getty Images",
      "Still can't believe it. Fifteen years of 4am starts and today we are national champions! Thank you Orchard Hill pic.twitter.com/Ab12Cd34",
      "— Tomas Varga (@tvarga) May 3, 2024",
      "A post shared by Orchard Hill Bakery (@orchardhillbakes)",
      "Also read: The best bakeries in the region, ranked",
      "ALSO READ | Flour prices hit a ten-year high",
      "Have a story tip? Email us at tips@example.com",
      "Get the latest local news delivered to your inbox. Sign up for our free newsletter.",
      "(Photo: Orchard Hill Bakery)",
      "File photo",
      "This story has been updated."
    ]
  },
  {
    "file": "copied-broadcaster.txt",
    "body": [
      "A beetle thought to have vanished from the county has been found living in a city park, volunteers say.",
      "The violet oil beetle was spotted by a retired teacher, Huw Pennick, while he was walking his dog in May.",
      "\"I nearly trod on it,\" Mr Pennick said. \"I thought it was a sweet wrapper.\"",
      "Experts confirmed the find in June after counting 14 of the beetles.",
      "The exact spot is being kept secret."
    ],
    "junk": [
      "2 December 2024",
      "Mererid Olsen",
      "Nature correspondent, Example News",
      "Image source, Friends of Hollin Park",
      "The beetle was last recorded in the county in 1964",
      "Insects",
      "Wildflower meadow planted in Hollin Park",
      "4 June 2024",
      "Leaders meet as talks near deadline",
      "Ferry workers to strike on 3 December",
      "'I waited 19 months for my hip op'",
      "Why we love cosy crime novels",
      "Man fined for stealing 4,000 garden gnomes",
      "Council tax to rise by 5% in most areas"
    ]
  },
  {
    "file": "copied-local.txt",
    "body": [
      "The Saturday farmers' market in Old Mill Square will move into the former tram depot from December through March after vendors voted 31-9 in favor of the change.",
      "Market manager Dagny Threlfall said cold weather had cut attendance by nearly half last winter. \"Our growers stood in sleet for four hours and sold almost nothing,\" she said.",
      "The depot, which the city leases to the market for $1 a year, has room for 45 stalls.",
      "The first indoor market is Dec. 7."
    ],
    "junk": [
      "E-Edition",
      "Neighborhoods",
      "By: Pilar Esquivel-Marr",
      "Posted: Nov. 16, 2024 at 9:12 a.m.",
      "Tram depot gets a new roof after 40 years",
      "Coffee shop on Mill Street closes after 22 years",
      "Pilar Esquivel-Marr covers neighborhoods",
      "pmarr@ledger.example",
      "23 Comments",
      "This is great news. I stopped going last year because my hands froze.",
      "There are 45 stalls and 3,000 visitors.",
      "Bakery on Elm Street wins state prize",
      "Doctors stunned: this simple trick melts belly fat"
    ]
  }
];

describe.each(PAGES)('a page copied as plain text: $file', ({ file, body, junk }) => {
  const raw = readFileSync(`tests/ingest/fixtures/${file}`, 'utf8');
  const doc = makeDoc(raw, file, file.replace('.txt', ''), []);
  const kept = doc.paragraphs.map((p) => doc.text.slice(p.start, p.end).replace(/\s+/g, ' ')).join('\n');

  it('keeps every line of the story', () => {
    for (const line of body) expect(kept).toContain(line);
  });

  it('keeps none of the lines around it', () => {
    for (const line of junk) expect(kept).not.toContain(line);
  });

  it('takes no fact from them, and every fact quotes the file exactly', () => {
    const table = factsFromDocs([doc]);
    expect(table.facts.length).toBeGreaterThan(3);
    const junkSpans = junk.map((line) => ({ start: raw.indexOf(line), end: raw.indexOf(line) + line.length }));
    for (const fact of table.facts) {
      expect(raw.slice(fact.span.start, fact.span.end)).toBe(fact.text);
      expect(junkSpans.some((j) => fact.span.start < j.end && fact.span.end > j.start)).toBe(false);
    }
  });

  it('is dated by its timestamp line', () => {
    expect(doc.article.publishedFrom).toBe('text');
  });
});
