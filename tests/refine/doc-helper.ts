import type { Doc } from '../../src/doc.js';
import type { DocExtraction, QuoteDraft } from '../../src/extract/types.js';
import { peopleExtractor } from '../../src/extract/people/index.js';
import { segmentParagraphs } from '../../src/segment/index.js';
import { clusterMentions } from '../../src/refine/cluster-mentions.js';
import { resolveReferences } from '../../src/refine/resolve-references.js';
import { linkSpeakers } from '../../src/refine/link-speakers.js';

/** A Doc for a hand-made snippet: one paragraph per line, no title, no cleaning. */
export function docOf(text: string, id = 'snippet'): Doc {
  const paragraphs: { start: number; end: number }[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  return {
    article: { id, path: `${id}.txt`, publishedFrom: 'unknown' },
    raw: text,
    text,
    offsets: null,
    paragraphs,
    sentences: segmentParagraphs(text, paragraphs),
    titleSpan: null,
  };
}

/** Run the people extractor on a snippet. */
export function extract(text: string, id?: string): DocExtraction {
  const doc = docOf(text, id);
  const ex: DocExtraction = { doc, mentions: [], facts: [], diagnostics: [] };
  const found = peopleExtractor.extract(doc, ex);
  ex.mentions.push(...(found.mentions ?? []));
  ex.facts.push(...(found.facts ?? []));
  return ex;
}

/** A direct quote whose speaker is the first occurrence of `speaker` after the quote. */
export function quoteDraft(ex: DocExtraction, quote: string, speaker: string, from = 0): QuoteDraft {
  const text = ex.doc.text;
  const qs = text.indexOf(quote, from);
  const ss = text.indexOf(speaker, qs + quote.length);
  if (qs < 0 || ss < 0) throw new Error(`snippet lacks ${quote} or ${speaker}`);
  const sentence = ex.doc.sentences.find((s) => s.start <= ss && ss < s.end)!;
  return {
    kind: 'quote',
    span: { start: qs, end: qs + quote.length },
    sentence: { start: sentence.start, end: sentence.end },
    extractor: 'test',
    direct: true,
    cue: 'said',
    speaker: { entity: null, name: null, mention: { start: ss, end: ss + speaker.length, text: speaker }, mentionIndex: null },
  };
}

/** Extract, add quotes, and run the per-article refiners in pipeline order. */
export function refine(ex: DocExtraction, quotes: QuoteDraft[] = []): DocExtraction {
  ex.facts.push(...quotes);
  for (const r of [clusterMentions, resolveReferences, linkSpeakers]) r.refine(ex);
  return ex;
}

/** The longest name in the cluster of a mention, or null. */
export function clusterName(ex: DocExtraction, mentionIndex: number | null | undefined): string | null {
  if (mentionIndex == null) return null;
  const cluster = ex.mentions[mentionIndex]?.cluster;
  if (cluster === undefined) return null;
  return ex.mentions.filter((m) => m.cluster === cluster && m.name).reduce((a, m) => (m.name.length > a.length ? m.name : a), '') || null;
}
