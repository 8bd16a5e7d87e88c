import type { Doc } from '../doc.js';
import type { DocExtraction, Mention } from '../extract/types.js';
import type { Span } from '../schema/index.js';
import { foldName } from '../extract/people/name-match.js';
import { TITLE_HEADS } from '../extract/people/words/titles.js';
import { CORPORATE_TAILS } from '../extract/people/words/organizations.js';
import { REPORTING_VERBS } from '../extract/people/words/common.js';
import { NAMESAKE_GENDER, namedKey, SURNAME_CHOICES } from './cluster-mentions.js';
import { genderOfMention, isPossessive, mentionForm } from './mention-forms.js';
import type { DocRefiner } from './types.js';

/** Words before a mention that make it an object, not the subject ("on the part of President Boyko"). */
const PREPOSITIONS = new Set([
  'of', 'to', 'with', 'on', 'by', 'from', 'for', 'about', 'against', 'at', 'in', 'into', 'than', 'like', 'as', 'between',
  'among', 'toward', 'towards', 'after', 'before', 'under', 'over', 'via', 'told', 'asked', 'urged', 'met', 'called', 'thanked',
]);

/** Nouns after an owner's name that stand for people or an office speaking for the owner ("Roe's aides", "Roe's campaign"). */
const OWNED_PERSON_NOUNS = new Set([
  'aides', 'advisers', 'advisors', 'allies', 'lawyers', 'attorneys', 'staff', 'staffers', 'campaign', 'office', 'team', 'family',
  'supporters', 'spokesman', 'spokeswoman', 'spokesperson', 'administration', 'government', 'party', 'children', 'parents',
  'people', 'friends', 'rivals', 'opponents', 'critics', 'camp', 'representatives', 'officials', 'successor', 'predecessor',
  'deputy', 'running', 'mate', 'boyfriend', 'girlfriend', 'partner', 'fiance', 'fiancee', 'ex-wife', 'ex-husband',
]);

/** Nouns for unnamed people: "an embassy official ... he thought" is not about the last named man. */
const PERSON_NOUNS = new Set(['man', 'woman', 'person', 'boy', 'girl', 'source', 'resident', 'witness', 'father', 'mother', 'son', 'daughter', 'husband', 'wife', 'friend', 'colleague', 'victim', 'suspect', 'member', 'employee', 'worker', 'soldier', 'student', 'teacher', 'owner', 'neighbour', 'neighbor']);

/**
 * Last words of a name that make it a newspaper, broadcaster, company or body, whatever kind the
 * people extractor gave it ("the Velden Courier", "Hollis Holdings"): "he" and "she" never stand for it.
 */
const NON_PERSON_HEADS: ReadonlySet<string> = new Set([
  ...CORPORATE_TAILS,
  'times', 'post', 'journal', 'news', 'tribune', 'herald', 'gazette', 'press', 'telegraph', 'guardian', 'chronicle',
  'courier', 'examiner', 'bulletin', 'express', 'independent', 'standard', 'globe', 'record', 'dispatch', 'observer',
  'sentinel', 'mail', 'mirror', 'review', 'monitor', 'register', 'inquirer', 'enquirer', 'ledger', 'daily', 'weekly',
  'magazine', 'online', 'today', 'tv', 'network', 'channel', 'broadcasting', 'agency', 'institute', 'foundation',
  'company', 'group', 'bank', 'university', 'college', 'council', 'committee', 'party', 'ministry', 'department',
  'association', 'union', 'society', 'trust', 'fund', 'commission', 'authority', 'board', 'club', 'partners',
  'associates', 'enterprises', 'media', 'capital', 'team', 'partnership', 'service', 'services', 'unit', 'brigade',
  'taskforce', 'consortium', 'charity', 'squad', 'constabulary', 'hospital', 'centre', 'center',
]);
/** Articles of other languages that open a newspaper's name ("Le Quotidien", "Der Bote"). */
const FOREIGN_ARTICLES = new Set(['le', 'la', 'les', 'der', 'die', 'das', 'il', 'los', 'las']);
/** How many sentences back a pronoun may look for its subject. */
const LOOK_BACK = 5;
/** A sentence whose subject is an unnamed person: pronouns after it stay unresolved. */
const UNNAMED = -1;
/** Several candidates fit: a guess, so none is taken. */
const AMBIGUOUS = -3;

/**
 * Offsets of the matches of /[“”"]|''/g in `text`, found with the native indexOf per mark (each
 * mark's next offset kept while the scan moves on): the marks are few and far between.
 */
function quoteMarks(text: string): number[] {
  const marks: number[] = [];
  let left = text.indexOf('“');
  let right = text.indexOf('”');
  let straight = text.indexOf('"');
  let doubled = text.indexOf("''");
  for (;;) {
    let at = left;
    if (at < 0 || (right >= 0 && right < at)) at = right;
    if (at < 0 || (straight >= 0 && straight < at)) at = straight;
    if (at < 0 || (doubled >= 0 && doubled < at)) at = doubled;
    if (at < 0) return marks;
    marks.push(at);
    if (at === doubled) {
      // A match of '' ends two characters on: the next search starts there.
      doubled = text.indexOf("''", at + 2);
    } else if (at === left) left = text.indexOf('“', at + 1);
    else if (at === right) right = text.indexOf('”', at + 1);
    else straight = text.indexOf('"', at + 1);
  }
}
/** ", a pastor in Velden, said" or " of Velden Church, said" after a name: the verb of saying. */
const APPOSITIVE_THEN_VERB = /^(?:,\s[a-z][^,.;:!?"“”()]{1,100}|\sof\s[^,.;:!?"“”()]{2,80}),\s*([a-z]+)\b/;

