import { basename } from 'node:path';
import type { Briefing, BriefSource, Difference } from '../../../brief/model.js';
import { longDate as longDateOf } from '../../../brief/dates.js';
import { Columns, Entry, Section, Stack, type Block } from './blocks.js';
import { CoverageGrid, type CoverageRow } from './coverage-grid.js';
import type { Pen, Run } from './pen.js';
import { COLUMN_GAP, GREY, SECTION_GAP, STYLES } from './style.js';
import { TimelineDrawing } from './timeline.js';

/** The section headings, exactly as printed. */
export const HEADINGS = {
  whatHappened: 'What happened',
  keyNumbers: 'Key numbers',
  keyQuotes: 'Key quotes',
  timeline: 'Timeline',
  whosWho: "Who's who",
  differences: 'Where sources differ',
  coverage: 'Coverage',
  questions: 'Check questions',
  sources: 'Sources',
} as const;

export type ListKey = 'whatHappened' | 'keyNumbers' | 'keyQuotes' | 'timeline' | 'whosWho' | 'differences' | 'questions' | 'sources';

/** How much of each list is on the page: the first `count` items in rank order. */
export type Selection = Record<ListKey, number> & { coverage: boolean };

/** Item indexes of each list from strongest to weakest (the order items are dropped in, reversed). */
export function rankOrder(b: Briefing): Record<ListKey, number[]> {
  const byRank = (items: Array<{ rank: number }>) => items.map((_, i) => i).sort((x, y) => items[y].rank - items[x].rank || x - y);
  return {
    whatHappened: byRank(b.whatHappened),
    keyNumbers: byRank(b.keyNumbers),
    keyQuotes: byRank(b.keyQuotes),
    timeline: byRank(b.timeline),
    whosWho: byRank(b.whosWho),
    differences: byRank(b.differences),
    questions: byRank(b.questions),
    sources: b.sources.map((_, i) => i).sort((x, y) => b.sources[y].cited - b.sources[x].cited || x - y),
  };
}

const dash = ' — ';

/** Outlets named after an item; beyond a few, a count (the coverage grid has the detail). */
const MARKERS_NAMED = 3;


const MIN_TIMELINE_MARKS = 2;

/** Outlets named in the header; more are left to the Sources list. */
const HEADER_OUTLETS = 5;
/** Coverage columns use source numbers when an outlet name is longer than this (points). */
const GRID_LABEL_MAX = 80;

/** Everything that can be placed, for one selection; the fitter asks how tall it is. */
export class BriefingPage {
  private readonly order: Record<ListKey, number[]>;
  private readonly labels: Map<string, string>;

  constructor(
    readonly briefing: Briefing,
    readonly pen: Pen,
    readonly width: number,
  ) {
    this.order = rankOrder(briefing);
    this.labels = new Map(briefing.sources.map((s) => [s.article, s.label]));
  }

  /** " — [who says so, per] Outlet A, Outlet B" after an item; outlets left out when there is only one source. */
  private markers(articles: string[], saidBy: string | null = null): string {
    if (this.briefing.sources.length <= 1) return saidBy ? `${dash}${saidBy}` : '';
    const unique = [...new Set(articles.map((a) => this.labels.get(a) ?? a))];
    const named = unique.length <= MARKERS_NAMED + 1 ? unique.join(', ') : `${unique.slice(0, MARKERS_NAMED).join(', ')} and ${unique.length - MARKERS_NAMED} more`;
    return `${dash}${saidBy ? `${saidBy}, per ` : ''}${named}`;
  }

  /** Indexes of the list items kept, in display order (the order the briefing lists them in). */
  kept(key: ListKey, sel: Selection): number[] {
    return this.order[key].slice(0, sel[key]).sort((x, y) => x - y);
  }

  header(): Block {
    const b = this.briefing;
    const date = b.asOf ? `As of ${longDateOf(b.asOf)}` : 'Date unknown';
    const n = b.sources.length;
    const count = `${n} article${n === 1 ? '' : 's'}`;
    const unnamed = b.sources.filter((s) => !s.outlet).length;
    const named = b.outlets.length <= HEADER_OUTLETS ? b.outlets.join(', ') : `${b.outlets.length} outlets (see Sources)`;
    const outlets =
      b.outlets.length === 0
        ? `${count} (outlets not named)`
        : unnamed > 0
          ? `${count}: ${named}; ${unnamed} without a named outlet`
          : `${count} from ${named}`;
    return new Entry([
      { runs: b.title, style: STYLES.title },
      { runs: `${date} · ${outlets}`, style: STYLES.meta, gapBefore: 3 },
    ]);
  }

