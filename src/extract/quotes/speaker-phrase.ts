import { isCapitalized, isCapitalizedParticiple, isLowerAdverb, isPossessive, type Token } from './tokens.js';
import {
  AND_BUT, DETERMINERS, NAME_PARTICLES, NON_SPEAKER_STARTERS, PREPOSITIONS, QUOTE_ONLY_FORMS, SPEAKER_LINKERS, SPEAKER_MODIFIERS,
  SPEAKER_NOUNS, SPEECH_VERB_FORMS, SUBJECT_PRONOUNS, TIME_WORDS, VERB_MODIFIERS, WHO_THAT_WHICH,
} from './words.js';

// Word lists tested with Set lookups (a regular expression per test cost an object and a match).
const APPROXIMATORS = new Set(['about', 'nearly', 'almost', 'roughly', 'some', 'only', 'just', 'over', 'fewer', 'more', 'than']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const RELATIVE_OPENERS = new Set(['who', 'which', 'whose', 'himself', 'herself', 'itself', 'themselves']);
const OBJECT_PREPOSITIONS = new Set(['by', 'about', 'against', 'into', 'after', 'over', 'under', 'than', 'like', 'through', 'with', 'to']);
/** Adjectives that tie a speaker to what follows ("people familiar with", "aides close to"). */
const LINKING_ADJECTIVES = new Set(['familiar', 'close', 'closest', 'opposed', 'loyal', 'sympathetic', 'allied', 'connected', 'linked', 'knowledgeable', 'friendly', 'affiliated', 'attached', 'related', 'devoted', 'committed', 'used', 'accustomed', 'similar', 'new', 'known']);
const AND = new Set(['and']);

/** Function words that never head a speaker phrase. */
const NOT_HEADS = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', 'am', 'that', 'which', 'who', 'what', 'there', 'here', 'than', 'as', 'if', 'when', 'while', 'because', 'not', 'so', 'very', 'also', 'but', 'and', 'or', 'nor', 'yet', 'then', 'than']);

/** Token range [first, last] (inclusive) of the words naming a speaker. */
export interface PhraseRange {
  first: number;
  last: number;
}

function isNameWord(t: Token, previous?: Token): boolean {
  // "Refusing to comment, ..." opens with a participle, not a name; after a first name or a
  // title an -ing word is a surname ("Mr. Fielding", "Ann Harding").
  return isCapitalized(t) && !NON_SPEAKER_STARTERS.has(t.lower) && !TIME_WORDS.has(t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower) && (!isCapitalizedParticiple(t) || surnameAfter(previous));
}

/** A capitalised word (a first name, an initial, a title) that may precede a surname; not a sentence opener. */
function surnameAfter(previous: Token | undefined): boolean {
  return !!previous && previous.isWord && !previous.quoted && isCapitalized(previous) && !NON_SPEAKER_STARTERS.has(previous.lower) && !isCapitalizedParticiple(previous);
}

/** Can this token be the last word (the head) of a speaker phrase? */
function isHead(t: Token, previous?: Token): boolean {
  if (!t.isWord || t.quoted || isPossessive(t)) return false;
  return isNameWord(t, previous) || SPEAKER_NOUNS.has(t.lower);
}

/** /^\d[\d,.]*$/: "42", "1,200". */
function isFigure(word: string): boolean {
  const first = word.charCodeAt(0);
  if (!(first >= 48 && first <= 57)) return false;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || c === 44 || c === 46)) return false;
  }
  return true;
}

const COUNT_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
/** "6", "six": the count of a share ("six in 10"). */
function isCount(t: Token): boolean {
  return t.isWord && !t.quoted && (isFigure(t.text) || COUNT_WORDS.has(t.lower));
}

/** Can this token sit inside a speaker phrase, left of its head? */
function isPhraseWord(t: Token): boolean {
  if (t.quoted) return false;
  if (t.text === '-' || t.text === '.' || t.text === '&') return true;
  if (!t.isWord) return false;
  if (isFigure(t.text)) return true;
  return isCapitalized(t) || isPossessive(t) || DETERMINERS.has(t.lower) || SPEAKER_NOUNS.has(t.lower) || SPEAKER_MODIFIERS.has(t.lower) || NAME_PARTICLES.has(t.lower);
}

