/**
 * Infer the bucket size of a regular series from its timestamps: the most common positive step
 * (robust to a few gaps, duplicates and clock jumps). Returns null with fewer than two distinct times.
 */
export function inferBucketMs(times: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (let i = 1; i < times.length; i++) {
    const a = times[i - 1];
    const b = times[i];
    if (a === undefined || b === undefined || b <= a) continue;
    const step = b - a;
    counts.set(step, (counts.get(step) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [step, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && step < best)) {
      best = step;
      bestCount = count;
    }
  }
  return best;
}

const UNITS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "5m", "30s", "1h", "1d" -> milliseconds, or null. */
export function parseDuration(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*([smhd])$/.exec(text.trim());
  if (!m) return null;
  const unit = UNITS[m[2] ?? ''];
  const ms = unit === undefined ? Number.NaN : Number(m[1]) * unit;
  return Number.isFinite(ms) && ms > 0 ? ms : null;
}
