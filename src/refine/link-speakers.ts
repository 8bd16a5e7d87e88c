import { toRawSpan } from '../doc.js';
import type { DocExtraction, Mention, SpeakerDraft } from '../extract/types.js';
import { isPossessive, mentionForm } from './mention-forms.js';
import type { DocRefiner } from './types.js';

/**
 * Point each quote's speaker (and each reported figure's source) at the mention, and so the
 * entity, it names. Within the speaker's
 * words, the first person that is not a possessive owner is the speaker ("Boyko's chief of
 * staff Oleksandr Marchuk" is Marchuk); pronouns and titles carry the cluster the resolver gave them.
 * Unresolved speakers stay unresolved: a wrong speaker would become a wrong answer key.
 */
export const linkSpeakers: DocRefiner = {
  name: 'link-speakers',
  refine(ex) {
    const { doc, mentions } = ex;
    const byStart = orderByStart(mentions);
    const link = (speaker: SpeakerDraft) => {
      if (!speaker.mention) return;
      const current = speaker.mentionIndex;
      const { start, end } = speaker.mention;
      // "Ames’s claim that ...": a speaker phrase that ends where a possessive mention ends is that owner.
      const owner = (m: Mention) => isPossessive(doc, m) && m.end !== end;
      const qualifies = (m: Mention) => afterPlacePreposition(doc.text, start, end, m) || placeModifier(doc.text, end, m) || personBeforeGroupHead(doc.text, end, m);
      // "The Minister for Fisheries, Jo Roe, said": the speaker words are the post of the person named
      // right after them between commas; that holder speaks, whatever the post alone resolved to.
      const holder = overlappingMentions(byStart, mentions, end, end + 4).find((i) => {
        const m = mentions[i];
        return m.kind === 'person' && !!m.name && !!m.roleSpan && m.roleSpan.start >= start && m.roleSpan.end <= end && m.start >= end && /^\s*,\s*$/.test(doc.text.slice(end, m.start)) && m.cluster !== undefined;
      });
      if (holder !== undefined) {
        speaker.mentionIndex = holder;
        return;
      }
      // "scientist Dr Jo Roe of the Quill Institute": the person speaks, the body after "of"/"at"/"from" is where she works.
      if (current != null && mentions[current] && mentions[current].kind !== 'person') {
        const c = mentions[current];
        const worker = overlappingMentions(byStart, mentions, start, c.start).find((i) => {
          const m = mentions[i];
          return m.kind === 'person' && !!m.name && m.end <= c.start && m.cluster !== undefined && !owner(m) && /^\s*(?:of|at|from|with)\s+(?:the\s+)?$/i.test(doc.text.slice(m.end, c.start));
        });
        if (worker !== undefined) {
          speaker.mentionIndex = worker;
          return;
        }
      }
      if (current != null && mentions[current]?.cluster !== undefined && !owner(mentions[current]) && !qualifies(mentions[current])) return;
      const overlapping = overlappingMentions(byStart, mentions, start, end).filter((i) => !owner(mentions[i]) && !qualifies(mentions[i]));
      // "Norway, the EU and Japan said": several sources, no single answer.
      const named = new Set(overlapping.filter((i) => mentionForm(mentions[i]) === 'name').map((i) => mentions[i].cluster ?? -1 - i));
      if (named.size > 1 && /\band\b|&/.test(doc.text.slice(start, end)) && !overlapping.some((i) => mentions[i].kind === 'person' && mentions[i].role)) {
        speaker.mentionIndex = null;
        return;
      }
      const pick = overlapping.find((i) => mentions[i].kind === 'person') ?? overlapping[0];
      if (pick === undefined) {
        // The extractor's guess qualified the speaker ("a staffer at the ministry"): no entity.
        if (current != null && qualifies(mentions[current])) speaker.mentionIndex = null;
        return;
      }
      speaker.mentionIndex = mentions[pick].cluster === undefined ? null : pick;
      if (mentions[pick].cluster === undefined && mentionForm(mentions[pick]) !== 'name') {
        ex.diagnostics.push({ rule: 'link-speakers/unresolved', message: `speaker "${mentions[pick].text}" could not be resolved to a named entity`, article: doc.article.id, span: toRawSpan(doc, mentions[pick]) });
      }
    };
    for (const f of ex.facts) {
      if (f.kind === 'quote') link(f.speaker);
      else if (f.kind === 'number' && f.source) link(f.source);
    }
    takeUpUnnamedSources(ex);
  },
};