/** Drop words at the left edge that cannot open a speaker phrase ("But", "of", "and"). */
function trimLeft(tokens: Token[], first: number, last: number): number {
  // A dateline ("DOVER - The mayor ...") is not part of the speaker.
  for (let i = last - 1; i > first; i--) {
    if (/^[-–—―]$/.test(tokens[i].text)) {
      first = i + 1;
      break;
    }
  }
  while (first <= last && (!tokens[first].isWord || SPEAKER_LINKERS.has(tokens[first].lower) || NON_SPEAKER_STARTERS.has(tokens[first].lower) || TIME_WORDS.has(tokens[first].lower))) first++;
  return first;
}

/**
 * The speaker phrase that ends just before `end` (exclusive token index), scanning leftwards.
 * Unknown lower-case words are accepted only between a determiner or possessive and the head
 * ("the city's water board").
 */
export function phraseEndingAt(tokens: Token[], headIndex: number, lowerBound: number): PhraseRange | null {
  const head = tokens[headIndex];
  if (!head) return null;
  if (SUBJECT_PRONOUNS.has(head.lower) && head.isWord && !head.quoted) return { first: headIndex, last: headIndex };
  // "Several said", "while another says": a quantifier standing alone is a pronoun.
  if (QUANTIFIER_PRONOUNS.has(head.lower) && head.isWord && !head.quoted) {
    const previous = tokens[headIndex - 1];
    const standsAlone = headIndex <= lowerBound || (!previous.isWord && previous.text !== '-') || QUANTIFIER_OPENERS.has(previous.lower);
    // "most state parties", "all reported contributions": a noun after the quantifier.
    const verb = tokens[headIndex + 1];
    const next = tokens[headIndex + 2];
    const adjective = !!verb && verb.lower.endsWith('ed') && !!next && next.isWord && next.lowerFirst && !CLAUSE_OPENERS.has(next.lower) && !VERB_MODIFIERS.has(next.lower) && !TIME_WORDS.has(next.lower) && !isLowerAdverb(next);
    const nounAfter = !!verb && ((AMBIGUOUS_BASES.has(verb.lower) && !(next && CLAUSE_OPENERS.has(next.lower))) || adjective);
    return standsAlone && !nounAfter ? { first: headIndex, last: headIndex } : null;
  }
  // "Residents of Brook 12", "staff at Terminal 5": a short number right after a name is part of it.
  const named = tokens[headIndex - 1];
  if (headIndex - 1 >= lowerBound && head.isWord && !head.quoted && /^\d{1,3}$/.test(head.text) && named.isWord && !named.quoted && named.end + 1 === head.start && isCapitalized(named) && !TIME_WORDS.has(named.lower) && isHead(named, tokens[headIndex - 2])) {
    const name = phraseEndingAt(tokens, headIndex - 1, lowerBound);
    return name ? { first: name.first, last: headIndex } : null;
  }
  // A share of those polled: "Six in 10", "about 4 in 10", "one in five".
  if (isCount(head) && tokens[headIndex - 1]?.lower === 'in' && headIndex - 2 >= lowerBound && isCount(tokens[headIndex - 2])) {
    let first = headIndex - 2;
    while (first - 1 >= lowerBound && tokens[first - 1].isWord && !tokens[first - 1].quoted && (APPROXIMATORS.has(tokens[first - 1].lower))) first--;
    return { first, last: headIndex };
  }
  // A share written with a sign: "42%", "about 40%".
  if (head.text === '%' && headIndex - 1 >= lowerBound && isFigure(tokens[headIndex - 1].text)) {
    let first = headIndex - 1;
    while (first - 1 >= lowerBound && tokens[first - 1].isWord && !tokens[first - 1].quoted && APPROXIMATORS.has(tokens[first - 1].lower)) first--;
    return { first, last: headIndex };
  }
  // An unknown common noun heads a phrase only behind a determiner ("the announcer").
  // "Harding said": an -ing word right before a verb of saying is a surname, not a participle.
  const ingName = isCapitalizedParticiple(head) && !head.quoted && !NON_SPEAKER_STARTERS.has(head.lower) && beforeSpeechVerb(tokens, headIndex + 1);
  const commonHead = !ingName && !isHead(head, tokens[headIndex - 1]) && head.isWord && !head.quoted && /^\p{Ll}[\p{Ll}-]+$/u.test(head.text) && !/ly$/.test(head.lower) && !VERB_MODIFIERS.has(head.lower) && !DETERMINERS.has(head.lower) && !SPEAKER_LINKERS.has(head.lower) && !NOT_HEADS.has(head.lower) && !PREPOSITIONS.has(head.lower);
  if (!ingName && !isHead(head, tokens[headIndex - 1]) && !commonHead) return null;
  let first = headIndex;
  let i = headIndex - 1;
  while (i >= lowerBound) {
    const t = tokens[i];
    // A list of names: "Norway, the EU and the African Union said".
    if (t.text === ',' && tokens.slice(i + 1, headIndex).some((x) => x.lower === 'and') && tokens[i - 1] && isNameWord(tokens[i - 1])) {
      first = i - 1;
      i -= 2;
      continue;
    }
    // "A survey of 3,100 nurses": a thousands comma is part of the figure.
    if (isPhraseWord(t) || (t.text === ',' && digitGroupComma(tokens, i))) {
      first = i;
      i--;
      continue;
    }
    // Up to two unknown lower-case words, kept only if a determiner or possessive opens them.
    // Not a verb or relative pronoun ("the bill that was ...", "those who backed the plan").
    if (t.isWord && !t.quoted && t.lowerFirst && !VERB_MODIFIERS.has(t.lower) && !NOT_HEADS.has(t.lower)) {
      const j = i - 1;
      if (tokens[j]?.isWord && NOT_HEADS.has(tokens[j].lower)) break;
      const k = tokens[j] && tokens[j].isWord && tokens[j].lowerFirst && !isPhraseWord(tokens[j]) ? j - 1 : j;
      const opener = tokens[k];
      if (k >= lowerBound && opener && (DETERMINERS.has(opener.lower) || isPossessive(opener))) {
        first = k;
        i = k - 1;
        continue;
      }
    }
    break;
  }
  first = trimLeft(tokens, first, headIndex);
  if (first > headIndex) return null;
  // "the announcer", "South Korean politicians": a determiner, possessive or name must open it.
  // "insiders in the two states": a speaker noun with a place after it heads the phrase.
  // After a comma a singular role is an appositive ("Jo Ames, president of the board, ..."), not the subject.
  const linkedNoun = SPEAKER_NOUNS.has(tokens[first].lower) && first + 2 < headIndex && LOCATIVE_LINKS.has(tokens[first + 1].lower) && (DETERMINERS.has(tokens[first + 2].lower) || isCapitalized(tokens[first + 2])) && (tokens[first - 1]?.text !== ',' || tokens[first].lower.endsWith('s'));
  if (commonHead && !(first < headIndex && (DETERMINERS.has(tokens[first].lower) || isPossessive(tokens[first]) || isNameWord(tokens[first]) || linkedNoun))) return null;
  // A lone capitalised sentence starter that is a determiner ("The said") is no speaker.
  if (first === headIndex && DETERMINERS.has(head.lower)) return null;
  return { first, last: headIndex };
}

