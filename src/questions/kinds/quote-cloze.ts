import type { QuoteFact } from '../../schema/index.js';
import { groupBy } from '../group.js';
import { BLANK, nestQuotes } from '../cloze.js';
import { titleKeys, type QuestionContext } from '../context.js';
import { corroboration, factKeys } from '../fact-key.js';
import { randomInt, shuffled } from '../random.js';
import { localThenSample } from '../sample.js';
import { normalize, normalizeUncached, reportedClause, squash } from '../text.js';
import type { Candidate, QuestionKindModule } from '../types.js';
import { DETERMINERS, QUANTIFIERS, REPORTING_VERBS, STOPWORDS, VERB_MARKERS } from '../words.js';
import { QUOTE_MAX, namesSpeaker, quoteAsShown, standsAsStatement } from './who-said.js';
import { isPastVerb } from '../clause.js';
import { quoteSentences } from '../parts.js';
import { listedSynonyms } from '../synonyms.js';

const TOKEN = /\p{L}[\p{L}’'-]*/gu;
const MIN_WORD = 5;
/** Shorter words after a noun are particles and prepositions ("of", "for", "up"), not a noun it modifies. */
const MODIFIED_MIN = 4;
const CLOZE_MIN = 30;
/** How many of a quote's words may be tried as the blank, best first. */
const TARGETS = 4;
/** Longer than this, a "sentence" is a paragraph the segmenter did not split: not read for words. */
const STORY_SENTENCE_MAX = 600;
/** How many of the story's words (in the seed's order) one quote may try: keeps the search linear. */
const STORY_PROBES = 120;
const NOT_VERB_ENDING = /(?:ern|ous|ful|less|tion|sion|ness|ity|ship|hood|ism|wth|gth|lth)$/;

/** A content word and the grammatical slot its neighbours give it, so options fit the gap alike. */
interface SlotWord {
  word: string;
  /**
   * 'noun' after a determiner with no content word next ("a cheat who"), 'modifier' after a
   * determiner before another content word ("a deeper channel"), 'verb' after an auxiliary
   * or "to", 'predicate' after a form of "be" ("is doubtful"), 'attributive' after a determiner
   * before another content word with no adjective's look ("a private server", "the harbour gates":
   * noun or adjective, no telling which), else 'other'. An 'attributive' word is neither blanked nor offered.
   */
  slot: 'noun' | 'modifier' | 'verb' | 'predicate' | 'attributive' | 'other';
  /**
   * An -s word that reads as a verb by its neighbours: a subject word before it ("which
   * outlines", "what happens") or a determiner or pronoun after it ("expects the", "deserves
   * their"). Plural nouns ("the drugs that") are not; options share the answer's reading.
   */
  finite?: boolean;
  /**
   * What governs a noun's phrase, read past its determiner and modifiers: `P:<preposition>`
   * ("in the _____ of"), `V` a content word, mostly a verb ("sustain his _____"), `B` a form of
   * "be" ("was a _____"), `S` a sentence or clause start ("and the _____ said"). For a verb, its
   * marker: `to` ("start to _____") or `M` a modal, "do" or "not" ("would _____"). A word the
   * articles use in another frame than the gap's collocates badly there ("sustain his threat"
   * from "is a threat to"): options share the gap's frame.
   */
  frame?: string;
}

/** Prepositions: a noun phrase after one is its object ("in the heart", "for the taxpayer"). */
const PREPOSITIONS = new Set(['of', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'into', 'onto', 'to', 'about', 'over', 'under', 'after', 'before', 'against', 'between', 'among', 'through', 'during', 'without', 'within', 'across', 'behind', 'beyond', 'towards', 'toward', 'despite', 'like', 'than', 'since', 'until', 'upon', 'per', 'via', 'outside', 'inside', 'around', 'near']);
/** Markers after which a verb is in its base form and the verb is no infinitive: modals, "do", "not". */
const MODAL_FRAME = 'M';

/** Forms of "be" and linking verbs: the word after one is a predicate ("is doubtful", "became clear"). */
const PREDICATE_MARKERS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'seems', 'seemed', 'become', 'became', 'remains', 'remained']);

/** Endings of adjectives, and hyphenated compounds ("year-round", "low-lying"). */
const ADJECTIVE_ENDING = /(?:est|ous|ful|less|able|ible|ive|ical|ic|ant|(?<!m)ent|ary|ier|ilar|ular|thern|stern|dern|\p{L}-\p{L}+)$/u;
/** Degree words: the next word is an adjective when a noun follows it ("more difficult times"). */
const DEGREE_WORDS = new Set(['more', 'most', 'less', 'least']);
/** Common adjectives with no telling ending. */
const COMMON_ADJECTIVES = new Set(['greater', 'smaller', 'bigger', 'larger', 'higher', 'lower', 'better', 'worse', 'whole', 'great', 'small', 'large', 'major', 'minor', 'clear', 'strong', 'wrong', 'right', 'little', 'short', 'young', 'local', 'global', 'proper', 'simple', 'single', 'entire', 'former', 'latter', 'final', 'total', 'exact', 'main', 'real', 'actual', 'precise', 'ultimate', 'overall', 'broad', 'direct']);

