import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../server/config';
import { type RunningServer, type ServeOptions, startServer } from '../../server/index';
import type { SourceView } from '../../shared/source';
import { type Send, call, overHttp } from './http';

export const ADMIN = 'sources-admin-token-0123456789';

export const ACME = { id: 'acme', name: 'Acme Bank', keywords: ['Acme'], officialHandles: [] };
export const GLOBEX = { id: 'globex', name: 'Globex', keywords: ['Globex'], officialHandles: [] };

export type Item = { id: string; text: string; minutesAgo?: number };

/** An RSS 2.0 document whose items are dated relative to now (so they count in "the last hour"). */
export function rss(items: readonly Item[]): string {
  const entries = items.map(
    (i) => `<item><guid isPermaLink="false">${i.id}</guid><title>${i.text}</title>
      <pubDate>${new Date(Date.now() - (i.minutesAgo ?? 1) * 60_000).toUTCString()}</pubDate></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test feed</title>
    <link>https://feed.example</link>${entries.join('')}</channel></rss>`;
}

export type Started = { server: RunningServer; send: Send; lines: string[] };

/**
 * Servers started by `startWith`, closed by `closeAll` (afterEach). The real start-up path: config from
 * env, store, pipeline, source runner; real clock and timers.
 */
export function sourcesServers() {
  const running: RunningServer[] = [];
  const dirs: string[] = [];
  const tmp = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'outcry-sources-'));
    dirs.push(dir);
    return dir;
  };
  return {
    tmp,
    /** Write an OUTCRY_CONFIG file into a fresh directory and return its path. */
    configFile(content: unknown): string {
      const path = join(tmp(), 'outcry.json');
      writeFileSync(path, JSON.stringify(content));
      return path;
    },
    async startWith(
      env: Record<string, string> & { OUTCRY_DB: string },
      extra: Pick<ServeOptions, 'leaseCheckMs'> = {},
    ): Promise<Started> {
      const lines: string[] = [];
      const config = loadConfig({
        PORT: '0',
        OUTCRY_DEMO: '0',
        OUTCRY_ADMIN_TOKEN: ADMIN,
        OUTCRY_SOURCES_ALLOW_PRIVATE: '1',
        ...env,
      });
      const server = await startServer({
        config,
        version: '0.0.0-test',
        staticDir: join(env.OUTCRY_DB, '..', 'no-client'),
        log: (l) => lines.push(l),
        ...extra,
      });
      running.push(server);
      return { server, send: overHttp(server.url), lines };
    },
    async close(server: RunningServer): Promise<void> {
      running.splice(running.indexOf(server), 1);
      await server.close();
    },
    async closeAll(): Promise<void> {
      for (const s of running.splice(0)) await s.close();
      for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
    },
  };
}

/** Polls an async check every 50 ms until it returns true; throws after timeoutMs. */
export async function until(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const getSource = async (send: Send, id: string): Promise<SourceView> =>
  (await call(send, 'GET', `/api/v1/sources/${id}`)).body as SourceView;

export const listSources = async (send: Send): Promise<SourceView[]> =>
  ((await call(send, 'GET', '/api/v1/sources')).body as { items: SourceView[] }).items;

/** Post ids stored for a brand, sorted. */
export async function postIds(send: Send, brand: string, extra = ''): Promise<string[]> {
  const res = await call(send, 'GET', `/api/v1/posts?brand=${brand}&limit=500${extra}`);
  return ((res.body as { items: { id: string }[] }).items ?? []).map((p) => p.id).sort();
}
