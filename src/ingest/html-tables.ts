import type { HtmlTokens } from './html-tokens.js';

/**
 * Data tables ("District | Turnout | Change" with a row per district) as the text shows them:
 * one line per row, the header row included, cells separated by "; " ("Velden; 61%; +4.2").
 * Headers are not copied before each value as "Turnout: 61%": the extractors read "Label: text"
 * at the start of a paragraph as a quote by the label (a transcript turn), and every copied label
 * as a mention. Layout tables (a CMS that sets the whole story in a table, cells holding
 * paragraphs) are left as blocks.
 */
export interface HtmlTables {
  /** Per element: the data-table cell (td/th) it is in, or -1. */
  cellOf: Int32Array;
  /** Per element: 1 for the cells of a data table, the table's rows and the table itself. */
  structure: Uint8Array;
}

/** Tags inside a cell that make it a block of layout, not a data cell. */
const BLOCK_IN_CELL = new Set(['p', 'div', 'ul', 'ol', 'li', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'figure', 'pre', 'dl']);
/** A data cell holds a figure, a name or a short phrase. */
const MAX_CELL_CHARS = 160;
const isCell = (tag: string) => tag === 'td' || tag === 'th';

/** Find the data tables of a page; null when it has none (most pages: one cheap pass over the elements). */
export function findDataTables(tokens: HtmlTokens): HtmlTables | null {
  const { elements } = tokens;
  const n = elements.length;
  let any = false;
  for (let i = 0; i < n && !any; i++) any = elements[i].tag === 'table';
  if (!any) return null;
  const tableOf = new Int32Array(n).fill(-1);
  const rowOf = new Int32Array(n).fill(-1);
  const cellOf = new Int32Array(n).fill(-1);
  /** Per table: 1 when it is a layout table. */
  const layout = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const { tag, parent, attributes } = elements[i];
    if (tag === 'table') {
      tableOf[i] = i;
      // A table inside a cell makes the outer table a layout table.
      if (parent >= 0 && cellOf[parent] >= 0 && tableOf[parent] >= 0) layout[tableOf[parent]] = 1;
      continue;
    }
    if (parent < 0) continue;
    tableOf[i] = tableOf[parent];
    rowOf[i] = tag === 'tr' ? i : rowOf[parent];
    cellOf[i] = isCell(tag) && tableOf[i] >= 0 ? i : cellOf[parent];
    if (cellOf[i] >= 0 && cellOf[i] !== i && BLOCK_IN_CELL.has(tag)) layout[tableOf[i]] = 1;
    if (isCell(tag) && (attributes.colspan !== undefined || attributes.rowspan !== undefined) && tableOf[i] >= 0) layout[tableOf[i]] = 2;
  }
  // Text per cell (source characters, entities still encoded: a bound, not a measure).
  const cellChars = new Map<number, number>();
  for (const run of tokens.texts) {
    const cell = run.element >= 0 ? cellOf[run.element] : -1;
    if (cell < 0) continue;
    const chars = (cellChars.get(cell) ?? 0) + run.end - run.start;
    cellChars.set(cell, chars);
    if (chars > MAX_CELL_CHARS) layout[tableOf[cell]] = 1;
  }
  // Rows and their cells, per table.
  const rows = new Map<number, number[][]>();
  const rowIndex = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    if (!isCell(elements[i].tag) || tableOf[i] < 0 || rowOf[i] < 0 || cellOf[i] !== i) continue;
    let cells = rowIndex.get(rowOf[i]);
    if (!cells) {
      cells = [];
      rowIndex.set(rowOf[i], cells);
      const list = rows.get(tableOf[i]) ?? [];
      list.push(cells);
      rows.set(tableOf[i], list);
    }
    cells.push(i);
  }
  const result: HtmlTables = { cellOf: new Int32Array(n).fill(-1), structure: new Uint8Array(n) };
  let found = false;
  for (const [table, list] of rows) {
    if (layout[table] === 1 || list.length < 2 || !list.some((cells) => cells.length >= 2)) continue;
    found = true;
    result.structure[table] = 1;
    for (const cells of list) {
      for (const c of cells) result.structure[c] = 1;
      if (cells.length) result.structure[rowOf[cells[0]]] = 1;
    }
  }
  if (!found) return null;
  for (let i = 0; i < n; i++) {
    const c = cellOf[i];
    if (c >= 0 && result.structure[c] === 1) result.cellOf[i] = c;
  }
  return result;
}
