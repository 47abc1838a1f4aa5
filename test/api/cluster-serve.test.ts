import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HealthSchema } from '../../shared/overview';
import { type FeedServer, startFeedServer } from '../helpers/feed-servers';
import { type Send, call, expectError } from '../helpers/http';
import { ACME, ADMIN, type Started, postIds, rss, sourcesServers, until } from '../helpers/sources-api';
import { TEST_DATABASE_URL } from '../helpers/store-targets';

const servers = sourcesServers();
let feeds: FeedServer;
let schema: string;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeEach(async () => {
  feeds = await startFeedServer();
  schema = `outcry_cluster_${process.pid}_${Date.now().toString(36)}`;
  await admin(`CREATE SCHEMA ${schema}`);
});
afterEach(async () => {
  await servers.closeAll();
  await feeds.close();
  await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
});

/** One instance of a PostgreSQL deployment; the lease is re-checked every 100 ms to keep the test short. */
async function instance(): Promise<Started> {
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const started = await servers.startWith(
    {
      OUTCRY_DB: join(servers.tmp(), 'unused.db'),
      OUTCRY_DATABASE_URL: url.toString(),
      OUTCRY_CONFIG: servers.configFile({ brands: [ACME] }),
    },
    { leaseCheckMs: 100 },
  );
  return started;
}

const role = async (send: Send): Promise<string | undefined> =>
  HealthSchema.parse((await call(send, 'GET', '/api/health')).body).cluster?.role;

describe('several instances on one PostgreSQL database', () => {
  it('polls each feed from the leader only, picks up sources added through a standby, and fails over', async () => {
    feeds.route('/feed.xml', { body: rss([{ id: 'c1', text: 'Acme is down again' }]) });
    const leader = await instance();
    const first = leader.send;
    const second = (await instance()).send;
    expect(await role(first)).toBe('leader');
    expect(await role(second)).toBe('follower');

    const created = await call(second, 'POST', '/api/v1/sources', {
      token: ADMIN,
      json: { id: 'acme-feed', kind: 'rss', url: feeds.url('/feed.xml'), brand: 'acme' },
    });
    expect(created.status, created.text).toBe(201);
    expectError(
      await call(second, 'POST', '/api/v1/sources/acme-feed/poll', { token: ADMIN }),
      503,
      'unavailable',
    );

    // The leader re-reads the source list on its next lease check and polls the new feed.
    await until(async () => (await postIds(second, 'acme')).includes('c1'), 'the leader to poll the feed');

    // The leader goes away: its session ends, and the standby takes over on its next check.
    await servers.close(leader.server);
    await until(async () => (await role(second)) === 'leader', 'the standby to take the lead', 5_000);
    feeds.route('/feed.xml', { body: rss([{ id: 'c2', text: 'Acme still down' }]) });
    const polled = await call(second, 'POST', '/api/v1/sources/acme-feed/poll', { token: ADMIN });
    expect(polled.status, polled.text).toBe(202);
    await until(
      async () => (await postIds(second, 'acme')).includes('c2'),
      'the new leader to poll the feed',
    );
  });
});
