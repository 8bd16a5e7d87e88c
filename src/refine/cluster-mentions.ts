import type { Mention } from '../extract/types.js';
import { foldName, phoneticCodes, spellingVariants } from '../extract/people/name-match.js';
import { lookupPlaceOrOrg } from '../extract/people/lexicon.js';
import { genderOfMention, mentionForm, nameParts, type NameParts } from './mention-forms.js';
import type { DocRefiner } from './types.js';
import { FEMALE_NAMES, MALE_NAMES } from '../extract/people/words/name-genders.js';
import { HONORIFICS } from '../extract/people/words/titles.js';
import { NICKNAMES } from '../extract/people/words/nicknames.js';
import { GIVEN_NAMES } from '../extract/people/words/given-names.js';
import { CORPORATE_TAILS, ORG_KEYWORDS, PRESS_WORDS } from '../extract/people/words/organizations.js';

/** A nickname in quotation marks inside a written name: 'Barry "Bazzer" Roe'. */
const NICKNAME_IN_NAME = /\s["“]([^"”]{2,40})["”]\s/;

/** genderOfMention without its string work for the common plain name ("Okafor", "Jane Okafor"). */
function quickGender(m: Mention, parts: NameParts): 'm' | 'f' | null {
  if (m.role) return genderOfMention(m);
  if (m.text !== m.name) {
    // "Mr Berg", "Ms. Anna Berg": the honorific.
    const space = m.text.indexOf(' ');
    const first = (space > 0 ? m.text.slice(0, space) : m.text).toLowerCase();
    const g = HONORIFICS.get(first) || HONORIFICS.get(`${first}.`);
    if (g) return g;
  }
  const given = parts.given;
  return given === null ? null : FEMALE_NAMES.has(given) ? 'f' : MALE_NAMES.has(given) ? 'm' : null;
}

/** One given name up to spelling or a short form ("Joe" for "Joseph"). */
function sameGivenName(a: string, b: string): boolean {
  return spellingVariants(a, b) || (NICKNAMES.get(a)?.includes(b) ?? false) || (NICKNAMES.get(b)?.includes(a) ?? false);
}

/**
 * "Tin Quill" for "Aung Mya Tin Quill", "Ruiz Dorran" for "Ana Ruiz Dorran": the short name is the
 * last two words of the long one and starts with no given name, so it is a surname of two words.
 */
function compoundSurname(short: NameParts, long: NameParts): boolean {
  if (short.words.length !== 2 || long.words.length < 3 || GIVEN_NAMES.has(short.words[0])) return false;
  const n = long.words.length;
  return short.words[0] === long.words[n - 2] && spellingVariants(short.words[1], long.words[n - 1]);
}

/** Initials of the words between the given name and the surname ("George H.W. Roe" -> "hw"). */
function middleInitials(p: NameParts): string {
  let out = '';
  for (let i = 1; i < p.words.length - 1; i++) for (const part of p.words[i].split(/[.\s]+/)) if (part) out += part[0];
  return out;
}

/** "George W. Roe" is not "George H.W. Roe": when both names write middle names, their initials agree. */
function sameMiddle(a: NameParts, b: NameParts): boolean {
  if (a.words.length < 3 || b.words.length < 3) return true;
  return middleInitials(a) === middleInitials(b);
}

/** Two full person names for the same man or woman: same surname (up to spelling), same given name. */
export function sameFullName(a: NameParts, b: NameParts): boolean {
  // "Donald Roe Jr" is not "Donald Roe", his father.
  if (a.words.length < 2 || b.words.length < 2 || a.suffix !== b.suffix) return false;
  if (a.words.length !== b.words.length && (compoundSurname(a, b) || compoundSurname(b, a))) return true;
  if (a.given && b.given) {
    return spellingVariants(a.surnames[a.surnames.length - 1], b.surnames[b.surnames.length - 1]) && sameGivenName(a.given, b.given) && sameMiddle(a, b);
  }
  if (a.words.length !== b.words.length) return false;
  return a.words.every((w, i) => spellingVariants(w, b.words[i]));
}

/**
 * Bare surnames left without a cluster because several people of the article share them ("Velden"
 * beside Tom and Anna Velden), with those people's clusters and genders, all known.
 */
export const SURNAME_CHOICES = new WeakMap<Mention, { clusters: number[]; genders: ('m' | 'f')[] }>();

/** Titled surnames split off as a namesake of another gender ("President Roe, his aides said" beside Ann Roe), with that gender. */
export const NAMESAKE_GENDER = new WeakMap<Mention, 'm' | 'f'>();

/** The key organizations, places and groups merge by ("NATO" and "Nato" and "North Atlantic Treaty Organization"). */
export function namedKey(m: Pick<Mention, 'kind' | 'name'>): string {
  const entry = m.kind === 'group' ? undefined : lookupPlaceOrOrg(m.name);
  return `${m.kind === 'group' ? 'group' : 'named'}:${foldName(entry?.canonical ?? m.name.replace(/^the\s+/i, ''))}`;
}

/** Surname words -> cluster ids, with a sound index for transliterations. */
export class SurnameIndex<T> {
  private readonly exact = new Map<string, T[]>();
  private readonly bySound = new Map<string, string[]>();
  /**
   * Per surname looked up: its spelling variants among the words filed under its sound, and how many
   * of those words were checked (a sound's list only grows, so each pair is compared once).
   */
  private readonly variants = new Map<string, { checked: number; words: string[] }>();

  add(surname: string, item: T): void {
    const list = this.exact.get(surname);
    if (list) {
      if (!list.includes(item)) list.push(item);
      return;
    }
    this.exact.set(surname, [item]);
    const sound = phoneticCodes(surname)[0];
    const words = this.bySound.get(sound) ?? [];
    words.push(surname);
    this.bySound.set(sound, words);
  }

  /** Items filed under exactly this surname. */
  findExact(surname: string): T[] {
    return [...(this.exact.get(surname) ?? [])];
  }

  /** Items filed under this surname or a spelling variant of it, in filing order. */
  find(surname: string): T[] {
    const out = [...(this.exact.get(surname) ?? [])];
    const sameSound = this.bySound.get(phoneticCodes(surname)[0]);
    if (!sameSound) return out;
    let known = this.variants.get(surname);
    if (!known) this.variants.set(surname, (known = { checked: 0, words: [] }));
    for (; known.checked < sameSound.length; known.checked++) {
      const w = sameSound[known.checked];
      if (w !== surname && spellingVariants(w, surname)) known.words.push(w);
    }
    for (const w of known.words) for (const item of this.exact.get(w)!) if (!out.includes(item)) out.push(item);
    return out;
  }
}

/**
 * Group the name mentions of one article into clusters of the same entity: "Jane Okafor", "Okafor"
 * and "Ms Okafor" share one; "Kovalsky"/"Kovalskyy" too. A bare surname that fits several full
 * names ("Park" for two Parks) is left without a cluster. Pronouns and titles are resolved later.
 */
export const clusterMentions: DocRefiner = {
  name: 'cluster-mentions',
  refine(ex) {
    let next = 0;
    const fullNames = new Map<number, NameParts[]>();
    const index = new SurnameIndex<number>();
    const byGiven = new Map<string, number[]>();
    const firstSeen = new Map<number, number>();
    const named = new Map<string, number>();
    // The gender a full-name cluster shows (given name, honorific, gendered role); null when mixed.
    const genderOf = new Map<number, 'm' | 'f' | null>();
    const partsOfName = nameParts;
    const newCluster = (at: number) => {
      firstSeen.set(next, at);
      return next++;
    };

    // Quoted nicknames inside full names -> their cluster (-1 when two people share one).
    const nicknamed = new Map<string, number>();
    // Title head words each full-name cluster is written with ("former President Bill Roe" -> "president").
    const titledAs = new Map<number, Set<string>>();
    // Titled surnames ("President Roe") that fit several people of the article and none by its title.
    const untied = new Set<Mention>();
    // Offices each full-name cluster runs for ("presidential nominee Jane Roe" -> "president").
    const seeking = new Map<number, Set<string>>();
    // Full-name clusters first named as someone's relative ("his son, Tomas Roe").
    const kinIntroduced = new Set<number>();
    // Full names first, so that a bare surname before its full name still finds it.
    for (const m of ex.mentions) {
      if (m.kind !== 'person' || mentionForm(m) !== 'name') continue;
      const parts = partsOfName(m.name);
      if (parts.words.length < 2) continue;
      const candidates = parts.surnames.flatMap((s) => index.find(s));
      const found = candidates.find((c) => fullNames.get(c)!.some((p) => sameFullName(p, parts)));
      const cluster = found ?? newCluster(m.start);
      m.cluster = cluster;
      if (found === undefined) {
        fullNames.set(cluster, []);
        // "His son, Tomas Roe": introduced as someone's relative.
        const from = m.roleSpan && m.roleSpan.start < m.start ? m.roleSpan.start : m.start;
        if (KIN_BEFORE.test(ex.doc.text.slice(Math.max(0, from - 30), from))) kinIntroduced.add(cluster);
      }
      fullNames.get(cluster)!.push(parts);
      const g = quickGender(m, parts);
      if (g) genderOf.set(cluster, genderOf.has(cluster) && genderOf.get(cluster) !== g ? null : g);
      if (m.role) {
        const heads = titledAs.get(cluster) ?? new Set<string>();
        heads.add(roleHead(m.role));
        titledAs.set(cluster, heads);
        const office = runningFor(m.role);
        if (office) {
          const offices = seeking.get(cluster) ?? new Set<string>();
          offices.add(office);
          seeking.set(cluster, offices);
        }
      }
      for (const s of parts.surnames) index.add(s, cluster);
      // 'Barry "Bazzer" Roe': the quoted nickname alone ("Bazzer said") is the same man.
      if (m.text.length > m.name.length) {
        const nick = NICKNAME_IN_NAME.exec(m.text)?.[1];
        if (nick) {
          const key = foldName(nick);
          nicknamed.set(key, nicknamed.has(key) && nicknamed.get(key) !== cluster ? -1 : cluster);
        }
      }
      if (parts.given) {
        const list = byGiven.get(parts.given) ?? [];
        if (!list.includes(cluster)) list.push(cluster);
        byGiven.set(parts.given, list);
      }
    }
    // Starts of person mentions in text order, built only when a titled surname needs them.
    let starts: number[] | undefined;
    const personStarts = () => (starts ??= ex.mentions.filter((x) => x.kind === 'person').map((x) => x.start).sort((a, b) => a - b));
    // Clusters a bare surname ("Okafor", "Ms Okafor") has joined.
    const calledBySurname = new Set<number>();
    const bareSurname = (m: Mention, g: 'm' | 'f' | null | undefined) => {
      if (joinSurname(m, g)) calledBySurname.add(m.cluster!);
    };
    /** Sets m.cluster when it can; true when the surname put it there (not a given name alone). */
    const joinSurname = (m: Mention, g: 'm' | 'f' | null | undefined): boolean => {
      const parts = partsOfName(m.name);
      if (!parts.words.length) return false;
      const surname = parts.words[parts.words.length - 1];
      // "a pupil named Velden", "a man called Roe": someone introduced by the surname alone is new.
      if (parts.words.length === 1 && m.text === m.name && introducedAsNew(ex.doc.text, m.start)) {
        m.cluster = newCluster(m.start);
        return false;
      }
      let candidates = index.find(surname);
      // "Mr Berg" is not "Anna Berg": an honorific or role of the other gender rules a full name out.
      if (g === undefined && candidates.length && genderOf.size) g = quickGender(m, parts);
      if (g) candidates = candidates.filter((c) => (genderOf.get(c) ?? g) === g);
      if (candidates.length === 1 && m.role && !titledAs.get(candidates[0])?.has(roleHead(m.role)) && genderOf.get(candidates[0])) {
        // "Ann Roe ... President Roe, his aides said": a title she is never given and a man's pronoun
        // (or a kin word, "her husband, President Roe") make him a namesake the article names no other way.
        const own = g ?? quickGender(m, parts) ?? namesakeGender(ex.doc.text, m, sentenceAt(ex.doc.sentences, m.start), personStarts());
        if (own && own !== genderOf.get(candidates[0])) {
          m.cluster = newCluster(m.start);
          index.add(surname, m.cluster);
          genderOf.set(m.cluster, own);
          NAMESAKE_GENDER.set(m, own);
          titledAs.set(m.cluster, new Set([roleHead(m.role)]));
          return true;
        }
      }
      if (candidates.length === 1 && m.role && kinIntroduced.has(candidates[0]) && !titledAs.get(candidates[0])?.has(roleHead(m.role))) {
        // "President Roe ... his son, Tomas Roe ... President Roe said": the title belongs to the one
        // who holds it, not to the relative the article names in full.
        m.cluster = newCluster(m.start);
        index.add(surname, m.cluster);
        titledAs.set(m.cluster, new Set([roleHead(m.role)]));
        return true;
      }
      if (candidates.length === 1) {
        m.cluster = candidates[0];
        // "President Roe" of the article's "presidential nominee Jane Roe": she runs for the post, so
        // it is a hypothetical or someone else of that name; the title is no role of hers.
        if (m.role && seeking.get(candidates[0])?.has(roleHead(m.role)) && !titledAs.get(candidates[0])?.has(roleHead(m.role))) untied.add(m);
        return true;
      }
      if (candidates.length > 1 && m.role) {
        // "President Roe" beside Ann and Bill Roe: the one whose full name carries that title.
        const head = roleHead(m.role);
        const titled = candidates.filter((c) => titledAs.get(c)?.has(head));
        // Or the one left when the others are written with other titles ("First Lady Ann Roe").
        const open = titled.length ? titled : candidates.filter((c) => !titledAs.has(c));
        if (open.length === 1) {
          m.cluster = open[0];
          return true;
        }
        // Otherwise the title is tied to none of them: whoever the surname is taken for, it gets no role.
        untied.add(m);
      }
      if (candidates.length > 1) {
        // Several people share the surname: only a single one already introduced by full name will do,
        // or the only one the article calls by the surname alone ("Dorran" for Carl Dorran once his
        // father Emil Dorran is named; "Mr. Quill" beside Anna Quill).
        const before = candidates.filter((c) => (firstSeen.get(c) ?? Infinity) < m.start);
        if (before.length === 1) m.cluster = before[0];
        else {
          const called = candidates.filter((c) => calledBySurname.has(c));
          // "Osman himself": a reflexive pronoun right after the name tells the man from the woman.
          const own = g ? null : reflexiveGender(ex.doc.text, m.end);
          const fits = own ? candidates.filter((c) => (genderOf.get(c) ?? own) === own) : [];
          if (called.length === 1) m.cluster = called[0];
          else if (fits.length === 1) m.cluster = fits[0];
          else if (before.length > 1) {
            // Left ambiguous; a "he" or "she" about it may still tell which one (resolve-references).
            const known = before.filter((c) => genderOf.get(c));
            if (known.length === before.length) SURNAME_CHOICES.set(m, { clusters: before, genders: known.map((c) => genderOf.get(c)!) });
          }
        }
        return m.cluster !== undefined;
      }
      if (parts.words.length === 1 && (nicknamed.get(surname) ?? -1) >= 0) {
        m.cluster = nicknamed.get(surname);
        return false;
      }
      if (byGiven.has(surname)) {
        // "Jane" after "Jane Okafor": the same person only when one full name has that given name.
        const given = byGiven.get(surname)!;
        if (given.length === 1) m.cluster = given[0];
        return false;
      }
      m.cluster = newCluster(m.start);
      index.add(surname, m.cluster);
      const own = g === undefined ? quickGender(m, parts) : g;
      if (own) genderOf.set(m.cluster, own);
      return true;
    };
    // mentionForm(m) is 'name' exactly when m.name is set.
    const bare = (m: Mention) => m.kind === 'person' && m.cluster === undefined && m.name !== '';
    // "Mr Okafor" and "Ms Okafor" first, wherever they stand: a bare "Okafor" before them then sees both.
    if (genderOf.size) {
      for (const m of ex.mentions) {
        if (m.text === m.name || !bare(m)) continue;
        const g = quickGender(m, partsOfName(m.name));
        if (g) bareSurname(m, g);
      }
    }
    for (const m of ex.mentions) if (bare(m)) bareSurname(m, undefined);
    renameOffices(ex.mentions);
    for (const m of ex.mentions) {
      if (m.kind === 'person' || mentionForm(m) !== 'name') continue;
      if (m.kind === 'group' && !/\p{Lu}/u.test(m.name.slice(0, m.name.lastIndexOf(' ') + 1))) continue; // bare "officials" is nobody in particular
      const key = namedKey(m);
      let cluster = named.get(key);
      if (cluster === undefined) named.set(key, (cluster = newCluster(m.start)));
      m.cluster = cluster;
    }
    joinAcronyms(ex.mentions);
    joinLastWords(ex.mentions);
    joinFirstWords(ex.mentions);
    if (untied.size) {
      // Role facts point at their mention by index into ex.mentions.
      ex.facts = ex.facts.filter((f) => f.kind !== 'role' || !untied.has(ex.mentions[f.mentionIndex]));
    }
  },
};

/** "a pupil named ", "an 18-year-old man called ": an indefinite noun phrase and "named"/"called" right before `at`. */
const INTRODUCED = /\b(?:a|an|another|one)\s+(?:[a-z0-9][a-z0-9-]*\s+){1,3}(?:named|called)\s+$/;

function introducedAsNew(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  return before.endsWith(' ') && (before.endsWith('named ') || before.endsWith('called ')) && INTRODUCED.test(before);
}

/** The title word a role ends with, folded and unabbreviated ("former U.S. President" -> "president", "Sen." -> "senator"). */
export function roleHead(role: string): string {
  const all = foldName(role).split(/[\s']+/).filter(Boolean);
  const of = all.indexOf('of');
  const words = of > 0 ? all.slice(0, of) : all; // "Secretary of State" -> "secretary"
  const last = (words[words.length - 1] ?? '').replace(/\.$/, '');
  return TITLE_ABBREVIATIONS[last] ?? last;
}

/** Heads of a role that runs for an office rather than holds it. */
const RUNNING_HEADS = new Set(['candidate', 'nominee', 'hopeful', 'contender', 'challenger', 'frontrunner', 'front-runner']);

/** Adjectives naming the office run for ("presidential nominee"). */
const OFFICE_ADJECTIVES: Record<string, string> = { presidential: 'president', mayoral: 'mayor', gubernatorial: 'governor', senate: 'senator', 'vice-presidential': 'vice-president', 'vice presidential': 'vice-president', congressional: 'representative', parliamentary: 'mp' };

/** The office a role runs for: "Democratic presidential nominee" -> "president", "candidate for mayor" -> "mayor"; null otherwise. */
export function runningFor(role: string): string | null {
  const words = foldName(role).split(/\s+/).filter(Boolean);
  const at = words.findIndex((w) => RUNNING_HEADS.has(w));
  if (at < 0) return null;
  if (words[at + 1] === 'for' && words[at + 2]) return TITLE_ABBREVIATIONS[words[at + 2]] ?? words[at + 2];
  const before = words[at - 1];
  if (!before) return null;
  if (words[at - 2] === 'vice' && before === 'presidential') return 'vice-president';
  return OFFICE_ADJECTIVES[before] ?? null;
}

const TITLE_ABBREVIATIONS: Record<string, string> = { sen: 'senator', rep: 'representative', gov: 'governor', pres: 'president', gen: 'general', sec: 'secretary', amb: 'ambassador', supt: 'superintendent', atty: 'attorney' };

/**
 * "the Post" joins the "Harbour Post" the article names in full, "Quillsby" the "Ray Quillsby Ltd":
 * a one-word organization name that is the last word of exactly one longer organization name of
 * the article (no word for a kind of body, like "Senate", but a newspaper's).
 */
function joinLastWords(mentions: Mention[]): void {
  let single = false;
  for (const m of mentions) if (m.kind === 'organization' && m.cluster !== undefined && m.name && !m.name.includes(' ')) single = true;
  if (!single) return;
  const byLast = new Map<string, number | null>();
  for (const m of mentions) {
    if (m.kind !== 'organization' || m.cluster === undefined || !m.name.includes(' ') || m.name.includes("'s ")) continue;
    const last = foldName(m.name.slice(m.name.lastIndexOf(' ') + 1));
    const seen = byLast.get(last);
    byLast.set(last, seen === undefined || seen === m.cluster ? m.cluster : null);
  }
  const moved = new Map<number, number>();
  for (const m of mentions) {
    if (m.kind !== 'organization' || m.cluster === undefined || !m.name || m.name.includes(' ')) continue;
    const word = foldName(m.name);
    // "the Senate" is not the "Ohio Senate": a word for a kind of body stands for no one name, a paper's does.
    if (ORG_KEYWORDS.has(word) && !PRESS_WORDS.has(word)) continue;
    const target = byLast.get(word);
    if (target !== undefined && target !== null && target !== m.cluster) moved.set(m.cluster, target);
  }
  if (moved.size === 0) return;
  for (const m of mentions) if (m.cluster !== undefined && moved.has(m.cluster)) m.cluster = moved.get(m.cluster)!;
}

const ACRONYM_NAME = /^\p{Lu}{2,6}$/u;
const INITIALS_SKIP = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&']);

/** "CNS" for "Capital News Service": the capital initials, or '' when a word is neither capitalised nor a small word. */
function initialsOf(name: string): string {
  let out = '';
  for (const w of name.split(' ')) {
    if (INITIALS_SKIP.has(w)) continue;
    if (!/^\p{Lu}/u.test(w)) return '';
    out += w[0];
  }
  return out;
}

/**
 * An organisation's acronym joins the organisation the article names in full ("CNS" with
 * "Capital News Service"), when exactly one named organisation there has those initials.
 */
function joinAcronyms(mentions: Mention[]): void {
  const byInitials = new Map<string, number | null>();
  for (const m of mentions) {
    if (m.kind !== 'organization' || m.cluster === undefined || mentionForm(m) !== 'name' || !m.name.includes(' ')) continue;
    const initials = initialsOf(m.name);
    if (initials.length < 2) continue;
    const seen = byInitials.get(initials);
    byInitials.set(initials, seen === undefined || seen === m.cluster ? m.cluster : null);
  }
  if (byInitials.size === 0) return;
  const moved = new Map<number, number>();
  for (const m of mentions) {
    if (m.kind !== 'organization' || m.cluster === undefined || !ACRONYM_NAME.test(m.name)) continue;
    const target = byInitials.get(m.name);
    if (target !== undefined && target !== null && target !== m.cluster) moved.set(m.cluster, target);
  }
  if (moved.size === 0) return;
  for (const m of mentions) if (m.cluster !== undefined && moved.has(m.cluster)) m.cluster = moved.get(m.cluster)!;
}

/**
 * "Dorvane" and "Blue Arc" join the "Dorvane Foods" and "Blue Arc Radio" the article names in full: an
 * organization name that is the first words of exactly one longer one whose other words are company
 * words ("Foods", "Radio", "Holdings").
 */
function joinFirstWords(mentions: Mention[]): void {
  let byHead: Map<string, number | null> | undefined;
  for (const m of mentions) {
    if (m.kind !== 'organization' || m.cluster === undefined || !m.name.includes(' ')) continue;
    const words = m.name.split(' ');
    let k = words.length;
    while (k > 1 && CORPORATE_TAILS.has(words[k - 1].toLowerCase())) k--;
    if (k === words.length) continue;
    const head = foldName(words.slice(0, k).join(' '));
    byHead ??= new Map();
    const seen = byHead.get(head);
    byHead.set(head, seen === undefined || seen === m.cluster ? m.cluster : null);
  }
  if (!byHead) return;
  const moved = new Map<number, number>();
  for (const m of mentions) {
    // "ABC" beside "ABC Radio": an acronym names the parent body, not the one company.
    if (m.kind !== 'organization' || m.cluster === undefined || !m.name || /^[\p{Lu}\d&.]+$/u.test(m.name)) continue;
    const target = byHead.get(foldName(m.name));
    if (target !== undefined && target !== null && target !== m.cluster) moved.set(m.cluster, target);
  }
  if (moved.size === 0) return;
  for (const m of mentions) if (m.cluster !== undefined && moved.has(m.cluster)) m.cluster = moved.get(m.cluster)!;
}

/** Kin words right before a title that tell whose namesake it is ("her husband, President Roe"). */
const KIN_BEFORE = /\b(husband|wife|son|daughter|father|mother|brother|sister|widow|widower|grandson|granddaughter|grandfather|grandmother)\b,?\s+(?:(?:the|former|late)\s+)*$/i;
const KIN_GENDER: Record<string, 'm' | 'f'> = { husband: 'm', son: 'm', father: 'm', brother: 'm', widower: 'm', grandson: 'm', grandfather: 'm', wife: 'f', daughter: 'f', mother: 'f', sister: 'f', widow: 'f', granddaughter: 'f', grandmother: 'f' };
/** The first third-person singular pronoun of a stretch of text. */
const NEXT_PRONOUN = /\b(he|his|him|himself|she|herself)\b/i;
/** A verb of saying right before a pronoun: "said she would" may report anyone's words. */
const SAID_BEFORE = /\b(said|says|told|added|adds|noted|argued|insisted|believes|thinks|hopes|wants)\s*$/i;
/** How far after a titled surname its pronoun is looked for. */
const PRONOUN_WINDOW = 120;

/** The sentence holding offset `at` (sentences in text order). */
function sentenceAt<S extends { start: number; end: number }>(sentences: readonly S[], at: number): S | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= at) lo = mid + 1;
    else if (sentences[mid].start > at) hi = mid - 1;
    else return sentences[mid];
  }
  return undefined;
}

