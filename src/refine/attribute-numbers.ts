import type { DocRefiner } from './types.js';
import type { NumberDraft, QuoteDraft } from '../extract/types.js';
import { DEFINITE_ORG, GROUP_NOUN, GROUP_PRONOUN, NATIONALITY, OFFICE_NOUN, ORG_KEYWORD, PERSON_PRONOUN, TITLE_HEAD, wordInfo } from '../extract/people/vocabulary.js';

/**
 * A figure inside a quote (direct or reported speech) is stated by that quote's speaker.
 * Quotes sorted by start; each number looks back over the few quotes that start before it.
 */
export const attributeNumbers: DocRefiner = {
  name: 'attribute-numbers',
  refine(ex) {
    const quotes = ex.facts.filter((f): f is QuoteDraft => f.kind === 'quote').sort((a, b) => a.span.start - b.span.start);
    if (!quotes.length) return;
    const text = ex.doc.text;
    // Whether a quote's speaker names a source, judged once per quote.
    const named = new Map<QuoteDraft, boolean>();
    const names = (quote: QuoteDraft) => named.get(quote) ?? named.set(quote, namesASource(text, quote)).get(quote)!;
    for (const f of ex.facts) {
      if (f.kind !== 'number') continue;
      const quote = innermostQuote(quotes, f);
      f.source = quote && names(quote) && !inSpeakerPhrase(text, f, quote) && !(isReported(quote) && reportersAside(text, f)) ? { ...quote.speaker, mention: quote.speaker.mention ? { ...quote.speaker.mention } : null } : null;
    }
  },
};

const LOOK_BACK = 8;

