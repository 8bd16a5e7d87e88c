import { isAscii } from 'node:buffer';
import { QuizwireError } from '../errors.js';
import { decodeWindows1252 } from './windows-1252.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: Encoding;
  warnings: string[];
}

/** Files that start like these are never articles, whatever their extension says. */
const BINARY_MAGIC: Array<[string, number[], number?]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['WebP image or WAV audio', [0x52, 0x49, 0x46, 0x46]],
  ['BMP image', [0x42, 0x4d], -1],
  ['TIFF image', [0x49, 0x49, 0x2a, 0x00]],
  ['TIFF image', [0x4d, 0x4d, 0x00, 0x2a]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive (or Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['RAR archive', [0x52, 0x61, 0x72, 0x21]],
  ['MP3 audio', [0x49, 0x44, 0x33]],
  ['executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['executable', [0x4d, 0x5a], -1],
  ['MP4 or QuickTime video', [0x66, 0x74, 0x79, 0x70], 4],
];

function startsWith(bytes: Uint8Array, prefix: number[], at = 0): boolean {
  return prefix.every((b, i) => bytes[at + i] === b);
}

/** Magic numbers of two bytes also start ordinary text ("BM...", "MZ..."): those also need a NUL. */
function binaryKind(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, 512);
  for (const [what, magic, at] of BINARY_MAGIC) {
    if (at === -1) {
      if (startsWith(bytes, magic) && head.includes(0)) return what;
    } else if (startsWith(bytes, magic, at ?? 0)) return what;
  }
  return null;
}

/** Control characters other than tab, newline, carriage return and form feed; C1 controls; U+FFFD. */
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]/g;
const CONTROL_SAMPLE = 16384;

/** Share of control characters in the start of the text (a regex scan is far faster than a loop). */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  const sample = text.length > CONTROL_SAMPLE ? text.slice(0, CONTROL_SAMPLE) : text;
  return (sample.match(CONTROL)?.length ?? 0) / sample.length;
}

/** UTF-16 without a BOM shows up as a zero byte in every other position of mostly-Latin text. */
function guessUtf16(bytes: Uint8Array): Encoding | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros / pairs > 0.3 && evenZeros / pairs < 0.05) return 'utf-16le';
  if (evenZeros / pairs > 0.3 && oddZeros / pairs < 0.05) return 'utf-16be';
  return null;
}

/**
 * Count well-formed multi-byte UTF-8 sequences and bytes that fit none. A UTF-8 file with a few
 * damaged bytes has many more of the first; a Windows-1252 file has almost none of them.
 */
function utf8Evidence(bytes: Uint8Array): { multi: number; invalid: number } {
  let multi = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      multi++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { multi, invalid };
}

/**
 * Decode an article file: UTF-8 (BOM optional), UTF-16 with BOM (or recognisably without),
 * Windows-1252 for legacy files. Binary files are rejected. `label` names the file in messages.
 */
export function decodeArticle(bytes: Uint8Array, label: string): Decoded {
  const warnings: string[] = [];
  if (bytes.length === 0) throw new QuizwireError(`${label}: the file is empty; give an article with some text.`);
  const kind = binaryKind(bytes);
  if (kind) throw new QuizwireError(`${label}: this is a ${kind}, not an article; give a .txt, .md or .html file.`);
  let text: string;
  let encoding: Encoding;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8';
    text = strictDecode('utf-8', bytes.subarray(3), label);
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = 'utf-16le';
    text = strictDecode('utf-16le', bytes.subarray(2), label);
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = 'utf-16be';
    text = strictDecode('utf-16be', bytes.subarray(2), label);
  } else {
    const utf16 = guessUtf16(bytes);
    if (utf16) {
      encoding = utf16;
      text = strictDecode(utf16, bytes, label);
      warnings.push(`${label}: no byte-order mark, read as ${utf16.toUpperCase()}; save it as UTF-8 to be sure`);
    } else {
      if (bytes.includes(0)) throw binaryError(label);
      try {
        // Plain ASCII (most English articles) is the same string in any of these encodings: read
        // it as Latin-1, a straight copy, and skip validating UTF-8.
        text = isAscii(bytes) ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1') : STRICT_UTF8.decode(bytes);
        encoding = 'utf-8';
      } catch {
        const { multi, invalid } = utf8Evidence(bytes);
        if (multi > invalid) {
          text = LENIENT_UTF8.decode(bytes);
          encoding = 'utf-8';
          warnings.push(`${label}: ${invalid} byte(s) are not valid UTF-8 and were replaced by U+FFFD; re-save the file as UTF-8`);
        } else {
          text = decodeWindows1252(bytes);
          encoding = 'windows-1252';
          warnings.push(`${label}: not valid UTF-8, read as Windows-1252; save it as UTF-8 to be sure`);
        }
      }
    }
  }
  if (controlShare(text) > 0.1) throw binaryError(label);
  if (text.trim().length === 0) throw new QuizwireError(`${label}: the file has only whitespace; give an article with some text.`);
  return { text, encoding, warnings };
}

/** Decoders keep no state between calls without `stream`: one each serves every file. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const LENIENT_UTF8 = new TextDecoder('utf-8');

function strictDecode(encoding: Encoding, bytes: Uint8Array, label: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new QuizwireError(`${label}: the bytes are not valid ${encoding.toUpperCase()}; re-save the file as UTF-8.`);
  }
}

function binaryError(label: string): QuizwireError {
  return new QuizwireError(`${label}: looks like a binary file, not text; give a .txt, .md or .html article.`);
}
