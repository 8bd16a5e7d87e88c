/**
 * How a rule's matches can begin, read from its regular expression source: the set of their
 * first K symbols (FIRST_K), so the scanner tries at a position only the rules that can start
 * with the text there. Symbols fold what the rules cannot tell apart cheaply: letters are lower
 * case (the rules are case-insensitive), every digit is "0", every white space " ".
 * Conservative: lookarounds and word boundaries are ignored, wildcards (".", "\w", negated
 * classes) within the first K symbols make a rule possible anywhere ('any').
 */

export const K = 4;
/**
 * Keys whose K symbols begin too many rules' matches ("the ", a year) take two more symbols
 * ("the se", "0000, "): what follows tells most of those rules apart.
 */
export const LONG_K = 6;
export const LONG_STEMS: ReadonlySet<string> = new Set(['the ', '0000', '000 ', '000,', '00,0', '00.0']);

/** Whether a prefix is as long as a key gets: K symbols, or LONG_K after a long stem. */
export function isFull(p: string): boolean {
  return p.length >= LONG_K || (p.length === K && !LONG_STEMS.has(p));
}

/** The key a longer string of symbols begins with. */
function cut(p: string): string {
  if (p.length <= K) return p;
  return LONG_STEMS.has(p.slice(0, K)) ? p.slice(0, LONG_K) : p.slice(0, K);
}

export type Prefixes = Set<string> | 'any';

/** A wildcard symbol while reading; a rule whose prefixes contain it is tried everywhere. */
const WILD = '\u0000';
const SPACES = /\s/;

/** The symbol of one character of text. */
export function symbolOf(code: number): string {
  if (code >= 48 && code <= 57) return '0';
  if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
  if (code === 32 || (code >= 9 && code <= 13)) return ' ';
  const c = String.fromCharCode(code);
  return code >= 128 && SPACES.test(c) ? ' ' : c;
}

function concat(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set<string>();
  if (b.size === 1) {
    const [y] = b;
    for (const x of a) out.add(isFull(x) ? x : cut(x + y));
    return out;
  }
  for (const x of a) {
    if (isFull(x)) out.add(x);
    else for (const y of b) out.add(cut(x + y));
  }
  return out;
}

const union = (a: Set<string>, b: Set<string>) => new Set([...a, ...b]);

function allFull(set: Set<string>): boolean {
  for (const p of set) if (!isFull(p)) return false;
  return true;
}

/** The prefixes of groups by their text: the rules share many parts (months, counts, modifiers). */
const GROUP_PREFIXES = new Map<string, Set<string>>();

