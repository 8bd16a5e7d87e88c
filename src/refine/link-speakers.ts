import type { DocRefiner } from './types.js';

/**
 * Resolve each quote's speaker mention to a mention cluster. Placeholder: only a mention that
 * is itself a recognised name is linked; pronouns stay unresolved.
 */
export const linkSpeakers: DocRefiner = {
  name: 'link-speakers',
  refine(ex) {
    for (const f of ex.facts) {
      if (f.kind !== 'quote' || !f.speaker.mention || f.speaker.mentionIndex != null) continue;
      const { start, end } = f.speaker.mention;
      const i = ex.mentions.findIndex((m) => m.start < end && start < m.end);
      if (i >= 0) f.speaker.mentionIndex = i;
    }
  },
};
