import type { DocRefiner, TableRefiner } from './types.js';
import { clusterMentions } from './cluster-mentions.js';
import { resolveReferences } from './resolve-references.js';
import { linkSpeakers } from './link-speakers.js';
import { attributeNumbers } from './attribute-numbers.js';
import { corroborate } from './corroborate.js';
import { conflicts } from './conflicts.js';
import { disagreements } from './disagreements.js';

/** Per-article refiners, in order. */
export const docRefiners: DocRefiner[] = [clusterMentions, resolveReferences, linkSpeakers, attributeNumbers];

/** Cross-article refiners over the finished table, in order. */
export const tableRefiners: TableRefiner[] = [corroborate, conflicts, disagreements];
