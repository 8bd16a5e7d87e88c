import type { Extractor, Mention, RoleDraft } from '../types.js';
import { findMentions } from './find-mentions.js';

/**
 * People, organizations, places and groups, with the roles written next to them: titles before a
 * name ("UN Secretary General Jane Okafor"), possessive roles ("Boyko's chief of staff Oleksandr
 * Marchuk") and appositives ("Okafor, a former Kenyan prime minister"). Pronouns, "his office" and
 * title-only mentions ("the Secretary-General") are mentions too; refiners resolve them.
 */
export const peopleExtractor: Extractor = {
  name: 'people',
  extract(doc, sofar) {
    const { mentions, roles } = findMentions(doc);
    const base = sofar.mentions.length;
    const indexOf = new Map<Mention, number>();
    for (let i = 0; i < mentions.length; i++) indexOf.set(mentions[i], base + i);
    const facts: RoleDraft[] = roles.map((r) => ({
      kind: 'role',
      span: r.span,
      sentence: { start: r.sentence.start, end: r.sentence.end },
      extractor: `people/${r.rule}`,
      role: r.role,
      mentionIndex: indexOf.get(r.mention)!,
    }));
    return { mentions, facts };
  },
};