  whatHappened(sel: Selection): Block {
    const kept = this.kept('whatHappened', sel);
    // Two-digit numbers need a wider gutter than "1"-"9".
    const gutter = kept.length >= 10 ? 18 : 14;
    const items = kept.map((i, k) => {
      const s = this.briefing.whatHappened[i];
      const runs: Run[] = [{ text: s.text }, { text: this.markers(s.reportedBy), color: GREY }];
      return new Entry([{ runs, style: STYLES.body }], { text: `${k + 1}`, style: STYLES.label, width: gutter });
    });
    return new Section(HEADINGS.whatHappened, items);
  }

  timeline(sel: Selection): Block {
    const marks = this.kept('timeline', sel).map((i) => this.briefing.timeline[i]);
    // One mark is no timeline; its date is in the sentences already.
    return new Section(HEADINGS.timeline, marks.length >= MIN_TIMELINE_MARKS ? [new TimelineDrawing(marks.map((m) => ({ date: m.date, event: m.event, sortKey: m.sortKey })))] : []);
  }

  keyNumbers(sel: Selection, width: number): Block {
    const kept = this.kept('keyNumbers', sel).map((i) => this.briefing.keyNumbers[i]);
    const gutter = Math.min(width * 0.32, Math.max(40, ...kept.map((n) => this.pen.width(n.figure, STYLES.figure) + 8)));
    const items = kept.map((n) => {
      const runs: Run[] = [{ text: n.what }, { text: this.markers(n.reportedBy, n.saidBy), color: GREY }];
      return new Entry([{ runs, style: STYLES.body }], { text: n.figure, style: STYLES.figure, width: gutter });
    });
    return new Section(HEADINGS.keyNumbers, items);
  }

  /** Key quotes kept, less those whose words a kept What happened sentence prints already. */
  private quotesShown(sel: Selection): number[] {
    const printed = this.kept('whatHappened', sel).map((i) => this.briefing.whatHappened[i].text.toLowerCase());
    return this.kept('keyQuotes', sel).filter((i) => {
      // (A long quotation shows its opening sentences and "…": those are what a sentence may print.)
      const words = this.briefing.keyQuotes[i].quote.replace(/\s*…$/, '').toLowerCase();
      return !printed.some((s) => s.includes(words));
    });
  }

  keyQuotes(sel: Selection): Block {
    const items = this.quotesShown(sel).map((i) => {
      const q = this.briefing.keyQuotes[i];
      const who = q.speaker ? (q.role ? `${q.speaker}, ${q.role}` : q.speaker) : 'Speaker not identified';
      return new Entry([
        { runs: who, style: STYLES.label },
        { runs: [{ text: `“${q.quote}”` }, { text: this.markers(q.reportedBy), color: GREY }], style: STYLES.bodyItalic, gapBefore: 0.5 },
      ]);
    });
    return new Section(HEADINGS.keyQuotes, items);
  }

  whosWho(sel: Selection, width: number): Block {
    const kept = this.kept('whosWho', sel).map((i) => this.briefing.whosWho[i]);
    const gutter = Math.min(width * 0.4, Math.max(40, ...kept.map((w) => this.pen.width(w.name, STYLES.label) + 8)));
    const items = kept.map((w) => new Entry([{ runs: w.roles.length ? w.roles.join('; ') : w.kind === 'person' ? 'quoted' : 'quoted (organization)', style: STYLES.body }], { text: w.name, style: STYLES.label, width: gutter }));
    return new Section(HEADINGS.whosWho, items);
  }

  differences(sel: Selection): Block {
    const items = this.kept('differences', sel).map((i) => {
      const d = this.briefing.differences[i];
      const variants = d.variants.map((v) => `${v.figure} (${v.saidBy ? `${v.saidBy}, per ` : ''}${[...new Set(v.reportedBy.map((a) => this.labels.get(a) ?? a))].join(', ')})`).join(' vs ');
      return new Entry([
        { runs: differenceLabel(d), style: STYLES.label },
        { runs: variants, style: STYLES.body, gapBefore: 0.5 },
      ]);
    });
    return new Section(HEADINGS.differences, items);
  }

  coverage(sel: Selection): CoverageGrid {
    const b = this.briefing;
    const long = b.sources.some((s) => this.pen.width(s.label, STYLES.small) > GRID_LABEL_MAX);
    const labelOf = (s: BriefSource) => (long ? `#${s.number}` : s.label);
    const columns = [...new Set(b.sources.map(labelOf))];
    const col = new Map(b.sources.map((s) => [s.article, columns.indexOf(labelOf(s))]));
    const row = (label: string, reportedBy: string[]): CoverageRow => ({ label, reported: new Set(reportedBy.map((a) => col.get(a)!).filter((j) => j !== undefined)) });
    const rows = sel.coverage && b.sources.length > 1
      ? [
          ...this.kept('whatHappened', sel).map((i, k) => row(`${HEADINGS.whatHappened} ${k + 1}`, b.whatHappened[i].reportedBy)),
          ...this.kept('keyNumbers', sel).map((i) => row(b.keyNumbers[i].figure, b.keyNumbers[i].reportedBy)),
        ]
      : [];
    return new CoverageGrid(columns, rows);
  }

