/**
 * Link lines: menus, breadcrumbs, related and most-read lists, share rows, "Read more" teasers.
 * HTML and Markdown find link text in their own ways; whether a line is a link line is judged here.
 */

/** A line whose letters are at least this share link text is a link line, whatever it ends with... */
const LINK_LINE_SHARE = 0.9;
/** ...and at least this share when it does not end like a sentence ("Related: Headline"). */
const LINK_LINE_SHARE_UNPUNCTUATED = 0.5;

/** Letters and digits (any character above ASCII counts as a letter): what the shares count. */
export const isLetterOrDigit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;

/** `linked` of the line's `letters` are link text; `endsSentence` says whether the line ends like a sentence. */
export function isLinkLine(letters: number, linked: number, endsSentence: boolean): boolean {
  if (linked <= 0) return false;
  const share = linked / letters;
  return share >= LINK_LINE_SHARE || (share >= LINK_LINE_SHARE_UNPUNCTUATED && !endsSentence);
}