/** One to four capitalised name words (and initials) filling [from, to]. */
function isNameAppositive(tokens: Token[], from: number, to: number): boolean {
  if (to < from || to - from > 5) return false;
  for (let k = from; k <= to; k++) {
    const t = tokens[k];
    if (t.text === '.') continue;
    if (!t.isWord || t.quoted || !(isNameWord(t, k > from ? tokens[k - 1] : undefined) || (k > from && NAME_PARTICLES.has(t.lower)))) return false;
  }
  return true;
}

/** Adverbs set off by commas between a subject and its verb ("Ames, however, said"). */
export const DISCOURSE_ADVERBS = new Set(['however', 'meanwhile', 'though', 'too', 'also', 'instead', 'nevertheless', 'moreover', 'likewise', 'similarly', 'meantime', 'for example', 'for instance', 'in turn', 'for his part', 'for her part', 'in contrast', 'by contrast', 'in fact', 'of course', 'in addition', 'in particular', 'as a result', 'in general', 'at the same time']);

/** Words that open an aside adding to a subject ("Economists, like their rivals, say"). */
const APPOSITIVE_LINKS = new Set(['like', 'unlike', 'along', 'including', 'together', 'especially', 'particularly', 'notably', 'as']);

/** Irregular past participles that open an appositive ("Ames, clad in red, said"). */
const APPOSITIVE_PARTICIPLES = new Set(['clad', 'known', 'born', 'seen', 'shown', 'given', 'taken', 'chosen', 'driven', 'flanked', 'beaten', 'held', 'sworn', 'elected', 'built', 'brought', 'caught', 'led', 'sent']);

