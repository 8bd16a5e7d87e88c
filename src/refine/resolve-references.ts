import type { Doc } from '../doc.js';
import type { DocExtraction, Mention } from '../extract/types.js';
import type { Span } from '../schema/index.js';
import { foldName } from '../extract/people/name-match.js';
import { TITLE_HEADS } from '../extract/people/words/titles.js';
import { namedKey } from './cluster-mentions.js';
import { genderOfMention, isPossessive, mentionForm } from './mention-forms.js';
import type { DocRefiner } from './types.js';

/** Words before a mention that make it an object, not the subject ("on the part of President Boyko"). */
const PREPOSITIONS = new Set([
  'of', 'to', 'with', 'on', 'by', 'from', 'for', 'about', 'against', 'at', 'in', 'into', 'than', 'like', 'as', 'between',
  'among', 'toward', 'towards', 'after', 'before', 'under', 'over', 'via', 'told', 'asked', 'urged', 'met', 'called', 'thanked',
]);

/** Nouns for unnamed people: "an embassy official ... he thought" is not about the last named man. */
const PERSON_NOUNS = new Set(['man', 'woman', 'person', 'boy', 'girl', 'source', 'resident', 'witness', 'father', 'mother', 'son', 'daughter', 'husband', 'wife', 'friend', 'colleague', 'victim', 'suspect', 'member', 'employee', 'worker', 'soldier', 'student', 'teacher', 'owner', 'neighbour', 'neighbor']);

/** How many sentences back a pronoun may look for its subject. */
const LOOK_BACK = 5;
/** A sentence whose subject is an unnamed person: pronouns after it stay unresolved. */
const UNNAMED = -1;

