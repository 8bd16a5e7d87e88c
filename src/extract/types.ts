import type { DateFact, EntityKind, NumberFact, QuoteFact, RoleFact, Span, Speaker, Diagnostic } from '../schema/index.js';
import type { Doc } from '../doc.js';

/**
 * A name in the text that refers to a person, organization, place or group.
 * Offsets are in Doc.text coordinates.
 */
export interface Mention extends Span {
  text: string;
  kind: EntityKind;
  /** The name without titles ("Amara Okafor" for "Health Minister Amara Okafor"). */
  name: string;
  /** A role or title attached here ("UN Secretary-General", "a former Norland prime minister"). */
  role: string | null;
  roleSpan: Span | null;
  /** Which doc-level entity cluster this mention belongs to (set by the entity refiner). */
  cluster?: number;
}

/** Speaker while extracting: `mentionIndex` points into DocExtraction.mentions when known. */
export type SpeakerDraft = Speaker & { mentionIndex?: number | null };

type Drafted<F> = Omit<F, 'id' | 'article' | 'text' | 'corroboratedBy'>;

/** Facts as extractors produce them: spans in Doc.text coordinates, no ids yet. */
export type QuoteDraft = Omit<Drafted<QuoteFact>, 'speaker'> & { speaker: SpeakerDraft };
export type NumberDraft = Omit<Drafted<NumberFact>, 'source' | 'conflictsWith'> & { source: SpeakerDraft | null };
export type DateDraft = Drafted<DateFact>;
export type RoleDraft = Omit<Drafted<RoleFact>, 'entity' | 'name'> & { mentionIndex: number };
export type FactDraft = QuoteDraft | NumberDraft | DateDraft | RoleDraft;

export interface DocExtraction {
  doc: Doc;
  mentions: Mention[];
  facts: FactDraft[];
  diagnostics: Diagnostic[];
}

/** One extractor: a small pure module reading a Doc (and what earlier extractors found). */
export interface Extractor {
  name: string;
  extract(doc: Doc, sofar: Readonly<DocExtraction>): { facts?: FactDraft[]; mentions?: Mention[]; diagnostics?: Diagnostic[] };
}
