import { join } from 'node:path';
import { ErrorGroups, evalDoc, readJsonl } from './common.js';
import { factsFromDocs } from '../pipeline.js';
import type { DateFact } from '../schema/index.js';
import { prf, type EvalRow, type EvalSection } from './types.js';

interface GoldTimex {
  text: string;
  type: string;
  value: string;
  start: number;
  end: number;
}

interface TimexRecord {
  id: string;
  dct: string;
  text: string;
  timexes: GoldTimex[];
}

interface Pair {
  gold: GoldTimex;
  sys: DateFact;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Greedy one-to-one matching by overlap, exact matches first (TempEval-3 relaxed extent). */
function matchTimexes(gold: GoldTimex[], sys: DateFact[]): { pairs: Pair[]; missed: GoldTimex[]; extra: DateFact[] } {
  const usedSys = new Set<number>();
  const usedGold = new Set<number>();
  const pairs: Pair[] = [];
  for (const exactOnly of [true, false]) {
    gold.forEach((g, gi) => {
      if (usedGold.has(gi)) return;
      const si = sys.findIndex((s, i) => !usedSys.has(i) && (exactOnly ? s.span.start === g.start && s.span.end === g.end : overlaps(s.span, g)));
      if (si < 0) return;
      usedGold.add(gi);
      usedSys.add(si);
      pairs.push({ gold: g, sys: sys[si] });
    });
  }
  return { pairs, missed: gold.filter((_, i) => !usedGold.has(i)), extra: sys.filter((_, i) => !usedSys.has(i)) };
}

function context(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 50), start).replace(/\s+/g, ' ');
  const after = text.slice(end, end + 40).replace(/\s+/g, ' ');
  return `…${before}[${text.slice(start, end)}]${after}…`;
}

/** A coarse cause for an error, to group the --errors listing. */
function shape(text: string): string {
  const t = text.toLowerCase();
  if (/\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/.test(t)) return 'weekday';
  if (/\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/.test(t)) return 'month';
  if (/quarter|half|fiscal/.test(t)) return 'quarter/fiscal';
  if (/\b\d{4}s?\b/.test(t)) return 'year';
  if (/\b(?:ago|earlier|later)\b/.test(t)) return 'ago/earlier';
  if (/\b(?:last|next|this|past|coming|previous)\b/.test(t)) return 'relative';
  if (/\b(?:now|current|recent|future|past|today|yesterday|tomorrow|tonight|soon)/.test(t)) return 'deictic';
  if (/\b(?:daily|weekly|monthly|annually|every|each|yearly)\b/.test(t)) return 'set';
  if (/\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b/.test(t)) return 'duration/units';
  return 'other';
}

/** Scores the dates extractor on TimeBank/AQUAINT (TempEval-3 style), through the real pipeline. */
export const timexEval: EvalSection = {
  name: 'timex',
  run(options) {
    const records = readJsonl<TimexRecord>(join(options.dataDir, 'timex', 'dev.jsonl'), options.limit);
    let strictTp = 0;
    let relaxedTp = 0;
    let typeOk = 0;
    let valueOk = 0;
    let goldCount = 0;
    let sysCount = 0;
    let chars = 0;
    let extractMs = 0;
    const groups = new ErrorGroups();
    const note = (cause: string, line: string) => groups.note(cause, line);
    for (const record of records) {
      const doc = evalDoc(record.text, record.id, record.dct);
      // CPU time, not wall time: the machine is shared, so wall time says little.
      const cpu0 = process.cpuUsage();
      const table = factsFromDocs([doc]);
      extractMs += process.cpuUsage(cpu0).user / 1000;
      chars += record.text.length;
      const sys = table.facts.filter((f): f is DateFact => f.kind === 'date');
      const { pairs, missed, extra } = matchTimexes(record.timexes, sys);
      goldCount += record.timexes.length;
      sysCount += sys.length;
      relaxedTp += pairs.length;
      for (const { gold, sys: s } of pairs) {
        if (gold.start === s.span.start && gold.end === s.span.end) strictTp++;
        if (gold.type === s.type) typeOk++;
        if (gold.value === s.value) valueOk++;
        else if (options.errors) note(`wrong value: ${shape(gold.text)}`, `${record.id} dct=${record.dct} gold ${gold.type} ${gold.value} | sys "${s.text}" ${s.type} ${s.value} (${s.extractor}) ${context(record.text, gold.start, gold.end)}`);
      }
      if (options.errors) {
        for (const g of missed) note(`missed: ${shape(g.text)}`, `${record.id} gold ${g.type} ${g.value} ${context(record.text, g.start, g.end)}`);
        for (const s of extra) note(`false positive: ${s.extractor}`, `${record.id} sys ${s.type} ${s.value} ${context(record.text, s.span.start, s.span.end)}`);
      }
    }
    const relaxed = prf(relaxedTp, sysCount - relaxedTp, goldCount - relaxedTp);
    const strict = prf(strictTp, sysCount - strictTp, goldCount - strictTp);
    const valueAccuracy = relaxedTp ? valueOk / relaxedTp : 0;
    const detail = `tp=${relaxedTp} fp=${sysCount - relaxedTp} fn=${goldCount - relaxedTp}`;
    const rows: EvalRow[] = [
      { task: 'timex', metric: 'extent relaxed P', value: relaxed.precision, detail },
      { task: 'timex', metric: 'extent relaxed R', value: relaxed.recall },
      { task: 'timex', metric: 'extent relaxed F1', value: relaxed.f1, target: 0.903 },
      { task: 'timex', metric: 'extent strict P', value: strict.precision, detail: `tp=${strictTp}` },
      { task: 'timex', metric: 'extent strict R', value: strict.recall },
      { task: 'timex', metric: 'extent strict F1', value: strict.f1 },
      { task: 'timex', metric: 'type accuracy (relaxed matches)', value: relaxedTp ? typeOk / relaxedTp : 0, detail: `${typeOk}/${relaxedTp}` },
      { task: 'timex', metric: 'value accuracy (relaxed matches)', value: valueAccuracy, detail: `${valueOk}/${relaxedTp}` },
      { task: 'timex', metric: 'value F1', value: relaxed.f1 * valueAccuracy, target: 0.8 },
      { task: 'timex', metric: 'pipeline speed', value: null, detail: `${records.length} docs, ${(chars / 1e6 / (extractMs / 1000)).toFixed(2)} MB/s (CPU time, factsFromDocs with all extractors)` },
    ];
    return { rows, errors: groups.lines() };
  },
};
