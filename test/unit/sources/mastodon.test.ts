import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PostInputSchema } from '../../../shared/post';
import { MAX_PAGES, PAGE_LIMIT, parseLinkHeader, pollMastodon } from '../../../server/feeds/sources/mastodon';
import { compareIds } from '../../../server/feeds/sources/mastodon-status';
import { NOW, pollContext, source } from '../../helpers/feed-context';
import { fixtureText, startFeedServer } from '../../helpers/feed-servers';
import type { FeedServer, RecordedRequest } from '../../helpers/feed-servers';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

type Json = Record<string, unknown>;
const page1 = JSON.parse(fixtureText('mastodon-tag-page1.json')) as Json[];
const newer = JSON.parse(fixtureText('mastodon-tag-newer.json')) as Json[];
const TAG = '/api/v1/timelines/tag/acmebank';
const host = () => new URL(server.origin).host;
const tagSource = (extra: Json = {}) =>
  source({ kind: 'mastodon', url: server.origin, query: '#acmebank', ...extra });

/** A run of synthetic statuses newer than `after`, newest first, shaped like the fixture ones. */
function statusesAfter(after: string, n: number): Json[] {
  const template = newer[0] ?? {};
  return Array.from({ length: n }, (_, i) => {
    const id = (BigInt(after) + BigInt(n - i)).toString();
    return { ...template, id, url: `https://mastodon.example/@bob/${id}`, content: `<p>post ${id}</p>` };
  }).sort((a, b) => compareIds(String(b.id), String(a.id)));
}

