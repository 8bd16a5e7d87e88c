import type { DocRefiner } from './types.js';

/**
 * Group the mentions of one article into clusters of the same entity: a full name and later
 * surname-only mentions ("Mark Rutte" ... "Rutte") share a cluster.
 */
export const clusterMentions: DocRefiner = {
  name: 'cluster-mentions',
  refine(ex) {
    const byName = new Map<string, number>();
    const bySurname = new Map<string, number>();
    let next = 0;
    for (const m of ex.mentions) {
      const key = m.name.toLowerCase();
      const surname = key.split(/\s+/).pop() ?? key;
      const cluster = byName.get(key) ?? (m.kind === 'person' && !key.includes(' ') ? bySurname.get(key) : undefined) ?? next++;
      m.cluster = cluster;
      byName.set(key, cluster);
      if (m.kind === 'person' && !bySurname.has(surname)) bySurname.set(surname, cluster);
    }
  },
};
