import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactCredentials } from '../../shared/redact';
import { NORTHWIND, TOKEN, type TestApp, createTestApp } from '../helpers/app';
import { type Send, call, expectError, inProcess } from '../helpers/http';

let t: TestApp;
let send: Send;
beforeAll(async () => {
  t = await createTestApp({ brands: [NORTHWIND] });
  send = inProcess(t.app);
});
afterAll(() => t.close());

const SECRET = 's3cr3t-Pa55';
const FEED = `https://reader:${SECRET}@feeds.example/rss.xml`;

describe('credentials written into a URL are never shown', () => {
  it('redacts the user info in GET /sources, /sources/:id and /sources/export, for anyone', async () => {
    const created = await call(send, 'POST', '/api/v1/sources', {
      token: TOKEN,
      json: { id: 'private-feed', kind: 'rss', url: FEED, brand: 'northwind', enabled: false },
    });
    expect(created.status, created.text).toBe(201);
    expect(created.text).not.toContain(SECRET);
    for (const path of ['/api/v1/sources', '/api/v1/sources/private-feed', '/api/v1/sources/export']) {
      const res = await call(send, 'GET', path);
      expect(res.status, path).toBe(200);
      expect(res.text, path).not.toContain(SECRET);
      expect(res.text, path).not.toContain('reader');
      expect(res.text, path).toContain('https://***@feeds.example/rss.xml');
    }
    const one = await call(send, 'GET', '/api/v1/sources/private-feed');
    expect(one.body).toMatchObject({ hasCredentials: true });
  });

  it('keeps the stored password when a client sends back the URL it was shown', async () => {
    const shown = 'https://***@feeds.example/rss.xml';
    const res = await call(send, 'PATCH', '/api/v1/sources/private-feed', {
      token: TOKEN,
      json: { url: shown, pollIntervalSec: 600 },
    });
    expect(res.status, res.text).toBe(200);
    expect((await t.runtime.sources.config('private-feed'))?.url).toBe(FEED);
    const moved = 'https://feeds.example/other.xml';
    await call(send, 'PATCH', '/api/v1/sources/private-feed', { token: TOKEN, json: { url: moved } });
    expect((await t.runtime.sources.config('private-feed'))?.url).toBe(moved);
  });

  it('refuses a webhook URL with a user name or password (it could never be sent)', async () => {
    const err = expectError(
      await call(send, 'POST', '/api/v1/webhooks', {
        token: TOKEN,
        json: { url: `https://bot:${SECRET}@hooks.example/x` },
      }),
      400,
      'validation_failed',
    );
    expect(err.message).toContain('url');
    expect(JSON.stringify(err)).not.toContain(SECRET);
  });

  it.each([
    ['https://user:pw@host/feed', 'https://***@host/feed'],
    ['wss://token@jetstream.example/subscribe', 'wss://***@jetstream.example/subscribe'],
    [
      'fetch of http://a:b@x.example/ failed; retry postgres://u:p@db/app',
      'fetch of http://***@x.example/ failed; retry postgres://***@db/app',
    ],
    ['https://host/feed?next=a@b', 'https://host/feed?next=a@b'],
    ['mail me at ann@example.com', 'mail me at ann@example.com'],
  ])('redactCredentials(%s)', (text, shown) => {
    expect(redactCredentials(text)).toBe(shown);
  });
});
