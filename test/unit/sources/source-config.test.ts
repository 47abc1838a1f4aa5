import { describe, expect, it } from 'vitest';
import {
  PublicSourceConfigSchema,
  pollIntervalSec,
  SourceConfigSchema,
  SourceHealthSchema,
  SourcePatchSchema,
  toPublicSource,
} from '../../../shared/source';
import { keywordMatcher } from '../../../server/feeds/sources/keywords';

const issues = (input: unknown) => {
  const r = SourceConfigSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('source config schema', () => {
  it('fills defaults and accepts each kind with what it needs', () => {
    const rss = SourceConfigSchema.parse({ id: 'news', kind: 'rss', url: 'https://news.example.com/feed' });
    expect(rss).toEqual({
      id: 'news',
      kind: 'rss',
      url: 'https://news.example.com/feed',
      query: null,
      brand: null,
      pollIntervalSec: null,
      credentials: null,
      enabled: true,
    });
    expect(pollIntervalSec(rss)).toBe(300);
    expect(issues({ id: 'm', kind: 'mastodon', url: 'https://m.example', query: '#outage' })).toEqual([]);
    expect(issues({ id: 'm', kind: 'mastodon', url: 'https://m.example', query: '@acme@m.example' })).toEqual(
      [],
    );
    expect(
      issues({ id: 'j', kind: 'jetstream', url: 'wss://jetstream2.us-east.bsky.network/subscribe' }),
    ).toEqual([]);
    expect(
      issues({ id: 's', kind: 'statuspage', url: 'https://status.acme.example', brand: 'acme' }),
    ).toEqual([]);
  });

  it('rejects configs a source could not run with', () => {
    expect(issues({ id: 'x', kind: 'rss' })).toEqual(['url: a rss source needs a url']);
    expect(issues({ id: 'x', kind: 'rss', url: 'file:///etc/passwd' })).toEqual([
      'url: must use http: or https:',
    ]);
    expect(issues({ id: 'x', kind: 'jetstream', url: 'https://js.example' })).toEqual([
      'url: must use ws: or wss:',
    ]);
    expect(issues({ id: 'x', kind: 'mastodon', url: 'https://m.example', query: 'outage' })[0]).toMatch(
      /^query/,
    );
    expect(issues({ id: 'x', kind: 'statuspage', url: 'https://s.example' })[0]).toMatch(/^brand/);
    expect(issues({ id: 'Bad Id', kind: 'rss', url: 'https://x.example' })[0]).toMatch(/^id/);
    expect(issues({ id: 'x', kind: 'rss', url: 'https://x.example', pollIntervalSec: 1 })[0]).toMatch(
      /^pollIntervalSec/,
    );
  });

  it('never exposes credentials in the public shape', () => {
    const stored = SourceConfigSchema.parse({
      id: 'm',
      kind: 'mastodon',
      url: 'https://m.example',
      query: '#acme',
      credentials: { accessToken: 'secret-token' },
    });
    const pub = toPublicSource(stored);
    expect(JSON.stringify(pub)).not.toContain('secret-token');
    expect(pub.hasCredentials).toBe(true);
    expect(PublicSourceConfigSchema.parse({ ...stored, hasCredentials: true })).not.toHaveProperty(
      'credentials',
    );
    expect(toPublicSource({ ...stored, credentials: null }).hasCredentials).toBe(false);
  });

  it('patches without defaults, so omitted fields stay as stored', () => {
    expect(SourcePatchSchema.parse({ enabled: false })).toEqual({ enabled: false });
    expect(SourcePatchSchema.parse({ credentials: null })).toEqual({ credentials: null });
  });

  it('describes health on the wire', () => {
    expect(
      SourceHealthSchema.safeParse({
        state: 'failing',
        lastSuccessAt: null,
        lastErrorAt: '2026-03-02T08:00:00.000Z',
        lastError: 'HTTP 500 from x',
        consecutiveFailures: 3,
        postsLastHour: 0,
        lagSec: null,
        nextAttemptAt: null,
        statusIndicator: 'major',
        statusDescription: 'Partial System Outage',
      }).success,
    ).toBe(true);
  });
});

describe('keywordMatcher', () => {
  it('matches whole words case-insensitively and nothing without keywords', () => {
    const m = keywordMatcher('acme bank, globex');
    expect(m('ACME Bank is down')).toBe(true);
    expect(m('globex!')).toBe(true);
    expect(m('globexcorp')).toBe(false);
    expect(m('acme banking')).toBe(false);
    expect(keywordMatcher(null)('anything')).toBe(false);
    expect(keywordMatcher('c++')('I love c++ today')).toBe(true);
  });
});