/** Skip a parenthesis ending at `i` ("Jo Ames (D-Del.) said"); returns the index before it. */
function skipParenthesis(tokens: Token[], i: number): number {
  if (tokens[i]?.text !== ')') return i;
  for (let j = i - 1; j >= 0 && j > i - 8; j--) if (tokens[j].text === '(') return j - 1;
  return i;
}

/**
 * The subject of the verb at `verb`: the phrase just left of it, past modal and adverb words
 * ("also said") and past an appositive between commas ("Ames, a former mayor ...,").
 */
export function subjectBefore(tokens: Token[], verb: number, lowerBound = 0): PhraseRange | null {
  let i = verb - 1;
  while (i >= lowerBound && tokens[i].isWord && !tokens[i].quoted && (VERB_MODIFIERS.has(tokens[i].lower) || isLowerAdverb(tokens[i]) || SUBJECT_TRAILERS.has(tokens[i].lower) || (TIME_WORDS.has(tokens[i].lower) && !SUBJECT_PRONOUNS.has(tokens[i].lower)))) {
    // "X on Monday said": skip time words, but not a capitalised name.
    if (TIME_WORDS.has(tokens[i].lower) && isCapitalized(tokens[i]) && !WEEKDAYS.has(tokens[i].lower)) break;
    i--;
  }
  i = skipParenthesis(tokens, i);
  if (i < lowerBound) return null;
  // "Jo Ames, however, said": a discourse adverb between commas is no appositive.
  if (tokens[i].text === ',' && tokens[i - 2]?.text === ',' && DISCOURSE_ADVERBS.has(tokens[i - 1]?.lower ?? '')) i -= 3;
  else if (tokens[i].text === ',' && tokens[i - 3]?.text === ',' && DISCOURSE_ADVERBS.has(`${tokens[i - 2]?.lower} ${tokens[i - 1]?.lower}`)) i -= 4;
  if (i < lowerBound) return null;
  if (tokens[i].text === ',') {
    // Appositive: "X, a former port director who ..., said".
    for (let j = i - 1; j >= lowerBound && j > i - 45; j--) {
      const t = tokens[j];
      if (t.quoted || t.mark >= 0 || t.text === ';' || t.text === ':') break;
      if (t.text !== ',' || digitGroupComma(tokens, j)) continue;
      const opener = tokens[j + 1];
      // "Jo Ames, 22, of Dover, said"; "Jo Ames, during a visit to Dover, said".
      const ageOf = opener?.lower === 'of' && /^\d+$/.test(tokens[j - 1]?.text ?? '');
      const appositiveOpens = opener && (ageOf || APPOSITIVE_LINKS.has(opener.lower) || (PREPOSITIONS.has(opener.lower) && opener.lower !== 'to' && opener.lower !== 'of') || DETERMINERS.has(opener.lower) || RELATIVE_OPENERS.has(opener.lower) || /ing$/.test(opener.lower) || (opener.lowerFirst && (/ed$/.test(opener.lower) || APPOSITIVE_PARTICIPLES.has(opener.lower))) || /^\d+$/.test(opener.text) || isCapitalized(opener) || SPEAKER_NOUNS.has(opener.lower) || SPEAKER_MODIFIERS.has(opener.lower));
      // "Jo Ames, dean of the law school, said", "Jo Ames, then 38, said": after a name, any
      // lower-case opening is an appositive (a role the word lists may not know).
      // One word is more likely an item of a list ("members of Congress, governors, ...").
      // So after a speaker noun with a determiner ("The newspaper, long an advocate of ..., said").
      const before = tokens[skipParenthesis(tokens, j - 1)];
      const afterName = !appositiveOpens && opener?.isWord && opener.lowerFirst && !opener.quoted && i - j > 2 && !!before && (isCapitalized(before) || (SPEAKER_NOUNS.has(before.lower) && DETERMINERS.has(tokens[j - 2]?.lower ?? '') && i - j > 4));
      if (!appositiveOpens && !afterName) return null;
      let end = skipParenthesis(tokens, j - 1);
      // An age before the appositive: "Mara Quist, 21, a student from ..., said".
      if (/^\d+$/.test(tokens[end]?.text ?? '') && tokens[end - 1]?.text === ',') end = end - 2;
      // "Proponents, including ..., have urged": a plural noun opening the sentence is the subject.
      const opening = tokens[end];
      const subject = phraseEndingAt(tokens, end, lowerBound) ?? (end === lowerBound && opening?.isWord && !opening.quoted && opening.upper && /[^su'’]s$/.test(opening.lower) && !NON_SPEAKER_STARTERS.has(opening.lower) ? { first: end, last: end } : null);
      // "..., facing a challenge in Iowa, a swing state, said": a phrase after a preposition or
      // a participle is inside a longer appositive; the subject is before an earlier comma.
      const inside = subject && tokens[subject.first - 1]?.isWord && (PREPOSITIONS.has(tokens[subject.first - 1].lower) || /ing$/.test(tokens[subject.first - 1].lower));
      if (inside) {
        // "Six papers in the state, including ..., said": at the sentence start, the phrase the
        // preposition attaches to is the subject.
        const outer = LOCATIVE_LINKS.has(tokens[subject.first - 1].lower) ? phraseEndingAt(tokens, subject.first - 2, lowerBound) : null;
        if (outer && outer.last === subject.first - 2 && !SUBJECT_PRONOUNS.has(tokens[outer.last].lower) && opensSentence(tokens, outer.first, lowerBound)) {
          // "Another delegate on the slate, Jo Ames, said": the name is the speaker.
          if (isNameAppositive(tokens, j + 1, i - 1)) return { first: outer.first, last: i - 1 };
          return { first: outer.first, last: subject.last };
        }
        continue;
      }
      if (!subject || SUBJECT_PRONOUNS.has(tokens[subject.last].lower)) return null;
      // "Jo Ames, whose company, Acme, makes pumps, said": the name inside the "whose" clause is
      // not the speaker; the phrase before the clause is.
      for (let w = subject.first - 2; w >= lowerBound && w >= subject.first - 6; w--) {
        if (tokens[w].lower !== 'whose' || tokens[w - 1]?.text !== ',' || tokens[subject.first - 1]?.text !== ',') continue;
        const owner = phraseEndingAt(tokens, w - 2, lowerBound);
        return owner && owner.last === w - 2 && !SUBJECT_PRONOUNS.has(tokens[owner.last].lower) ? owner : null;
      }
      // "A lawyer for the family, Jo Ames, said": the name after the role is the speaker.
      if (tokens[subject.last].lowerFirst && isNameAppositive(tokens, j + 1, i - 1)) return { first: subject.first, last: i - 1 };
      return subject;
    }
    return null;
  }
  // "Jo Ames — a teacher from Dover — said", "Jo Ames -- who ... -- said": the subject is before the first dash.
  if (isDash(tokens[i])) return subjectBeforeDashes(tokens, i, lowerBound);
  const phrase = phraseEndingAt(tokens, i, lowerBound);
  // "about half of voters say", "over 40 percent said": an approximate share, not a preposition.
  if (phrase && phrase.first - 1 >= lowerBound && SHARE_APPROXIMATORS.has(tokens[phrase.first - 1].lower) && !tokens[phrase.first - 1].quoted && isQuantity(tokens[phrase.first], tokens[phrase.first + 1])) return { first: phrase.first - 1, last: phrase.last };
  if (!phrase || !OBJECT_PREPOSITIONS.has(tokens[phrase.first - 1]?.lower ?? '')) return phrase;
  // "After Ames said ...": at the start of a clause "after" is a conjunction, not a preposition.
  const opener = phrase.first - 1;
  // So it is after an adverb of time ("shortly after Ames said", "soon after").
  if (tokens[opener].lower === 'after' && (opener === 0 || tokens[opener - 1].text === ',' || AND_BUT.has(tokens[opener - 1].lower) || TIME_BEFORE_AFTER.has(tokens[opener - 1].lower))) return phrase;
  // "people familiar with the talks said", "aides close to the mayor said": the whole phrase.
  const link = tokens[phrase.first - 2];
  if (link?.isWord && LINKING_ADJECTIVES.has(link.lower)) {
    const head = phraseEndingAt(tokens, phrase.first - 3, lowerBound);
    return head && !SUBJECT_PRONOUNS.has(tokens[head.last].lower) ? { first: head.first, last: phrase.last } : null;
  }
  // "A memo from the board seen by the Gazette warns": a participle and "by" after the
  // subject that opens the sentence; the whole phrase names the speaker.
  // "Figures presented to the council show": so does a document handed to someone.
  const by = tokens[phrase.first - 1].lower === 'by';
  if ((by || tokens[phrase.first - 1].lower === 'to') && phrase.first - 3 >= lowerBound) {
    const participle = tokens[phrase.first - 2];
    if (participle.isWord && !participle.quoted && participle.lowerFirst && (by ? /[^e]ed$/.test(participle.lower) || PARTICIPLES_BEFORE_BY.has(participle.lower) : HANDED_TO.has(participle.lower))) {
      const head = phraseEndingAt(tokens, phrase.first - 3, lowerBound);
      if (head && !SUBJECT_PRONOUNS.has(tokens[head.last].lower) && (opensSentence(tokens, head.first, lowerBound) || nounPhraseFromStart(tokens, lowerBound, phrase.first - 2))) return { first: opensSentence(tokens, head.first, lowerBound) ? head.first : lowerBound, last: phrase.last };
    }
  }
  // "officials who had been briefed by the agency said": the phrase after "by" is not the
  // subject; the noun phrase before the relative pronoun is.
  // After "with" or "to" without a relative pronoun the phrase stays ("in a meeting with the
  // board Ames said" is the old guess; only "officials who spoke with X said" is corrected).
  const fallback = WITH_TO.has(tokens[phrase.first - 1].lower) ? phrase : null;
  for (let w = phrase.first - 2; w >= lowerBound && w > phrase.first - 14; w--) {
    const t = tokens[w];
    if (t.quoted || t.mark >= 0 || /^[,;:]$/.test(t.text)) return fallback;
    if (WHO_THAT_WHICH.has(t.lower)) return phraseEndingAt(tokens, w - 1, lowerBound);
  }
  return fallback;
}
const WITH_TO = new Set(['with', 'to']);
/** Participles of handing a document to someone ("figures presented to the board"). */
const HANDED_TO = new Set(['presented', 'submitted', 'sent', 'given', 'provided', 'supplied', 'released', 'leaked', 'shown', 'delivered', 'circulated', 'tabled']);
const NOT_IN_NOUN_PHRASE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'do', 'does', 'did', 'who', 'which', 'that', 'when', 'while', 'if', 'because', 'as', 'but', 'and', 'or']);
/** "A May memo from the board": words only from the sentence start to `end`, opening with a capital, none verb-like. */
function nounPhraseFromStart(tokens: Token[], start: number, end: number): boolean {
  const first = tokens[start];
  if (!first || !first.isWord || !first.upper || NON_SPEAKER_STARTERS.has(first.lower) || end - start > 10) return false;
  for (let k = start; k < end; k++) {
    const t = tokens[k];
    if (t.quoted || t.mark >= 0 || (!t.isWord && t.text !== '.')) return false;
    if (t.isWord && t.lowerFirst && (NOT_IN_NOUN_PHRASE.has(t.lower) || t.lower.endsWith('ed') || t.lower.endsWith('ing'))) return false;
  }
  return true;
}
const PARTICIPLES_BEFORE_BY = new Set(['seen', 'written', 'given', 'taken', 'made', 'held', 'known', 'sent', 'released', 'obtained', 'reviewed', 'signed', 'led', 'run', 'paid', 'funded', 'commissioned', 'conducted', 'issued', 'published', 'filed', 'drafted']);
const AUXILIARIES_BEFORE_CUE = new Set(['also', 'has', 'had', 'later', 'then', 'again', 'previously', 'once', 'recently']);

