import type { SourceHealth, SourceState } from '../../shared/source';
import { toIso } from '../../shared/time';
import type { SkippedEntry, SourceStatus } from './sources/types';

/** Consecutive failures after which a source counts as failing rather than degraded. */
export const FAILING_AFTER = 3;
const MINUTE = 60_000;

/**
 * Everything the runner knows about one source's health, turned into the wire SourceHealth on demand
 * (lag and posts-per-hour depend on "now").
 */
export class HealthTracker {
  consecutiveFailures = 0;
  private lastSuccessAt: number | null = null;
  private lastErrorAt: number | null = null;
  private lastError: string | null = null;
  private caughtUpAt: number | null = null;
  private nextAttemptAt: number | null = null;
  private status: SourceStatus | null = null;
  private paused = false;
  private warning = false;
  /** [minute start, posts] for the last hour. */
  private minutes: Array<[number, number]> = [];

  success(
    now: number,
    report: { skipped?: SkippedEntry[]; status?: SourceStatus; lagSec?: number | null },
  ): void {
    this.paused = false;
    this.consecutiveFailures = 0;
    this.lastSuccessAt = now;
    if (report.status) this.status = report.status;
    if (report.lagSec !== undefined && report.lagSec !== null) this.caughtUpAt = now - report.lagSec * 1000;
    const skipped = report.skipped ?? [];
    this.warning = skipped.length > 0;
    if (this.warning) {
      const first = skipped[0];
      const more = skipped.length > 1 ? ` (and ${skipped.length - 1} more)` : '';
      this.recordError(
        now,
        `skipped an invalid entry${first?.id ? ` ${first.id}` : ''}: ${first?.reason}${more}`,
      );
    }
  }

  /** The connection is up but nothing has been delivered yet (streams). */
  connected(now: number): void {
    this.paused = false;
    this.consecutiveFailures = 0;
    this.warning = false;
    this.lastSuccessAt = now;
    this.caughtUpAt = now;
  }

  failure(now: number, message: string): void {
    this.paused = false;
    this.consecutiveFailures++;
    this.recordError(now, message);
  }

  private recordError(now: number, message: string): void {
    this.lastErrorAt = now;
    this.lastError = message.slice(0, 500);
  }

  pause(): void {
    this.paused = true;
    this.nextAttemptAt = null;
  }

  scheduled(at: number | null): void {
    this.nextAttemptAt = at;
  }

  counted(now: number, posts: number): void {
    if (posts === 0) return;
    const minute = Math.floor(now / MINUTE) * MINUTE;
    const last = this.minutes[this.minutes.length - 1];
    if (last && last[0] === minute) last[1] += posts;
    else this.minutes.push([minute, posts]);
    this.prune(now);
  }

  private prune(now: number): void {
    const cutoff = now - 60 * MINUTE;
    while (this.minutes.length > 0 && (this.minutes[0]?.[0] ?? 0) <= cutoff) this.minutes.shift();
  }

  state(): SourceState {
    if (this.paused) return 'paused';
    if (this.consecutiveFailures >= FAILING_AFTER) return 'failing';
    if (this.consecutiveFailures > 0 || this.warning) return 'degraded';
    return 'ok';
  }

  snapshot(now: number): SourceHealth {
    this.prune(now);
    const iso = (ms: number | null) => (ms === null ? null : toIso(ms));
    return {
      state: this.state(),
      lastSuccessAt: iso(this.lastSuccessAt),
      lastErrorAt: iso(this.lastErrorAt),
      lastError: this.lastError,
      consecutiveFailures: this.consecutiveFailures,
      postsLastHour: this.minutes.reduce((n, [, c]) => n + c, 0),
      lagSec:
        this.caughtUpAt === null || this.paused
          ? null
          : Math.max(0, Math.round((now - this.caughtUpAt) / 1000)),
      nextAttemptAt: iso(this.nextAttemptAt),
      statusIndicator: this.status?.indicator ?? null,
      statusDescription: this.status?.description ?? null,
    };
  }
}
