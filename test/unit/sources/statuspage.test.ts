import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PostInputSchema } from '../../../shared/post';
import { pageRoot, statuspageAdapter } from '../../../server/feeds/sources/statuspage';
import { pollContext, source } from '../../helpers/feed-context';
import { conditional, fixture, startFeedServer } from '../../helpers/feed-servers';
import type { FeedServer } from '../../helpers/feed-servers';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

const page = (path = '') => source({ kind: 'statuspage', url: server.url(path), brand: 'acme-bank' });
const SUMMARY = '/api/v2/summary.json';
const INCIDENTS = '/api/v2/incidents.json';

describe('Statuspage', () => {
  it('makes every incident update an official post of the brand, threaded in order', async () => {
    server.route(SUMMARY, { body: fixture('statuspage-summary.json') });
    server.route(INCIDENTS, { body: fixture('statuspage-incidents.json') });
    const result = await statuspageAdapter.poll(pollContext(page()));
    for (const p of result.posts) expect(PostInputSchema.safeParse(p).success).toBe(true);
    const host = new URL(server.origin).host;
    expect(result.posts.map((p) => p.id).sort()).toEqual(['h0qy6bbz9rxz', 'i1', 'k2vj3b0c4cbz', 'm1', 'r1']);
    const byId = new Map(result.posts.map((p) => [p.id, p]));
    expect(byId.get('h0qy6bbz9rxz')).toEqual({
      id: 'h0qy6bbz9rxz',
      source: `statuspage:${host}`,
      author: `statuspage:${host}`,
      brand: 'acme-bank',
      text: 'Login failures in the mobile app\n\nInvestigating: We are investigating reports of failed logins in the mobile app.',
      createdAt: '2026-03-02T08:20:11.000Z',
      url: 'https://stspg.io/abc123',
    });
    expect(byId.get('k2vj3b0c4cbz')).toMatchObject({
      replyTo: 'h0qy6bbz9rxz',
      createdAt: '2026-03-02T08:45:00.000Z',
      text: 'Login failures in the mobile app\n\nIdentified: We have identified the cause & are rolling out a fix.',
    });
    expect([byId.get('i1')?.replyTo, byId.get('m1')?.replyTo, byId.get('r1')?.replyTo]).toEqual([
      undefined,
      'i1',
      'm1',
    ]);
    expect(result.status).toEqual({ indicator: 'major', description: 'Partial System Outage' });
  });

  it('accepts the page root, /api/v2 or an endpoint URL as the configured url', () => {
    expect(pageRoot('https://status.acme.example')).toBe('https://status.acme.example');
    expect(pageRoot('https://status.acme.example/')).toBe('https://status.acme.example');
    expect(pageRoot('https://status.acme.example/api/v2/summary.json?x=1')).toBe(
      'https://status.acme.example',
    );
    expect(pageRoot('https://acme.example/status/api/v2')).toBe('https://acme.example/status');
  });

  it('uses conditional requests and keeps the last known indicator on 304', async () => {
    server.route(
      SUMMARY,
      conditional(fixture('statuspage-summary-green.json'), '"s1"', 'Mon, 02 Mar 2026 08:00:00 GMT'),
    );
    server.route(
      INCIDENTS,
      conditional(fixture('statuspage-incidents.json'), '"i1"', 'Mon, 02 Mar 2026 08:00:00 GMT'),
    );
    const first = await statuspageAdapter.poll(pollContext(page('/api/v2/summary.json')));
    expect(first.status).toEqual({ indicator: 'none', description: 'All Systems Operational' });
    const second = await statuspageAdapter.poll(pollContext(page(), first.cursor));
    expect(second.posts).toEqual([]);
    expect(second.status).toEqual({ indicator: 'none', description: 'All Systems Operational' });
    expect(server.hits(SUMMARY)[1]?.headers['if-none-match']).toBe('"s1"');
    expect(server.hits(INCIDENTS)[1]?.headers['if-none-match']).toBe('"i1"');
  });

  it('maps an indicator it does not know to unknown', async () => {
    const doc = JSON.parse(fixture('statuspage-summary.json').toString('utf8')) as {
      status: { indicator: string };
    };
    doc.status.indicator = 'purple';
    server.route(SUMMARY, { body: JSON.stringify(doc) });
    server.route(INCIDENTS, { body: '{"incidents":[]}' });
    expect((await statuspageAdapter.poll(pollContext(page()))).status?.indicator).toBe('unknown');
  });

  it('rejects documents that are not Statuspage JSON', async () => {
    server.route(SUMMARY, { body: '{"status":"ok"}' });
    await expect(statuspageAdapter.poll(pollContext(page()))).rejects.toThrow(
      /summary.json is not a Statuspage document/,
    );
    server.route(SUMMARY, { body: fixture('statuspage-summary.json').subarray(0, 300) });
    await expect(statuspageAdapter.poll(pollContext(page()))).rejects.toThrow(/not valid JSON/);
  });
});