/** The index of the ")" that closes the group whose body starts at `from`. */
function groupEnd(src: string, from: number): number {
  let depth = 1;
  for (let i = from; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  throw new Error(`prefixes: unclosed group in ${src}`);
}

/** What a part read while skipping stands for: its prefixes are not needed. */
const SKIPPED = new Set<string>();

class PrefixReader {
  private i = 0;
  /** > 0 while reading parts that cannot change the result (after K symbols, in lookarounds). */
  private skipping = 0;
  constructor(private readonly src: string) {}

  read(): Prefixes {
    const set = this.alternation();
    if (this.i !== this.src.length) throw new Error(`prefixes: unexpected ')' at ${this.i} in ${this.src}`);
    const out = new Set<string>();
    for (const p of set) {
      const wild = p.indexOf(WILD);
      if (p.length === 0 || (wild >= 0 && wild < K)) return 'any';
      // A wildcard after a long stem: the rule may follow the stem with anything.
      out.add(wild >= 0 ? p.slice(0, K) : p);
    }
    return out;
  }

  private alternation(): Set<string> {
    const first = this.sequence();
    if (this.src[this.i] !== '|') return first;
    const set = new Set(first);
    while (this.src[this.i] === '|') {
      this.i++;
      const next = this.sequence();
      if (!this.skipping) for (const p of next) set.add(p);
    }
    return set;
  }

  private sequence(): Set<string> {
    let set = this.skipping ? SKIPPED : new Set(['']);
    let full = false;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      if (full || this.skipping) {
        this.quantified();
        continue;
      }
      set = concat(set, this.quantified());
      full = allFull(set);
      if (full) this.skipping++;
    }
    if (full) this.skipping--;
    return set;
  }

  private quantified(): Set<string> {
    const atom = this.atom();
    const c = this.src[this.i];
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new Error(`prefixes: bad quantifier in ${this.src}`);
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (this.src[this.i] === '?') this.i++;
    if (this.skipping) return SKIPPED;
    let set = new Set(['']);
    for (let n = 0; n < Math.min(min, LONG_K); n++) set = concat(set, atom);
    const optional = union(atom, new Set(['']));
    for (let n = min; n < Math.min(max, min + LONG_K); n++) set = concat(set, optional);
    return set;
  }

  private atom(): Set<string> {
    const src = this.src;
    const c = src[this.i];
    if (c === '(') {
      let lookaround = false;
      if (src.startsWith('(?:', this.i)) this.i += 3;
      else if (src.startsWith('(?=', this.i) || src.startsWith('(?!', this.i)) (this.i += 3), (lookaround = true);
      else if (src.startsWith('(?<=', this.i) || src.startsWith('(?<!', this.i)) (this.i += 4), (lookaround = true);
      else if (src.startsWith('(?<', this.i)) this.i = src.indexOf('>', this.i) + 1;
      else this.i += 1;
      if (!lookaround && !this.skipping) return this.group();
      if (lookaround) this.skipping++;
      const inner = this.alternation();
      if (lookaround) this.skipping--;
      if (src[this.i] !== ')') throw new Error(`prefixes: unclosed group in ${src}`);
      this.i++;
      if (this.skipping) return SKIPPED;
      return lookaround ? new Set(['']) : inner;
    }
    if (c === '[') return this.charClass();
    if (c === '\\') {
      const e = src[this.i + 1];
      this.i += 2;
      if (this.skipping) return SKIPPED;
      if (e === 'b' || e === 'B') return new Set(['']);
      return new Set([this.escaped(e)]);
    }
    this.i++;
    if (this.skipping) return SKIPPED;
    if (c === '^' || c === '$') return new Set(['']);
    if (c === '.') return new Set([WILD]);
    return new Set([symbolOf(c.charCodeAt(0))]);
  }

  /** A group's prefixes, from its body on: read once for all the rules that share its text. */
  private group(): Set<string> {
    const end = groupEnd(this.src, this.i);
    const body = this.src.slice(this.i, end);
    let set = GROUP_PREFIXES.get(body);
    if (set) {
      this.i = end + 1;
      return set;
    }
    set = this.alternation();
    if (this.i !== end) throw new Error(`prefixes: unclosed group in ${this.src}`);
    this.i++;
    GROUP_PREFIXES.set(body, set);
    return set;
  }

  /** The symbol of an escape: \d, \s, a quoted character; anything else is a wildcard. */
  private escaped(e: string): string {
    if (e === 'd') return '0';
    if (e === 's') return ' ';
    if (/[\p{L}\p{N}]/u.test(e)) return WILD;
    return symbolOf(e.charCodeAt(0));
  }

  private charClass(): Set<string> {
    const src = this.src;
    this.i++;
    if (src[this.i] === '^') {
      this.i = src.indexOf(']', this.i + 1) + 1;
      return new Set([WILD]);
    }
    const out = new Set<string>();
    const single = (): { code: number } | { symbol: string } => {
      if (src[this.i] !== '\\') return { code: src.charCodeAt(this.i++) };
      const e = src[this.i + 1];
      this.i += 2;
      return /[\p{L}\p{N}]/u.test(e) ? { symbol: this.escaped(e) } : { code: e.charCodeAt(0) };
    };
    while (src[this.i] !== ']') {
      if (this.i >= src.length) throw new Error(`prefixes: unclosed class in ${src}`);
      const from = single();
      if ('code' in from && src[this.i] === '-' && src[this.i + 1] !== ']') {
        this.i++;
        const to = single();
        if (!('code' in to) || to.code - from.code > 256) out.add(WILD);
        else for (let code = from.code; code <= to.code; code++) out.add(symbolOf(code));
      } else {
        out.add('code' in from ? symbolOf(from.code) : from.symbol);
      }
    }
    this.i++;
    return out;
  }
}

/** The first K symbols of `source`'s matches (shorter for shorter matches), or 'any'. */
export function prefixesOf(source: string): Prefixes {
  return new PrefixReader(source).read();
}
