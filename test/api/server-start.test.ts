import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HealthSchema } from '../../shared/overview';
import { loadConfig } from '../../server/config';
import { type RunningServer, startServer } from '../../server/index';
import { call, overHttp } from '../helpers/http';
import { openSse } from '../helpers/sse';

let dir: string;
let running: RunningServer | null = null;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'outcry-start-'));
});
afterEach(async () => {
  await running?.close();
  running = null;
  rmSync(dir, { recursive: true, force: true });
});

/** startServer on a free port with the temp database; returns the server and what it logged. */
async function start(env: NodeJS.ProcessEnv = {}) {
  const lines: string[] = [];
  const config = loadConfig({ OUTCRY_DB: join(dir, 'outcry.db'), PORT: '0', OUTCRY_DEMO: '0', ...env });
  const server = await startServer({
    config,
    version: '9.9.9-test',
    staticDir: join(dir, 'no-client'),
    log: (l) => lines.push(l),
  });
  running = server;
  return { server, lines, send: overHttp(server.url) };
}
const tokenIn = (lines: string[]): string | undefined =>
  lines.map((l) => /Admin token.*?:\s*(\S+)$/.exec(l)?.[1]).find((x) => x !== undefined);
const newBrand = (name: string) => ({ name, keywords: [name] });

describe('startServer and the admin token', () => {
  it('generates a token on first start, prints it once, stores only its hash; it survives a restart', async () => {
    const first = await start();
    expect(first.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const token = tokenIn(first.lines);
    expect(token).toMatch(/^\S{20,}$/);
    const t = token ?? '';
    expect(first.lines.filter((l) => l.includes(t))).toHaveLength(1);
    const ok = await call(first.send, 'POST', '/api/v1/brands', { token: t, json: newBrand('Acme') });
    expect(ok.status).toBe(201);
    expect(
      (await call(first.send, 'POST', '/api/v1/brands', { token: 'guess', json: newBrand('B') })).status,
    ).toBe(403);
    await first.server.close();
    running = null;

    // only the hash is in the database files
    const db = new Database(join(dir, 'outcry.db'), { readonly: true });
    const values = (db.prepare('SELECT value FROM settings').all() as { value: string }[]).map(
      (r) => r.value,
    );
    db.close();
    expect(values).toContain(createHash('sha256').update(t).digest('hex'));
    for (const f of readdirSync(dir).filter((n) => n.startsWith('outcry.db'))) {
      expect(readFileSync(join(dir, f)).includes(t), f).toBe(false);
    }

    const second = await start();
    expect(tokenIn(second.lines)).toBeUndefined();
    expect(second.lines.join('\n')).not.toContain(t);
    const again = await call(second.send, 'POST', '/api/v1/brands', { token: t, json: newBrand('Zeta') });
    expect(again.status).toBe(201);
    const brands = await call(second.send, 'GET', '/api/v1/brands');
    expect((brands.body as { items: { id: string }[] }).items.map((b) => b.id)).toEqual(['acme', 'zeta']);
  });

  it('uses OUTCRY_ADMIN_TOKEN when set and prints no token', async () => {
    const token = 'my-own-admin-token-123';
    const { lines, send } = await start({ OUTCRY_ADMIN_TOKEN: token });
    expect(tokenIn(lines)).toBeUndefined();
    expect(lines.join('\n')).not.toContain(token);
    expect((await call(send, 'POST', '/api/v1/brands', { token, json: newBrand('Acme') })).status).toBe(201);
    expect((await call(send, 'POST', '/api/v1/brands', { token: 'x', json: newBrand('B') })).status).toBe(
      403,
    );
  });

  it('applies OUTCRY_CONFIG brands, serves health, and logs where it listens', async () => {
    const configPath = join(dir, 'outcry.json');
    writeFileSync(
      configPath,
      JSON.stringify({ brands: [{ id: 'acme', name: 'Acme Bank', keywords: ['Acme'] }] }),
    );
    const { server, lines, send } = await start({
      OUTCRY_CONFIG: configPath,
      OUTCRY_ADMIN_TOKEN: 'x'.repeat(16),
    });
    const health = await call(send, 'GET', '/api/health');
    expect(health.status).toBe(200);
    expect(HealthSchema.parse(health.body)).toMatchObject({
      status: 'ok',
      version: '9.9.9-test',
      demo: false,
    });
    const brands = await call(send, 'GET', '/api/v1/brands');
    expect(brands.body).toMatchObject({ items: [{ id: 'acme', name: 'Acme Bank', keywords: ['Acme'] }] });
    expect(lines.some((l) => l.includes(server.url))).toBe(true);
    expect(lines.some((l) => /No built dashboard/.test(l))).toBe(true);
    // without a built client, non-API paths are 404 JSON too
    expect((await call(send, 'GET', '/incidents')).status).toBe(404);
  });

  it('closes promptly while an SSE client is connected', async () => {
    const { server } = await start({ OUTCRY_ADMIN_TOKEN: 'x'.repeat(16) });
    const sse = await openSse(`${server.url}/api/v1/stream`);
    try {
      await sse.next('hello');
      const closed = server.close().then(() => 'closed');
      const timeout = new Promise((r) => setTimeout(() => r('timed out'), 5000));
      expect(await Promise.race([closed, timeout])).toBe('closed');
      running = null;
    } finally {
      sse.close();
    }
  });
});
