import { type Scheduler, realScheduler } from '../incidents/scheduler';
import type { ClusterRole, Lease } from './lease';

export type LeadershipDeps = {
  lease: Lease;
  /** Runs the leader's work (start engine and sources). */
  lead(): Promise<void>;
  /** Stops the leader's work when the lease is lost. */
  follow(): Promise<void>;
  /** On every check while leading (e.g. pick up source changes made through other instances). */
  refresh?(): Promise<void>;
  scheduler?: Scheduler;
  intervalMs?: number;
  onError?: (err: unknown) => void;
  onChange?: (role: ClusterRole) => void;
};

export type Leadership = ReturnType<typeof createLeadership>;

/**
 * Re-checks the lease every `intervalMs` (10 s): the instance holding it runs the leader's work, the
 * others stand by and take over on their next check once it is free. Checks never overlap.
 */
export function createLeadership(deps: LeadershipDeps) {
  const scheduler = deps.scheduler ?? realScheduler;
  const onError = deps.onError ?? (() => {});
  let role: ClusterRole = 'follower';
  let chain: Promise<void> = Promise.resolve();
  let cancel: (() => void) | null = null;
  let stopped = false;

  const setRole = (next: ClusterRole): void => {
    role = next;
    deps.onChange?.(next);
  };

  async function once(): Promise<void> {
    if (stopped) return;
    const held = await deps.lease.tryAcquire().catch((err: unknown) => {
      onError(err);
      return false;
    });
    if (stopped) return;
    if (held && role === 'follower') {
      // Reported as leader once the work runs, so a caller seeing 'leader' finds the sources started.
      await deps.lead().catch(onError);
      setRole('leader');
    } else if (held) {
      await deps.refresh?.().catch(onError);
    } else if (role === 'leader') {
      setRole('follower');
      await deps.follow().catch(onError);
    }
  }

  /** One lease check; resolves when it (and any check already running) is done. */
  const check = (): Promise<void> => {
    chain = chain.then(once);
    return chain;
  };

  return {
    role: (): ClusterRole => role,
    check,
    /** First check now, then every interval. */
    async start(): Promise<void> {
      if (!cancel)
        cancel = scheduler.every(deps.intervalMs ?? 10_000, () => {
          void check();
        });
      await check();
    },
    /** Stops checking, stops the leader's work if running, and frees the lease. */
    async stop(): Promise<void> {
      cancel?.();
      cancel = null;
      stopped = true;
      await chain;
      if (role === 'leader') {
        role = 'follower';
        await deps.follow().catch(onError);
      }
      await deps.lease.release().catch(onError);
    },
  };
}
