import { describe, expect, it } from 'vitest';
import type { AckClock, HarmTriage, StatementImpact } from '../../../shared/communication';
import {
  acknowledgementClock,
  communicationScorecard,
  formatMinutes,
  gradeFor,
  harmTriage,
  quote,
  routineDuring,
} from '../../../server/detect/communication';
import { ackDelayText, gradeText } from '../../../shared/communication';
import { at, official, pub } from './fixtures';

const NO_HARM: HarmTriage = { count: 0, newest: [], mostShared: [] };
const resolved = { startT: at(0), endT: at(300) };

const impact = (id: string, min: number, verdict: StatementImpact['verdict'], text = 'Update.') =>
  ({
    statement: {
      source: 't',
      id,
      author: 'Acme',
      at: new Date(at(min)).toISOString(),
      text,
      kind: 'incident',
      role: 'update',
      aboutIncident: true,
      why: 'incident (update)',
    },
    verdict,
  }) as StatementImpact;

const card = (ack: AckClock, extra: Partial<Parameters<typeof communicationScorecard>[0]> = {}) =>
  communicationScorecard({
    ack,
    impacts: [],
    waves: [],
    promises: [],
    fixClaims: [],
    harm: NO_HARM,
    ...extra,
  });

describe('communicationScorecard', () => {
  it('gives an A to a fast, regular, uneventful communication', () => {
    const ack = acknowledgementClock(
      [official('a', 8), official('b', 40), official('c', 70)],
      { startT: at(0), endT: at(90) },
      at(200),
    );
    const c = card(ack);
    expect(c).toMatchObject({ grade: 'A', points: 100 });
    expect(c.verdict).toBe(
      'Acknowledged after 8 min (target 30). Updated at least every 32 min (target 60).',
    );
    expect(c.figures).toMatchObject({ ackDelayMin: 8, longestSilenceMin: 32, statements: 3, backfired: 0 });
  });

  it('explains a slow, silent, backfiring communication in plain words', () => {
    const ack = acknowledgementClock([official('a', 95), official('b', 225)], resolved, at(400));
    const reply = 'Could you borrow from friends and family until the issue is resolved?';
    const c = card(ack, { impacts: [impact('a', 95, 'neutral'), impact('r', 124, 'backfired', reply)] });
    expect(c.findings).toEqual([
      'Acknowledged after 95 min (target 30).',
      'Longest silence 2 h 10 min (target 60).',
      '1 statement backfired: "Could you borrow from friends and family until the issue is resolved?" (14:04 UTC).',
    ]);
    // late acknowledgement 20 (over 2x the target), silence 20 (over 2x), backfire 15
    expect(c).toMatchObject({ points: 45, grade: 'D' });
  });

  it('says when an open incident has no statement yet, and when one never came', () => {
    const open = acknowledgementClock([], { startT: at(0), endT: null }, at(45));
    expect(card(open).findings).toEqual([
      'No statement yet after 45 min (target 30).',
      '45 min since the start: overdue.',
    ]);
    expect(card(open).points).toBe(70);
    const never = acknowledgementClock([], { startT: at(0), endT: at(200) }, at(400));
    expect(card(never).verdict).toBe('Never acknowledged in 3 h 20 min (target 30).');
  });

  it('gives no letter grade to an open, silent incident before the acknowledgement target has passed', () => {
    const early = acknowledgementClock([], { startT: at(0), endT: null }, at(12));
    const c = card(early);
    expect(c).toMatchObject({ grade: null, points: null, pending: { sinceMin: 12, targetMin: 30 } });
    expect(c.verdict).toBe('Not yet acknowledged: 12 min in (target 30).');
    expect(ackDelayText(early)).toBe('not yet, 12 min, target 30');
    expect(gradeText(c)).toBe('pending (not yet acknowledged: 12 min, target 30)');
    // a statement, or the target passing, ends the wait
    const spoke = acknowledgementClock([official('a', 5)], { startT: at(0), endT: null }, at(12));
    expect(card(spoke).grade).toBe('A');
    expect(card(acknowledgementClock([], { startT: at(0), endT: null }, at(31))).grade).toBe('C');
    // marketing does not stop the wait
    const promo = official('m', 4, 'Spring into saving: our Easy Saver now pays 4.1 %');
    expect(card(acknowledgementClock([promo], { startT: at(0), endT: null }, at(12))).grade).toBeNull();
    const ended = acknowledgementClock([], { startT: at(0), endT: at(20) }, at(25));
    expect(ackDelayText(ended)).toBe('never');
    expect(card(ended).grade).not.toBeNull();
  });

  it('makes a promotional post during the outage a finding of its own', () => {
    const promo = official('m', 40, 'Spring into saving: our Easy Saver now pays 4.1 %. Open one today.');
    const incident = { startT: at(0), endT: at(120) };
    const posts = [official('a', 10), promo];
    const ack = acknowledgementClock(posts, incident, at(200));
    const routine = routineDuring(posts, incident, at(200));
    expect(routine.map((r) => [r.post.id, r.minutesIn])).toEqual([['m', 40]]);
    const c = card(ack, { routine });
    expect(c.findings).toContain(
      'A promotional or routine post 40 min into the outage: "Spring into saving: our Easy Saver now pays 4.1 %. Open one…" (12:40 UTC).',
    );
    expect(c.figures.routinePosts).toBe(1);
    expect(c.points).toBe((card(ack).points ?? 0) - 5);
    expect(ack.ackDelayMin).toBe(10);
  });

  it('lists harm, missed promises and contradicted claims, and caps penalties', () => {
    const ack = acknowledgementClock([official('a', 5)], { startT: at(0), endT: at(40) }, at(400));
    const harm = harmTriage(
      [pub('h', 10, { harm: true, text: 'cannot buy food', shares: 3 })],
      at(0),
      at(60),
    );
    const bad = Array.from({ length: 4 }, (_, i) => impact(`b${i}`, 10 + i, 'backfired'));
    const c = card(ack, { harm, impacts: [...bad, impact('ok', 30, 'calming')] });
    expect(c.findings).toContain('1 hardship post, e.g. "cannot buy food".');
    expect(c.findings).toContain('1 statement calmed the conversation.');
    expect(c.points).toBe(100 - 30 + 5);
  });
});

