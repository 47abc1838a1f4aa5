import { describe, expect, it } from 'vitest';
import { acknowledgementClock, median } from '../../../server/detect/communication';
import { at, minutesOf, official } from './fixtures';

const open = (now: number) => ({ incident: { startT: at(0), endT: null }, now: at(now) });

describe('acknowledgementClock', () => {
  it.each([
    { now: 10, since: 10, state: 'ok', late: false },
    { now: 23, since: 23, state: 'warning', late: false },
    { now: 30, since: 30, state: 'overdue', late: false },
    { now: 31, since: 31, state: 'overdue', late: true },
  ])('with no official post yet, $now min in: meter $state', ({ now, since, state, late }) => {
    const c = open(now);
    const clock = acknowledgementClock([], c.incident, c.now);
    expect(clock.firstAck).toBeNull();
    expect(clock.ackDelayMin).toBeNull();
    expect(clock.ackLate).toBe(late);
    expect(clock.meter).toEqual({ phase: 'acknowledgement', sinceMin: since, targetMin: 30, state });
    expect(clock.cadence).toMatchObject({ statements: 0, medianGapMin: null, longestGapMin: null });
  });

  it('never acknowledged: a resolved incident has no meter and is late', () => {
    const clock = acknowledgementClock([], { startT: at(0), endT: at(200) }, at(500));
    expect(clock).toMatchObject({ ackDelayMin: null, ackLate: true, meter: null, asOf: clock.endAt });
  });

  it('ignores official posts before the start and counts the first one from the start on', () => {
    const posts = [official('early', -15), official('first', 0), official('second', 40)];
    const clock = acknowledgementClock(posts, { startT: at(0), endT: null }, at(50));
    expect(clock.firstAck?.id).toBe('first');
    expect(clock.ackDelayMin).toBe(0);
  });

  it('measures to the tenth of a minute and flags a late acknowledgement', () => {
    const clock = acknowledgementClock([official('a', 95.4)], { startT: at(0), endT: null }, at(100));
    expect(clock.ackDelayMin).toBe(95.4);
    expect(clock.ackLate).toBe(true);
    expect(clock.meter).toMatchObject({ phase: 'update', sinceMin: 4.6, state: 'ok' });
  });

  it('does not count a reply to a customer, unless asked to; a thread under a statement counts', () => {
    const posts = [
      official('reply', 5, 'Sorry, please DM us', 'customer-1'),
      official('stmt', 20),
      official('thread', 50, 'Update 2: still working on a fix', 'stmt'),
    ];
    const incident = { startT: at(0), endT: null };
    const clock = acknowledgementClock(posts, incident, at(60));
    expect(clock.firstAck).toMatchObject({ id: 'stmt', kind: 'incident' });
    expect(clock.cadence).toMatchObject({ statements: 2, replies: 1 });
    const all = acknowledgementClock(posts, incident, at(60), { includeReplies: true });
    expect(all.firstAck).toMatchObject({ id: 'reply', kind: 'reply' });
    expect(all.cadence.statements).toBe(3);
  });

  it('lists the gaps, including the one from the last statement to the end', () => {
    const posts = [official('a', 10), official('b', 40), official('c', 100)];
    const clock = acknowledgementClock(posts, { startT: at(0), endT: at(130) }, at(999));
    expect(clock.cadence.gapsMin).toEqual([30, 60, 30]);
    expect(clock.cadence.medianGapMin).toBe(30);
    expect(clock.cadence.longestGapMin).toBe(60);
    expect(minutesOf(clock.cadence.longestGapFrom)).toBe(40);
    expect(minutesOf(clock.cadence.longestGapTo)).toBe(100);
    expect(clock.meter).toBeNull();
  });

  it('does not count the silence after "it is fixed"', () => {
    const posts = [official('a', 10), official('b', 40, 'Everything is back up and running.')];
    const clock = acknowledgementClock(posts, { startT: at(0), endT: at(200) }, at(300));
    expect(clock.cadence.gapsMin).toEqual([30]);
  });

  it('runs the update meter against the deployment targets', () => {
    const posts = [official('a', 5), official('b', 50)];
    const incident = { startT: at(0), endT: null };
    const meter = (now: number, targets = {}) =>
      acknowledgementClock(posts, incident, at(now), { targets }).meter;
    expect(meter(90)).toMatchObject({ phase: 'update', sinceMin: 40, targetMin: 60, state: 'ok' });
    expect(meter(100)).toMatchObject({ sinceMin: 50, state: 'warning' });
    expect(meter(111)).toMatchObject({ state: 'overdue' });
    expect(meter(90, { updateEveryMin: 30, warningFraction: 0.5 })).toMatchObject({ state: 'overdue' });
    expect(meter(64, { updateEveryMin: 30, warningFraction: 0.4 })).toMatchObject({ state: 'warning' });
    expect(acknowledgementClock([], incident, at(20), { targets: { ackWithinMin: 15 } }).ackLate).toBe(true);
  });

  it('counts posts at the very start and the very end', () => {
    const posts = [official('a', 0), official('b', 60)];
    const clock = acknowledgementClock(posts, { startT: at(0), endT: at(60) }, at(90));
    expect(clock.cadence).toMatchObject({ statements: 2, gapsMin: [60, 0] });
  });
});

describe('median', () => {
  it.each([
    [[], null],
    [[4], 4],
    [[1, 3], 2],
    [[3, 1, 2], 2],
  ])('median(%j) = %j', (xs, m) => {
    expect(median(xs)).toBe(m);
  });
});
