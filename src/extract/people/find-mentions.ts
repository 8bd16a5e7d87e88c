import type { Doc, Sentence } from '../../doc.js';
import type { EntityKind, Span } from '../../schema/index.js';
import type { Mention } from '../types.js';
import { foldName, phoneticCodes, spellingVariants } from './name-match.js';
import { beginsGazetteerKey, beginsNationality, NATIONALITIES, ORG_NAME_ENDS, type GazetteerEntry } from './lexicon.js';
import { NAME_PARTICLES, REPORTING_VERBS } from './words/common.js';
import { GIVEN_NAMES } from './words/given-names.js';
import { NICKNAMES } from './words/nicknames.js';
import { PRESS_WORDS } from './words/organizations.js';
import { EVERYDAY_HEADS, KIN_WORDS, TITLE_HEADS } from './words/titles.js';
import { adjacent, tokenize, type Token } from './tokens.js';
import {
  ACRONYM, CAMEL, ORG_AFTER, ORG_BEFORE, ORG_HINT_BEFORE, ORG_RESULT, ORG_STAKE, ORG_TAIL, gazetteerEntry, DEFINITE_ORG, GIVEN_FOLDED, GIVEN_LOWER, GROUP_NOUN, GROUP_PRONOUN, HONORIFIC, isAcronym, isHonorific, isRoleDomain, isTitleHead, isTitleModifier,
  HEADLINE_VERB, LOCATED_MODIFIER, MONTH, NAME_LIKE, NATIONALITY, NATIONALITY_UNPLURAL, NON_NAME, OFFICE_NOUN, ORDINARY, ORG_KEYWORD, OTHER_KEYWORD, PARTICLE, PERSON_PRONOUN,
  PERSONAL_HONORIFIC_WORD, PLACE_KEYWORD, PLACE_NOUN_AFTER, POSSESSIVE_PRONOUN, REPORTING, ROLE_DOMAIN, ROYAL, STOP, TITLE_HEAD, TITLE_MODIFIER, WEEKDAY,
  DESCRIPTIVE_HEAD, WORK_AFTER, WORK_BEFORE,
} from './vocabulary.js';

export type RoleRule = 'title-before-name' | 'appositive' | 'appositive-before' | 'possessive-role' | 'post-nominal';

export interface FoundRole {
  mention: Mention;
  role: string;
  span: Span;
  sentence: Sentence;
  rule: RoleRule;
}

export interface FoundMentions {
  mentions: Mention[];
  roles: FoundRole[];
}

/** The only words lowercaseWord does anything with. */
const LOWERCASE_CUES = PERSON_PRONOUN | GROUP_PRONOUN | POSSESSIVE_PRONOUN | DEFINITE_ORG | GROUP_NOUN | TITLE_HEAD;

/** The token is in one of the word classes `bits` (vocabulary.ts). */
function is(t: Token, bits: number): boolean {
  return (t.cls & bits) !== 0;
}

/** Some token of toks[from..to] is in one of the word classes `bits`. */
function anyCap(toks: Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (toks[i].cap) return true;
  return false;
}

function anyIn(toks: Token[], from: number, to: number, bits: number): boolean {
  for (let i = from; i <= to; i++) if ((toks[i].cls & bits) !== 0) return true;
  return false;
}

/** Every token of toks[from..to] is in one of the word classes `bits`. */
function everyIn(toks: Token[], from: number, to: number, bits: number): boolean {
  for (let i = from; i <= to; i++) if ((toks[i].cls & bits) === 0) return false;
  return true;
}

/** Some token of toks[from..to] is written `lower` (in lower case). */
function anyLower(toks: Token[], from: number, to: number, lower: string): boolean {
  for (let i = from; i <= to; i++) if (toks[i].lower === lower) return true;
  return false;
}

/** How sure a cue makes a name an organization: a hint only counts for a name with no sign of a person. */
const HINT = 1;
const SURE = 2;

/** Words before a cue noun that make it a noun phrase of its own ("the firm X founded" is no cue). */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'which', 'whose', 'every', 'each']);

const ARTICLES = new Set(['the', 'a', 'an']);

/** Verbs that make "X, who are" a team or a band, not a person. */
const PLURAL_VERBS = new Set(['are', 'were', 'have', 'play', 'lead', 'face', 'won', 'sit', 'host', 'beat', 'lost']);

/** Prepositions before a place or person that is no subject ("in Quillby, the mayor said"). */
const PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'for', 'on', 'by', 'of', 'with', 'near', 'outside', 'inside', 'across', 'around']);

/** Words that start another phrase between a subject and "its" ("Jane Roe met the board and its chief"). */
const PHRASE_STARTS = new Set(['the', 'a', 'an', 'this', 'that', 'which', 'who', 'and', 'or', 'but', 'with', 'of', 'in', 'on', 'for', 'to', 'by', 'from', 'at', 'as', 'about', 'into', 'over', 'under', 'after', 'before']);

/** Words after "X, the mobile operator" that end the appositive or start a clause about it. */
const APPOSITIVE_CLAUSE = new Set(['which', 'that', 'whose', 'based', 'owned', 'in', 'with', 'and', 'behind', 'founded']);

/** Capitalized words that open the name of a place: "Port Halden", "Fort Amble", "Mount Tarris". */
const PLACE_OPENERS = new Set(['Port', 'Fort', 'Mount', 'Cape', 'Lake']);