/**
 * "The ferry operator said ... It said", "The researchers found ... But they warn":
 * an "it" or "they" left unresolved speaks for the unnamed body or group that spoke in the previous
 * or the same sentence: the pronoun's quote takes that source (its entity when it has one, else
 * its words without the article as the name). "It" takes a singular head, "they" a plural one.
 */
function takeUpUnnamedSources(ex: DocExtraction): void {
  const { doc, mentions } = ex;
  let last: { speaker: SpeakerDraft; sentence: number; plural: boolean; phrase: string } | undefined;
  let si = 0;
  for (const f of ex.facts) {
    if (f.kind !== 'quote' || !f.speaker.mention) continue;
    const sp = f.speaker;
    const { start, end } = sp.mention!;
    while (si + 1 < doc.sentences.length && doc.sentences[si + 1].start <= start) si++;
    const words = doc.text.slice(start, end);
    const lower = words.toLowerCase();
    const linked = sp.mentionIndex != null ? mentions[sp.mentionIndex] : undefined;
    if (lower === 'it' || lower === 'they') {
      if (linked?.cluster !== undefined || sp.name) continue;
      if (last && si - last.sentence <= 1 && last.plural === (lower === 'they')) {
        if (last.speaker.mentionIndex != null) sp.mentionIndex = last.speaker.mentionIndex;
        else sp.name = last.phrase;
      }
      continue;
    }
    // An unnamed source: "the regulator", "The researchers", "the pair"; a named body: "The consumer group Velnet".
    const phrase = UNNAMED_SOURCE.exec(words);
    if (phrase && (!linked || linked.kind !== 'person')) {
      const head = phrase[1].slice(phrase[1].lastIndexOf(' ') + 1).toLowerCase();
      const plural = COLLECTIVE_HEADS.has(head) || (head.endsWith('s') && !head.endsWith('ss') && !head.endsWith('us') && !head.endsWith('is'));
      last = { speaker: sp, sentence: si, plural, phrase: phrase[1] };
    } else if (!(lower === 'it' || lower === 'they')) last = undefined;
  }
}

/** "the regulator", "The ferry operator": an article and lower-case words only. */
const UNNAMED_SOURCE = /^(?:the|The)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,4})$/;
/** Singular heads a "they" takes up ("the couple ... they"). */
const COLLECTIVE_HEADS = new Set(['couple', 'family', 'pair', 'police', 'staff', 'team', 'duo', 'trio', 'people']);

/** Mention indexes ordered by start, then index (mentions mostly come in text order: then no sort). */
function orderByStart(mentions: readonly Mention[]): number[] {
  const order: number[] = [];
  let sorted = true;
  for (let i = 0; i < mentions.length; i++) {
    order.push(i);
    if (i > 0 && mentions[i].start < mentions[i - 1].start) sorted = false;
  }
  return sorted ? order : order.sort((a, b) => mentions[a].start - mentions[b].start || a - b);
}

/** Mentions overlapping [start, end), by binary search over mentions sorted by start. */
function overlappingMentions(byStart: number[], mentions: Mention[], start: number, end: number): number[] {
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[byStart[mid]].start < end) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  // Mentions are short: walking back a few dozen from the last one starting before `end` is enough.
  for (let k = lo - 1; k >= 0 && k >= lo - 40; k--) {
    const m = mentions[byStart[k]];
    if (m.end > start) out.push(byStart[k]);
  }
  return out.sort((a, b) => mentions[a].start - mentions[b].start || mentions[b].end - mentions[a].end);
}

/**
 * "observers in Dover", "a staffer at the Dover Port Authority", "a lawyer for Jo Ames", "the mayor
 * of Dover": a mention after a preposition inside the speaker phrase qualifies the speaker and is
 * not the speaker; only an organization or group after "for"/"of" speaks through its spokesman
 * ("a spokesman for the ministry").
 */
