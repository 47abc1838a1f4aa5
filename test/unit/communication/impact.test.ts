import { describe, expect, it } from 'vitest';
import { classifyOfficial, statementImpact, statementImpacts } from '../../../server/detect/communication';
import type { OfficialPost, PublicPost } from '../../../server/detect/communication';
import { CHATTER, COMM, at, crowd, official, pub, series } from './fixtures';

const STATEMENT = official('s', 60, 'Update: we found the cause. Next update in 30 minutes.');
const incident = { startT: at(0), endT: null };

function judge(
  posts: PublicPost[],
  opts: { now?: number; statement?: OfficialPost; others?: OfficialPost[] } = {},
) {
  const statement = opts.statement ?? STATEMENT;
  const all = [statement, ...(opts.others ?? [])];
  const [classified] = classifyOfficial([statement]);
  if (!classified) throw new Error('no statement');
  return statementImpact(classified, { posts, incident, now: at(opts.now ?? 200), official: all });
}

const withChatter = (complaints: PublicPost[]) => [...complaints, ...crowd('chat', 0, 200, 2, CHATTER)];

describe('statementImpact', () => {
  it.each([
    { before: 6, after: 2, verdict: 'calming' },
    { before: 6, after: 6, verdict: 'neutral' },
    { before: 6, after: 12, verdict: 'backfired' },
    { before: 2, after: 0.5, verdict: 'calming' },
  ])('$before/min before, $after/min after: $verdict', ({ before, after, verdict }) => {
    const posts = withChatter(crowd('c', 0, 200, (m) => (m < 61 ? before : after)));
    const impact = judge(posts);
    expect(impact.verdict).toBe(verdict);
    expect(impact.before).toMatchObject({ minutes: 60, complaintRate: before });
    expect(impact.after.minutes).toBe(60);
  });

  it('does not credit a statement for a decline already under way', () => {
    const decay = (m: number) => 1 + 20 * Math.exp(-0.03 * m);
    const impact = judge(withChatter(crowd('c', 0, 200, decay)), { now: 200 });
    // A naive before/after comparison would see complaints fall by half.
    expect(impact.after.complaintRate / impact.before.complaintRate).toBeLessThan(0.6);
    expect(impact.verdict).toBe('neutral');
  });

  it('does not blame a statement for a rise that levels off', () => {
    const ramp = (m: number) => (m < 60 ? 2 + (6 * m) / 60 : 8);
    expect(judge(withChatter(crowd('c', 0, 200, ramp))).verdict).toBe('neutral');
  });

  it('never expects fewer complaints than normal', () => {
    const decay = (m: number) => 1 + 12 * Math.exp(-0.06 * m);
    const usual = [...crowd('u', -120, 0, 1), ...crowd('uc', -120, 0, 2, CHATTER)];
    const posts = [...usual, ...withChatter(crowd('c', 0, 200, decay))];
    const [s] = classifyOfficial([STATEMENT]);
    if (!s) throw new Error('no statement');
    const normal = series(0, 200, () => 0, 1);
    const impact = statementImpact(s, { posts, incident, now: at(200), official: [STATEMENT], normal });
    expect(impact.expected.complaintRate).toBeGreaterThanOrEqual(1);
    expect(impact.verdict).toBe('neutral');
  });

  it('measures the trend from the previous statement on, not through its effect', () => {
    const earlier = official('e', 30, 'We are aware and working on it.');
    const posts = withChatter(crowd('c', 0, 200, (m) => (m < 33 ? 9 : 4)));
    expect(judge(posts, { others: [earlier] })).toMatchObject({ verdict: 'neutral' });
    expect(judge(posts, { others: [earlier] }).before.minutes).toBe(25);
  });

  it.each([
    {
      name: 'too early in the incident',
      statement: official('s', 10),
      now: 200,
      reason: /only 10 min before/,
    },
    { name: 'too recent', statement: STATEMENT, now: 65, reason: /only 5 min since/ },
  ])('is insufficient when $name', ({ statement, now, reason }) => {
    const impact = judge(withChatter(crowd('c', 0, 200, 6)), { statement, now });
    expect(impact.verdict).toBe('insufficient');
    expect(impact.reasons.join('; ')).toMatch(reason);
    expect(impact.complaintZ).toBeNull();
  });

  it('is insufficient on tiny counts, neutral when nothing is wrong at all', () => {
    const tiny = judge(crowd('c', 0, 200, (m) => (m < 60 ? 0.1 : 0)));
    expect(tiny.verdict).toBe('insufficient');
    expect(tiny.reasons.join('; ')).toMatch(/too few complaints/);
    const calm = judge(crowd('chat', 0, 200, 3, CHATTER));
    expect(calm).toMatchObject({ verdict: 'neutral', complaintZ: null, after: { negatives: 0 } });
  });

  it('calls a reply backfired when its reactions are about the communication itself', () => {
    const reply = official('r', 60, 'Could you borrow from friends and family?', 'customer-1');
    const reactions = Array.from({ length: 12 }, (_, i) =>
      pub(`q${i}`, 61 + i, { ...COMM, replyTo: 'r', shares: i === 7 ? 500 : i }),
    );
    const [classified] = classifyOfficial([reply]);
    if (!classified) throw new Error('no reply');
    const posts = [...withChatter(crowd('c', 0, 200, 6)), ...reactions];
    const impact = statementImpact(classified, { posts, incident, now: at(200), official: [reply] });
    expect(impact.statement.kind).toBe('reply');
    expect(impact.verdict).toBe('backfired');
    expect(impact.reactions).toMatchObject({ count: 12, negatives: 12, aboutCommunication: 12 });
    expect(impact.reactions.top.map((r) => r.id).slice(0, 2)).toEqual(['q7', 'q11']);
    expect(impact.reasons[0]).toMatch(/12 of 12 reactions complain about the communication/);
  });

  it('reads the negative share against its own trend', () => {
    const before = crowd('n', 0, 61, 4, { negative: true });
    const after = crowd('p', 61, 200, 4, { positive: true });
    const impact = judge([...before, ...after, ...crowd('x', 0, 200, 4, CHATTER)]);
    expect(impact.verdict).toBe('calming');
    expect(impact.negativeShareChange).toBeLessThan(-0.3);
  });
});

describe('statementImpacts', () => {
  it('judges every official post made during the incident, oldest first', () => {
    const posts = withChatter(crowd('c', 0, 200, 6));
    const officials = [official('b', -10), official('x', 90), official('a', 40), official('late', 150)];
    const impacts = statementImpacts(officials, {
      posts,
      incident: { startT: at(0), endT: at(120) },
      now: at(200),
    });
    expect(impacts.map((i) => i.statement.id)).toEqual(['a', 'x']);
  });
});
