import { describe, expect, it } from 'vitest';
import { createHealthWriter } from '../../../server/feeds/health-writer';
import { deriveSourceId } from '../../../server/feeds/source-id';
import { mergeHealth, statusPagesByBrand } from '../../../server/feeds/source-views';
import type { SourceHealth, SourceView } from '../../../shared/source';
import { ManualClock } from '../../helpers/feed-clock';

const health = (over: Partial<SourceHealth> = {}): SourceHealth => ({
  state: 'ok',
  lastSuccessAt: null,
  lastErrorAt: null,
  lastError: null,
  consecutiveFailures: 0,
  postsLastHour: 0,
  lagSec: null,
  nextAttemptAt: null,
  statusIndicator: null,
  statusDescription: null,
  ...over,
});

describe('createHealthWriter', () => {
  it('writes the first report at once, then at most once per interval, keeping the latest', async () => {
    const clock = new ManualClock();
    const writes: Array<[string, number, number]> = [];
    const writer = createHealthWriter({
      save: async (id, h, at) => void writes.push([id, h.postsLastHour, at - clock.now()]),
      clock,
      timers: clock,
      intervalMs: 5_000,
    });
    const t0 = clock.now();
    writer.report('a', health({ postsLastHour: 1 }));
    writer.report('b', health({ postsLastHour: 10 }));
    clock.advance(1_000);
    writer.report('a', health({ postsLastHour: 2 }));
    writer.report('a', health({ postsLastHour: 3 }));
    expect(writes.map(([id, n]) => [id, n])).toEqual([
      ['a', 1],
      ['b', 10],
    ]);
    clock.advance(3_999);
    expect(writes).toHaveLength(2);
    clock.advance(1);
    expect(writes.at(-1)?.slice(0, 2)).toEqual(['a', 3]);
    expect(clock.now() - t0).toBe(5_000);

    writer.report('a', health({ postsLastHour: 4 }));
    writer.forget('a');
    writer.report('b', health({ postsLastHour: 11 }));
    await writer.flush();
    expect(writes.map(([id, n]) => [id, n])).toEqual([
      ['a', 1],
      ['b', 10],
      ['a', 3],
      ['b', 11],
    ]);
    expect(clock.size()).toBe(0);
  });

  it('reports a failed write and keeps going', async () => {
    const clock = new ManualClock();
    const errors: unknown[] = [];
    const writer = createHealthWriter({
      save: async () => {
        throw new Error('database is locked');
      },
      clock,
      timers: clock,
      onError: (e) => errors.push(e),
    });
    writer.report('a', health());
    await writer.flush();
    expect(errors).toHaveLength(1);
  });
});

describe('mergeHealth', () => {
  it('fills what a freshly started runner does not know from the stored health', () => {
    const stored = health({
      state: 'failing',
      lastSuccessAt: '2026-03-01T08:00:00.000Z',
      lastErrorAt: '2026-03-01T09:00:00.000Z',
      lastError: 'HTTP 503',
      statusIndicator: 'minor',
      statusDescription: 'Partial outage',
    });
    expect(mergeHealth(health(), stored)).toEqual({ ...stored, state: 'ok', consecutiveFailures: 0 });
    const live = health({ lastSuccessAt: '2026-03-01T10:00:00.000Z', statusIndicator: 'none' });
    expect(mergeHealth(live, stored)).toMatchObject({
      lastSuccessAt: '2026-03-01T10:00:00.000Z',
      statusIndicator: 'none',
      statusDescription: null,
    });
    expect(mergeHealth(null, stored)).toBe(stored);
    expect(mergeHealth(null, null)).toBeNull();
  });
});

describe('statusPagesByBrand', () => {
  const page = (
    id: string,
    brand: string,
    indicator: SourceHealth['statusIndicator'],
    enabled = true,
  ): SourceView => ({
    id,
    kind: 'statuspage',
    url: 'https://status.example',
    query: null,
    brand,
    pollIntervalSec: null,
    enabled,
    hasCredentials: false,
    createdAt: '2026-03-01T08:00:00.000Z',
    updatedAt: '2026-03-01T08:00:00.000Z',
    health: health({ statusIndicator: indicator, statusDescription: `${indicator}`, lastSuccessAt: 'x' }),
  });

  it('gives each brand its most severe enabled page, and nothing for brands without one', () => {
    const pages = statusPagesByBrand([
      page('a1', 'acme', 'none'),
      page('a2', 'acme', 'major'),
      page('a3', 'acme', 'critical', false),
      page('g1', 'globex', 'unknown'),
      page('h1', 'hooli', null),
      { ...page('r1', 'initech', 'critical'), kind: 'rss' },
    ]);
    expect(Object.fromEntries(pages)).toEqual({
      acme: { indicator: 'major', description: 'major', updatedAt: 'x' },
      globex: { indicator: 'unknown', description: 'unknown', updatedAt: 'x' },
    });
  });
});

describe('deriveSourceId', () => {
  it('is readable, valid and unique', () => {
    const taken = new Set(['rss-status-example-com']);
    const has = (id: string) => taken.has(id);
    expect(
      deriveSourceId({ kind: 'rss', url: 'https://www.status.example.com/feed', query: null }, has),
    ).toBe('rss-status-example-com-2');
    expect(deriveSourceId({ kind: 'mastodon', url: 'https://mastodon.social', query: '#Acme' }, has)).toBe(
      'mastodon-mastodon-social-acme',
    );
    expect(deriveSourceId({ kind: 'rss', url: 'not a url', query: null }, has)).toBe('rss');
    const long = deriveSourceId({ kind: 'rss', url: `https://${'a'.repeat(80)}.example`, query: null }, has);
    expect(long.length).toBeLessThanOrEqual(64);
    expect(long).toMatch(/^[a-z0-9][a-z0-9-]*[a-z0-9]$/);
  });
});
