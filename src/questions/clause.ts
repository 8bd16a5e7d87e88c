import type { DateFact } from '../schema/index.js';
import type { QuestionContext } from './context.js';
import { BACK_REFERENCE_OPENERS, BASE_VERBS, DANGLING_ENDS, MONTH_NAMES, NON_SUBJECT_CAPITALS, PAST_AUXILIARIES, PHRASE_STARTERS, REFERENT_NEEDING, REPORTING_VERBS, STOPWORDS, VAGUE_DATE } from './words.js';
import { EVENT_STOP_ED, IRREGULAR_PAST, MODALS } from '../extract/dates/event-words.js';
import { normalize, squash } from './text.js';
import { escapeRegExp } from '../regex.js';

export const EVENT_MAX = 140;
const EVENT_MIN_WORDS = 4;
/** "Voss took office": three words do when a name, its verb and an object. */
const EVENT_MIN_NAMED_WORDS = 3;
/** Possessives that, after a named subject, point back to it ("Mayor Ida Voss changed her mind"). */
const SUBJECT_POSSESSIVES = /^(?:his|her|its|their|himself|herself|itself|themselves)$/i;
/** "her" at the end, or before a particle, preposition or conjunction, is an object ("backed her up"), not a possessive. */
const objectPronoun = (next: string | undefined) => next === undefined || /^(?:up|out|in|on|to|off|down|over|back|away|and|or|as|for|with|at|by|from|into|about|after|before|that|a|an|the)$/i.test(bare(next));

const bare = (w: string) => w.toLowerCase().replace(/^[“"‘(]+|[.,;:!?”"’)]+$/g, '');

/** A past-tense verb or auxiliary that can head a finished event. */
export function isPastVerb(word: string): boolean {
  const w = bare(word);
  if (IRREGULAR_PAST.has(w) || PAST_AUXILIARIES.has(w)) return true;
  return w.length > 4 && w.endsWith('ed') && !EVENT_STOP_ED.has(w);
}

/** Finite forms that are not past: a reported clause may have one ("said the bridge would close"). */
const PRESENT_OR_MODAL = new Set([...MODALS, 'is', 'are', 'am', 'be', 'being', 'been']);

/** Any finite verb, for "said that ... <verb>": the reported clause needs one of its own. */
function isAnyVerb(word: string): boolean {
  return isPastVerb(word) || PRESENT_OR_MODAL.has(bare(word));
}

