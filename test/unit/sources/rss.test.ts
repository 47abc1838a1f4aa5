import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostInputSchema } from '../../../shared/post';
import { FetchError } from '../../../server/feeds/safe-fetch';
import { rssAdapter } from '../../../server/feeds/sources/rss';
import { SourceError } from '../../../server/feeds/sources/types';
import { NOW, pollContext, source, testFetch } from '../../helpers/feed-context';
import { conditional, fixture, startFeedServer } from '../../helpers/feed-servers';
import type { FeedServer } from '../../helpers/feed-servers';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

const rss = (path: string, extra: Record<string, unknown> = {}) =>
  source({ kind: 'rss', url: server.url(path), ...extra });

describe('RSS 2.0', () => {
  it('turns items into valid posts: CDATA HTML to text, RFC 822 dates, guid ids, authors', async () => {
    server.route('/news.xml', {
      body: fixture('rss2-news.xml'),
      headers: { 'content-type': 'application/rss+xml' },
    });
    const result = await rssAdapter.poll(pollContext(rss('/news.xml', { brand: 'acme-bank' })));
    expect(result.skipped).toEqual([]);
    for (const post of result.posts) expect(PostInputSchema.safeParse(post).success).toBe(true);
    const [acme, globex, roundup] = result.posts;
    expect(acme).toMatchObject({
      id: 'https://news.example.com/?p=48213',
      source: `rss:${new URL(server.origin).host}`,
      author: 'Jane Reporter',
      createdAt: '2026-03-02T07:12:00.000Z',
      url: 'https://news.example.com/2026/03/02/acme-bank-app-down/',
      lang: 'en-US',
      brand: 'acme-bank',
    });
    expect(acme?.text).toBe(
      'Acme Bank app down for thousands & customers can’t log in\n\nCustomers of Acme Bank reported login failures this morning.\nThe bank said on X: “We’re aware & working on it.”\nOutage map',
    );
    expect(acme?.text).not.toMatch(/trackView|display: none|<|&amp;/);
    expect(globex).toMatchObject({ author: 'News Desk', createdAt: '2026-03-02T03:40:05.000Z' });
    expect(globex?.text).toContain('Card payments at Globex work again');
    // No guid: the id is a hash of link + title + date, the same on every poll.
    expect(roundup?.id).toMatch(/^h:[0-9a-f]{32}$/);
    expect(roundup).toMatchObject({
      author: 'Downtime Daily – Outage news',
      createdAt: '2026-02-28T01:00:00.000Z',
    });
    const again = await rssAdapter.poll(pollContext(rss('/news.xml')));
    expect(again.posts.map((p) => p.id)).toEqual(result.posts.map((p) => p.id));
  });

  it('derives Mastodon authors from item links in tag feeds', async () => {
    server.route('/tags/acmebank.rss', { body: fixture('mastodon-tag.rss') });
    const { posts } = await rssAdapter.poll(pollContext(rss('/tags/acmebank.rss')));
    expect(posts.map((p) => p.author)).toEqual(['alice@mastodon.example', 'bob@other.example']);
    expect(posts[0]?.text).toBe('Is #acmebank down again? Card declined twice.');
    expect(posts[0]?.id).toBe('https://mastodon.example/@alice/113922334455667788');
  });

  it('decodes ISO-8859-1 feeds, declared or not', async () => {
    server.route('/latin1.xml', {
      body: fixture('latin1-declared.xml'),
      headers: { 'content-type': 'text/xml' },
    });
    server.route('/latin1-bare.xml', {
      body: fixture('latin1-undeclared.xml'),
      headers: { 'content-type': 'application/xml; charset=utf-8' },
    });
    for (const path of ['/latin1.xml', '/latin1-bare.xml']) {
      const { posts } = await rssAdapter.poll(pollContext(rss(path)));
      expect(posts[0]?.text).toBe(
        "Problème de connexion à l'appli\n\nL'application refuse mon code à chaque fois. Ça ne marche pas depuis ce matin.",
      );
      expect(posts[0]).toMatchObject({
        lang: 'fr',
        createdAt: '2026-03-02T08:00:00.000Z',
        author: 'Forum Crédit Acme',
      });
    }
  });
});

describe('Atom and JSON Feed', () => {
  it('parses a Reddit Atom feed: escaped HTML, xhtml content, authors, links', async () => {
    server.route('/r/AcmeBank.rss', {
      body: fixture('atom-reddit.xml'),
      headers: { 'content-type': 'application/atom+xml' },
    });
    const { posts } = await rssAdapter.poll(pollContext(rss('/r/AcmeBank.rss')));
    expect(posts).toHaveLength(2);
    expect(posts[0]).toMatchObject({
      id: 't3_1j1abcd',
      author: '/u/frustrated_customer',
      createdAt: '2026-03-02T08:29:50.000Z',
      url: 'https://www.reddit.com/r/AcmeBank/comments/1j1abcd/is_the_app_down/',
    });
    expect(posts[0]?.text).toBe(
      'Is the app down?\n\nIs the app down for anyone else? Keeps saying "session expired" & kicks me out.\nsubmitted by /u/frustrated_customer',
    );
    expect(posts[1]?.text).toBe(
      "Megathread & status\n\nMegathread for today's outage.\nPlease keep it civil.",
    );
    expect(posts[1]?.createdAt).toBe('2026-03-02T08:31:00.000Z');
  });

  it('parses JSON Feed 1.1 and reports invalid items without dropping the rest', async () => {
    server.route('/feed.json', {
      body: fixture('jsonfeed-1.1.json'),
      headers: { 'content-type': 'application/feed+json' },
    });
    const result = await rssAdapter.poll(pollContext(rss('/feed.json')));
    expect(result.posts).toHaveLength(2);
    expect(result.posts[0]).toMatchObject({
      id: 'https://forum.example.org/t/4711',
      author: 'kundin42',
      lang: 'de-DE',
      createdAt: '2026-03-02T07:05:00.000Z',
    });
    expect(result.posts[0]?.text).toBe(
      'Acme Bank Überweisung hängt\n\nSeit 8 Uhr hängt jede Überweisung — niemand antwortet.',
    );
    expect(result.posts[1]).toMatchObject({
      id: '4712',
      author: 'Forum',
      lang: 'de',
      text: 'Bei mir geht es wieder.',
    });
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped?.[0]?.reason).toMatch(/^item 2:/);
  });
});

