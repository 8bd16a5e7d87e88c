import { z } from 'zod';

/** Half-open range of JS string offsets (UTF-16 code units) into an article's decoded file text. */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof Span>;

/** A span together with the exact text it covers. */
export const TextSpan = Span.extend({ text: z.string() });
export type TextSpan = z.infer<typeof TextSpan>;
