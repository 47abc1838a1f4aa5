import type { SourceHealth } from '../../shared/source';
import type { Clock, Timers } from './sources/types';

export interface HealthWriter {
  /** Remember the latest health; it reaches the store at most once per interval per source. */
  report(sourceId: string, health: SourceHealth): void;
  /** Drop anything pending for a source (it was deleted). */
  forget(sourceId: string): void;
  /** Write everything pending now (shutdown). */
  flush(): Promise<void>;
}

type Slot = { lastAt: number; pending: SourceHealth | null; timer: unknown };

/**
 * The runner reports health after every attempt and every streamed batch (a busy stream: several per
 * second). The API reads live health from the runner, so the store only needs a recent copy, for restarts
 * and other instances: the first report is written at once, later ones at most every `intervalMs`, and
 * the last one of a burst is never lost (a trailing write carries it).
 */
export function createHealthWriter(opts: {
  save: (sourceId: string, health: SourceHealth, at: number) => Promise<void>;
  clock: Clock;
  timers: Timers;
  intervalMs?: number;
  onError?: (err: unknown) => void;
}): HealthWriter {
  const interval = opts.intervalMs ?? 5_000;
  const slots = new Map<string, Slot>();
  const writes = new Set<Promise<void>>();

  const write = (id: string, slot: Slot): void => {
    const health = slot.pending;
    if (health === null) return;
    slot.pending = null;
    slot.lastAt = opts.clock.now();
    const p = opts
      .save(id, health, slot.lastAt)
      .catch((err: unknown) => opts.onError?.(err))
      .finally(() => writes.delete(p));
    writes.add(p);
  };

  return {
    report(id, health) {
      let slot = slots.get(id);
      if (!slot) {
        slot = { lastAt: Number.NEGATIVE_INFINITY, pending: null, timer: null };
        slots.set(id, slot);
      }
      slot.pending = health;
      if (slot.timer !== null) return;
      const wait = slot.lastAt + interval - opts.clock.now();
      if (wait <= 0) return write(id, slot);
      const s = slot;
      s.timer = opts.timers.setTimer(() => {
        s.timer = null;
        write(id, s);
      }, wait);
    },
    forget(id) {
      const slot = slots.get(id);
      if (slot && slot.timer !== null) opts.timers.clearTimer(slot.timer);
      slots.delete(id);
    },
    async flush() {
      for (const [id, slot] of slots) {
        if (slot.timer !== null) opts.timers.clearTimer(slot.timer);
        slot.timer = null;
        write(id, slot);
      }
      await Promise.allSettled([...writes]);
    },
  };
}
