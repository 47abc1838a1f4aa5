import { describe, expect, it } from 'vitest';
import { checkFixClaims, checkPromises } from '../../../server/detect/communication';
import { at, minutesOf, official, series } from './fixtures';

const PROMISE = 'Update: we are on it. Next update in 30 minutes.';
const incident = { startT: at(0), endT: null };

describe('checkPromises', () => {
  it.each([
    { next: 38, now: 100, state: 'kept', late: null },
    { next: 44, now: 100, state: 'kept', late: null },
    { next: 50, now: 100, state: 'missed', late: 10 },
    { next: null, now: 44, state: 'pending', late: null },
    { next: null, now: 45, state: 'missed', late: null },
    { next: 50, now: 47, state: 'missed', late: null },
  ])('next statement at $next, now $now: $state', ({ next, now, state, late }) => {
    const posts = [official('p', 10, PROMISE), ...(next === null ? [] : [official('n', next)])];
    const [check] = checkPromises(posts, incident, at(now));
    expect(check).toMatchObject({ state, lateByMin: late, phrase: 'in 30 minutes', zone: 'relative' });
    expect(minutesOf(check?.dueAt)).toBe(40);
    expect(check?.keptBy?.id ?? null).toBe(state === 'kept' ? 'n' : null);
  });

  it('is kept by a statement, not by a reply to a customer', () => {
    const posts = [official('p', 10, PROMISE), official('r', 20, 'Sorry, DM us', 'cust-1')];
    expect(checkPromises(posts, incident, at(60))[0]?.state).toBe('missed');
  });

  it('checks promises made in replies too, and only during the incident', () => {
    const posts = [
      official('before', -30, PROMISE),
      official('r', 10, 'We will update you within the hour', 'cust-1'),
      official('s', 50),
    ];
    const checks = checkPromises(posts, incident, at(120));
    expect(checks.map((c) => [c.statement.id, c.state])).toEqual([['r', 'kept']]);
  });

  it('honours the grace period', () => {
    const posts = [official('p', 10, PROMISE), official('n', 41)];
    expect(checkPromises(posts, incident, at(90), { graceMin: 0 })[0]?.state).toBe('missed');
    expect(checkPromises(posts, incident, at(90), { graceMin: 2 })[0]?.state).toBe('kept');
  });

  it('ignores statements without a promise', () => {
    expect(checkPromises([official('a', 5, 'We know, sorry.')], incident, at(90))).toEqual([]);
  });
});

describe('checkFixClaims', () => {
  const FIXED = 'This is now fixed. Sorry!';
  const run = (value: (m: number) => number, now = 300) =>
    checkFixClaims([official('claim', 60, FIXED)], series(-60, now, value), incident, at(now));

  it('holds when complaints go back to normal', () => {
    const [c] = run((m) => (m < 60 ? 8 : 1));
    expect(c).toMatchObject({ state: 'held', contradictedAt: null, phrase: 'This is now fixed' });
  });

  it('holds through a short tail of complaints', () => {
    const [c] = run((m) => (m < 60 ? 8 : m < 75 ? 5 : 1));
    expect(c?.state).toBe('held');
  });

  it('is contradicted when complaints continue', () => {
    const [c] = run(() => 6);
    expect(c).toMatchObject({ state: 'contradicted', minutesAfterClaim: 20 });
    expect(c?.excessComplaints).toBe(5 * 180);
  });

  it('is contradicted when complaints come back after a lull', () => {
    const [c] = run((m) => (m < 60 ? 8 : m < 100 ? 1 : 6));
    expect(c?.state).toBe('contradicted');
    expect(c?.minutesAfterClaim).toBeGreaterThanOrEqual(40);
    expect(c?.minutesAfterClaim).toBeLessThanOrEqual(45);
  });

  it('ignores a short relapse and waits before judging', () => {
    expect(run((m) => (m >= 100 && m < 110 ? 8 : 1))[0]?.state).toBe('held');
    expect(run(() => 1, 100)[0]?.state).toBe('pending');
  });

  it('only reads claims, not plans', () => {
    const posts = [official('plan', 60, 'This will be fixed soon'), official('claim', 90, FIXED)];
    const checks = checkFixClaims(
      posts,
      series(0, 300, () => 1),
      incident,
      at(300),
    );
    expect(checks.map((c) => c.statement.id)).toEqual(['claim']);
  });
});