/**
 * Spans inside quotation marks. A straight quote opens when it follows a space and precedes a word,
 * else it closes; an opening mark while a quote is open restarts it (news often leaves a quoted
 * sentence unclosed before the next one opens); an unclosed quote runs to the paragraph end.
 */
export function quotedRegions(doc: Doc): Span[] {
  const out: Span[] = [];
  const { text } = doc;
  // All marks of the text in one pass: searching from each paragraph would rescan long quote-less stretches.
  const marks = quoteMarks(text);
  for (const p of doc.paragraphs) {
    let open = -1;
    for (let k = firstAtOrAbove(marks, p.start); k < marks.length && marks[k] < p.end; k++) {
      const i = marks[k];
      const mark = text.charCodeAt(i);
      // Two apostrophes ('') stand for a straight double quote in some agencies' copy.
      const width = mark === APOSTROPHE ? 2 : 1;
      const opens = mark === LEFT_QUOTE || ((mark === STRAIGHT_QUOTE || mark === APOSTROPHE) && (i === p.start || /[\s(\[—–-]/.test(text[i - 1])) && i + width < p.end && !/\s/.test(text[i + width]));
      if (opens) {
        if (open >= 0) out.push({ start: open, end: i });
        open = i;
      } else {
        out.push({ start: open < 0 ? p.start : open, end: i + width });
        open = -1;
      }
    }
    if (open >= 0) out.push({ start: open, end: p.end });
  }
  return out.sort((a, b) => a.start - b.start);
}

const LEFT_QUOTE = 0x201c;
const STRAIGHT_QUOTE = 0x22;
const APOSTROPHE = 0x27;

/** Index of the first entry >= `value` in an ascending list. */
function firstAtOrAbove(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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

/** subjects[] of a sentence whose subject waits for firstUnnamedPerson, computed only if a later pronoun asks. */
const UNSETTLED = -2;
/** Shared empty objects[] entry. */
const NO_OBJECTS: readonly number[] = [];

class ReferenceResolver {
  private readonly info = new Map<number, ClusterInfo>();
  private readonly quoted: Span[];
  private coveredSpans: Span[] | undefined;
  /** Role words attached to names ("UN envoy" before "Okafor"): the organization in them is no subject. */
  private readonly roleSpans: Span[] = [];
  /** Per sentence: its subject cluster, UNNAMED, undefined (none) or UNSETTLED. */
  private readonly subjects: (number | undefined)[] = [];
  /** Per sentence: named people in object position ("came from Ray Hollis") when it has no subject. */
  private readonly objects: (readonly number[])[] = [];
  /** Per sentence: firstUnnamedPerson, or -2 before it is computed. */
  private readonly unnamed: Int32Array;
  /** Named organizations, places and groups with a cluster: the sources of the two indexes below, built on first use. */
  private readonly namedOthers: Mention[] = [];
  private officeClustersMap: Map<string, number> | undefined;
  /** Folded words of organization names -> their clusters ("the ministry" -> "Health Ministry"). */
  private orgWordsMap: Map<string, Set<number>> | undefined;
  /** Last word of a role -> person clusters holding such a role. */
  private readonly byRoleHead = new Map<string, Set<number>>();
  private nextCluster = 0;
  /** Sentences whose subject is a surname several people share, with those people (SURNAME_CHOICES). */
  private readonly choices = new Map<number, { clusters: number[]; genders: ('m' | 'f')[] }>();
  /** Clusters the people extractor took for persons whose names are an outlet's or a body's ("Velden Courier"). */
  private readonly notPersons = new Set<number>();

  constructor(private readonly ex: DocExtraction) {
    this.quoted = quotedRegions(ex.doc);
    this.unnamed = new Int32Array(ex.doc.sentences.length).fill(-2);
    for (const m of ex.mentions) if (m.roleSpan && m.name) this.roleSpans.push(m.roleSpan);
    this.roleSpans.sort((a, b) => a.start - b.start);
    const bare = new Set<number>();
    const articled = new Set<number>();
    const foreign = new Set<number>();
    const plain = new Set<number>();
    for (const m of ex.mentions) {
      if (m.cluster === undefined) continue;
      this.nextCluster = Math.max(this.nextCluster, m.cluster + 1);
      if (m.kind !== 'person') {
        if (m.name) this.namedOthers.push(m);
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
      this.learnGender(m.cluster, NAMESAKE_GENDER.get(m) ?? genderOfMention(m));
      if (m.name) {
        const shape = nameShape(m.name);
        if (shape === 'body') this.notPersons.add(m.cluster);
        else if (shape === 'foreign') foreign.add(m.cluster);
        else plain.add(m.cluster);
        if (this.afterArticle(m)) articled.add(m.cluster);
        else bare.add(m.cluster);
      }
    }
    // "The press officer, Insp. Jo Roe, said ... the press officer added": a named person's second
    // role (a post before the comma, the mention keeping the rank) names them as well.
    for (const f of ex.facts) {
      if (f.kind !== 'role' || f.extractor !== 'people/appositive-before') continue;
      const m = ex.mentions[f.mentionIndex];
      if (!m || m.kind !== 'person' || !m.name || m.cluster === undefined || m.role === f.role) continue;
      const words = roleWords(f.role);
      const head = words[words.length - 1];
      if (!head) continue;
      this.infoOf(m.cluster).roles.push(words);
      const clusters = this.byRoleHead.get(head) ?? new Set<number>();
      clusters.add(m.cluster);
      this.byRoleHead.set(head, clusters);
    }
    // "Le Quotidien" is a newspaper, "Le Roux" beside "Anne Le Roux" a person.
    for (const c of foreign) if (!plain.has(c)) this.notPersons.add(c);
    // "The Velden Courier reported ... the Courier said": a name only ever written after "the" is an
    // outlet's or a body's the people extractor took for a person; no "he" or "she" stands for it.
    for (const c of articled) if (!bare.has(c)) this.notPersons.add(c);
  }

  /** Mentions and their role words. */
  private get covered(): Span[] {
    if (!this.coveredSpans) {
      const spans: Span[] = [];
      for (const m of this.ex.mentions) {
        spans.push({ start: m.start, end: m.end });
        if (m.roleSpan) spans.push({ start: m.roleSpan.start, end: m.roleSpan.end });
      }
      this.coveredSpans = spans.sort((a, b) => a.start - b.start);
    }
    return this.coveredSpans;
  }

  /** Office names ("Lee's office") and organization names -> cluster. */
  private get officeClusters(): Map<string, number> {
    if (!this.officeClustersMap) {
      this.officeClustersMap = new Map();
      for (const m of this.namedOthers) this.officeClustersMap.set(namedKey(m), m.cluster!);
    }
    return this.officeClustersMap;
  }

  private get orgWords(): Map<string, Set<number>> {
    if (!this.orgWordsMap) {
      this.orgWordsMap = new Map();
      for (const m of this.namedOthers) {
        if (m.kind !== 'organization') continue;
        for (const w of foldName(m.name).split(/[\s']+/)) {
          const clusters = this.orgWordsMap.get(w) ?? new Set<number>();
          clusters.add(m.cluster!);
          this.orgWordsMap.set(w, clusters);
        }
      }
    }
    return this.orgWordsMap;
  }

  run(): void {
    const { doc, mentions } = this.ex;
    const { subjects, objects } = this;
    const order = orderByStart(mentions);
    const groupSubjects: (number | undefined)[] = [];
    let k = 0;
    let q = 0;
    for (let si = 0; si < doc.sentences.length; si++) {
      const s = doc.sentences[si];
      let subject: number | undefined;
      let groupSubject: number | undefined;
      let others: number[] | undefined;
      let subjectMention: Mention | undefined;
      /** Whether the subject stands right before a verb of saying, settled only when another speaker comes. */
      let subjectSpeaks: boolean | undefined;
      let owners: number[] | undefined;
      let thingOwners: number[] | undefined;
      let plain: number[] | undefined;
      while (k < order.length && mentions[order[k]].start < s.start) k++;
      for (; k < order.length && mentions[order[k]].start < s.end; k++) {
        const m = mentions[order[k]];
        while (q < this.quoted.length && this.quoted[q].end <= m.start) q++;
        const quoted = q < this.quoted.length && this.quoted[q].start <= m.start;
        const form = mentionForm(m);
        if (form === 'title' && m.cluster === undefined) {
          if (m.kind === 'person') {
            this.resolveTitle(m);
            // "Jay Roe says ... The Harbour Party nominee noted": a described title as the subject, right after one person.
            if (m.cluster === undefined && !quoted && subject === undefined && !others && this.isSubjectPosition(m, true)) {
              const target = this.describedAntecedent(si, m);
              if (target !== undefined) m.cluster = target;
            }
          } else this.resolveOrgReference(m);
        }
        if (form === 'pronoun' && m.kind !== 'person' && m.cluster === undefined && !quoted) {
          // "they": the group or organization that is this sentence's or the previous sentence's subject.
          const target = groupSubject ?? (subject === undefined && si > 0 ? groupSubjects[si - 1] : undefined);
          if (target !== undefined) m.cluster = target;
        } else if ((form === 'pronoun' || form === 'office') && m.cluster === undefined && !quoted) {
          const gender = form === 'pronoun' ? genderOfMention(m) : genderOfPossessive(m);
          const blocked = subject === undefined && this.unnamedIn(si) >= 0 && this.unnamedIn(si) < m.start;
          // "Her husband said ... he said": the relative, when the article names him.
          const kin = blocked ? this.kinSubject(si) : undefined;
          let target: number | undefined = kin !== undefined && this.compatible(kin, gender) ? kin : undefined;
          if (!blocked) {
            if (subject !== undefined && this.compatible(subject, gender)) target = subject;
            else if (subject === UNNAMED && this.choices.has(si)) target = this.choiceBy(si, gender);
            else {
              // "Roe grilled Dee after he admitted", "Roe's plan came as he": the one fitting person named before it here.
              // Not for a speaker tag ("People like Dee, he said"): what comes before it is what was said.
              const here = others && !this.speakerTag(m) ? this.onlyCompatible(others, gender, subject) : undefined;
              target = here === AMBIGUOUS ? undefined : here ?? this.lookBack(si, gender);
            }
          }
          if (target !== undefined && form === 'pronoun') {
            m.cluster = target;
            this.learnGender(target, gender);
          } else if (target !== undefined && gender) this.resolveOffice(m, target);
        }
        if (subject === undefined && groupSubject === undefined && (m.kind === 'group' || m.kind === 'organization') && m.cluster !== undefined && !quoted && !inside(this.roleSpans, m.start) && this.isSubjectPosition(m, true)) groupSubject = m.cluster;
        // mentionForm(m) is 'name' exactly when m.name is set (resolveOffice may just have set it).
        const named = Boolean(m.name);
        // A subject we cannot name (an ambiguous "Berg") still takes the subject slot: a later "she" is not someone else.
        // A group before it ("Officials said Roe ...") does not: a "he" or "she" is never the group.
        // So does a title we cannot resolve ("The former governor has been ..."): a "he" after it is most likely that man.
        if (subject === undefined && m.kind === 'person' && (m.cluster !== undefined || named || form === 'title') && !quoted && this.isSubjectPosition(m, form === 'title')) {
          subject = m.cluster ?? UNNAMED;
          subjectMention = m;
          if (subject === UNNAMED && SURNAME_CHOICES.has(m)) this.choices.set(si, SURNAME_CHOICES.get(m)!);
        } else if (subject !== undefined && m.kind === 'person' && m.cluster !== undefined && m.cluster !== subject && !quoted && !this.notPersons.has(m.cluster) && this.speaks(m) && (!(subjectSpeaks ??= this.speaks(subjectMention!)) || this.butSpeaker(m))) {
          // "Roe said ..., but Dee insisted ...": the speaker who answers last is the one a later "he" most likely means.
          // "Roe's claim that Dee erred was wrong, Okafor said": whoever speaks is the one a later "he" most likely means.
          if (subject !== UNNAMED) (others ??= []).push(subject);
          subject = m.cluster;
          subjectSpeaks = true;
        }
        // Others: people named in object position or as an owner ("Roe's plan"). An owner counts for a
        // pronoun later in the sentence ("Roe's remarks came as he"), for later sentences only when it
        // opens the sentence ("Roe's record is mixed. He ...").
        else if (m.kind === 'person' && m.cluster !== undefined && m.cluster !== subject && (named || form === 'title') && !quoted) {
          (others ??= []).push(m.cluster);
          if (isPossessive(doc, m) && !opensSentence(doc.text, s.start, m.start)) {
            // "under Roe's watch" owns a thing: Roe counts when no one else is named there; "Roe's lawyer" is another person.
            if (this.ownsPerson(m)) (owners ??= []).push(m.cluster);
            else (thingOwners ??= []).push(m.cluster);
          }
          // "Roe's plan makes it hard for Roe to win": named once as a plain object, the owner counts too.
          else (plain ??= []).push(m.cluster);
        }
      }
      groupSubjects[si] = groupSubject;
      // An unnamed person ("an embassy official") would be the subject: looked for only if a pronoun asks.
      subjects[si] = subject ?? UNSETTLED;
      let objs: readonly number[] = others ? (owners ? others.filter((c) => !owners!.includes(c) || plain?.includes(c)) : others) : NO_OBJECTS;
      if (thingOwners && objs.some((c) => !thingOwners!.includes(c))) objs = objs.filter((c) => !thingOwners!.includes(c) || plain?.includes(c));
      objects[si] = objs;
    }
  }

  /** The subject of sentence `si`, settling it first if need be. */
  private subjectOf(si: number): number | undefined {
    if (this.subjects[si] !== UNSETTLED) return this.subjects[si];
    if (this.unnamedIn(si) >= 0) {
      this.subjects[si] = this.kinSubject(si) ?? UNNAMED;
      this.objects[si] = NO_OBJECTS;
    } else this.subjects[si] = undefined;
    return this.subjects[si];
  }

  /**
   * "Her husband said", "His daughter told": an unnamed relative of the person "her"/"his" stands
   * for is the one other person of the article who shares that person's surname and fits the kin
   * word's gender ("Ann Roe ... Her husband" -> "Tom Roe"); undefined when none or several do.
   */
  private kinSubject(si: number): number | undefined {
    const at = this.unnamedIn(si);
    const { text } = this.ex.doc;
    let e = at;
    while (e < text.length && isLowerOrHyphen(text.charCodeAt(e))) e++;
    const kinGender = KIN_GENDERS.get(text.slice(at, e));
    const owner = kinGender ? wordBefore(text, at, this.ex.doc.sentences[si].start) : null;
    if (!owner || (owner[1] !== 'her' && owner[1] !== 'his')) return undefined;
    const ownerCluster = this.lookBack(si, owner[1] === 'her' ? 'f' : 'm');
    const ownerName = ownerCluster === undefined ? undefined : this.info.get(ownerCluster)?.longest;
    if (!ownerName) return undefined;
    const surname = foldName(ownerName.slice(ownerName.lastIndexOf(' ') + 1));
    let found: number | undefined;
    for (const m of this.ex.mentions) {
      if (m.kind !== 'person' || !m.name || m.cluster === undefined || m.cluster === ownerCluster || m.cluster === found || !m.name.includes(' ')) continue;
      if (foldName(m.name.slice(m.name.lastIndexOf(' ') + 1)) !== surname || !this.compatible(m.cluster, kinGender!)) continue;
      if (found !== undefined) return undefined;
      found = m.cluster;
    }
    return found;
  }

  private unnamedIn(si: number): number {
    if (this.unnamed[si] === -2) this.unnamed[si] = this.firstUnnamedPerson(this.ex.doc.sentences[si]);
    return this.unnamed[si];
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
    if (cluster === UNNAMED || this.notPersons.has(cluster)) return false;
    const g = this.info.get(cluster)?.gender ?? null;
    return !gender || g === null || g === gender;
  }

  private lookBack(si: number, gender: 'm' | 'f' | null): number | undefined {
    for (let j = si - 1; j >= 0 && j >= si - LOOK_BACK; j--) {
      const s = this.subjectOf(j);
      if (s === UNNAMED) return this.choices.has(j) ? this.choiceBy(j, gender) : undefined;
      if (s !== undefined && this.compatible(s, gender)) return s;
      // "A different view came from Ray Hollis. He said", "Roe met Dee. She said": the one fitting
      // person named there other than the subject; two of them would be a guess.
      const other = this.onlyCompatible(this.objects[j], gender, s);
      if (other === AMBIGUOUS && s === undefined) return undefined;
      if (other !== undefined && other !== AMBIGUOUS) return other;
    }
    return undefined;
  }

  /** "Velden said ... he said" beside Tom and Anna Velden: the one of the subject's namesakes of that gender. */
  private choiceBy(si: number, gender: 'm' | 'f' | null): number | undefined {
    const c = this.choices.get(si)!;
    if (!gender) return undefined;
    let found: number | undefined;
    for (let i = 0; i < c.clusters.length; i++) {
      if (c.genders[i] !== gender) continue;
      if (found !== undefined) return undefined;
      found = c.clusters[i];
    }
    return found;
  }

  /** The one cluster of `clusters` (other than `except`) a pronoun of `gender` fits; AMBIGUOUS for several. */
  private onlyCompatible(clusters: readonly number[], gender: 'm' | 'f' | null, except: number | undefined): number | undefined {
    let found: number | undefined;
    for (const c of clusters) {
      if (c === except || c === found || !this.compatible(c, gender)) continue;
      if (found !== undefined) return AMBIGUOUS;
      found = c;
    }
    return found;
  }

  /**
   * "Jay Roe says ... The Harbour Party nominee noted": a title standing for the subject of one of the last two sentences, when no one is named in between,
   * nobody in the article holds a role with that head word and the gender fits.
   */
  private describedAntecedent(si: number, m: Mention): number | undefined {
    if (!m.role) return undefined;
    const words = roleWords(m.role);
    if (!words.length || this.heldElsewhere(words)) return undefined;
    for (let j = si - 1; j >= 0 && j >= si - 2; j--) {
      const s = this.subjectOf(j);
      if (s === UNNAMED) return undefined;
      if (s !== undefined) return this.compatible(s, genderOfMention(m)) && !this.otherPost(s, words) ? s : undefined;
      if (this.objects[j].length) {
        // "The plan came from Ray Hollis. The economist said": the one person named right before.
        // Only for a title opening its sentence: "retiring Sen. Ann Roe" deep in a clause is someone new.
        if (j < si - 1 || !opensSentence(this.ex.doc.text, this.ex.doc.sentences[si].start, m.roleSpan?.start ?? m.start)) return undefined;
        const only = this.onlyCompatible(this.objects[j], genderOfMention(m), undefined);
        if (only === AMBIGUOUS || only === undefined) return undefined;
        // "Carl Dorran spoke. The talks went on with Tom Quill. The former governor said": either man.
        const earlier = j > 0 ? this.subjectOf(j - 1) : undefined;
        return (earlier === undefined || earlier === only) && !this.otherPost(only, words) ? only : undefined;
      }
    }
    return undefined;
  }

  /**
   * The person holds a post of that head word but another one: both say which, and they share no
   * word ("Velden Party nominee Ann Roe" is no "Harbour nominee"; "Senator Roe" may be "the Ohio senator").
   */
  private otherPost(cluster: number, words: string[]): boolean {
    const head = words[words.length - 1];
    // "Deputy Secretary-General Jane Okafor ... the Secretary-General said": her post is the deputy's.
    if (this.info.get(cluster)?.roles.some((r) => r[r.length - 1] === head && outranked(r, words))) return true;
    const which = (w: string) => w !== head && !NOT_WHICH_POST.has(w) && !w.endsWith('-term');
    const mine = words.filter(which);
    if (!mine.length) return false;
    let sameHead = false;
    for (const r of this.info.get(cluster)?.roles ?? []) {
      if (r[r.length - 1] !== head) continue;
      const theirs = r.filter(which);
      if (!theirs.length || theirs.some((w) => mine.includes(w))) return false;
      sameHead = true;
    }
    return sameHead;
  }

  /**
   * Someone of the article holds a role the title may stand for: one with its head word and all its
   * words ("the candidate" beside "Harbour Party candidate Ann Roe"). A role with other words before
   * the head ("Harbour Party candidate" beside "the Velden Party candidate") is someone else's post.
   */
  private heldElsewhere(words: string[]): boolean {
    const head = words[words.length - 1];
    for (const cluster of this.byRoleHead.get(head) ?? []) {
      // "the presidential nominee" is not held by a "vice presidential nominee" (as in resolveTitle).
      if (this.info.get(cluster)!.roles.some((r) => r[r.length - 1] === head && words.every((w) => r.includes(w)) && !outranked(r, words))) return true;
    }
    return false;
  }

  /** "the Velden Courier": a name right after "the" (or "The"), with no role of its own before it. */
  private afterArticle(m: Mention): boolean {
    if (m.roleSpan && m.roleSpan.start < m.start) return false;
    const { text } = this.ex.doc;
    let i = m.start - 1;
    while (i >= 0 && text.charCodeAt(i) === 32) i--;
    return i >= 2 && i < m.start - 1 && (text.charCodeAt(i - 2) | 32) === 116 && (text.charCodeAt(i - 1) | 32) === 104 && (text.charCodeAt(i) | 32) === 101 && (i < 3 || !isLetterCode(text, i - 3));
  }

  /** "Okafor said", "Okafor, a pastor in Velden, said": the mention stands right before a verb of saying, or an appositive and one. */
  /** ", but Dee insisted": a speaker opening a clause of contrast after another speaker's words. */
  private butSpeaker(m: Mention): boolean {
    const { text } = this.ex.doc;
    return m.start >= 6 && text.startsWith(', but ', m.start - 6);
  }

  private speaks(m: Mention): boolean {
    const { text } = this.ex.doc;
    let k = m.end;
    const c = text.charCodeAt(k);
    if (c === 44 || (c === 32 && text.startsWith(' of ', k))) {
      // One appositive between commas (or an "of" phrase), no quotation or sentence mark inside.
      const tail = APPOSITIVE_THEN_VERB.exec(text.slice(k, k + 120));
      return !!tail && REPORTING_VERBS.has(tail[1]);
    }
    while (k < text.length && text[k] === ' ') k++;
    let e = k;
    while (e < text.length && isLowerAscii(text.charCodeAt(e))) e++;
    return e > k && REPORTING_VERBS.has(text.slice(k, e));
  }

  /**
   * "Roe's lawyer", "Roe's former chief of staff", "Roe's campaign": the owner's noun (one of the
   * next three lower-case words) is a person, a group or an office speaking for him; not "Roe's watch".
   */
  private ownsPerson(m: Mention): boolean {
    const { text } = this.ex.doc;
    let k = m.end;
    while (k < text.length && text[k] !== ' ' && k - m.end < 3) k++;
    for (let n = 0; n < 3; n++) {
      while (k < text.length && text[k] === ' ') k++;
      let e = k;
      while (e < text.length && (isLowerAscii(text.charCodeAt(e)) || text[e] === '-')) e++;
      // A capitalized word or a number right after the owner ("Roe's White House aides"): judged as before, a person's.
      if (e === k) return n === 0;
      const w = text.slice(k, e);
      if (TITLE_HEADS.has(w) || PERSON_NOUNS.has(w) || OWNED_PERSON_NOUNS.has(w)) return true;
      k = e;
      if (text[k] !== ' ') return false;
    }
    return false;
  }

  /** ", he said", "” she added": a pronoun after a comma or a closing quotation mark and before a verb of saying. */
  private speakerTag(m: Mention): boolean {
    const { text } = this.ex.doc;
    let i = m.start - 1;
    while (i >= 0 && text[i] === ' ') i--;
    if (i < 0 || !',”"\''.includes(text[i])) return false;
    let k = m.end;
    while (k < text.length && text[k] === ' ') k++;
    let e = k;
    while (e < text.length && isLowerAscii(text.charCodeAt(e))) e++;
    return REPORTING_VERBS.has(text.slice(k, e));
  }

  /** Not possessive and not after a preposition or object-taking verb (a title alone: nor its article). */
  private isSubjectPosition(m: Mention, title = false): boolean {
    const { text } = this.ex.doc;
    if (isPossessive(this.ex.doc, m)) return false;
    let from = m.roleSpan && m.roleSpan.start < m.start ? m.roleSpan.start : m.start;
    // "The former governor said": a title alone is judged by the word before its article.
    if (title && from >= 4 && /^the\s$/i.test(text.slice(from - 4, from))) from -= 4;
    let i = from - 1;
    let punctuated = false;
    while (i >= 0 && from - i < 30 && !isLetterCode(text, i)) {
      if (',;:.'.includes(text[i])) punctuated = true;
      i--;
    }
    let wordEnd = i + 1;
    while (i >= 0 && isLetterCode(text, i)) i--;
    let word = text.slice(i + 1, wordEnd).toLowerCase();
    if (word === 's' && (text[i] === "'" || text[i] === '’')) {
      // "criticism of Acme's Ray Hollis": judge by the word before the owner.
      i--;
      while (i >= 0 && isLetterCode(text, i)) i--;
      while (i >= 0 && text[i] === ' ') i--;
      wordEnd = i + 1;
      while (i >= 0 && isLetterCode(text, i)) i--;
      word = text.slice(i + 1, wordEnd).toLowerCase();
      // "The victim's sister, Jo Roe, said": the owner's own article opens the phrase; judge by the word before it.
      if (word === 'the' || word === 'a' || word === 'an') {
        while (i >= 0 && text[i] === ' ') i--;
        if (i >= 0 && ',;:.'.includes(text[i])) punctuated = true;
        while (i >= 0 && !isLetterCode(text, i) && from - i < 60) i--;
        wordEnd = i + 1;
        while (i >= 0 && isLetterCode(text, i)) i--;
        word = text.slice(i + 1, wordEnd).toLowerCase();
      }
    }
    if (!word) return true;
    // "Training resumed and the striker said": "and" opens a new clause when a verb of saying
    // follows and no name ends right before it (unlike "Jay Roe and Ray Dee said").
    if ((word === 'and' || word === 'but') && !punctuated && this.speaks(m)) {
      let p = i;
      while (p >= 0 && text[p] === ' ') p--;
      if (p >= 0 && isLowerAscii(text.charCodeAt(p))) {
        let w = p;
        while (w > 0 && isLetterCode(text, w - 1)) w--;
        if (isLowerAscii(text.charCodeAt(w))) return true;
      }
    }
    // "came from Jay Roe and Ray Dee": a name joined by "and" shares the place of the one before it.
    return !((PREPOSITIONS.has(word) || word === 'and' || word === 'or' || word === 'nor') && !punctuated) && word !== 'the' && word !== 'a' && word !== 'an';
  }

  /** Where a sentence first names a person by a lower-case noun outside mentions and quotes ("An embassy official"), or -1. */
  private firstUnnamedPerson(s: Span): number {
    const { text } = this.ex.doc;
    // The words are the runs of /[a-z][a-z-]*/ starting in the sentence (a run may end after it).
    let i = s.start;
    while (i < s.end) {
      if (!isLowerAscii(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      for (i++; i < text.length && isLowerOrHyphen(text.charCodeAt(i)); i++);
      // Checked first as the cheapest test: the tail of a capitalised or accented word is no word.
      if (start > 0 && isLetterCode(text, start - 1)) continue;
      if (!PERSON_WORD_PREFIXES[prefixKey(text, start, i)]) continue;
      const w = text.slice(start, i);
      if ((!TITLE_HEADS.has(w) || THING_HEADS.has(w)) && !PERSON_NOUNS.has(w)) continue;
      // "the treasurer's office", "the victims' fund": an owner, not the one the phrase names.
      if (i < text.length && (text.charCodeAt(i) === APOSTROPHE || text.charCodeAt(i) === 0x2019)) continue;
      if (inside(this.covered, start) || inside(this.quoted, start) || !subjectLike(text, start, i, s.start)) continue;
      return start;
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
      // "the presidential nominee" is not the "vice presidential nominee" (nor a deputy, a former one).
      if (!info.roles.some((r) => r[r.length - 1] === head && words.every((w) => r.includes(w)) && !outranked(r, words))) continue;
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

/** Words of a role that say when or how long someone holds it ("two-term"), or that many posts share ("party"), not which post it is. */
const NOT_WHICH_POST = new Set(['former', 'then', 'current', 'acting', 'outgoing', 'incoming', 'new', 'late', 'longtime', 'onetime', 'interim', 'sitting', 'one', 'two', 'three', 'four', 'term', 'first', 'second', 'third', 'party']);

/** Kin nouns and the gender of the relative they name. */
const KIN_GENDERS = new Map<string, 'm' | 'f'>([
  ['husband', 'm'], ['wife', 'f'], ['son', 'm'], ['daughter', 'f'], ['father', 'm'], ['mother', 'f'], ['brother', 'm'], ['sister', 'f'],
]);

/** Words that open a noun phrase ("a", "the", "his") before an unnamed person noun. */
const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'another', 'one', 'his', 'her', 'its', 'their', 'this', 'that']);
/** Words before a determiner that leave the noun phrase a subject ("But a spokesman said"). */
const CLAUSE_OPENERS = new Set(['but', 'and', 'or', 'so', 'yet', 'then', 'when', 'while', 'as', 'after', 'because', 'since', 'although', 'though', 'if', 'that', 'where', 'now', 'meanwhile', 'also', 'still']);

/** The word ending before `end` (letters, hyphens, apostrophes), as [start, lower-case word], or null at punctuation or `from`. */
function wordBefore(text: string, end: number, from: number): [number, string] | null {
  let i = end - 1;
  while (i >= from && text[i] === ' ') i--;
  if (i < from || !isLetterCode(text, i)) return null;
  const e = i + 1;
  while (i >= from && (isLetterCode(text, i) || text[i] === '-' || text[i] === "'" || text[i] === '’')) i--;
  return [i + 1, text.slice(i + 1, e).toLowerCase()];
}

/**
 * An unnamed person noun at text[start, end) that may be its sentence's subject: before a verb of
 * saying or "who", or opening the sentence or a clause ("An embassy official did not", "But a
 * spokesman"), not in a phrase after a preposition or a verb ("through a spokesman", "to name a
 * replacement candidate").
 */
function subjectLike(text: string, start: number, end: number, from: number): boolean {
  let k = end;
  while (k < text.length && text[k] === ' ') k++;
  let e = k;
  while (e < text.length && isLowerAscii(text.charCodeAt(e))) e++;
  const next = text.slice(k, e);
  if (next === 'who' || REPORTING_VERBS.has(next)) return true;
  let at = start;
  for (let n = 0; n < 4; n++) {
    const w = wordBefore(text, at, from);
    if (!w) return true;
    if (NOUN_DETERMINERS.has(w[1])) {
      const before = wordBefore(text, w[0], from);
      return !before || CLAUSE_OPENERS.has(before[1]);
    }
    if (PREPOSITIONS.has(w[1]) || CLAUSE_OPENERS.has(w[1])) return CLAUSE_OPENERS.has(w[1]);
    at = w[0];
  }
  return false;
}

/**
 * "Velden Courier", "Hollis Holdings": a name whose last word is an outlet's or a body's; "Le Quotidien":
 * two words opening with a foreign article, a newspaper unless the cluster has a longer name.
 */
function nameShape(name: string): 'body' | 'foreign' | null {
  // Only names of two words or more: the common case, a single word, costs one scan.
  const space = name.indexOf(' ');
  if (space < 0) return null;
  const cut = Math.max(name.lastIndexOf(' '), name.lastIndexOf('-'));
  const last = name.slice(cut + 1).toLowerCase();
  if (NON_PERSON_HEADS.has(last.endsWith('.') ? last.slice(0, -1) : last)) return 'body';
  return name.indexOf(' ', space + 1) < 0 && FOREIGN_ARTICLES.has(name.slice(0, space).toLowerCase()) ? 'foreign' : null;
}

/** Only quotation marks, spaces or "The" between the sentence start and `at`. */
function opensSentence(text: string, start: number, at: number): boolean {
  let i = start;
  // Quotation marks and spaces: “ " ‘ ' and white space.
  const skip = () => {
    while (i < at) {
      const c = text.charCodeAt(i);
      if (c !== 0x201c && c !== 34 && c !== 0x2018 && c !== 39 && c !== 32 && c !== 10 && c !== 9 && c !== 0xa0) break;
      i++;
    }
  };
  skip();
  if (i + 3 <= at && (text.charCodeAt(i) | 32) === 116 && (text.charCodeAt(i + 1) | 32) === 104 && (text.charCodeAt(i + 2) | 32) === 101) {
    i += 3;
    skip();
  }
  return i >= at;
}

/** Mention indexes ordered by start, then index. */
function orderByStart(mentions: readonly Mention[]): number[] {
  const order = mentions.map((_, i) => i);
  for (let i = 1; i < mentions.length; i++) {
    if (mentions[i].start < mentions[i - 1].start) return order.sort((a, b) => mentions[a].start - mentions[b].start || a - b);
  }
  return order;
}

function genderOfPossessive(m: Mention): 'm' | 'f' | null {
  const w = m.text.split(/\s+/)[0].toLowerCase();
  return w === 'his' ? 'm' : w === 'her' ? 'f' : null;
}

/** Words that make a role another office than the same role without them. */
const RANK_WORDS = new Set(['vice', 'deputy', 'assistant', 'associate', 'under', 'acting', 'former', 'co', 'ex', 'lieutenant', 'interim', 'designate', 'elect']);

/** The role `r` has a rank word the title `words` lacks: "vice presidential nominee" is not "the presidential nominee". */
function outranked(r: string[], words: string[]): boolean {
  return r.some((w) => RANK_WORDS.has(w) && !words.includes(w));
}

/**
 * Folded words of a role after any possessive owner, for matching "the Secretary-General" against
 * "UN Secretary General" (and not "the Polish president" against "the Polish president's
 * chief of staff").
 */
function roleWords(role: string): string[] {
  const folded = foldName(role);
  const owned = folded.lastIndexOf("'s ");
  const words = (owned >= 0 ? folded.slice(owned + 3) : folded).split(/[\s']+/).filter((w) => w && w !== 'the' && w !== 'a' && w !== 'an');
  // "minister of health", "coach for the juniors": the head comes before "of"/"for", so it goes last ("health minister").
  const of = words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  if (of < 0) return words;
  return [...words.slice(of + 1).filter((w) => w !== 'of' && w !== 'for'), ...words.slice(0, of)];
}

function isLetter(ch: string): boolean {
  return /\p{L}/u.test(ch);
}

const isLowerAscii = (c: number) => c >= 97 && c <= 122;

/** First two characters of a word of /[a-z][a-z-]*\/ in text[start, end), as a number below 27 * 28. */
function prefixKey(text: string, start: number, end: number): number {
  const first = text.charCodeAt(start) - 97;
  if (end - start < 2) return first * 28 + 27;
  const second = text.charCodeAt(start + 1);
  return first * 28 + (second === 45 ? 26 : second - 97);
}

/** Title heads that, alone in lower case, as often name a thing: "anchor points", "gov" (a web address). */
const THING_HEADS = new Set(['anchor', 'gov', 'gen', 'col', 'capt', 'sgt', 'adm', 'cmdr']);

/** Which prefixKey values begin a title or person noun: most words are passed over without a string. */
const PERSON_WORD_PREFIXES = (() => {
  const table = new Uint8Array(27 * 28);
  for (const w of [...TITLE_HEADS, ...PERSON_NOUNS]) {
    if (/^[a-z][a-z-]*$/.test(w)) table[prefixKey(w, 0, w.length)] = 1;
  }
  return table;
})();
const isLowerOrHyphen = (c: number) => (c >= 97 && c <= 122) || c === 45;

/** isLetter(text[i]) without a string per character for ASCII. */
function isLetterCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return isLetter(text[i]);
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
