import { strToU8, zipSync, type Zippable } from 'fflate';

// Zip times are stored as local wall-clock fields; a date built from local fields at each call
// stores the same bytes in every time zone.
const fixedMtime = (): Date => new Date(2000, 0, 1, 12, 0, 0);

/** A zip whose bytes depend only on the entries (fixed times, given order, fixed compression; level 1 because hundreds of small items make deflate setup the cost). */
export function deterministicZip(entries: Array<{ path: string; data: string | Uint8Array }>): Uint8Array {
  const mtime = fixedMtime();
  const files: Zippable = {};
  for (const e of entries) files[e.path] = [typeof e.data === 'string' ? strToU8(e.data) : e.data, { mtime, level: 1 }];
  return zipSync(files, { mtime, level: 1 });
}