/** Letters written after a name for a post or an honour: "Jo Roe KC", "Jo Roe MP". */
const POST_NOMINALS = new Set(['KC', 'QC', 'MP', 'MEP', 'MSP', 'MLA', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE']);

/** Titles an honorific makes a form of address, not a name ("Mr. President", "Madam Speaker"; "Mr King" is a name). */
/** "Well, Senator Roe", "“Now President Roe ...": words that open a spoken sentence and are never part of a role or name. */
const DISCOURSE_WORDS = new Set(['well', 'now', 'so', 'yes', 'yeah', 'oh', 'no', 'okay', 'ok', 'hey', 'ah', 'um', 'uh', 'look', 'listen', 'please', 'thanks', 'sure', 'indeed', 'again', 'still', 'then', 'thus', 'meanwhile', 'however', 'also', 'and', 'but', 'or']);

/** Titles written right before a name as a form of address ("Sen. Roe"): one ends a role phrase before it ("party candidate | Sen."). */
const NAME_TITLES = new Set(['sen.', 'sen', 'senator', 'rep.', 'rep', 'representative', 'gov.', 'gov', 'governor', 'congressman', 'congresswoman', 'mayor', 'judge', 'justice', 'gen.', 'adm.', 'admiral', 'col.', 'colonel', 'president', 'secretary', 'ambassador', 'chancellor', 'premier', 'minister', 'commissioner', 'sheriff', 'councilman', 'councilwoman', 'councillor', 'councilor', 'speaker', 'leader', 'chairman', 'chairwoman', 'chair', 'director', 'prime']);

/** Title words that only open a longer title ("Prime Minister", "Vice President", "Lt. Gov."). */
const TITLE_PREFIXES = new Set(['prime', 'vice', 'deputy', 'lt.', 'lt', 'lieutenant', 'chief', 'associate', 'assistant', 'under', 'acting', 'first', 'interim', 'former', 'ex', 'attorney', 'solicitor', 'surgeon', 'inspector', 'governor', 'secretary', 'majority', 'minority', 'co']);

/** Elected offices written before a name that start a second title even after a capitalized one ("Chairman Senator X"). */
const ELECTED_TITLES = new Set(['senator', 'representative', 'congressman', 'congresswoman', 'governor']);

/** Words saying a title is not (yet) held: "would-be President", "future Senator". */
const UNHELD = new Set(['would-be', 'wouldbe', 'future', 'potential', 'possible', 'hypothetical', 'prospective', 'aspiring', 'wannabe', 'next', 'fake', 'self-styled', 'self-proclaimed']);

/** Heads that say one runs for a post: "prospective candidate" still runs. */
const RUNNING = new Set(['candidate', 'nominee', 'hopeful', 'contender', 'challenger']);

const ADDRESS_TITLES = new Set(['president', 'vice-president', 'chairman', 'chairwoman', 'speaker', 'secretary', 'minister', 'ambassador', 'mayor', 'governor', 'senator', 'commissioner', 'director', 'prime']);

/** A single capitalized word that may be a surname; decided once all full names are known. */
interface Pending {
  toks: Token[];
  index: number;
  token: Token;
  sentence: Sentence;
  speaks: boolean;
  /** "the Mail said": a known name still counts ("the Okafor campaign"), an unknown one is no person. */
  afterThe: boolean;
}

class MentionFinder {
  readonly mentions: Mention[] = [];
  readonly roles: FoundRole[] = [];
  private readonly pending: Pending[] = [];
  /** Folded names seen right before a reporting verb somewhere in the article ("Okafor said"). */
  private readonly speakers = new Set<string>();
  /** Capitalized pairs whose first word is no known given name ("Blue Harbour", "Stone Tiger"). */
  private readonly pendingNames: { toks: Token[]; index: number; last: number; sentence: Sentence }[] = [];
  /** Folded words of full person names seen so far, and their sounds, to recognise "Okafor" alone. */
  private readonly nameWords = new Set<string>();
  private readonly nameWordsBySound = new Map<string, string[]>();
  /** Folded names written where only an organization fits ("phone company Zentel", "Zentel's profits"): SURE or HINT. */
  private readonly orgCued = new Map<string, number>();
  /** How often a cue stood right next to each name (not through a possessive): two weigh like a sure cue. */
  private readonly orgCueCount = new Map<string, number>();
  /** How often each name was written as a work's title. */
  private readonly workCueCount = new Map<string, number>();
  /** Names the text calls a business ("phone company Zentel", "shares in Zentel", "Zentel, the mobile operator"). */
  private readonly calledBusiness = new Set<string>();
  /** Names written where only a title of a work fits ("the film X"): SURE, or HINT when a person's name could fit ("the X films"). */
  private readonly workCued = new Map<string, number>();
  /** Capitalized title words alone ("Dean"), a person when a full name here ends in them. */
  private readonly titleSurnames: { toks: Token[]; index: number; sentence: Sentence }[] = [];
  /** Folded last words of full person names ("dean" of "Tom Dean"). */
  private readonly surnameWords = new Set<string>();
  /** Folded name words of names that start with no ordinary word ("Recent" in "Recent Velden films"). */
  private readonly trustedNameWords = new Set<string>();
  /** Capitalized names of two or more words that take a plural verb or "their" somewhere (pluralName). */
  private pluralNames: Set<string> | undefined;
  /** Plain given-name-first person mentions by start and by end, built once the scan is over (listedWithPerson). */
  private personStarts: Map<number, Mention> | undefined;
  private personEnds: Map<number, Mention> | undefined;

  constructor(private readonly doc: Doc) {}

  run(): FoundMentions {
    const { doc } = this;
    const title = doc.titleSpan;
    for (const sentence of doc.sentences) {
      if (title && sentence.start < title.end && title.start < sentence.end) continue;
      this.scanSentence(sentence, tokenize(doc.text, sentence.start, sentence.end));
    }
    // A pair counts as a name when its surname is used for a person with a title, honorific or
    // given name elsewhere, or when an appositive gives it a role.
    // "Brisa Tolliver is on the quay ... Tolliver, 61, a retired ferry pilot, said ...": the last
    // word alone speaks, or has an age or a noun for a person after it, somewhere in the article.
    const cuedAlone = this.pendingNames.length ? this.singleWordsCuedAsPersons() : undefined;
    for (const p of this.pendingNames) {
      const known = this.isKnownNameWord(p.toks[p.last].folded);
      // "Quill Harbour are back": a pair with a plural verb is a band, a team or a firm, even where it speaks.
      const first = p.toks[p.index].lower;
      if (!known && !this.ordinaryWord(p.toks[p.index]) && !(first.endsWith('s') && !first.endsWith('ss')) && this.pluralName(this.slice(p.toks, p.index, p.last))) {
        this.addNamed(p.toks, p.index, p.last, 'organization', this.slice(p.toks, p.index, p.last));
        continue;
      }
      if (known || this.speakers.has(foldName(this.slice(p.toks, p.index, p.last))) || titleBeforeComma(p.toks, p.index) || (cuedAlone!.has(p.toks[p.last].folded) && this.pairShape(p.toks, p.index, p.last) && !p.toks[p.last].possessive) || this.openingSubject(p.toks, p.index, p.last)) {
        this.addFullName(p.toks, p.index, p.last, p.sentence);
        continue;
      }
      const probe: Mention = { start: p.toks[p.index].start, end: p.toks[p.last].end, text: this.slice(p.toks, p.index, p.last), kind: 'person', name: this.slice(p.toks, p.index, p.last), role: null, roleSpan: null, cluster: undefined };
      if (this.appositiveAfter(p.toks, probe, p.last, p.sentence)) {
        this.mentions.push(probe);
        this.rememberName(p.toks, p.index, p.last);
      } else if (this.pairShape(p.toks, p.index, p.last) && (personNounAfter(p.toks, p.last) || partyStateAfter(p.toks, p.last) || this.listedWithPerson(p.toks, p.index, p.last))) {
        // "Ray Dorran, a Texas media consultant", "Ray Dorran (R-Ohio)", "Ray Dorran and Jane Roe": a man or a woman.
        this.addFullName(p.toks, p.index, p.last, p.sentence);
      }
    }
    for (const p of this.pending) this.decidePending(p);
    for (const p of this.titleSurnames) {
      if (!this.surnameWords.has(p.toks[p.index].folded)) continue;
      const m = this.addPerson(p.toks, p.index, p.index, p.index);
      this.attachRoles(p.toks, m, -1, -1, p.index, p.index, p.sentence);
    }
    if (this.workCued.size) this.dropWorks();
    if (this.orgCued.size) this.retypeOrganizations();
    this.retypePluralSubjects();
    this.retypeOrganizationShortNames();
    this.retypeItSubjects();
    this.dropUnheldTitles();
    this.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    return { mentions: this.mentions, roles: this.roles };
  }

  private scanSentence(sentence: Sentence, toks: Token[]): void {
    let i = 0;
    while (i < toks.length) {
      const t = toks[i];
      if (t.word && is(t, PERSON_PRONOUN | GROUP_PRONOUN | POSSESSIVE_PRONOUN)) {
        this.lowercaseWord(toks, i, sentence);
        i++;
        continue;
      }
      // "It said", "it added": a company or body speaking, resolved to the organization that is the subject before.
      if (t.end - t.start === 2 && t.lower === 'it' && toks[i + 1]?.word && is(toks[i + 1], REPORTING) && adjacent(this.doc.text, t, toks[i + 1])) {
        this.mentions.push({ start: t.start, end: t.end, text: t.text, kind: 'organization', name: '', role: null, roleSpan: null, cluster: undefined });
        i++;
        continue;
      }
      if (t.word && t.cap) {
        const end = this.runEnd(toks, i);
        let joined = this.ampersandName(toks, i, end);
        if (joined === end && end + 2 < toks.length && toks[end + 1].lower === 'and') joined = this.andName(toks, i, end);
        if (joined > end) {
          i = joined + 1;
          continue;
        }
        const after = this.nicknameEnd(toks, end);
        if (after > 0) {
          i = this.analyzeNicknamed(toks, i, end, after, sentence);
          continue;
        }
        this.analyzeRun(toks, i, end, sentence);
        i = end + 1;
        continue;
      }
      if (t.word && is(t, LOWERCASE_CUES)) this.lowercaseWord(toks, i, sentence);
      i++;
    }
  }

  /**
   * 'Tavin "Iron Fist" Dallow': after a known given name, a quoted nickname of one to three
   * capitalized words and then the surname. Returns the index of the surname's first token, or -1.
   */
  private nicknameEnd(toks: Token[], end: number): number {
    const open = toks[end + 1];
    if (!open || open.word || toks[end].possessive || !plainNameWord(toks[end])) return -1;
    const mark = this.doc.text.charCodeAt(open.start);
    if (mark !== 0x201c && mark !== 0x22) return -1;
    const text = this.doc.text;
    if (open.start - toks[end].end !== 1 || text[toks[end].end] !== ' ') return -1;
    let k = end + 2;
    if (!toks[k]?.word || !toks[k].cap || toks[k].start !== open.end) return -1;
    while (k + 1 < toks.length && toks[k + 1].word && k - end <= 4 && adjacent(text, toks[k], toks[k + 1]) && (toks[k + 1].cap || toks[k + 1].lower === 'the' || toks[k + 1].lower === 'of')) k++;
    const close = toks[k + 1];
    if (!close || close.word || close.start !== toks[k].outerEnd || toks[k].possessive) return -1;
    const c = text.charCodeAt(close.start);
    if (c !== 0x201d && c !== 0x22) return -1;
    const surname = toks[k + 2];
    if (!surname?.word || !surname.cap || surname.start !== close.end + 1 || text[close.end] !== ' ' || !plainNameWord(surname)) return -1;
    // A word that is no known given name needs a surname of one word ("Ray “Big Harbour” Quell said").
    return is(toks[end], GIVEN_FOLDED) || !(toks[k + 3]?.word && toks[k + 3].cap) ? k + 2 : -1;
  }

  /**
   * The run toks[i..end] (ending in a given name) and the run from the surname at `surname`, read
   * as one name without the nickname between: the mention spans the nickname, its name leaves it out.
   * Returns the index after the surname's run.
   */
  private analyzeNicknamed(toks: Token[], i: number, end: number, surname: number, sentence: Sentence): number {
    const last = this.runEnd(toks, surname);
    const joined = toks.slice(0, end + 1).concat(toks.slice(surname));
    const from = this.mentions.length;
    this.analyzeRun(joined, i, last - surname + end + 1, sentence);
    const gap = this.doc.text.slice(toks[end].end, toks[surname].start);
    for (let k = from; k < this.mentions.length; k++) {
      const m = this.mentions[k];
      if (m.kind === 'person' && m.start <= toks[end].start && m.end >= toks[surname].end) m.name = m.name.replace(gap, ' ');
    }
    return last + 1;
  }

  /**
   * "Responding, the minister ...", "Continuing, ...", "Separately, ...": one capitalized word that
   * opens a sentence and is cut off by a comma, shaped like a participle or an adverb (-ing, -ly)
   * or a sentence adverb, is no name. A surname of that shape ("Fleming, 40, said") is still read
   * as one when a given name is or the document names someone with it elsewhere ("Jo Fleming").
   */
  private openingAdverbial(toks: Token[], s: number): boolean {
    const t = toks[s];
    if (!startsSentence(toks, s) || toks[s + 1]?.text !== ',' || t.possessive) return false;
    const lower = t.lower;
    if (!SENTENCE_ADVERBS.has(lower) && !(lower.length >= 6 && (lower.endsWith('ing') || lower.endsWith('ly')))) return false;
    if (GIVEN_NAMES.has(lower)) return false;
    const text = this.doc.text;
    for (let at = text.indexOf(t.text); at >= 0; at = text.indexOf(t.text, at + 1)) {
      if (at === t.start) continue;
      // "Jo Fleming": the word after a capitalized word elsewhere makes it a surname.
      if (/\p{Lu}[\p{L}'’.-]* $/u.test(text.slice(Math.max(0, at - 30), at))) return false;
    }
    return true;
  }

  /** Last index of the run of capitalized words starting at `i` (particles and "of" inside). */
  private runEnd(toks: Token[], i: number): number {
    const text = this.doc.text;
    let j = i;
    while (j + 1 < toks.length && !toks[j].possessive) {
      const n = toks[j + 1];
      if (!adjacent(text, toks[j], n)) break;
      if (n.word && n.cap) {
        j++;
        continue;
      }
      // "van den Berg", "Secretary of State", "Institute for Public Health"
      let k = j + 1;
      while (k < toks.length && toks[k].word && !toks[k].cap && (is(toks[k], PARTICLE) || ((toks[k].lower === 'of' || toks[k].lower === 'for' || (toks[k].lower === 'on' && is(toks[j], ORG_KEYWORD) && k + 1 < toks.length && !is(toks[k + 1], WEEKDAY | MONTH | STOP))) && k === j + 1) || (toks[k].lower === 'the' && k === j + 2 && toks[j + 1].lower === 'of')) && adjacent(text, toks[k - 1], toks[k])) k++;
      if (k > j + 1 && k < toks.length && toks[k].word && toks[k].cap && adjacent(text, toks[k - 1], toks[k])) {
        j = k;
        continue;
      }
      break;
    }
    return j;
  }

  private analyzeRun(toks: Token[], a: number, last: number, sentence: Sentence): void {
    let b = last;
    let s = a;
    while (s <= b && (is(toks[s], STOP | MONTH | WEEKDAY) || !toks[s].cap) && !givenStopWord(toks, s, b)) s++;
    // "“Well Senator Roe, ...": a word that opens a spoken sentence is no part of the role after it.
    while (s < b && DISCOURSE_WORDS.has(toks[s].lower) && startsSentence(toks, s)) s++;
    if (s > b) return;
    if (s === b && this.openingAdverbial(toks, s)) return;
    // "the Col de la Faye", "Col du Mont": a mountain pass, not a colonel ("Col." with a name).
    if (s < b && toks[s].text === 'Col' && (toks[s + 1].lower === 'de' || toks[s + 1].lower === 'du' || toks[s + 1].lower === 'des' || toks[s + 1].lower === "d'") && !toks[s + 1].cap) return;
    // "Jo Roe KC", "Jo Roe MP": letters after a name are a post or an honour, no part of the name.
    if (b > s + 1 && POST_NOMINALS.has(toks[b].text) && toks[b - 1].cap && !toks[b - 1].possessive && !is(toks[b - 1], STOP) && !toks[b].possessive) {
      const before = this.mentions.length;
      this.analyzeRun(toks, a, b - 1, sentence);
      const m = this.mentions.slice(before).find((x) => x.kind === 'person' && x.name && x.end === toks[b - 1].end);
      if (m) {
        const { role, roleSpan } = m;
        this.setRole(m, toks[b].start, toks[b].end, sentence, 'post-nominal');
        if (role) Object.assign(m, { role, roleSpan });
      }
      return;
    }
    if (this.quotedTitle(toks, a, last)) return;
    // "(D-Ohio)", ", R-Tex.,": a party and a state after a lawmaker's name are no organization.
    if (s > 0 && (toks[s - 1].text === '(' || toks[s - 1].text === ',') && PARTY_STATE.test(toks[s].text)) return;
    this.noteOrgCue(toks, s, b);
    this.noteWorkCue(toks, s, b);
    // "Jane Roe Speaks Out", "Roe Slams Plan": a headline verb ("-s" form) ends the name.
    for (let h = s + 1; h <= b; h++) {
      if (toks[h].info.orgCue & HEADLINE_VERB && toks[h].cap && toks[h].lower.endsWith('s') && !isTitleHead(toks[h]) && !isTitleModifier(toks[h])) {
        this.analyzeRun(toks, s, h - 1, sentence);
        if (h < b) this.analyzeRun(toks, h + 1, b, sentence);
        return;
      }
    }
    // "General Printer's Union": a possessive inside an organization's name.
    const after = toks[b + 1];
    if (toks[b].possessive && after?.cap && is(after, ORG_KEYWORD) && adjacent(this.doc.text, toks[b], after)) return;
    // "Norway Mr Dahl": an honorific inside the run starts a new name.
    for (let h = s + 1; h <= b; h++) {
      if (isHonorific(toks[h]) && toks[h].cap && !isTitleHead(toks[h - 1]) && !isTitleModifier(toks[h - 1])) {
        this.analyzeRun(toks, s, h - 1, sentence);
        this.analyzeRun(toks, h, b, sentence);
        return;
      }
    }
    // Role prefix: everything up to the last title word, when a name follows it.
    let k = b;
    const hasOf = anyLower(toks, s, b, 'of');
    const titleish = (t: Token) => isTitleHead(t) || isTitleModifier(t) || t.lower === 'of' || (hasOf && isRoleDomain(t));
    // "Gov. Jane Roe of Ohio": a role prefix ends on a title word, never on "of".
    while (k >= s && (!titleish(toks[k]) || toks[k].lower === 'of')) k--;
    // "Mr. Bishop": after Mr/Ms/Dr comes a name; "Ray Dean Hollis" starts with a given name.
    // But "Georgia Governor Jane Roe": a place named like a person, then a title and a given name.
    if ((is(toks[s], PERSONAL_HONORIFIC_WORD) && toks[s].cap) || (is(toks[s], GIVEN_LOWER) && !titleish(toks[s]) && !(k > s && k < b && isTitleHead(toks[k]) && is(toks[k + 1], GIVEN_FOLDED)))) k = s - 1;
    let roleStart = -1;
    let n0 = s;
    const connectedRole = anyLower(toks, s, k, 'of') || anyLower(toks, s, k, 'for');
    const oneWordAfter = k + 1 === b && !isHonorific(toks[b]);
    if (k >= s && anyIn(toks, s, k, TITLE_HEAD) && !this.nameIsOrganization(toks, k + 1, b) && !(connectedRole && oneWordAfter && k + 1 <= b)) {
      roleStart = s;
      n0 = k + 1;
    }
    let gender: 'm' | 'f' | null = null;
    let honorific = -1;
    while (n0 <= b && isHonorific(toks[n0])) {
      // "Gov. Earl Ray Tomlin": after a title, a word that is a given name too opens a name of three words.
      if (roleStart >= 0 && b - n0 >= 2 && !toks[n0].text.endsWith('.') && is(toks[n0], GIVEN_FOLDED)) break;
      gender = toks[n0].honorificGender ?? gender;
      if (honorific < 0) honorific = n0;
      n0++;
    }
    // "the Star Quest series": a capitalized occupation word in mid-sentence is part of a title, no role before a name.
    if (roleStart >= 0 && honorific < 0 && n0 === b && everyCue(toks, roleStart, k, DESCRIPTIVE_HEAD) && !startsSentence(toks, a)) return;
    if (n0 > b) {
      // "The Secretary-General added", "UN Secretary-General noted": not a bare "[President]".
      const determined = (s > a && toks[s - 1].lower === 'the') || (a > 0 && toks[a - 1].lower === 'the');
      const qualified = roleStart >= 0 && k > roleStart && !everyIn(toks, roleStart, k, TITLE_HEAD | TITLE_MODIFIER);
      // "the Center of Harbour Justice", "Citizens for Road Justice": a body's name ending on a title word.
      if (roleStart >= 0 && honorific < 0 && (anyIn(toks, roleStart, k, ORG_KEYWORD | GROUP_NOUN) || (toks[roleStart].lower.endsWith('s') && !toks[roleStart].lower.endsWith('ss') && !isTitleHead(toks[roleStart]))) && connectorIn(toks, roleStart, k) > 0) this.addNamed(toks, roleStart, k, 'organization', this.slice(toks, roleStart, k));
      // "the SP" alone is more often a party's letters than the police rank, which comes before a name.
      else if (roleStart >= 0 && honorific < 0 && (determined || qualified) && !(roleStart === k && LETTER_RANKS.has(toks[k].lower))) this.addTitleOnly(toks, roleStart, k, sentence);
      // "Dean, a doctor, said" after "Tom Dean": decided once all full names are known.
      else if (s === b && roleStart === s && !toks[s].possessive && !is(toks[s], ORG_KEYWORD | PLACE_KEYWORD | OTHER_KEYWORD)) this.titleSurnames.push({ toks, index: s, sentence });
      return;
    }
    const personCue = roleStart >= 0 || honorific >= 0;
    // "Mr Ray Hollis of Acme": the name ends before "of"; what follows is classified by itself.
    const connector = personCue ? connectorIn(toks, n0, b) : -1;
    if (connector > 0) {
      let after = connector + 1;
      while (after <= b && is(toks[after], STOP)) after++;
      if (after <= b) this.classifyName(toks, after, b, sentence);
      b = connector - 1;
    }
    if (personCue) {
      if (!toks[n0].cap && !is(toks[n0], PARTICLE)) return; // "MP for Harwood"
      // "Miss Universe Jane Roe": ordinary words before a given name are no part of the name.
      let g = n0;
      while (g < b && this.ordinaryWord(toks[g])) g++;
      if (g > n0 && g < b && is(toks[g], GIVEN_FOLDED)) n0 = g;
      // "President Jane Roe Speech": an ordinary noun after the name is no part of it.
      while (b > n0 && this.ordinaryWord(toks[b]) && !toks[b].possessive) b--;
      // "President Always" (a game), "Dr Who", "Mr. President": one word after a title that is no name.
      if (n0 === b && (is(toks[n0], STOP | REPORTING | MONTH | WEEKDAY) || toks[n0].info.orgCue & HEADLINE_VERB || (isTitleHead(toks[n0]) && ADDRESS_TITLES.has(toks[n0].lower)) || (this.ordinaryWord(toks[n0]) && !this.trustedNameWords.has(toks[n0].folded) && (honorific < 0 || this.determinedTitle(toks, honorific))))) return;
      if (b - n0 > 5 || this.isPlaceOrOrgName(toks, n0, b) || otherKeywordIn(toks, n0, b)) return;
      // "Prince Arne", "Pope Linus": the title is part of how the name is used.
      const royal = roleStart >= 0 && honorific < 0 && n0 === b && is(toks[k], ROYAL);
      const nameFrom = royal ? k : n0;
      const mention = this.addPerson(toks, honorific >= 0 ? honorific : nameFrom, nameFrom, b);
      this.attachRoles(toks, mention, roleStart, roleStart >= 0 ? k : -1, honorific >= 0 ? honorific : nameFrom, b, sentence);
      this.rememberName(toks, n0, b);
      return;
    }
    this.classifyName(toks, n0, b, sentence);
  }

  /** "General Widgets": the words after a title make an organization, so it is no role. */
  private nameIsOrganization(toks: Token[], n0: number, b: number): boolean {
    for (let i = n0; i <= b; i++) if (is(toks[i], ORG_KEYWORD) && !isHonorific(toks[i])) return true;
    return false;
  }

  private isPlaceOrOrgName(toks: Token[], n0: number, b: number): boolean {
    return this.gazetteerEntry(toks, n0, b) !== undefined;
  }

  private gazetteerEntry(toks: Token[], n0: number, b: number): GazetteerEntry | undefined {
    if (n0 === b) return toks[n0].gazetteer;
    // The folded name begins with the folded first word.
    return beginsGazetteerKey(toks[n0].folded) ? gazetteerEntry(this.slice(toks, n0, b)) : undefined;
  }

  private classifyName(toks: Token[], n0: number, b: number, sentence: Sentence): void {
    // "Former Acme", "Film-maker Ray Hollis", "Oslo-based UNHCR": drop the leading descriptors.
    for (let i = n0; i < b; i++) {
      if (is(toks[i], LOCATED_MODIFIER)) n0 = i + 1;
    }
    // "Ivy League-trained surgeon": a trailing hyphenated modifier is no part of the name.
    while (b > n0 && is(toks[b], ORDINARY) && toks[b].text.includes('-')) b--;
    const determined = toks[n0 - 1]?.lower === 'the';
    const hasOrgWord = anyIn(toks, n0, b, ORG_KEYWORD);
    while (n0 < b && !hasOrgWord && (isTitleModifier(toks[n0]) || isTitleHead(toks[n0])) && !this.gazetteerEntry(toks, n0, b)) n0++;
    const entry = this.gazetteerEntry(toks, n0, b);
    if (entry) {
      this.addNamed(toks, n0, b, entry.kind, this.slice(toks, n0, b));
      return;
    }
    const connector = connectorIn(toks, n0, b);
    // The words that are no name particles.
    let wordCount = 0;
    let wordClasses = 0;
    for (let i = n0; i <= b; i++) {
      if (is(toks[i], PARTICLE)) continue;
      wordCount++;
      wordClasses |= toks[i].cls;
    }
    // "Lester Dorran of Harbour News": a given name and a surname, then "of" and the employer.
    const personOf = connector > n0 + 1 && connector - n0 <= 3 && toks[connector].lower === 'of' && !anyIn(toks, n0, connector - 1, ORG_KEYWORD | TITLE_HEAD | PLACE_KEYWORD | ACRONYM) && !toks[n0].gazetteer && (is(toks[n0], GIVEN_FOLDED) || (this.pairShape(toks, n0, connector - 1) && !toks[n0].lower.endsWith('s') && !toks[connector - 1].lower.endsWith('s')));
    if (wordCount > 1 && (wordClasses & ORG_KEYWORD) !== 0 && !personOf) {
      // "Fox News Jay Dorran", "Harbour Post Dorran": a person's name written right after the organization's.
      const p = connector < 0 ? this.personAfterOrganization(toks, n0, b) : -1;
      if (p > 0) {
        if (isHonorific(toks[p - 1]) || isTitleHead(toks[p - 1])) {
          // "Navy Capt. Jay Dorran": the organization's name is part of how he is titled.
          let h = p - 1;
          while (h > n0 && isHonorific(toks[h - 1])) h--;
          const honorific = isHonorific(toks[h]);
          const m = this.addPerson(toks, honorific ? h : p, p, b);
          const r1 = honorific ? h - 1 : p - 1;
          this.attachRoles(toks, m, r1 >= n0 ? n0 : -1, r1 >= n0 ? r1 : -1, honorific ? h : p, b, sentence);
          this.rememberName(toks, p, b);
        } else {
          this.addNamed(toks, n0, p - 1, 'organization', this.slice(toks, n0, p - 1));
          if (p === b) {
            const m = this.addPerson(toks, p, p, p);
            this.attachRoles(toks, m, -1, -1, p, p, sentence);
          } else this.addFullName(toks, p, b, sentence);
        }
        return;
      }
      this.addNamed(toks, n0, b, 'organization', this.slice(toks, n0, b));
      return;
    }
    // "the Dorran White House": a person's name before a known
    // institution's name of two or more words only qualifies it ("National Security Council" and
    // "Ohio Senate" are bodies of their own; "Jay Paris" is a man).
    const head = toks[n0];
    const tail = b > n0 + 1 && ORG_NAME_ENDS.has(toks[b].folded) && !head.possessive && is(head, NAME_LIKE) && !head.gazetteer && !is(head, ORG_KEYWORD | TITLE_MODIFIER | TITLE_HEAD | NATIONALITY | ORDINARY | STOP) ? this.gazetteerEntry(toks, n0 + 1, b) : undefined;
    if (tail?.kind === 'organization') {
      this.addNamed(toks, n0 + 1, b, tail.kind, this.slice(toks, n0 + 1, b));
      return;
    }
    if (connector > 0) {
      // The employer's name after "of" makes the pair before it a person's ("Lester Dorran of Harbour News").
      if (personOf && (wordClasses & ORG_KEYWORD) !== 0) this.addFullName(toks, n0, connector - 1, sentence);
      else this.classifyName(toks, n0, connector - 1, sentence);
      let after = connector + 1;
      while (after <= b && is(toks[after], STOP)) after++;
      if (after <= b) this.classifyName(toks, after, b, sentence);
      return;
    }
    if ((wordClasses & WEEKDAY) !== 0 || ((wordClasses & OTHER_KEYWORD) !== 0 && otherKeywordIn(toks, n0, b))) return;
    if (is(toks[b], PLACE_KEYWORD) && b > n0) {
      this.addNamed(toks, n0, b, 'place', this.slice(toks, n0, b));
      return;
    }
    // "Port Halden", "Fort Amble", "Cape Tamsin": a place word opening a two-word name.
    if (b === n0 + 1 && PLACE_OPENERS.has(toks[n0].text) && !toks[n0].possessive) {
      this.addNamed(toks, n0, b, 'place', this.slice(toks, n0, b));
      return;
    }
    // "the Eastbury Courier": a newspaper's name ends on a press word.
    if (b > n0 && determined && PRESS_WORDS.has(toks[b].lower.replace(/['’]s?$/, ''))) {
      this.addNamed(toks, n0, b, 'organization', this.slice(toks, n0, b).replace(/['’]s?$/, ''));
      return;
    }
    const next = toks[b + 1];
    if (next && next.word && !next.cap && is(next, PLACE_NOUN_AFTER) && adjacent(this.doc.text, toks[b], next) && !this.isNationality(toks, n0, b)) {
      this.addNamed(toks, n0, b, 'place', this.slice(toks, n0, b));
      return;
    }
    if (this.isNationality(toks, n0, b)) return;
    if (toks[b].text.endsWith('s') && is(toks[b], NATIONALITY_UNPLURAL)) {
      this.addNamed(toks, n0, b, 'group', this.slice(toks, n0, b)); // "Norwegians", "House Democrats"
      return;
    }
    for (let i = n0; i <= b; i++) {
      const t = toks[i];
      if ((is(t, PARTICLE) && !t.cap) || (i === n0 && givenStopWord(toks, i, b))) continue;
      if (is(t, NATIONALITY | NON_NAME | STOP) || (i === b && is(t, NATIONALITY_UNPLURAL)) || (is(t, MONTH) && (i === n0 || /^\d/.test(toks[i + 1]?.text ?? '')))) return;
    }
    if (n0 === b) {
      const t = toks[n0];
      if (isAcronym(t)) {
        this.addNamed(toks, n0, b, 'organization', t.text);
        return;
      }
      if (is(t, GROUP_NOUN)) {
        this.addNamed(toks, n0, b, 'group', t.text);
        return;
      }
      if (!is(t, NAME_LIKE)) return;
      // "FactCheckHub", "PollWatch"; not "DuQuellay" after "Ava DuQuellay".
      if (is(t, CAMEL) && !this.nameWords.has(t.folded)) {
        this.addNamed(toks, n0, b, 'organization', t.text);
        return;
      }
      if (is(t, DEFINITE_ORG) && toks[n0 - 1]?.lower === 'the') {
        this.mentions.push({ start: t.start, end: t.end, text: t.text, kind: 'organization', name: '', role: null, roleSpan: null, cluster: undefined }); // "the Ministry said"
        return;
      }
      // "the Times said", "as the Post reported": a newspaper called by the last word of its name.
      if (PRESS_WORDS.has(t.lower) && toks[n0 - 1]?.lower === 'the') {
        this.addNamed(toks, n0, b, 'organization', t.text.replace(/['’]s?$/, ''));
        return;
      }
      if (is(t, ORG_KEYWORD | PLACE_KEYWORD | OTHER_KEYWORD | TITLE_HEAD | TITLE_MODIFIER)) {
        // "Dean, a doctor, said" after "Tom Dean": a title word that is a surname here.
        if (isTitleHead(t) && !is(t, ORG_KEYWORD | PLACE_KEYWORD | OTHER_KEYWORD) && !determined && toks[n0 - 1]?.lower !== 'the' && !t.possessive) this.titleSurnames.push({ toks, index: n0, sentence });
        return;
      }
      const after = toks[b + 1];
      // "Dorran, who has": not a plural ("Quellites, who"), an adverb opening a sentence ("Frankly, who")
      // or a team or band taking a plural verb ("Quillport, who are").
      // "the centre in Quellport maintains": a word after "in" or "at" is a place, whatever verb follows.
      const placed = n0 > 0 && (toks[n0 - 1].lower === 'in' || toks[n0 - 1].lower === 'at') && !toks[n0 - 1].cap;
      const speaks = (!!after && is(after, REPORTING) && adjacent(this.doc.text, t, after) && !t.possessive && !placed) || (this.whoAfter(toks, n0, b) && !(n0 === 0 && t.lower.endsWith('ly') && !is(t, GIVEN_FOLDED)) && !t.lower.endsWith('s') && b + 3 < toks.length && !PLURAL_VERBS.has(toks[b + 3].lower));
      const afterThe = determined || toks[n0 - 1]?.lower === 'the'; // "the National Review said"
      if (speaks && !afterThe) this.speakers.add(t.folded);
      this.pending.push({ toks, index: n0, token: t, sentence, speaks, afterThe });
      return;
    }
    // "Crooked Jane Roe", "Spaniard Carlos Vega": ordinary words before a given name are no part of the name.
    if (this.ordinaryWord(toks[n0]) || is(toks[n0], GROUP_NOUN)) {
      let f = n0;
      while (f < b && (this.ordinaryWord(toks[f]) || is(toks[f], GROUP_NOUN))) f++;
      if (f > n0 && is(toks[f], GIVEN_FOLDED)) n0 = f;
    }
    if (b - n0 > 4) return;
    if (everyIn(toks, n0, b, ACRONYM | TITLE_MODIFIER | TITLE_HEAD | ROLE_DOMAIN)) return;
    if (toks[n0].info === toks[b].info) return; // "Stop Stop", "Run Run": a repeated word is a title, not a name
    if (isAcronym(toks[n0]) && toks[n0].text.replace(/\./g, '').length >= 3) {
      this.addNamed(toks, n0, b, 'organization', this.slice(toks, n0, b)); // "ACME Europe"
      return;
    }
    // "Dorvane Foods, the maker of soups, said": a company's last word after no given name or title
    // ("Ann Steel" stays a woman).
    if (b > n0 && toks[b].info.orgCue & ORG_TAIL && !toks[b].possessive && !is(toks[n0], GIVEN_FOLDED | HONORIFIC) && !this.titleBefore(toks, n0)) {
      this.addNamed(toks, n0, b, 'organization', this.slice(toks, n0, b));
      return;
    }
    const after = toks[b + 1];
    // "Amala Dorran, who", "”― Jane Roe": two words that look like a given name and a surname.
    const speaks = (!!after && is(after, REPORTING) && adjacent(this.doc.text, toks[b], after) && !toks[b].possessive) || ((this.whoAfter(toks, n0, b) && this.pairShape(toks, n0, b)) || ((quoteByline(toks, n0) || this.ageOrHomeAfter(toks, b) || invertedSpeaker(toks, n0, b) || namedAfterRole(toks, n0, b)) && (this.pairShape(toks, n0, b) || this.tripleShape(toks, n0, b))));
    if (speaks) this.speakers.add(foldName(this.slice(toks, n0, b)));
    // "The Jane Roe Story", "Ray Vantor World": a given name and a surname, then an ordinary word, name a thing.
    if (b - n0 >= 2 && is(toks[n0], GIVEN_FOLDED) && this.ordinaryWord(toks[b]) && !speaks) return;
    // "Quill Harbour said their fans ...": a speaking pair with a plural verb somewhere is a band, a team or a firm.
    if (speaks && b > n0 && !is(toks[n0], GIVEN_FOLDED) && !this.titleBefore(toks, n0) && !this.isKnownNameWord(toks[b].folded) && this.pluralName(this.slice(toks, n0, b))) {
      this.addNamed(toks, n0, b, 'organization', this.slice(toks, n0, b));
      return;
    }
    if (is(toks[n0], GIVEN_FOLDED) || speaks || this.titleBefore(toks, n0) || this.familyFirstShape(toks, n0, b) || this.outletsPair(toks, n0, b)) this.addFullName(toks, n0, b, sentence);
    else this.pendingNames.push({ toks, index: n0, last: b, sentence });
  }

  /**
   * Where a person's name starts inside the run toks[n0..b] that holds an organization's word:
   * after an organization's word, an acronym, a title or an honorific come a known given name and
   * one to three more name words ("Fox News Jay Dorran"), or the surname of a person named in full
   * before ("Harbour Post Dorran"); none of those words may name an organization or a place
   * ("Jay Dorran Foundation" is one body). -1 when there is none.
   */
  private personAfterOrganization(toks: Token[], n0: number, b: number): number {
    const NOT_NAME = ORG_KEYWORD | PLACE_KEYWORD | OTHER_KEYWORD | NATIONALITY | TITLE_HEAD | TITLE_MODIFIER | STOP | MONTH | WEEKDAY | ORDINARY;
    const endsOrg = (t: Token) => !t.possessive && (is(t, ORG_KEYWORD | HONORIFIC) || isTitleHead(t) || (isAcronym(t) && t.text.length >= 2));
    // One capitalized word before a name is as often a verb opening a sentence ("Trust Jane Roe"), unless an acronym.
    const prefixOk = (p: number) => p - n0 >= 2 || isAcronym(toks[n0]);
    // One surname of someone named in full before.
    if (b > n0 && prefixOk(b) && endsOrg(toks[b - 1]) && !is(toks[b - 1], HONORIFIC) && !is(toks[b], NOT_NAME) && !toks[b].gazetteer && !(toks[b].info.orgCue & ORG_TAIL) && this.nameWords.has(toks[b].folded) && this.surnameWords.has(toks[b].folded)) return b;
    for (let p = n0 + 1; p < b; p++) {
      if (!is(toks[p], GIVEN_FOLDED) || !endsOrg(toks[p - 1]) || !prefixOk(p)) continue;
      if (b - p > 3) return -1;
      for (let i = p; i <= b; i++) {
        const t = toks[i];
        if ((i > p && is(t, NOT_NAME)) || (i === p && is(t, NOT_NAME & ~ORDINARY)) || t.gazetteer || t.info.orgCue & ORG_TAIL || (isAcronym(t) && t.text.replace(/\./g, '').length >= 2)) return -1;
      }
      return p;
    }
    return -1;
  }

  /**
   * "Ray Dorran and Jane Roe", "Jane Roe, Ray Dorran and ...": the pair at toks[n0..b] stands in a
   * list right beside a person whose name opens on a given name.
   */
  private listedWithPerson(toks: Token[], n0: number, b: number): boolean {
    const joins = (t: Token | undefined) => !!t && (t.text === ',' || t.lower === 'and' || t.lower === 'or');
    // The pair ends its noun phrase ("Civil Rights icon X" is no name) and opens on no plural ("Presidents Roe").
    const next = toks[b + 1];
    if (toks[b].possessive || (next && next.word && !next.cap && !joins(next) && !is(next, REPORTING)) || (toks[n0].lower.endsWith('s') && !toks[n0].lower.endsWith('ss'))) return false;
    if (!this.personStarts || !this.personEnds) {
      this.personStarts = new Map();
      this.personEnds = new Map();
      for (const m of this.mentions) {
        if (m.kind !== 'person' || !m.name || m.text !== m.name) continue;
        this.personStarts.set(m.start, m);
        this.personEnds.set(m.end, m);
      }
    }
    const text = this.doc.text;
    // After the pair: "X and Jane Roe", "X, Jane Roe, ..." (a comma only in a list that goes on).
    if (joins(next)) {
      let j = b + 2;
      if (next.text === ',' && toks[j]?.lower === 'and') j++;
      const m = j < toks.length ? this.personStarts.get(toks[j].start) : undefined;
      if (m && startsWithGivenName(m.name) && (next.text !== ',' || j > b + 2 || /^\s*(?:,|and\b|or\b)/.test(text.slice(m.end, m.end + 5)))) return true;
    }
    // Before it: "Jane Roe and X", "..., Jane Roe, X" (a comma only in a list that goes on).
    const join = toks[n0 - 1];
    if (n0 >= 2 && joins(join)) {
      const m = toks[n0 - 2].word ? this.personEnds.get(toks[n0 - 2].end) : undefined;
      if (m && startsWithGivenName(m.name) && (join.text !== ',' || /(?:,|\band|\bor)\s*$/.test(text.slice(Math.max(0, m.start - 5), m.start)))) return true;
    }
    return false;
  }

  /**
   * "Quill Harbour are back", "Quill Harbour said their fans ...": somewhere in the article the name
   * takes a plural verb or speaks of "their" things right away, as a band, a team or a firm does.
   * Only asked for the few pairs a list would make persons.
   */
  private pluralName(name: string): boolean {
    if (!this.pluralNames) {
      // Made only when a pair first asks: the article's few "are", "were", "have", "their" found
      // by indexOf, and the capitalized words right before each read from a short slice.
      this.pluralNames = new Set();
      const text = this.doc.text;
      for (const needle of PLURAL_NEEDLES) {
        for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
          // A whole word: "are," but not "area".
          if (/[\p{L}'’-]/u.test(text.charAt(at + needle.length))) continue;
          let end = at;
          if (needle === ' their') {
            // "released their": the verb before "their", no verb of saying ("Tom Dee said their plans": others' plans).
            const space = text.lastIndexOf(' ', at - 1);
            if (space < 0 || REPORTING_VERBS.has(text.slice(space + 1, at)) || !/^\p{Ll}+$/u.test(text.slice(space + 1, at))) continue;
            end = space;
          }
          if (!capitalizedWordBefore(text, end)) continue;
          const f = NAME_BEFORE.exec(text.slice(Math.max(0, end - 80), end));
          // "Jane Roe and Tom Dee are": the verb agrees with a list.
          if (!f || /(?:\band|&|,)\s*$/.test(text.slice(Math.max(0, end - f[1].length - 5), end - f[1].length))) continue;
          const words = f[1].split(' ');
          for (let i = 0; i < words.length - 1; i++) this.pluralNames.add(words.slice(i).join(' '));
        }
      }
    }
    return this.pluralNames.has(name);
  }

  /** Folded single capitalized words that speak, or have an age or a noun for a person after them ("Roe, 61, a nurse,"), not after "the". */
  private singleWordsCuedAsPersons(): Set<string> {
    const out = new Set<string>();
    for (const p of this.pending) {
      if (p.afterThe || this.ordinaryWord(p.token)) continue;
      if (p.speaks || personNounAfter(p.toks, p.index) || this.ageOrHomeAfter(p.toks, p.index)) out.add(p.token.folded);
    }
    return out;
  }

  /**
   * Features and case studies name their subject once, with no title, role or verb of saying:
   * "Brimla Toskvar is standing on the roof ...", "Jo Quell, 34, has ...". Two name-shaped words
   * opening the sentence, then an age between commas or a finite verb, name a person.
   */
  private openingSubject(toks: Token[], n0: number, b: number): boolean {
    // The first word of the sentence, quotation marks aside (cheap: n0 is at most a mark or two in).
    if (n0 > 3 || toks[b].possessive || !firstWordOfSentence(toks, n0) || !this.pairShape(toks, n0, b)) return false;
    if (this.placeOrBodyWord(toks[n0]) || this.placeOrBodyWord(toks[b]) || is(toks[n0], NATIONALITY)) return false;
    if (ageAfter(toks, b)) return true;
    const verb = toks[b + 1];
    if (!verb || !verb.word || verb.cap || !adjacent(this.doc.text, toks[b], verb)) return false;
    // A game, a law or a firm opens sentences the same way ("Harrow-Dunning aimed to ..."): only
    // "he" or "she" soon after (as a feature goes on about its subject) makes the words a person's.
    const { text } = this.doc;
    const near = PERSONAL_PRONOUN.exec(text.slice(verb.end, Math.min(text.length, verb.end + 300)));
    if (!near) return false;
    if (OPENER_FINITE.has(verb.lower) || is(verb, REPORTING)) return true;
    // "runs the café", "started in 1990"; not "staffers have been" (a plural noun before a verb).
    const after = toks[b + 2];
    const plural = !!after && after.word && (OPENER_FINITE.has(after.lower) || after.lower === 'are' || after.lower === 'were' || after.lower === 'have');
    return verb.lower.length > 3 && !plural && (verb.lower.endsWith('ed') || (verb.lower.endsWith('s') && !verb.lower.endsWith('ss') && !verb.lower.endsWith('us')));
  }

  /** A word of a place's, a body's or a time's name, never a person's. */
  private placeOrBodyWord(t: Token): boolean {
    return is(t, PLACE_KEYWORD | ORG_KEYWORD | OTHER_KEYWORD | WEEKDAY | MONTH | NON_NAME | STOP) || !!t.gazetteer || this.ordinaryWord(t);
  }

  /** Two words that may be a given name and a surname: no ordinary word, title or plural nationality. */
  private pairShape(toks: Token[], n0: number, b: number): boolean {
    return b === n0 + 1 && !this.ordinaryWord(toks[n0]) && !isTitleHead(toks[n0]) && !isTitleModifier(toks[n0]) && !is(toks[b], NATIONALITY_UNPLURAL);
  }

  /**
   * "NBC’s Jan Quell", "Harbour News’ Jan Quell": a pair right after an outlet's possessive, ending
   * the name (no capital or number after it, as a show's title has: "Quill Tonight 360"), is one of its journalists.
   */
  private outletsPair(toks: Token[], n0: number, b: number): boolean {
    // "Harbour News’ Jan Quell": the apostrophe after a plural possessive is a token of its own.
    const at = toks[n0 - 1] && !toks[n0 - 1].word && /^['’]$/.test(toks[n0 - 1].text) ? n0 - 2 : n0 - 1;
    const owner = toks[at];
    if (!owner || !owner.possessive || !owner.cap || !this.pairShape(toks, n0, b) || is(toks[n0], PLACE_KEYWORD | ORG_KEYWORD | OTHER_KEYWORD | WEEKDAY | MONTH) || toks[n0].gazetteer || is(toks[b], ORG_KEYWORD | OTHER_KEYWORD)) return false;
    if (!isAcronym(owner) && !PRESS_WORDS.has(owner.lower)) return false;
    // "appeared on NBC’s Quell Tonight": what one is on is a show.
    let k = at - 1;
    while (k >= 0 && toks[k].cap && toks[k].word) k--;
    if (toks[k]?.lower === 'on') return false;
    const next = toks[b + 1];
    return !next || !next.word || (!next.cap && !/^\d/.test(next.text));
  }

  /** "Nell Carden Grey": three such words, the middle one no ordinary or title word either. */
  private tripleShape(toks: Token[], n0: number, b: number): boolean {
    return b === n0 + 2 && !this.ordinaryWord(toks[n0 + 1]) && !isTitleHead(toks[n0 + 1]) && this.pairShape(toks, n0, n0 + 1) && !is(toks[b], NATIONALITY_UNPLURAL);
  }

  /**
   * "Zeb Roe, 41, said", "Jay Dee, of Quillport, Ore., said": an age or a home town between
   * commas, then a verb of saying or "who": what news writes after a person's name.
   */
  private ageOrHomeAfter(toks: Token[], b: number): boolean {
    if (toks[b].possessive || toks[b + 1]?.text !== ',' || b + 4 >= toks.length) return false;
    let i = b + 2;
    if (/^\d{1,3}$/.test(toks[i].text)) {
      i++;
      // "Jo Roe, 17, a student at Quill High, said": an age, an appositive for a person, a verb of saying.
      if (toks[i]?.text === ',' && (toks[i + 1]?.lower === 'a' || toks[i + 1]?.lower === 'an')) {
        let j = i + 2;
        let person = false;
        while (j < toks.length && j - i <= 10 && toks[j].word) {
          if (!toks[j].cap && (PERSON_NOUNS.has(toks[j].lower) || isTitleHead(toks[j]))) person = true;
          j++;
        }
        const verb = toks[j]?.text === ',' ? toks[j + 1] : undefined;
        return person || (!!verb && verb.word && !verb.cap && (is(verb, REPORTING) || verb.lower === 'who'));
      }
    } else if (toks[i].lower === 'of') {
      i++;
      const from = i;
      while (i < toks.length && i - from < 6 && (toks[i].cap || toks[i].text === ',' || toks[i].text === '.') && !(toks[i].text === ',' && !toks[i + 1]?.cap)) i++;
      if (i === from) return false;
    } else return false;
    if (toks[i]?.text !== ',') return false;
    const verb = toks[i + 1];
    return !!verb && verb.word && !verb.cap && (is(verb, REPORTING) || verb.lower === 'who');
  }

  /** "Dorran, who has four children": "who" after a comma speaks of a person. */
  private whoAfter(toks: Token[], n0: number, b: number): boolean {
    if (b + 2 >= toks.length || toks[b + 2].lower !== 'who' || toks[b + 1].text !== ',' || toks[b].possessive) return false;
    // "in Quillport, who obviously": the man of the sentence before, not the place.
    return n0 === 0 || !PREPOSITIONS.has(toks[n0 - 1].lower);
  }

  /** "a former Miss Universe": an article before the honorific makes it a title, not a name. */
  private determinedTitle(toks: Token[], h: number): boolean {
    for (let k = h - 1; k >= 0 && k >= h - 2; k--) {
      const t = toks[k];
      if (t.lower === 'a' || t.lower === 'an' || t.lower === 'the') return true;
      if (!isTitleModifier(t)) return false;
    }
    return false;
  }

  /** “Morning Jane”, "Star Quest": capitalized words wrapped in quotation marks are a title of a work, not a name. */
  private quotedTitle(toks: Token[], a: number, last: number): boolean {
    const open = toks[a - 1];
    const close = toks[last + 1];
    if (!open || !close || open.word || close.word || open.end !== toks[a].start || close.start !== toks[last].outerEnd) return false;
    const o = open.text;
    const c = close.text;
    return (o === '“' && c === '”') || (o === '"' && c === '"') || (o === '‘' && c === '’');
  }

  /** An ordinary word or a descriptor ("Recent", "Spaniard", "Man-of-the-match"), no title, honorific or given name. */
  private ordinaryWord(t: Token): boolean {
    return is(t, ORDINARY) && !is(t, GIVEN_FOLDED | HONORIFIC) && !isTitleHead(t) && !isTitleModifier(t);
  }

  /**
   * Remembers the name toks[s..b] when the words around it fit only an organization: a business
   * noun before it ("phone company Zentel", "shares in Zentel", "networks such as Zentel"), a
   * company word after it ("Zentel shares", "Zentel's annual profits"), its initials in brackets
   * ("Blue Arc Systems (BAS)"), "which" or a business noun after a comma ("Zentel, the mobile
   * operator,"), or "its" for it as the subject ("Zentel had its best year"). retypeOrganizations
   * applies them once the article is read.
   */
  private noteOrgCue(toks: Token[], s: number, b: number): void {
    const text = this.doc.text;
    let cue = 0;
    // Cues that fit only a company, next to the name itself: not "rival X", not through a possessive
    // ("Zentel's chairman" may be a person's).
    let direct = false;
    // The name is called a business ("phone company Zentel", "Zentel, the mobile operator").
    let called = false;
    const before = toks[s - 1];
    if (before && before.word && !before.cap && !before.possessive && before.info.orgCue & (ORG_BEFORE | ORG_HINT_BEFORE) && adjacent(text, before, toks[s])) {
      const bits = before.info.orgCue;
      if (bits & ORG_BEFORE) {
        const det = toks[s - 2];
        cue = det && det.word && DETERMINERS.has(det.lower) ? HINT : SURE;
        direct = called = true;
      } else if (bits & ORG_HINT_BEFORE) cue = HINT; // "rival X" is as often a person
    } else if (before && (before.lower === 'in' || before.lower === 'of' || before.lower === 'at') && s >= 2) {
      const noun = toks[s - 2];
      if (before.lower !== 'at' && noun.info.orgCue & ORG_STAKE) {
        cue = SURE; // "shares in Zentel"
        direct = called = true;
      } else if (before.lower === 'at' && WORKFORCE.has(noun.lower) && !toks[b].possessive) {
        cue = SURE; // "workers at Zentel", "analysts at Zentel": a workplace
        direct = called = true;
      } else if (before.lower === 'at' && !noun.cap && isTitleHead(noun)) cue = HINT; // "analyst at Zentel"
    } else if (before && s >= 2 && (before.lower === 'including' || (before.lower === 'as' && toks[s - 2].lower === 'such'))) {
      // "networks, such as Zentel,", "lenders including Zentel"
      let n = s - (before.lower === 'as' ? 3 : 2);
      if (n > 0 && toks[n].text === ',') n--;
      const noun = n >= 0 ? toks[n] : undefined;
      if (noun && noun.word && !noun.cap && noun.info.orgCue & ORG_BEFORE && noun.lower.endsWith('s')) cue = HINT;
      direct = called = cue > 0;
    }
    const last = toks[b];
    // Bounds tested: a read past the end of an array deoptimises V8's code the first time.
    const next = b + 1 < toks.length ? toks[b + 1] : undefined;
    if (next) {
      if (last.possessive) {
        // "Zentel's fourth-quarter profits"
        for (let k = b + 1; k <= b + 3 && k < toks.length && toks[k].word && !(k > b + 1 && toks[k - 1].possessive); k++) {
          if (toks[k].info.orgCue & ORG_AFTER) {
            cue = Math.max(cue, HINT);
            break;
          }
        }
      } else if (next.word && !next.cap && next.info.orgCue & ORG_AFTER && adjacent(text, last, next)) {
        cue = Math.max(cue, HINT);
        direct = true;
      } else if (next.text === ',' && b + 2 < toks.length && toks[b + 2].lower === 'which') {
        cue = Math.max(cue, HINT);
        direct = true;
      } else if (next.text === '(' && b + 3 < toks.length && toks[b + 3].text === ')' && isAcronym(toks[b + 2]) && this.initialsOf(toks, s, b) === toks[b + 2].text) {
        cue = SURE;
        direct = called = true;
      } else if (next.text === ',' && this.businessAppositive(toks, b + 2)) {
        cue = Math.max(cue, HINT);
        direct = called = true;
      } else if (this.itsAfterSubject(toks, s, b)) {
        cue = Math.max(cue, HINT);
        direct = true;
      }
    }
    if (!cue) return;
    const key = this.slice(toks, s, b);
    if ((this.orgCued.get(key) ?? 0) < cue) this.orgCued.set(key, cue);
    if (direct) this.orgCueCount.set(key, (this.orgCueCount.get(key) ?? 0) + 1);
    if (called) this.calledBusiness.add(key);
  }

  /**
   * "Zentel, the mobile operator, said", "Zentel, a chain which": after the comma, an article and
   * a few lower-case words ending in a business noun, then a comma, the sentence end or a clause
   * ("Jane Roe, a firm believer in" goes on with a noun).
   */
  private businessAppositive(toks: Token[], i: number): boolean {
    if (i >= toks.length || !ARTICLES.has(toks[i].lower)) return false;
    for (let j = i + 1; j < toks.length && j <= i + 4; j++) {
      const t = toks[j];
      if (!t.word || t.cap) return false;
      if (t.possessive) continue; // "the world's largest retailer"
      if (t.info.orgCue & ORG_BEFORE && !isTitleHead(t)) {
        if (j + 1 >= toks.length) return true;
        const f = toks[j + 1];
        return !f.word || APPOSITIVE_CLAUSE.has(f.lower);
      }
    }
    return false;
  }

  /**
   * "Zentel had its best year", "Zentel has cut its forecast", "Zentel posted record profits": the
   * name starts the sentence and "its" or a noun for results follows a verb or two, so the name is
   * a company, not a he or a she.
   */
  private itsAfterSubject(toks: Token[], s: number, b: number): boolean {
    if (b + 3 >= toks.length || (toks[b + 2].lower !== 'its' && toks[b + 3].lower !== 'its' && !(toks[b + 2].info.orgCue & ORG_RESULT) && !(toks[b + 3].info.orgCue & ORG_RESULT))) return false;
    for (let i = 0; i < s; i++) if (!is(toks[i], STOP)) return false;
    for (let j = b + 1; j < toks.length && j <= b + 3; j++) {
      const t = toks[j];
      if (!t.word || t.cap || is(t, REPORTING) || PHRASE_STARTS.has(t.lower)) return false;
      // "Zentel reported record profits": results are a company's.
      if (t.lower === 'its' || t.info.orgCue & ORG_RESULT) return j > b + 1;
    }
    return false;
  }

  /**
   * Remembers the name toks[s..b] when the words around it make it the title of a work: a noun
   * for a work before it ("the film X", "cruise liner X"), one after it ("the X series"), or
   * "and the" with a title's capitalized words after it ("X and the Keeper of Y"). (A colon after
   * a name is no sign: "And oh yes, Jane Roe: what are her qualifications?")
   */
  private noteWorkCue(toks: Token[], s: number, b: number): void {
    const text = this.doc.text;
    const last = toks[b];
    let cue = 0;
    if (s > 0) {
      const before = toks[s - 1];
      if (before.word && !before.cap && !before.possessive && before.info.orgCue & WORK_BEFORE && adjacent(text, before, toks[s])) cue = SURE;
    }
    // "Tova Roe as the stern aunt, Ada Quill", "stars as Jay Dee": a part in a play or film.
    if (!cue && s > 1 && this.playsPartAs(toks, s)) cue = SURE;
    // "films including Quillfire, Jay Dee: King of Harbours": a subtitle after a colon in mid-sentence.
    // ("Jane Roe: What next?" is no title: the subtitle is two capitalized words or more.)
    if (!cue && s > 0 && (toks[s - 1].word || toks[s - 1].text === ',') && b + 3 < toks.length && toks[b + 1].text === ':' && toks[b + 1].start === last.outerEnd && this.subtitleAt(toks, b + 2)) cue = SURE;
    if (!cue && !last.possessive && b + 2 < toks.length) {
      const next = toks[b + 1];
      if (next.lower === 'and') {
        if (toks[b + 2].lower === 'the' && this.titleRunAt(toks, b + 3)) cue = SURE;
      } else if (next.word && !next.cap && next.info.orgCue & WORK_AFTER && adjacent(text, last, next)) cue = HINT;
    }
    if (!cue) return;
    const key = this.slice(toks, s, b);
    if ((this.workCued.get(key) ?? 0) < cue) this.workCued.set(key, cue);
    this.workCueCount.set(key, (this.workCueCount.get(key) ?? 0) + 1);
  }

  /** "King of Harbours", "The Velden Years": two or more capitalized words (with "of", "the", "and") at `i`. */
  private subtitleAt(toks: Token[], i: number): boolean {
    let caps = 0;
    for (let j = i; j < toks.length && toks[j].word && (j === i || adjacent(this.doc.text, toks[j - 1], toks[j])); j++) {
      if (toks[j].cap) caps++;
      else if (toks[j].lower !== 'of' && toks[j].lower !== 'the' && toks[j].lower !== 'and') break;
    }
    return caps >= 2 && toks[i].cap;
  }

  /**
   * The name at `s` follows "as" (over a few lower-case words and a comma: "as the stern
   * aunt, X"), and a verb of acting comes a few words before that "as" ("Roe will star as").
   */
  private playsPartAs(toks: Token[], s: number): boolean {
    // Most names follow neither "as" nor a comma: no walk back for them.
    if (toks[s - 1].lower !== 'as' && toks[s - 1].text !== ',') return false;
    let k = s - 1;
    for (let n = 0; k >= 0 && n < 6 && toks[k].lower !== 'as'; k--, n++) {
      const t = toks[k];
      if (t.text !== ',' && (!t.word || t.cap)) return false;
    }
    if (k < 1 || toks[k].lower !== 'as') return false;
    for (let j = k - 1; j >= 0 && j >= k - 8; j--) if (ACTING_VERBS.has(toks[j].lower)) return true;
    return false;
  }

  /**
   * Capitalized words joined by "of" at `i` ("Keeper of Zarkan"), none naming an organization,
   * place, office or group: a title's. "Jay Dee and the Night Owls" is a man and his band.
   */
  private titleRunAt(toks: Token[], i: number): boolean {
    let of = false;
    for (let j = i; j < toks.length && toks[j].word && (toks[j].cap || toks[j].lower === 'of' || (of && toks[j].lower === 'the')); j++) {
      const t = toks[j];
      if (j > i && !adjacent(this.doc.text, toks[j - 1], t)) break;
      if (is(t, ORG_KEYWORD | PLACE_KEYWORD | TITLE_HEAD | HONORIFIC | NATIONALITY | NATIONALITY_UNPLURAL | GROUP_NOUN | ACRONYM) || t.gazetteer) return false;
      if (t.lower === 'of') {
        if (j === i || !toks[j - 1].cap) return false;
        of = true;
      }
      if (t.possessive) break;
    }
    return of && toks[i].cap;
  }

  /** "BAS" for "Blue Arc Systems": the capital initials of the words (particles and "of" left out). */
  private initialsOf(toks: Token[], s: number, b: number): string {
    let out = '';
    for (let i = s; i <= b; i++) if (toks[i].cap) out += toks[i].text[0];
    return out;
  }

  /**
   * "Bonds and Trading Commission", "Department of Dredging and Harbour Works", "Centre for
   * Strategic and Coastal Studies": an "and" inside one organization's name. Joined when the
   * words after "and" end in an institution's head noun and the words before it are no name of
   * their own (no person, place, acronym or organization), or when the words before it are an
   * organization's head noun with "of"/"for" and the words after it complete that phrase.
   * Returns the last index taken, or `end` when there is no such name.
   */
  private andName(toks: Token[], i: number, end: number): number {
    const text = this.doc.text;
    const and = toks[end + 1];
    const right = toks[end + 2];
    if (toks[end].possessive || !right.word || !right.cap || !adjacent(text, toks[end], and) || !adjacent(text, and, right)) return end;
    let s = i;
    while (s <= end && is(toks[s], STOP | MONTH | WEEKDAY)) s++;
    if (s > end || end - s > 5 || anyIn(toks, s, end, TITLE_HEAD | HONORIFIC | ACRONYM) || is(toks[s], GIVEN_FOLDED) || toks[s].gazetteer) return end;
    const rightEnd = this.runEnd(toks, end + 2);
    // "... Commission Chairman Ray Dee": the name ends before a title, an honorific or a given name.
    let j = end + 2;
    while (j + 1 <= rightEnd && !isTitleHead(toks[j + 1]) && !isHonorific(toks[j + 1]) && !is(toks[j + 1], GIVEN_FOLDED)) j++;
    if (j - (end + 2) > 3 || toks[j].possessive && j < rightEnd) return end;
    for (let k = end + 2; k <= j; k++) if (toks[k].gazetteer || is(toks[k], ACRONYM | GIVEN_FOLDED) || this.nameWords.has(toks[k].folded)) return end;
    for (let k = s; k <= end; k++) if (this.nameWords.has(toks[k].folded)) return end;
    // "Department of Health and": an organization's head noun, then "of"/"for", then its object.
    let head = -1;
    for (let k = s; k < end; k++) if (is(toks[k], ORG_KEYWORD) && (toks[k + 1].lower === 'of' || toks[k + 1].lower === 'for' || toks[k + 1].lower === 'on')) head = k;
    if (head >= 0) {
      for (let k = head + 2; k <= end; k++) if (toks[k].gazetteer) return end; // "University of Ohio and ..."
      if (anyIn(toks, end + 2, j, ORG_KEYWORD) && !INSTITUTION_HEADS.has(toks[j].lower)) return end;
    } else if ((is(toks[end], ORG_KEYWORD) && (end > s || STANDING_BODIES.has(toks[end].lower))) || !INSTITUTION_HEADS.has(toks[j].lower)) return end;
    this.addNamed(toks, s, j, 'organization', this.slice(toks, s, j));
    return j;
  }

  /**
   * "Marsh & Kline", "Procter & Gamble": capitalized names joined by "&" make one organization.
   * Returns the last index taken, or `end` when there is no such name.
   */
  private ampersandName(toks: Token[], i: number, end: number): number {
    // Bounds tested: a read past the end of an array deoptimises V8's code the first time.
    if (end + 2 >= toks.length) return end;
    const amp = toks[end + 1];
    const right = toks[end + 2];
    if (!amp || amp.text !== '&' || toks[end].possessive || !right || !right.word || !right.cap) return end;
    let s = i;
    while (s <= end && is(toks[s], STOP | MONTH | WEEKDAY)) s++;
    if (s > end || anyIn(toks, s, end, TITLE_HEAD | HONORIFIC)) return end;
    const rightEnd = this.runEnd(toks, end + 2);
    // "Marsh & Kline chief executive Ray Dean": the organization ends before a title or a given name.
    let j = end + 2;
    while (j + 1 <= rightEnd && !isTitleHead(toks[j + 1]) && !isHonorific(toks[j + 1]) && !is(toks[j + 1], GIVEN_FOLDED)) j++;
    this.addNamed(toks, s, j, 'organization', this.slice(toks, s, j));
    return j;
  }

  /**
   * Person mentions whose name was written where only an organization fits (noteOrgCue) become
   * organizations: always after a sure cue; after two cues right next to the name when no mention
   * of it has a title, an honorific or a role; after a hint only when the name shows no sign of a
   * person elsewhere in the article (those, or a given name first). When a bare name turns out a
   * company so, the full name that introduced it does too ("Ray Vantor settled ... Vantor
   * directors ... shares in Vantor").
   */
  private retypeOrganizations(): void {
    let hinted = false;
    const candidates: Mention[] = [];
    // Few names are cued: comparing lengths first is cheaper than hashing every person's name.
    const cued = [...this.orgCued.keys()];
    for (const m of this.mentions) {
      if (m.kind !== 'person' || m.role || m.text !== m.name) continue;
      const len = m.name.length;
      let cue = 0;
      for (let i = 0; i < cued.length; i++) {
        if (cued[i].length === len && cued[i] === m.name) {
          cue = this.orgCued.get(m.name)!;
          break;
        }
      }
      if (!cue) continue;
      candidates.push(m);
      if (cue < SURE) hinted = true;
    }
    if (!candidates.length) return;
    const titled = hinted ? this.titledNames() : new Set<string>();
    // Names with a sign of a person: the titled ones, and those that open on a given name.
    const personal = new Set(titled);
    if (hinted) {
      for (const m of this.mentions) {
        if (m.kind !== 'person' || !m.name || !startsWithGivenName(m.name)) continue;
        personal.add(m.name);
        personal.add(lastNameWord(m.name));
      }
    }
    // "the small organization Bill Roe ran" once among a dozen uses of a given name and a surname: a man.
    const uses = new Map<string, number>();
    for (const m of candidates) uses.set(m.name, (uses.get(m.name) ?? 0) + 1);
    const strong = new Map<string, number>();
    for (const m of candidates) {
      const cue = this.orgCued.get(m.name)!;
      if (startsWithGivenName(m.name) && uses.get(m.name)! >= 4 * Math.max(1, this.orgCueCount.get(m.name) ?? 0)) continue;
      const twice = (this.orgCueCount.get(m.name) ?? 0) >= 2 && !titled.has(m.name);
      if (cue === SURE || twice || !personal.has(m.name)) {
        m.kind = 'organization';
        if ((cue === SURE || twice) && !m.name.includes(' ')) strong.set(m.name, Math.min(strong.get(m.name) ?? Infinity, m.start));
      }
    }
    if (strong.size) this.retypeIntroducingNames(strong, titled);
  }

  /**
   * "Quill Harbour are to headline", "Velden Sisters have won": a name with no title, honorific or
   * role that takes "are" or "have" on its own (in no list: "Jane Roe and Tom Dee are") is a band,
   * a team or a company, not a man or a woman; every bare mention of it here is retyped.
   */
  /**
   * "Halden Docks said" after "Halden Docks Group": a bare name of two or more words that opens the
   * name of an organization in the same article is that organization written short.
   */
  private retypeOrganizationShortNames(): void {
    let orgs: string[] | undefined;
    for (const m of this.mentions) if (m.kind === 'organization' && m.name && m.name.includes(' ')) (orgs ??= []).push(m.name + ' ');
    if (!orgs) return;
    for (const m of this.mentions) {
      // "Stan Lee Media" is named after a man: a name opening with a given name stays a person.
      if ((m.kind !== 'person' && m.kind !== 'place') || !m.name || m.role || m.text !== m.name || !m.name.includes(' ') || startsWithGivenName(m.name)) continue;
      if (orgs.some((o) => o.startsWith(m.name + ' '))) m.kind = 'organization';
    }
  }

  private retypePluralSubjects(): void {
    const text = this.doc.text;
    let plural: Set<string> | undefined;
    for (const m of this.mentions) {
      // Most names are followed by anything but " a"/" h": one character read before any string compare.
      const c = text.charCodeAt(m.end + 1);
      if ((c !== 97 && c !== 104) || m.kind !== 'person' || !m.name || m.role || m.text !== m.name) continue;
      if (!text.startsWith(' are ', m.end) && !text.startsWith(' have ', m.end)) continue;
      // Only as the sentence's first words: "Jane Roe and husband Tom Dee are" agrees with a list.
      if (!this.opensSentence(m.start)) continue;
      (plural ??= new Set()).add(m.name);
    }
    if (!plural) return;
    const titled = this.titledNames();
    for (const m of this.mentions) {
      if (m.kind === 'person' && plural.has(m.name) && !titled.has(m.name) && !m.role && m.text === m.name) m.kind = 'organization';
    }
  }

  /**
   * "Tessly agreed to buy a rival. It said ...", "Quorra said sales fell. The company said ...", "The
   * band said ...": a sentence opened by "It", "The company" or "The band" and a verb of saying takes up the previous sentence's
   * subject; when that is a bare name with no sign of a person (no given name first, no title,
   * honorific or role anywhere, no surname of a full name here), every bare mention of it is an
   * organization's.
   */
  private retypeItSubjects(): void {
    const { text, sentences } = this.doc;
    let names: Set<string> | undefined;
    let firstAt: Map<number, Mention> | undefined;
    for (let si = 1; si < sentences.length; si++) {
      const at = sentences[si].start;
      const c = text.charCodeAt(at);
      // "I"/"T" (or a quotation mark) first: one character read before any regex.
      if (c !== 73 && c !== 84) continue;
      IT_SPEAKS.lastIndex = at;
      const f = IT_SPEAKS.exec(text);
      if (!f || !REPORTING_VERBS.has(f[1].toLowerCase())) continue;
      if (!firstAt) {
        firstAt = new Map();
        for (const m of this.mentions) if (m.kind === 'person' && m.name && !m.role && m.text === m.name) firstAt.set(m.start, m);
      }
      const prev = sentences[si - 1];
      let p = prev.start;
      while (p < prev.end && /[\s"“‘']/.test(text[p])) p++;
      const m = firstAt.get(p);
      if (!m || startsWithGivenName(m.name) || (!m.name.includes(' ') && this.surnameWords.has(foldName(m.name)))) continue;
      (names ??= new Set()).add(m.name);
    }
    if (!names) return;
    const titled = this.titledNames();
    for (const m of this.mentions) {
      if (m.kind === 'person' && names.has(m.name) && !titled.has(m.name) && !m.role && m.text === m.name) m.kind = 'organization';
    }
  }

  /**
   * "If Roe becomes president, ... President Roe would ...": a title the article only gives a person
   * in a hypothetical (a condition or a modal before "become", "be elected") is no role of theirs;
   * a title written before the name ("President Roe") with that head is dropped from the facts.
   */
  private dropUnheldTitles(): void {
    const text = this.doc.text;
    let unheld: Set<string> | undefined;
    for (const m of this.mentions) {
      if (m.kind !== 'person' || !m.name) continue;
      // One character test before any regex: "becomes"/"be"/"is"/"were"/"wins"/"would"/"could"/"might"/"will"/"to".
      const c = text.charCodeAt(m.end + 1);
      if (text.charCodeAt(m.end) !== 32 || (c !== 98 && c !== 105 && c !== 119 && c !== 99 && c !== 109 && c !== 104 && c !== 115 && c !== 116 && c !== 97)) continue;
      HYPOTHETICAL_TITLE.lastIndex = m.end;
      const f = HYPOTHETICAL_TITLE.exec(text);
      if (!f) continue;
      // A modal says it is not (yet) so; a bare "becomes"/"is elected" needs "if", "unless", "should" ... before the name.
      if (!f[1]) {
        const from = Math.min(m.start, m.roleSpan?.start ?? m.start);
        if (!CONDITION_BEFORE.test(text.slice(Math.max(0, from - 12), from))) continue;
      }
      // "prime minister": the head may be the second word.
      const head = [f[3], f[2]].map((w) => w?.toLowerCase()).find((w) => !!w && TITLE_HEADS.has(w));
      if (!head) continue;
      (unheld ??= new Set()).add(`${lastNameWord(m.name)}|${head}`);
    }
    if (!unheld) return;
    const dropped = new Set<FoundRole>();
    for (const r of this.roles) {
      if (r.rule !== 'title-before-name') continue;
      const words = r.role.toLowerCase().split(/\s+/);
      if (!unheld.has(`${lastNameWord(r.mention.name)}|${words[words.length - 1]}`)) continue;
      dropped.add(r);
      if (r.mention.role === r.role) {
        r.mention.role = null;
        r.mention.roleSpan = null;
      }
    }
    if (dropped.size) this.roles.splice(0, this.roles.length, ...this.roles.filter((r) => !dropped.has(r)));
  }

  /** Nothing but spaces, quotation marks or "The" stands between the start of its sentence and `at`. */
  private opensSentence(at: number): boolean {
    const sentences = this.doc.sentences;
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid].start <= at) lo = mid;
      else hi = mid - 1;
    }
    const sentence = sentences[lo];
    if (!sentence || sentence.start > at) return false;
    return /^[\s"“‘']*(?:The\s+)?$/.test(this.doc.text.slice(sentence.start, at));
  }

  /** Person names, and their last words, that some mention writes with a title, an honorific or a role. */
  private titledNames(): Set<string> {
    const out = new Set<string>();
    for (const m of this.mentions) {
      if (m.kind !== 'person' || !m.name || (!m.role && m.text === m.name)) continue;
      out.add(m.name);
      out.add(lastNameWord(m.name));
    }
    return out;
  }

  /**
   * `firstBare`: bare names now known to be companies, with where the first such mention starts.
   * The first full name ending in one, when it comes before that and has no title, honorific or
   * role anywhere, was the company's full name.
   */
  private retypeIntroducingNames(firstBare: Map<string, number>, titled: Set<string>): void {
    const first = new Map<string, Mention>();
    for (const m of this.mentions) {
      if (m.kind !== 'person' || !m.name) continue;
      const space = m.name.lastIndexOf(' ');
      if (space < 0) continue;
      const last = m.name.slice(space + 1);
      if (!firstBare.has(last)) continue;
      const seen = first.get(last);
      if (!seen || m.start < seen.start) first.set(last, m);
    }
    for (const [last, m] of first) {
      if (m.start > firstBare.get(last)! || titled.has(m.name) || m.role || m.text !== m.name) continue;
      const full = m.name;
      for (const x of this.mentions) {
        if (x.kind === 'person' && x.name === full && !x.role && x.text === x.name) x.kind = 'organization';
        // The bare name is the company's short name: one organization, named in full.
        else if (x.kind === 'organization' && x.name === last) x.name = full;
      }
    }
  }

  /**
   * Person mentions whose name was written as the title of a work (noteWorkCue) are dropped, unless
   * a mention of the name has a title, an honorific or a role, it speaks, or most of its uses are
   * no title's. After a hint ("the X
   * films") a name that starts with a given name, or whose last word is a person's surname here,
   * stays: "the Dorran films" are a man's.
   */
  private dropWorks(): void {
    const titled = this.titledNames();
    const surnames = new Set<string>();
    for (const m of this.mentions) {
      if (m.kind !== 'person' || !m.name) continue;
      if (startsWithGivenName(m.name)) surnames.add(lastNameWord(m.name));
    }
    // A name written as a title once among many other uses is a person's ("the film Jane Roe made").
    const uses = new Map<string, number>();
    for (const m of this.mentions) if (m.kind === 'person' && this.workCued.has(m.name)) uses.set(m.name, (uses.get(m.name) ?? 0) + 1);
    let kept = 0;
    for (const m of this.mentions) {
      const cue = m.kind === 'person' && !m.role && m.text === m.name ? this.workCued.get(m.name) : undefined;
      if (cue !== undefined && 2 * this.workCueCount.get(m.name)! >= uses.get(m.name)! && this.isWorkTitle(m.name, cue, titled, surnames)) continue;
      this.mentions[kept++] = m;
    }
    this.mentions.length = kept;
  }

  private isWorkTitle(name: string, cue: number, titled: Set<string>, surnames: Set<string>): boolean {
    const last = lastNameWord(name);
    if (titled.has(name) || titled.has(last) || this.speakers.has(foldName(name))) return false;
    if (cue === SURE) return true;
    return !startsWithGivenName(name) && !surnames.has(last);
  }

  /** "defense minister Petro Hnatyuk": a title word right before the name. */
  private titleBefore(toks: Token[], n0: number): boolean {
    const t = toks[n0 - 1];
    if (!t || !t.word || t.possessive || !adjacent(this.doc.text, t, toks[n0])) return false;
    // "chief of staff Oleksandr Marchuk"
    // "director of the Velco division": "the" before a name ends no title.
    return isTitleHead(t) || (isRoleDomain(t) && t.lower !== 'the' && toks[n0 - 2]?.lower === 'of' && !!toks[n0 - 3] && isTitleHead(toks[n0 - 3]));
  }

  /** "Lee Jun Ho", "Park Min-seo": the shape of an East Asian name, family name first. */
  private familyFirstShape(toks: Token[], n0: number, b: number): boolean {
    const words = toks.slice(n0, b + 1).map((t) => t.text);
    if (words.length === 3) return words.every((w) => /^\p{Lu}\p{Ll}{1,4}$/u.test(w));
    return words.length === 2 && /^\p{Lu}\p{Ll}{1,4}$/u.test(words[0]) && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[1]);
  }

  /** A name word already used for a person here, or a spelling variant of one ("Kovalskyy" after "Kovalsky"). */
  private isKnownNameWord(w: string): boolean {
    return this.nameWords.has(w) || this.speakers.has(w) || (this.nameWordsBySound.get(phoneticCodes(w)[0]) ?? []).some((x) => spellingVariants(x, w));
  }

  private addFullName(toks: Token[], n0: number, b: number, sentence: Sentence): void {
    const mention = this.addPerson(toks, n0, n0, b);
    this.attachRoles(toks, mention, -1, -1, n0, b, sentence);
    this.rememberName(toks, n0, b);
  }

  private isNationality(toks: Token[], n0: number, b: number): boolean {
    if (n0 === b) return is(toks[n0], NATIONALITY);
    if (beginsNationality(toks[n0].folded) && NATIONALITIES.has(foldName(this.slice(toks, n0, b)))) return true;
    return b === n0 + 1 && is(toks[n0], NATIONALITY) && is(toks[b], NATIONALITY);
  }

  private slice(toks: Token[], i: number, j: number): string {
    return this.doc.text.slice(toks[i].start, toks[j].end);
  }

  private addNamed(toks: Token[], i: number, j: number, kind: EntityKind, name: string): Mention {
    const m: Mention = { start: toks[i].start, end: toks[j].end, text: this.slice(toks, i, j), kind, name, role: null, roleSpan: null, cluster: undefined };
    this.mentions.push(m);
    // "Blue Arc Radio" ... "Blue Arc said": the company's first words stand for it.
    if (kind === 'organization' && j > i && toks[j].info.orgCue & ORG_TAIL && !is(toks[i], STOP)) {
      let k = j - 1;
      while (k > i && toks[k].info.orgCue & ORG_TAIL) k--;
      const key = this.slice(toks, i, k);
      if (!this.orgCued.has(key)) this.orgCued.set(key, HINT);
    }
    return m;
  }

  private addPerson(toks: Token[], from: number, n0: number, b: number): Mention {
    // "Crooked Jane Roe", "Recent Velden films": ordinary words before a given name or a known surname.
    if (from === n0 && n0 < b && this.ordinaryWord(toks[n0])) {
      let f = n0;
      while (f < b && this.ordinaryWord(toks[f])) f++;
      if (is(toks[f], GIVEN_FOLDED) || this.trustedNameWords.has(toks[b].folded)) from = n0 = f;
    }
    const m: Mention = { start: toks[from].start, end: toks[b].end, text: this.slice(toks, from, b), kind: 'person', name: this.slice(toks, n0, b), role: null, roleSpan: null, cluster: undefined };
    this.mentions.push(m);
    this.addOfficeOf(toks, b, m.name);
    return m;
  }

  /** "Lee's office said": an organization mention named after its person. */
  private addOfficeOf(toks: Token[], b: number, owner: string): void {
    const t = toks[b];
    const n = toks[b + 1];
    if (!t.possessive || !n || !n.word || n.cap || !is(n, OFFICE_NOUN) || !adjacent(this.doc.text, t, n)) return;
    if (n.lower.startsWith('spokes') || n.lower === 'lawyer' || n.lower === 'lawyers' || n.lower === 'aides') return;
    this.mentions.push({ start: t.start, end: n.end, text: this.doc.text.slice(t.start, n.end), kind: 'organization', name: `${owner}'s ${n.lower}`, role: null, roleSpan: null, cluster: undefined });
  }

  private rememberName(toks: Token[], n0: number, b: number): void {
    const trusted = !this.ordinaryWord(toks[n0]);
    if (b > n0) this.surnameWords.add(toks[b].folded);
    while (n0 < b && this.ordinaryWord(toks[n0])) n0++;
    for (let i = n0; i <= b; i++) {
      const w = toks[i].folded;
      if (trusted && w.length >= 2) this.trustedNameWords.add(w);
      if (NAME_PARTICLES.has(w) || w.length < 2 || this.nameWords.has(w)) continue;
      this.nameWords.add(w);
      const sound = phoneticCodes(w)[0];
      const list = this.nameWordsBySound.get(sound) ?? [];
      list.push(w);
      this.nameWordsBySound.set(sound, list);
    }
  }

  private decidePending(p: Pending): void {
    const w = p.token.folded;
    if (p.afterThe && !this.nameWords.has(w)) {
      if (p.speaks) this.addNamed(p.toks, p.index, p.index, 'organization', p.token.text);
      return;
    }
    const known = this.isKnownNameWord(w);
    // "Liberty said": an ordinary noun that speaks and is no known name is an organization;
    // "Having said that", "Twenty-seven states": other ordinary words are nobody.
    if (!this.nameWords.has(w) && this.ordinaryWord(p.token)) {
      const verbal = (p.token.info.orgCue & HEADLINE_VERB) !== 0 || p.token.lower.endsWith('ing') || p.token.text.includes('-');
      if (this.speakers.has(w) && !verbal) this.addNamed(p.toks, p.index, p.index, 'organization', p.token.text);
      return;
    }
    if (!known && !p.speaks && !this.titleBefore(p.toks, p.index)) {
      // "Kestrel, 34, runs the stall ...": a name and an age open the sentence.
      if (ageAfter(p.toks, p.index) && firstWordOfSentence(p.toks, p.index) && !this.placeOrBodyWord(p.token)) {
        const m = this.addPerson(p.toks, p.index, p.index, p.index);
        this.attachRoles(p.toks, m, -1, -1, p.index, p.index, p.sentence);
        return;
      }
      const probe: Mention = { start: p.token.start, end: p.token.end, text: p.token.text, kind: 'person', name: p.token.text, role: null, roleSpan: null, cluster: undefined };
      if (this.appositiveAfter(p.toks, probe, p.index, p.sentence)) this.mentions.push(probe);
      // "networks such as Zentel", "phone company Zentel": a word no person's name, called a company.
      else if (this.calledBusiness.has(p.token.text)) this.addNamed(p.toks, p.index, p.index, 'organization', p.token.text);
      // "according to Zentel": a source no person of the article (or its headline) is called, so an outlet or a body.
      else if (this.accordingTo(p.toks, p.index) && !is(p.token, GIVEN_FOLDED) && !this.inTitle(p.token.text)) {
        // "according to Zentel, who ...", "according to Zentel. He said": a person after all.
        if (this.personCuedAfter(p)) {
          const m = this.addPerson(p.toks, p.index, p.index, p.index);
          this.attachRoles(p.toks, m, -1, -1, p.index, p.index, p.sentence);
        } else this.addNamed(p.toks, p.index, p.index, 'organization', p.token.text);
      }
      return;
    }
    // "its Dutch partner Keyco", "rival Zentel": a single word no person here is called, after a word for a business's partner.
    const prev = p.index > 0 ? p.toks[p.index - 1] : undefined;
    if (!known && !p.speaks && prev && prev.word && !prev.cap && prev.info.orgCue & ORG_HINT_BEFORE && !is(p.token, GIVEN_FOLDED)) {
      this.addNamed(p.toks, p.index, p.index, 'organization', p.token.text);
      return;
    }
    const m = this.addPerson(p.toks, p.index, p.index, p.index);
    this.attachRoles(p.toks, m, -1, -1, p.index, p.index, p.sentence);
  }

  /** The possessive at toks[j] is inside a name: capitalized words follow it up to a body's word ("X's Retail Consulting Group"). */
  private possessiveInName(toks: Token[], j: number): boolean {
    for (let k = j + 1; k <= j + 4 && k < toks.length && toks[k].word && toks[k].cap && !toks[k].possessive && adjacent(this.doc.text, toks[k - 1], toks[k]); k++) {
      if (is(toks[k], ORG_KEYWORD)) return true;
    }
    return false;
  }

  /**
   * What follows a one-word source speaks of a person: ", who" right after it, or "he" or "she"
   * before anyone else is named, in the rest of its sentence or at the start of the next one.
   */
  private personCuedAfter(p: Pending): boolean {
    const { toks, index } = p;
    if (/\.\p{L}{2,}$/u.test(p.token.text)) return false; // "Quillcheck.org" is a website
    if (toks[index + 1]?.text === ',' && toks[index + 2]?.lower === 'who') return true;
    const text = this.doc.text;
    const from = p.token.outerEnd;
    const sentences = this.doc.sentences;
    const si = sentences.indexOf(p.sentence);
    if (si < 0) return false;
    // The rest of this sentence and the first words of the next one in the same paragraph.
    const next = sentences[si + 1];
    const end = next && next.paragraph === p.sentence.paragraph ? Math.min(next.end, next.start + 40) : p.sentence.end;
    const m = /\b(he|she)\b/i.exec(text.slice(from, Math.min(end, from + 160)));
    if (!m) return false;
    const at = from + m.index;
    // Nobody else named in between ("according to Zentel, Ray Dorran said he ...").
    for (const x of this.mentions) if (x.start >= from && x.start < at) return false;
    return !/\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(text.slice(from, at));
  }

  /** "according to X": the two words before toks[i]. */
  private accordingTo(toks: Token[], i: number): boolean {
    return i >= 2 && toks[i - 1].lower === 'to' && toks[i - 2].lower === 'according';
  }

  /** The article's headline holds `word` (headlines are not scanned for names). */
  private inTitle(word: string): boolean {
    const t = this.doc.titleSpan;
    return !!t && this.doc.text.slice(t.start, t.end).includes(word);
  }

  private addTitleOnly(toks: Token[], r0: number, r1: number, sentence: Sentence): void {
    void sentence;
    const text = this.slice(toks, r0, r1);
    this.mentions.push({ start: toks[r0].start, end: toks[r1].end, text, kind: 'person', name: '', role: text, roleSpan: { start: toks[r0].start, end: toks[r1].end }, cluster: undefined });
  }

  /** Roles around a person name: capitalized prefix, lower-case title before, appositives. */
  private attachRoles(toks: Token[], m: Mention, r0: number, r1: number, first: number, b: number, sentence: Sentence): void {
    const text = this.doc.text;
    // Extend to the left over lower-case title words and a possessive owner: "Boyko's chief of staff".
    let start = r0 >= 0 ? r0 : first;
    let sawHead = r0 >= 0;
    let possessiveOwner = false;
    // Nouns were taken before the head ("Acme imaging partner"): no "of" phrase reaches further left.
    let compounded = false;
    for (let k = start - 1; k >= 0; k--) {
      const t = toks[k];
      if (!t.word || !adjacent(text, t, toks[k + 1])) break;
      if (DISCOURSE_WORDS.has(t.lower) && startsSentence(toks, k)) break;
      if (t.possessive) {
        if (t.cap && sawHead && !is(t, STOP)) {
          start = k;
          possessiveOwner = true;
        }
        break;
      }
      if (!t.cap && isTitleHead(t)) {
        // "will host Jane Roe", "hired to coach Jane Roe": a head that is also a verb, after a modal,
        // "to" or a subject pronoun, is the verb; the name is its object, with no role.
        if (VERB_HEADS.has(t.lower) && verbOpensAt(toks, k)) break;
        sawHead = true;
        start = k;
        continue;
      }
      if (!t.cap && (isRoleDomain(t) || (t.lower === 'of' && !compounded) || (sawHead && isTitleModifier(t)))) {
        start = k;
        continue;
      }
      // "council leader", "civil rights leader": lower-case nouns that make the job, right before a lower-case head.
      if (sawHead && !compounded && !toks[start].cap && isTitleHead(toks[start])) {
        const from = this.compoundStart(toks, k);
        if (from >= 0) {
          start = k = from;
          compounded = true;
          continue;
        }
      }
      // "US Open champion": an acronym spelled like a stop word ("US", "IT") is no pronoun here.
      if (sawHead && capWord(t) && !is(t, WEEKDAY | MONTH)) {
        start = k;
        continue;
      }
      break;
    }
    while (start < first && (toks[start].lower === 'of' || (!toks[start].cap && isRoleDomain(toks[start]) && !isTitleHead(toks[start]) && !isTitleModifier(toks[start])) || isPassingNew(toks, start))) start++;
    const end = r0 >= 0 ? r1 : first - 1;
    // "Former prosecutor and city mayor X": "former" is said of both titles, so the role is the pair.
    if (sawHead && toks[start - 1]?.lower === 'and') start = this.formerPairStart(toks, start - 1) ?? start;
    // "the presidential campaign of Sen. X": words before "of" with no title among them are no part of the role.
    for (let o = end - 1; o > start; o--) {
      if (toks[o].lower !== 'of') continue;
      if (!anyIn(toks, start, o - 1, TITLE_HEAD) && !anyCap(toks, start, o - 1)) start = o + 1;
      // "daughter of former President X": a kin word before "of" is someone else's tie to the person.
      else if (KIN_BEFORE_OF.has(toks[o - 1].lower) && anyIn(toks, o + 1, end, TITLE_HEAD)) start = o + 1;
      break;
    }
    // "would-be President X", "future Senator X": a post not (yet) held is no role of the person.
    const before = toks[start - 1];
    if (before && UNHELD.has(before.lower) && adjacent(text, before, toks[start]) && !RUNNING.has(toks[end]?.lower)) return;
    // "under a President Roe": an article before a capitalized title alone makes the post hypothetical.
    if (before && (before.lower === 'a' || before.lower === 'an') && r0 >= 0 && toks[start].cap && end - start <= 1 && everyIn(toks, start, end, TITLE_HEAD | TITLE_MODIFIER) && adjacent(text, before, toks[start])) return;
    if (start <= end && end >= 0 && sawHead && this.endsWithHead(toks, start, end)) {
      const rule: RoleRule = possessiveOwner ? 'possessive-role' : 'title-before-name';
      // "Democratic presidential candidate Sen. X", "panel Chairman Rep. X": a second title begins a
      // second role; both are roles of the person, the one next to the name last.
      const split = possessiveOwner ? -1 : this.secondTitleAt(toks, start, end);
      if (split > start) this.setRole(m, toks[start].start, toks[split - 1].end, sentence, rule);
      this.setRole(m, toks[split > start ? split : start].start, toks[end].end, sentence, rule);
      // "Professor Jo Roe, a sleep researcher at ...": an appositive adds a role; the title stays the mention's.
      const { role, roleSpan } = m;
      // "The head of the army, General Jo Roe, said": a post before the comma as well as the rank.
      if (!possessiveOwner && toks[start - 1]?.text === ',') this.appositiveBefore(toks, m, start, b, sentence);
      this.appositiveAfter(toks, m, b, sentence);
      Object.assign(m, { role, roleSpan });
      return;
    }
    // "The new chief, Jo Roe, a nurse who ...": a role on each side of the name; both are the person's.
    this.appositiveBefore(toks, m, first, b, sentence);
    if (this.appositiveAfter(toks, m, b, sentence)) return;
    // The subject of a sentence: "Jo Roe is a nurse and ...".
    // Only for a full name: "Alex is a quality player" in a quote is praise, not a post.
    // "Jo, 52, took over as ...": a single name with an age is the subject as well.
    if ((first === 0 || startsSentence(toks, first)) && (m.name.includes(' ') || ageAfter(toks, b))) this.appositiveAfter(toks, m, b, sentence, true);
  }

  /**
   * "council leader", "civil rights leader", "Acme's marketing director": one or two lower-case
   * nouns at toks[..k] right before a title make one job with it. Returns the index of the first of
   * them, or -1. They count only where a noun phrase may start before them (an article, a
   * possessive, a preposition, a verb of saying, a capitalized name or the sentence start), so a
   * verb is no part of a role ("to sign striker X", "he pressured chief X"); adverbs, -ed and
   * (mostly) -ing words, ordinary words and words that only say when or how well ("current",
   * "veteran") are left out.
   */
  private compoundStart(toks: Token[], k: number): number {
    if (!compoundWord(toks[k])) return -1;
    // "film star", "health worker": an ordinary noun of the field takes no second word before it ("include film star").
    const two = k > 0 && !is(toks[k], ORDINARY) && compoundWord(toks[k - 1]) && adjacent(this.doc.text, toks[k - 1], toks[k]);
    for (let j = two ? k - 1 : k; j <= k; j++) {
      const p = j > 0 ? toks[j - 1] : undefined;
      if (!nounPhraseOpens(toks, j, p)) continue;
      // "the marketing director", "Acme's marketing director"; not "is replacing actor X".
      const ing = toks[k].lower.endsWith('ing') || (j < k && toks[j].lower.endsWith('ing'));
      if (ing && !(p && (p.possessive || ARTICLES.has(p.lower) || is(p, POSSESSIVE_PRONOUN) || (p.cap && !is(p, STOP))))) continue;
      return j;
    }
    return -1;
  }

  /** The lower-case title head right after the noun at `i`, or after one more such noun ("civil rights leader"). */
  private headAfterCompound(toks: Token[], i: number): boolean {
    const text = this.doc.text;
    const n = toks[i + 1];
    if (!n || n.cap || !adjacent(text, toks[i], n)) return false;
    if (isTitleHead(n)) return true;
    const m = toks[i + 2];
    return compoundWord(n) && !!m && !m.cap && isTitleHead(m) && adjacent(text, n, m);
  }

  /**
   * Where a second title starts inside the role toks[start..end], or -1: a title head ends one role
   * and a title used before names ("Sen.", "Governor") or a capitalized word after a lower-case head
   * ("candidate Ohio Senator") opens the next. Compound titles stay whole ("Attorney General",
   * "Prime Minister", "Vice President", "deputy Prime Minister").
   */
  private secondTitleAt(toks: Token[], start: number, end: number): number {
    for (let p = end; p > start; p--) {
      const prev = toks[p - 1];
      const t = toks[p];
      if (!isTitleHead(prev) || prev.possessive || TITLE_PREFIXES.has(prev.lower) || !t.cap || !t.word) continue;
      if (!adjacent(this.doc.text, prev, t)) continue;
      // After a capitalized title only an abbreviated or elected office opens a new one ("Chairman Rep."; not "Executive Director").
      const opens = prev.cap ? NAME_TITLES.has(t.lower) && (t.text.endsWith('.') || ELECTED_TITLES.has(t.lower)) : NAME_TITLES.has(t.lower);
      if (opens || (!prev.cap && !isTitleModifier(t) && !isTitleHead(t) && this.endsWithHead(toks, p, end))) {
        return this.endsWithHead(toks, start, p - 1) && this.endsWithHead(toks, p, end) ? p : -1;
      }
    }
    return -1;
  }

  /** Index of "former"/"ex" opening a title just before the "and" at `and` ("Former prosecutor and ..."), if any. */
  private formerPairStart(toks: Token[], and: number): number | undefined {
    for (let k = and - 1; k >= 0 && and - k <= 4; k--) {
      const t = toks[k];
      if (!t.word || !adjacent(this.doc.text, t, toks[k + 1])) return undefined;
      // "former President Bill Roe and party candidate Ann Roe": the first title of a pair ends on its head, not on a name.
      if (k === and - 1 && !isTitleHead(t)) return undefined;
      if (t.lower === 'former' || t.lower === 'ex') return k;
    }
    return undefined;
  }

  /** "American Life Project" after "Pew Internet and": capitalised words up to an organisation word, so "and" joins one name, not two. */
  private orgNameAfter(toks: Token[], from: number): boolean {
    let k = from;
    while (k < toks.length && toks[k].word && toks[k].cap && adjacent(this.doc.text, toks[k - 1], toks[k])) k++;
    return k > from && is(toks[k - 1], ORG_KEYWORD);
  }

  private endsWithHead(toks: Token[], start: number, end: number): boolean {
    const last = toks[end];
    if (isTitleHead(last)) return true;
    const hasOf = anyLower(toks, start, end, 'of') || anyLower(toks, start, end, 'for');
    if (hasOf && isRoleDomain(last)) return true;
    // "Minister for Fisheries", "Secretary of Tourism": a capitalised portfolio right after a title and "for"/"of".
    const link = toks[end - 1];
    return end - 2 >= start && capWord(last) && !last.possessive && !!link && (link.lower === 'for' || link.lower === 'of') && isTitleHead(toks[end - 2]) && toks[end - 2].cap;
  }

  private setRole(m: Mention, start: number, end: number, sentence: Sentence, rule: RoleRule): void {
    const role = this.doc.text.slice(start, end);
    m.role = role;
    m.roleSpan = { start, end };
    this.roles.push({ mention: m, role, span: { start, end }, sentence, rule });
  }

  /** "Okafor, a former Kenyan prime minister who ...": role after a comma. */
  private appositiveAfter(toks: Token[], m: Mention, b: number, sentence: Sentence, copula = false): boolean {
    // "Jo Roe is a freelance writer": a copula and an indefinite article state a post like an appositive.
    if (toks[b].possessive) return false;
    // "Jo Roe – a nurse at Velden Hospital – said": a dash and an article open an appositive like a comma.
    const dashed = !copula && (toks[b + 1]?.text === '–' || toks[b + 1]?.text === '—') && ARTICLES.has(toks[b + 2]?.lower ?? '');
    // "Jo Roe took over as finance director", "Jo, 52, was appointed head of ...": a verb that confers a post.
    const post = copula ? postVerbEnd(toks, ageAfter(toks, b) ? b + 4 : b + 1) : -1;
    if (copula ? post < 0 && !((toks[b + 1]?.lower === 'is' || toks[b + 1]?.lower === 'was') && (toks[b + 2]?.lower === 'a' || toks[b + 2]?.lower === 'an')) : toks[b + 1]?.text !== ',' && !dashed) return false;
    let i = post >= 0 ? post : b + 2;
    // "Jo Roe, 17, a pupil at ...": an age between the name and the appositive.
    // "Jo Roe, 74, who was a shift manager": an age before a relative clause that states a post.
    if (/^\d{1,3}$/.test(toks[i]?.text ?? '') && toks[i + 1]?.text === ',' && toks[i + 2] && (ARTICLES.has(toks[i + 2].lower) || toks[i + 2].lower === 'who')) i += 2;
    // "Jo Roe, who was treasurer of ...", "Jo Roe, who is a nurse": a relative clause that states a post.
    const stated = toks[i]?.lower === 'who' && (toks[i + 1]?.lower === 'is' || toks[i + 1]?.lower === 'was') && !!toks[i + 2] && (ARTICLES.has(toks[i + 2].lower) || isTitleHead(toks[i + 2]) || isTitleModifier(toks[i + 2]));
    if (stated) i += 2;
    // "Jo Roe, who works as a nurse,": a post stated by "works as".
    else if (toks[i]?.lower === 'who' && (toks[i + 1]?.lower === 'works' || toks[i + 1]?.lower === 'worked') && toks[i + 2]?.lower === 'as' && toks[i + 3] && (ARTICLES.has(toks[i + 3].lower) || isTitleHead(toks[i + 3]) || isTitleModifier(toks[i + 3]))) i += 3;
    const article = !!toks[i] && ARTICLES.has(toks[i].lower);
    if (article) i++;
    // "a 44-year-old former nurse": an age before the role is no part of it.
    if (article && /^\d{1,3}-year-old$/.test(toks[i]?.lower ?? '')) i++;
    // "the study's lead author", "the club's new manager": a lower-case owner after the article.
    if (article && toks[i]?.possessive && !toks[i].cap && toks[i].word && !is(toks[i], PERSON_PRONOUN) && (isTitleHead(toks[i + 1] ?? toks[i]) || isTitleModifier(toks[i + 1] ?? toks[i]) || (toks[i + 1] && compoundWord(toks[i + 1]) && this.headAfterCompound(toks, i + 1)))) i++;
    const from = i;
    let lastHead = -1;
    for (; i < toks.length && i - from < 8; i++) {
      const t = toks[i];
      // "President and Chief Executive Officer of Acme": two capitalized titles joined by "and".
      if (t.lower === 'and' && lastHead === i - 1 && toks[lastHead].cap && toks[i + 1]?.cap && (isTitleHead(toks[i + 1]) || isTitleModifier(toks[i + 1]))) continue;
      if (!t.word) break;
      if (i > from && !adjacent(this.doc.text, toks[i - 1], t)) break;
      if (isTitleHead(t)) {
        lastHead = i;
        // "X, Vice President Jane Roe": another named person ("Chief Executive Officer" is one title).
        if (t.cap && toks[i + 1]?.cap && toks[i + 1].word && adjacent(this.doc.text, t, toks[i + 1]) && !isTitleHead(toks[i + 1]) && !isTitleModifier(toks[i + 1])) return false;
        // "Ann Roe, party nominee Tom Roe's wife": a lower-case title before a name is that other person's.
        if (!t.cap && toks[i + 1]?.cap && toks[i + 1].word && !is(toks[i + 1], STOP) && adjacent(this.doc.text, t, toks[i + 1]) && (is(toks[i + 1], GIVEN_FOLDED) || toks[i + 2]?.cap)) return false;
        continue;
      }
      if (isTitleModifier(t) || capWord(t) || is(t, NATIONALITY)) {
        if (t.possessive && !t.cap) break;
        continue;
      }
      // "X, a council leader,", "X, the civil rights leader": nouns that make the job, right before its head.
      // "a consultant heart surgeon": right after a head, nouns of a second head's field go on to it.
      if ((lastHead < 0 || (lastHead === i - 1 && !toks[lastHead].cap && !toks[lastHead].possessive)) && compoundWord(t) && this.headAfterCompound(toks, i)) continue;
      break;
    }
    // "Jo Roe, 17, a junior at Velden High": a school year before "at" or "in" is the post.
    if (lastHead < 0 && i - 1 === from && (toks[i - 1].lower === 'junior' || toks[i - 1].lower === 'senior') && !toks[i - 1].cap && (toks[i]?.lower === 'at' || (toks[i]?.lower === 'in' && (capWord(toks[i + 1] ?? toks[i]) || toks[i + 1]?.lower === 'high' || toks[i + 1]?.lower === 'college')))) lastHead = i - 1;
    // "X, the nominee's eldest daughter": the title is someone else's ("the president's spokesman" keeps its own head).
    if (lastHead < 0 || toks[lastHead].possessive) return false;
    // "In Velda, a worker named Jo Roe": the noun is someone else's, named after it.
    if (toks[lastHead + 1]?.lower === 'named' || toks[lastHead + 1]?.lower === 'called') return false;
    // "Roe, Dee, Quill, Bishop;": a capitalized title word alone, with no article, is one more name in a list.
    if (lastHead === from && from === b + 2 && toks[from].cap) return false;
    // "At a meeting in Quillby, the mayor said": after a name in a prepositional phrase, a verb of
    // saying after the title makes the title the subject of the sentence.
    let v = lastHead + 1;
    if (toks[v]?.word && !toks[v].cap && (toks[v].lower === 'also' || toks[v].lower.endsWith('ly'))) v++;
    if (toks[v]?.word && is(toks[v], REPORTING)) {
      let first = b;
      while (first > 0 && toks[first - 1].start >= m.start) first--;
      if (first > 0 && PREPOSITIONS.has(toks[first - 1].lower)) return false;
    }
    let end = lastHead;
    const text = this.doc.text;
    // "vice-president of operations", "chief of staff": a lower-case domain after "of" is part of the title.
    const d = toks[end + 2];
    if (toks[end + 1]?.lower === 'of' && d && d.word && !d.cap && isRoleDomain(d) && d.lower !== 'the' && !toks[end].possessive && adjacent(text, toks[end + 1], d)) end += 2;
    // "minister of the interior": "of the" and a domain.
    else if (toks[end + 1]?.lower === 'of' && d?.lower === 'the' && toks[end + 3]?.word && !toks[end + 3].cap && isRoleDomain(toks[end + 3]) && toks[end + 3].lower !== 'the' && !toks[end + 4]?.word && !toks[end].possessive) end += 3;
    // "professor of botany and soil science at Velden University", "director of research at the
    // University of Quill": lower-case words of the field, then the employer's name.
    else if ((toks[end + 1]?.lower === 'of' || toks[end + 1]?.lower === 'for') && !toks[end].possessive) {
      let k = end + 2;
      while (k < toks.length && k - end <= 6 && toks[k].word && !toks[k].cap && (!is(toks[k], STOP) || toks[k].lower === 'and') && !is(toks[k], REPORTING) && !toks[k].possessive && adjacent(text, toks[k - 1], toks[k])) k++;
      const conn = toks[k];
      const after = conn && (toks[k + 1]?.lower === 'the' ? toks[k + 2] : toks[k + 1]);
      if (k > end + 2 && toks[k - 1].lower !== 'and' && conn && (conn.lower === 'at' || conn.lower === 'for' || conn.lower === 'of') && after?.cap && after.word && !is(after, STOP)) end = k - 1;
    }
    // "spokeswoman for the ministry", "prime minister of Norway", "an official with the Velden Board"
    const c = toks[end + 1];
    const withOrg = c?.lower === 'with' && toks[end + 2]?.lower === 'the' && toks[end + 3]?.cap;
    if (c && (c.lower === 'of' || c.lower === 'at' || c.lower === 'for' || withOrg) && !toks[end].possessive) {
      let j = end + 2;
      if (toks[j]?.lower === 'the') j++;
      // "the centrist Velden Policy Center", "the libertarian Quill Institute": one describing word before the name.
      if (toks[j]?.word && !toks[j].cap && DESCRIBING.test(toks[j].lower) && !is(toks[j], STOP) && toks[j + 1]?.cap && toks[j + 1].word && adjacent(text, toks[j], toks[j + 1])) j++;
      let last = -1;
      while (j < toks.length && (toks[j].word || toks[j].text === '&') && adjacent(this.doc.text, toks[j - 1], toks[j])) {
        // "director of the Project on Government Secrecy", "... Internet & Society Project": a small word inside the name.
        if (!toks[j].cap) {
          if (last < 0 || !(NAME_INNER_WORDS.has(toks[j].lower) || (toks[j].lower === 'and' && this.orgNameAfter(toks, j + 1))) || !toks[j + 1]?.cap || !toks[j + 1].word || !adjacent(this.doc.text, toks[j], toks[j + 1])) break;
          j++;
          continue;
        }
        // "star of I, Robot": a capitalized function word opens no organization's name.
        if (last < 0 && is(toks[j], STOP)) break;
        last = j;
        // "president of Quill's Retail Advisory Group": a possessive inside a company's name goes on to its body word.
        if (toks[j].possessive && !this.possessiveInName(toks, j)) break;
        j++;
      }
      // "director of the Velco Eurasian division": a lower-case word for a part of an organization ends its name.
      const unit = last > 0 ? toks[last + 1] : undefined;
      if (unit && unit.word && !unit.cap && !toks[last].possessive && (is(unit, ORG_KEYWORD) || UNIT_NOUNS.has(unit.lower)) && adjacent(this.doc.text, toks[last], unit)) last++;
      // "founder of Veldish human rights group X": a capitalized adjective only describes a longer noun phrase; the role ends at its head.
      else if (unit && unit.word && !unit.cap && !toks[last].possessive && (is(toks[last], NATIONALITY) || /(?:ish|ian|ese)$/.test(toks[last].lower)) && (toks[last - 1]?.lower === 'of' || toks[last - 1]?.lower === 'for' || toks[last - 1]?.lower === 'the') && compoundWord(unit) && adjacent(this.doc.text, toks[last], unit)) last = -1;
      // "economist at the Velden Foundation's policy center": after the possessive, up to three lower-case words ending on a body's word.
      else if (last > 0 && toks[last].possessive) {
        for (let k = last + 1; k <= last + 3 && k < toks.length && toks[k].word && !toks[k].cap && !is(toks[k], STOP) && adjacent(text, toks[k - 1], toks[k]); k++) {
          if (is(toks[k], ORG_KEYWORD)) {
            last = k;
            break;
          }
        }
      }
      if (last > 0) end = last;
    }
    this.setRole(m, toks[from].start, toks[end].end, sentence, 'appositive');
    return true;
  }

  /** "The Norland president's chief of staff, Mr Tomas Velden, said": role before a comma. */
  private appositiveBefore(toks: Token[], m: Mention, first: number, b: number, sentence: Sentence): void {
    // "The council leader, Petra Lund, said"; at the end of a sentence too: "said the club's coach, Petra Lund."
    const close = toks[b + 1];
    if (first < 2 || toks[first - 1].text !== ',' || !(close?.text === ',' || (!close && b === toks.length - 1) || (close && /^[.;:!?]$/.test(close.text) && !toks[b + 2]?.word))) return;
    // "star Jo Roe as the stern aunt, Ada Quill": the part played is no post of the actor's.
    if (this.playsPartAs(toks, first)) return;
    const end = first - 2;
    let start = end + 1;
    let sawHead = false;
    // "Its chief executive, X,", "the charity's treasurer, X,": a possessive owner opens the role like an article.
    let owner = false;
    // Where "at"/"with" and an employer's name follow the post, or -1.
    let employer = -1;
    // The role's last token: `end`, or the head before "in the state".
    let roleEnd = end;
    for (let k = end; k >= 0; k--) {
      const t = toks[k];
      // "The residents' lead attorney, X,": the apostrophe of a plural owner ends the role like a possessive.
      if (!t.word && sawHead && k < end && /^['’]$/.test(t.text) && toks[k - 1]?.word && toks[k - 1].lower.endsWith('s') && toks[k - 1].end === t.start) {
        owner = true;
        break;
      }
      if (!t.word) return;
      if (k < end && !adjacent(this.doc.text, t, toks[k + 1])) return;
      // "chair of the audit committee": "the" after "of" inside the post's field opens no noun phrase of its own.
      if (ARTICLES.has(t.lower) && !(t.lower === 'the' && !sawHead && k < end && (toks[k - 1]?.lower === 'of' || toks[k - 1]?.lower === 'for' || toks[k - 1]?.lower === 'at' || toks[k - 1]?.lower === 'with' || (toks[k - 1]?.lower === 'in' && k + 1 === end)))) break;
      // "His chief of staff, X,", "Our reporter, X,": a possessive pronoun owns the post.
      if (sawHead && (is(t, POSSESSIVE_PRONOUN) || OWNER_PRONOUNS.has(t.lower))) {
        owner = true;
        break;
      }
      // "The founder and owner of the Velda Inn, X,", "its founder and chief executive, X,": two posts joined by "and".
      if (sawHead && t.lower === 'and' && k > 0 && toks[k - 1].word && !toks[k - 1].cap && isTitleHead(toks[k - 1]) && adjacent(this.doc.text, toks[k - 1], t)) {
        start = k;
        continue;
      }
      // "the Commissioner for Farming and Water, X,": "and" between two capitalised words of the post's field.
      if (!sawHead && k < end && t.lower === 'and' && k > 0 && capWord(toks[k + 1]) && capWord(toks[k - 1]) && adjacent(this.doc.text, toks[k - 1], t)) {
        start = k;
        continue;
      }
      // "The rail and transport minister, X,": two lower-case fields joined by "and" before the post.
      if (sawHead && k < end && t.lower === 'and' && start === k + 1 && !isTitleHead(toks[k + 1]) && k > 0 && toks[k - 1].word && !toks[k - 1].cap && !is(toks[k - 1], STOP) && (isTitleModifier(toks[k - 1]) || compoundWord(toks[k - 1])) && adjacent(this.doc.text, toks[k - 1], t)) {
        start = k;
        continue;
      }
      // "The press officer in the state, X,": where the post is held ends it; the place is no part of the role.
      if (!sawHead && t.lower === 'in' && k + 2 === end && toks[k + 1].lower === 'the' && POST_PLACES.has(toks[end].lower) && k > 0 && toks[k - 1].word && isTitleHead(toks[k - 1]) && adjacent(this.doc.text, toks[k - 1], t)) {
        roleEnd = k - 1;
        start = k;
        continue;
      }
      // "A health economist at Velden University, X,": the employer's capitalised name after the post.
      if (!sawHead && k < end && (t.lower === 'at' || t.lower === 'with') && k > 0 && toks[k - 1].word && !toks[k - 1].cap && isTitleHead(toks[k - 1]) && everyOrgWord(toks, k + 1, end)) {
        start = k;
        employer = k;
        continue;
      }
      // "Acme Transit's head of operations, X,": a capitalised owner's possessive opens the role; the owner is no part of it.
      if (sawHead && t.possessive && t.cap && k < end && !isTitleHead(t)) {
        owner = true;
        break;
      }
      // "His stunned wife, X,", "the club's long-serving coach, X,": one describing word between the owner and the post.
      if (sawHead && k < end && k > 0 && t.word && !t.cap && !t.possessive && !is(t, STOP | REPORTING) && (is(toks[k - 1], POSSESSIVE_PRONOUN) || toks[k - 1].possessive || ARTICLES.has(toks[k - 1].lower)) && /(?:ed|ing|ful|ous|ive|al|ic|ant|ent|ly)$/.test(t.lower) && !isTitleHead(t)) {
        start = k;
        continue;
      }
      // "the charity's": a lower-case owner noun after an article; it is no part of the role.
      if (sawHead && t.possessive && !t.cap && k < end && !isTitleHead(t) && ARTICLES.has(toks[k - 1]?.lower ?? '')) {
        owner = true;
        break;
      }
      if (isTitleHead(t)) sawHead = true;
      // "head of distribution, X,": up to three lower-case words of a field after the post; headOfField checks the shape.
      else if (!sawHead && end - k < 4 && t.word && !t.cap && (!is(t, STOP | REPORTING) || (t.lower === 'the' && (toks[k - 1]?.lower === 'of' || toks[k - 1]?.lower === 'for')))) {
        start = k;
        continue;
      } else if (!(isTitleModifier(t) || isRoleDomain(t) || t.lower === 'of' || (t.lower === 'for' && k < end && (isRoleDomain(toks[k + 1]) || capWord(toks[k + 1]))) || capWord(t) || (sawHead && !t.cap && compoundWord(t) && this.headAfterCompound(toks, k)))) return;
      start = k;
      if (k === 0) break;
    }
    const postEnd = employer > 0 ? employer - 1 : roleEnd;
    if (!sawHead || start > end || !(this.endsWithHead(toks, start, postEnd) || this.headOfField(toks, start, postEnd) || this.headOfOrg(toks, start, roleEnd))) return;
    if (start > 0 && !owner && !ARTICLES.has(toks[start - 1].lower)) return;
    this.setRole(m, toks[start].start, toks[roleEnd].end, sentence, 'appositive-before');
  }

  /** "owner of the Velda Rose", "director of Quill Books": a title head, "of"/"for", "the", then capitalised words of a name to the end. */
  private headOfOrg(toks: Token[], start: number, end: number): boolean {
    for (let k = start + 1; k < end; k++) {
      const link = toks[k];
      if (link.lower !== 'of' && link.lower !== 'for') continue;
      if (!isTitleHead(toks[k - 1]) || toks[k - 1].possessive) return false;
      const from = toks[k + 1]?.lower === 'the' ? k + 2 : k + 1;
      return from <= end && everyOrgWord(toks, from, end);
    }
    return false;
  }

  /** "head of distribution", "chair of the audit committee": a title head, "of"/"for" (and "the"), then one to three lower-case words of its field. */
  private headOfField(toks: Token[], start: number, end: number): boolean {
    for (let k = end; k > start && end - k < 4; k--) {
      const t = toks[k];
      if (!t.word || t.cap || (is(t, STOP) && !(t.lower === 'the' && k < end))) return false;
      const link = toks[k - 1];
      if ((link.lower === 'of' || link.lower === 'for') && k - 2 >= start && isTitleHead(toks[k - 2]) && !toks[k - 2].possessive) return true;
    }
    return false;
  }

  /** Pronouns, "his office", unnamed groups and "the president" without a name. */
  private lowercaseWord(toks: Token[], i: number, sentence: Sentence): void {
    const t = toks[i];
    const text = this.doc.text;
    void sentence;
    if (is(t, PERSON_PRONOUN)) {
      this.mentions.push({ start: t.start, end: t.end, text: t.text, kind: 'person', name: '', role: null, roleSpan: null, cluster: undefined });
      return;
    }
    if (is(t, GROUP_PRONOUN)) {
      this.mentions.push({ start: t.start, end: t.end, text: t.text, kind: 'group', name: '', role: null, roleSpan: null, cluster: undefined });
      return;
    }
    const n = toks[i + 1];
    // "the ministry said": an organization named earlier, resolved later.
    if (is(t, DEFINITE_ORG) && toks[i - 1]?.lower === 'the' && adjacent(text, toks[i - 1], t) && !(n && n.word && (n.cap || n.lower === 'of') && adjacent(text, t, n)) && !t.possessive) {
      this.mentions.push({ start: t.start, end: t.end, text: t.text, kind: 'organization', name: '', role: null, roleSpan: null, cluster: undefined });
      return;
    }
    if (is(t, POSSESSIVE_PRONOUN) && n && n.word && is(n, OFFICE_NOUN) && !n.lower.startsWith('spokes') && adjacent(text, t, n)) {
      this.mentions.push({ start: t.start, end: n.end, text: text.slice(t.start, n.end), kind: 'organization', name: '', role: null, roleSpan: null, cluster: undefined });
      return;
    }
    if (is(t, GROUP_NOUN)) {
      let start = i;
      for (let k = i - 1; k >= 0; k--) {
        const p = toks[k];
        if (!p.word || p.possessive || !adjacent(text, p, toks[k + 1])) break;
        if (capWord(p) || isTitleModifier(p)) start = k;
        else break;
      }
      this.mentions.push({ start: toks[start].start, end: t.end, text: text.slice(toks[start].start, t.end), kind: 'group', name: text.slice(toks[start].start, t.end), role: null, roleSpan: null, cluster: undefined });
      return;
    }
    if (isTitleHead(t)) {
      // "the chief of staff said", "the minister for health": a lower-case domain after "of"/"for" ends the title.
      const d = toks[i + 2];
      const domain = !!n && (n.lower === 'of' || n.lower === 'for') && !t.possessive && !!d?.word && !d.cap && isRoleDomain(d) && d.lower !== 'the' && !d.possessive && adjacent(text, t, n) && adjacent(text, n, d) && !(toks[i + 3]?.word && adjacent(text, d, toks[i + 3]) && (toks[i + 3].cap || toks[i + 3].lower === 'of'));
      if (!domain && n && n.word && (n.cap || n.lower === 'of') && adjacent(text, t, n) && !t.possessive) return;
      // "the official party line", "the chief reason": a head that is an adjective too, before a lower-case word that is no verb.
      // "the commuter train", "the volunteer group": an everyday job word is often a noun's modifier too.
      if (!domain && (ADJECTIVE_HEADS.has(t.lower) || EVERYDAY_HEADS.has(t.lower)) && n && n.word && !n.cap && !isTitleHead(n) && adjacent(text, t, n) && !is(n, REPORTING) && !VERB_AFTER_SUBJECT.has(n.lower) && !n.lower.endsWith('ed')) return;
      // "the executive director", "the attorney general": the title goes on; the last head makes the mention,
      // or, before "of" (where the last head makes none), this first one makes it for the whole title.
      let last = i;
      if (!domain && n && n.word && !n.cap && isTitleHead(n) && adjacent(text, t, n) && !t.possessive) {
        last = i + 1;
        while (toks[last + 1]?.word && !toks[last + 1].cap && isTitleHead(toks[last + 1]) && adjacent(text, toks[last], toks[last + 1])) last++;
        if (toks[last + 1]?.lower !== 'of' || toks[last].possessive) return;
      }
      let start = i;
      // "the tearful singer", "the 52-year-old coach": up to two describing words between
      // "the" and the title, left out of the mention.
      let described = start;
      for (let k = i - 1; k >= 0; k--) {
        const p = toks[k];
        if (!p.word || !adjacent(text, p, toks[k + 1])) return;
        if (p.lower === 'the') break;
        if (described - k <= 2 && !p.cap && !p.possessive && !isTitleModifier(p) && !isTitleHead(p) && describingWord(p.lower)) {
          described = k;
          continue;
        }
        if (described !== start) return;
        // "the council leader said": one or two nouns of the job right before the head.
        if (p.possessive || !(isTitleModifier(p) || capWord(p) || isTitleHead(p) || (start === k + 1 && i - k <= 2 && !p.cap && compoundWord(p)))) return;
        start = described = k;
      }
      if (described === 0 || toks[described - 1].lower !== 'the') return;
      const span = { start: toks[start].start, end: toks[domain ? i + 2 : last].end };
      const phrase = text.slice(span.start, span.end);
      this.mentions.push({ start: span.start, end: span.end, text: phrase, kind: 'person', name: '', role: phrase, roleSpan: span, cluster: undefined });
    }
  }
}

/**
 * Lower-case words that describe a person without naming a post, between "the" and a title
 * ("the tearful singer", "the 52-year-old coach", "the visiting manager"): an age, or an
 * adjective in -ed or -ing, or one of a few common describing words.
 */
/** Only quotation marks or other punctuation before toks[i] in its sentence. */
function firstWordOfSentence(toks: Token[], i: number): boolean {
  for (let k = 0; k < i; k++) if (toks[k].word) return false;
  return true;
}

/** ", 34, has", ", 34, of Quillport": an age between commas, then the clause goes on (not "a town ..."). */
function ageAfter(toks: Token[], b: number): boolean {
  if (toks[b + 1]?.text !== ',' || !/^\d{1,3}$/.test(toks[b + 2]?.text ?? '') || toks[b + 3]?.text !== ',') return false;
  const next = toks[b + 4];
  return !!next && next.word && !next.cap && !ARTICLES.has(next.lower);
}

/**
 * After a subject at toks[k]: "took over as", "was appointed", "became", "serves as" and the like,
 * verbs that give the subject a post; the index after them (and after "as"), or -1.
 */
function postVerbEnd(toks: Token[], k: number): number {
  const w = toks[k]?.lower;
  if (!w || !toks[k].word) return -1;
  if ((w === 'took' || w === 'takes' || w === 'taking') && toks[k + 1]?.lower === 'over' && toks[k + 2]?.lower === 'as') return k + 3;
  if ((w === 'serves' || w === 'served' || w === 'works' || w === 'worked' || w === 'stepped' || w === 'returned') && toks[k + 1]?.lower === 'as') return k + 2;
  if (w === 'became' || w === 'becomes') return k + 1;
  const aux = w === 'was' || w === 'is' || (w === 'has' && toks[k + 1]?.lower === 'been');
  const v = w === 'has' ? k + 2 : k + 1;
  if (aux && (toks[v]?.lower === 'appointed' || toks[v]?.lower === 'named')) return toks[v + 1]?.lower === 'as' ? v + 2 : v + 1;
  return -1;
}

/** A third-person singular personal pronoun. */
const PERSONAL_PRONOUN = /\b(?:he|she|his|her|him|himself|herself|He|She|His|Her)\b/;

/** Auxiliaries and verbs that follow a subject ("Jo Quell is standing", "has worked"). */
const OPENER_FINITE = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'can', 'could', 'does', 'did', 'may', 'might', 'must', 'should']);

function describingWord(w: string): boolean {
  if (w.endsWith('-year-old') || w.endsWith('-old')) return true;
  if (DESCRIBING_WORDS.has(w)) return true;
  return w.length >= 6 && /^[a-z]+(?:ed|ing)$/.test(w) && !NOT_DESCRIBING.has(w);
}

const DESCRIBING_WORDS: ReadonlySet<string> = new Set([
  'young', 'old', 'elderly', 'veteran', 'popular', 'famous', 'legendary', 'influential', 'controversial', 'outspoken',
  'experienced', 'beleaguered', 'embattled', 'respected', 'successful', 'prolific', 'flamboyant', 'colourful', 'colorful',
  'charismatic', 'combative', 'defiant', 'emotional', 'tearful', 'jubilant', 'delighted', 'furious', 'angry', 'unhappy',
  'disappointed', 'frustrated', 'relieved', 'upbeat', 'confident', 'cautious',
]);

/** Words in -ed/-ing that tell which post or when, not what someone is like ("the ruling party", "the following"). */
const NOT_DESCRIBING: ReadonlySet<string> = new Set([
  'following', 'ruling', 'governing', 'leading', 'opposing', 'reigning', 'founding', 'presiding', 'commanding', 'remaining',
  'preceding', 'upcoming', 'continuing', 'during', 'including', 'regarding', 'concerning', 'according', 'excluding', 'missing',
  'elected', 'appointed', 'designated', 'named', 'unnamed', 'unidentified', 'so-called', 'aforementioned', 'suspected', 'alleged',
]);

/** A capitalized word that may be part of a person's name: in no list of other words. */
function plainNameWord(t: Token): boolean {
  return t.word && t.cap && is(t, NAME_LIKE) && !t.gazetteer && !is(t, ORG_KEYWORD | PLACE_KEYWORD | OTHER_KEYWORD | TITLE_HEAD | TITLE_MODIFIER | STOP | MONTH | WEEKDAY | NATIONALITY | ORDINARY | NON_NAME);
}

/** "Roe" of "Jane Roe": the last word of a name (the whole of a one-word name). */
const lastNameWord = (name: string) => name.slice(name.lastIndexOf(' ') + 1);

/** "Jane Roe": a name of two or more words that opens on a known given name. */
function startsWithGivenName(name: string): boolean {
  const space = name.indexOf(' ');
  return space > 0 && GIVEN_NAMES.has(foldName(name.slice(0, space)));
}

/** Every token of toks[from..to] is in one of the cue lists `bits` (WordInfo.orgCue). */
function everyCue(toks: Token[], from: number, to: number, bits: number): boolean {
  for (let i = from; i <= to; i++) if ((toks[i].info.orgCue & bits) === 0) return false;
  return true;
}

/** "the party's last nominee, Zeb Roe": a lower-case title word, a comma, then the name at `n0`. */
function titleBeforeComma(toks: Token[], n0: number): boolean {
  const t = toks[n0 - 2];
  return n0 >= 2 && toks[n0 - 1].text === ',' && t.word && !t.cap && !t.possessive && isTitleHead(t);
}

/**
 * "This year, Will Dorran, star of": a function word that is also a given name ("Will", "Said"),
 * capitalized in mid-sentence right before a name word, opens the name.
 */
function givenStopWord(toks: Token[], s: number, b: number): boolean {
  const t = toks[s];
  if (s >= b || s === 0 || !t.cap || !is(t, STOP) || (!is(t, GIVEN_FOLDED) && !NICKNAMES.has(t.lower)) || startsSentence(toks, s)) return false;
  const n = toks[s + 1];
  return n.cap && is(n, NAME_LIKE) && !is(n, STOP | MONTH | WEEKDAY | TITLE_HEAD | TITLE_MODIFIER | ORG_KEYWORD | PLACE_KEYWORD | ORDINARY) && !n.gazetteer && toks[s - 1].text !== '.';
}

/** Kin and ties before "of" and a titled name: "daughter of former President X", "widow of Senator X". */
const KIN_BEFORE_OF = new Set([...KIN_WORDS, 'friend', 'stepson', 'stepdaughter', 'son-in-law', 'daughter-in-law']);

/** First-person and second-person possessives that own a post like "his": "Our reporter, X,". */
const OWNER_PRONOUNS = new Set(['our', 'my', 'your']);

/** toks[from..to] is a capitalised name ("the" first allowed), small inner words ("of", "for", "&") apart. */
function everyOrgWord(toks: Token[], from: number, to: number): boolean {
  if (toks[from]?.lower === 'the') from++;
  if (from > to || !capWord(toks[from]) || !capWord(toks[to])) return false;
  for (let i = from; i <= to; i++) if (!(capWord(toks[i]) || (i > from && NAME_INNER_WORDS.has(toks[i].lower)))) return false;
  return true;
}

/** Nouns for a man or a woman that are no title: after "X, a ..." they make X a person. */
const PERSON_NOUNS = new Set([
  'pollster', 'consultant', 'teenager', 'teen', 'member', 'supporter', 'student', 'worker', 'teacher', 'schoolteacher',
  'firefighter', 'nurse', 'veteran', 'resident', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'brother',
  'sister', 'uncle', 'aunt', 'grandmother', 'grandfather', 'friend', 'widow', 'widower', 'magnate', 'developer', 'fellow',
  'donor', 'fundraiser', 'lobbyist', 'soldier', 'marine', 'pilot', 'farmer', 'rancher', 'employee', 'volunteer',
  'organizer', 'organiser', 'blogger', 'commentator', 'pundit', 'historian', 'scholar', 'expert', 'critic', 'opponent',
  'voter', 'immigrant', 'refugee', 'victim', 'survivor', 'suspect', 'gunman', 'shooter', 'defendant', 'plaintiff',
  'contender', 'challenger', 'incumbent', 'legislator', 'politician', 'democrat', 'republican', 'conservative', 'liberal',
  'pastor', 'preacher', 'priest', 'cleric', 'psychiatrist', 'psychologist', 'engineer', 'millionaire', 'mogul', 'heir',
  'heiress', 'celebrity', 'anchor', 'reporter', 'quarterback', 'pitcher', 'man', 'woman', 'boy', 'girl', 'spouse',
  'mentor', 'ally', 'staffer', 'assistant', 'native', 'retiree', 'graduate', 'alumnus', 'agent', 'detective', 'trooper',
  'inmate', 'prisoner', 'detainee', 'hostage', 'militant', 'bomber', 'hacker', 'whistleblower', 'trader', 'chairman',
  'nominee', 'candidate', 'senator', 'congressman', 'congresswoman', 'governor', 'mayor', 'lawyer', 'attorney',
]);

/**
 * "Ray Dorran, a Texas media consultant", "Ray Dorran, the father of": after a comma and an
 * article, a noun for a man or a woman within a few words, before any clause or preposition.
 */
function personNounAfter(toks: Token[], b: number): boolean {
  if (toks[b].possessive || toks[b + 1]?.text !== ',' || !ARTICLES.has(toks[b + 2]?.lower ?? '')) return false;
  for (let j = b + 3; j < toks.length && j <= b + 8; j++) {
    const t = toks[j];
    if (!t.word || t.possessive) return false;
    if (!t.cap && (PERSON_NOUNS.has(t.lower) || (isTitleHead(t) && !is(t, ORG_KEYWORD)))) {
      const n = toks[j + 1];
      // "a member of", "the father of" end the noun phrase; "a student union" or "a worker named Y" do not.
      return !n || !n.word || (!n.cap && !is(n, ORG_KEYWORD) && !PERSON_NOUNS.has(n.lower) && !isTitleHead(n) && n.lower !== 'named' && n.lower !== 'called');
    }
    if (!t.cap && (t.lower === 'who' || t.lower === 'which' || t.lower === 'that' || PREPOSITIONS.has(t.lower))) return false;
  }
  return false;
}

/** "Ray Dorran (R-Ohio)", "Ray Dorran (Ill.)": a party and state, or a state written short, in brackets. */
function partyStateAfter(toks: Token[], b: number): boolean {
  const open = toks[b + 1];
  if (!open || open.text !== '(' || toks[b].possessive) return false;
  let j = b + 2;
  let text = '';
  while (j < toks.length && j <= b + 8 && toks[j].text !== ')') text += toks[j++].text;
  if (toks[j]?.text !== ')') return false;
  return /^(?:[DRI]-\p{Lu}[\p{L}.]{0,7}|\p{Lu}\p{Ll}{0,4}\.|\p{Lu}\.(?:\p{Lu}\.){1,2})$/u.test(text);
}

/** Police ranks written as letters ("SP Jo Roe"): titles only before a name. */
const LETTER_RANKS = new Set(['sp', 'asp', 'dsp', 'csp']);

/** "the police spokesman in the state": the kind of place a post is held in. */
const POST_PLACES = new Set(['state', 'country', 'region', 'city', 'county', 'district', 'province', 'area', 'town', 'village', 'community', 'constituency', 'territory', 'capital', 'metropolis', 'zone']);

/** Adverbs that open a sentence before a comma ("Separately, ..."), none of them a name. */
const SENTENCE_ADVERBS = new Set([
  'meanwhile', 'separately', 'similarly', 'additionally', 'consequently', 'elsewhere', 'instead', 'nevertheless',
  'nonetheless', 'furthermore', 'moreover', 'likewise', 'besides', 'accordingly', 'however', 'earlier', 'later',
  'afterwards', 'afterward', 'subsequently', 'currently', 'previously', 'today', 'yesterday', 'tomorrow', 'overall',
]);

/** Where a sentence, a quotation or a bracket starts: capitals there say nothing of a name. */
function startsSentence(toks: Token[], a: number): boolean {
  const p = toks[a - 1];
  return !p || (!p.word && /^[“"‘'(\[:—–-]$/.test(p.text));
}

/** “We will win.” ― Jane Roe: a dash after a closing quotation mark, then whoever said it. */
function quoteByline(toks: Token[], n0: number): boolean {
  if (n0 < 2) return false;
  const dash = toks[n0 - 1].text;
  const close = toks[n0 - 2].text;
  return (dash === '―' || dash === '—' || dash === '–') && (close === '”' || close === '"');
}

/** A capitalised word that may belong to a title or a name: no function word, but "US" or "IT" in capitals is no "us" or "it". */
function capWord(t: Token): boolean {
  return t.cap && (!is(t, STOP) || isAcronym(t));
}

/** Verbs of saying that, put before a name, take it as their object rather than their subject. */
const OBJECT_VERBS = new Set(['told', 'tells', 'called', 'calls', 'criticised', 'criticized', 'praised', 'praises', 'urged', 'urges']);

/**
 * "..., said Jan Quell.", "“...,” noted Harbour Post’s Jan Quell": a verb of saying after a comma
 * or a closing quotation mark, then (maybe an outlet's possessive) the name, which ends the clause.
 */
function invertedSpeaker(toks: Token[], n0: number, b: number): boolean {
  const next = toks[b + 1];
  if (toks[b].possessive || (next && (next.word || !/^[.,;]$/.test(next.text)))) return false;
  let j = n0 - 1;
  // An outlet's possessive of up to three capitalised words ("Harbour Post’s").
  if (j >= 0 && toks[j].possessive && toks[j].cap) {
    let k = j - 1;
    while (k >= 0 && j - k < 3 && toks[k].cap && !toks[k].possessive) k--;
    j = k;
  }
  const verb = toks[j];
  const before = toks[j - 1];
  if (!verb || !verb.word || verb.cap || !is(verb, REPORTING) || OBJECT_VERBS.has(verb.lower) || !before) return false;
  return !before.word && /^[,”"’']$/.test(before.text);
}

/**
 * "The chair of the audit committee, Ivo Plum, said", "Acme's head of sales, Ivo Plum, told", "the MP for Quill, Ivo Plum, whose",
 * "said the club's coach, Ivo Plum.": a pair between a comma after a post and a verb of saying (or
 * the end of the sentence after a verb of saying) is the holder of the post, a person.
 */
function namedAfterRole(toks: Token[], n0: number, b: number): boolean {
  if (n0 < 3 || toks[n0 - 1].text !== ',' || toks[b].possessive) return false;
  const next = toks[b + 1];
  let closes = false;
  if (next?.text === ',') {
    const verb = toks[b + 2];
    closes = !!verb && verb.word && !verb.cap && (is(verb, REPORTING) || verb.lower === 'who' || verb.lower === 'whose');
  } else if (!next || /^[.;]$/.test(next.text)) closes = true;
  if (!closes) return false;
  let head = false;
  let k = n0 - 2;
  for (; k >= 0 && n0 - 2 - k < 8; k--) {
    const t = toks[k];
    if (!t.word) break;
    if (isTitleHead(t) && !t.possessive) head = true;
  }
  if (!head) return false;
  if (next?.text === ',') return true;
  // At the end of the sentence a verb of saying opens the inverted clause: "..., said the coach, Ivo Plum."
  const v = toks[k + 1];
  return k + 1 < n0 - 1 && !!v && is(v, REPORTING) && !v.cap;
}

/**
 * A word of toks[n0..b] names an event, a law or a work ("Health Bill", "World Cup"), unless it is
 * a given name opening a longer name ("Bill Dorran", "Day" is no opener).
 */
function otherKeywordIn(toks: Token[], n0: number, b: number): boolean {
  for (let i = n0; i <= b; i++) {
    if (!is(toks[i], OTHER_KEYWORD)) continue;
    if (i === n0 && i < b && is(toks[i], GIVEN_FOLDED) && !is(toks[b], OTHER_KEYWORD)) continue;
    return true;
  }
  return false;
}

/** Words before a title that say when or how well someone holds it, not which job it is. */
const NOT_OF_THE_JOB = new Set([
  'current', 'fellow', 'longtime', 'long-time', 'veteran', 'onetime', 'one-time', 'erstwhile', 'would-be', 'sometime',
  'popular', 'famous', 'well-known', 'renowned', 'celebrated', 'respected', 'prominent', 'influential', 'powerful',
  'legendary', 'controversial', 'embattled', 'beleaguered', 'disgraced', 'outspoken', 'young', 'old', 'elderly',
  'so-called', 'self-styled', 'self-described', 'unnamed', 'anonymous', 'unidentified', 'star', 'superstar', 'year',
  'years', 'week', 'weeks', 'month', 'months', 'day', 'days', 'season', 'seasons', 'decade', 'match', 'meeting', 'event',
  'ago', 'time', 'while', 'whose', 'what', 'where', 'who', 'which', 'leading', 'founding', 'ruling', 'governing',
]);

/** Ordinary nouns that still name a job's field before its head: "health worker", "aid worker", "music teacher", "news photographer". */
const FIELD_NOUNS = new Set([
  'care', 'healthcare', 'health', 'science', 'music', 'film', 'movie', 'water', 'housing', 'school', 'crime', 'climate', 'weather', 'data',
  'computer', 'internet', 'video', 'photo', 'game', 'book', 'news', 'oil', 'gas', 'tax', 'border', 'aid', 'relief', 'trade', 'energy',
  'police', 'security', 'army', 'navy', 'military', 'education', 'immigration', 'emergency', 'history', 'campaign',
]);

/**
 * A lower-case word that may be a noun naming a job's field ("council", "rights", "hedge-fund"):
 * letters only, no function word, verb of saying, ordinary word, adverb or -ed form.
 */
function compoundWord(t: Token): boolean {
  if (!t.word || t.cap || t.possessive || t.lower.length < 3) return false;
  if (is(t, STOP | REPORTING | MONTH | WEEKDAY | PERSON_PRONOUN | POSSESSIVE_PRONOUN | GROUP_PRONOUN | TITLE_HEAD)) return false;
  if (is(t, ORDINARY) && !FIELD_NOUNS.has(t.lower)) return false;
  const w = t.lower;
  if (!/^[a-z][a-z-]*[a-z]$/.test(w) || w.endsWith('ly') || w.endsWith('ed') || NOT_OF_THE_JOB.has(w)) return false;
  // "chart-topping", "straight-talking": a hyphenated -ing word is an adjective of praise or blame.
  if (w.endsWith('ing') && w.includes('-')) return false;
  return true;
}

/** After a name: a plural verb, or "their" after a verb ("released their"). */
const PLURAL_NEEDLES = [' are', ' were', ' have', ' their'];

/**
 * A word starting with a capital (or any non-ASCII character) ends at `end`, right after a space:
 * what NAME_BEFORE needs before its slow test.
 */
function capitalizedWordBefore(text: string, end: number): boolean {
  const space = text.lastIndexOf(' ', end - 1);
  if (space < 0) return false;
  const c = text.charCodeAt(space + 1);
  return space + 1 < end && (c >= 128 || (c >= 65 && c <= 90));
}

/** Two to four capitalized words ending a slice: the name before a plural verb. */
const NAME_BEFORE = /(?:^|[^\p{L}'’-])(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){1,3})$/u;

/** Title heads that are adjectives too: "the official figures", "the chief reason", "the general public". */
const ADJECTIVE_HEADS = new Set(['official', 'chief', 'executive', 'general', 'principal', 'head', 'lead', 'star', 'champion', 'deputy']);

/** Words right after a subject: auxiliaries, modals, "who", adverbs of saying. */
const VERB_AFTER_SUBJECT = new Set(['is', 'was', 'has', 'had', 'have', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'did', 'does', 'who', 'also', 'later', 'then', 'still', 'told', 'says', 'spoke', 'wrote', 'gave', 'made', 'took', 'met', 'sent']);

/** Plural nouns for a workforce: "workers at X", "analysts at X" make X a workplace, never a person. */
const WORKFORCE = new Set(['employees', 'workers', 'staff', 'staffers', 'executives', 'analysts', 'economists', 'strategists', 'traders', 'bankers', 'engineers', 'managers', 'researchers', 'scientists', 'shareholders', 'investors', 'insiders']);

/** Lower-case words after a name that make it an employer: "adviser at the Roe campaign". */
const UNIT_NOUNS = new Set(['campaign', 'administration', 'team', 'staff', 'camp']);

/** Describing words before an employer's name: "centrist", "libertarian", "conservative-leaning", "nonpartisan". */
const DESCRIBING = /(?:ive|ous|ic|ful|ian|ary|[^e]al|ist|ent|ant|san|-leaning|-based|-backed|-funded|-run)$/;

/** A party and a state written short: "D-Ohio", "R-Tex", "R-OH", "D-Velden". */
const PARTY_STATE = /^[DRI]-\p{Lu}/u;

/** A sentence opened by "It", "The company" (a business noun) or "The band" (a group noun) and a verb of saying. */
const IT_SPEAKS = /(?:It|The (?:company|firm|corporation|group|bank|retailer|carmaker|airline|chain|business|conglomerate|manufacturer|insurer|lender|band|duo|trio|quartet|team|club|orchestra|choir|label))\s+(?:also\s+|later\s+|previously\s+)?(\p{Ll}+)/uy;

/** After a name: "(would) become(s) (the next) president", "is elected mayor", "to be president". */
const HYPOTHETICAL_TITLE = /\s+(?:(would|could|might|will|to|hopes to|wants to|seeks to|aims to|is to|were to)\s+)?(?:become|becomes|be elected|is elected|are elected|were elected|wins election as|be)\s+(?:the\s+|a\s+)?(?:next\s+|first\s+(?:woman\s+|female\s+|black\s+)?)?(\p{L}[\p{L}-]*)(?:\s+(\p{L}[\p{L}-]*))?/uy;

/** A condition opening right before a name ("if", "unless", "should", "whether", "once"). */
const CONDITION_BEFORE = /\b(?:if|unless|should|whether|once|were|in case)\s+(?:the\s+)?$/i;

/** Title heads that are verbs too: "X will host Y", "to chair Y", "they head Y". */
const VERB_HEADS = new Set(['host', 'co-host', 'chair', 'co-chair', 'head', 'lead', 'coach', 'star', 'judge', 'captain', 'champion', 'author', 'partner', 'pilot', 'marshal', 'whip', 'doctor', 'boss', 'anchor', 'referee', 'manage', 'direct', 'produce', 'front', 'model', 'guard', 'steward', 'clerk', 'witness', 'escort', 'usher', 'father', 'mother', 'nurse', 'counsel', 'spearhead', 'skipper']);

/** Words a verb follows in its bare form: modals, auxiliaries, "to", subject pronouns. */
const VERB_OPENERS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'to', 'not', "n't", 'never', 'cannot', 'did', 'does', 'do', 'they', 'we', 'i', 'you', 'who', "'ll", 'let', 'help', 'helped', 'helps']);

/** Verbs and nouns after which "to" takes a noun phrase, not a verb: "spoke to coach X", "next to host X". */
const TO_NOUN = new Set(['spoke', 'speak', 'speaks', 'speaking', 'talked', 'talk', 'talks', 'talking', 'wrote', 'write', 'writes', 'writing', 'according', 'next', 'close', 'married', 'engaged', 'introduced', 'sent', 'thanks', 'due', 'compared', 'listened', 'letter', 'message', 'tribute', 'reply', 'replied', 'turned', 'went', 'belongs', 'belonged', 'loss', 'lost', 'appeal', 'appealed', 'apologised', 'apologized', 'said', 'told', 'explained', 'complained', 'referred', 'reported']);

/** The bare verb form of a head at toks[k] is read: a modal, "to" (not after "spoke", "next"), or a subject pronoun before it. */
function verbOpensAt(toks: Token[], k: number): boolean {
  const p = toks[k - 1];
  if (!p || !p.word || !VERB_OPENERS.has(p.lower)) return false;
  if (p.lower === 'to') {
    const q = toks[k - 2];
    return !(q && q.word && TO_NOUN.has(q.lower));
  }
  return true;
}

/** Endings of adjectives that are hardly ever verbs ("conservative", "famous", "political"; not "reveal"). */
const ADJECTIVE_END = /(?:ive|ous|ic|ful|ian|ary|[^e]al)$/;

/** Irregular past forms of verbs that take a person as object ("met council leader X"). */
const PAST_VERBS = new Set(['met', 'saw', 'beat', 'led', 'won', 'took', 'gave', 'left', 'hit', 'sent', 'made', 'became', 'brought', 'caught', 'fought', 'chose', 'spoke', 'heard', 'sought']);

/** Words after which a noun phrase may start: prepositions, conjunctions and articles. */
const PHRASE_OPENERS = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'of', 'for', 'with', 'by', 'from', 'at', 'on', 'in', 'as', 'under', 'between',
  'among', 'including', 'like', 'against', 'about', 'after', 'before', 'than', 'without', 'and', 'or', 'but', 'via', 'that',
]);

/**
 * Whether a noun phrase may open at toks[j] after `p`: the sentence start or punctuation, an
 * article or preposition, a possessive, a verb of saying, a title word, or a capitalized name
 * (after a name, an "-s" word is more often a verb: "Roe believes coach X").
 */
function nounPhraseOpens(toks: Token[], j: number, p: Token | undefined): boolean {
  if (!p || !p.word) return true;
  if (p.possessive || is(p, POSSESSIVE_PRONOUN | REPORTING) || PHRASE_OPENERS.has(p.lower)) return true;
  // "praised council leader X", "met council leader X": a verb in the past takes the phrase as its object.
  // "conservative talk radio host": an adjective by its ending ("-ive", "-ous", "-ical") opens the phrase too,
  // and so does a word that says when or how well ("current council leader", "this year council leader").
  if (!p.cap) return isTitleModifier(p) || isRoleDomain(p) || p.lower.endsWith('ed') || PAST_VERBS.has(p.lower) || ADJECTIVE_END.test(p.lower) || NOT_OF_THE_JOB.has(p.lower);
  if (is(p, STOP | MONTH | WEEKDAY)) return false;
  const w = toks[j].lower;
  return !(w.endsWith('s') && !w.endsWith('ss')) || is(p, ACRONYM | NATIONALITY | ORG_KEYWORD);
}

/** Index of "of"/"for" strictly inside toks[n0..b], or -1. */
function connectorIn(toks: Token[], n0: number, b: number): number {
  for (let i = n0 + 1; i < b; i++) if (toks[i].lower === 'of' || toks[i].lower === 'for') return i;
  return -1;
}

/** Every person, organization, place and group mention of one article, in text order. */
export function findMentions(doc: Doc): FoundMentions {
  return new MentionFinder(doc).run();
}

/**
 * "New Home Secretary X", "then president X": "new" says the post changed hands lately, "then"
 * that it was held at the time told of; neither is part of the title.
 * Not in a place name ("New York City Mayor"): the word after it must itself be a title word.
 */
function isPassingNew(toks: Token[], at: number): boolean {
  const next = toks[at + 1];
  return (toks[at].lower === 'new' || toks[at].lower === 'then') && next !== undefined && (isTitleHead(next) || isRoleDomain(next) || isTitleModifier(next));
}

/** Last words of institutions whose names may hold an "and" ("Bonds and Trading Commission"); no company or paper. */
const INSTITUTION_HEADS = new Set([
  'commission', 'committee', 'committees', 'administration', 'agency', 'service', 'services', 'department', 'bureau', 'council',
  'institute', 'board', 'authority', 'office', 'centre', 'center', 'foundation', 'association', 'fund', 'studies', 'affairs',
  'ministry', 'directorate', 'society', 'museum', 'laboratory', 'program', 'programme', 'project',
]);

/** Verbs of acting a part: "X" after "stars as" is a character. */
const ACTING_VERBS = new Set(['star', 'stars', 'starred', 'starring', 'play', 'plays', 'played', 'playing', 'cast', 'portray', 'portrays', 'portrayed', 'portraying', 'voice', 'voices', 'voiced', 'voicing']);

/** One-word names of bodies: "Senate and House committees" are two. */
const STANDING_BODIES = new Set(['senate', 'congress', 'parliament', 'house', 'assembly', 'government', 'cabinet', 'army', 'navy', 'court', 'council', 'commission', 'committee']);

/** Small words inside an organisation's name after a title ("Council on Foreign Relations", "Center for Safer Roads"). */
const NAME_INNER_WORDS = new Set(['of', 'on', 'for', '&']);
