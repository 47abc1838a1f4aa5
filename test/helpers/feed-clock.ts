import type { Clock, Timers } from '../../server/feeds/sources/types';

interface Pending {
  id: number;
  at: number;
  fn: () => void;
}

/**
 * A clock plus timers that only move when the test says so: the runner's schedule becomes observable
 * (`delays()`) and tests never sleep for a backoff.
 */
export class ManualClock implements Clock, Timers {
  private pending: Pending[] = [];
  private nextId = 1;
  constructor(private t = Date.parse('2026-03-01T08:00:00Z')) {}

  now = (): number => this.t;

  setTimer = (fn: () => void, ms: number): unknown => {
    const id = this.nextId++;
    this.pending.push({ id, at: this.t + Math.max(0, ms), fn });
    return id;
  };

  clearTimer = (handle: unknown): void => {
    this.pending = this.pending.filter((p) => p.id !== handle);
  };

  /** Delays (from now) of the timers waiting, soonest first. */
  delays(): number[] {
    return this.pending.map((p) => p.at - this.t).sort((a, b) => a - b);
  }

  size(): number {
    return this.pending.length;
  }

  /** Move time forward, firing every timer that falls due, in order. */
  advance(ms: number): void {
    const target = this.t + ms;
    for (;;) {
      const due = this.pending.filter((p) => p.at <= target).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.pending = this.pending.filter((p) => p !== due);
      this.t = Math.max(this.t, due.at);
      due.fn();
    }
    this.t = target;
  }

  /** Jump straight to the soonest timer and fire it; returns how far time moved. */
  fireNext(): number {
    const next = this.delays()[0];
    if (next === undefined) throw new Error('no timer pending');
    this.advance(next);
    return next;
  }
}