/**
 * The gender the words around a titled surname give it: a kin word before the title ("his wife,
 * Senator Roe"), else the first "he"/"his"/"she"/"her" after it in its sentence when no other person
 * is named in between ("President Roe will visit, his aides said").
 */
function namesakeGender(text: string, m: Mention, sentence: { start: number; end: number } | undefined, personStarts: readonly number[]): 'm' | 'f' | null {
  const from = m.roleSpan && m.roleSpan.start < m.start ? m.roleSpan.start : m.start;
  const kin = KIN_BEFORE.exec(text.slice(Math.max(0, from - 30), from));
  if (kin) return KIN_GENDER[kin[1].toLowerCase()];
  // Only the subject of its sentence: "fealty to President Roe as she sought" speaks of someone else.
  if (!sentence || /[\p{L}\p{N}]/u.test(text.slice(sentence.start, from))) return null;
  const stop = Math.min(sentence.end, m.end + PRONOUN_WINDOW);
  const p = NEXT_PRONOUN.exec(text.slice(m.end, stop));
  if (!p || SAID_BEFORE.test(text.slice(m.end, m.end + p.index)) || /[“”"]/.test(text.slice(m.end, m.end + p.index))) return null;
  const at = m.end + p.index;
  // Another person named before the pronoun may be the one it stands for.
  let lo = 0;
  let hi = personStarts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (personStarts[mid] <= m.start) lo = mid + 1;
    else hi = mid;
  }
  if (lo < personStarts.length && personStarts[lo] < at) return null;
  return /^(he|his|him|himself)$/i.test(p[1]) ? 'm' : 'f';
}

/** 'm' or 'f' when "himself" or "herself" follows the name at `end` ("Osman himself was"). */
function reflexiveGender(text: string, end: number): 'm' | 'f' | null {
  return text.startsWith(' himself', end) ? 'm' : text.startsWith(' herself', end) ? 'f' : null;
}

/** "Lee's office" is named after the longest name of Lee's cluster, so articles agree on it. */
function renameOffices(mentions: Mention[]): void {
  const longest = new Map<number, string>();
  for (const m of mentions) {
    if (m.kind !== 'person' || m.cluster === undefined || !m.name) continue;
    const cur = longest.get(m.cluster);
    if (!cur || m.name.length > cur.length) longest.set(m.cluster, m.name);
  }
  const personAt = new Map<number, Mention>();
  for (const m of mentions) if (m.kind === 'person' && m.name) personAt.set(m.start, m);
  for (const org of mentions) {
    if (org.kind !== 'organization' || !org.name.includes("'s ")) continue;
    const owner = personAt.get(org.start);
    if (owner?.cluster === undefined) continue;
    const full = longest.get(owner.cluster);
    if (full) org.name = `${full}'s ${org.name.slice(org.name.lastIndexOf("'s ") + 3)}`;
  }
}