/** Words that name no source when a quote's speaker is only that ("The", "which"). */
const EMPTY_SPEAKERS = new Set(['the', 'a', 'an', 'this', 'that', 'there', 'which', 'what', 'here']);
/** "It is worth noting that", "It was expected that": an "it" that stands for nobody. */
const EXPLETIVE_IT = /^\s*(?:is|was|'s|’s|has been|had been|would be|will be|seems|seemed|remains|appears)\b/i;

function namesASource(text: string, quote: QuoteDraft): boolean {
  const s = quote.speaker;
  if (s.entity || s.name || !s.mention) return true;
  const word = s.mention.text.trim().toLowerCase();
  if (word === 'it') return !EXPLETIVE_IT.test(text.slice(s.mention.end, s.mention.end + 16));
  return !EMPTY_SPEAKERS.has(word) && !thingPhrase(s.mention.text);
}

/** Class bits of words that stand for people or a body that speaks. */
const AGENT_CLASSES = PERSON_PRONOUN | GROUP_PRONOUN | GROUP_NOUN | OFFICE_NOUN | DEFINITE_ORG | ORG_KEYWORD | TITLE_HEAD | NATIONALITY;
/** Nouns for people, and for what publishes a figure (a poll, a report): sources. */
const SOURCE_NOUNS = new Set([
  'people', 'person', 'man', 'men', 'woman', 'women', 'public', 'police', 'staff', 'side', 'sides', 'state', 'states', 'authorities', 'experts', 'expert', 'sources', 'source', 'witnesses', 'witness', 'crew', 'family', 'couple', 'panel', 'jury', 'team',
  'poll', 'polls', 'study', 'studies', 'report', 'reports', 'survey', 'surveys', 'data', 'figures', 'statistics', 'stats', 'estimates', 'estimate', 'research', 'analysis', 'analyses', 'document', 'documents',
  'census', 'forecast', 'forecasts', 'index', 'review', 'audit', 'records', 'tally', 'projections', 'model', 'count', 'website', 'site', 'paper', 'newspaper', 'release', 'statement', 'filing', 'filings', 'letter', 'memo', 'book', 'article',
]);
/** Nouns for a doer: "researchers", "supporters", "president", "analysts", "historians", "agent". */
const AGENT_ENDING = /\p{L}{2}(?:er|or|ist|ian|ant|ent)s?$/u;

/**
 * "The latest hiccup", "Labour's new posters", "one slide": a speaker that is only a common noun
 * phrase naming no person, no body and no publication (a quote extractor's subject of "shows",
 * "means"): no source of a figure. Phrases with a name or a figure in them are left alone.
 */
function thingPhrase(mention: string): boolean {
  // ("a lot of people", "some of the experts": a quantity's head is what follows "of".)
  const parts = mention.trim().split(/\s+(?:of|by|in|on|at|from|with|for|who|which|that|to)\s|\s*(?:,|\(|--|—|–)/u);
  const head = parts.length > 1 && /^(?:(?:a|the)\s+)?(?:lot|lots|number|majority|minority|most|some|many|few|half|handful|all|none|each|one|two|three|several|both|group|team|panel)$/i.test(parts[0]) ? `${parts[0]} ${parts[1]}` : parts[0];
  const words = head.split(/[^\p{L}\p{N}'’&.-]+/u).filter(Boolean);
  // ("just two points at the break and Gold": a name ending the phrase is the speaker.)
  if (!words.length || /\p{Lu}[\p{L}'’.-]*$/u.test(mention.trim()) || words.some((w, k) => /\d/.test(w) || (k > 0 && /^\p{Lu}/u.test(w)))) return false;
  // ("Twitter", "Police": a single capitalised word may be a name.)
  if (words.length === 1 && /^\p{Lu}/u.test(words[0])) return false;
  return !words.some((w) => {
    const lower = w.toLowerCase().replace(/['’]s?$/, '');
    const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.endsWith('s') ? lower.slice(0, -1) : lower;
    return SOURCE_NOUNS.has(lower) || AGENT_ENDING.test(lower) || ((wordInfo(lower).cls | wordInfo(singular).cls) & AGENT_CLASSES) !== 0;
  });
}

/** Reported speech: the reporter's own words, not the speaker's (a direct quote is the speaker's throughout). */
const isReported = (quote: QuoteDraft) => !quote.extractor.startsWith('quotes/direct');

/**
 * In reported speech, an age set off by commas after a name describes that person ("Jo Bell,
 * 30, of Velden, who was polled, said ..."): the reporter's words, not the speaker's claim.
 * (Other reported figures stay the speaker's, asides between dashes included: in news they
 * usually carry on the speaker's claim.)
 */
function reportersAside(text: string, n: NumberDraft): boolean {
  return n.unit === 'year old' && /\p{Lu}[\p{L}.'’-]*,\s*$/u.test(text.slice(Math.max(0, n.span.start - 30), n.span.start)) && text[n.span.end] === ',';
}

/** A reporting verb a few words after the figure: "..., the 41-year-old father of two replied, ..." */
const SPEAKER_AFTER = /^[^\d.,;:!?"“”]{0,40}?\b(?:said|says|replied|replies|added|adds|told|asked|noted|explained|wrote|argued|insisted|responded|countered|answered)\b\s*[,:]/i;

/**
 * The figure describes the speaker of a quote nested in this one, not what was said: a reported
 * quote cut too long ("She said X, and when pressed, the 41-year-old father of two replied, '...'").
 * The reporter's words, not the speaker's.
 */
function inSpeakerPhrase(text: string, n: NumberDraft, quote: QuoteDraft): boolean {
  return SPEAKER_AFTER.test(text.slice(n.span.end, Math.min(quote.span.end, n.span.end + 60) + 1));
}

function innermostQuote(quotes: QuoteDraft[], n: NumberDraft): QuoteDraft | null {
  let lo = 0;
  let hi = quotes.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].span.start <= n.span.start) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  let best: QuoteDraft | null = null;
  for (let i = last; i >= 0 && i > last - LOOK_BACK; i--) {
    const q = quotes[i];
    if (q.span.start <= n.span.start && n.span.end <= q.span.end && (!best || q.span.end - q.span.start < best.span.end - best.span.start)) best = q;
  }
  return best;
}
