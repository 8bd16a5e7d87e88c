import type { Entity, Fact, FactTable, Span } from '../schema/index.js';
import { contentWords } from '../text/content-words.js';
import { parseCalendarDate } from '../calendar-date.js';

/**
 * "Do these two sentences say the same thing?" for What happened, read through the fact table:
 * the same main actor (entity id of the speaker, else of the first person or body named), the same
 * key named entities, and the same content once words are lightly stemmed ("deployed" / "deployment",
 * "sent" / "send"), or the same fact reported by both (a quote by the same speaker that lists the
 * other article among its corroborators and says the same words). Different wording of one report
 * in several articles is caught; a sentence that adds a figure, a date or another actor is not.
 */
export interface Claim {
  article: string;
  /** Entity id of the main actor, or null when the table names none. */
  actor: string | null;
  /** Named entities (ids) in the sentence, the actor left out. */
  names: Set<string>;
  /** Light stems of the content words that are not part of a name. */
  stems: Set<string>;
  /** Figures and calendar dates the sentence states ("3|%", "2024-10-28"). */
  values: Set<string>;
  /** People and speakers in the sentence (ids), the actor included. */
  actors: Set<string>;
  /** Quote facts in the sentence: speaker id, other articles reporting it, stems of the words. */
  quotes: Array<{ speaker: string; corroboratedBy: Set<string>; stems: Set<string> }>;
}

/** Share of the smaller sentence's named entities the other must name too. */
const SHARED_NAMES = 0.5;
const MIN_SHARED_NAMES = 2;
/** Share of the smaller sentence's stemmed content words the other must have too. */
const SHARED_STEMS = 0.3;
const MIN_SHARED_STEMS = 2;
/** Share of the shorter quote's stems the other quote must have to be the same corroborated words. */
const SAME_QUOTE = 0.5;

/** Past forms and nouns that suffix stripping cannot bring back to their verb. */
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  Object.entries({
    sent: 'send', spent: 'spend', lent: 'lend', built: 'build', held: 'hold', kept: 'keep', left: 'leave', lost: 'lose',
    met: 'meet', paid: 'pay', found: 'find', brought: 'bring', bought: 'buy', caught: 'catch', fought: 'fight', sought: 'seek',
    taught: 'teach', thought: 'think', began: 'begin', begun: 'begin', broke: 'break', broken: 'break', chose: 'choose',
    chosen: 'choose', drove: 'drive', driven: 'drive', fell: 'fall', fallen: 'fall', flew: 'fly', flown: 'fly', gave: 'give',
    given: 'give', grew: 'grow', grown: 'grow', hit: 'hit', knew: 'know', known: 'know', led: 'lead', rose: 'rise', risen: 'rise',
    ran: 'run', sold: 'sell', shot: 'shoot', spoke: 'speak', spoken: 'speak', stood: 'stand', struck: 'strike', won: 'win',
    wrote: 'write', written: 'write', killed: 'kill', deaths: 'death', died: 'death', dead: 'death', die: 'death',
  }),
);
const SUFFIX = /(?:ations?|ments?|ings?|ions?|ers?|ed|es|ly|s)$/;

/** A light stem: irregular forms mapped, one common suffix and a final "e" taken off when a stem of four letters stays. */
export function stem(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR.get(w);
  if (irregular) return irregular;
  let s = w;
  const m = SUFFIX.exec(w);
  if (m && w.length - m[0].length >= 4) s = w.slice(0, -m[0].length);
  if (s.length > 4 && s.endsWith('e')) s = s.slice(0, -1);
  // Doubled final consonant of an inflected verb ("planned" -> "plann" -> "plan").
  if (s !== w && s.length > 4 && s[s.length - 1] === s[s.length - 2] && !/[aeiousl]/.test(s[s.length - 1])) s = s.slice(0, -1);
  return s;
}

const stemsOf = (text: string) => new Set(contentWords(text).map(stem));

