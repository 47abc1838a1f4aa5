import { useEffect, useState } from 'react';

/** Relative times ("3 min ago") re-render on this tick rather than on every data change. */
export const NOW_TICK_MS = 30_000;

export function useNow(tickMs: number = NOW_TICK_MS): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), tickMs);
    return () => clearInterval(timer);
  }, [tickMs]);
  return now;
}