describe('Mastodon REST timelines', () => {
  it('maps statuses to posts: text, author@host, language, reply, reblog and spoiler', async () => {
    server.route(TAG, { body: JSON.stringify(page1), headers: { 'content-type': 'application/json' } });
    const result = await pollMastodon(pollContext(tagSource({ brand: 'acme-bank' })));
    expect(result.skipped).toEqual([]);
    for (const p of result.posts) expect(PostInputSchema.safeParse(p).success).toBe(true);
    const byId = new Map(result.posts.map((p) => [p.id, p]));
    expect(byId.get('113922334455667788')).toMatchObject({
      source: `mastodon:${host()}`,
      author: `alice@${host()}`,
      text: 'Is #acmebank down again? Card declined twice & app says "try later"\nDetails: https://status.acme.example/',
      createdAt: '2026-03-02T08:19:12.000Z',
      url: 'https://mastodon.example/@alice/113922334455667788',
      lang: 'en',
      shares: 3,
      brand: 'acme-bank',
    });
    expect(byId.get('113922334455667700')).toMatchObject({
      author: 'bob@other.example',
      replyTo: '113922334455667650',
      lang: 'en-GB',
    });
    // The reblog is ingested as the original status it amplifies.
    expect(byId.has('113922334455667600')).toBe(false);
    expect(byId.get('113922334455660001')).toMatchObject({ author: `acmebank@${host()}`, shares: 17 });
    expect(byId.get('113922334455667500')).toMatchObject({
      text: 'Bankfrust\n\nÜberweisung geht nicht #acmebank',
      lang: 'de',
    });
    // Paging follows the timeline's own ids (the reblog wrapper included), not the originals'.
    expect(result.cursor.minId).toBe('113922334455667788');
  });

  it('first poll takes only the newest page; later polls page forward with min_id and Link rel="prev"', async () => {
    const newest = '113922334455667788';
    const burst = statusesAfter(newest, PAGE_LIMIT);
    const burstTop = String(burst[0]?.id);
    server.route(TAG, (req: RecordedRequest) => {
      const minId = req.url.searchParams.get('min_id');
      const link = (min: string) =>
        `<${server.origin}${TAG}?max_id=1>; rel="next", <${server.origin}${TAG}?min_id=${min}&via=link>; rel="prev"`;
      if (!minId) return { body: JSON.stringify(page1), headers: { link: link(newest) } };
      if (minId === newest) return { body: JSON.stringify(burst), headers: { link: link(burstTop) } };
      if (minId === burstTop)
        return { body: JSON.stringify(newer.map((s, i) => ({ ...s, id: `${burstTop}${i}` }))) };
      return { body: '[]' };
    });
    const first = await pollMastodon(pollContext(tagSource()));
    expect(server.requests.map((r) => r.path)).toEqual([`${TAG}?limit=40`]);
    expect(first.cursor.minId).toBe(newest);

    const second = await pollMastodon(pollContext(tagSource(), first.cursor));
    expect(server.requests.slice(1).map((r) => r.path)).toEqual([
      `${TAG}?limit=40&min_id=${newest}`,
      `${TAG}?min_id=${burstTop}&via=link`,
    ]);
    expect(second.posts).toHaveLength(PAGE_LIMIT + 2);
    expect(second.cursor.minId).toBe(`${burstTop}1`);
  });

  it('never follows a Link header to another host, and stops after MAX_PAGES', async () => {
    let served = 0;
    server.route(TAG, (req) => {
      const min = req.url.searchParams.get('min_id') ?? '1000';
      served++;
      return {
        body: JSON.stringify(statusesAfter(min, PAGE_LIMIT)),
        headers: { link: `<https://evil.example${TAG}?min_id=9>; rel="prev"` },
      };
    });
    const result = await pollMastodon(pollContext(tagSource(), { minId: '1000' }));
    expect(served).toBe(MAX_PAGES);
    expect(server.requests.every((r) => r.url.searchParams.get('min_id') !== '9')).toBe(true);
    expect(result.posts).toHaveLength(MAX_PAGES * PAGE_LIMIT);
  });

  it('stops paging when X-RateLimit-Remaining runs out and asks to wait for the reset', async () => {
    const reset = '2026-03-02T10:05:00.000Z';
    server.route(TAG, {
      body: JSON.stringify(statusesAfter('5000', PAGE_LIMIT)),
      headers: { 'x-ratelimit-remaining': '1', 'x-ratelimit-reset': reset },
    });
    const result = await pollMastodon(pollContext(tagSource(), { minId: '5000' }));
    expect(server.requests).toHaveLength(1);
    expect(result.notBefore).toBe(Date.parse(reset));
  });

  it('turns 429 into a retry at X-RateLimit-Reset when there is no Retry-After', async () => {
    server.route(TAG, {
      status: 429,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': new Date(NOW + 45_000).toISOString() },
    });
    await expect(pollMastodon(pollContext(tagSource()))).rejects.toMatchObject({
      details: { status: 429, retryAfterMs: 45_000 },
    });
  });

  it('skips statuses that are not valid and keeps the rest', async () => {
    const broken = [{ id: 'not-a-number', content: 'x' }, ...newer];
    server.route(TAG, { body: JSON.stringify(broken) });
    const result = await pollMastodon(pollContext(tagSource()));
    expect(result.posts.map((p) => p.id)).toEqual(newer.map((s) => s.id));
    expect(result.skipped).toHaveLength(1);
  });

  it('looks an account up once, then polls its statuses with the cached id', async () => {
    server.route('/api/v1/accounts/lookup', { body: fixtureText('mastodon-account.json') });
    server.route('/api/v1/accounts/1003/statuses', { body: fixtureText('mastodon-account-statuses.json') });
    const config = source({
      kind: 'mastodon',
      url: server.origin,
      query: '@acmebank',
      credentials: { accessToken: 't0k' },
    });
    const first = await pollMastodon(pollContext(config));
    expect(first.posts[0]).toMatchObject({ author: `acmebank@${host()}`, replyTo: '113922334455660001' });
    expect(server.hits('/api/v1/accounts/lookup')[0]?.url.searchParams.get('acct')).toBe('acmebank');
    expect(server.hits('/api/v1/accounts/lookup')[0]?.headers.authorization).toBe('Bearer t0k');
    await pollMastodon(pollContext(config, first.cursor));
    expect(server.hits('/api/v1/accounts/lookup')).toHaveLength(1);
    expect(server.hits('/api/v1/accounts/1003/statuses')[1]?.url.searchParams.get('min_id')).toBe(
      '113922334455670001',
    );
  });

  it('parses Link headers with several rels and spacing variants', () => {
    expect(parseLinkHeader('<https://a/x?max_id=1>; rel="next", <https://a/x?min_id=2>;rel=prev')).toEqual({
      next: 'https://a/x?max_id=1',
      prev: 'https://a/x?min_id=2',
    });
    expect(parseLinkHeader(null)).toEqual({});
  });

  it('compares snowflake ids numerically even past 2^53', () => {
    expect(compareIds('999', '1000')).toBeLessThan(0);
    expect(compareIds('113922334455667789', '113922334455667788')).toBeGreaterThan(0);
  });
});
