import type { DocRefiner, TableRefiner } from './types.js';
import { clusterMentions } from './cluster-mentions.js';
import { linkSpeakers } from './link-speakers.js';
import { resolveReferences } from './resolve-references.js';
import { corroborate } from './corroborate.js';

/** Per-article refiners, in order. */
export const docRefiners: DocRefiner[] = [clusterMentions, resolveReferences, linkSpeakers];

/** Cross-article refiners over the finished table, in order. */
export const tableRefiners: TableRefiner[] = [corroborate];
