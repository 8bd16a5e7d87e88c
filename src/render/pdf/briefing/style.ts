import type { FontName } from '../fonts.js';

export const PAPER_SIZES = { a4: [595.28, 841.89], letter: [612, 792] } as const;
export type Paper = keyof typeof PAPER_SIZES;

/** Calm, print-friendly: black text, one mid grey for secondary marks, nothing below 8 pt. */
export const INK = '#000000';
export const GREY = '#555555';
export const RULE = '#999999';
export const MIN_FONT_SIZE = 8;

export const MARGIN = { top: 40, bottom: 34, side: 42 };
export const COLUMN_GAP = 20;
export const SECTION_GAP = 9;
export const ITEM_GAP = 3;

export interface TextStyle {
  font: FontName;
  size: number;
  color: string;
  lineGap: number;
}

const style = (font: FontName, size: number, color = INK, lineGap = 0.6): TextStyle => ({ font, size: Math.max(MIN_FONT_SIZE, size), color, lineGap });

export const STYLES = {
  title: style('serifBold', 16, INK, 1),
  meta: style('condensed', 8.5, GREY),
  heading: style('bold', 10),
  body: style('serif', 9),
  bodyItalic: style('serifItalic', 9),
  label: style('bold', 8.5),
  figure: style('bold', 9),
  small: style('condensed', 8, GREY),
  smallInk: style('condensed', 8),
} as const;