/** Quotation marks opened and closed in pairs: a cut quote leaves one open. */
export function balancedQuotes(s: string): boolean {
  const opens = (s.match(/[“]/g) ?? []).length;
  const closes = (s.match(/[”]/g) ?? []).length;
  const straight = (s.match(/"/g) ?? []).length;
  // Single marks: an opening one follows a space or the start; a closing one ends a word before a space, punctuation or the end.
  const singleOpen = (s.match(/(?:^|[\s(])[‘'](?=\p{L})/gu) ?? []).length;
  const singleClose = (s.match(/(?<=[\p{L}.,!?])[’'](?=[\s.,;:!?)]|$)(?<!s[’'])/gu) ?? []).length;
  const brackets = (s.match(/[()]/g) ?? []).join('');
  // Two apostrophes for a double quotation mark (''very conservative''), as some wires write it.
  const doubled = (s.match(/''/g) ?? []).length;
  return opens === closes && straight % 2 === 0 && doubled % 2 === 0 && singleOpen === singleClose && (brackets.match(/\(/g) ?? []).length === (brackets.match(/\)/g) ?? []).length;
}

/**
 * A clause that names its subject and needs nothing outside itself: no pronoun or "this" whose
 * referent is elsewhere. "that" after a verb introduces reported speech and is fine.
 */
export function standsAlone(clause: string, names?: ReadonlySet<string>): boolean {
  if (BACK_REFERENCE_OPENERS.test(clause.trim())) return false;
  const outside = clause.replace(/[“"][^”"]*[”"]/g, ' ');
  let previous: { word: string; end: number } | undefined;
  let named = false;
  for (const m of outside.matchAll(/\p{L}[\p{L}’'-]*/gu)) {
    const lower = m[0].toLowerCase();
    // "said that ..." introduces what was said; "that" after a comma or a noun points elsewhere.
    const complement = lower === 'that' && previous !== undefined && /^\s+$/.test(outside.slice(previous.end, m.index)) && (isAnyVerb(previous.word) || REPORTING_VERBS.has(previous.word.toLowerCase()));
    // With `names`: "Velden Works said its profit ...", "Okafor said he ...": a personal pronoun after a name in the same sentence is that name's.
    const own = named && OWN_REFERENTS.has(lower);
    if (REFERENT_NEEDING.has(lower) && !complement && !own) return false;
    if (names !== undefined && /^\p{Lu}/u.test(m[0]) && names.has(lower.replace(/[’']s$/, ''))) named = true;
    previous = { word: m[0], end: m.index! + m[0].length };
  }
  return true;
}

/** Pronouns that may stand for a name said before them in their sentence; "it", "they", "this" often point further. */
const OWN_REFERENTS = new Set(['he', 'she', 'his', 'her', 'its', 'their']);

/** A reported clause with a verb of its own: a statement, not a noun phrase ("An annual profit of $17.5bn"). */
export function hasVerb(clause: string): boolean {
  return clause.split(' ').some((w) => isAnyVerb(w) || /^(?:does|do|says|shows|means|remains|needs|wants|seems|looks|makes|takes|gives|goes)$/i.test(bare(w)));
}

/**
 * A dated event phrased as a quiz stem: a subject, then a past-tense verb, then what happened,
 * ending on a content word. Whether the clause is a dated event at all (no forecast, plan, modal,
 * present tense) is the extractor's call; this judges only how it reads. `next` is the word that
 * follows the event in its sentence, when known: a capitalized one means the extraction cut a name
 * in half.
 */
export function isUsableEvent(clause: string, next?: string): boolean {
  const words = clause.split(' ');
  if (words.length < EVENT_MIN_NAMED_WORDS || clause.length > EVENT_MAX || !balancedQuotes(clause)) return false;
  // A date inside the event would answer, or muddle, the question about its date.
  if (DATE_WORDS.test(clause) || RELATIVE_TIME.test(clause)) return false;
  const head = words.findIndex((w, i) => i > 0 && isPastVerb(w));
  if (head < 1) return false;
  // "Voss seemed to imply": how something looked, not what happened.
  if (/^(?:seemed|appeared)$/.test(bare(words[head])) && bare(words[head + 1] ?? '') === 'to') return false;
  // A named subject ("Voss", "Arlo Bank"): the possessives after its verb are its own ("won her seat").
  const named = words.slice(0, head).some((w) => /^\p{Lu}/u.test(w) && !/ing$/.test(w) && !NON_SUBJECT_CAPITALS.has(bare(w)) && !REFERENT_NEEDING.has(bare(w)));
  // "backed her up", "thanked her": "her" before no noun is an object pointing elsewhere, not the subject's own.
  const own = named ? [...words.slice(0, head + 1), ...words.slice(head + 1).filter((w, i, rest) => !SUBJECT_POSSESSIVES.test(bare(w)) || (bare(w) === 'her' && objectPronoun(rest[i + 1])))].join(' ') : clause;
  if (!standsAlone(own)) return false;
  const object = bare(words[head + 1] ?? '');
  if (words.length < EVENT_MIN_WORDS && !(named && head === words.length - 2 && object.length > 3 && !isAnyVerb(object) && !STOPWORDS.has(object) && !DANGLING_ENDS.has(object))) return false;
  // The words before the verb are its subject: no "If confirmed," or "Last year," in front.
  if (NON_SUBJECT_CAPITALS.has(bare(words[0])) || words.slice(0, head).some((w) => /[,;:]$/.test(w))) return false;
  // "The screening took place": a definite subject with no name points back into the story.
  if (/^(?:the|a|an)$/i.test(words[0]) && !words.slice(1, head).some((w) => /^\p{Lu}/u.test(w))) return false;
  if (DANGLING_ENDS.has(bare(words.at(-1)!)) || REPORTING_VERBS.has(bare(words.at(-1)!))) return false;
  // "The disclosures came", "Talks continued": a verb that says nothing without what follows it.
  if (COMPLEMENT_VERBS.has(bare(words.at(-1)!))) return false;
  // "Harbour traffic was higher": a comparison with nothing to compare it with says no event.
  if (/^(?:was|were|is|are|been)$/.test(bare(words.at(-2) ?? '')) && BARE_COMPARATIVE.test(bare(words.at(-1)!))) return false;
  // "... led the harbour campaign as shown": a comparison cut before what it compares with.
  if (bare(words.at(-2) ?? '') === 'as' && (isPastVerb(words.at(-1)!) || /(?:wn|en)$/.test(bare(words.at(-1)!)))) return false;
  // "X said that ..." is an event only with what was said: a clause with its own verb.
  if (REPORTING_VERBS.has(bare(words[head])) || (bare(words[head]) === 'did' && REPORTING_VERBS.has(bare(words[head + 2] ?? '')))) {
    // The word right after the verb is its object or an adjective ("told shocked investors"), not the reported verb.
    if (!words.slice(head + 2).some((w) => isAnyVerb(w) && !REPORTING_VERBS.has(bare(w)))) return false;
  }
  // The sentence goes on without a break: the event must stop where a new phrase starts.
  return !next || PHRASE_STARTERS.has(next.toLowerCase());
}

const isCapitalized = (t: string) => /^\p{Lu}[\p{L}\p{N}.’'-]*$/u.test(t) && !/[’']s$/.test(t) && !/[.]$/.test(t.replace(/^(?:\p{Lu}\.)+$/u, ''));
const CONNECTOR = /^(?:of|de|von|van|al|and|&)$/;
/** Lower-case nouns a subject may end with ("Ukrainian forces"): at most two, no function words or verbs. */
const TRAILING_NOUNS = 2;

/**
 * The words just before the event that name its subject ("Health Minister Amara Okafor",
 * "Norland forces", "Velden and Ana Lindqvist"). Undefined when there is none, or when the clause
 * is itself reported ("... said that Norland sent"): a claim is not an event.
 */
function subjectAt(before: string): string | undefined {
  // "praising Ida Voss, who opened ...": the name before ", who" is the relative clause's subject.
  const relative = /^(.*\S),\s+who$/.exec(before);
  if (relative) return relativeAntecedent(relative[1]);
  const tokens = before.split(' ').filter(Boolean);
  let i = tokens.length - 1;
  const run: string[] = [];
  while (i >= 0 && run.length < TRAILING_NOUNS && /^\p{Ll}+$/u.test(tokens[i]) && !DANGLING_ENDS.has(tokens[i]) && !STOPWORDS.has(tokens[i]) && !isAnyVerb(tokens[i])) run.unshift(tokens[i--]);
  if (run.length > 0 && !(i >= 0 && isCapitalized(tokens[i]))) return undefined;
  for (; i >= 0; i--) {
    const t = tokens[i];
    if (isCapitalized(t)) run.unshift(t);
    else if (CONNECTOR.test(t) && run.length > 0 && i > 0 && isCapitalized(tokens[i - 1])) run.unshift(t);
    else break;
  }
  const the = i >= 0 && tokens[i].toLowerCase() === 'the';
  while (run.length > 0 && (NON_SUBJECT_CAPITALS.has(run[0].toLowerCase()) || CONNECTOR.test(run[0]))) run.shift();
  if (run.length === 0 || !/^\p{Lu}/u.test(run[0])) return undefined;
  // The run must open its clause: after "between" or "of" it is the tail of a longer subject ("a debate between X and Y").
  const previous = the ? tokens[i - 1] : tokens[i];
  if (previous !== undefined && !/[,;:]$/.test(previous) && !SUBJECT_OPENERS.has(previous.toLowerCase())) return undefined;
  return (the ? ['the', ...run] : run).join(' ');
}

/** Words before a name that make it the tail of a longer noun phrase or an object of a preposition ("the wife of X, who"). */
const NOT_BEFORE_ANTECEDENT = new Set(['of', 'and', 'or', '&', 'in', 'at', 'from', 'to', 'with', 'for', 'by', 'on', 'between', 'among', 'than']);

/** The name that ends `text` ("Tom Ash is praising Ida Voss" -> "Ida Voss"), when nothing makes it part of a longer phrase. */
function relativeAntecedent(text: string): string | undefined {
  const tokens = text.split(' ').filter(Boolean);
  let i = tokens.length - 1;
  const run: string[] = [];
  for (; i >= 0; i--) {
    const t = tokens[i];
    if (isCapitalized(t)) run.unshift(t);
    else if (CONNECTOR.test(t) && t !== 'and' && t !== '&' && run.length > 0 && i > 0 && isCapitalized(tokens[i - 1])) run.unshift(t);
    else break;
  }
  while (run.length > 0 && (NON_SUBJECT_CAPITALS.has(run[0].toLowerCase()) || CONNECTOR.test(run[0]))) run.shift();
  if (run.length === 0 || (i >= 0 && (NOT_BEFORE_ANTECEDENT.has(tokens[i].toLowerCase()) || /[’']s$/.test(tokens[i])))) return undefined;
  return run.join(' ');
}

/** Words after which a new clause, and so its subject, may start. */
const SUBJECT_OPENERS = new Set(['and', 'but', 'while', 'as', 'when', 'after', 'before', 'since', 'because', 'although', 'though', 'yet', 'so', 'once', 'until', 'whereas']);

const TRAILING_TIME = /(?:,|\b(?:on|in|at|during|since|last|this|early|late|earlier|later|also|reportedly|first|then|already|previously|recently))\s*$/i;

const DATE_WORDS = new RegExp(`\\b(?:1[5-9]\\d\\d|20\\d\\d|${MONTH_NAMES.join('|')})\\b`);

const RELATIVE_TIME = /\b(?:(?:last|next|this|previous|coming|past) (?:year|month|week|decade|weekend|spring|summer|autumn|fall|winter)|yesterday|today|tomorrow|ago|recently)\b/i;

const GAP = 3;

/** Past verbs that need a complement to say what happened ("came as ...", "remained in office", "became chair"). */
const COMPLEMENT_VERBS = new Set(['came', 'went', 'continued', 'remained', 'became', 'seemed', 'appeared', 'looked', 'got', 'stood', 'followed', 'kept', 'proved', 'turned', 'felt', 'sounded']);

const BARE_COMPARATIVE = /^(?:higher|lower|greater|smaller|bigger|larger|stronger|weaker|better|worse|faster|slower|cheaper|dearer|fewer|more|less|up|down)$/;

/**
 * Where the event sits in its sentence: the words before it, and the word right after it when no
 * punctuation comes between. The event may skip a few words of the sentence ("said Monday that"
 * -> "said that"), and "that" may be one the extractor added.
 */
function locate(sentence: string, event: string): { before: string; next?: string } | undefined {
  const tokens = event.split(' ');
  const words = tokens.map((w) => (w.toLowerCase() === 'that' ? '(?:that)?' : escapeRegExp(w)));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.join(`(?:\\s+\\S+){0,${GAP}}?\\s*`)}(?![\\p{L}\\p{N}])`, 'u');
  const m = pattern.exec(sentence);
  if (!m) return undefined;
  const next = sentence.slice(m.index + m[0].length).match(/^\s+([\p{L}\p{N}][\p{L}\p{N}’'-]*)/u)?.[1];
  return { before: sentence.slice(0, m.index), next };
}

/**
 * The date fact's event as a whole clause a student can read alone ("Amara Okafor met South
 * Korea's foreign minister"), or undefined when the text gives no usable one. The extractor's
 * event is often the verb phrase only; the subject is then taken from the words before it.
 */
export function eventClause(ctx: QuestionContext, fact: DateFact, fullName: (subject: string) => string = (s) => s): string | undefined {
  if (!fact.event || VAGUE_DATE.test(fact.text)) return undefined;
  const event = squash(fact.event).replace(/[\s.;,:]+$/, '');
  const raw = ctx.raw(fact.article);
  const sentence = raw === undefined ? undefined : squash(raw.slice(fact.sentence.start, fact.sentence.end));
  const place = sentence ? locate(sentence, event) : undefined;
  if (raw !== undefined && !datesTheEvent(raw, fact, event)) return undefined;
  const first = bare(event.split(' ')[0]);
  if (!isPastVerb(first)) {
    // A clause with its own subject; one opening on a base verb is a cut imperative or a lost article ("Put the bid ...", "Set of lawsuits ...").
    if (BASE_VERBS.has(first)) return undefined;
    // "(teenagers who) own a smartphone rose ...", "(more than twice) the amount spent", "(, ) meeting a commitment made ...":
    // a clause cut from inside a relative clause, a comparison or a participle phrase has no subject of its own.
    const lead = bare(place?.before.trim().split(' ').at(-1) ?? '');
    if (CUT_AFTER.has(lead) || (/^\p{Ll}/u.test(event) && (/ing$/.test(first) || COMPARISON_OPENERS.has(first)))) return undefined;
    // "(the crews mend the nets ... and) still run short of rope": a verb phrase sharing an earlier subject, none of its own.
    if (/^\p{Ll}/u.test(event) && SHARED_SUBJECT_LEAD.has(lead) && !OWN_SUBJECT_OPENERS.has(first)) return undefined;
    // "Tension was laid bare": a lone capital that only opens the sentence is a common noun, no named subject.
    const words = event.split(' ');
    if (place && place.before.trim() === '' && words.findIndex((w, i) => i > 0 && isPastVerb(w)) === 1 && !nameWords(ctx).has(normalize(words[0])) && !capitalInside(raw, words[0])) return undefined;
    return isUsableEvent(event, place?.next) ? event.replace(/^(?:The|A|An) /, (w) => w.toLowerCase()) : undefined;
  }
  if (!place) return undefined;
  let before = place.before.replace(squash(fact.text), ' ').replace(/\s+/g, ' ').trim();
  // "Mr Voss, elected mayor in May, ...": a participle after a comma says what was done to the name before it.
  const appositive = before.endsWith(',');
  for (let prev = ''; prev !== before; ) (prev = before), (before = before.replace(TRAILING_TIME, '').trim());
  const subject = subjectAt(before);
  if (!subject || describesAnObject(before, subject)) return undefined;
  // "the director, Ida Voss, said ...": a name between commas is itself the appositive, and its verb is active;
  // a reporting verb is never the participle.
  const passive = appositive && !/,$/.test(before.slice(0, before.length - subject.length).trim()) && !REPORTING_VERBS.has(first);
  // Only a name takes "was" safely; "the bridges, closed in May" would need "were".
  if (passive && !subject.split(' ').every((w) => /^\p{Lu}/u.test(w))) return undefined;
  const clause = `${fullName(subject)} ${passive ? 'was ' : ''}${event}`;
  return isUsableEvent(clause, place.next) ? clause : undefined;
}

/** Prepositions before a name: a phrase set off by commas after "in Velden" describes Velden, not the clause's subject. */
const PREPOSITIONS = new Set(['in', 'at', 'of', 'from', 'near', 'to', 'outside', 'across', 'for', 'with', 'by', 'on', 'into', 'inside']);

/**
 * Whether `subject` sits between commas after a name that is the object of a preposition ("traders
 * at the market in Velden, the Norland capital, locked their shops"): the phrase describes the
 * place, and the clause's real subject stands further back.
 */
function describesAnObject(before: string, subject: string): boolean {
  const head = before.slice(0, before.length - subject.length).trim();
  if (!head.endsWith(',')) return false;
  const tokens = head.slice(0, -1).trim().split(' ').filter(Boolean);
  let i = tokens.length - 1;
  while (i >= 0 && isCapitalized(tokens[i])) i--;
  return i < tokens.length - 1 && i >= 0 && PREPOSITIONS.has(tokens[i].toLowerCase());
}

/** Words an event clause never follows when it is whole: a relative pronoun or a preposition before it means it was cut from a longer phrase. */
const CUT_AFTER = new Set(['who', 'which', 'whom', 'whose', 'of', 'to', 'for', 'with', 'by', 'from', 'than']);
/** Words after which a lower-case clause goes on the subject before them: "and", "but", "still", "then". */
const SHARED_SUBJECT_LEAD = new Set(['and', 'or', 'but', 'still', 'also', 'then', 'now', 'often', 'usually', 'never', 'always', 'just', 'again', 'later', 'soon']);
/** Words that open a subject of its own: "(and) the council voted", "(but) its shares fell", "(and) they left". */
const OWN_SUBJECT_OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some', 'many', 'most', 'all', 'both', 'each', 'every', 'no', 'he', 'she', 'it', 'we', 'they', 'i', 'you', 'there', 'one', 'two', 'three']);

/** Openers of a comparison or an amount ("more than twice the amount spent"): no subject of an event. */
const COMPARISON_OPENERS = new Set(['more', 'less', 'fewer', 'twice', 'half', 'than', 'nearly', 'almost']);

/** An article or possessive before a date makes it part of a noun phrase: "an Aug. 8 affidavit", "the May 5 vote", "Voss's 2019 plan". */
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:a|an|the|this|that|his|her|its|their|our|\p{L}+[’']s)\s+$/iu;
const PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);
/** A finite verb right after the date, with no comma: the date sits inside the sentence's subject ("The plan rejected on Monday was ..."). */
const FINITE_AFTER = /^\s+(?:was|were|is|are|has|have|had|will|would|could|should|may|might|must|can|did|does|do)\b/i;

/**
 * Whether the date says when the event happened, judged from the words around it: not when it
 * modifies a noun ("her statement in an Aug. 8 affidavit": the affidavit's date, not the
 * statement's), nor when the event is a participle inside a longer subject whose own verb follows
 * the date ("The plan rejected on Monday was similar to ...": "The plan rejected" is no clause).
 */
export function datesTheEvent(raw: string, fact: DateFact, event: string): boolean {
  if (raw.slice(fact.span.start, fact.span.end) !== fact.text) return true;
  const before = raw.slice(Math.max(fact.sentence.start, fact.span.start - 30), fact.span.start);
  const after = raw.slice(fact.span.end, Math.min(fact.sentence.end, fact.span.end + 40));
  if (DETERMINER_BEFORE.test(before)) {
    // "an Aug. 8, 2015, affidavit": a noun (after any year) follows; "in a 2019 report" too. "the 1990s" or "the week" is the date itself.
    const noun = (/\d{4}$/.test(fact.text) ? /^,?\s+(\p{Ll}[\p{L}-]*)/u : /^(?:,\s*\d{4},)?\s+(\p{Ll}[\p{L}-]*)/u).exec(after)?.[1];
    if (/(?:^|\s)an?\s+$/i.test(before) || (noun !== undefined && !PHRASE_STARTERS.has(noun) && !DANGLING_ENDS.has(noun) && !PRONOUNS.has(noun) && !isAnyVerb(noun))) return false;
  }
  if (FINITE_AFTER.test(after)) {
    // The event ends right before the date ("The plan rejected | on Monday | was"): a participle of the subject.
    const lead = squash(raw.slice(fact.sentence.start, fact.span.start)).replace(/(?:\s+(?:on|in|at|during|last|this|early|late|earlier)|,)+\s*$/i, '');
    const last = bare(event.split(' ').at(-1) ?? '');
    if (last && bare(lead.split(' ').at(-1) ?? '') === last) return false;
  }
  return true;
}

const NAME_WORDS = new WeakMap<QuestionContext, Set<string>>();
/** Every word of every entity's name and aliases: a capital that names something. */
export function nameWords(ctx: QuestionContext): Set<string> {
  let words = NAME_WORDS.get(ctx);
  if (!words) {
    words = new Set(ctx.table.entities.flatMap((e) => [e.name, ...e.aliases].flatMap((n) => normalize(n).split(' '))));
    NAME_WORDS.set(ctx, words);
  }
  return words;
}

/** Whether the text writes the word with its capital inside a sentence too ("... met Lindqvist"): then it is a name. */
export function capitalInside(raw: string | undefined, word: string): boolean {
  if (raw === undefined) return false;
  for (let i = raw.indexOf(word); i >= 0; i = raw.indexOf(word, i + word.length)) {
    if (/[\p{L}\p{N}]/u.test(raw[i + word.length] ?? '')) continue;
    const before = raw.slice(Math.max(0, i - 3), i);
    if (/[\p{L}\p{N},;]\s+$/u.test(before)) return true;
  }
  return false;
}

/** A lookup from a bare surname ("Okafor") to the one notable full name that ends with it. */
export function surnameResolver(ctx: QuestionContext): (subject: string) => string {
  const bySurname = new Map<string, string | null>();
  for (const p of ctx.notable) {
    if (p.kind !== 'person' || !p.name.includes(' ')) continue;
    const last = normalize(p.name).split(' ').at(-1)!;
    const known = bySurname.get(last);
    bySurname.set(last, known === undefined || known === p.name ? p.name : null);
  }
  return (subject) => (subject.includes(' ') ? subject : (bySurname.get(normalize(subject)) ?? subject));
}
