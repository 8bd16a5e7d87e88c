import type { Extractor } from './types.js';
import { peopleExtractor } from './people/index.js';
import { quotesExtractor } from './quotes/index.js';
import { numbersExtractor } from './numbers/index.js';
import { datesExtractor } from './dates/index.js';
import { headlinesExtractor } from './headlines/index.js';

/** Every extractor, in the order they run (later ones may read earlier ones' mentions). */
export const extractors: Extractor[] = [peopleExtractor, quotesExtractor, headlinesExtractor, numbersExtractor, datesExtractor];
