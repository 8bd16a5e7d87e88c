import { compareText } from './compare.js';
import type { QuoteFact } from '../schema/index.js';
import type { BriefContext } from './context.js';
import type { KeyQuote } from './model.js';
import { contentWords, tidy, wordCount } from '../text/content-words.js';

export const KEY_QUOTES_MAX = 4;
const MIN_WORDS = 4;
const MAX_WORDS = 70;
const MAX_CHARS = 500;
/** Quotes sharing this many leading content words are the same quote reported twice. */
const SAME_QUOTE_WORDS = 6;
/** One speaker's two quotes sharing this share of the shorter one's words say the same thing. */
const SAME_SAYING = 0.6;

/** Who said what: attributed quotes first, one item per quote across articles, few per speaker. */
export function selectKeyQuotes(ctx: BriefContext, max = KEY_QUOTES_MAX): KeyQuote[] {
  const groups = new Map<string, QuoteFact[]>();
  for (const f of ctx.table.facts) {
    if (f.kind !== 'quote') continue;
    const n = wordCount(shown(f.text));
    if (n < MIN_WORDS || n > MAX_WORDS || shown(f.text).length > MAX_CHARS) continue;
    const key = contentWords(f.text).slice(0, SAME_QUOTE_WORDS).join(' ') || tidy(f.text).toLowerCase();
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(f);
  }
  const items: Array<KeyQuote & { who: string }> = [];
  for (const facts of mergeRestatements([...groups.values()])) {
    const best = [...facts].sort((a, b) => score(ctx, b) - score(ctx, a))[0];
    const speaker = ctx.speakerName(best.speaker);
    const role = ctx.undisputedRolesOf(best.speaker.entity)[0] ?? null;
    // An article giving the words to someone else does not report this speaker saying them.
    const agreeing = facts.filter((f) => !f.speaker.entity || !best.speaker.entity || f.speaker.entity === best.speaker.entity);
    const reportedBy = [best.article, ...ctx.sortArticles(agreeing.flatMap((f) => [f.article, ...f.corroboratedBy]).filter((a) => a !== best.article))];
    items.push({
      rank: score(ctx, best) + 0.5 * ctx.corroboration(reportedBy),
      speaker,
      role,
      quote: shown(tidy(best.text)).replace(/^["“”‘’']+|["“”‘’']+$/g, ''),
      facts: facts.map((f) => f.id),
      reportedBy,
      who: (best.speaker.entity ?? speaker ?? '').toLowerCase(),
    });
  }
  items.sort((a, b) => b.rank - a.rank || compareText(a.facts[0], b.facts[0]));
  // A second quote from the same speaker ranks lower, so more voices are heard.
  const seen = new Map<string, number>();
  for (const item of items) {
    const n = seen.get(item.who) ?? 0;
    if (item.who) seen.set(item.who, n + 1);
    item.rank = Number((item.rank * 0.6 ** n).toFixed(6));
  }
  items.sort((a, b) => b.rank - a.rank || compareText(a.facts[0], b.facts[0]));
  return items.slice(0, max).map(({ who: _who, ...q }) => q);
}

/**
 * The part of a quote the page shows: all of it, or for a long quotation (a quoted paragraph or
 * more) its opening sentences that fit, then "…". Always the quote's own first words.
 */
export function shown(text: string): string {
  if (wordCount(text) <= MAX_WORDS && text.length <= MAX_CHARS) return text;
  let end = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const cut = m.index + m[0].length - m[1].length;
    if (wordCount(text.slice(0, cut)) > MAX_WORDS || cut > MAX_CHARS) break;
    end = cut;
  }
  return end > 0 ? `${text.slice(0, end).trimEnd()} …` : text;
}
/** The end of a sentence inside a quotation: its mark, then the space before the next one. */
const SENTENCE_END = /[.!?](\s+)(?=["“‘']?\p{Lu})/gu;

function score(ctx: BriefContext, f: QuoteFact): number {
  const n = wordCount(shown(f.text));
  const speaker = ctx.speakerName(f.speaker);
  const entity = f.speaker.entity ? ctx.entities.get(f.speaker.entity) : undefined;
  const prominence = entity ? entity.articles.length / Math.max(1, ctx.articleCount) : 0;
  const length = n > 40 ? -0.3 : n < 8 ? -0.2 : 0;
  return 1 + (speaker ? 1 : 0) + (ctx.rolesOf(f.speaker.entity).length > 0 ? 0.2 : 0) + (f.direct ? 0.2 : 0) + 0.3 * prominence + length;
}

/** Merge groups where the same speaker says the same thing in other words (direct vs reported). */
function mergeRestatements(groups: QuoteFact[][]): QuoteFact[][] {
  const bySpeaker = new Map<string, Array<{ facts: QuoteFact[]; words: Set<string> }>>();
  const out: QuoteFact[][] = [];
  for (const facts of groups) {
    const who = facts[0].speaker.entity;
    if (!who) {
      out.push(facts);
      continue;
    }
    const words = new Set(contentWords(facts.map((f) => f.text).join(' ')));
    const list = bySpeaker.get(who) ?? bySpeaker.set(who, []).get(who)!;
    const same = list.find((g) => {
      let shared = 0;
      for (const w of words) if (g.words.has(w)) shared++;
      return shared / Math.max(1, Math.min(words.size, g.words.size)) >= SAME_SAYING;
    });
    if (same) {
      same.facts.push(...facts);
      for (const w of words) same.words.add(w);
    } else {
      const g = { facts: [...facts], words };
      list.push(g);
      out.push(g.facts);
    }
  }
  return out;
}
