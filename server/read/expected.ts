import { type BaselineState, predict } from '../detect/baseline-model';
import { detectorParams } from '../detect/params';
import type { Store } from '../store/types';

const MINUTE_MS = 60_000;
const PARAMS = detectorParams(MINUTE_MS);

/** The baseline inside a stored engine state (`{ v, s: { detector: { baseline } } }`), or null. */
function storedBaseline(text: string | null): BaselineState | null {
  if (text === null) return null;
  try {
    const parsed = JSON.parse(text) as { s?: { detector?: { baseline?: BaselineState } } };
    const b = parsed.s?.detector?.baseline;
    return b && typeof b.n === 'number' && Array.isArray(b.dayCounts) ? b : null;
  } catch {
    return null;
  }
}

/**
 * Complaints the detector expects over [from, to) (whole minutes), from the engine's stored state: its
 * baseline's level and daily and weekly profiles. One row read per brand, whatever the history's length
 * (no replay). Null before the engine has run the brand for the detector's warm-up (6 hours of data).
 */
export async function expectedComplaints(
  store: Store,
  brand: string,
  from: number,
  to: number,
): Promise<number | null> {
  const rec = await store.getMonitor(brand);
  const baseline = storedBaseline(rec?.state ?? null);
  if (!baseline || baseline.n * MINUTE_MS < PARAMS.minHistoryMs) return null;
  let sum = 0;
  for (let t = Math.floor(from / MINUTE_MS) * MINUTE_MS; t < to; t += MINUTE_MS)
    sum += predict(PARAMS.baseline, baseline, t).expected;
  return sum;
}
