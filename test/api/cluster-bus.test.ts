import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IngestResultSchema } from '../../shared/post';
import { NORTHWIND, TOKEN, type TestApp, createTestApp } from '../helpers/app';
import { type Listening, call, inProcess, listen } from '../helpers/http';
import { runLive } from '../helpers/incident-run';
import { HOUR, MINUTE, outagePosts } from '../helpers/outage';
import { type SseClient, openSse } from '../helpers/sse';
import { TEST_DATABASE_URL } from '../helpers/store-targets';

const S = Date.parse('2026-03-02T00:00:00.000Z');
/** The bound for an event to reach another instance's dashboards. */
const ACROSS_INSTANCES_MS = 2_000;

let schema: string;
let a: TestApp;
let b: TestApp;
const open: { close(): unknown }[] = [];

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** B's dashboard: an SSE stream on a real port. */
async function streamOf(t: TestApp): Promise<SseClient> {
  const server: Listening = await listen(t.app);
  const sse = await openSse(`${server.url}/api/v1/stream`);
  open.push(sse, server);
  await sse.next('hello');
  return sse;
}

beforeEach(async () => {
  schema = `outcry_bus_${process.pid}_${Date.now().toString(36)}`;
  await admin(`CREATE SCHEMA ${schema}`);
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  // Two instances of one deployment: same database, same (test) clock; A starts first and leads.
  a = await createTestApp({ env: { OUTCRY_DATABASE_URL: url.toString() }, now: S });
  b = await createTestApp({ env: { OUTCRY_DATABASE_URL: url.toString() }, clock: a.clock });
});
afterEach(async () => {
  for (const o of open.splice(0)) await o.close();
  await b.close();
  await a.close();
  await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
});

describe('several instances on one PostgreSQL database share one bus', () => {
  it('a brand created on A matches posts ingested on B at once', async () => {
    const created = await call(inProcess(a.app), 'POST', '/api/v1/brands', { token: TOKEN, json: NORTHWIND });
    expect(created.status, created.text).toBe(201);
    const res = await call(inProcess(b.app), 'POST', '/api/v1/posts', {
      token: TOKEN,
      json: [
        {
          source: 'test',
          id: 'p1',
          author: 'ann',
          text: 'Northwind app down',
          createdAt: new Date(S - MINUTE).toISOString(),
        },
      ],
    });
    expect(res.status, res.text).toBe(200);
    expect(IngestResultSchema.parse(res.body)).toMatchObject({ accepted: 1, unmatched: 0 });
    const renamed = await call(inProcess(a.app), 'PATCH', '/api/v1/brands/northwind', {
      token: TOKEN,
      json: { keywords: ['Nordwind'] },
    });
    expect(renamed.status, renamed.text).toBe(200);
    const after = await b.pipeline.ingest([
      {
        source: 'test',
        id: 'p2',
        author: 'bob',
        text: 'Northwind app down',
        createdAt: new Date(S - MINUTE).toISOString(),
      },
      {
        source: 'test',
        id: 'p3',
        author: 'cy',
        text: 'Nordwind app down',
        createdAt: new Date(S - MINUTE).toISOString(),
      },
    ]);
    expect(after).toMatchObject({ accepted: 2, unmatched: 1 });
  });

  it("a post ingested on A is on B's stream", async () => {
    await a.runtime.services.brands.create(NORTHWIND);
    const stream = await streamOf(b);
    await a.pipeline.ingest([
      {
        source: 'test',
        id: 'p1',
        author: 'ann',
        text: 'Northwind login down',
        createdAt: new Date(S - MINUTE).toISOString(),
      },
    ]);
    const post = JSON.parse((await stream.next('post', ACROSS_INSTANCES_MS)).data);
    expect(post).toMatchObject({ id: 'p1', brands: ['northwind'] });
    const bucket = JSON.parse((await stream.next('bucket', ACROSS_INSTANCES_MS)).data);
    expect(bucket).toMatchObject({ brand: 'northwind', posts: 1 });
  });

  it("an incident opened by the leader reaches a follower's dashboard", async () => {
    expect(a.runtime.leadership.role()).toBe('leader');
    expect(b.runtime.leadership.role()).toBe('follower');
    await a.runtime.services.brands.create(NORTHWIND);
    const stream = await streamOf(b);
    const outage = {
      from: S + 6 * HOUR,
      minutes: 30,
      perMinute: 40,
      text: 'Northwind login down [complaint] [neg]',
    };
    const posts = outagePosts(S, 7 * 60, [outage]);
    // Through the bus, B's stream also carries every post and bucket event meanwhile.
    const opened = async () => (await a.store.listIncidents({ limit: 1 })).length > 0;
    await runLive(a, a.engine, posts, { from: S, to: S + 7 * HOUR, stepMs: 10 * MINUTE }, opened);
    expect(await opened()).toBe(true);
    const event = JSON.parse((await stream.next('incident', ACROSS_INSTANCES_MS)).data);
    expect(event).toMatchObject({ kind: 'open', incident: { brand: 'northwind' } });
    // The follower's engine never ran: the event came from the leader.
    expect(await b.store.listIncidents({ limit: 5 })).toHaveLength(1);
  });
});
