import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../server/store/types';
import { type Send, call, overHttp } from '../helpers/http';
import { ACME, acmePosts } from './instances';
import { ADMIN, type Database, KINDS, createDatabase } from './targets';

const ROOT = join(import.meta.dirname, '..', '..');
const BATCH = 200;
const SENDERS = 3;
/** Acknowledged batches before the kill; the senders keep requests in flight when it comes. */
const ACKED_BEFORE_KILL = 8;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });

/** `outcry serve` as its own process, as an operator runs it; resolves once /api/health answers. */
async function serve(db: Database): Promise<{ child: ChildProcess; send: Send }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'outcry.mjs'), 'serve'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      OUTCRY_ADMIN_TOKEN: ADMIN,
      OUTCRY_DEMO: '0',
      OUTCRY_LOG: 'error',
      ...db.env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => {
    stderr += c.toString('utf8');
  });
  const send = overHttp(`http://127.0.0.1:${port}`);
  // bin/outcry.mjs may first rebuild dist/cli (sources newer than the build): allow a minute.
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`outcry serve exited ${child.exitCode}: ${stderr}`);
    const ok = await send('/api/health').then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child, send };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`outcry serve did not answer within 60 s: ${stderr}`);
}

/** Every post in the store, by source/id, with the brands and complaint flag as listed. */
async function storedPosts(store: Store) {
  const out = new Map<string, { brands: string[]; complaint: boolean }>();
  let cursor: string | undefined;
  for (let pages = 0; pages < 1000; pages++) {
    const page = await store.listPosts({ limit: 500, ...(cursor ? { cursor } : {}) });
    for (const p of page.items)
      out.set(`${p.source}/${p.id}`, { brands: p.brands, complaint: p.score.complaint });
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return out;
}

describe.each(KINDS)('%s: kill -9 during ingest', (kind) => {
  let db: Database | undefined;
  let child: ChildProcess | undefined;
  afterEach(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await db?.cleanup();
    db = undefined;
  });

  it('loses no acknowledged post, and the rollups equal the raw counts after the crash', async () => {
    db = await createDatabase(kind);
    const first = await serve(db);
    child = first.child;
    expect((await call(first.send, 'POST', '/api/v1/brands', { token: ADMIN, json: ACME })).status).toBe(201);

    const acked = new Set<string>();
    let ackedBatches = 0;
    let killed = false;
    const posts = acmePosts(SENDERS * 40 * BATCH, `kill-${kind}`);
    const sender = async (k: number) => {
      for (let i = k * BATCH; i < posts.length && !killed; i += SENDERS * BATCH) {
        const batch = posts.slice(i, i + BATCH);
        const res = await call(first.send, 'POST', '/api/v1/posts', { token: ADMIN, json: batch }).catch(
          () => null,
        );
        if (res?.status !== 200) continue;
        for (const p of batch) acked.add(`${p.source}/${p.id}`);
        if (++ackedBatches === ACKED_BEFORE_KILL && !killed) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: SENDERS }, (_, k) => sender(k)));
    await new Promise<void>((resolve) =>
      first.child.exitCode !== null || first.child.signalCode !== null
        ? resolve()
        : first.child.once('exit', () => resolve()),
    );
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(acked.size).toBeGreaterThanOrEqual(ACKED_BEFORE_KILL * BATCH);

    // The database as the next start finds it: a server starts on it and serves, and nothing acked is gone.
    const second = await serve(db);
    child = second.child;
    expect((await call(second.send, 'GET', '/api/v1/brands/acme')).status).toBe(200);
    second.child.kill('SIGKILL');

    const store = db.open();
    try {
      const stored = await storedPosts(store);
      const lost = [...acked].filter((id) => !stored.has(id));
      expect(lost.slice(0, 5), `${lost.length} of ${acked.size} acknowledged posts lost`).toEqual([]);
      const mine = [...stored.values()].filter((p) => p.brands.includes('acme'));
      const now = Date.now();
      const rollups = await store.rollups({
        brand: 'acme',
        from: now - 2 * 86_400_000,
        to: now + 86_400_000,
        bucketMs: 86_400_000,
      });
      expect({
        posts: rollups.reduce((s, r) => s + r.posts, 0),
        complaints: rollups.reduce((s, r) => s + r.complaints, 0),
      }).toEqual({ posts: mine.length, complaints: mine.filter((p) => p.complaint).length });
    } finally {
      await store.close();
    }
  }, 120_000);
});
