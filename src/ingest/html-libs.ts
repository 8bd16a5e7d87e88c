import { createRequire } from 'node:module';
import type * as Htmlparser2 from 'htmlparser2';
import type * as Entities from 'entities';
import type * as Linkedom from 'linkedom';
import type * as ReadabilityModule from '@mozilla/readability';

/**
 * The HTML libraries, loaded on first use: together they cost about a quarter of a second of
 * start-up, which runs on plain-text articles (and `--help`) should not pay.
 */
const require = createRequire(import.meta.url);
const cache: { htmlparser2?: typeof Htmlparser2; entities?: typeof Entities; linkedom?: typeof Linkedom; readability?: typeof ReadabilityModule } = {};

export const htmlparser2 = () => (cache.htmlparser2 ??= require('htmlparser2') as typeof Htmlparser2);
export const entities = () => (cache.entities ??= require('entities') as typeof Entities);
export const linkedom = () => (cache.linkedom ??= require('linkedom') as typeof Linkedom);
export const readability = () => (cache.readability ??= require('@mozilla/readability') as typeof ReadabilityModule);