const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{N}.’'-]*(?:\s+(?:(?:of|the|de|la|von|der|van|al|bin)\s+)*\p{Lu}[\p{L}\p{N}.’'-]*)*/gu;
const POSSESSIVE_END = /['’]s?$/;

/** Looks up the entities of each article by their names and aliases (an article's names are read when first asked for). */
export class EntityNames {
  private readonly entitiesOf = new Map<string, Entity[]>();
  private readonly byArticle = new Map<string, { names: Map<string, Entity>; longest: number }>();

  constructor(entities: readonly Entity[]) {
    for (const e of entities) for (const a of e.articles) (this.entitiesOf.get(a) ?? this.entitiesOf.set(a, []).get(a)!).push(e);
  }

  private namesOf(article: string) {
    let entry = this.byArticle.get(article);
    if (!entry) {
      entry = { names: new Map(), longest: 0 };
      for (const e of this.entitiesOf.get(article) ?? [])
        for (const form of [e.name, ...e.aliases]) {
          const key = nameKey(form);
          if (!key || entry.names.has(key)) continue;
          entry.names.set(key, e);
          entry.longest = Math.max(entry.longest, key.split(' ').length);
        }
      this.byArticle.set(article, entry);
    }
    return entry;
  }

  /** Entities named in `text` of `article`, in order, each once; the words that name them are returned too. */
  find(article: string, text: string): { entities: Entity[]; nameWords: Set<string> } {
    const { names, longest } = this.namesOf(article);
    const entities: Entity[] = [];
    const nameWords = new Set<string>();
    if (names.size === 0) return { entities, nameWords };
    CAPITALISED_RUN.lastIndex = 0;
    for (let m = CAPITALISED_RUN.exec(text); m; m = CAPITALISED_RUN.exec(text)) {
      const tokens = m[0].split(/\s+/).map((t) => t.replace(POSSESSIVE_END, '').replace(/[.,]+$/, ''));
      let i = 0;
      while (i < tokens.length) {
        let hit = 0;
        for (let n = Math.min(longest, tokens.length - i); n >= 1 && !hit; n--) {
          const e = lookUp(names, tokens.slice(i, i + n));
          if (e) {
            if (!entities.includes(e)) entities.push(e);
            for (const t of tokens.slice(i, i + n)) for (const w of contentWords(t)) nameWords.add(w);
            hit = n;
          }
        }
        i += hit || 1;
      }
    }
    return { entities, nameWords };
  }
}

const nameKey = (form: string) => form.toLowerCase().replace(/['’]s\b/g, '').replace(/[.,]/g, '').replace(/\s+/g, ' ').trim();

/** A name as written, or its adjective ("Canadian" for "Canada", "Kenyan" for "Kenya", "Indian" for "India"). */
function lookUp(names: Map<string, Entity>, tokens: string[]): Entity | undefined {
  const key = nameKey(tokens.join(' '));
  const exact = names.get(key);
  if (exact) return exact;
  const last = key.length - 1;
  if (key[last] !== 'n') return undefined;
  const ian = key.endsWith('ian') ? (names.get(key.slice(0, -3) + 'e') ?? names.get(key.slice(0, -3) + 'a')) : undefined;
  return ian ?? names.get(key.slice(0, -1)) ?? (key.endsWith('an') ? names.get(key.slice(0, -2) + 'a') : undefined);
}

/** What a sentence of `article` (raw span, cleaned text) claims, read through the fact table. */
export function claimOf(article: string, span: Span, text: string, facts: readonly Fact[], names: EntityNames, entities: Map<string, Entity>): Claim {
  const inside = facts.filter((f) => f.span.start >= span.start && f.span.end <= span.end);
  const found = names.find(article, text);
  const values = new Set<string>();
  const actors = new Set<string>();
  const quotes: Claim['quotes'] = [];
  let speaker: string | null = null;
  let speakerAt = Infinity;
  for (const f of inside) {
    if (f.kind === 'number') values.add(`${f.value}|${f.unit ?? ''}`);
    else if (f.kind === 'date' && f.type === 'DATE' && parseCalendarDate(f.value) !== undefined) values.add(f.value);
    else if (f.kind === 'quote' && f.speaker.entity && entities.has(f.speaker.entity)) {
      // The first quote's speaker is the main actor.
      if (f.span.start < speakerAt) [speaker, speakerAt] = [f.speaker.entity, f.span.start];
      actors.add(f.speaker.entity);
      quotes.push({ speaker: f.speaker.entity, corroboratedBy: new Set(f.corroboratedBy), stems: stemsOf(f.text) });
    }
  }
  for (const e of found.entities) if (e.kind === 'person') actors.add(e.id);
  const actor = speaker ?? found.entities.find((e) => e.kind === 'person' || e.kind === 'organization' || e.kind === 'group')?.id ?? null;
  const nameIds = new Set(found.entities.map((e) => e.id));
  if (actor) nameIds.delete(actor);
  const stems = new Set<string>();
  for (const w of contentWords(text)) if (!found.nameWords.has(w) && !/^\d/.test(w)) stems.add(stem(w));
  return { article, actor, names: nameIds, stems, values, actors, quotes };
}

function sharedCount<T>(a: Set<T>, b: Set<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

/** True when the two claims report the same thing by the same main actor (see the file comment). */
export function sameClaim(a: Claim, b: Claim): boolean {
  if (!a.actor || a.actor !== b.actor) return false;
  const shared = sharedCount(a.names, b.names);
  if (shared < Math.min(MIN_SHARED_NAMES, a.names.size, b.names.size) || shared < SHARED_NAMES * Math.min(a.names.size, b.names.size)) return false;
  const stems = sharedCount(a.stems, b.stems);
  if (stems >= MIN_SHARED_STEMS && stems >= SHARED_STEMS * Math.min(a.stems.size, b.stems.size)) return true;
  return corroborated(a, b);
}

/** The same speaker's same words, each quote listing the other's article among its corroborators. */
function corroborated(a: Claim, b: Claim): boolean {
  for (const qa of a.quotes) {
    if (!qa.corroboratedBy.has(b.article)) continue;
    for (const qb of b.quotes) {
      if (qb.speaker !== qa.speaker || !qb.corroboratedBy.has(a.article)) continue;
      if (sharedCount(qa.stems, qb.stems) >= SAME_QUOTE * Math.min(qa.stems.size, qb.stems.size)) return true;
    }
  }
  return false;
}

/** True when `extra` states a figure, a date or an actor that `kept` does not: it is news even when it repeats. */
export function addsNewFact(extra: Claim, kept: Claim): boolean {
  for (const v of extra.values) if (!kept.values.has(v)) return true;
  for (const a of extra.actors) if (a !== kept.actor && !kept.actors.has(a)) return true;
  return false;
}