/** Is the token at `k` a verb of saying, perhaps after an auxiliary ("said", "also told", "has said")? */
function beforeSpeechVerb(tokens: Token[], k: number): boolean {
  let t = tokens[k];
  if (t && t.isWord && AUXILIARIES_BEFORE_CUE.has(t.lower)) t = tokens[k + 1];
  return !!t && t.isWord && !t.quoted && t.lowerFirst && (SPEECH_VERB_FORMS.has(t.lower) || QUOTE_ONLY_FORMS.has(t.lower)) && !t.lower.endsWith('ing');
}
/** Quantifiers that stand for people on their own ("Several said", "another says"). */
const QUANTIFIER_PRONOUNS = new Set(['several', 'many', 'some', 'most', 'both', 'few', 'one', 'another', 'all', 'none']);
/** Words between a subject and its verb that qualify the subject ("voters overall said"). */
const SUBJECT_TRAILERS = new Set(['overall', 'alike', 'collectively']);
/** Words that count or measure a share of people ("half", "a third", "two-thirds"). */
const SHARE_WORDS = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'majority', 'plurality', 'dozen', 'dozens', 'hundreds', 'thousands']);
/** Words before a quantifier that leave it standing alone as the subject ("and many said"). */
const QUANTIFIER_OPENERS = new Set(['and', 'but', 'while', 'whereas', 'yet', 'though', 'although', 'where', 'which', 'who', 'that', 'because', 'so']);
/** Base forms of speech verbs that are more often nouns after a quantifier ("most state parties"). */
const AMBIGUOUS_BASES = new Set(['state', 'report', 'record', 'post', 'comment', 'note', 'charge', 'tweet', 'estimate', 'signal', 'demand', 'counter', 'call', 'reply', 'repeat']);
/** Words after a past form that make it a verb with a clause, not an adjective ("all reported that"). */
const CLAUSE_OPENERS = new Set(['that', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'the', 'a', 'an', 'this', 'there']);
const SHARE_APPROXIMATORS = new Set(['about', 'nearly', 'almost', 'roughly', 'some', 'only', 'just', 'over', 'around']);

