import type { Fact, FactTable } from '../schema/index.js';

/** Neutralise spreadsheet formulas: a cell starting with = + - @ (or tab/CR) gets a leading quote. */
export function csvCell(value: unknown): string {
  let s = value == null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function detail(f: Fact): string {
  switch (f.kind) {
    case 'quote':
      return `${f.speaker.name ?? f.speaker.mention?.text ?? '?'} (${f.direct ? 'direct' : 'reported'}, ${f.cue ?? ''})`;
    case 'number':
      return `${f.qualifier} ${f.value}${f.unit ? ` ${f.unit}` : ''}${f.counts ? ` — ${f.counts}` : ''}`;
    case 'date':
      return `${f.type} ${f.value}${f.event ? ` — ${f.event}` : ''}`;
    case 'role':
      return `${f.name}: ${f.role}`;
  }
}

export function renderFactsCsv(table: FactTable): string {
  const header = ['id', 'kind', 'article', 'start', 'end', 'text', 'detail', 'corroborated_by', 'extractor'];
  const rows = table.facts.map((f) => [f.id, f.kind, f.article, f.span.start, f.span.end, f.text.replace(/\s+/g, ' '), detail(f), f.corroboratedBy.join(' '), f.extractor]);
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
