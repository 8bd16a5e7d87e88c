import type { Quantity } from './scan.js';
import { COUNTS_BAD_HEAD, IRREGULAR_PARTICIPLES, MONTHS, NOT_PARTICIPLES, NP_STOP, PARTICIPLE_AUX } from './words.js';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
}

const TOKEN_RE = /[\p{L}\p{N}](?:[\p{L}\p{N}'’&/-]*[\p{L}\p{N}])?|[^\s\p{L}\p{N}]/gu;

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(sentence))) {
    tokens.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length, word: /^\p{L}/u.test(m[0]) });
  }
  return tokens;
}

/** Verbs and particles between a measured subject and its figure ("shares rose 5%"). */
const LINK_WORDS = new Set([
  'up', 'down', 'higher', 'lower', 'worth', 'valued', 'priced', 'stood', 'stands', 'totalled', 'totaled', 'amounted',
  'reaching', 'trade', 'trades', 'traded', 'closed', 'close', 'ended', 'end', 'finished', 'opened', 'open',
  'posted', 'reported', 'recorded', 'expects', 'averaged', 'range', 'ranged', 'ranging', 'cut', 'raised',
  'lowered', 'boost', 'adding', 'slipped', 'eased', 'advanced', 'rallied', 'tumbled', 'soared', 'plummeted',
  'sank', 'shed', 'rising', 'falling', 'hit', 'stand', 'roughly', 'nearly', 'almost', 'around', 'approximately',
  'estimated', 'expected', 'forecast', 'set', 'likely', 'poised', 'slightly', 'marginally', 'sharply', 'only',
  'just', 'barely', 'some', 'over', 'under', 'about', 'minus', 'plus', 'additional', 'another', 'further',
]);

const isParticiple = (t: Token | undefined) =>
  !!t && t.word && ((/[^e]ed$|[^e]eed$|ied$|[^aeiou]ed$/.test(t.lower) && t.lower.length > 3 && !NOT_PARTICIPLES.has(t.lower)) || IRREGULAR_PARTICIPLES.has(t.lower));
const isVerbForm = (t: Token) => /(?:ed|ing)$/.test(t.lower) && t.lower.length > 4 && !NOT_PARTICIPLES.has(t.lower);
const isContent = (t: Token | undefined) =>
  !!t && t.word && !NP_STOP.has(t.lower) && !MONTHS.has(t.lower) && !/ly$/.test(t.lower) && !/^\d/.test(t.text);
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'a', 'an', 'all', 'this', 'that', 'these', 'those', 'my', 'your']);

/** The noun phrase starting at token i: "Russian soldiers", "rounds of ammunition". */
function nounPhraseAfter(tokens: Token[], i: number): { words: Token[]; next: number } {
  const words: Token[] = [];
  let j = i;
  while (j < tokens.length && words.length < 5 && isContent(tokens[j])) {
    const t = tokens[j];
    // A verb form after the head noun ends the phrase; before a noun it is an adjective ("wounded soldiers").
    if (isVerbForm(t) && (words.length > 0 || !isContent(tokens[j + 1]))) break;
    words.push(t);
    j++;
  }
  if (words.length > 0 && words.length <= 2 && tokens[j]?.lower === 'of' && isContent(tokens[j + 1]) && !isVerbForm(tokens[j + 1])) {
    const rest = nounPhraseAfter(tokens, j + 1);
    if (rest.words.length && rest.words.length <= 3) return { words: [...words, tokens[j], ...rest.words], next: rest.next };
  }
  return { words, next: j };
}

/** "have been killed or wounded", "expected": what the sentence says happened to the counted things. */
function participlesAfter(tokens: Token[], j: number): Token[] {
  let k = j;
  let aux = false;
  for (const phrase of PARTICIPLE_AUX) {
    const parts = phrase.split(' ');
    if (parts.every((p, n) => tokens[k + n]?.lower === p)) {
      k += parts.length;
      aux = true;
      break;
    }
  }
  if (!isParticiple(tokens[k])) return [];
  const out = [tokens[k]];
  k++;
  if ((tokens[k]?.lower === 'or' || tokens[k]?.lower === 'and') && isParticiple(tokens[k + 1])) {
    out.push(tokens[k], tokens[k + 1]);
    k += 2;
  }
  // Without an auxiliary, "countries signed the deal" is active voice, not what happened to them.
  if (!aux && tokens[k] && (DETERMINERS.has(tokens[k].lower) || isContent(tokens[k]))) return [];
  return out;
}

/** The subject before a figure: "Tesla shares" in "Tesla shares rose 5%". */
function subjectBefore(tokens: Token[], k: number): Token[] {
  let skipped = 0;
  while (k >= 0 && skipped < 7) {
    const t = tokens[k];
    if (!t.word) {
      if (t.text !== ',' && t.text !== '+') return [];
    } else if (isContent(t) && !LINK_WORDS.has(t.lower) && !isVerbForm(t)) break;
    k--;
    skipped++;
  }
  const words: Token[] = [];
  while (k >= 0 && words.length < 6) {
    const t = tokens[k];
    if (isContent(t) && !LINK_WORDS.has(t.lower)) words.unshift(t);
    else if ((t.lower === 'of' || t.text === '&') && isContent(tokens[k - 1]) && words.length) words.unshift(t);
    else break;
    k--;
  }
  while (words.length && (words[0].lower === 'of' || words[0].text === '&')) words.shift();
  return words;
}

const phrase = (sentence: string, words: Token[]) => (words.length ? sentence.slice(words[0].start, words[words.length - 1].end) : null);

export interface CountsResult {
  /** The noun phrase (without participles), kept for ellipsis ("3,000 troops ... 12,000 expected"). */
  noun: string | null;
  counts: string | null;
}

/** What a quantity counts or measures, from the words around it in its sentence. */
export function countsFor(sentence: string, tokens: Token[], q: Quantity, previous: CountsResult | null): CountsResult {
  let i = tokens.findIndex((t) => t.start >= q.end);
  if (i < 0) i = tokens.length;
  const before = (() => {
    let k = i - 1;
    while (k >= 0 && tokens[k].start >= q.start) k--;
    return k;
  })();
  const measured = q.unit != null && !q.compound;
  let np: { words: Token[]; next: number } = { words: [], next: i };
  const linker = tokens[i]?.lower;
  if (linker === 'of' || (measured && (linker === 'in' || linker === 'on') && q.unit !== '%')) {
    let j = i + 1;
    while (j < tokens.length && DETERMINERS.has(tokens[j].lower)) j++;
    np = nounPhraseAfter(tokens, j);
  } else if (!COUNTS_BAD_HEAD.has(linker ?? '')) {
    np = nounPhraseAfter(tokens, i);
  }
  if (np.words.length) {
    const participles = participlesAfter(tokens, np.next);
    const noun = phrase(sentence, np.words);
    const counts = participles.length ? `${noun} ${phrase(sentence, participles)}` : noun;
    return { noun, counts };
  }
  const participles = measured ? [] : participlesAfter(tokens, i);
  if (participles.length && previous?.noun) {
    return { noun: previous.noun, counts: `${previous.noun} ${phrase(sentence, participles)}` };
  }
  const subject = phrase(sentence, subjectBefore(tokens, before));
  return { noun: subject, counts: subject };
}