/** "half", "40", "two-thirds", "a third": the start of a share. */
function isQuantity(t: Token | undefined, next: Token | undefined): boolean {
  if (!t || !t.isWord || t.quoted) return false;
  if (t.lower === 'a' || t.lower === 'an') return !!next && next.isWord && SHARE_WORDS.has(next.lower);
  return isCount(t) || SHARE_WORDS.has(t.lower) || /^\p{L}+-(thirds|quarters|fifths)$/u.test(t.lower);
}
/** Prepositions that join a place or group to a speaker ("officials in the state", "leaders of the group"). */
const LOCATIVE_LINKS = new Set(['in', 'of', 'at', 'from', 'across', 'around', 'on', 'for', 'with']);

/** Does the phrase at `first` open its sentence (or follow a conjunction that does)? */
function opensSentence(tokens: Token[], first: number, lowerBound: number): boolean {
  const before = tokens[first - 1];
  return first <= lowerBound || (first - 1 === lowerBound && !!before && before.isWord && NON_SPEAKER_STARTERS.has(before.lower));
}
const TIME_BEFORE_AFTER = new Set(['shortly', 'soon', 'just', 'right', 'immediately', 'long', 'days', 'hours', 'weeks', 'months', 'years', 'minutes', 'moments', 'day', 'week', 'month', 'year']);

