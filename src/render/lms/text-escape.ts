/**
 * Escapers shared by the LMS exports. Article text is data: it is only ever escaped into the
 * output, never interpreted as template source or markup.
 */

// XML 1.0 forbids these code points even inside CDATA; an importer would reject the whole file.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripXmlInvalid(text: string): string {
  return text.replace(XML_INVALID, '');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/**
 * Text as an HTML fragment that displays exactly that text. Tabs and line breaks become character
 * references so that line-based formats (GIFT, TSV) keep one record per line.
 */
export function htmlText(text: string): string {
  return stripXmlInvalid(text).replace(/[&<>\t\n\r]/g, (c) => ESCAPES[c]);
}

/** XML element text (same rules as HTML text). */
export const xmlText = htmlText;

/** An XML or HTML attribute value (quoted with `"`). */
export function xmlAttr(text: string): string {
  return stripXmlInvalid(text).replace(/[&<>"'\t\n\r]/g, (c) => ESCAPES[c]);
}

/** A CDATA section holding `text`; every `]]>` is split across two sections so it stays data. */
export function cdata(text: string): string {
  return `<![CDATA[${stripXmlInvalid(text).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** XML comments may not contain `--` or end in `-`. */
export function xmlComment(text: string): string {
  return `<!-- ${stripXmlInvalid(text).replace(/-(?=-)/g, '- ').replace(/-$/, '- ')} -->`;
}

/** A valid XML NCName built from `text` (letters, digits, `_`, `-`, `.`; starts with a letter or `_`). */
export function ncName(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9_.-]+/g, '_');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

/** One line of plain text: any run of whitespace, line breaks included, becomes one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
