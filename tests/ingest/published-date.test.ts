import { describe, expect, it } from 'vitest';
import { loadArticles, makeDoc } from '../../src/ingest/load.js';
import { inferPublishedDates } from '../../src/ingest/published-date.js';
import type { Doc } from '../../src/doc.js';

function doc(id: string, text: string, published?: string): Doc {
  const d = makeDoc(text, `${id}.txt`, id, []);
  if (published) {
    d.article.published = published;
    d.article.publishedFrom = 'metadata';
  }
  return d;
}

const FILLER = 'The meeting brought together ministers from many countries, who discussed trade, security and the climate at length. ';

describe('inferPublishedDates', () => {
  it('keeps a date the metadata gave', () => {
    const d = doc('a', `${FILLER}On Monday, the minister spoke. The summit was held on October 28, 2024.`, '2024-11-05');
    inferPublishedDates([d]);
    expect(d.article).toMatchObject({ published: '2024-11-05', publishedFrom: 'metadata' });
  });

  it('takes an explicit full date that agrees with a weekday the article names', () => {
    const d = doc('a', `${FILLER}On Monday, the minister spoke. The summit was held on October 28, 2024.`);
    inferPublishedDates([d]);
    expect(d.article).toMatchObject({ published: '2024-10-28', publishedFrom: 'text-weekday' });
  });

  it('does not take a full date whose weekday the article contradicts', () => {
    const d = doc('a', `${FILLER}On Tuesday, the minister spoke. The summit was held on October 28, 2024.`);
    inferPublishedDates([d]);
    expect(d.article.published).toBeUndefined();
    expect(d.article.publishedFrom).toBe('unknown');
  });

  it('takes the one full date of a dateline', () => {
    const d = doc('a', 'WASHINGTON, Oct. 28, 2024 (AP) - The Senate voted on the bill after a long debate.');
    inferPublishedDates([d]);
    expect(d.article).toMatchObject({ published: '2024-10-28', publishedFrom: 'text' });
  });

  it('takes a dateline date, not a date inside the story', () => {
    const d = doc('a', 'WASHINGTON, Oct. 28, 2024 - The Senate voted on a bill first tabled on Sept. 3, 2024.');
    inferPublishedDates([d]);
    expect(d.article).toMatchObject({ published: '2024-10-28', publishedFrom: 'text' });
  });

  it('takes the published date of a timestamp row, not the update', () => {
    const d = doc('a', 'Published: Oct. 28, 2024\nUpdated: Oct. 29, 2024\nThe Senate voted on a bill first tabled in September.');
    inferPublishedDates([d]);
    expect(d.article).toMatchObject({ published: '2024-10-28', publishedFrom: 'text' });
  });

  it('does not guess between two unlabelled timestamp dates', () => {
    const d = doc('a', 'Oct. 28, 2024\nUpdated: Oct. 29, 2024\nThe Senate voted on a bill first tabled in September.');
    inferPublishedDates([d]);
    expect(d.article.published).toBeUndefined();
  });

  it('takes the one date of timestamp lines removed as boilerplate', () => {
    const d = doc('a', 'Senate passes bill\nBy Jo Writer\nUpdated 3:45 PM EDT, Oct. 29, 2024\nThe Senate voted on a bill first tabled in September.');
    inferPublishedDates([d]);
    expect(d.article).toMatchObject({ published: '2024-10-29', publishedFrom: 'text' });
  });

  it('dates an article from a sibling published on a weekday it names', () => {
    const dated = doc('a', 'The minister said the talks had ended.', '2024-10-28');
    const monday = doc('b', 'The minister said Monday that the talks had ended.');
    const tuesday = doc('c', 'The minister said Tuesday that the talks had ended.');
    inferPublishedDates([dated, monday, tuesday]);
    expect(monday.article).toMatchObject({ published: '2024-10-28', publishedFrom: 'other-articles' });
    expect(tuesday.article.published).toBeUndefined();
    expect(tuesday.article.publishedFrom).toBe('unknown');
  });

  it('does not date an article that writes a full date later than the sibling', () => {
    const dated = doc('a', 'The minister said the talks had ended.', '2024-10-28');
    const later = doc('b', `${FILLER}The minister said Monday that a new round begins on November 12, 2024.`);
    inferPublishedDates([dated, later]);
    expect(later.article.published).toBeUndefined();
  });

  it('leaves an article without any clue unknown, whatever the clock says', () => {
    const d = doc('a', 'The minister said the talks had ended.');
    inferPublishedDates([d]);
    expect(d.article.published).toBeUndefined();
    expect(d.article.publishedFrom).toBe('unknown');
  });

  it('dates the sample articles from what their text supports', () => {
    const { docs } = loadArticles(['seeds']);
    inferPublishedDates(docs);
    const byId = Object.fromEntries(docs.map((d) => [d.article.id.slice(0, 3), d.article]));
    // "Oct 28" in an article that writes 2024 falls on the Monday the other articles name.
    expect(byId['004']).toMatchObject({ published: '2024-10-28', publishedFrom: 'text-weekday' });
    // The others name that Monday or write "October 28".
    for (const id of ['000', '001', '002', '003']) expect(byId[id]).toMatchObject({ published: '2024-10-28', publishedFrom: 'other-articles' });
  });
});

describe('inferPublishedDates: datelines on a first line of their own', () => {
  it('reads a dateline the cleaner took for a headline', () => {
    const d = doc('a', 'BRUSSELS, October 28, 2024 (Xinhua) --\nNATO ministers met to discuss the deployment of troops to the region.');
    inferPublishedDates([d]);
    expect(d.article).toMatchObject({ published: '2024-10-28', publishedFrom: 'text' });
  });
});

describe('inferPublishedDates: what is not a dateline', () => {
  it('does not take a date in the first sentence of a story for its publication date', () => {
    const d = doc('a', 'Mobiles turn twenty\n\nBritain\'s first mobile phone call was made on 1 January 1985 by a comedian.');
    inferPublishedDates([d]);
    expect(d.article.published).toBeUndefined();
  });
  it('does not give an article a sibling date older than the years it writes', () => {
    const dated = doc('a', 'The minister said the talks had ended.', '1985-01-01');
    const later = doc('b', 'The minister said on Tuesday that sales in 2004 had doubled.');
    inferPublishedDates([dated, later]);
    expect(later.article.published).toBeUndefined();
  });
});
