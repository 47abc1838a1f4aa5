import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMastodonAdapter } from '../../../server/feeds/sources/mastodon-stream';
import { readSse } from '../../../server/feeds/sources/sse';
import { source, streamContext } from '../../helpers/feed-context';
import { fixtureText, startFeedServer } from '../../helpers/feed-servers';
import type { FeedServer } from '../../helpers/feed-servers';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

type Json = Record<string, unknown>;
const page1 = JSON.parse(fixtureText('mastodon-tag-page1.json')) as Json[];
const newer = JSON.parse(fixtureText('mastodon-tag-newer.json')) as Json[];
const sse = (event: string, data: unknown) =>
  `event: ${event}\ndata: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`;

describe('Mastodon adapter choice', () => {
  const make = createMastodonAdapter();
  it('streams only with a token and a streamable timeline', () => {
    const base = { kind: 'mastodon' as const, url: 'https://m.example' };
    expect(make(source({ ...base, query: '#acme' })).mode).toBe('poll');
    expect(make(source({ ...base, query: '#acme', credentials: { accessToken: 'x' } })).mode).toBe('stream');
    expect(make(source({ ...base, query: 'local', credentials: { accessToken: 'x' } })).mode).toBe('stream');
    expect(make(source({ ...base, query: '@acme', credentials: { accessToken: 'x' } })).mode).toBe('poll');
  });
});

describe('Mastodon streaming', () => {
  it('catches up over REST, then follows update events (heartbeats and deletes ignored)', async () => {
    const [n1, n2] = newer;
    server.route('/api/v1/timelines/tag/acmebank', { body: JSON.stringify(page1) });
    server.route('/api/v1/streaming/hashtag', {
      headers: { 'content-type': 'text/event-stream' },
      chunks: [
        { data: ':)\n\n' },
        { data: sse('update', n1).slice(0, 40) },
        { data: sse('update', n1).slice(40) },
        { data: ':thump\n\n' },
        { data: sse('delete', '113922334455667500') },
        { data: 'event: update\r\ndata: {not json\r\n\r\n' },
        { data: sse('update', n2) },
      ],
      keepOpen: true,
    });
    const config = source({
      kind: 'mastodon',
      url: server.origin,
      query: '#acmebank',
      credentials: { accessToken: 'sekret' },
    });
    const adapter = createMastodonAdapter()(config);
    if (adapter.mode !== 'stream') throw new Error('expected a streaming adapter');
    const h = streamContext(config, { cursor: { minId: '113922334455667000' } });
    const running = adapter.stream(h.ctx);
    await h.batches.waitFor((b) => b.posts.some((p) => p.id === n2?.id));

    const catchUp = server.hits('/api/v1/timelines/tag/acmebank')[0];
    expect(catchUp?.url.searchParams.get('min_id')).toBe('113922334455667000');
    expect(catchUp?.headers.authorization).toBe('Bearer sekret');
    const stream = server.hits('/api/v1/streaming/hashtag')[0];
    expect(stream?.url.searchParams.get('tag')).toBe('acmebank');
    expect(stream?.headers.authorization).toBe('Bearer sekret');
    expect(stream?.headers.accept).toBe('text/event-stream');
    expect(h.opens()).toBe(1);

    const [catchUpBatch, ...live] = h.batches.items;
    expect(catchUpBatch?.posts).toHaveLength(4);
    expect(live.flatMap((b) => b.posts.map((p) => p.id))).toEqual([n1?.id, n2?.id]);
    expect(live.some((b) => b.skipped?.[0]?.reason === 'stream update is not JSON')).toBe(true);
    expect(h.batches.items.at(-1)?.cursor.minId).toBe(n1?.id);

    h.abort.abort();
    await expect(running).rejects.toMatchObject({ kind: 'aborted' });
  });

  it('rejects when the stream endpoint fails, so the runner can back off', async () => {
    server.route('/api/v1/timelines/public', { body: '[]' });
    server.route('/api/v1/streaming/public/local', { status: 401, body: '{"error":"invalid token"}' });
    const config = source({
      kind: 'mastodon',
      url: server.origin,
      query: 'local',
      credentials: { accessToken: 'bad' },
    });
    const adapter = createMastodonAdapter()(config);
    if (adapter.mode !== 'stream') throw new Error('expected a streaming adapter');
    await expect(adapter.stream(streamContext(config).ctx)).rejects.toMatchObject({
      details: { status: 401 },
    });
  });

  it('treats a silent stream as dead after the idle timeout', async () => {
    server.route('/api/v1/timelines/tag/quiet', { body: '[]' });
    server.route('/api/v1/streaming/hashtag', { chunks: [{ data: ':)\n\n' }], keepOpen: true });
    const config = source({
      kind: 'mastodon',
      url: server.origin,
      query: '#quiet',
      credentials: { accessToken: 't' },
    });
    const adapter = createMastodonAdapter({ idleTimeoutMs: 150 })(config);
    if (adapter.mode !== 'stream') throw new Error('expected a streaming adapter');
    await expect(adapter.stream(streamContext(config).ctx)).rejects.toMatchObject({ kind: 'timeout' });
  });
});

describe('readSse', () => {
  const streamOf = (...chunks: string[]) =>
    new ReadableStream<Uint8Array>({
      start(c) {
        for (const chunk of chunks) c.enqueue(new TextEncoder().encode(chunk));
        c.close();
      },
    });

  it('handles CRLF split across chunks, multi-line data and missing event names', async () => {
    const events = [];
    for await (const e of readSse(
      streamOf(
        'data: a\r',
        '\ndata: b\r\n\r\n',
        'id: 7\nevent: x\ndata:c\n\n',
        'data: tail-without-blank-line',
      ),
    )) {
      events.push(e);
    }
    expect(events).toEqual([
      { event: 'message', data: 'a\nb', id: null },
      { event: 'x', data: 'c', id: '7' },
    ]);
  });

  it('refuses an endless event', async () => {
    const run = async () => {
      for await (const _ of readSse(
        streamOf(`data: ${'x'.repeat(200)}\n`, `data: ${'x'.repeat(200)}\n`),
        300,
      )) {
        // drain
      }
    };
    await expect(run()).rejects.toThrow(/larger than 300/);
  });
});
