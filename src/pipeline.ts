import type { Doc } from './doc.js';
import { toRawSpan } from './doc.js';
import { loadArticles } from './ingest/load.js';
import { inferPublishedDates } from './ingest/published-date.js';
import { extractors } from './extract/registry.js';
import { docRefiners, tableRefiners } from './refine/registry.js';
import { buildEntities, type EntityIndex } from './refine/build-entities.js';
import type { DocExtraction, Extractor, FactDraft, SpeakerDraft } from './extract/types.js';
import type { Diagnostic, Fact, FactTable, Speaker, TextSpan } from './schema/index.js';

/**
 * The whole flow, in order:
 * ingest -> clean -> segment (loadArticles) -> publication dates -> extract -> per-article
 * refiners -> entities -> fact table -> cross-article refiners.
 */
export function factsFromFiles(inputs: string[]): FactTable {
  const { docs, diagnostics } = loadArticles(inputs);
  return factsFromDocs(docs, diagnostics);
}

export function factsFromDocs(docs: Doc[], diagnostics: Diagnostic[] = []): FactTable {
  inferPublishedDates(docs);
  // Stage by stage over all articles rather than article by article: each extractor's and
  // refiner's code and word tables stay in the CPU caches (a third less time than interleaving).
  const extractions = docs.map(newExtraction);
  for (const extractor of extractors) for (const ex of extractions) runExtractor(extractor, ex);
  for (const refiner of docRefiners) for (const ex of extractions) refiner.refine(ex);
  const index = buildEntities(extractions);
  let table: FactTable = {
    schemaVersion: 1,
    articles: docs.map((d) => d.article),
    entities: index.entities,
    facts: extractions.flatMap((ex, d) => toFacts(ex, d, index)),
    diagnostics: [...diagnostics, ...extractions.flatMap((ex) => ex.diagnostics)],
  };
  for (const refiner of tableRefiners) table = refiner.refine(table, docs);
  return table;
}

export function extractDoc(doc: Doc): DocExtraction {
  const ex = newExtraction(doc);
  for (const extractor of extractors) runExtractor(extractor, ex);
  return ex;
}

function newExtraction(doc: Doc): DocExtraction {
  return { doc, mentions: [], facts: [], diagnostics: [] };
}

/** One extractor on one article; it sees what the extractors before it found there. */
function runExtractor(extractor: Extractor, ex: DocExtraction): void {
  const found = extractor.extract(ex.doc, ex);
  if (found.mentions) ex.mentions.push(...found.mentions);
  if (found.facts) ex.facts.push(...found.facts);
  if (found.diagnostics) ex.diagnostics.push(...found.diagnostics);
}

const KIND_PREFIX: Record<Fact['kind'], string> = { quote: 'q', number: 'n', date: 'd', role: 'r' };

/** Drafts in text order; the kind names ("date" < "number" < "quote" < "role") break ties. */
const byPosition = (a: FactDraft, b: FactDraft) => a.span.start - b.span.start || a.span.end - b.span.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);

/** Drafts -> facts: raw-file coordinates, exact text, ids, resolved entities. */
export function toFacts(ex: DocExtraction, docIndex: number, index: EntityIndex): Fact[] {
  const { doc } = ex;
  const articleId = doc.article.id;
  const counters = { quote: 0, number: 0, date: 0, role: 0 };
  const drafts = ex.facts.slice().sort(byPosition);
  const rawText = (s: { start: number; end: number }): TextSpan => {
    const r = toRawSpan(doc, s);
    return { start: r.start, end: r.end, text: doc.raw.slice(r.start, r.end) };
  };
  const entities = index.byCluster[docIndex];
  const entityOf = (mentionIndex: number | null | undefined) => {
    const cluster = mentionIndex == null ? undefined : ex.mentions[mentionIndex]?.cluster;
    return cluster == null ? null : entities.get(cluster) ?? null;
  };
  const speaker = (s: SpeakerDraft): Speaker => {
    const entity = entityOf(s.mentionIndex);
    return { entity: entity?.id ?? s.entity ?? null, name: entity?.name ?? s.name ?? null, mention: s.mention ? rawText(s.mention) : null };
  };
  const facts: Fact[] = [];
  for (const draft of drafts) {
    const n = ++counters[draft.kind];
    const span = toRawSpan(doc, draft.span);
    const id = `${articleId}:${KIND_PREFIX[draft.kind]}${n}`;
    const text = doc.raw.slice(span.start, span.end);
    const sentence = toRawSpan(doc, draft.sentence);
    const { extractor } = draft;
    // Field order is the JSON order of the fact table. Each kind is one object literal (no spread),
    // so all facts of a kind share one shape: cheaper to build, to hold and to stringify.
    switch (draft.kind) {
      case 'quote':
        facts.push({ id, article: articleId, span, text, sentence, corroboratedBy: [], extractor, kind: 'quote', direct: draft.direct, cue: draft.cue, speaker: speaker(draft.speaker) });
        break;
      case 'number':
        facts.push({
          id, article: articleId, span, text, sentence, corroboratedBy: [], extractor,
          kind: 'number', value: draft.value, qualifier: draft.qualifier, unit: draft.unit, counts: draft.counts, approximate: draft.approximate,
          source: draft.source ? speaker(draft.source) : null, conflictsWith: [],
        });
        break;
      case 'date':
        facts.push({ id, article: articleId, span, text, sentence, corroboratedBy: [], extractor, kind: 'date', type: draft.type, value: draft.value, event: draft.event });
        break;
      case 'role': {
        const entity = entityOf(draft.mentionIndex);
        if (entity) facts.push({ id, article: articleId, span, text, sentence, corroboratedBy: [], extractor, kind: 'role', entity: entity.id, name: entity.name, role: draft.role });
        break;
      }
    }
  }
  return facts;
}