  questions(sel: Selection): Block {
    const kept = this.kept('questions', sel).map((i) => this.briefing.questions[i]);
    const letters = 'ABCDEFGH';
    const items: Block[] = kept.map(
      (q, k) =>
        new Entry(
          [
            { runs: q.stem, style: STYLES.body },
            { runs: q.options.map((o, j) => `${letters[j]}) ${o}`).join('    '), style: STYLES.body, gapBefore: 1 },
          ],
          { text: `${k + 1}.`, style: STYLES.label, width: 16 },
        ),
    );
    if (kept.length) items.push(new Entry([{ runs: `Answers: ${kept.map((q, k) => `${k + 1} ${letters[q.answer]}`).join(', ')}`, style: STYLES.small }]));
    return new Section(HEADINGS.questions, items);
  }

  sources(sel: Selection): Block {
    const b = this.briefing;
    const kept = this.kept('sources', sel).map((i) => b.sources[i]);
    if (b.sources.length === 0) return new Section(HEADINGS.sources, []);
    const runs: Run[] = [];
    kept.forEach((s, k) => {
      if (k > 0) runs.push({ text: '   ' });
      runs.push({ text: `#${s.number}${s.outlet ? ` ${s.outlet}` : ''}: ${sourceLine(s, b.asOf !== null)}` });
    });
    const missing = b.sources.length - kept.length;
    if (missing > 0) runs.push({ text: `${kept.length ? '   ' : ''}(${missing} more article${missing === 1 ? '' : 's'} not listed for space)`, color: GREY });
    return new Section(HEADINGS.sources, [new Entry([{ runs, style: STYLES.smallInk }])]);
  }

  /** The page body for a selection, with the middle columns arranged to be as short as possible. */
  body(sel: Selection): Block {
    const colWidth = (this.width - COLUMN_GAP) / 2;
    const grid = this.coverage(sel);
    const gridInColumn = grid.naturalWidth(this.pen) <= colWidth;
    const numbers = this.keyNumbers(sel, colWidth);
    const quotes = this.keyQuotes(sel);
    const who = this.whosWho(sel, colWidth);
    const diff = this.differences(sel);
    const gridSection = gridInColumn ? [new Section(HEADINGS.coverage, [grid])] : [];
    const stack = (...blocks: Block[][]) => new Stack(blocks.flat(), SECTION_GAP);
    const arrangements = [
      new Columns(stack([numbers, quotes]), stack([diff, who], gridSection), COLUMN_GAP),
      new Columns(stack([numbers, who]), stack([diff, quotes], gridSection), COLUMN_GAP),
      new Columns(stack([numbers, quotes, who]), stack([diff], gridSection), COLUMN_GAP),
      new Columns(stack([numbers, who], gridSection), stack([diff, quotes]), COLUMN_GAP),
      new Columns(stack([numbers], gridSection), stack([diff, quotes, who]), COLUMN_GAP),
      new Columns(stack([numbers, quotes], gridSection), stack([diff, who]), COLUMN_GAP),
    ];
    const middle = arrangements.reduce((best, a) => (a.measure(this.pen, this.width) < best.measure(this.pen, this.width) ? a : best));
    return new Stack(
      [
        this.header(),
        this.whatHappened(sel),
        this.timeline(sel),
        middle,
        gridInColumn ? new Stack([], 0) : new Section(HEADINGS.coverage, [grid]),
        this.questions(sel),
        this.sources(sel),
      ],
      SECTION_GAP + 1,
    );
  }
}

/** The line above a difference's versions: what the sources disagree on. */
function differenceLabel(d: Difference): string {
  switch (d.kind) {
    case 'date':
      return d.about ? `Date of: ${d.about}` : 'Different dates';
    case 'role':
      return d.about ? `Title of ${d.about}` : 'Different titles';
    case 'quote':
      return d.about ? `Who said “${d.about}”` : 'Different speakers';
    default:
      return d.about ?? 'Different figures';
  }
}

/** Title and date; "date unknown" only when other articles have one (else the header says so). */
function sourceLine(s: BriefSource, someDated: boolean): string {
  // An untitled article is named by its opening words, its file kept for tracing.
  const title = s.title ?? (s.opening ? `“${s.opening}” (${basename(s.path)})` : basename(s.path));
  if (s.published) return `${title}, ${longDateOf(s.published)}`;
  return someDated ? `${title}, date unknown` : title;
}
