import type { Span } from '../schema/index.js';
import {
  APPEAL_START,
  APPEAL_WORDS,
  BOILERPLATE_LINE,
  BULLET,
  CAPTION_CREDIT_HINT,
  CAPTION_START,
  CAPTION_TRAILING_CREDIT,
  CAPTION_WITH_CREDIT,
  DATELINE,
  LINK_LIST_LABEL,
  SHORT,
  SHORT_RULE_HINT,
  SUMMARY_LABEL,
  TIMESTAMP_TOKEN,
  TRAILING_AGENCY_CREDIT,
} from './boilerplate-markers.js';
import { blankMarkdownSyntax } from './markdown.js';
import { ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../segment/abbreviations.js';

export interface Cleaned {
  /** Same length as the input; removed parts are blanked with spaces, newlines inside a paragraph too. */
  text: string;
  paragraphs: Span[];
  titleSpan: Span | null;
  removed: Array<Span & { rule: string }>;
}

export interface CleanOptions {
  /** Blank Markdown syntax (heading marks, link targets, emphasis) too. */
  markdown?: boolean;
  /** Author names from the metadata: a line about one of them at the end is an author note. */
  authors?: readonly string[];
  /** Spans known to be no story text from the page structure (HTML link lines, Markdown link lines). */
  drop?: ReadonlyArray<Span & { rule: string }>;
  /** Spans of lines that stand alone (rows of a data table): never joined with a line around them. */
  separate?: ReadonlyArray<Span>;
  /** Spans of display quotes (HTML blockquotes): one that repeats words of the story is a pull quote, quotation marks or not. */
  displayQuotes?: ReadonlyArray<Span>;
}

interface Line extends Span {
  content: string;
}

/** Characters that may end a paragraph; a line ending otherwise may continue on the next line. */
const TERMINAL_CHARS = new Set([...'.!?:;"”’\')]…'].map((c) => c.charCodeAt(0)));
/** Does the line end in a TERMINAL_CHARS character? (A look at the last character, not a regex scan of the line.) */
const TERMINAL = { test: (s: string) => s.length > 0 && TERMINAL_CHARS.has(s.charCodeAt(s.length - 1)) };
const CONTINUATION_START = /^[\p{Ll}\p{N}(]/u;
const TITLE_END = /[.!?:;,"”]$/;
const TITLE_START = /^[\p{Lu}\p{N}"“'‘]/u;
const MAX_TITLE_WORDS = 25;
/** A headline found after menu lines has at least this many words ("U.S. News" is a menu item). */
const MIN_LATE_TITLE_WORDS = 5;
/** Lines this long are paragraphs, not captions, whatever else they look like. */
const MAX_CAPTION_WORDS = 60;
const MIN_LINES_BEFORE_APPEAL = 3;
/** Short lines before the story starts are labels (kicker, byline name, place), not sentences. */
const MAX_LABEL_WORDS = 6;
/** A line ending in a word a sentence goes on after is part of a sentence broken over lines, not a label. */
const RUNS_ON = /\b(a|an|the|of|to|for|with|from|by|in|on|at|as|and|or|but|than|that|this|his|her|their|its|our|is|are|was|were|be|has|have|had|said|says|will|would)$/i;
/** Cheap test before the costly agency-credit pattern: a credit ends in a capital or a bracket. */
const CREDIT_END = /[A-Z)]$/;

function splitLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  // Old Mac files end lines with a lone CR; everything else has LF (CRLF's CR is trimmed).
  const eol = text.includes('\n') ? '\n' : '\r';
  let start = from;
  while (start <= text.length) {
    let end = text.indexOf(eol, start);
    if (end < 0) end = text.length;
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) lines.push({ start: s, end: e, content: text.slice(s, e) });
    start = end + 1;
  }
  return lines;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 12 || c === 11 || c === 13 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0xfeff;
}

/**
 * Words in a trimmed line, as runs between spaces (found with indexOf: native and fast on the
 * long paragraphs every article has; tabs and other spaces do not split). Counting stops past
 * `cap`: the rules only compare counts with small limits.
 */
function wordCount(s: string, cap = Infinity): number {
  if (s.length === 0) return 0;
  let n = 1;
  for (let i = s.indexOf(' '); i >= 0 && n <= cap; i = s.indexOf(' ', i + 1)) if (s.charCodeAt(i + 1) !== 32) n++;
  return n;
}

function isAppealBlock(lines: Line[], from: number): boolean {
  let words = 0;
  let hits = 0;
  for (let i = from; i < lines.length; i++) {
    words += wordCount(lines[i].content);
    APPEAL_WORDS.lastIndex = 0;
    hits += lines[i].content.match(APPEAL_WORDS)?.length ?? 0;
  }
  return hits >= 2 || (words > 0 && hits / words > 0.02);
}

/** A headline: the first line, short, with no sentence-final punctuation, followed by a body. */
function looksLikeTitle(line: Line, next: Line | undefined): boolean {
  return next !== undefined && wordCount(line.content, MAX_TITLE_WORDS) <= MAX_TITLE_WORDS && !TITLE_END.test(line.content) && TITLE_START.test(line.content);
}

/** A headline some outlets and archives close with a full stop is still far shorter than a lede. */
const MAX_DOTTED_TITLE_WORDS = 12;
/** One full stop after a word: not an ellipsis or an initial ("J.", "U.S."). */
const DOTTED_TITLE_END = /[\p{L}\p{N}'’)]{2}\.$/u;
/** Small words a title-case headline leaves in lower case. */
const TITLE_CASE_SMALL = /^(a|an|the|and|or|but|nor|for|of|to|in|on|at|by|with|from|as|vs|into|onto|over|after|than|up|off|out|per|via|is|are|be|its|not)$/i;
/**
 * Words of running prose that headline grammar leaves out: personal pronouns, the past tense
 * ("-ed" forms, auxiliaries, the common irregular verbs), "will"/"would", and the day of the event
 * ("on Tuesday", "last week"): "It was a cold morning.", "The council met on Tuesday and
 * approved the budget." Headlines are in the present tense ("Council approves budget.", "Mayor
 * to quit.") and drop pronouns and days.
 */
const PROSE_WORD = new RegExp(
  '\\b(I|we|you|he|she|it|they|my|our|there|was|were|had|did|will|would|said|told|yesterday|(on|last|next|this) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year)|' +
    'won|lost|met|spent|took|made|gave|came|went|left|fell|rose|saw|got|held|led|paid|sold|bought|brought|began|became|found|kept|ran|sent|thought|wrote|broke|' +
    'chose|drew|drove|flew|grew|knew|shot|stood|struck|taught|threw|built|felt|heard|meant|sat|spoke|stole|fought|sought|caught|hung|dealt|froze|hid|rode|rang|' +
    'sang|sank|shook|stuck|swam|swung|tore|wept|wore|woke|withdrew|forgot)\\b|\\b\\p{L}{3,}ed\\b',
  'iu',
);
/** A headline has a comma at most ("Trailing, Cruz lobs a pass."); prose strings clauses together. */
const MAX_DOTTED_TITLE_COMMAS = 1;

/**
 * A first line ending in a full stop is the headline when it stands apart (a blank line after it)
 * and reads like one: short, and in title case ("Harbour Works Delayed By Storm.") or without the
 * words of running prose ("Council approves harbour budget.").
 */
function looksLikeDottedTitle(line: Line, next: Line | undefined, source: string): boolean {
  const c = line.content;
  if (next === undefined || c.charCodeAt(c.length - 1) !== 46 || !TITLE_START.test(c) || !DOTTED_TITLE_END.test(c)) return false;
  const words = wordCount(c, MAX_DOTTED_TITLE_WORDS + 1);
  if (words > MAX_DOTTED_TITLE_WORDS || words < 2) return false;
  // A closing abbreviation ("... Acme Corp.") leaves the sentence open.
  const lastWord = c.slice(c.lastIndexOf(' ') + 1, -1).toLowerCase();
  if (ABBREVIATIONS.has(lastWord) || TITLE_ABBREVIATIONS.has(lastWord)) return false;
  // A blank line after it: the line is a paragraph of its own.
  const gap = source.slice(line.end, next.start);
  const eol = gap.includes('\n') ? '\n' : '\r';
  if (gap.indexOf(eol) === gap.lastIndexOf(eol)) return false;
  // A short paragraph that is two sentences is prose ("It rained. Then it stopped.").
  if (/[.!?]\s+\p{Lu}/u.test(c.slice(0, -1))) return false;
  const tokens = c.slice(0, -1).split(' ');
  let capitalisable = 0;
  let capitals = 0;
  for (const w of tokens) {
    if (!/^["“‘']?\p{L}/u.test(w) || TITLE_CASE_SMALL.test(w)) continue;
    capitalisable++;
    if (/^["“‘']?\p{Lu}/u.test(w)) capitals++;
  }
  if (capitalisable >= 3 && capitals * 4 >= capitalisable * 3) return true;
  let commas = 0;
  for (let at = c.indexOf(', '); at >= 0; at = c.indexOf(', ', at + 2)) commas++;
  return commas <= MAX_DOTTED_TITLE_COMMAS && !PROSE_WORD.test(c);
}

/** The words of a line without Markdown emphasis around it or runs of blanked syntax inside. */
function ruleText(content: string): string {
  let t = content;
  const first = t.charCodeAt(0);
  const last = t.charCodeAt(t.length - 1);
  if (first === 42 || first === 95 || last === 42 || last === 95) t = t.replace(/^[*_]+\s*|\s*[*_]+$/g, '');
  // Only short lines are labels, credits or promos that blanked syntax may have split.
  return t.length <= SHORT && t.includes('  ') ? t.replace(/\s{2,}/g, ' ') : t;
}

/** A line of punctuation only ("___", "* * *") is a separator; longer ones are left alone. */
const MAX_SEPARATOR_CHARS = 40;
/** Lines longer than this are never a timestamp. */
const MAX_TIMESTAMP_CHARS = 90;
const TIMESTAMP_ANCHOR = /\d\s?mins?\b|\b(updated|published|posted|modified|uploaded|edited|ago|read|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|BST|UTC|CET|CEST)\b|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s*\d|\d\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** A line made of nothing but a date, a time, a time zone, "Updated"/"Published" and "min read". */
export function isTimestamp(t: string): boolean {
  if (t.length > MAX_TIMESTAMP_CHARS || !/\d/.test(t) || !TIMESTAMP_ANCHOR.test(t)) return false;
  let at = 0;
  while (at < t.length) {
    TIMESTAMP_TOKEN.lastIndex = at;
    if (!TIMESTAMP_TOKEN.test(t) || TIMESTAMP_TOKEN.lastIndex === at) return false;
    at = TIMESTAMP_TOKEN.lastIndex;
  }
  return true;
}

/** Separators between the parts of a byline or timestamp row: "By Jo Doe | Updated May 9". */
const ROW_SEPARATOR = /\s+[|·•—–]\s+|\s*\|\s*/;
const DASH_SEPARATOR = /\s+[—–]\s+/;
const MAX_DASH_ROW_WORDS = 14;
const MAX_DASH_ROW_CHARS = 120;

/** Which boilerplate rule a whole line (already passed through ruleText) matches, if any. */
function lineRule(t: string): string | null {
  // An indexed loop: destructuring each entry costs more than most of the tests on a line.
  const shortRules = t.length <= SHORT && SHORT_RULE_HINT.test(t);
  for (let k = 0; k < BOILERPLATE_LINE.length; k++) {
    const entry = BOILERPLATE_LINE[k];
    if (entry[3] !== undefined && !shortRules) continue;
    const prefilter = entry[2];
    if ((!prefilter || prefilter.test(t)) && entry[1].test(t)) return entry[0];
  }
  if (isTimestamp(t)) return 'timestamp';
  if (t.length <= MAX_SEPARATOR_CHARS && !/[\p{L}\p{N}]/u.test(t)) return 'separator';
  return null;
}

/** How far from its end a caption's credit starts, at most. */
const CREDIT_TAIL_CHARS = 140;

/**
 * Which boilerplate rule a whole line (`t` is its ruleText) matches, if any. Words are counted
 * only once a pattern has matched: most lines match none.
 */
function boilerplateRule(t: string): string | null {
  const rule = lineRule(t);
  if (rule) return rule;
  if (t.includes('/') && CAPTION_WITH_CREDIT.test(t) && wordCount(t, MAX_CAPTION_WORDS) <= MAX_CAPTION_WORDS) return 'photo-caption';
  const tail = t.length > CREDIT_TAIL_CHARS ? t.slice(-CREDIT_TAIL_CHARS) : t;
  if (CAPTION_CREDIT_HINT.test(tail) && CAPTION_TRAILING_CREDIT.test(tail) && wordCount(t, MAX_CAPTION_WORDS) <= MAX_CAPTION_WORDS) return 'photo-caption';
  if (CAPTION_START.test(t) && !TERMINAL.test(t)) {
    const words = wordCount(t, MAX_CAPTION_WORDS);
    if (words >= 4 && words <= MAX_CAPTION_WORDS) return 'photo-caption';
  }
  // A row of bits that are each boilerplate: "By Jo Doe | Updated 3:45 p.m. ET", or an
  // author's name and then such bits: "Jo Doe — 12 May 2024 — 6 min read".
  if ((t.includes('|') || t.includes('·') || t.includes('•')) && ROW_SEPARATOR.test(t) && wordCount(t, 30) <= 30) {
    const parts = t.split(ROW_SEPARATOR).filter((p) => p !== '');
    if (parts.length > 1) {
      const rules = parts.map(lineRule);
      if (rules.every((r) => r !== null)) return rules[0];
      if (rules[0] === null && NAME_LINE.test(parts[0]) && rules.slice(1).every((r) => r !== null)) return 'byline';
    }
  }
  // Dashes are common in sentences: only a short line that starts with a name is such a row.
  if (t.length <= MAX_DASH_ROW_CHARS && (t.includes('—') || t.includes('–')) && wordCount(t, MAX_DASH_ROW_WORDS) <= MAX_DASH_ROW_WORDS) {
    const parts = t.split(DASH_SEPARATOR);
    if (parts.length > 1 && NAME_LINE.test(parts[0]) && parts.slice(1).every((p) => lineRule(p) !== null)) return 'byline';
  }
  return null;
}

/** A byline's names, to recognise an author note at the end ("Jo Doe covers health."). */
function bylineNames(t: string): string[] {
  const names = t.replace(/^(\p{L}+\s+)?by\s+/iu, '');
  return [...names.matchAll(/\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}/gu)].map((m) => m[0].toLowerCase());
}

const AUTHOR_NOTE_VERB = /^\s+(is|was|has|covers|writes|reports|edits|contributed|can be reached)\b/;
/** A note about an unnamed author: "Jo Doe is a culture reporter at the Example Post." */
const AUTHOR_NOTE = /^(\p{Lu}[\p{L}.'’-]+\s+){1,3}(is|was|has been) (a|an|the)\b(?![^.!?]{0,40}\b(former|retired|onetime|ex-))[^.!?]{0,80}\b(reporter|correspondent|writer|editor|columnist|journalist|contributor|producer)\b[^.!?]{0,80}[.!]?$/u;
const MAX_AUTHOR_NOTE_LINES = 3;

/** A paragraph that is one quotation and nothing else: "“We will not go back.”", with an optional "— Jo Doe". */
const WHOLE_QUOTE = /^["“‘'«]([^"“”«»]{12,400}?)[.,!?…]*["”’'»][.,]?(\s*[—–-]\s*\p{Lu}[^"“”]{0,60})?$/u;

/**
 * A pull quote repeats a quotation of the story as a display line: the quoted words occur
 * elsewhere in the text. Only the display copy goes (an exact copy is handled as a duplicate).
 */
function isPullQuote(line: Line, t: string, source: string, pulled: Span[]): boolean {
  const c = t.charCodeAt(0);
  if (c !== 34 && c !== 39 && c !== 0x201c && c !== 0x2018 && c !== 0xab) return false;
  const m = WHOLE_QUOTE.exec(t);
  if (!m) return false;
  const core = m[1].replace(/[\s.,!?…]+$/, '');
  if (core.length < 12) return false;
  for (let at = source.indexOf(core); at >= 0; at = source.indexOf(core, at + 1)) {
    if (at >= line.start && at < line.end) continue;
    if (pulled.some((p) => at >= p.start && at < p.end)) continue;
    return true;
  }
  return false;
}

/** A footnote at the end of the story: "[1] Figures for unfurnished flats only." */
const FOOTNOTE_LINE = /^\[(\d{1,3})\]\s*\S/;

/** A display quote shorter than this is too common a phrase to call a repeat. */
const MIN_REPEATED_DISPLAY_CHARS = 20;

/**
 * A display quote (a blockquote of the page) that repeats words of the story elsewhere, with or
 * without quotation marks around either copy, is a pull quote.
 */
function repeatsStory(line: Line, t: string, source: string, pulled: Span[]): boolean {
  const core = t.replace(/^["“‘'«\s]+|[\s.,!?…"”’'»]+$/gu, '');
  if (core.length < MIN_REPEATED_DISPLAY_CHARS) return false;
  for (let at = source.indexOf(core); at >= 0; at = source.indexOf(core, at + 1)) {
    if (at >= line.start && at < line.end) continue;
    if (pulled.some((p) => at >= p.start && at < p.end)) continue;
    return true;
  }
  return false;
}

/** Is `line` a bullet, by its own first character or by a Markdown marker blanked before it? */
function isBullet(line: Line, raw: string): boolean {
  if (BULLET.test(line.content)) return true;
  const lineStart = raw.lastIndexOf('\n', line.start - 1) + 1;
  return /^[ \t]*[-*+•][ \t]+$/.test(raw.slice(lineStart, line.start));
}

/** A line in a list of links or a menu is short: a headline at most. */
const MAX_NAV_LINE_WORDS = 16;
/** Three such lines in a row are a menu or a list of links, not a story (a subhead stands alone). */
const MIN_NAV_RUN = 3;
/** In hard-wrapped text a menu item is at most this share of the wrap width. */
const WRAPPED_MENU_SHARE = 0.4;
/** A menu or list item starts like a title, or is a figure ("-3.1%" beside a share price). */
const NAV_START = /^([\p{Lu}\p{N}"“'‘]|[-+−]\p{N})/u;
/** A quoted headline ends in its closing quote right after a word: "'I waited 26 months'". */
const QUOTED_HEADLINE_END = /[\p{L}\p{N}%]["”’']$/u;
/** Menu items are this short even when they end like a sentence goes on ("Sign in", "Log in"). */
const MAX_MENU_ITEM_WORDS = 3;
const LIST_NUMBER = /^\p{N}{1,3}[.)]?$/u;
const LOWER_START = /^\p{Ll}/u;
/** A line of a fact box or table: "Injured: 4,877", "Turnout: 61%". The story's data, no link. */
const DATA_LINE = /:\s*[-+]?[\p{N}$£€][\p{N},.%]*\s*\S{0,12}$/u;

/**
 * A line that can be an item of a menu or a link list: a few words starting like a title, with
 * no sentence end (a quoted headline may end in its quote), not a bullet (bullets in a story are
 * its points) and not running on into the next line.
 */
function isNavLine(line: Line, next: Line | undefined, raw: string): boolean {
  const c = line.content;
  // Most lines are sentences: the last character settles them before any pattern runs.
  const last = c.charCodeAt(c.length - 1);
  // A list's own label ends in a colon ("Suggested topics:", "In this article:").
  const label = last === 58 && wordCount(c, MAX_MENU_ITEM_WORDS + 1) <= MAX_MENU_ITEM_WORDS;
  if (last === 44 || (TERMINAL_CHARS.has(last) && !label && !QUOTED_HEADLINE_END.test(c.slice(-2))) || !NAV_START.test(c)) return false;
  const words = wordCount(c, MAX_NAV_LINE_WORDS);
  if (words > MAX_NAV_LINE_WORDS || isBullet(line, raw) || DATA_LINE.test(c)) return false;
  // A sentence broken over lines: "The council voted on" / "Tuesday to ...", or a next line in lower case.
  if ((words > MAX_MENU_ITEM_WORDS && RUNS_ON.test(c)) || (next !== undefined && LOWER_START.test(next.content) && next.content.includes(' '))) return false;
  return true;
}

/**
 * Text broken at a fixed width ("hard-wrapped") has many lines that stop mid-sentence with the
 * next line going on in lower case; there short lines in a row are no sign of a menu unless they
 * are far shorter than the width. The width (median length of the lines that run on), or 0 when
 * the text is not wrapped.
 */
function hardWrapWidth(lines: Line[], raw: string): number {
  const runOn: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (TERMINAL.test(lines[i].content) || !LOWER_START.test(lines[i + 1].content)) continue;
    const gap = raw.slice(lines[i].end, lines[i + 1].start);
    if (gap.indexOf('\n') === gap.lastIndexOf('\n')) runOn.push(lines[i].content.length);
  }
  if (runOn.length < 3 || runOn.length * 10 < lines.length) return 0;
  runOn.sort((a, b) => a - b);
  return runOn[runOn.length >> 1];
}

/** A sentence of the story has more words than a label or a button. */
const MIN_PROSE_WORDS = 7;

/**
 * Index of the first line from `from` in direction `step` that is a sentence of the story: it
 * ends like one (not a quoted headline), is longer than a label and is no boilerplate line. -1 or lines.length if none.
 */
function proseLine(lines: Line[], from: number, step: 1 | -1): number {
  for (let i = from; i >= 0 && i < lines.length; i += step) {
    const c = lines[i].content;
    if (TERMINAL.test(c) && !QUOTED_HEADLINE_END.test(c.slice(-2)) && wordCount(c, MIN_PROSE_WORDS) >= MIN_PROSE_WORDS && boilerplateRule(ruleText(c)) === null) return i;
  }
  return step === 1 ? lines.length : -1;
}

/**
 * Lines in runs of at least MIN_NAV_RUN menu or link-list lines (list numbers and blank lines
 * in between do not break a run; only its text lines count): 1 before the story (or marked as
 * links), 2 after it. Lines `dropped` as links count as
 * menu lines: a heading over a list of links goes with it.
 */
function navRuns(lines: Line[], raw: string, wrapWidth: number, dropped: Uint8Array, alone: ReadonlySet<number>): Uint8Array {
  const flags = new Uint8Array(lines.length);
  // In wrapped text only the last line of a paragraph is short: three far shorter lines in a row are a list.
  const maxNavChars = wrapWidth > 0 ? wrapWidth * WRAPPED_MENU_SHARE : Infinity;
  // A list between the story's first and last sentences is the story's own (a list of fixtures,
  // of candidates); only one the page structure marks as links goes there.
  // Found only once a run turns up (most articles have none): each costs a boilerplate test.
  let first = -2;
  let last = -2;
  /** 0 inside the story, 1 before it, 2 after it. */
  const place = (at: number) => {
    if (first === -2) first = proseLine(lines, 0, 1);
    if (at < first) return 1;
    if (last === -2) last = proseLine(lines, lines.length - 1, -1);
    return at > last ? 2 : 0;
  };
  let start = 0;
  let count = 0;
  let links = false;
  const close = (end: number) => {
    if (count < MIN_NAV_RUN) return;
    const where = place(start);
    if (links || where > 0) flags.fill(where === 2 ? 2 : 1, start, end);
  };
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].content.length <= 4 && LIST_NUMBER.test(lines[i].content)) continue;
    // Rows of a table are the story's data, never menu items.
    if (dropped[i] === 1 || (lines[i].content.length <= maxNavChars && !alone.has(lines[i].start) && isNavLine(lines[i], lines[i + 1], raw))) {
      if (count === 0) {
        start = i;
        links = false;
      }
      count++;
      if (dropped[i] === 1) links = true;
      continue;
    }
    close(i);
    count = 0;
  }
  close(lines.length);
  // List numbers at the edges of a run belong to it too ("1" before the first item).
  for (let i = 0; i < lines.length; i++) {
    if (flags[i] === 0 && (flags[i - 1] > 0 || flags[i + 1] > 0) && LIST_NUMBER.test(lines[i].content)) flags[i] = Math.max(flags[i - 1] ?? 0, flags[i + 1] ?? 0);
  }
  return flags;
}

/** A comment section's heading: "23 Comments", "Comments (12)", "Leave a reply", "Post a comment". */
const COMMENTS_LABEL =
  /^(\d[\d,]*\s+(comments?|responses?|replies|thoughts on\b.*)|comments?(\s*\(\d[\d,]*\))?|(view|show|read|load|see)( all)?( \d[\d,]*)? comments?|leave a (comment|reply)|join the (conversation|discussion)|(post|add|write) a comment|be the first to comment|log ?in to (comment|reply)|comments are (now )?(closed|disabled|turned off)|conversation)\s*[:.!]?$/i;
/** Controls of a comment thread: reply and like buttons, sort order, "2h ago". */
const COMMENT_UI = /^(reply|replies|like|likes|\d[\d,]*\s+(likes?|replies|repl(y|ies)|votes?|points?)|report|flag|share|sort by\b.*|newest|oldest|most (liked|popular|recent)|best|top|load more( comments| replies)?|show more( replies)?|view \d+ repl(y|ies)|\d{1,3}\s?(s|m|h|d|w|mins?|hrs?|days?|hours?|minutes?|weeks?)( ago)?|(an?|\d{1,3}) (second|minute|hour|day|week|month|year)s? ago|just now)\s*[.!]?$/i;
const MAX_COMMENT_LINE_WORDS = 12;
const MAX_COMMENTS_LABEL_CHARS = 80;

/**
 * From a comment section's heading to the end, when it reads like one: thread controls on two
 * lines or more, or nothing but short lines (a closed or empty thread).
 */
function isCommentSection(lines: Line[], from: number): boolean {
  let controls = 0;
  let short = true;
  for (let i = from + 1; i < lines.length; i++) {
    const c = lines[i].content;
    if (COMMENT_UI.test(c) || isTimestamp(c)) controls++;
    else if (wordCount(c, MAX_COMMENT_LINE_WORDS) > MAX_COMMENT_LINE_WORDS) short = false;
  }
  return controls >= 2 || short;
}

/** A caption's label on a line of its own ("Image caption,", "Caption:"): the next line is the caption. */
const CAPTION_LABEL = /^(image|media|photo|video)?\s*caption\s*[,:]?$/i;

/** A person's name on a line of its own: two or three capitalised words. */
const NAME_LINE = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}$/u;
/** Link debris after an author note: "twitter", "mailto", "Email". */
const MAX_DEBRIS_WORDS = 2;
const MAX_TAIL_SKIP = 4;

/** The text of a post in a social embed: a link, a tag or a handle, or no full stop at the end. */
const POST_TEXT_HINT = /https?:\/\/|pic\.twitter|(^|\s)[#@]\w/;

/**
 * Remove boilerplate and repair paragraphs broken by page layout, keeping every offset: removed
 * text is blanked with spaces, so the result has the same length as `raw`. `bodyStart` skips
 * front matter, which is blanked too.
 */
export function cleanText(raw: string, bodyStart: number, options: CleanOptions = {}): Cleaned {
  // UTF-16 code units in a buffer: blanking is an in-place write, and there is one copy in all.
  const buf = Buffer.from(raw, 'utf16le');
  const removed: Cleaned['removed'] = [];
  const blank = (span: Span, rule: string | null, keepNewlines = true) => {
    for (let i = span.start; i < span.end; i++) {
      const c = buf.readUInt16LE(i * 2);
      if (keepNewlines && (c === 10 || c === 13)) continue;
      buf.writeUInt16LE(32, i * 2);
    }
    if (rule) removed.push({ start: span.start, end: span.end, rule });
  };
  if (bodyStart > 0) blank({ start: 0, end: bodyStart }, 'front-matter');
  let source = raw;
  if (options.markdown) {
    for (const span of blankMarkdownSyntax(raw, bodyStart)) blank(span, null);
    source = buf.toString('utf16le');
  }
  const lines = splitLines(source, bodyStart);
  // Lines the page structure marks as no story text: gone, but still part of a menu or list run.
  const dropped = new Uint8Array(lines.length);
  if (options.drop?.length) {
    let d = 0;
    for (let i = 0; i < lines.length; i++) {
      while (d < options.drop.length && options.drop[d].end < lines[i].end) d++;
      if (d < options.drop.length && options.drop[d].start <= lines[i].start) dropped[i] = 1;
    }
    for (const span of options.drop) if (span.start >= bodyStart) blank(span, span.rule);
    source = buf.toString('utf16le');
  }
  // Line starts of the lines that stand alone (in order, like the lines).
  const alone = new Set<number>();
  if (options.separate?.length) {
    let d = 0;
    for (const line of lines) {
      while (d < options.separate.length && options.separate[d].end < line.end) d++;
      if (d < options.separate.length && options.separate[d].start <= line.start) alone.add(line.start);
    }
  }
  const display = new Set<number>();
  if (options.displayQuotes?.length) {
    let d = 0;
    for (const line of lines) {
      while (d < options.displayQuotes.length && options.displayQuotes[d].end < line.end) d++;
      if (d < options.displayQuotes.length && options.displayQuotes[d].start <= line.start) display.add(line.start);
    }
  }
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l.content, (counts.get(l.content) ?? 0) + 1);
  const keep: Line[] = [];
  const earlier = new Set<string>();
  let titleSpan: Span | null = null;
  let storyStarted = false;
  /** After a related-links label, short unpunctuated lines are links; after a summary label, bullets are its points. */
  let list: 'links' | 'summary' | 'points' | null = null;
  const pulled: Span[] = [];
  const authors = (options.authors ?? []).map((a) => a.toLowerCase());
  // In hard-wrapped text short lines are pieces of sentences: no menus, no labels.
  const wrapWidth = hardWrapWidth(lines, source);
  const wrapped = wrapWidth > 0;
  const nav = navRuns(lines, source, wrapWidth, dropped, alone);
  let captionNext = false;

  for (let i = 0; i < lines.length; i++) {
    if (dropped[i] === 1) continue;
    const line = lines[i];
    const t = ruleText(line.content);
    const seenBefore = earlier.has(line.content);
    earlier.add(line.content);
    // A first line that is a byline, a timestamp or a promo is no headline; nor a menu item:
    // then the headline is the first longer title-like line of the menu run before the story.
    if (
      titleSpan === null && !storyStarted && keep.length === 0 && !isTimestamp(t) &&
      ((looksLikeTitle(line, lines[i + 1]) && boilerplateRule(t) === null &&
        (i === 0 ? nav[0] === 0 || wordCount(line.content, MAX_MENU_ITEM_WORDS + 1) > MAX_MENU_ITEM_WORDS : (nav[i] === 1 || (wrapped && nav[i - 1] === 1)) && wordCount(line.content, MIN_LATE_TITLE_WORDS) >= MIN_LATE_TITLE_WORDS)) ||
        (i === 0 && looksLikeDottedTitle(line, lines[i + 1], source) && boilerplateRule(t) === null))
    ) {
      titleSpan = { start: line.start, end: line.end };
      blank(line, null);
      continue;
    }
    // A comment section runs to the end of the page.
    if (storyStarted && t.length <= MAX_COMMENTS_LABEL_CHARS && COMMENTS_LABEL.test(t) && isCommentSection(lines, i)) {
      for (const l of lines.slice(i)) blank(l, 'comments');
      break;
    }
    if (nav[i] > 0) {
      // Named by its own rule when it has one: a removed timestamp dates the article. Not after
      // the story: the dates in a list of other stories are theirs.
      // Before the story these are labels (kicker, byline, outlet), after it lists of links.
      const own = nav[i] === 1 ? boilerplateRule(t) : null;
      blank(line, own ?? (storyStarted ? 'link-list' : 'label'));
      // A byline, or a name alone before the story, names the author.
      if (own === 'byline') for (const name of bylineNames(t)) authors.push(name);
      else if (!storyStarted && NAME_LINE.test(line.content)) authors.push(line.content.toLowerCase());
      continue;
    }
    if (captionNext) {
      captionNext = false;
      if (!TERMINAL.test(line.content) || wordCount(line.content, MAX_CAPTION_WORDS) <= MAX_LABEL_WORDS * 3) {
        blank(line, 'photo-caption');
        continue;
      }
    }
    // An appeal follows the story: never the first lines, and it runs to the end.
    if ((i >= MIN_LINES_BEFORE_APPEAL || i >= lines.length / 2) && APPEAL_START.some((re) => re.test(line.content)) && isAppealBlock(lines, i)) {
      for (const l of lines.slice(i)) blank(l, 'appeal');
      break;
    }
    if (list === 'links') {
      if (!TERMINAL.test(line.content) && !CONTINUATION_START.test(line.content) && wordCount(line.content, MAX_TITLE_WORDS) <= MAX_TITLE_WORDS) {
        blank(line, 'link-list');
        continue;
      }
      list = null;
    } else if (list === 'summary') {
      if (isBullet(line, raw)) {
        blank(line, 'summary');
        continue;
      }
      list = null;
    } else if (list === 'points') {
      if (isNavLine(line, lines[i + 1], raw)) {
        blank(line, 'summary');
        continue;
      }
      list = null;
    }
    if (SUMMARY_LABEL.test(t) && i + 1 < lines.length) {
      // Points copied without their bullets are still short lines without a full stop.
      const bulleted = isBullet(lines[i + 1], raw);
      if (bulleted || isNavLine(lines[i + 1], lines[i + 2], raw)) {
        blank(line, 'summary');
        list = bulleted ? 'summary' : 'points';
        continue;
      }
    }
    let rule = boilerplateRule(t);
    // A date or a rule of dashes inside a sentence broken over lines is no timestamp or separator.
    const prevOpen = keep.length > 0 && keep[keep.length - 1] === lines[i - 1] && !TERMINAL.test(lines[i - 1].content);
    // (One token in lower case is an address or a handle, no sentence going on.)
    const nextContinues = i + 1 < lines.length && CONTINUATION_START.test(lines[i + 1].content) && lines[i + 1].content.includes(' ');
    if ((rule === 'timestamp' || rule === 'separator') && prevOpen && nextContinues) rule = null;
    if (rule) {
      blank(line, rule);
      if (CAPTION_LABEL.test(t)) captionNext = true;
      if (rule === 'promo' && LINK_LIST_LABEL.test(t)) list = 'links';
      if (rule === 'byline') for (const name of bylineNames(t)) authors.push(name);
      // A post's signature follows its text: that line goes too when it reads like a post.
      if (rule === 'social-embed' && /^[—–-]/.test(line.content) && keep.length > 0 && keep[keep.length - 1] === lines[i - 1]) {
        const post = keep[keep.length - 1];
        if (wordCount(post.content, MAX_CAPTION_WORDS) <= MAX_CAPTION_WORDS && (POST_TEXT_HINT.test(post.content) || !TERMINAL.test(post.content))) {
          blank(post, 'social-embed');
          keep.pop();
        }
      }
      // An editor's note broken by page layout goes on in lower case on the next lines.
      if (rule === 'editor-note') {
        while (i + 1 < lines.length && !TERMINAL.test(lines[i].content) && CONTINUATION_START.test(lines[i + 1].content)) {
          blank(lines[++i], rule);
          earlier.add(lines[i].content);
        }
      }
      continue;
    }
    // A caption has words: a repeated figure ("3.9%" in two cells of a table row) is no caption.
    const repeats = (counts.get(line.content) ?? 0) > 1 && wordCount(line.content, MAX_CAPTION_WORDS) < MAX_CAPTION_WORDS && /\p{L}\p{L}/u.test(line.content);
    // A short paragraph printed twice is a photo caption (and its copy), unless the first one
    // stood apart: then only the copy goes, since a pull quote repeats a real sentence.
    if (repeats && (seenBefore || lines[i + 1]?.content === line.content)) {
      blank(line, 'duplicate-caption');
      continue;
    }
    if (isPullQuote(line, t, source, pulled) || (display.has(line.start) && repeatsStory(line, t, source, pulled))) {
      blank(line, 'pull-quote');
      pulled.push(line);
      continue;
    }
    // Before the story: a kicker, an author's name, an outlet and place ("Jo Doe", "Example News, Paris").
    // Not when the line runs on from the one before or into the next ("voted on" / "Tuesday to ...").
    if (
      !storyStarted && !wrapped && i > 0 && !prevOpen && !nextContinues && !TERMINAL.test(line.content) && /^[\p{Lu}"“]/u.test(line.content) &&
      !RUNS_ON.test(line.content) && wordCount(line.content, MAX_LABEL_WORDS) <= MAX_LABEL_WORDS
    ) {
      blank(line, 'label');
      // A name alone before the story is the byline: a note about that person may close the article.
      if (NAME_LINE.test(line.content)) authors.push(line.content.toLowerCase());
      continue;
    }
    // A footnote after the story whose mark ("[1]") the story carries: both go.
    const footnote = storyStarted && line.content.charCodeAt(0) === 91 ? FOOTNOTE_LINE.exec(line.content) : null;
    if (footnote) {
      const mark = `[${footnote[1]}]`;
      const at = source.lastIndexOf(mark, line.start - 1);
      if (at > bodyStart && !/[\n\r]\s*$/.test(source.slice(Math.max(bodyStart, at - 2), at))) {
        blank(line, 'footnote');
        blank({ start: at, end: at + mark.length }, 'footnote-mark');
        // A kept line ending in the mark ends before it.
        for (let k = keep.length - 1; k >= 0 && keep[k].end > at; k--) {
          if (keep[k].start <= at && keep[k].end === at + mark.length && at > keep[k].start) {
            let end = at;
            while (end > keep[k].start && isSpace(source.charCodeAt(end - 1))) end--;
            keep[k] = { start: keep[k].start, end, content: source.slice(keep[k].start, end) };
          }
        }
        continue;
      }
    }
    // A lone letter or a fragment of one or two characters is layout debris.
    if (line.content.length <= 2 && !/^\p{N}+[.)]?$/u.test(line.content)) {
      blank(line, 'stray-fragment');
      continue;
    }
    let body: Line = line;
    // A dateline opens the story: on the first kept line, or after short lines that are no
    // sentences (a kicker, a timestamp).
    if (keep.length === 0 || !storyStarted) {
      const dateline = DATELINE.exec(body.content);
      if (dateline) {
        blank({ start: body.start, end: body.start + dateline[0].length }, 'dateline');
        body = { start: body.start + dateline[0].length, end: body.end, content: body.content.slice(dateline[0].length) };
      }
    }
    const credit = CREDIT_END.test(body.content) ? TRAILING_AGENCY_CREDIT.exec(body.content) : null;
    if (credit) {
      const start = body.start + credit.index;
      blank({ start, end: body.end }, 'agency-credit');
      body = { start: body.start, end: start, content: body.content.slice(0, credit.index) };
    }
    keep.push(body);
    if (TERMINAL.test(body.content) || wordCount(body.content, MAX_TITLE_WORDS) > MAX_TITLE_WORDS) storyStarted = true;
  }

  // A note about the author closes the article: "Jo Doe covers health care for the Metro desk."
  // The author may be named by surname ("Doe covers ..."); the author's name on a line of its own
  // and link debris ("twitter", "mailto") may come around it.
  const surnames = authors.map((a) => a.slice(a.lastIndexOf(' ') + 1)).filter((s) => s.length > 2);
  const isNote = (t: string) => {
    const lower = t.toLowerCase();
    if ([...authors, ...surnames].some((a) => lower.startsWith(a) && AUTHOR_NOTE_VERB.test(t.slice(a.length)))) return true;
    return wordCount(t, MAX_CAPTION_WORDS) <= MAX_CAPTION_WORDS && AUTHOR_NOTE.test(t);
  };
  const isAside = (t: string) =>
    !TERMINAL.test(t) && (authors.includes(t.toLowerCase()) || (wordCount(t, MAX_DEBRIS_WORDS) <= MAX_DEBRIS_WORDS && /^[\p{Ll}@]|^\S+$/u.test(t)));
  for (let n = 0; n < MAX_AUTHOR_NOTE_LINES && keep.length > 1; n++) {
    let k = keep.length - 1;
    while (k > 0 && keep.length - 1 - k < MAX_TAIL_SKIP && isAside(ruleText(keep[k].content))) k--;
    if (k < 1 || !isNote(ruleText(keep[k].content))) break;
    // The author's name just above the note goes with it.
    const from = k - 1 >= 1 && authors.includes(ruleText(keep[k - 1].content).toLowerCase()) ? k - 1 : k;
    for (const l of keep.splice(from)) blank(l, 'author-note');
  }

  // Join lines into paragraphs: a line that does not end a sentence continues on the next kept
  // line when that one starts in lower case (page-layout breaks), even across removed lines.
  const paragraphs: Span[] = [];
  for (let i = 0; i < keep.length; i++) {
    const start = keep[i].start;
    while (i + 1 < keep.length && !TERMINAL.test(keep[i].content) && CONTINUATION_START.test(keep[i + 1].content) && !alone.has(keep[i].start) && !alone.has(keep[i + 1].start)) {
      blank({ start: keep[i].end, end: keep[i + 1].start }, null, false);
      i++;
    }
    paragraphs.push({ start, end: keep[i].end });
  }
  return { text: buf.toString('utf16le'), paragraphs, titleSpan, removed };
}
