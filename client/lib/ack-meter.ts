import type { AckClock, CommTargets, MeterState } from '../../shared/communication';
import { DEFAULT_COMM_TARGETS } from '../../shared/communication';

const MINUTE = 60_000;

export type ClockPost = { source: string; id: string; createdAt: string; replyTo: string | null };

/**
 * Times of the official posts that count as public statements, ascending: top-level posts and posts
 * threaded under another official post. A reply to a customer informs one person, not the public
 * (the same rule as the server's communication figures).
 */
export function statementTimes(posts: readonly ClockPost[]): number[] {
  const ids = new Set(posts.map((p) => `${p.source}\u0000${p.id}`));
  return posts
    .filter((p) => p.replyTo === null || ids.has(`${p.source}\u0000${p.replyTo}`))
    .map((p) => Date.parse(p.createdAt))
    .filter((t) => Number.isFinite(t))
    .sort((a, b) => a - b);
}

export function meterState(sinceMin: number, targetMin: number, warningFraction: number): MeterState {
  if (sinceMin >= targetMin) return 'overdue';
  return sinceMin >= warningFraction * targetMin ? 'warning' : 'ok';
}

export type LiveClock = {
  startMs: number;
  elapsedMin: number;
  /** Minutes from the start to the first statement; null while there is none. */
  ackDelayMin: number | null;
  ackTargetMin: number;
  /** While unacknowledged: how close the wait is to the target; once acknowledged: ok or overdue (late). */
  ackState: MeterState;
  /** Minutes since the last statement against the update target; null before the first statement. */
  silenceMin: number | null;
  updateTargetMin: number;
  silenceState: MeterState | null;
  lastStatementMs: number | null;
};

export type LiveClockInput = {
  startMs: number;
  /** null while the incident is open */
  endMs: number | null;
  statements: readonly number[];
  nowMs: number;
  targets?: Partial<CommTargets>;
};

/**
 * The acknowledgement clock and the silence meter, recomputed on the client every few seconds so they
 * keep counting between server refreshes. Statements before the start do not count.
 */
export function liveClock({ startMs, endMs, statements, nowMs, targets = {} }: LiveClockInput): LiveClock {
  const t = { ...DEFAULT_COMM_TARGETS, ...targets };
  const asOf = Math.max(startMs, endMs ?? nowMs);
  const during = statements.filter((s) => s >= startMs && s <= asOf);
  const first = during[0] ?? null;
  const last = during.at(-1) ?? null;
  const elapsedMin = (asOf - startMs) / MINUTE;
  const ackDelayMin = first === null ? null : (first - startMs) / MINUTE;
  const ackState =
    ackDelayMin === null
      ? meterState(elapsedMin, t.ackWithinMin, t.warningFraction)
      : ackDelayMin > t.ackWithinMin
        ? 'overdue'
        : 'ok';
  const silenceMin = last === null ? null : (asOf - last) / MINUTE;
  return {
    startMs,
    elapsedMin,
    ackDelayMin,
    ackTargetMin: t.ackWithinMin,
    ackState,
    silenceMin,
    updateTargetMin: t.updateEveryMin,
    silenceState: silenceMin === null ? null : meterState(silenceMin, t.updateEveryMin, t.warningFraction),
    lastStatementMs: last,
  };
}

/** Clock input from the server's acknowledgement figures, topped up with statements it has not seen yet. */
export function clockFromServer(
  ack: AckClock | null,
  fallbackStartMs: number,
  endMs: number | null,
  statements: readonly number[],
): Pick<LiveClockInput, 'startMs' | 'endMs' | 'statements'> & { targets: Partial<CommTargets> } {
  const startMs = ack ? Date.parse(ack.startAt) : fallbackStartMs;
  const known: number[] = [];
  if (ack?.firstAck) known.push(Date.parse(ack.firstAck.at));
  // While open the server's meter counts from the last statement it knew of.
  if (ack?.meter?.phase === 'update') known.push(Date.parse(ack.asOf) - ack.meter.sinceMin * MINUTE);
  const all = [...new Set([...known, ...statements])].filter(Number.isFinite).sort((a, b) => a - b);
  const targets: Partial<CommTargets> = ack
    ? {
        ackWithinMin: ack.ackTargetMin,
        ...(ack.meter?.phase === 'update' ? { updateEveryMin: ack.meter.targetMin } : {}),
      }
    : {};
  return { startMs: Number.isFinite(startMs) ? startMs : fallbackStartMs, endMs, statements: all, targets };
}

export const METER_LABELS: Record<MeterState, string> = {
  ok: 'On target',
  warning: 'Nearly due',
  overdue: 'Overdue',
};
