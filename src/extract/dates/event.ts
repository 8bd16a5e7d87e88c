import { EVENT_STOP_ED, IRREGULAR_VERBS, REPORTING_VERBS } from './event-words.js';

/**
 * The event a date belongs to: the verb phrase of the clause that holds the date
 * ("launched the full-scale invasion of Ukraine ... nearly three years ago").
 * A heuristic over words, no parser: null when the clause has no recognizable verb.
 */

const BREAK = /[;:()"“”]|,\s|\s[-–—]\s|\b(?:that|which|who|whom|whose|when|while|where|because|although|though|but|since|if|until|unless|whereas|after|before)\b|(?<!\b(?:early|late|soon|long|far|well|much|many|such)\s)\bas\b(?!\s+(?:early|late|soon|long|recently|well|part|much|many|far|of)\b)/gi;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const AUX = /^(?:will|would|could|can|may|might|must|shall|should|did|does|do|is|are|was|were|has|have|had|be|been|being|'s|'ll|won't|didn't|doesn't|wasn't|weren't|hasn't|haven't|hadn't|isn't|aren't|not|also|still|already|just|never|then|reportedly|first|later|initially|previously)$/i;
const TRAILING = /(?:\s+(?:in|on|at|by|since|during|until|till|from|to|for|of|as\s+early\s+as|as\s+late\s+as|as\s+soon\s+as|no\s+later\s+than|around|about|nearly|almost|just|some|over|within|and|or|the|this|that|last|next|later|earlier|early|late|mid|,))+\s*$/i;
const MAX_WORDS = 14;

function isVerb(word: string): boolean {
  const w = word.toLowerCase().replace(/[.'’]+$/, '');
  if (IRREGULAR_VERBS.has(w)) return true;
  if (w.length > 4 && w.endsWith('ed') && !EVENT_STOP_ED.has(w)) return true;
  return AUX.test(w) && !/^(?:also|still|already|just|never|then|reportedly|first|later|initially|previously|not)$/.test(w);
}

function clauseBounds(sentence: string, at: number, end: number): { from: number; to: number } {
  let from = 0;
  let to = sentence.length;
  BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BREAK.exec(sentence))) {
    if (m.index + m[0].length <= at) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return { from, to };
}

/** First verb in `text` (offsets relative to text); -1 when none. */
function firstVerb(text: string): number {
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  let index = 0;
  while ((m = WORD.exec(text))) {
    // A capitalized -ed word at the clause start is a name or adjective, not the verb.
    if (isVerb(m[0]) && !(index === 0 && /^\p{Lu}/u.test(m[0]) && !AUX.test(m[0]))) return m.index;
    index++;
  }
  return -1;
}

function limitWords(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.slice(0, MAX_WORDS).join(' ');
}

function clean(text: string): string | null {
  const t = limitWords(text.replace(/\s+/g, ' ').trim()).replace(TRAILING, '').replace(/[\s,.;:]+$/, '');
  return t.split(' ').length >= 1 && /\p{L}/u.test(t) ? t : null;
}

/** Extend a bare reporting verb ("said") with what was said, up to the next clause break. */
function withComplement(verb: string, rest: string): string {
  const body = rest.replace(/^[\s,]*(?:that\s+)?/i, '');
  const stop = body.search(/[;:"“”]|,\s|\s[-–—]\s|\b(?:which|who|while|because|although|but)\b/i);
  const complement = stop < 0 ? body : body.slice(0, stop);
  return complement.trim() ? `${verb} that ${complement.trim()}` : verb;
}

function phraseFrom(text: string, rest: string): string | null {
  const phrase = clean(text);
  if (!phrase) return null;
  if (phrase.split(' ').length === 1 && REPORTING_VERBS.has(phrase.toLowerCase())) return clean(withComplement(phrase, rest));
  return phrase;
}

export function eventFor(sentence: string, start: number, end: number): string | null {
  const { from } = clauseBounds(sentence, start, end);
  const left = sentence.slice(from, start);
  const v = firstVerb(left);
  if (v >= 0) return phraseFrom(left.slice(v), sentence.slice(end));
  // The date opens its clause ("Last week, X warned ..."): the verb comes after it.
  const right = sentence.slice(end).replace(/^[\s,]+/, '');
  const rv = firstVerb(right.slice(0, 160));
  if (rv >= 0) {
    const tail = right.slice(rv);
    const stop = clauseBounds(tail, 0, 1).to;
    return phraseFrom(tail.slice(0, stop), tail.slice(stop));
  }
  // No verb on either side of the clause: the sentence's verb before it ("visited X, Y, in 2000").
  const whole = sentence.slice(0, start);
  const wv = firstVerb(whole);
  return wv >= 0 ? phraseFrom(whole.slice(wv), '') : null;
}
