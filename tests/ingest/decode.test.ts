import { describe, expect, it } from 'vitest';
import { decodeArticle } from '../../src/ingest/decode.js';
import { QuizwireError } from '../../src/errors.js';

const text = 'The minister said “we will act” on Monday – café prices rose.';
const utf16 = (s: string, bigEndian: boolean) => {
  const le = Buffer.from(s, 'utf16le');
  if (!bigEndian) return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1];
    be[i + 1] = le[i];
  }
  return be;
};
const errorOf = (bytes: Uint8Array) => {
  try {
    decodeArticle(bytes, 'in/a.txt');
  } catch (e) {
    return e;
  }
  return null;
};

describe('decodeArticle', () => {
  it.each([
    ['UTF-8', Buffer.from(text, 'utf8'), 'utf-8', 0],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'utf-8', 0],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16(text, false)]), 'utf-16le', 0],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16(text, true)]), 'utf-16be', 0],
    ['UTF-16LE without BOM', utf16(text, false), 'utf-16le', 1],
    ['UTF-16BE without BOM', utf16(text, true), 'utf-16be', 1],
  ])('reads %s', (_name, bytes, encoding, warnings) => {
    const d = decodeArticle(bytes, 'a.txt');
    expect(d.text).toBe(text);
    expect(d.encoding).toBe(encoding);
    expect(d.warnings).toHaveLength(warnings);
  });

  it('reads Windows-1252 with a warning', () => {
    const bytes = Buffer.from([...Buffer.from('The caf'), 0xe9, ...Buffer.from(' said '), 0x93, ...Buffer.from('no'), 0x94, 0x2e]);
    const d = decodeArticle(bytes, 'a.txt');
    expect(d.text).toBe('The café said “no”.');
    expect(d.encoding).toBe('windows-1252');
    expect(d.warnings[0]).toMatch(/a\.txt: not valid UTF-8, read as Windows-1252/);
  });

  it('keeps mostly valid UTF-8 as UTF-8 and replaces the damaged byte', () => {
    const good = Buffer.from('“Quoted” words – and more “quotes” ', 'utf8');
    const d = decodeArticle(Buffer.concat([good, Buffer.from([0xff]), Buffer.from(' end.')]), 'a.txt');
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain('“Quoted”');
    expect(d.text).toContain('\ufffd');
    expect(d.warnings[0]).toMatch(/1 byte\(s\) are not valid UTF-8/);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), /a\.txt: the file is empty/],
    ['a whitespace-only file', Buffer.from(' \n\t\r\n  '), /only whitespace/],
    ['a PNG renamed .txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /PNG image, not an article/],
    ['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), /JPEG image/],
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n'), /PDF document/],
    ['a ZIP', Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0]), /ZIP archive/],
    ['random binary with NULs', Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 73 + 11) % 256)), /binary file/],
    ['an odd-length UTF-16 file with BOM', Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]), /not valid UTF-16LE/],
  ])('rejects %s with a one-line message naming the file', (_name, bytes, message) => {
    const e = errorOf(bytes);
    expect(e).toBeInstanceOf(QuizwireError);
    expect((e as Error).message).toMatch(message);
    expect((e as Error).message).toContain('in/a.txt');
    expect((e as Error).message).not.toContain('\n');
  });

  it('does not mistake text that starts with "BM" or "MZ" for binary', () => {
    expect(decodeArticle(Buffer.from('BMW sales rose. MZ is a name.'), 'a.txt').text).toContain('BMW');
  });

  it('reads plain ASCII (the fast path) exactly as a UTF-8 decoder does', () => {
    const ascii = 'Jo Doe said "we will act" on Monday.\r\nPrices rose 4% to $12.50 (tab\there).\n';
    const d = decodeArticle(Buffer.from(ascii, 'latin1'), 'a.txt');
    expect(d).toEqual({ text: new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(ascii)), encoding: 'utf-8', warnings: [] });
    // A view into a larger buffer (as a pooled read gives) decodes only its own bytes.
    const pool = Buffer.from(`xx${ascii}yy`, 'latin1');
    expect(decodeArticle(pool.subarray(2, 2 + ascii.length), 'a.txt').text).toBe(ascii);
  });

  it('still rejects ASCII that is mostly control characters', () => {
    expect(errorOf(Buffer.from('\x01\x02\x03\x04abc\x05\x06\x07\x08', 'latin1'))).toBeInstanceOf(QuizwireError);
  });
});
