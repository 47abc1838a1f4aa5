/** Timers behind an interface so tests drive time themselves. Real timers are unref'd: they never keep
 * the process alive on their own. */
export type Scheduler = {
  every(ms: number, fn: () => void): () => void;
  after(ms: number, fn: () => void): () => void;
};

export const realScheduler: Scheduler = {
  every(ms, fn) {
    const h = setInterval(fn, ms);
    h.unref();
    return () => clearInterval(h);
  },
  after(ms, fn) {
    const h = setTimeout(fn, ms);
    h.unref();
    return () => clearTimeout(h);
  },
};