describe('conditional requests', () => {
  it('sends the ETag and Last-Modified back and treats 304 as "nothing new"', async () => {
    const lastModified = 'Mon, 02 Mar 2026 09:15:00 GMT';
    server.route('/cond.xml', conditional(fixture('rss2-news.xml'), '"abc123"', lastModified));
    const first = await rssAdapter.poll(pollContext(rss('/cond.xml')));
    expect(first.posts).toHaveLength(3);
    expect(first.cursor).toMatchObject({ 'feed.etag': '"abc123"', 'feed.modified': lastModified });
    const second = await rssAdapter.poll(pollContext(rss('/cond.xml'), first.cursor));
    expect(second.posts).toEqual([]);
    expect(second.cursor).toEqual(first.cursor);
    const [r1, r2] = server.hits('/cond.xml');
    expect(r1?.headers['if-none-match']).toBeUndefined();
    expect(r2?.headers['if-none-match']).toBe('"abc123"');
    expect(r2?.headers['if-modified-since']).toBe(lastModified);
  });
});

describe('broken feeds', () => {
  const pollError = async (path: string, fetch = testFetch()) => {
    try {
      await rssAdapter.poll(pollContext(rss(path), {}, fetch));
    } catch (err) {
      return err;
    }
    throw new Error('expected poll to fail');
  };

  it('rejects truncated and invalid XML instead of returning half a feed', async () => {
    const xml = fixture('rss2-news.xml').toString('utf8');
    server.route('/truncated.xml', { body: xml.slice(0, xml.indexOf('</item>') + 3) });
    server.route('/garbage.xml', { body: '<rss><channel><item><title>a & b</title></item></channel></rss>' });
    server.route('/html', {
      body: '<!doctype html><html><body>Login</body></html>',
      headers: { 'content-type': 'text/html' },
    });
    expect(await pollError('/truncated.xml')).toBeInstanceOf(SourceError);
    expect(String(await pollError('/garbage.xml'))).toMatch(/not well-formed/);
    expect(String(await pollError('/html'))).toMatch(/well-formed|not an RSS or Atom feed/);
  });

  it('rejects truncated JSON and JSON that is not a feed', async () => {
    server.route('/cut.json', {
      body: fixture('jsonfeed-1.1.json').subarray(0, 200),
      headers: { 'content-type': 'application/json' },
    });
    server.route('/other.json', {
      body: '{"hello":"world"}',
      headers: { 'content-type': 'application/json' },
    });
    expect(String(await pollError('/cut.json'))).toMatch(/not valid JSON/);
    expect(String(await pollError('/other.json'))).toMatch(/not a JSON Feed/);
  });

  it('turns HTTP errors into SourceErrors carrying status and Retry-After', async () => {
    server.route('/500.xml', { status: 500, body: 'oops' });
    server.route('/429.xml', { status: 429, headers: { 'retry-after': '90' } });
    server.route('/503.xml', {
      status: 503,
      headers: { 'retry-after': new Date(NOW + 30_000).toUTCString() },
    });
    expect(await pollError('/500.xml')).toMatchObject({ details: { status: 500 } });
    expect(await pollError('/429.xml')).toMatchObject({ details: { status: 429, retryAfterMs: 90_000 } });
    expect(await pollError('/503.xml')).toMatchObject({ details: { status: 503, retryAfterMs: 30_000 } });
  });

  it('fails on oversized and slow feeds through the safe fetch limits', async () => {
    server.route('/huge.xml', {
      body: `<rss><channel>${'<item><title>x</title></item>'.repeat(2_000)}</channel></rss>`,
    });
    server.route('/slow.xml', { delayMs: 1_000, body: fixture('rss2-news.xml') });
    expect(await pollError('/huge.xml', testFetch({ maxBytes: 10_000 }))).toMatchObject({
      kind: 'too_large',
    });
    expect(await pollError('/slow.xml', testFetch({ timeoutMs: 100 }))).toBeInstanceOf(FetchError);
  });

  it('fails when every entry is unusable rather than reporting an empty success', async () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'x',
      items: [{ title: 'no id' }, { id: {} }],
    };
    server.route('/bad-items.json', {
      body: JSON.stringify(feed),
      headers: { 'content-type': 'application/feed+json' },
    });
    expect(String(await pollError('/bad-items.json'))).toMatch(/none of the 2 feed entries was usable/);
  });
});
