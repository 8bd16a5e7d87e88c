import { join } from 'node:path';
import { ErrorGroups, evalDoc, readJsonl } from './common.js';
import { factsFromDocs } from '../pipeline.js';
import type { NumberFact } from '../schema/index.js';
import { scanQuantities } from '../extract/numbers/scan.js';
import { notAQuantity, phoneSpans } from '../extract/numbers/filters.js';
import { NP_STOP } from '../extract/numbers/words.js';
import { prf, type EvalSection } from './types.js';

interface GoldQuantity {
  value: string;
  unit: string;
  change: string;
  referred_concepts: string;
}
interface GoldRecord {
  id: string;
  text: string;
  quantities: GoldQuantity[];
}

/** NewsQuant writes "5000.0", ranges "10.0-12.0" / "3.0 - 4.0", vague amounts as ranges ("1000000-10000000"). */
export function parseGoldValue(v: string): number[] {
  const range = /^\s*(-?[\d.]+(?:e[-+]?\d+)?)\s*-\s*(-?[\d.]+(?:e[-+]?\d+)?)\s*$/i.exec(v);
  if (range) return [Number(range[1]), Number(range[2])];
  const n = Number(v);
  return Number.isFinite(n) ? [n] : [];
}

const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-3);

const EXTRA_STOP = new Set(['s', '-', 'us', 'per']);
export function contentWords(s: string | null): string[] {
  if (!s || s.trim() === '-') return [];
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !NP_STOP.has(w) && !EXTRA_STOP.has(w))
    .map((w) => w.replace(/(?:'s|’s)$/, '').replace(/(?<=..)(?:es|s)$/, ''));
}

/** Units that measure rather than name the counted thing (NewsQuant puts counted nouns in `unit`). */
const MEASURE_LIKE = /^(?:%|percent|per cent|pc|\$|us\$|\$ us|\$a|€|£|ps|y|hk\$|dollars?|euros?|yen|shekels?|cents?|p|-|.*\b(?:miles?|km|kilomet|met|feet|ft|yards?|inch|mph|kg|pounds?|lb|litre|liter|gallon|degrees?|w|kw|kwh|gwh|gb|mah|hz|ppb|hp|bhp|seconds?|minutes?|hours?|days?|weeks?|months?|years?|year-old|points?|basis)\b.*)$/i;

/**
 * What-is-counted rule (CQE's value+concept, read for our single `counts` field). NewsQuant splits
 * "what is counted" over two fields: the counted noun goes to `unit` ("400 | workers") and the
 * owner or measured thing to `referred_concepts` ("Acme"). Our `counts` holds the counted thing.
 * A value-matched pair agrees when:
 * - gold concept is "-": our counts is null or names gold's counted noun (its unit's head word);
 * - otherwise: at least half of the content words of one gold concept (comma-separated) occur in
 *   our counts or unit, or gold's unit is a counted noun whose head word occurs in our counts.
 * `strict` drops the counted-noun alternative.
 */
export function countsAgree(pred: Pick<NumberFact, 'counts' | 'unit'>, gold: GoldQuantity, strict = false): boolean {
  const ours = new Set([...contentWords(pred.counts), ...contentWords(pred.unit)]);
  const goldUnitWords = MEASURE_LIKE.test(gold.unit.trim()) ? [] : contentWords(gold.unit);
  if (gold.referred_concepts.trim() === '-') {
    const countsWords = contentWords(pred.counts);
    const head = goldUnitWords[goldUnitWords.length - 1];
    return countsWords.length === 0 || (!strict && !!head && countsWords.includes(head));
  }
  for (const concept of gold.referred_concepts.split(',')) {
    const words = contentWords(concept);
    if (words.length && words.filter((w) => ours.has(w)).length * 2 >= words.length) return true;
  }
  const head = goldUnitWords[goldUnitWords.length - 1];
  return !strict && !!head && contentWords(pred.counts).includes(head);
}

function whyMissed(text: string, values: number[]): string {
  const phones = phoneSpans(text);
  for (const q of scanQuantities(text)) {
    if (!values.some((v) => close(q.value, v))) continue;
    const reason = notAQuantity(text, q, phones);
    if (reason) return `filtered as ${reason}`;
  }
  if (/\bone of\b|\bone\b/i.test(text) && values.includes(1)) return 'gold counts "one" (pronoun or idiom for us)';
  return 'not found or wrong value';
}

/**
 * Scores the numbers extractor on NewsQuant dev sentences, each run through the real pipeline as
 * a tiny article. Value matching: numeric equality within 0.1% relative; gold percents are plain
 * numbers ("7.0" for "7 per cent") like ours; gold ranges ("10.0-12.0") and vague amounts
 * ("millions" = "1000000-10000000") are one quantity that our endpoint facts (one or both) match
 * as one true positive; each predicted fact is used once. A one-line record has no following
 * line, so the cleaner never takes it for a headline; the detail column counts any that were.
 */
export const numbersEval: EvalSection = {
  name: 'numbers',
  run(opts) {
    const file = join(opts.dataDir, 'numbers', 'dev.jsonl');
    const records = readJsonl<GoldRecord>(file, opts.limit);
    let tp = 0, fp = 0, fn = 0, agree = 0, agreeStrict = 0, headlines = 0, emptied = 0;
    const groups = new ErrorGroups();
    const note = (cause: string, line: string) => groups.note(cause, line);
    for (const r of records) {
      const doc = evalDoc(r.text, r.id);
      if (doc.titleSpan) headlines++;
      if (doc.sentences.length === 0) emptied++;
      const preds = factsFromDocs([doc]).facts.filter((f): f is NumberFact => f.kind === 'number');
      const used = new Set<NumberFact>();
      const golds = r.quantities.map((g) => ({ g, values: parseGoldValue(g.value) })).sort((a, b) => a.values.length - b.values.length);
      for (const { g, values } of golds) {
        // A gold range is one quantity; our two endpoint facts together make one true positive.
        const matched: NumberFact[] = [];
        for (const v of values) {
          const p = preds.find((p) => !used.has(p) && !matched.includes(p) && close(p.value, v));
          if (p) matched.push(p);
        }
        if (!matched.length) {
          fn++;
          note(`miss: ${whyMissed(r.text, values)}`, `${r.id}: gold ${g.value} ${g.unit} | ${r.text}`);
          continue;
        }
        tp++;
        for (const p of matched) used.add(p);
        const ok = matched.some((p) => countsAgree(p, g));
        if (ok) agree++;
        if (matched.some((p) => countsAgree(p, g, true))) agreeStrict++;
        if (!ok) note(matched[0].counts ? 'wrong counts: other words' : 'wrong counts: none given', `${r.id}: "${matched[0].text}" counts=${JSON.stringify(matched[0].counts)} unit=${matched[0].unit} | gold unit="${g.unit}" concept="${g.referred_concepts}"`);
      }
      for (const p of preds) {
        if (used.has(p)) continue;
        fp++;
        note(`false positive: ${p.extractor}`, `${r.id}: "${p.text}" = ${p.value} | ${r.text}`);
      }
    }
    const s = prf(tp, fp, fn);
    const errors = groups.lines('- ');
    const notes = `${records.length} sentences; headline-blanked=${headlines} empty=${emptied}`;
    return {
      rows: [
        { task: 'numbers', metric: 'value P', value: s.precision, detail: `tp=${tp} fp=${fp}` },
        { task: 'numbers', metric: 'value R', value: s.recall, detail: `fn=${fn}` },
        { task: 'numbers', metric: 'value F1', value: s.f1, target: 0.92, detail: notes },
        { task: 'numbers', metric: 'what-is-counted', value: tp ? agree / tp : null, target: 0.76, detail: `${agree}/${tp} value-matched (counts vs concept or counted noun)` },
        { task: 'numbers', metric: 'counted strict', value: tp ? agreeStrict / tp : null, detail: `${agreeStrict}/${tp} (counts vs referred_concepts only)` },
      ],
      errors,
    };
  },
};