/** Short adjectives whose comparative ends in a bare -er ("younger", "sooner", "bigger"): an -er word is a noun as often ("letter"). */
const COMPARABLE = new Set(['young', 'old', 'long', 'strong', 'soon', 'late', 'big', 'small', 'high', 'fast', 'slow', 'hard', 'cheap', 'near', 'wide', 'deep', 'tough', 'weak', 'rich', 'poor', 'safe', 'close', 'quick', 'clear', 'great', 'large', 'tight', 'loose', 'short', 'tall', 'warm', 'cold', 'hot', 'dark', 'new', 'wise', 'fine', 'broad', 'sharp', 'steep', 'calm', 'firm', 'harsh', 'smart', 'fresh', 'full', 'brave', 'quiet', 'loud', 'thin', 'thick', 'fair', 'rare', 'pure', 'wild', 'mild', 'fierce', 'true']);
/** "younger than", or an -er word made from a short adjective: a comparative, an adjective whatever its place. */
function comparative(lower: string, next: string | undefined): boolean {
  if (!lower.endsWith('er')) return false;
  if (next === 'than') return true;
  const base = lower.slice(0, -2);
  return COMPARABLE.has(base) || COMPARABLE.has(`${base}e`) || (/(.)\1$/.test(base) && COMPARABLE.has(base.slice(0, -1)));
}
/** A prop word after an adjective ("the private one", "the main thing"): the word before it is no noun. */
const PROP_WORDS = new Set(['one', 'ones', 'thing', 'things']);
/** Ordinals are adjectives ("the sixth in a series"), whatever follows. */
const ORDINALS = new Set(['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth']);
/** An adjective by its look alone, wherever it stands: a comparative, a common adjective, an ordinal. */
const adjectiveByItself = (lower: string, next: string | undefined) => comparative(lower, next) || COMMON_ADJECTIVES.has(lower) || ORDINALS.has(lower);
/** Looks like an adjective by its ending or by itself ("doubtful", "younger", "clear"). */
const adjectiveLooking = (w: string) => ADJECTIVE_ENDING.test(w.toLowerCase()) || adjectiveByItself(w.toLowerCase(), undefined);

