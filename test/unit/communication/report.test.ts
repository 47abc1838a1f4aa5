import { describe, expect, it } from 'vitest';
import type { Post } from '../../../shared/post';
import {
  classifyOfficial,
  communicationReport,
  communicationSpan,
  reactionsTo,
  splitPosts,
} from '../../../server/detect/communication';
import type { FixClaimCheck } from '../../../shared/communication';
import { COMPLAINT, at, crowd, minutesOf, official, pub, series } from './fixtures';

const stored = (id: string, min: number, over: Partial<Post> = {}): Post => ({
  source: 'test',
  id,
  author: 'someone',
  text: 'hello',
  createdAt: new Date(at(min)).toISOString(),
  receivedAt: new Date(at(min)).toISOString(),
  url: null,
  lang: 'en',
  replyTo: null,
  shares: null,
  brands: ['acme'],
  official: false,
  score: {
    sentiment: -0.5,
    label: 'negative',
    complaint: true,
    complaintScore: 0.9,
    categories: ['app'],
    harm: false,
    lang: 'en',
    scored: true,
    why: [],
  },
  ...over,
});

describe('splitPosts and classifyOfficial', () => {
  it('separates official posts, sorts by time and keeps the scores of the rest', () => {
    const { official: o, public: p } = splitPosts([
      stored('b', 5),
      stored('s', 3, { official: true, text: 'We are on it' }),
      stored('a', 1, { replyTo: 's', shares: 4 }),
    ]);
    expect(o.map((x) => x.id)).toEqual(['s']);
    expect(p.map((x) => x.id)).toEqual(['a', 'b']);
    expect(p[0]).toMatchObject({ complaint: true, negative: true, positive: false, replyTo: 's', shares: 4 });
  });

  it('tells statements (top level or threaded under one) from replies to customers, per source', () => {
    const posts = [
      official('s1', 1),
      official('thread', 2, 'More: the cause was a failed database upgrade.', 's1'),
      official('reply', 3, 'DM us', 'customer'),
      { ...official('other', 4, 'x', 's1'), source: 'elsewhere' },
    ];
    expect(classifyOfficial(posts).map((p) => [p.id, p.kind])).toEqual([
      ['s1', 'incident'],
      ['thread', 'incident'],
      ['reply', 'reply'],
      ['other', 'reply'],
    ]);
    const reacting = [pub('r1', 5, { replyTo: 's1' }), { ...pub('r2', 5, { replyTo: 's1' }), source: 'x' }];
    expect(reactionsTo(reacting, { source: 'test', id: 's1' }).map((p) => p.id)).toEqual(['r1']);
  });
});

const claim = (min: number, state: FixClaimCheck['state']) =>
  ({ statement: { at: new Date(at(min)).toISOString() }, state }) as FixClaimCheck;

describe('communicationSpan', () => {
  const rising = series(-60, 120, (m) => (m >= -3 ? 8 : 0), 0.3);

  it('starts when complaints began, never later than the detector', () => {
    expect(
      minutesOf(
        new Date(communicationSpan({ startT: at(0), endT: null }, rising, [], at(120)).startT).toISOString(),
      ),
    ).toBe(-3);
    const flat = series(-60, 120, () => 1, 1);
    expect(communicationSpan({ startT: at(0), endT: null }, flat, [], at(120)).startT).toBe(at(0));
  });

  it('runs to a held "fixed" statement after the detected end, not to a contradicted one', () => {
    const incident = { startT: at(-3), endT: at(60) };
    expect(communicationSpan(incident, rising, [claim(90, 'held')], at(200)).endT).toBe(at(90));
    expect(communicationSpan(incident, rising, [claim(90, 'contradicted')], at(200)).endT).toBe(at(60));
    expect(communicationSpan(incident, rising, [claim(30, 'held')], at(200)).endT).toBe(at(60));
  });
});

describe('communicationReport', () => {
  it('puts every figure together for an incident nobody spoke about', () => {
    const posts = crowd('c', -400, 100, (m) => (m >= 0 ? 6 : 0.3), COMPLAINT);
    const r = communicationReport({
      incident: { startT: at(0), endT: null },
      now: at(100),
      official: [],
      posts,
      complaints: series(-400, 100, (m) => (m >= 0 ? 6 : 0.3), 0.3),
      historyFrom: at(-400),
    });
    expect(r.ack).toMatchObject({ ackDelayMin: null, ackLate: true, meter: { state: 'overdue' } });
    expect(r.impacts).toEqual([]);
    expect(r.promises).toEqual([]);
    expect(r.scorecard.verdict).toMatch(/^No statement yet after 1 h 40 min \(target 30\)\./);
    expect(r.scorecard.grade).toBe('C');
  });
});
