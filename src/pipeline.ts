import type { Doc } from './doc.js';
import { toRawSpan } from './doc.js';
import { loadArticles } from './ingest/load.js';
import { inferPublishedDates } from './ingest/published-date.js';
import { extractors } from './extract/registry.js';
import { docRefiners, tableRefiners } from './refine/registry.js';
import { buildEntities, type EntityIndex } from './refine/build-entities.js';
import type { DocExtraction, FactDraft, SpeakerDraft } from './extract/types.js';
import type { Diagnostic, Entity, Fact, FactTable, Speaker, TextSpan } from './schema/index.js';

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
  const extractions = docs.map(extractDoc);
  for (const ex of extractions) for (const refiner of docRefiners) refiner.refine(ex);
  const index = buildEntities(extractions);
  const entityById = new Map(index.entities.map((e) => [e.id, e]));
  let table: FactTable = {
    schemaVersion: 1,
    articles: docs.map((d) => d.article),
    entities: index.entities,
    facts: extractions.flatMap((ex, d) => toFacts(ex, d, index, entityById)),
    diagnostics: [...diagnostics, ...extractions.flatMap((ex) => ex.diagnostics)],
  };
  for (const refiner of tableRefiners) table = refiner.refine(table, docs);
  return table;
}

export function extractDoc(doc: Doc): DocExtraction {
  const ex: DocExtraction = { doc, mentions: [], facts: [], diagnostics: [] };
  for (const extractor of extractors) {
    const found = extractor.extract(doc, ex);
    if (found.mentions) ex.mentions.push(...found.mentions);
    if (found.facts) ex.facts.push(...found.facts);
    if (found.diagnostics) ex.diagnostics.push(...found.diagnostics);
  }
  return ex;
}

const KIND_PREFIX: Record<Fact['kind'], string> = { quote: 'q', number: 'n', date: 'd', role: 'r' };

/** Drafts -> facts: raw-file coordinates, exact text, ids, resolved entities. */
function toFacts(ex: DocExtraction, docIndex: number, index: EntityIndex, entityById: ReadonlyMap<string, Entity>): Fact[] {
  const { doc } = ex;
  const articleId = doc.article.id;
  const counters: Record<string, number> = {};
  const drafts = [...ex.facts].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.kind.localeCompare(b.kind));
  const rawText = (s: { start: number; end: number }): TextSpan => {
    const r = toRawSpan(doc, s);
    return { start: r.start, end: r.end, text: doc.raw.slice(r.start, r.end) };
  };
  const entityOf = (mentionIndex: number | null | undefined) => {
    const cluster = mentionIndex == null ? undefined : ex.mentions[mentionIndex]?.cluster;
    const id = cluster == null ? undefined : index.byCluster.get(`${docIndex}:${cluster}`);
    return id ? entityById.get(id) ?? null : null;
  };
  const speaker = (s: SpeakerDraft): Speaker => {
    const entity = entityOf(s.mentionIndex);
    return { entity: entity?.id ?? s.entity ?? null, name: entity?.name ?? s.name ?? null, mention: s.mention ? rawText(s.mention) : null };
  };
  const facts: Fact[] = [];
  for (const draft of drafts) {
    const n = (counters[draft.kind] = (counters[draft.kind] ?? 0) + 1);
    const raw = toRawSpan(doc, draft.span);
    // Field order is the JSON order of the fact table.
    const base = {
      id: `${articleId}:${KIND_PREFIX[draft.kind]}${n}`,
      article: articleId,
      span: raw,
      text: doc.raw.slice(raw.start, raw.end),
      sentence: toRawSpan(doc, draft.sentence),
      corroboratedBy: [] as string[],
      extractor: draft.extractor,
    };
    switch (draft.kind) {
      case 'quote':
        facts.push({ ...base, kind: 'quote', direct: draft.direct, cue: draft.cue, speaker: speaker(draft.speaker) });
        break;
      case 'number': {
        const { kind, value, qualifier, unit, counts, approximate } = draft;
        facts.push({ ...base, kind, value, qualifier, unit, counts, approximate, source: draft.source ? speaker(draft.source) : null, conflictsWith: [] });
        break;
      }
      case 'date':
        facts.push({ ...base, kind: 'date', type: draft.type, value: draft.value, event: draft.event });
        break;
      case 'role': {
        const entity = entityOf(draft.mentionIndex);
        if (entity) facts.push({ ...base, kind: 'role', entity: entity.id, name: entity.name, role: draft.role });
        break;
      }
    }
  }
  return facts;
}
