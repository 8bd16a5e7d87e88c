import { QuizwireError } from '../errors.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: Encoding;
  warnings: string[];
}

const BINARY_MAGIC: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive (or Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Share of control characters other than tab, newline, carriage return and form feed. */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  const n = Math.min(text.length, 65536);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || (c >= 0x80 && c < 0xa0)) bad++;
  }
  return bad / n;
}

/** UTF-16 without a BOM shows up as a zero byte in every other position of ASCII-heavy text. */
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
 * Decode an article file: UTF-8 (BOM optional), UTF-16 with BOM (or recognisably without),
 * Windows-1252 as the fallback for legacy files. Binary files are rejected.
 * `label` names the file in error messages.
 */
export function decodeArticle(bytes: Uint8Array, label: string): Decoded {
  const warnings: string[] = [];
  if (bytes.length === 0) throw new QuizwireError(`${label}: the file is empty; give an article with some text.`);
  for (const [what, magic] of BINARY_MAGIC) {
    if (startsWith(bytes, magic)) throw new QuizwireError(`${label}: this is a ${what}, not an article; give a .txt, .md or .html file.`);
  }
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
      warnings.push(`${label}: no byte-order mark, read as ${utf16.toUpperCase()}`);
    } else {
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        encoding = 'utf-8';
      } catch {
        if (bytes.includes(0)) throw binaryError(label);
        text = new TextDecoder('windows-1252').decode(bytes);
        encoding = 'windows-1252';
        warnings.push(`${label}: not valid UTF-8, read as Windows-1252`);
      }
    }
  }
  if (controlShare(text) > 0.1) throw binaryError(label);
  if (text.trim().length === 0) throw new QuizwireError(`${label}: the file has only whitespace; give an article with some text.`);
  return { text, encoding, warnings };
}

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
