import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ErrorGroups, evalDoc, readJsonl } from './common.js';
import { factsFromDocs } from '../pipeline.js';
import type { QuoteFact } from '../schema/index.js';
import { QUOTE_ONLY_FORMS, SPEECH_VERB_FORMS } from '../extract/quotes/words.js';
import { type EvalRow, type EvalSection } from './types.js';

interface GoldQuote {
  quote: string;
  start: number;
  end: number;
  speaker: string | null;
  speaker_spans: [number, number][];
  cue: string | null;
  cue_spans: [number, number][];
  kind_heuristic: 'direct' | 'indirect' | 'mixed';
}

interface GoldRecord {
  id: string;
  publication_date: string;
  text: string;
  quotes: GoldQuote[];
}

/** Cues the accuracy issue counts as speech: verbs of saying (any inflection), "according to", a colon. */
const SPEECH_CUE =
  /\b(?:say|says|said|saying|tell|tells|told|telling|writ(?:e|es|ing|ten)|wrote|(?:add|ask|note|announce|report|argue|respond|tweet|reply|claim|warn|insist|explain|state|declare|acknowledge|admit|confirm|deny|urge)(?:s|es|d|ed|ing)?|repl(?:y|ies|ied|ying)|den(?:y|ies|ied|ying)|admitt(?:ed|ing)|argu(?:ing|ed)|not(?:ing|ed)|announc(?:ing|ed)|stat(?:ing|ed)|declar(?:ing|ed)|acknowledg(?:ing|ed)|confirm(?:ing|ed)|urg(?:ing|ed))\b|according to|:/i;

