import type { Doc } from '../../doc.js';
import type { Span } from '../../schema/index.js';
import type { Extractor, Mention, QuoteDraft, SpeakerDraft } from '../types.js';
import { HEADLINE_KICKERS, HEADLINE_SPEECH_VERBS, HEADLINE_VERB_ADVERBS, NOT_IN_SPEAKER } from './words.js';
import { SPEAKER_NOUNS } from '../quotes/words.js';

/** A headline is short; a longer first line is a paragraph. */
const MAX_HEADLINE_WORDS = 25;
const MAX_SPEAKER_WORDS = 6;
const MIN_COLON_CLAUSE_WORDS = 4;
/** Words that cannot open what a verb of saying introduces. */
const NOT_AFTER_VERB = new Set(['after', 'before', 'as', 'at', 'in', 'over', 'from', 'with', 'by', 'of']);

interface Headline extends Span {
  /** The headline as written (the cleaned text blanks a detected title, so it is read from the file). */
  text: string;
}

interface Word extends Span {
  text: string;
}

/**
 * Who said what in the headline, in the two forms headlines use for it: "Mayor Ilse Brandt: Budget
 * will balance by spring" and "Ilse Brandt says budget will balance by spring". Body sentences are
 * the quotes extractor's; a headline has neither quotation marks nor "said" after the words, so
 * that extractor leaves it alone.
 */
export const headlinesExtractor: Extractor = {
  name: 'headlines',
  extract(doc, sofar) {
    const headline = findHeadline(doc);
    if (!headline) return {};
    // What the quotes extractor already read here stays its own.
    if (sofar.facts.some((f) => f.kind === 'quote' && f.span.start < headline.end && f.span.end > headline.start)) return {};
    const quote = headlineQuote(headline);
    if (!quote) return {};
    const speaker = speakerFor(doc, sofar.mentions, headline, quote.speaker);
    const draft = (q: HeadlineQuote): QuoteDraft => ({
      kind: 'quote',
      span: q.content,
      sentence: { start: headline.start, end: headline.end },
      extractor: `headlines/${q.rule}`,
      direct: q.direct,
      cue: q.cue,
      speaker,
    });
    // A reported clause with a quoted phrase in it: the clause, and the phrase as the speaker's own words.
    const fragment = quotedFragment(headline.text, headline.start, quote);
    return { facts: fragment === quote ? [draft(quote)] : [draft(quote), draft(fragment)] };
  },
};

/** The title the cleaner found, else a short first paragraph followed by more text. */
function findHeadline(doc: Doc): Headline | null {
  if (doc.titleSpan) {
    const { start, end } = doc.titleSpan;
    // Blanked in doc.text: read it from the file, where plain text shares the coordinates.
    if (!doc.offsets) return { start, end, text: doc.raw.slice(start, end) };
    const rawStart = doc.offsets[start];
    const raw = doc.raw.slice(rawStart, rawStart + (end - start));
    // HTML: only a headline written without markup or entities maps back character by character.
    if (doc.offsets[end] - rawStart !== end - start || /[<&]/.test(raw)) return null;
    return { start, end, text: raw };
  }
  const first = doc.paragraphs[0];
  if (!first || doc.paragraphs.length < 2) return null;
  const text = doc.text.slice(first.start, first.end);
  if (text.split(/\s+/).length > MAX_HEADLINE_WORDS || doc.sentences.filter((s) => s.paragraph === 0).length > 1) return null;
  return { start: first.start, end: first.end, text };
}

interface HeadlineQuote {
  speaker: Span;
  content: Span;
  cue: string;
  direct: boolean;
  rule: 'colon' | 'verb';
}

function wordsOf(text: string, offset: number): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(/\S+/g)) words.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] });
  return words;
}

/** Trailing spaces and a headline's closing period do not belong to the quoted words. */
function trimContent(text: string, base: number, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s - base])) s++;
  while (e > s && /[\s.]/.test(text[e - 1 - base])) e--;
  return e > s ? { start: s, end: e } : null;
}

