import type { Fact } from '../schema/index.js';
import type { BriefContext } from './context.js';
import type { Difference, DifferenceKind } from './model.js';
import { figureOf } from './key-numbers.js';
import { readCalendarValue } from './dates.js';
import { tidy } from '../text/content-words.js';
import { compareText } from './compare.js';
import { DisjointSets } from '../disjoint-sets.js';

export const DIFFERENCES_MAX = 4;
/** Longest quote or event shown in full above a difference, in words; longer ones are cut with an ellipsis. */
const ABOUT_WORDS = 14;

/** A fact's version in a disagreement: the words the page shows, and what makes two versions the same. */
interface Reading {
  key: string;
  shown: string;
  saidBy: string | null;
}

/**
 * What the articles disagree on: groups of facts linked by `conflictsWith` (different figures for
 * the same thing, dates for the same event, titles for the same person, speakers for the same
 * words), one item per group with one variant per version.
 */
export function selectDifferences(ctx: BriefContext, max = DIFFERENCES_MAX): Difference[] {
  const byId = new Map<string, Fact>();
  for (const f of ctx.table.facts) if (f.conflictsWith?.length) byId.set(f.id, f);
  const sets = new DisjointSets();
  for (const f of byId.values()) {
    sets.add(f.id);
    for (const other of f.conflictsWith!) if (byId.has(other)) sets.union(f.id, other);
  }
  const groups = new Map<string, Fact[]>();
  for (const id of [...sets.ids()].sort()) {
    const root = sets.find(id);
    (groups.get(root) ?? groups.set(root, []).get(root)!).push(byId.get(id)!);
  }
  const items: Difference[] = [];
  for (const facts of groups.values()) {
    const kind = facts[0].kind as DifferenceKind;
    // saidBy: the first version's, else the first named by another fact of the variant.
    const variants = new Map<string, { reading: Reading; facts: Fact[]; saidBy: string | null }>();
    for (const f of facts) {
      const reading = readingOf(ctx, f);
      if (!reading) continue;
      const v = variants.get(reading.key);
      if (!v) variants.set(reading.key, { reading, facts: [f], saidBy: reading.saidBy });
      else {
        v.facts.push(f);
        if (v.saidBy === null && reading.saidBy) v.saidBy = reading.saidBy;
      }
    }
    if (variants.size < 2) continue;
    const about = aboutOf(ctx, facts);
    if (kind !== 'number' && !about) continue;
    const articles = new Set(facts.flatMap((f) => [f.article, ...f.corroboratedBy]));
    items.push({
      rank: Number((1 + (about ? 0.5 : 0) + 0.5 * ctx.corroboration([...articles])).toFixed(6)),
      kind,
      about,
      variants: [...variants.values()].map(({ reading, facts: fs, saidBy }) => ({
        figure: reading.shown,
        saidBy,
        facts: fs.map((f) => f.id),
        reportedBy: ctx.sortArticles(fs.flatMap((f) => [f.article, ...f.corroboratedBy])),
      })),
    });
  }
  return items.sort((a, b) => b.rank - a.rank).slice(0, max);
}

/** The version a fact gives: the figure, the date, the title, or who said the words. */
function readingOf(ctx: BriefContext, f: Fact): Reading | null {
  switch (f.kind) {
    case 'number':
      return { key: `${f.value}|${f.unit ?? ''}`, shown: figureOf(f), saidBy: ctx.speakerName(f.source) };
    case 'date': {
      const cal = readCalendarValue(f.value);
      return cal ? { key: f.value, shown: cal.label, saidBy: null } : null;
    }
    case 'role': {
      const shown = tidy(f.role);
      return { key: shown.toLowerCase(), shown, saidBy: null };
    }
    case 'quote': {
      const name = ctx.speakerName(f.speaker);
      return name ? { key: f.speaker.entity ?? name.toLowerCase(), shown: name, saidBy: null } : null;
    }
  }
}

/** What the versions are about: the counted thing, the event, the person, or the words. */
function aboutOf(ctx: BriefContext, facts: readonly Fact[]): string | null {
  for (const f of facts) {
    if (f.kind === 'number' && f.counts?.trim()) return tidy(f.counts);
    if (f.kind === 'date' && f.event?.trim()) return shorten(tidy(f.event));
    if (f.kind === 'role') return ctx.entities.get(f.entity)?.name ?? tidy(f.name);
  }
  // The words in the shortest version: every article quotes at least that much.
  const quotes = facts.filter((f) => f.kind === 'quote').sort((a, b) => a.text.length - b.text.length || compareText(a.id, b.id));
  if (quotes.length) return shorten(tidy(quotes[0].text));
  return null;
}

/** At most ABOUT_WORDS words, cut with an ellipsis. */
function shorten(text: string): string {
  const words = text.split(' ');
  return words.length > ABOUT_WORDS ? `${words.slice(0, ABOUT_WORDS).join(' ').replace(/[,;:.!?]+$/, '')}…` : text;
}
