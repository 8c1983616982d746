// Progress of a long ingest on a terminal: count, rate and time left, redrawn in place at most a
// few times a second. In a pipe or with --json nothing is drawn, so logs and output stay clean.

export interface ProgressLine {
  update(done: number, total: number): void;
  /** Clears the line (a finished run leaves only its summary). */
  end(): void;
}

const QUIET: ProgressLine = { update() {}, end() {} };

export function progressLine(write: (s: string) => void, enabled: boolean, label: string, now = () => Date.now()): ProgressLine {
  if (!enabled) return QUIET;
  const started = now();
  let last = 0;
  let drawn = false;
  return {
    update(done, total) {
      const t = now();
      if (done < total && t - last < 200) return;
      last = t;
      const seconds = Math.max((t - started) / 1000, 1e-3);
      const rate = done / seconds;
      const eta = rate > 0 ? Math.ceil((total - done) / rate) : 0;
      write(`\r\x1b[2K${label} ${done}/${total} documents · ${rate.toFixed(1)}/s · about ${eta} s left`);
      drawn = true;
    },
    end() {
      if (drawn) write('\r\x1b[2K');
    },
  };
}