function afterPlacePreposition(text: string, speakerStart: number, speakerEnd: number, m: Mention): boolean {
  if (m.start <= speakerStart) return false;
  let i = m.start;
  while (i > speakerStart && text.charCodeAt(i - 1) === 32) i--;
  let w = i;
  while (w > speakerStart && isLowerAscii(text.charCodeAt(w - 1))) w--;
  if (w === i || (w > speakerStart && /[\p{L}]/u.test(text[w - 1]))) return false;
  const word = text.slice(w, i);
  if (word === 'the' || word === 'a' || word === 'an') return afterPlacePreposition(text, speakerStart, speakerEnd, { ...m, start: w });
  if (!/^(in|on|at|from|around|across|near|inside|outside|to|with|for|of|by|about|against)$/.test(word)) return false;
  if (!((m.kind === 'organization' || m.kind === 'group') && (word === 'for' || word === 'of'))) return true;
  // "the chairman of the committee", "a member of the board": one person holding a role in the
  // organization speaks for himself; only a spokesman or an official speaks for it.
  const head = text.slice(speakerStart, w).trim().toLowerCase().split(/\s+/).pop() ?? '';
  return PERSON_ROLE_HEADS.has(head.replace(/[^a-z-]/g, ''));
}

/**
 * "the Ames campaign", "Ames aides", "the Berg administration": a person's name right before a
 * lower-case head noun only modifies it; the campaign or the aides speak, not the person.
 */
function personBeforeGroupHead(text: string, speakerEnd: number, m: Mention): boolean {
  if (m.kind !== 'person' || m.end >= speakerEnd) return false;
  const rest = text.slice(m.end, speakerEnd);
  if (!/^\s+[a-z]/.test(rest)) return false;
  // Up to three lower-case words ending in a group or spokesman head, then the phrase ends or a
  // name follows ("the Ames campaign", "Ames aides", "Ames spokesman Jo Berg").
  const words = rest.trim().split(/\s+/);
  for (let i = 0; i < words.length && i < 3; i++) {
    const w = words[i];
    if (!/^[a-z][a-z-]*$/.test(w) || w === 'and' || w === 'or' || w === 'who' || w.endsWith('self') || w.endsWith('selves')) return false;
    if (GROUP_HEADS.has(w) && (i === words.length - 1 || /^\p{Lu}/u.test(words[i + 1]))) return true;
  }
  return false;
}

/** Heads of a group or organization that a person's name may modify ("the Ames campaign"). */
const GROUP_HEADS = new Set([
  'campaign', 'campaigns', 'team', 'teams', 'administration', 'aides', 'aide', 'staff', 'staffers', 'allies', 'camp', 'office', 'government',
  'foundation', 'lawyers', 'attorneys', 'advisers', 'advisors', 'spokesman', 'spokeswoman', 'spokesperson', 'supporters', 'surrogates', 'organization',
  'family', 'people', 'loyalists', 'backers', 'operation', 'transition', 'committee', 'cabinet', 'regime', 'company', 'firm', 'agency',
]);

/**
 * "a South Carolina native", "Ohio voters who": a place before the head noun only modifies it;
 * so does a party or other organization before a person's role ("the GOP nominee", "a Labour
 * candidate"), unlike "the ministry spokesman", who speaks for it.
 */
function placeModifier(text: string, speakerEnd: number, m: Mention): boolean {
  if (m.end >= speakerEnd || m.kind === 'person') return false;
  const rest = text.slice(m.end, speakerEnd).replace(/\bwho\s*$/, '');
  if (m.kind === 'place') return /\p{L}/u.test(rest);
  const head = rest.trim().toLowerCase().split(/\s+/).pop() ?? '';
  return PERSON_ROLE_HEADS.has(head.replace(/[^a-z]/g, ''));
}

/** Roles of one person, who speaks for himself, not for the organization named before the role. */
const PERSON_ROLE_HEADS = new Set([
  'nominee', 'nominees', 'candidate', 'candidates', 'leader', 'leaders', 'chairman', 'chairwoman', 'chair', 'president',
  'senator', 'senators', 'governor', 'mayor', 'member', 'members', 'lawmaker', 'lawmakers', 'congressman', 'congresswoman',
  'representative', 'delegate', 'delegates', 'voter', 'voters', 'supporter', 'supporters', 'activist', 'activists',
  'donor', 'donors', 'hopeful', 'hopefuls', 'contender', 'frontrunner', 'front-runner', 'challenger', 'incumbent',
]);

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}
