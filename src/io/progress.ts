/** Below this many items a run is quick enough that progress would only flicker. */
export const PROGRESS_MIN_ITEMS = 50;

export interface ProgressStream {
  isTTY?: boolean;
  write(chunk: string): unknown;
}

/**
 * A one-line counter on stderr, redrawn in place: only for long runs, only on a terminal (never
 * in a log or a pipe), never with --quiet. Returns the update callback and a `done` that clears it.
 */
export function createProgress(label: string, quiet: boolean, stream: ProgressStream = process.stderr) {
  const active = !quiet && stream.isTTY === true;
  let shown = false;
  let lastPercent = -1;
  return {
    update(done: number, total: number): void {
      if (!active || total < PROGRESS_MIN_ITEMS) return;
      const percent = Math.floor((done * 100) / total);
      if (percent === lastPercent) return;
      lastPercent = percent;
      shown = true;
      stream.write(`\r${label} ${done}/${total} (${percent}%)`);
    },
    done(): void {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}
