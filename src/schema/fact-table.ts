import { z } from 'zod';
import { Article } from './article.js';
import { Entity } from './entity.js';
import { Fact } from './fact.js';

export const Diagnostic = z.object({
  rule: z.string(),
  message: z.string(),
  article: z.string().optional(),
  span: z.object({ start: z.number(), end: z.number() }).optional(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

export const FactTable = z.object({
  schemaVersion: z.literal(1),
  articles: z.array(Article),
  entities: z.array(Entity),
  facts: z.array(Fact),
  diagnostics: z.array(Diagnostic).optional(),
});
export type FactTable = z.infer<typeof FactTable>;