const QUOTE_MARK = /[“”"]/g;

/**
 * Spans inside quotation marks. A straight quote opens when it follows a space and precedes a word,
 * else it closes; an opening mark while a quote is open restarts it (news often leaves a quoted
 * sentence unclosed before the next one opens); an unclosed quote runs to the paragraph end.
 */
export function quotedRegions(doc: Doc): Span[] {
  const out: Span[] = [];
  const { text } = doc;
  for (const p of doc.paragraphs) {
    let open = -1;
    QUOTE_MARK.lastIndex = p.start;
    let q: RegExpExecArray | null;
    while ((q = QUOTE_MARK.exec(text)) && q.index < p.end) {
      const i = q.index;
      const opens = q[0] === '“' || (q[0] === '"' && (i === p.start || /[\s(\[—–-]/.test(text[i - 1])) && i + 1 < p.end && !/\s/.test(text[i + 1]));
      if (opens) {
        if (open >= 0) out.push({ start: open, end: i });
        open = i;
      } else {
        out.push({ start: open < 0 ? p.start : open, end: i + 1 });
        open = -1;
      }
    }
    if (open >= 0) out.push({ start: open, end: p.end });
  }
  return out.sort((a, b) => a.start - b.start);
}

interface ClusterInfo {
  gender: 'm' | 'f' | null | 'conflict';
  roles: string[][];
  longest: string;
}

/**
 * Resolve what names nobody: "he"/"she" to the most recent compatible subject (the previous
 * sentence's subject, not its object), a title alone ("the Secretary-General") to the one person
 * holding that role, "his office" to the office of the person "his" stands for. What cannot be
 * resolved with confidence stays without a cluster.
 */
export const resolveReferences: DocRefiner = {
  name: 'resolve-references',
  refine(ex) {
    new ReferenceResolver(ex).run();
  },
};

class ReferenceResolver {
  private readonly info = new Map<number, ClusterInfo>();
  private readonly quoted: Span[];
  private readonly covered: Span[];
  /** Role words attached to names ("UN envoy" before "Okafor"): the organization in them is no subject. */
  private readonly roleSpans: Span[];
  private readonly officeClusters = new Map<string, number>();
  /** Folded words of organization names -> their clusters ("the ministry" -> "Health Ministry"). */
  private readonly orgWords = new Map<string, Set<number>>();
  /** Last word of a role -> person clusters holding such a role. */
  private readonly byRoleHead = new Map<string, Set<number>>();
  private nextCluster = 0;

  constructor(private readonly ex: DocExtraction) {
    this.quoted = quotedRegions(ex.doc);
    this.roleSpans = ex.mentions.flatMap((m) => (m.roleSpan && m.name ? [m.roleSpan] : [])).sort((a, b) => a.start - b.start);
    this.covered = ex.mentions.flatMap((m) => (m.roleSpan ? [m, m.roleSpan] : [m])).map((s) => ({ start: s.start, end: s.end })).sort((a, b) => a.start - b.start);
    for (const m of ex.mentions) {
      if (m.cluster === undefined) continue;
      this.nextCluster = Math.max(this.nextCluster, m.cluster + 1);
      if (m.kind !== 'person') {
        if (m.name) this.officeClusters.set(namedKey(m), m.cluster);
        if (m.name && m.kind === 'organization') {
          for (const w of foldName(m.name).split(/[\s']+/)) {
            const clusters = this.orgWords.get(w) ?? new Set<number>();
            clusters.add(m.cluster);
            this.orgWords.set(w, clusters);
          }
        }
        continue;
      }
      const info = this.infoOf(m.cluster);
      if (m.name.length > info.longest.length) info.longest = m.name;
      if (m.role) {
        const words = roleWords(m.role);
        info.roles.push(words);
        const head = words[words.length - 1];
        if (head) {
          const clusters = this.byRoleHead.get(head) ?? new Set<number>();
          clusters.add(m.cluster);
          this.byRoleHead.set(head, clusters);
        }
      }
      this.learnGender(m.cluster, genderOfMention(m));
    }
  }

  run(): void {
    const { doc, mentions } = this.ex;
    const order = mentions.map((_, i) => i).sort((a, b) => mentions[a].start - mentions[b].start || a - b);
    const subjects: (number | undefined)[] = [];
    const groupSubjects: (number | undefined)[] = [];
    /** Per sentence: named people in object position ("came from Ray Hollis") when it has no subject. */
    const objects: number[][] = [];
    let k = 0;
    let q = 0;
    doc.sentences.forEach((s, si) => {
      let subject: number | undefined;
      let groupSubject: number | undefined;
      const others: number[] = [];
      let unnamed: number | undefined;
      const unnamedAt = () => (unnamed ??= this.firstUnnamedPerson(s));
      while (k < order.length && mentions[order[k]].start < s.start) k++;
      for (; k < order.length && mentions[order[k]].start < s.end; k++) {
        const m = mentions[order[k]];
        while (q < this.quoted.length && this.quoted[q].end <= m.start) q++;
        const quoted = q < this.quoted.length && this.quoted[q].start <= m.start;
        const form = mentionForm(m);
        if (form === 'title' && m.cluster === undefined) {
          if (m.kind === 'person') this.resolveTitle(m);
          else this.resolveOrgReference(m);
        }
        if (form === 'pronoun' && m.kind !== 'person' && m.cluster === undefined && !quoted) {
          // "they": the group or organization that is this sentence's or the previous sentence's subject.
          const target = groupSubject ?? (subject === undefined && si > 0 ? groupSubjects[si - 1] : undefined);
          if (target !== undefined) m.cluster = target;
        } else if ((form === 'pronoun' || form === 'office') && m.cluster === undefined && !quoted) {
          const blocked = subject === undefined && unnamedAt() >= 0 && unnamedAt() < m.start;
          const gender = form === 'pronoun' ? genderOfMention(m) : genderOfPossessive(m);
          const target = blocked ? undefined : subject !== undefined && this.compatible(subject, gender) ? subject : this.lookBack(subjects, objects, si, gender);
          if (target !== undefined && form === 'pronoun') {
            m.cluster = target;
            this.learnGender(target, gender);
          } else if (target !== undefined && gender) this.resolveOffice(m, target);
        }
        // A subject we cannot name (an ambiguous "Berg") still takes the subject slot: a later "she" is not someone else.
        if (subject === undefined && groupSubject === undefined && (m.kind === 'group' || m.kind === 'organization') && m.cluster !== undefined && !quoted && !inside(this.roleSpans, m.start) && this.isSubjectPosition(m)) groupSubject = m.cluster;
        if (subject === undefined && groupSubject === undefined && m.kind === 'person' && (m.cluster !== undefined || mentionForm(m) === 'name') && !quoted && this.isSubjectPosition(m)) subject = m.cluster ?? UNNAMED;
        else if (m.kind === 'person' && m.cluster !== undefined && m.cluster !== subject && mentionForm(m) === 'name' && !quoted && !isPossessive(doc, m)) others.push(m.cluster);
      }
      if (subject === undefined && unnamedAt() >= 0) subject = UNNAMED;
      // A sentence led by a group ("Senior officials briefed her") gives "she" no named antecedent.
      subjects[si] = subject ?? (groupSubject !== undefined ? UNNAMED : undefined);
      groupSubjects[si] = groupSubject;
      objects[si] = subject === undefined ? others : [];
    });
  }

  private infoOf(cluster: number): ClusterInfo {
    let info = this.info.get(cluster);
    if (!info) this.info.set(cluster, (info = { gender: null, roles: [], longest: '' }));
    return info;
  }

  private learnGender(cluster: number, gender: 'm' | 'f' | null): void {
    if (!gender) return;
    const info = this.infoOf(cluster);
    if (info.gender === null) info.gender = gender;
    else if (info.gender !== gender) info.gender = 'conflict';
  }

  private compatible(cluster: number, gender: 'm' | 'f' | null): boolean {
    if (cluster === UNNAMED) return false;
    const g = this.info.get(cluster)?.gender ?? null;
    return !gender || g === null || g === gender;
  }

  private lookBack(subjects: (number | undefined)[], objects: number[][], si: number, gender: 'm' | 'f' | null): number | undefined {
    for (let j = si - 1; j >= 0 && j >= si - LOOK_BACK; j--) {
      const s = subjects[j];
      // "A different view came from Ray Hollis. He said": a person just named as an object
      // may be the one meant, so looking further back would guess.
      if (s === undefined && objects[j].some((c) => this.compatible(c, gender))) return undefined;
      if (s === undefined) continue;
      if (s === UNNAMED) return undefined;
      if (this.compatible(s, gender)) return s;
    }
    return undefined;
  }

  /** Not possessive and not after a preposition or object-taking verb. */
  private isSubjectPosition(m: Mention): boolean {
    const { text } = this.ex.doc;
    if (isPossessive(this.ex.doc, m)) return false;
    const from = m.roleSpan && m.roleSpan.start < m.start ? m.roleSpan.start : m.start;
    let i = from - 1;
    let punctuated = false;
    while (i >= 0 && from - i < 30 && !isLetter(text[i])) {
      if (',;:.'.includes(text[i])) punctuated = true;
      i--;
    }
    let wordEnd = i + 1;
    while (i >= 0 && isLetter(text[i])) i--;
    let word = text.slice(i + 1, wordEnd).toLowerCase();
    if (word === 's' && (text[i] === "'" || text[i] === '’')) {
      // "criticism of Acme's Ray Hollis": judge by the word before the owner.
      i--;
      while (i >= 0 && isLetter(text[i])) i--;
      while (i >= 0 && text[i] === ' ') i--;
      wordEnd = i + 1;
      while (i >= 0 && isLetter(text[i])) i--;
      word = text.slice(i + 1, wordEnd).toLowerCase();
    }
    if (!word) return true;
    return !(PREPOSITIONS.has(word) && !punctuated) && word !== 'the' && word !== 'a' && word !== 'an';
  }

  /** Where a sentence first names a person by a lower-case noun outside mentions and quotes ("An embassy official"), or -1. */
  private firstUnnamedPerson(s: Span): number {
    const { text } = this.ex.doc;
    const re = /[a-z][a-z-]*/g;
    re.lastIndex = s.start;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) && m.index < s.end) {
      const w = m[0];
      if (!TITLE_HEADS.has(w) && !PERSON_NOUNS.has(w)) continue;
      if (m.index > 0 && /\p{L}/u.test(text[m.index - 1])) continue;
      if (inside(this.covered, m.index) || inside(this.quoted, m.index)) continue;
      return m.index;
    }
    return -1;
  }

  private resolveTitle(m: Mention): void {
    if (!m.role) return;
    const words = roleWords(m.role);
    const head = words[words.length - 1];
    let found: number | undefined;
    for (const cluster of this.byRoleHead.get(head) ?? []) {
      const info = this.info.get(cluster)!;
      if (!info.roles.some((r) => r[r.length - 1] === head && words.every((w) => r.includes(w)))) continue;
      if (found !== undefined && found !== cluster) return; // two people hold it: ambiguous
      found = cluster;
    }
    if (found !== undefined) m.cluster = found;
  }

  /** "the ministry" -> the one organization of the article whose name has that word. */
  private resolveOrgReference(m: Mention): void {
    const noun = foldName(m.text);
    const clusters = this.orgWords.get(noun);
    if (clusters?.size === 1) m.cluster = [...clusters][0];
  }

  private resolveOffice(m: Mention, owner: number): void {
    const info = this.info.get(owner);
    if (!info?.longest) return;
    const noun = m.text.split(/\s+/).slice(1).join(' ').toLowerCase();
    m.name = `${info.longest}'s ${noun}`;
    const key = namedKey(m);
    let cluster = this.officeClusters.get(key);
    if (cluster === undefined) this.officeClusters.set(key, (cluster = this.nextCluster++));
    m.cluster = cluster;
  }
}

function genderOfPossessive(m: Mention): 'm' | 'f' | null {
  const w = m.text.split(/\s+/)[0].toLowerCase();
  return w === 'his' ? 'm' : w === 'her' ? 'f' : null;
}

/**
 * Folded words of a role after any possessive owner, for matching "the Secretary-General" against
 * "UN Secretary General" (and not "the Polish president" against "the Polish president's
 * chief of staff").
 */
function roleWords(role: string): string[] {
  const folded = foldName(role);
  const owned = folded.lastIndexOf("'s ");
  return (owned >= 0 ? folded.slice(owned + 3) : folded).split(/[\s']+/).filter((w) => w && w !== 'the' && w !== 'a' && w !== 'an');
}

function isLetter(ch: string): boolean {
  return /\p{L}/u.test(ch);
}

function inside(spans: Span[], at: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  // spans are sorted by start; they may nest, so check the neighbourhood of the last start <= at
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= at) lo = mid + 1;
    else hi = mid - 1;
  }
  for (let i = hi; i >= 0 && i >= hi - 3; i--) if (spans[i].start <= at && at < spans[i].end) return true;
  return false;
}
