import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSafeFetch, FetchError } from '../../../server/feeds/safe-fetch';
import type { Resolver } from '../../../server/feeds/safe-fetch-policy';
import { startFeedServer } from '../../helpers/feed-servers';
import type { FeedServer } from '../../helpers/feed-servers';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

// Test host names resolve like real ones would: to loopback, or to places a source must never reach.
const resolver: Resolver = async (host) =>
  ({
    'feed.test': [{ address: '127.0.0.1', family: 4 }],
    'metadata.test': [{ address: '169.254.169.254', family: 4 }],
    'linklocal.test': [{ address: 'fe80::1', family: 6 }],
  })[host] ?? [];

const loopbackFetch = (opts: { timeoutMs?: number; maxBytes?: number } = {}) =>
  createSafeFetch({ policy: { allowPrivate: false, allowLoopback: true }, resolve: resolver, ...opts });

const failure = async (p: Promise<unknown>): Promise<FetchError> => {
  try {
    await p;
  } catch (err) {
    if (err instanceof FetchError) return err;
    throw err;
  }
  throw new Error('expected the fetch to fail');
};

describe('safe fetch policy', () => {
  it('refuses loopback by default and allows it when the policy says so', async () => {
    server.route('/ok', { body: 'hello', headers: { 'content-type': 'text/plain' } });
    const strict = createSafeFetch({
      policy: { allowPrivate: false, allowLoopback: false },
      resolve: resolver,
    });
    const err = await failure(strict(server.url('/ok')));
    expect(err.kind).toBe('blocked');
    expect(server.hits('/ok')).toHaveLength(0);
    const res = await loopbackFetch()(server.url('/ok'));
    expect(await res.text()).toBe('hello');
    expect(res.headers.get('content-type')).toBe('text/plain');
  });

  it('checks the resolved address of a host name, not just literal IPs', async () => {
    const port = new URL(server.origin).port;
    const res = await loopbackFetch()(`http://feed.test:${port}/ok`);
    expect(res.status).toBe(200);
    await res.body?.cancel();
    expect((await failure(loopbackFetch()(`http://metadata.test:${port}/ok`))).kind).toBe('blocked');
    expect((await failure(loopbackFetch()(`http://linklocal.test:${port}/ok`))).kind).toBe('blocked');
    expect((await failure(loopbackFetch()('http://metadata.google.internal/computeMetadata/v1/'))).kind).toBe(
      'blocked',
    );
  });

  it('only speaks http and https', async () => {
    expect((await failure(loopbackFetch()('file:///etc/passwd'))).kind).toBe('blocked');
    expect((await failure(loopbackFetch()('gopher://127.0.0.1/'))).kind).toBe('blocked');
  });

  it('re-checks every redirect hop and drops credentials when the origin changes', async () => {
    server.route('/to-metadata', {
      status: 302,
      headers: { location: 'http://169.254.169.254/latest/meta-data/' },
    });
    expect((await failure(loopbackFetch()(server.url('/to-metadata')))).kind).toBe('blocked');

    const port = new URL(server.origin).port;
    server.route('/hop', { status: 301, headers: { location: `http://feed.test:${port}/landing` } });
    server.route('/landing', { body: 'landed' });
    const res = await loopbackFetch()(server.url('/hop'), { headers: { authorization: 'Bearer secret' } });
    expect(await res.text()).toBe('landed');
    expect(server.hits('/hop')[0]?.headers.authorization).toBe('Bearer secret');
    expect(server.hits('/landing').at(-1)?.headers.authorization).toBeUndefined();
  });

  it('gives up after too many redirects', async () => {
    server.route('/loop', { status: 307, headers: { location: '/loop' } });
    expect((await failure(loopbackFetch()(server.url('/loop')))).message).toMatch(/redirects/);
    expect(server.hits('/loop')).toHaveLength(6);
  });
});

describe('safe fetch limits', () => {
  it('times out a server that never answers, and closes the connection', async () => {
    server.route('/hang', { hang: true });
    const started = Date.now();
    const err = await failure(loopbackFetch({ timeoutMs: 150 })(server.url('/hang')));
    expect(err.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('times out a body that trickles in too slowly (the deadline covers the body too)', async () => {
    server.route('/trickle', {
      chunks: [
        { data: '<rss>' },
        { data: '<channel>', delayMs: 400 },
        { data: '</channel></rss>', delayMs: 400 },
      ],
    });
    const res = await loopbackFetch({ timeoutMs: 200 })(server.url('/trickle'));
    await expect(res.text()).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('applies an idle timeout to long-lived streams', async () => {
    server.route('/stream', { chunks: [{ data: ':hello\n\n' }], keepOpen: true });
    const res = await loopbackFetch()(server.url('/stream'), { timeoutMs: null, idleTimeoutMs: 150 });
    await expect(res.text()).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('refuses a declared Content-Length over the limit without reading it', async () => {
    server.route('/big', { body: 'x'.repeat(5_000) });
    const err = await failure(loopbackFetch({ maxBytes: 1_000 })(server.url('/big')));
    expect(err.kind).toBe('too_large');
  });

  it('aborts a chunked body as soon as it passes the limit', async () => {
    const chunk = 'y'.repeat(600);
    server.route('/chunked-big', {
      chunks: [{ data: chunk }, { data: chunk }, { data: chunk, delayMs: 2_000 }],
    });
    const res = await loopbackFetch({ maxBytes: 1_000 })(server.url('/chunked-big'));
    const started = Date.now();
    await expect(res.arrayBuffer()).rejects.toMatchObject({ kind: 'too_large' });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('limits the decoded size, so a gzip bomb is stopped', async () => {
    const bomb = gzipSync(Buffer.alloc(5_000_000, 0x20));
    expect(bomb.length).toBeLessThan(10_000);
    server.route('/bomb', { body: bomb, headers: { 'content-encoding': 'gzip' } });
    const res = await loopbackFetch({ maxBytes: 100_000 })(server.url('/bomb'));
    await expect(res.arrayBuffer()).rejects.toMatchObject({ kind: 'too_large' });
  });

  it('decodes gzip bodies transparently', async () => {
    server.route('/gz', { body: gzipSync('<rss/>'), headers: { 'content-encoding': 'gzip' } });
    const res = await loopbackFetch()(server.url('/gz'));
    expect(await res.text()).toBe('<rss/>');
    expect(res.headers.get('content-encoding')).toBeNull();
  });

  it('reports a body cut off before its Content-Length as an error, not as a short document', async () => {
    server.route('/cut', { body: '<rss><channel><title>half', truncateAt: 10 });
    const res = await loopbackFetch()(server.url('/cut'));
    await expect(res.text()).rejects.toBeInstanceOf(FetchError);
  });

  it('passes 304 and error statuses through with their headers', async () => {
    server.route('/nm', { status: 304, headers: { etag: '"v1"' } });
    server.route('/limited', { status: 429, headers: { 'retry-after': '120' }, body: 'slow down' });
    const nm = await loopbackFetch()(server.url('/nm'));
    expect(nm.status).toBe(304);
    expect(nm.headers.get('etag')).toBe('"v1"');
    const limited = await loopbackFetch()(server.url('/limited'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('120');
  });

  it('stops when the caller aborts', async () => {
    server.route('/slow', { delayMs: 2_000, body: 'late' });
    const controller = new AbortController();
    const pending = loopbackFetch()(server.url('/slow'), { signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    expect((await failure(pending)).kind).toBe('aborted');
  });
});
