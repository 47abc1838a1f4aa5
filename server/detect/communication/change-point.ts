/**
 * Most likely single change point of a Poisson count sequence towards a higher rate: the index where
 * the counts after it have the largest likelihood gain over one common rate. Returns 0 when the counts
 * never rise (or are empty).
 */
export function changePoint(counts: readonly number[], minSegment = 3): number {
  const n = counts.length;
  const total = counts.reduce((s, c) => s + c, 0);
  const ll = (c: number, len: number): number => (c > 0 && len > 0 ? c * Math.log(c / len) - c : 0);
  const whole = ll(total, n);
  let best = 0;
  let bestGain = 0;
  let head = 0;
  for (let k = 1; k < n; k++) {
    head += counts[k - 1] ?? 0;
    if (k < minSegment || n - k < minSegment) continue;
    const tail = total - head;
    if (tail / (n - k) <= head / k) continue;
    const gain = ll(head, k) + ll(tail, n - k) - whole;
    if (gain > bestGain) {
      bestGain = gain;
      best = k;
    }
  }
  return best;
}
