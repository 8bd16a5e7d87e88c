import { strToU8, zipSync, type Zippable } from 'fflate';

// DOS zip times are local wall-clock fields; building the date from local fields makes the stored
// bytes the same in every time zone.
const FIXED_MTIME = new Date(2000, 0, 1, 12, 0, 0);

/** A zip whose bytes depend only on the entries (fixed times, given order, fixed compression). */
export function deterministicZip(entries: Array<{ path: string; data: string | Uint8Array }>): Uint8Array {
  const files: Zippable = {};
  for (const e of entries) files[e.path] = [typeof e.data === 'string' ? strToU8(e.data) : e.data, { mtime: FIXED_MTIME, level: 6 }];
  return zipSync(files, { mtime: FIXED_MTIME, level: 6 });
}
