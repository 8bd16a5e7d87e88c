import type { Entity, Fact, FactTable, Speaker } from '../schema/index.js';
import { TITLE_ABBREVIATIONS } from '../extract/people/words/titles.js';
import type { ArticleText } from './article-text.js';
import { PRONOUNS } from './wording.js';

/** What every section builder needs: the table, the article texts, lookups. */
export class BriefContext {
  readonly entities: Map<string, Entity>;
  readonly articleOrder: Map<string, number>;
  readonly roleFacts: Map<string, string[]>;
  /** Entity + role pairs that other articles contradict (role facts with `conflictsWith`). */
  private readonly disputedRoles: Set<string>;

  constructor(
    readonly table: FactTable,
    readonly texts: ArticleText,
  ) {
    this.entities = new Map(table.entities.map((e) => [e.id, e]));
    this.articleOrder = new Map(table.articles.map((a, i) => [a.id, i]));
    this.roleFacts = new Map();
    this.disputedRoles = new Set();
    for (const f of table.facts) {
      if (f.kind !== 'role') continue;
      (this.roleFacts.get(f.entity) ?? this.roleFacts.set(f.entity, []).get(f.entity)!).push(f.role);
      if (f.conflictsWith?.length) this.disputedRoles.add(roleKey(f.entity, f.role));
    }
  }

  /** Roles of an entity that no article contradicts, most frequent first (a label beside a quote should not take sides). */
  undisputedRolesOf(entityId: string | null): string[] {
    return entityId ? this.rolesOf(entityId).filter((r) => !this.disputedRoles.has(roleKey(entityId, r))) : [];
  }

  get articleCount(): number {
    return this.table.articles.length;
  }

  /** Share of the other articles that also report something (0 for a single article). */
  corroboration(reportedBy: readonly string[]): number {
    return this.articleCount > 1 ? (reportedBy.length - 1) / (this.articleCount - 1) : 0;
  }

  /** Article ids in input order, without repeats. */
  sortArticles(ids: Iterable<string>): string[] {
    return [...new Set(ids)].sort((a, b) => (this.articleOrder.get(a) ?? 0) - (this.articleOrder.get(b) ?? 0));
  }

  /** The fact's article first, then the others that report it. */
  reportedBy(fact: Fact): string[] {
    return [fact.article, ...this.sortArticles(fact.corroboratedBy.filter((a) => a !== fact.article))];
  }

  /** A speaker's name as the page shows it; null when only a pronoun or nothing names them. */
  speakerName(speaker: Speaker | null): string | null {
    if (!speaker) return null;
    if (speaker.entity && this.entities.has(speaker.entity)) return this.entities.get(speaker.entity)!.name;
    if (speaker.name) return speaker.name;
    const mention = speaker.mention?.text.replace(/\s+/g, ' ').trim();
    if (!mention || PRONOUNS.has(mention.toLowerCase())) return null;
    return mention;
  }

  /** Roles of an entity from the entity record and role facts, most frequent first, no repeats. */
  rolesOf(entityId: string | null): string[] {
    if (!entityId) return [];
    const all = [...(this.entities.get(entityId)?.roles ?? []), ...(this.roleFacts.get(entityId) ?? [])].map((r) => cleanRole(r)).filter(Boolean);
    const counts = new Map<string, { role: string; n: number; first: number }>();
    all.forEach((role, i) => {
      const key = roleIdentity(role);
      const c = counts.get(key) ?? { role, n: 0, first: i };
      c.n++;
      counts.set(key, c);
    });
    return [...counts.values()].sort((a, b) => b.n - a.n || a.role.length - b.role.length || a.first - b.first).map((c) => c.role);
  }
}

/** A role as the page writes it: spaces squashed, title abbreviations spelled out. */
const cleanRole = (role: string) => spellOut(role.replace(/\s+/g, ' ').trim());
/** What makes two written roles one: case and a leading article aside. */
const roleIdentity = (role: string) => role.toLowerCase().replace(/^(the|a|an)\s+/, '');
const roleKey = (entity: string, role: string) => `${entity}\u0000${roleIdentity(cleanRole(role))}`;

const ABBREVIATION = /\b([A-Za-z]{2,5})\.(?=\s|$)/g;

/** "Democratic Sen." -> "Democratic Senator"; other words kept as written. */
function spellOut(role: string): string {
  return role.replace(ABBREVIATION, (m, word: string) => {
    const full = TITLE_ABBREVIATIONS.get(word.toLowerCase());
    if (!full) return m;
    return word[0] === word[0].toLowerCase() ? full.toLowerCase() : full;
  });
}
