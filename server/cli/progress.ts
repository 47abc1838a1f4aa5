import type { CliIo } from './io';

const WIDTH = 30;

/** A progress bar on stderr, drawn only when stderr is a terminal. `total` is an estimate (lines). */
export function createProgress(io: CliIo, total: number) {
  let shown = false;
  return {
    update(label: string, count: number) {
      if (!io.isTty) return;
      shown = true;
      const frac = total > 0 ? Math.min(1, count / total) : 0;
      const filled = Math.round(frac * WIDTH);
      const bar = `${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}`;
      io.stderr.write(
        `\r[${bar}] ${Math.round(frac * 100)}% ${count.toLocaleString('en')} rows  ${label}`.padEnd(100),
      );
    },
    done() {
      if (shown) io.stderr.write('\n');
    },
  };
}