/** A dash standing alone ("—", "–", "―", or "-" spaced or doubled): a word's hyphen is inside its token. */
export function isDash(t: Token | undefined): boolean {
  return !!t && !t.quoted && t.text.length === 1 && DASHES.has(t.text);
}
const DASHES = new Set(['—', '–', '―', '-']);

/** The token after the dash at `i`: a doubled hyphen ("--") is one dash. */
export function afterDash(tokens: Token[], i: number): number {
  return tokens[i].text === '-' && tokens[i + 1]?.text === '-' ? i + 2 : i + 1;
}

/**
 * The subject before a parenthesis set off by dashes that ends at `close` ("X — a teacher from
 * Dover — said"): the phrase before the opening dash, when what lies between is an aside (no
 * quotation, no sentence punctuation, no verb of saying of its own).
 */
function subjectBeforeDashes(tokens: Token[], close: number, lowerBound: number): PhraseRange | null {
  let c = close;
  if (tokens[c].text === '-' && tokens[c - 1]?.text === '-') c--;
  for (let j = c - 1; j >= lowerBound && j > c - 40; j--) {
    const t = tokens[j];
    if (t.quoted || t.mark >= 0 || t.text === ';' || t.text === ':' || t.text === '.') return null;
    if (!isDash(t)) continue;
    // The aside needs words; a doubled hyphen is one dash.
    let open = j;
    if (t.text === '-' && tokens[j - 1]?.text === '-') open--;
    if (c - j < 2) return null;
    const subject = phraseEndingAt(tokens, open - 1, lowerBound);
    if (!subject || SUBJECT_PRONOUNS.has(tokens[subject.last].lower)) return null;
    // The opening dash must follow the subject directly: "... — say ..." is not an aside.
    // "X, an aide to Y — who ... — said": the phrase before the dash may itself be an appositive.
    const previous = tokens[subject.first - 1];
    if (subject.last !== open - 1 || previous?.text === ',' || previous?.lower === 'or') return null;
    return subject;
  }
  return null;
}