describe('gradeFor', () => {
  it.each([
    [100, 'A'],
    [90, 'A'],
    [89, 'B'],
    [75, 'B'],
    [60, 'C'],
    [40, 'D'],
    [39, 'F'],
    [0, 'F'],
  ])('%i -> %s', (points, grade) => {
    expect(gradeFor(points)).toBe(grade);
  });
});

describe('format', () => {
  it.each([
    [0, '0 min'],
    [45.4, '45 min'],
    [60, '1 h'],
    [95, '1 h 35 min'],
    [130, '2 h 10 min'],
  ])('formatMinutes(%d) = %s', (min, text) => {
    expect(formatMinutes(min)).toBe(text);
  });

  it('quotes a long post on a word boundary', () => {
    expect(quote('short')).toBe('"short"');
    expect(quote('one two three four five six seven', 20)).toBe('"one two three four…"');
  });
});

describe('harmTriage', () => {
  it('counts hardship posts in the window, newest first and most shared first', () => {
    const posts = [
      pub('old', 5, { harm: true, shares: 50 }),
      pub('new', 30, { harm: true, shares: null }),
      pub('mid', 20, { harm: true, shares: 50 }),
      pub('out', 90, { harm: true, shares: 999 }),
      pub('fine', 25, { harm: false, shares: 999 }),
    ];
    const t = harmTriage(posts, at(0), at(60));
    expect(t.count).toBe(3);
    expect(t.newest.map((p) => p.id)).toEqual(['new', 'mid', 'old']);
    expect(t.mostShared.map((p) => p.id)).toEqual(['mid', 'old', 'new']);
    expect(harmTriage(posts, at(0), at(60), 1).newest).toHaveLength(1);
    expect(harmTriage([], at(0), at(60))).toEqual({ count: 0, newest: [], mostShared: [] });
  });
});
