import { z } from 'zod';
import { ISO_DATE_PATTERN } from './iso-date.js';

export const IsoDate = z.string().regex(ISO_DATE_PATTERN, 'expected YYYY-MM-DD');

/** How the publication date was found; `unknown` when nothing supports one. */
export const PublishedFrom = z.enum(['metadata', 'text-weekday', 'text', 'other-articles', 'unknown']);
export type PublishedFrom = z.infer<typeof PublishedFrom>;

export const Article = z.object({
  id: z.string(),
  path: z.string(),
  title: z.string().optional(),
  outlet: z.string().optional(),
  url: z.string().optional(),
  /** Bylined author(s) from the page's metadata or front matter, comma-separated. */
  author: z.string().optional(),
  published: IsoDate.optional(),
  publishedFrom: PublishedFrom,
});
export type Article = z.infer<typeof Article>;