/**
 * A speaker phrase starting at `from` and going right ("said the ministry's spokesman",
 * "according to local police"). Stops at punctuation other than name dots.
 */
export function phraseAfter(tokens: Token[], from: number, upperBound = tokens.length): PhraseRange | null {
  if (from >= upperBound) return null;
  const t0 = tokens[from];
  if (t0.isWord && !t0.quoted && SUBJECT_PRONOUNS.has(t0.lower) && t0.lower !== 'it') return { first: from, last: from };
  let last = -1;
  for (let i = from; i < upperBound; i++) {
    const t = tokens[i];
    if (!isPhraseWord(t) && !(t.isWord && t.lowerFirst && !VERB_MODIFIERS.has(t.lower) && last < 0 && i - from < 3)) break;
    if (t.isWord && (SPEAKER_LINKERS.has(t.lower) || AND.has(t.lower)) && !(tokens[i + 1] && isPhraseWord(tokens[i + 1]))) break;
    // '"...," said Fielding.': an -ing word right after the verb and before punctuation is a surname.
    if (isHead(t, tokens[i - 1]) || (i === from && isCapitalizedParticiple(t) && !t.quoted && !NON_SPEAKER_STARTERS.has(t.lower) && beforeSpeechVerb(tokens, i - 1) && !tokens[i + 1]?.isWord)) last = i;
    else if (TIME_WORDS.has(t.lower)) break;
  }
  if (last < 0) return null;
  return { first: from, last };
}

/** "4,200": a comma between digits with no space around it groups thousands; it closes no phrase. */
export function digitGroupComma(tokens: Token[], j: number): boolean {
  const a = tokens[j - 1];
  const b = tokens[j + 1];
  return !!a && !!b && a.end === tokens[j].start && b.start === tokens[j].end && /\d$/.test(a.text) && /^\d{3}/.test(b.text);
}
