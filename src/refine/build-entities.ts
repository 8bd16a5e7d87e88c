import type { Entity } from '../schema/index.js';
import type { DocExtraction } from '../extract/types.js';

export interface EntityIndex {
  entities: Entity[];
  /** `${docIndex}:${cluster}` -> entity id */
  byCluster: Map<string, string>;
}

/**
 * Merge mention clusters into entities within and across articles. Placeholder: clusters whose
 * longest name is identical (case-insensitive) merge.
 */
export function buildEntities(extractions: readonly DocExtraction[]): EntityIndex {
  const entities: Entity[] = [];
  const byName = new Map<string, Entity>();
  const byCluster = new Map<string, string>();
  extractions.forEach((ex, d) => {
    const clusters = new Map<number, typeof ex.mentions>();
    for (const m of ex.mentions) {
      if (m.cluster == null) continue;
      const list = clusters.get(m.cluster) ?? [];
      list.push(m);
      clusters.set(m.cluster, list);
    }
    for (const [cluster, mentions] of clusters) {
      const name = mentions.reduce((a, m) => (m.name.length > a.length ? m.name : a), '');
      const key = name.toLowerCase();
      let entity = byName.get(key);
      if (!entity) {
        entity = { id: `e${entities.length + 1}`, kind: mentions[0].kind, name, aliases: [], roles: [], articles: [] };
        entities.push(entity);
        byName.set(key, entity);
      }
      for (const m of mentions) {
        if (m.text !== entity.name && !entity.aliases.includes(m.text)) entity.aliases.push(m.text);
        if (m.role && !entity.roles.includes(m.role)) entity.roles.push(m.role);
      }
      if (!entity.articles.includes(ex.doc.article.id)) entity.articles.push(ex.doc.article.id);
      byCluster.set(`${d}:${cluster}`, entity.id);
    }
  });
  return { entities, byCluster };
}