const isQuoted = (t: string) => /^["“‘'].*["”’']$/s.test(t);

function headlineQuote(headline: Headline): HeadlineQuote | null {
  let text = headline.text;
  let base = headline.start;
  // "The Latest: Mayor says ..." -> "Mayor says ...".
  const kicker = /^([^:]{1,30}):\s+/.exec(text);
  // "Election night live: ...", "Budget latest: ...": a kicker word may close a longer label.
  const kickerWord = kicker ? kicker[1].trim().toLowerCase().split(/\s+/).at(-1)! : '';
  if (kicker && (HEADLINE_KICKERS.has(kicker[1].trim().toLowerCase()) || LABEL_END_KICKERS.has(kickerWord))) {
    base += kicker[0].length;
    text = text.slice(kicker[0].length);
  }
  return quotedThenColon(text, base) ?? colonQuote(text, base) ?? verbQuote(text, base) ?? trailingVerbQuote(text, base);
}

const LABEL_END_KICKERS = new Set(['live', 'latest', 'updates', 'explainer']);

/** Verbs that report a finding at a headline's end ("..., study finds"). */
const FINDING_VERBS = new Set(['finds', 'found', 'suggests', 'shows', 'show']);

/**
 * "..., says watchdog", "..., study finds", "..., police say": a headline may name its source
 * last with a bare lower-case noun; one to three words headed by a noun of a speaking source.
 */
function isBareSourcePhrase(words: Word[]): boolean {
  if (words.length === 0 || words.length > 4) return false;
  // "father of four", "head of policy": the head comes before "of".
  const of = words.findIndex((w, i) => i > 0 && w.text === 'of');
  const head = of > 0 ? words.slice(0, of) : words;
  if (head.length > 3 || (of > 0 && of === words.length - 1)) return false;
  if (!words.every((w, i) => /^[\p{Ll}\d][\p{L}\d'’-]*$/u.test(w.text) && (i === of || !NOT_IN_SPEAKER.has(w.text)))) return false;
  const last = head.at(-1)!.text;
  return SPEAKER_NOUNS.has(last) || FINDING_SOURCES.has(last);
}

/** Sources whose finding a headline reports ("..., count shows", "..., data show"). */
const FINDING_SOURCES = new Set(['census', 'count', 'figures', 'data', 'statistics', 'survey', 'study', 'research', 'analysis', 'review', 'audit', 'report', 'poll', 'inquiry']);

/**
 * "Fares rise 'a kick in the teeth' for commuters, says watchdog": a quoted phrase inside what was
 * said is the speaker's own words; the fact is that phrase, direct.
 */
function quotedFragment(text: string, base: number, quote: HeadlineQuote): HeadlineQuote {
  if (quote.direct) return quote;
  const said = text.slice(quote.content.start - base, quote.content.end - base);
  const m = /(^|\s)[‘“"]([^‘’“”"]+)[’”"](?=$|[\s,.;:!?])/u.exec(said);
  if (!m || m[2].trim().split(/\s+/).length < 2 || m[2].length + 2 >= said.length) return quote;
  const start = quote.content.start + m.index + m[1].length + 1;
  return { ...quote, content: { start, end: start + m[2].length }, direct: true };
}

/** "'We will not give up': a union leader on the strike": quoted words, a colon, then who said them. */
function quotedThenColon(text: string, base: number): HeadlineQuote | null {
  const m = /^([‘“"'])(.+?)([’”"'])\s*:\s+(\S.*)$/su.exec(text);
  if (!m) return null;
  if (m[2].trim().split(/\s+/).length < 3) return null;
  const after = m[4];
  const topic = /\s(on|about)\s/.exec(after);
  const label = topic ? after.slice(0, topic.index) : after.replace(/[.!]$/, '');
  const offset = text.length - after.length;
  const words = wordsOf(label, base + offset);
  if (words.length === 0 || words.length > MAX_SPEAKER_WORDS) return null;
  // "a rescue leader", "the minister", "Mayor Ilse Brandt": a determiner or a capital opens it.
  const first = words[0].text;
  if (!(/^(a|an|the)$/i.test(first) || /^\p{Lu}/u.test(first))) return null;
  if (words.some((w, i) => /[,;:?!"“”]/.test(w.text) || (i > 0 && !/^(a|an)$/i.test(w.text) && NOT_IN_SPEAKER.has(w.text.toLowerCase())))) return null;
  const start = base + m[1].length;
  return { speaker: { start: words[0].start, end: words.at(-1)!.end }, content: { start, end: start + m[2].length }, cue: ':', direct: true, rule: 'colon' };
}

/** "Budget will balance by spring, Mayor Says": what was said, a comma, the speaker and the verb last. */
function trailingVerbQuote(text: string, base: number): HeadlineQuote | null {
  const words = wordsOf(text, base);
  const last = words.at(-1);
  if (!last || words.length < 5) return null;
  const verb = last.text.replace(/[.!]$/, '');
  const finding = FINDING_VERBS.has(verb.toLowerCase());
  if (!HEADLINE_SPEECH_VERBS.has(verb.toLowerCase()) && !finding) return invertedTrailingQuote(words, text, base);
  // The comma closing what was said, one to MAX_SPEAKER_WORDS words before the verb.
  for (let c = words.length - 2; c >= 0 && c >= words.length - 2 - MAX_SPEAKER_WORDS; c--) {
    if (!words[c].text.endsWith(',')) continue;
    const speakerWords = words.slice(c + 1, words.length - 1);
    // "..., study finds": a finding needs a source noun; a capitalised phrase may be anything.
    if (finding ? !(isBareSourcePhrase(speakerWords) || (isSpeakerPhrase(speakerWords) && SPEAKER_NOUNS.has(speakerWords.at(-1)!.text.toLowerCase()))) : !(isSpeakerPhrase(speakerWords) || isBareSourcePhrase(speakerWords))) return null;
    if (c + 1 < 3) return null;
    const content = trimContent(text, base, words[0].start, words[c].end - 1);
    if (!content) return null;
    return {
      speaker: { start: speakerWords[0].start, end: speakerWords[speakerWords.length - 1].end },
      content,
      cue: verb,
      direct: isQuoted(text.slice(content.start - base, content.end - base)),
      rule: 'verb',
    };
  }
  return null;
}

/** "Fares will rise, says watchdog": the comma, the verb, then a short speaker end the headline. */
function invertedTrailingQuote(words: Word[], text: string, base: number): HeadlineQuote | null {
  for (let c = words.length - 3; c >= 2 && c >= words.length - 3 - 3; c--) {
    // "'We are not a shop,' says X": the comma may stand inside the closing quotation mark.
    const insideMark = /,[’'”"]$/.test(words[c].text) && /^[‘'“"]/.test(words[0].text);
    if (!words[c].text.endsWith(',') && !insideMark) continue;
    const verb = words[c + 1].text.toLowerCase();
    if (verb !== 'says' && verb !== 'said' && verb !== 'warns' && verb !== 'claims') return null;
    const speakerWords = words.slice(c + 2).map((w, i, all) => (i === all.length - 1 ? { ...w, text: w.text.replace(/[.!]$/, ''), end: w.end - (/[.!]$/.test(w.text) ? 1 : 0) } : w));
    if (!(isSpeakerPhrase(speakerWords) || isBareSourcePhrase(speakerWords))) return null;
    const content = insideMark ? trimContent(text, base, words[0].start + 1, words[c].end - 2) : trimContent(text, base, words[0].start, words[c].end - 1);
    if (!content) return null;
    return {
      speaker: { start: speakerWords[0].start, end: speakerWords.at(-1)!.end },
      content,
      cue: words[c + 1].text,
      direct: insideMark || isQuoted(text.slice(content.start - base, content.end - base)),
      rule: 'verb',
    };
  }
  return null;
}

/** "Speaker: what they said" (and "Speaker on topic: what they said"). */
function colonQuote(text: string, base: number): HeadlineQuote | null {
  const colon = text.indexOf(':');
  if (colon <= 0) return null;
  let label = text.slice(0, colon);
  // "Mayor on the budget: ..." speaks about a topic, "Mayor to the unions: ..." to an addressee;
  // the speaker is before "on" or "to".
  const topic = / (?:on|to) /i.exec(label);
  // "A Plan to Cut Fees: ..." is an infinitive after a noun, not an addressee.
  if (topic && /^ to /i.test(topic[0]) && /^(?:a|an|the)\s/i.test(label)) return null;
  if (topic) label = label.slice(0, topic.index);
  const words = wordsOf(label, base);
  if (!isSpeakerPhrase(words)) return null;
  // "Ferry fares: six ways to ...", "House prices: ...": a label ending in a lower-case plural is
  // the topic of a feature unless that plural names speakers ("Union leaders: ..."); a singular
  // ("Clinton camp: ...", "WSJ editorial: ...") may well speak.
  const lastWord = words.at(-1)!.text;
  if (words.length > 1 && /^\p{Ll}+s$/u.test(lastWord) && !lastWord.endsWith('ss') && !SPEAKER_NOUNS.has(lastWord)) return null;
  const content = trimContent(text, base, base + colon + 1, base + text.length);
  if (!content) return null;
  const said = text.slice(content.start - base, content.end - base);
  // "Winter Appeal: 'We skip meals ...,' says father of four": the label is a kicker; the words after it name their speaker.
  const inner = trailingVerbQuote(said, content.start);
  if (inner) return inner;
  // "Film star: the acting outlaw" is a feature's label; words somebody said make a clause.
  if (wordsOf(said, 0).length < (isQuoted(said) ? 2 : MIN_COLON_CLAUSE_WORDS)) return null;
  return {
    speaker: { start: words[0].start, end: words.at(-1)!.end },
    content,
    cue: topic ? text.slice(topic.index + 1, colon + 1) : ':',
    direct: isQuoted(text.slice(content.start - base, content.end - base)),
    rule: 'colon',
  };
}

/** "Speaker says what they said": a name-like phrase, then a verb of saying. */
function verbQuote(text: string, base: number): HeadlineQuote | null {
  const words = wordsOf(text, base);
  for (let v = 1; v <= MAX_SPEAKER_WORDS && v < words.length - 1; v++) {
    const verb = words[v].text.toLowerCase();
    if (!HEADLINE_SPEECH_VERBS.has(verb)) continue;
    // "Mayor Just Announced ...", "Board finally confirms ...": an adverb between the speaker and the verb.
    const speakerEnd = v >= 2 && HEADLINE_VERB_ADVERBS.has(words[v - 1].text.toLowerCase()) ? v - 1 : v;
    if (!isSpeakerPhrase(words.slice(0, speakerEnd))) return null;
    let from = v + 1;
    if (words[from]?.text.toLowerCase() === 'that') from++;
    // "Fans call after the final whistle": a noun "call", not a verb of saying.
    if (words.length - from < 2 || NOT_AFTER_VERB.has(words[from].text.toLowerCase())) return null;
    const content = trimContent(text, base, words[from].start, words.at(-1)!.end);
    if (!content) return null;
    return {
      speaker: { start: words[0].start, end: words[speakerEnd - 1].end },
      content,
      cue: words[v].text,
      direct: isQuoted(text.slice(content.start - base, content.end - base)),
      rule: 'verb',
    };
  }
  return null;
}

/** A short phrase opening with a capital that can name a speaker: "Mayor Ilse Brandt", "Former city treasurer". */
function isSpeakerPhrase(words: Word[]): boolean {
  if (words.length === 0 || words.length > MAX_SPEAKER_WORDS) return false;
  if (!/^\p{Lu}/u.test(words[0].text)) return false;
  // "BREAKING NEWS" and other shouted labels are not speakers.
  if (words.length > 1 && words.every((w) => !/\p{Ll}/u.test(w.text))) return false;
  return words.every((w, i) => !/[,;:?!"“”]/.test(w.text) && (i === 0 || !NOT_IN_SPEAKER.has(w.text.toLowerCase())));
}

/**
 * The speaker: the people mention inside the phrase when the headline was read as text; for a
 * blanked title, the body mention the phrase names ("Brandt" -> "Ilse Brandt", the whole name of
 * an organisation), so the quote joins that entity. "Bank chief" names nobody: the capitalised
 * word only qualifies the role, so that speaker stays unnamed (a wrong name would be a wrong key).
 */
function speakerFor(doc: Doc, mentions: readonly Mention[], headline: Headline, span: Span): SpeakerDraft {
  const text = headline.text.slice(span.start - headline.start, span.end - headline.start);
  const mention = { start: span.start, end: span.end, text };
  const inside = mentions.findIndex((m) => m.start < span.end && m.end > span.start && (m.kind === 'person' || m.kind === 'organization'));
  if (inside >= 0) return { entity: null, name: mentions[inside].name, mention, mentionIndex: inside };
  const words = text.split(/\s+/);
  const head = words.at(-1)!.replace(/['’]s?$/, '');
  if (/^\p{Lu}/u.test(head)) {
    const body = mentions.findIndex(
      (m) => m.start >= headline.end && ((m.kind === 'person' && m.name.split(/\s+/).at(-1) === head) || (m.kind === 'organization' && text.includes(m.name))),
    );
    if (body >= 0) return { entity: null, name: mentions[body].name, mention, mentionIndex: body };
  }
  return { entity: null, name: null, mention, mentionIndex: null };
}
