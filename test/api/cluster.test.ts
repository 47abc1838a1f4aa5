import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { type Leadership, createLeadership } from '../../server/cluster/leadership';
import { type Lease, soleLease } from '../../server/cluster/lease';
import type { Scheduler } from '../../server/incidents/scheduler';
import { createAdvisoryLease } from '../../server/store/postgres/advisory-lease';
import { TEST_DATABASE_URL } from '../helpers/store-targets';

/** Checks run only when the test calls check(): no timers, no sleeps. */
const manual: Scheduler = { every: () => () => {}, after: () => () => {} };

let schemas = 0;
const freshSchema = (): string => `outcry_lease_${process.pid}_${Date.now().toString(36)}_${++schemas}`;

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Kills the session holding this schema's leader lock, as a crashed leader or a dropped network would. */
async function killHolder(schema: string): Promise<number> {
  return admin(async (client) => {
    const res = await client.query<{ killed: boolean }>(
      `SELECT pg_terminate_backend(pid, 1000) AS killed FROM pg_locks
        WHERE locktype = 'advisory' AND granted AND objsubid = 2
          AND classid = $1 AND objid = (hashtext($2)::int4)::oid`,
      [0x4f757463, schema],
    );
    return res.rows.filter((r) => r.killed).length;
  });
}

type Instance = { leadership: Leadership; lease: Lease; events: string[] };
const started: Instance[] = [];
const cleanups: string[] = [];

async function instance(lease: Lease): Promise<Instance> {
  const events: string[] = [];
  const leadership = createLeadership({
    lease,
    scheduler: manual,
    lead: async () => void events.push('lead'),
    follow: async () => void events.push('follow'),
    refresh: async () => void events.push('refresh'),
  });
  const inst = { leadership, lease, events };
  started.push(inst);
  await leadership.start();
  return inst;
}

async function postgresPair(): Promise<{ schema: string; a: Instance; b: Instance }> {
  const schema = freshSchema();
  cleanups.push(schema);
  await admin((c) => c.query(`CREATE SCHEMA ${schema}`));
  const a = await instance(createAdvisoryLease({ url: TEST_DATABASE_URL, schema }));
  const b = await instance(createAdvisoryLease({ url: TEST_DATABASE_URL, schema }));
  return { schema, a, b };
}

afterEach(async () => {
  for (const inst of started.splice(0)) await inst.leadership.stop();
  for (const schema of cleanups.splice(0))
    await admin((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
});

describe('leader lease on PostgreSQL', () => {
  it('makes exactly one of two instances the leader; the other stands by', async () => {
    const { a, b } = await postgresPair();
    expect(a.leadership.role()).toBe('leader');
    expect(b.leadership.role()).toBe('follower');
    await a.leadership.check();
    await b.leadership.check();
    expect(a.leadership.role()).toBe('leader');
    expect(b.leadership.role()).toBe('follower');
    expect(a.events).toEqual(['lead', 'refresh']);
    expect(b.events).toEqual([]);
  });

  it('hands over when the leader’s connection dies: the standby leads on its next check', async () => {
    const { schema, a, b } = await postgresPair();
    expect(await killHolder(schema)).toBe(1);
    await b.leadership.check();
    expect(b.leadership.role()).toBe('leader');
    expect(b.events).toEqual(['lead']);
    // The old leader notices on its own next check and stops its work rather than running beside b.
    await a.leadership.check();
    expect(a.leadership.role()).toBe('follower');
    expect(a.events).toEqual(['lead', 'follow']);
    await a.leadership.check();
    expect(a.leadership.role()).toBe('follower');
  });

  it('hands over when the leader shuts down cleanly', async () => {
    const { a, b } = await postgresPair();
    await a.leadership.stop();
    expect(a.events).toEqual(['lead', 'follow']);
    await b.leadership.check();
    expect(b.leadership.role()).toBe('leader');
  });

  it('keeps deployments in different schemas apart: each has its own leader', async () => {
    const first = await postgresPair();
    const second = await postgresPair();
    expect(first.a.leadership.role()).toBe('leader');
    expect(second.a.leadership.role()).toBe('leader');
    expect(second.b.leadership.role()).toBe('follower');
  });
});

describe('leader lease on SQLite', () => {
  it('always leads: one process owns the database file', async () => {
    const a = await instance(soleLease);
    expect(a.leadership.role()).toBe('leader');
    await a.leadership.check();
    expect(a.leadership.role()).toBe('leader');
    expect(a.events).toEqual(['lead', 'refresh']);
  });
});
