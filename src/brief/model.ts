import { z } from 'zod';
import { IsoDate, Span } from '../schema/index.js';

/**
 * The content of a one-page briefing, before layout. Every item is extractive: it points at the
 * facts or sentences it was taken from, and carries a `rank` (higher = keep longer) so the layout
 * can drop the weakest items until the page fits.
 */

export const BriefSource = z.object({
  /** Article id. */
  article: z.string(),
  /** 1-based number in the Sources list. */
  number: z.number().int().positive(),
  /** How the article is marked elsewhere on the page: its outlet, else `#number`. */
  label: z.string(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  published: IsoDate.nullable(),
  path: z.string(),
  /** The article's first words, to name an article that has no title ("Engineers closed the bridge on…"). */
  opening: z.string().nullable().optional(),
  /** How many key items on the page this article reports (for dropping the least cited). */
  cited: z.number().int().nonnegative(),
});
export type BriefSource = z.infer<typeof BriefSource>;

const Ranked = z.object({ rank: z.number() });

export const KeySentence = Ranked.extend({
  /** The sentence as cleaned text (layout line breaks joined). */
  text: z.string(),
  article: z.string(),
  /** Raw-file span of the sentence in `article`. */
  span: Span,
  /** Every article reporting it (this one first). */
  reportedBy: z.array(z.string()),
});
export type KeySentence = z.infer<typeof KeySentence>;

export const KeyNumber = Ranked.extend({
  /** The figure with its qualifier ("more than 350,000"). */
  figure: z.string(),
  /** What it counts, or a short excerpt of its sentence when the table does not say. */
  what: z.string(),
  /** True when `what` comes from the fact's `counts`, false when it is a sentence excerpt. */
  whatFromCounts: z.boolean(),
  saidBy: z.string().nullable(),
  facts: z.array(z.string()),
  reportedBy: z.array(z.string()),
});
export type KeyNumber = z.infer<typeof KeyNumber>;

export const KeyQuote = Ranked.extend({
  speaker: z.string().nullable(),
  role: z.string().nullable(),
  quote: z.string(),
  facts: z.array(z.string()),
  reportedBy: z.array(z.string()),
});
export type KeyQuote = z.infer<typeof KeyQuote>;

export const TimelineEvent = Ranked.extend({
  /** TimeML value, sortable: 2024-10-28, 2024-10, 2024, 2024-W43. */
  value: z.string(),
  /** Sort key: the first day the value covers. */
  sortKey: z.string(),
  /** Human date: "28 Oct 2024". */
  date: z.string(),
  event: z.string(),
  facts: z.array(z.string()),
  reportedBy: z.array(z.string()),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const WhoIsWho = Ranked.extend({
  entity: z.string(),
  name: z.string(),
  kind: z.enum(['person', 'organization', 'place', 'group']),
  roles: z.array(z.string()),
  articles: z.array(z.string()),
});
export type WhoIsWho = z.infer<typeof WhoIsWho>;

export const DifferenceKind = z.enum(['number', 'date', 'role', 'quote']);
export type DifferenceKind = z.infer<typeof DifferenceKind>;

export const Difference = Ranked.extend({
  /** What the sources disagree on: a figure, the date of an event, a person's title, who said some words. */
  kind: DifferenceKind.default('number'),
  /** What it is about: the counted thing, the event, the person's name, the words (shortened); null when unknown. */
  about: z.string().nullable(),
  /** Each version: the figure, date label, title or speaker's name it gives (`figure`), and who reports it. */
  variants: z.array(z.object({ figure: z.string(), saidBy: z.string().nullable(), facts: z.array(z.string()), reportedBy: z.array(z.string()) })),
});
export type Difference = z.infer<typeof Difference>;

export const CheckQuestion = Ranked.extend({
  stem: z.string(),
  options: z.array(z.string()),
  answer: z.number().int().nonnegative(),
  facts: z.array(z.string()),
});
export type CheckQuestion = z.infer<typeof CheckQuestion>;

export const Briefing = z.object({
  title: z.string(),
  /** Where the title comes from: an article title, or the most central entities. */
  titleFrom: z.enum(['article-title', 'entities', 'none']),
  /** The most central entities' names, for a subtitle. */
  keyNames: z.array(z.string()),
  /** Latest publication date, or null when no article has one. */
  asOf: IsoDate.nullable(),
  outlets: z.array(z.string()),
  sources: z.array(BriefSource),
  whatHappened: z.array(KeySentence),
  keyNumbers: z.array(KeyNumber),
  keyQuotes: z.array(KeyQuote),
  timeline: z.array(TimelineEvent),
  whosWho: z.array(WhoIsWho),
  differences: z.array(Difference),
  questions: z.array(CheckQuestion),
});
export type Briefing = z.infer<typeof Briefing>;