const isContent = (w: string) => w.length >= MIN_WORD && /^\p{Ll}/u.test(w) && !STOPWORDS.has(w.toLowerCase()) && !QUANTIFIERS.has(w.toLowerCase()) && !/[’']/.test(w);

/** Words before an -s word that make it a verb: its subject ("which outlines", "it seems"). */
const SUBJECT_WORDS = new Set(['he', 'she', 'it', 'who', 'which', 'what', 'one', 'everyone', 'nobody', 'somebody', 'someone']);
/** Verbs in -s that are no plural noun: among plural nouns one gives itself away ("years | profits | costs | continues"). */
const S_VERBS = new Set(
  ['believe', 'continue', 'remain', 'begin', 'come', 'suggest', 'seem', 'become', 'happen', 'include', 'involve', 'require', 'allow', 'think', 'know', 'appear', 'tell', 'give', 'take', 'get', 'keep', 'bring', 'provide', 'expect', 'insist', 'argue', 'mean', 'explain', 'admit', 'accept', 'agree', 'depend', 'consider', 'remember', 'understand', 'deserve', 'enable', 'ensure', 'exist', 'fail', 'prefer', 'prove', 'receive', 'seek', 'tend', 'write', 'describe', 'recognise', 'recognize', 'reckon', 'refuse', 'reveal', 'say', 'warn', 'add', 'apply', 'occur', 'emerge', 'belong', 'contain', 'sit', 'speak', 'lose', 'go', 'do']
    .map((v) => (/(?:s|sh|ch|x|o)$/.test(v) ? `${v}es` : /[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ies` : `${v}s`)),
);
/** Words after an -s word that make it a verb: what it governs ("expects the merger", "suits you"). */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'him', 'them', 'us', 'me', 'you', 'this', 'these', 'those', 'every', 'each']);
/** Articles and possessives: what follows them is a noun phrase to its end ("the harbour gates"). */
const NOUN_PHRASE_OPENERS = new Set(['the', 'a', 'an', 'our', 'their', 'his', 'her', 'its', 'my', 'your', 'this', 'that', 'these', 'those', 'every', 'each']);
/** "not" and "never" mark a verb after an auxiliary ("will not provide") and a predicate after "be" ("were not racist"). */
const NEGATIONS = new Set(['not', 'never']);
/** Endings no base-form verb has: "to similar tools" is no verb slot. */
const NO_VERB_ENDING = /(?:ous|ful|less|ic|ical|ilar|ular|ive|ory)$/;

/** Words that can be blanked or offered: content words, not names (those are who-said's job). */
export function contentWords(text: string): SlotWord[] {
  const out: SlotWord[] = [];
  const tokens = [...text.matchAll(TOKEN)];
  // The slot of the content word right before, when only a space parts the two ("a criminal trial").
  let before: { end: number; slot: SlotWord['slot']; opened: boolean } | undefined;
  tokens.forEach((m, i) => {
    const w = m[0];
    if (!isContent(w)) return;
    const lower = w.toLowerCase();
    // Contractions written with a curly apostrophe ("can’t") are the same markers as straight ones.
    const token = (k: number) => (tokens[k]?.[0] ?? '').toLowerCase().replace(/’/g, "'");
    let previous = token(i - 1);
    // "were not racist" is a predicate, "will not provide" a verb, "are not easily" neither.
    if (NEGATIONS.has(previous)) previous = PREDICATE_MARKERS.has(token(i - 2)) ? token(i - 2) : VERB_MARKERS.has(token(i - 2)) && !NEGATIONS.has(token(i - 2)) ? previous : '';
    const next = tokens[i + 1];
    // A content word right after, with only a space between, makes this one its modifier.
    // A capitalized word next is a name it describes ("the new Velden ferry", "her indoor AAA title").
    const gap = next === undefined ? '' : text.slice(m.index! + w.length, next.index);
    const adjacent = next !== undefined && /^\s+$/.test(gap);
    const modifies = adjacent && (next[0].length >= MODIFIED_MIN || /^\p{Lu}\p{L}/u.test(next[0])) && !STOPWORDS.has(next[0].toLowerCase());
    // "a quick, fair and firm system", "the cats and dogs": a list after a determiner may be of adjectives or of nouns.
    // Only a list that goes on to its noun: the word after the comma or "and" is no verb ("the inspection and talked"),
    // and after a comma it is followed by "and", "or" or another comma ("the lines, hoping to" is no list).
    // (Read only after a determiner, where it matters.)
    const listed = DETERMINERS.has(previous) && next !== undefined && listGoesOn(text, tokens, i, adjacent, gap);
    // The word after "a criminal" or "the harbour" heads that noun phrase: a noun, unless it modifies one in turn.
    // Only after an article or a possessive: "most reported steady" has no noun phrase.
    const head = before !== undefined && before.opened && (before.slot === 'modifier' || before.slot === 'attributive') && /^\s+$/.test(text.slice(before.end, m.index));
    // "to" also comes before places and nouns ("to southwestern towns"): a noun or adjective ending is no verb.
    // "moved to fourth": an ordinal after "to" is no verb.
    const verb = VERB_MARKERS.has(previous) && !NOT_VERB_ENDING.test(lower) && !NO_VERB_ENDING.test(lower) && !ORDINALS.has(lower);
    // Before another content word a noun may be a subject before its verb ("the water rise"): only an adjective's look makes it a modifier.
    // "a more _____ business": after a degree word, a word before its noun is an adjective; "the better" is one anywhere.
    const following = next?.[0].toLowerCase();
    const adjectiveLook = comparative(lower, following);
    // "the most violent of": after a degree word an adjective's ending tells, with or without a noun next.
    const adjective =
      adjectiveByItself(lower, following) ||
      (modifies && (ADJECTIVE_ENDING.test(lower) || DEGREE_WORDS.has(previous))) ||
      (DEGREE_WORDS.has(previous) && ADJECTIVE_ENDING.test(lower)) ||
      (adjacent && PROP_WORDS.has(following!));
    // Before another content word with no adjective's look, a word is a noun before its noun
    // ("the harbour gates") or an adjective ("a private server"): only a past verb next ("the water rose") makes it the noun.
    const attributive = modifies && !isPastVerb(following!);
    const slot: SlotWord['slot'] = DETERMINERS.has(previous)
      ? adjective
        ? 'modifier'
        : attributive || listed
          ? 'attributive'
          : 'noun'
      : head
        ? attributive
          ? 'attributive'
          : adjective
            ? 'modifier'
            : 'noun'
      : verb && !adjectiveLook
        ? 'verb'
        : PREDICATE_MARKERS.has(previous)
          ? // "was romantic drama": a word before its noun is that noun's modifier, no predicate.
            attributive
            ? adjective
              ? 'modifier'
              : 'other'
            : 'predicate'
          : 'other';
    // Or a verb by its form alone ("continues", "believes"), or by what follows a noun's -s word: "to" and a verb, or an
    // adverb ("Trelco expects to sell", "the plan works well"); not "that", which follows plural nouns as often ("drugs that failed").
    const afterNext = tokens[i + 2]?.[0];
    const verbFollows =
      adjacent && ((following === 'to' && afterNext !== undefined && /^\p{Ll}/u.test(afterNext) && !OBJECT_OPENERS.has(afterNext) && !STOPWORDS.has(afterNext)) || (following!.length > 4 && following!.endsWith('ly')));
    const finite = lower.endsWith('s') && shape(w) === 's' && (SUBJECT_WORDS.has(previous) || (adjacent && OBJECT_OPENERS.has(following!)) || S_VERBS.has(lower) || verbFollows);
    const frame = slot === 'noun' ? nounFrame(text, tokens, i) : slot === 'verb' ? (previous === 'to' ? 'to' : MODAL_FRAME) : undefined;
    const entry: SlotWord = finite ? { word: w, slot, finite } : { word: w, slot };
    if (frame !== undefined) entry.frame = frame;
    out.push(entry);
    before = { end: m.index! + w.length, slot, opened: NOUN_PHRASE_OPENERS.has(previous) };
  });
  return out;
}

/**
 * The frame of the noun at `i` (see `SlotWord.frame`): back over up to two modifiers and one
 * determiner, joined by spaces only, to the word that governs the phrase. Empty when the phrase
 * has no determiner to read past.
 */
function nounFrame(text: string, tokens: RegExpMatchArray[], i: number): string {
  const lower = (k: number) => tokens[k][0].toLowerCase().replace(/’/g, "'");
  const joined = (k: number) => /^\s+$/.test(text.slice(tokens[k].index! + tokens[k][0].length, tokens[k + 1].index));
  let k = i - 1;
  while (k >= 0 && k >= i - 2 && joined(k) && !DETERMINERS.has(lower(k)) && !STOPWORDS.has(lower(k))) k--;
  if (k < 0 || !DETERMINERS.has(lower(k)) || !joined(k)) return '';
  k--;
  if (k < 0 || !joined(k)) return 'S';
  const governor = lower(k);
  if (PREPOSITIONS.has(governor)) return `P:${governor}`;
  if (PREDICATE_MARKERS.has(governor)) return 'B';
  if (STOPWORDS.has(governor) || VERB_MARKERS.has(governor) || DETERMINERS.has(governor) || /^\p{Lu}/u.test(tokens[k][0])) return 'S';
  return 'V';
}

/** Whether the content word at `i` opens a list that goes on: "a quick, fair and firm system", "the cats and dogs". */
function listGoesOn(text: string, tokens: RegExpMatchArray[], i: number, adjacent: boolean, gap: string): boolean {
  const next = tokens[i + 1];
  const joined = adjacent && (next[0] === 'and' || next[0] === 'or');
  const comma = !joined && /^\s*,\s*$/.test(gap);
  if (!joined && !comma) return false;
  const item = tokens[joined ? i + 2 : i + 1];
  if (item === undefined || !/^\p{Ll}/u.test(item[0]) || STOPWORDS.has(item[0].toLowerCase()) || isPastVerb(item[0]) || item[0].endsWith('ing')) return false;
  if (joined) return true;
  const afterItem = tokens[i + 2];
  if (afterItem === undefined) return false;
  const between = text.slice(item.index! + item[0].length, afterItem.index);
  return /^\s*,\s*$/.test(between) || ((afterItem[0] === 'and' || afterItem[0] === 'or') && /^\s+$/.test(between));
}

/** A frame's class: any preposition's object is one class ("in the _____", "for the _____"). */
const frameClass = (frame: string) => (frame.startsWith('P:') ? 'P' : frame);

/** Key of a word in a pool: one entry per word, slot and frame. */
const slotKey = (w: SlotWord) => `${w.word}|${w.slot}|${w.frame ?? ''}`;

/** Words that open a clause: a verb right before one takes what was said or thought ("I have stressed I believe", "must admit that"). */
const CLAUSE_AFTER = /^\s+(?:that|i|we|you|he|she|it|they|there|this|these|those)\b/i;
/**
 * A verb that takes a clause: the verbs that fit its gap say or think something ("stressed",
 * "revealed", "showed"), near-synonyms all, so no option is clearly wrong. Not blanked.
 */
function takesClause(quote: string, w: SlotWord): boolean {
  if (w.slot === 'noun' || w.slot === 'modifier' || w.slot === 'predicate') return false;
  if (w.slot !== 'verb' && shape(w.word) !== 'ed') return false;
  const at = quote.indexOf(w.word);
  return CLAUSE_AFTER.test(quote.slice(at + w.word.length));
}

/** Same grammatical look, so the ending gives nothing away: -ing, -ed, -ly, -s, -tion, other. */
function shape(w: string): string {
  if (/\p{L}-\p{L}/u.test(w)) return '-';
  // "-ss", "-is", "-us" are no plural: "reckless", "tennis" and "bonus" are not "employees".
  // "-wards" is no plural either ("upwards", "towards").
  const m = w.toLowerCase().match(/(?:ing|ed|ly|tion|sion|ment|ness|ity|ous|ive|al|est|able|ible|ss|is|us|wards|s)$/);
  return m ? m[0] : '';
}

function stemOf(w: string): string {
  return w.toLowerCase().slice(0, 5);
}

/**
 * Pairs of neighbouring words in the articles, a word given by its stem: "norla|sailo" when a
 * story says "Norland sailors" somewhere. An option the articles themselves put next to the gap's
 * neighbour ("Norland _____" with "sailors" when the answer is "crews") could be right too.
 */
const neighbourPairs = new WeakMap<object, Set<string>>();
function neighbourPairsOf(ctx: QuestionContext): Set<string> {
  let pairs = neighbourPairs.get(ctx.table);
  if (!pairs) neighbourPairs.set(ctx.table, (pairs = neighbourPairsIn(ctx.table.articles.map((a) => ctx.raw(a.id) ?? ''))));
  return pairs;
}

export function neighbourPairsIn(texts: readonly string[]): Set<string> {
  const pairs = new Set<string>();
  for (const raw of texts) {
    let previous = '';
    let previousStem = '';
    let beforeBridgeStem = '';
    let previousEnd = -1;
    for (const m of raw.matchAll(TOKEN)) {
      const lower = m[0].toLowerCase().replace(/’/g, "'");
      const stem = stemOf(lower);
      // Only words with nothing but spaces between them are neighbours.
      const joined = previous !== '' && /^[ \t]+$/.test(raw.slice(previousEnd, m.index));
      if (joined) {
        pairs.add(`${previous}|${stem}`);
        pairs.add(`${previousStem}|${lower}`);
        // "renew its raids", "raids on Norland": the word a determiner or a preposition links to, a frame of its own (by stems).
        if (beforeBridgeStem) pairs.add(`~${beforeBridgeStem}|${stem}`);
      }
      beforeBridgeStem = joined && BRIDGES.has(lower) ? previousStem : '';
      previous = lower;
      previousStem = stem;
      previousEnd = m.index + m[0].length;
    }
  }
  return pairs;
}

/** Words between a word and what it governs or modifies: "renew _his_ raids", "raids _on_ Norland". */
const BRIDGES = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'to', 'of', 'in', 'on', 'for', 'with', 'against', 'into', 'from']);

/** A neighbour that says something about a word: a content word, not a function word, a marker or a number word. */
const tellingNeighbour = (w: string | undefined) =>
  w !== undefined && w.length >= 4 && !STOPWORDS.has(w) && !DETERMINERS.has(w) && !QUANTIFIERS.has(w) && !VERB_MARKERS.has(w);

/**
 * Where the articles use each word (by its stem): the nearest telling word before it and after it,
 * within two words and with only spaces between ("L:norland" and "L:naval" for "Norland
 * naval crews"). Two words with a neighbour in common are used of one referent or one kind of
 * thing ("Norland sailors", "Norland naval crews"), so one may fill the other's gap.
 */
const usageContexts = new WeakMap<object, Map<string, Set<string>>>();
function usageContextsOf(ctx: QuestionContext): Map<string, Set<string>> {
  let contexts = usageContexts.get(ctx.table);
  if (!contexts) usageContexts.set(ctx.table, (contexts = usageContextsIn(ctx.table.articles.map((a) => ctx.raw(a.id) ?? ''))));
  return contexts;
}

export function usageContextsIn(texts: readonly string[]): Map<string, Set<string>> {
  const contexts = new Map<string, Set<string>>();
  const add = (word: string, key: string) => {
    const stem = stemOf(word);
    let set = contexts.get(stem);
    if (!set) contexts.set(stem, (set = new Set()));
    set.add(key);
  };
  for (const raw of texts) {
    // The last two words, and whether only spaces came between each and the next.
    let w1 = '';
    let w2 = '';
    let joined1 = false;
    let previousEnd = -1;
    for (const m of raw.matchAll(TOKEN)) {
      const lower = m[0].toLowerCase().replace(/’/g, "'");
      const joined = previousEnd >= 0 && /^[ \t]+$/.test(raw.slice(previousEnd, m.index));
      // w1 is the word right before; w2 the one before it (reached only through w1).
      const near = joined && tellingNeighbour(w1) ? w1 : joined && joined1 && tellingNeighbour(w2) ? w2 : undefined;
      if (near !== undefined && tellingNeighbour(lower)) {
        add(lower, `L:${stemOf(near)}`);
        add(near, `R:${stemOf(lower)}`);
      }
      // "Norland naval crews": a word two back counts too when the one between is a content word as well.
      if (joined && joined1 && tellingNeighbour(w1) && tellingNeighbour(w2) && tellingNeighbour(lower)) {
        add(lower, `L:${stemOf(w2)}`);
        add(w2, `R:${stemOf(lower)}`);
      }
      w2 = w1;
      w1 = lower;
      joined1 = joined;
      previousEnd = m.index + m[0].length;
    }
  }
  return contexts;
}

/** Whether the articles use `option` beside a word they also use beside `answer` (or the two are listed near-synonyms). */
export function interchangeable(contexts: ReadonlyMap<string, ReadonlySet<string>>, answer: string, option: string): boolean {
  if (listedSynonyms(answer, option)) return true;
  const mine = contexts.get(stemOf(answer));
  const theirs = contexts.get(stemOf(option));
  if (!mine || !theirs) return false;
  const [small, large] = mine.size <= theirs.size ? [mine, theirs] : [theirs, mine];
  for (const k of small) if (large.has(k)) return true;
  return false;
}

/** Whether the articles put `option` beside a content word that stands beside the blank. */
export function fitsBesideNeighbour(pairs: ReadonlySet<string>, text: string, answer: string, option: string): boolean {
  const { left, right, farLeft, farRight } = gapNeighbours(text, answer);
  return (
    (left !== undefined && pairs.has(`${left}|${stemOf(option)}`)) ||
    (right !== undefined && pairs.has(`${stemOf(option)}|${right}`)) ||
    // "renew his _____" with "renew its raids" in the story; "_____ on Norland" with "raids on Norland".
    (farLeft !== undefined && pairs.has(`~${stemOf(farLeft)}|${stemOf(option)}`)) ||
    (farRight !== undefined && pairs.has(`~${stemOf(option)}|${stemOf(farRight)}`))
  );
}

/**
 * The content words right before and after `word` in `text` (nothing but spaces between),
 * lower-cased; and across one determiner or preposition ("renew his _____ on Norland").
 */
type GapNeighbours = { left?: string; right?: string; farLeft?: string; farRight?: string };
/** The last gap read: every option of one gap is checked against the same neighbours. */
let lastGap: { text: string; word: string; found: GapNeighbours } | undefined;
function gapNeighbours(text: string, word: string): GapNeighbours {
  if (lastGap && lastGap.text === text && lastGap.word === word) return lastGap.found;
  const found = readGapNeighbours(text, word);
  lastGap = { text, word, found };
  return found;
}

function readGapNeighbours(text: string, word: string): GapNeighbours {
  const at = text.indexOf(word);
  const clean = (w: string | undefined) => w?.toLowerCase().replace(/’/g, "'");
  const before = /(?:(\p{L}[\p{L}’'-]*)[ \t]+)?(\p{L}[\p{L}’'-]*)[ \t]+$/u.exec(text.slice(0, at));
  const after = /^[ \t]+(\p{L}[\p{L}’'-]*)(?:[ \t]+(\p{L}[\p{L}’'-]*))?/u.exec(text.slice(at + word.length));
  const left = clean(before?.[2]);
  const right = clean(after?.[1]);
  const telling = (w: string | undefined) =>
    w !== undefined && w.length >= 4 && !STOPWORDS.has(w) && !DETERMINERS.has(w) && !QUANTIFIERS.has(w) && !VERB_MARKERS.has(w) ? w : undefined;
  return {
    left: telling(left),
    right: telling(right),
    farLeft: left !== undefined && BRIDGES.has(left) ? telling(clean(before?.[1])) : undefined,
    farRight: right !== undefined && BRIDGES.has(right) ? telling(clean(after?.[2])) : undefined,
  };
}

/** A quote with one content word blanked; distractors are same-shaped words from the story's other quotes. */
export const quoteCloze: QuestionKindModule = {
  kind: 'quote-cloze',
  candidates(ctx, rng) {
    const quotes = ctx.factsOf('quote');
    const known = new Set(quotes.flatMap((q) => (q.direct ? [normalize(q.text)] : [normalize(q.text), normalize(reportedClause(q.text))])));
    const byArticle = groupBy(quotes, (q) => q.article);
    const words = new Map<QuoteFact, SlotWord[]>();
    const wordsOf = (q: QuoteFact) => {
      let w = words.get(q);
      if (!w) words.set(q, (w = contentWords(q.text)));
      return w;
    };
    const storyQuoteWords = new Map<string, { words: SlotWord[]; stems: Set<string> }>();
    const storyQuoteWordsOf = (article: string) => {
      let entry = storyQuoteWords.get(article);
      if (!entry) {
        const seen = new Set<string>();
        const words = shuffled(rng, (byArticle.get(article) ?? []).flatMap(wordsOf)).filter((w) => !seen.has(slotKey(w)) && seen.add(slotKey(w)));
        entry = { words, stems: new Set(words.map((w) => stemOf(w.word))) };
        storyQuoteWords.set(article, entry);
      }
      return entry;
    };
    // The story's own sentences (those its facts stand in, each once): words a reader of the story has met.
    const sentencesByArticle = groupBy(ctx.table.facts, (f) => f.article);
    const storyWords = new Map<string, Array<SlotWord & { at: number }>>();
    // Read once per article, in an order the seed shuffles once; each quote starts at its own random place.
    const storyWordsOf = (article: string) => {
      let list = storyWords.get(article);
      if (!list) {
        list = [];
        const raw = ctx.raw(article);
        const seen = new Set<number>();
        for (const f of sentencesByArticle.get(article) ?? []) {
          if (raw === undefined || seen.has(f.sentence.start) || f.sentence.end - f.sentence.start > STORY_SENTENCE_MAX) continue;
          seen.add(f.sentence.start);
          for (const w of contentWords(raw.slice(f.sentence.start, f.sentence.end))) list.push({ ...w, at: f.sentence.start });
        }
        list = shuffled(rng, list);
        storyWords.set(article, list);
      }
      return list;
    };
    const out: Candidate[] = [];
    for (const fact of [...quotes, ...quoteSentences(ctx)]) {
      const speaker = ctx.personOf(fact.speaker);
      if (!speaker || !standsAsStatement(ctx, fact)) continue;
      // Reported words are asked as the clause after "said that": what the article reports, in its words.
      const quote = fact.direct ? nestQuotes(squash(fact.text)) : quoteAsShown(ctx, fact);
      if (quote.length < CLOZE_MIN || quote.length > QUOTE_MAX || namesSpeaker(quote, speaker.names)) continue;
      const own = new Set(wordsOf(fact).map((w) => stemOf(w.word)));
      const pool = (others: QuoteFact[]) => {
        const seen = new Set<string>();
        return shuffled(rng, others.flatMap(wordsOf)).filter((w) => !own.has(stemOf(w.word)) && !seen.has(slotKey(w)) && seen.add(slotKey(w)));
      };
      // The story's quotes' words, shuffled once per article; each quote starts at its own random place and skips its own words.
      const storyAll = storyQuoteWordsOf(fact.article);
      const storyStart = storyAll.words.length > 0 ? randomInt(rng, storyAll.words.length) : 0;
      const story = function* () {
        for (let i = 0; i < storyAll.words.length; i++) {
          const w = storyAll.words[(storyStart + i) % storyAll.words.length];
          if (!own.has(stemOf(w.word))) yield w;
        }
      };
      // Then words of the story's other sentences (a quote that is the story's only one still gets
      // options from it), then of quotes in other stories: each read only when the ones before fall short.
      let told: SlotWord[] | undefined;
      const toldWords = () => {
        if (told) return told;
        const excluded = new Set([...own, ...storyAll.stems]);
        // A word once per frame it is used in: "the edge of" and "on the edge" are two chances to fit a gap.
        const seen = new Set<string>();
        const all = storyWordsOf(fact.article);
        const start = randomInt(rng, all.length);
        told = [];
        for (let i = 0; i < Math.min(all.length, STORY_PROBES); i++) {
          const w = all[(start + i) % all.length];
          const key = `${stemOf(w.word)}|${w.frame ?? ''}`;
          if (w.at !== fact.sentence.start && !excluded.has(stemOf(w.word)) && !seen.has(key)) {
            seen.add(key);
            told.push(w);
          }
        }
        return told;
      };
      let wider: SlotWord[] | undefined;
      // One article alone has no other story to draw from.
      const widerWords = () => (wider ??= ctx.table.articles.length > 1 ? pool(localThenSample(rng, [], quotes).filter((q) => q.article !== fact.article)) : []);
      // Words in a clear slot (a noun after "the", a verb after "will") first, then the longest.
      const rank = (w: SlotWord) => (w.slot === 'other' ? 0 : 100) + w.word.length;
      // A word in no clear slot and with no telling ending ("a harbour _____ for") fits any option badly: not blanked;
      // nor one that may be noun or adjective ("a _____ server"): its options could not all be of its class.
      const targets = (quote === fact.text ? wordsOf(fact) : contentWords(quote))
        // Nor an adverb in -ly: "had _____ sold out" takes "completely", "rapidly" and "eventually" alike.
        .filter((w) => quote.split(w.word).length === 2 && w.slot !== 'attributive' && (w.slot !== 'other' || shape(w.word) !== '') && !(shape(w.word) === 'ly' && w.slot !== 'noun') && w.slot !== 'modifier' && !takesClause(quote, w))
        .sort((a, b) => rank(b) - rank(a) || a.word.localeCompare(b.word));
      for (const { word, slot, finite, frame } of targets.slice(0, TARGETS)) {
        const picked: string[] = [];
        // After "a"/"an" every option must take the same article, or the article gives the answer away.
        const article = /\b(an?)\s+$/i.exec(quote.slice(0, quote.indexOf(word)));
        const vowel = (w: string) => /^[aeiou]/i.test(w);
        const pairs = neighbourPairsOf(ctx);
        const contexts = usageContextsOf(ctx);
        // First words the articles use in the gap's frame ("in the _____" with "for the cost"; "would _____"), which
        // collocate with what governs the gap; only then words of its class used in another frame.
        // Words already judged for this gap on their own (not for their frame): a second pass reads each once.
        const judged = new Set<string>();
        const offer = (words: Iterable<SlotWord>, framed: boolean) => {
          for (const { word: w, slot: s, finite: f, frame: fr } of words) {
            if (picked.length === 3) return;
            if (s !== slot || (article && vowel(w) !== vowel(word)) || shape(w) !== shape(word) || picked.some((p) => stemOf(p) === stemOf(w))) continue;
            if (framed && frame && fr !== undefined && frameClass(fr) !== frameClass(frame)) continue;
            // A word that only reports ("revealed", "admitted") beside a verb answer: the gap takes it as well as the answer.
            if ((slot === 'verb' || shape(word) === 'ed') && REPORTING_VERBS.has(w.toLowerCase())) continue;
            // "_____ the merger" takes a verb: "expects" among "sales" and "charges" is of another class.
            if (Boolean(f) !== Boolean(finite)) continue;
            // After "to" or "will" the verb is in its base form: "made to sailed" is no option.
            if ((slot === 'verb' || slot === 'predicate') && isPastVerb(w) !== isPastVerb(word)) continue;
            // After "is", an adjective's look must match: "is _____" takes no "anathema" among "significant" and "upheld".
            // After "the", "ordinary" among "amount" and "article" is as wrong: a noun's options have no adjective's look unless it has one.
            if ((slot === 'predicate' || slot === 'noun') && adjectiveLooking(w) !== adjectiveLooking(word)) continue;
            if (judged.has(w)) continue;
            judged.add(w);
            // Never a word that makes another real quote.
            // (A reported quote is shown as its clause: `known` holds that form of every reported quote too.)
            if (known.has(normalizeUncached(quote.replace(word, w)))) continue;
            // Never a word the articles put beside the gap's neighbour: it may fit as well as the answer.
            if (fitsBesideNeighbour(pairs, quote, word, w)) continue;
            // Nor one the articles use like the answer ("Norland sailors", "Norland naval crews") or a listed near-synonym.
            // And no two options that stand for each other: ruling out one would rule out both.
            if (interchangeable(contexts, word, w) || picked.some((p) => listedSynonyms(p, w))) continue;
            picked.push(w);
          }
        };
        // The story's own words first, in the frame and then not; other stories' words only when the story's fall short.
        for (const framed of [true, false]) {
          if (picked.length < 3) offer(story(), framed);
          if (picked.length < 3) offer(toldWords(), framed);
        }
        for (const framed of [true, false]) if (picked.length < 3) offer(widerWords(), framed);
        if (picked.length < 3) continue;
        const cloze = quote.replace(word, BLANK);
        // "... said that the talks ended." needs its own full stop; a reported clause ending on "?" or "!" keeps it.
        const stop = fact.direct || /[.!?][’”'"]*$/.test(cloze) ? '' : '.';
        const stem = ctx.phrases.pick('quote-cloze', { speaker: ctx.describe(speaker), cloze, direct: fact.direct, stop }, rng);
        out.push({
          kind: 'quote-cloze',
          facts: [fact],
          keys: [...factKeys(fact), ...titleKeys(ctx, speaker)],
          // Quoted words first: a reported clause is the writer's paraphrase.
          score: (fact.direct ? 1.5 : 1.25) + corroboration(fact),
          draft: { form: 'choice', stem, answer: word, distractors: picked },
        });
        break;
      }
    }
    return out;
  },
};
