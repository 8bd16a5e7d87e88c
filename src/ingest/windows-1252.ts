/**
 * Windows-1252 bytes 0x80-0x9F (the rest is Latin-1). Node's TextDecoder('windows-1252') decodes
 * these as C1 control characters, so the table is done here. Undefined bytes stay as U+FFFD.
 */
const HIGH = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let at = 0; at < bytes.length; at += CHUNK) {
    const end = Math.min(bytes.length, at + CHUNK);
    const codes = new Array<number>(end - at);
    for (let i = at; i < end; i++) {
      const b = bytes[i];
      codes[i - at] = b >= 0x80 && b < 0xa0 ? HIGH.charCodeAt(b - 0x80) : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
