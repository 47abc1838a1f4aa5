// Throw-away stores for the storage benchmarks: SQLite files (WAL) in one temp dir, PostgreSQL in fresh
// schemas; everything is removed by cleanup(), also after a failure.

import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createPostgresStore } from '../../server/store/postgres/postgres-store';
import { type SqliteSynchronous, createSqliteStore } from '../../server/store/sqlite/sqlite-store';
import type { Store } from '../../server/store/types';

export const BENCH_DATABASE_URL =
  process.env.OUTCRY_BENCH_DATABASE_URL ??
  process.env.OUTCRY_TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';

export type Opened = { store: Store; file?: string; schema?: string };

export function createTargets(label: string) {
  const dir = mkdtempSync(join(tmpdir(), `outcry-bench-${label}-`));
  const schemas = new Set<string>();
  let n = 0;

  async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: BENCH_DATABASE_URL, connectionTimeoutMillis: 5000 });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  }

  async function cleanup(): Promise<void> {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    rmSync(dir, { recursive: true, force: true });
    if (schemas.size === 0) return;
    await admin(async (c) => {
      for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    });
    schemas.clear();
  }
  // An interrupted run still removes its files and schemas.
  function interrupted(): void {
    void cleanup().finally(() => process.exit(130));
  }
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);

  return {
    dir,
    async sqlite(synchronous: SqliteSynchronous = 'full'): Promise<Opened> {
      const file = join(dir, `run-${++n}.db`);
      const store = createSqliteStore(file, { synchronous });
      await store.migrate();
      return { store, file };
    },
    async postgres(): Promise<Opened> {
      const schema = `outcry_bench_${process.pid}_${Date.now().toString(36)}_${++n}`;
      schemas.add(schema);
      const store = createPostgresStore({ url: BENCH_DATABASE_URL, schema, max: 4 });
      await store.migrate();
      return { store, schema };
    },
    /** Closes the store and deletes its file or schema. */
    async drop(o: Opened): Promise<void> {
      await o.store.close();
      if (o.file) for (const f of [o.file, `${o.file}-wal`, `${o.file}-shm`]) rmSync(f, { force: true });
      if (o.schema) {
        await admin((c) => c.query(`DROP SCHEMA IF EXISTS ${o.schema} CASCADE`));
        schemas.delete(o.schema);
      }
    },
    async postgresVersion(): Promise<string> {
      const res = await admin((c) => c.query<{ v: string }>("SELECT current_setting('server_version') AS v"));
      return res.rows[0]?.v ?? '?';
    },
    cleanup,
  };
}

export type Targets = ReturnType<typeof createTargets>;

export async function machineLine(targets: Targets, withPg: boolean): Promise<string> {
  const cpu = cpus();
  const mem = new Database(':memory:');
  const sqlite = (mem.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  mem.close();
  const pgv = withPg ? `, PostgreSQL ${await targets.postgresVersion()}` : '';
  return (
    `Machine: ${cpu[0]?.model.trim() ?? '?'} ×${cpu.length}, ${Math.round(totalmem() / 2 ** 30)} GiB; ` +
    `Node ${process.version} (${process.platform}/${process.arch}); SQLite ${sqlite}${pgv}; ` +
    `load average ${loadavg()[0]?.toFixed(1) ?? '?'} at start`
  );
}

/** Wall time of an async step in milliseconds. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

export const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(0);
export const int = (x: number): string => Math.round(x).toLocaleString('en-US');
export const ratio = (x: number): string => (x >= 10 ? `${x.toFixed(0)}×` : `${x.toFixed(1)}×`);

export function markdownTable(header: string[], rows: string[][]): string {
  return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}
