import { useSyncExternalStore } from 'react';

/**
 * One clock for the whole page: every component that shows a time reads the same instant, so two figures
 * side by side ("for 3 min" and "Acknowledgement 3 min") never disagree by a tick.
 */
export const NOW_TICK_MS = 5_000;

let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === null) now = Date.now();
  timer ??= setInterval(() => {
    now = Date.now();
    for (const l of listeners) l();
  }, NOW_TICK_MS);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}

const snapshot = (): number => now;

export function useNow(): number {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
