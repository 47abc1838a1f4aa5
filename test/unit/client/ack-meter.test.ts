import { describe, expect, it } from 'vitest';
import type { AckClock } from '../../../shared/communication';
import { clockFromServer, liveClock, meterState, statementTimes } from '../../../client/lib/ack-meter';

const T0 = Date.parse('2026-03-01T08:00:00Z');
const MIN = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe('statementTimes', () => {
  it('counts top-level posts and threads under an official post, not replies to customers', () => {
    const times = statementTimes([
      { source: 's', id: '3', createdAt: iso(T0 + 30 * MIN), replyTo: '1' },
      { source: 's', id: '1', createdAt: iso(T0 + 10 * MIN), replyTo: null },
      { source: 's', id: '2', createdAt: iso(T0 + 20 * MIN), replyTo: 'customer-post' },
    ]);
    expect(times).toEqual([T0 + 10 * MIN, T0 + 30 * MIN]);
  });
});

describe('liveClock', () => {
  it('counts towards the acknowledgement target while nobody has said anything', () => {
    const at = (min: number) =>
      liveClock({ startMs: T0, endMs: null, statements: [], nowMs: T0 + min * MIN });
    expect(at(10)).toMatchObject({ ackDelayMin: null, ackState: 'ok', silenceMin: null, silenceState: null });
    expect(at(23).ackState).toBe('warning');
    expect(at(31)).toMatchObject({ ackState: 'overdue', elapsedMin: 31 });
  });

  it('after the first statement, measures the silence against the update target', () => {
    const clock = liveClock({
      startMs: T0,
      endMs: null,
      statements: [T0 - 5 * MIN, T0 + 12 * MIN, T0 + 40 * MIN],
      nowMs: T0 + 90 * MIN,
    });
    expect(clock).toMatchObject({ ackDelayMin: 12, ackState: 'ok', silenceMin: 50, silenceState: 'warning' });
    expect(clock.lastStatementMs).toBe(T0 + 40 * MIN);
  });

  it('marks a late acknowledgement, honours custom targets and stops at the end', () => {
    const clock = liveClock({
      startMs: T0,
      endMs: T0 + 100 * MIN,
      statements: [T0 + 45 * MIN],
      nowMs: T0 + 500 * MIN,
      targets: { updateEveryMin: 30 },
    });
    expect(clock).toMatchObject({ ackState: 'overdue', silenceMin: 55, silenceState: 'overdue' });
    expect(meterState(20, 30, 0.75)).toBe('ok');
  });

  it('takes the start, targets and last statement from the server figures', () => {
    const ack = {
      startAt: iso(T0 - 10 * MIN),
      asOf: iso(T0 + 60 * MIN),
      firstAck: { at: iso(T0 + 5 * MIN) },
      ackTargetMin: 15,
      meter: { phase: 'update', sinceMin: 20, targetMin: 45, state: 'ok' },
    } as AckClock;
    const input = clockFromServer(ack, T0, null, []);
    expect(input.startMs).toBe(T0 - 10 * MIN);
    expect(input.statements).toEqual([T0 + 5 * MIN, T0 + 40 * MIN]);
    expect(input.targets).toEqual({ ackWithinMin: 15, updateEveryMin: 45 });
    expect(clockFromServer(null, T0, null, [T0]).startMs).toBe(T0);
  });
});
