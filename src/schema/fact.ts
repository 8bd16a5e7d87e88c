import { z } from 'zod';
import { Span, TextSpan } from './span.js';

const FactBase = z.object({
  id: z.string(),
  article: z.string(),
  /** Exact span in the input file's decoded text; `text === raw.slice(span.start, span.end)`. */
  span: Span,
  text: z.string(),
  /** The sentence the fact was found in (same coordinates). */
  sentence: Span,
  /** Ids of other articles that report the same fact (at most 100 are listed). */
  corroboratedBy: z.array(z.string()),
  /** Which extractor and rule found it, e.g. `quotes/direct-trailing-cue`. */
  extractor: z.string(),
});

/**
 * Ids of facts of the same kind in other articles that contradict this one (a different date for
 * the same event, another title for the same person, the same words given to someone else). Left
 * out when there are none; number facts always carry the list.
 */
const ConflictsWith = z.array(z.string()).optional();

export const Speaker = z.object({
  /** Entity id when resolved, else null. */
  entity: z.string().nullable(),
  /** Canonical name when known, else null. */
  name: z.string().nullable(),
  /** The words in this sentence that name the speaker ("he", "Ms Okafor", "the ministry"), or null. */
  mention: TextSpan.nullable(),
});
export type Speaker = z.infer<typeof Speaker>;

export const QuoteFact = FactBase.extend({
  kind: z.literal('quote'),
  direct: z.boolean(),
  cue: z.string().nullable(),
  speaker: Speaker,
  conflictsWith: ConflictsWith,
});
export type QuoteFact = z.infer<typeof QuoteFact>;

export const Qualifier = z.enum(['exact', 'more-than', 'less-than', 'about', 'nearly', 'at-least', 'at-most', 'up-to', 'some']);
export type Qualifier = z.infer<typeof Qualifier>;

/** How each qualifier is written before a figure ("more than 350,000"). */
export const QUALIFIER_PHRASE: Record<Qualifier, string> = {
  exact: '',
  'more-than': 'more than',
  'less-than': 'less than',
  about: 'about',
  nearly: 'nearly',
  'at-least': 'at least',
  'at-most': 'at most',
  'up-to': 'up to',
  some: 'some',
};

export const NumberFact = FactBase.extend({
  kind: z.literal('number'),
  value: z.number(),
  qualifier: Qualifier,
  /** '%', 'USD', 'EUR', 'km', ... or null for a plain count. */
  unit: z.string().nullable(),
  /** What is counted or measured ("Russian soldiers killed or wounded"), or null. */
  counts: z.string().nullable(),
  /** True for vague or rounded amounts ("thousands", "about 4,500", "nearly 40"); bounds such as "more than" are in `qualifier`. */
  approximate: z.boolean(),
  /** Who states the figure when it is reported speech. */
  source: Speaker.nullable(),
  /** Ids of number facts that give a different figure for the same thing. */
  conflictsWith: z.array(z.string()),
});
export type NumberFact = z.infer<typeof NumberFact>;

export const TimexType = z.enum(['DATE', 'TIME', 'DURATION', 'SET']);
export type TimexType = z.infer<typeof TimexType>;

export const DateFact = FactBase.extend({
  kind: z.literal('date'),
  type: TimexType,
  /** TimeML value normalized against the publication date: 2024-10-28, 2024-W43, P3Y, PAST_REF ... */
  value: z.string(),
  /** The event the date belongs to, when the sentence says it. */
  event: z.string().nullable(),
  conflictsWith: ConflictsWith,
});
export type DateFact = z.infer<typeof DateFact>;

/** "X, a former prime minister" / "Prime Minister X": a role or title attached to an entity. */
export const RoleFact = FactBase.extend({
  kind: z.literal('role'),
  entity: z.string(),
  name: z.string(),
  role: z.string(),
  conflictsWith: ConflictsWith,
});
export type RoleFact = z.infer<typeof RoleFact>;

export const Fact = z.discriminatedUnion('kind', [QuoteFact, NumberFact, DateFact, RoleFact]);
export type Fact = z.infer<typeof Fact>;
export type FactKind = Fact['kind'];