export function isSpeechCue(cue: string | null): boolean {
  return cue != null && SPEECH_CUE.test(cue);
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** The accuracy issue's span rule: overlap of at least half of the shorter span. */
function spansMatch(f: QuoteFact, g: GoldQuote): boolean {
  const shorter = Math.min(f.span.end - f.span.start, g.end - g.start);
  return shorter > 0 && overlap(f.span, g) * 2 >= shorter;
}

function speakerRight(f: QuoteFact, g: GoldQuote): boolean {
  const m = f.speaker.mention;
  if (m && g.speaker_spans.some(([start, end]) => overlap(m, { start, end }) > 0)) return true;
  const last = g.speaker?.trim().split(/\s+/).pop()?.replace(/['’]s?$/, '').toLowerCase();
  return !!(last && f.speaker.name && f.speaker.name.toLowerCase().includes(last));
}

type Outcome = 'tp' | 'fp' | 'ignored';

/**
 * Counting, per row (a class C of speech golds and a pool P of predicted quote facts):
 * - recall = golds in C matched (span rule) by some fact in P whose speaker is right (for the
 *   span row: any speaker) / |C|;
 * - precision = TP / (TP + FP) over P, where a fact is TP if it matches a gold in C (with the
 *   right speaker for who-said-what rows); FP if it matches no gold at all (of any cue), or
 *   matches speech golds only with the wrong speaker; otherwise ignored (it matches only golds
 *   outside C, e.g. a belief cue, or a direct fragment of a mixed gold on the direct row).
 * Several facts may match one gold (a mixed quote yields the clause and its quoted words); each
 * counts on the precision side, the gold counts once on the recall side.
 */
function score(facts: QuoteFact[], golds: GoldQuote[], inClass: (g: GoldQuote) => boolean, inPool: (f: QuoteFact) => boolean, needSpeaker: boolean) {
  let tp = 0;
  let fp = 0;
  let found = 0;
  let total = 0;
  for (const f of facts) {
    if (!inPool(f)) continue;
    const matched = golds.filter((g) => spansMatch(f, g));
    let outcome: Outcome = 'ignored';
    if (matched.length === 0) outcome = 'fp';
    else if (matched.some((g) => inClass(g) && (!needSpeaker || speakerRight(f, g)))) outcome = 'tp';
    else if (needSpeaker && matched.every((g) => isSpeechCue(g.cue) && !speakerRight(f, g))) outcome = 'fp';
    if (outcome === 'tp') tp++;
    else if (outcome === 'fp') fp++;
  }
  for (const g of golds) {
    if (!inClass(g)) continue;
    total++;
    if (facts.some((f) => inPool(f) && spansMatch(f, g) && (!needSpeaker || speakerRight(f, g)))) found++;
  }
  return { tp, fp, found, total };
}

interface Tally {
  tp: number;
  fp: number;
  found: number;
  total: number;
}

function row(metric: string, t: Tally, target?: number): EvalRow[] {
  const p = t.tp + t.fp === 0 ? 0 : t.tp / (t.tp + t.fp);
  const r = t.total === 0 ? 0 : t.found / t.total;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  const detail = `tp=${t.tp} fp=${t.fp} found=${t.found}/${t.total}`;
  return [
    { task: 'quotes', metric: `${metric} P`, value: p, detail },
    { task: 'quotes', metric: `${metric} R`, value: r },
    { task: 'quotes', metric: `${metric} F1`, value: f1, target },
  ];
}

const PRONOUNS = /^(he|she|they|it|we|i|you|his|her|their|its)$/i;

function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !/[\n]/.test(text[s - 1]) && start - s < 200) s--;
  let e = end;
  while (e < text.length && text[e] !== '\n' && e - end < 200) e++;
  return text.slice(s, e).replace(/\s+/g, ' ').trim();
}

function missCause(g: GoldQuote, facts: QuoteFact[]): string {
  const near = facts.filter((f) => overlap(f.span, g) > 0);
  const spanMatched = near.filter((f) => spansMatch(f, g));
  if (spanMatched.length) {
    const f = spanMatched[0];
    if (!f.speaker.mention) return 'wrong speaker: none predicted';
    if (g.speaker == null) return 'wrong speaker: gold has none';
    if (PRONOUNS.test(g.speaker.trim())) return 'wrong speaker: gold is a pronoun';
    return 'wrong speaker: other';
  }
  if (near.length) return 'span too short or too long';
  if (g.speaker == null) return `no fact: gold has no speaker (${g.kind_heuristic})`;
  const cueWords = (g.cue ?? '').toLowerCase().split(/[^a-z:]+/);
  const known = cueWords.some((w) => SPEECH_VERB_FORMS.has(w) || QUOTE_ONLY_FORMS.has(w) || w === 'according' || w.endsWith(':'));
  if (!known) return `no fact: cue not in the word lists (${g.kind_heuristic})`;
  if (PRONOUNS.test(g.speaker.trim())) return `no fact: speaker is a pronoun (${g.kind_heuristic})`;
  const cueAfterQuote = (g.cue_spans[0]?.[0] ?? 0) > g.end;
  return `no fact: ${g.kind_heuristic}, cue ${cueAfterQuote ? 'after' : 'before'} content, speaker or clause not found`;
}


export const quotesEval: EvalSection = {
  name: 'quotes',
  run(options) {
    const file = join(options.dataDir, 'quotes', `${options.split}.jsonl`);
    if (!existsSync(file)) return { rows: [{ task: 'quotes', metric: `not scored: ${file} not found`, value: null }], errors: [] };
    const records = readJsonl<GoldRecord>(file, options.limit);
    const zero = (): Tally => ({ tp: 0, fp: 0, found: 0, total: 0 });
    const tallies = { span: zero(), direct: zero(), speech: zero(), reported: zero() };
    const groups = new ErrorGroups();
    const note = (cause: string, line: string) => groups.note(cause, line);
    let chars = 0;
    let extractMs = 0;
    for (const record of records) {
      const doc = evalDoc(record.text, record.id, record.publication_date);
      const t0 = performance.now();
      const table = factsFromDocs([doc]);
      extractMs += performance.now() - t0;
      chars += record.text.length;
      const facts = table.facts.filter((f): f is QuoteFact => f.kind === 'quote');
      const golds = record.quotes;
      const speech = (g: GoldQuote) => isSpeechCue(g.cue);
      const add = (t: Tally, s: Tally) => {
        t.tp += s.tp;
        t.fp += s.fp;
        t.found += s.found;
        t.total += s.total;
      };
      add(tallies.span, score(facts, golds, speech, () => true, false));
      add(tallies.direct, score(facts, golds, (g) => speech(g) && g.kind_heuristic === 'direct', (f) => f.direct, true));
      add(tallies.speech, score(facts, golds, speech, () => true, true));
      add(tallies.reported, score(facts, golds, (g) => speech(g) && g.kind_heuristic !== 'direct', (f) => !f.direct, true));
      if (!options.errors) continue;
      for (const g of golds) {
        if (!speech(g) || facts.some((f) => spansMatch(f, g) && speakerRight(f, g))) continue;
        const f = facts.find((x) => spansMatch(x, g));
        note(`miss: ${missCause(g, facts)}`, `  ${record.id} | gold speaker=${JSON.stringify(g.speaker)} cue=${JSON.stringify(g.cue)} | predicted=${JSON.stringify(f?.speaker.mention?.text ?? null)}\n    quote: ${g.quote.slice(0, 160).replace(/\s+/g, ' ')}\n    ctx: ${sentenceAround(record.text, g.start, g.end).slice(0, 400)}`);
      }
      for (const f of facts) {
        const matched = golds.filter((g) => spansMatch(f, g));
        if (matched.length) continue;
        const cause = golds.some((g) => overlap(f.span, g) > 0) ? 'span overlaps a gold by less than half' : 'no gold attribution here';
        note(`false positive (${f.extractor}): ${cause}`, `  ${record.id} | speaker=${JSON.stringify(f.speaker.mention?.text ?? null)} cue=${JSON.stringify(f.cue)}\n    fact: ${f.text.slice(0, 160).replace(/\s+/g, ' ')}\n    ctx: ${sentenceAround(record.text, f.span.start, f.span.end).slice(0, 400)}`);
      }
    }
    const errors = groups.lines();
    const mbps = chars / 1e6 / (extractMs / 1000);
    return {
      rows: [
        ...row('quote span (speech)', tallies.span),
        ...row('who-said-what direct', tallies.direct, 0.92),
        ...row('who-said-what all speech', tallies.speech, 0.8),
        ...row('who-said-what reported only', tallies.reported),
        { task: 'quotes', metric: 'pipeline speed MB/s', value: null, detail: `${mbps.toFixed(2)} MB/s over ${records.length} articles (${(chars / 1e6).toFixed(2)} MB)` },
      ],
      errors,
    };
  },
};
