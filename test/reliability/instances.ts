import { type Rng, mulberry32 } from '../../server/demo/random';
import type { PostInputRaw } from '../../shared/post';
import { TOKEN, type TestApp, createTestApp } from '../helpers/app';
import { type Send, call, inProcess } from '../helpers/http';
import { type Kind, createDatabase } from './targets';

export const ACME = { id: 'acme', name: 'Acme', keywords: ['Acme'], officialHandles: [] };

/** Two app instances (each with its own store connection) on one empty database, as in a cluster. */
export async function twoInstances(kind: Kind) {
  const db = await createDatabase(kind);
  const apps: TestApp[] = [];
  for (let i = 0; i < 2; i++) apps.push(await createTestApp({ env: db.env, now: Date.now() }));
  const sends: Send[] = apps.map((a) => inProcess(a.app));
  return {
    apps,
    sends,
    async close() {
      for (const a of apps) await a.close();
      await db.cleanup();
    },
  };
}

/** `n` posts mentioning Acme over the last two hours, a third of them complaints. */
export function acmePosts(n: number, tag: string, now = Date.now()): PostInputRaw[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `${tag}-${i}`,
    source: 'reliability',
    author: `user${i % 97}`,
    text: i % 3 === 0 ? `Acme app is down, cannot log in (${i})` : `Acme works fine today (${i})`,
    createdAt: new Date(now - ((i * 7_919) % 7_200_000)).toISOString(),
  }));
}

export function shuffle<T>(xs: readonly T[], rng: Rng): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export const seeded = (seed: number): Rng => mulberry32(seed);

/** Posts of a brand as /posts lists them (every page) and as /series sums them (one day, 1 h buckets). */
export async function countsViaApi(send: Send, brand: string) {
  let listed = 0;
  let cursor = '';
  for (let pages = 0; pages < 200; pages++) {
    const res = await call(send, 'GET', `/api/v1/posts?brand=${brand}&limit=500${cursor}`);
    const page = res.body as { items: unknown[]; nextCursor: string | null };
    listed += page.items.length;
    if (!page.nextCursor) break;
    cursor = `&cursor=${page.nextCursor}`;
  }
  const now = Date.now();
  const from = new Date(now - 86_400_000).toISOString();
  const to = new Date(now + 3_600_000).toISOString();
  const series = await call(send, 'GET', `/api/v1/series?brand=${brand}&bucket=1h&from=${from}&to=${to}`);
  const points = (series.body as { points: { posts: number }[] }).points;
  return { listed, series: points.reduce((s, p) => s + p.posts, 0) };
}

export const ingest = (send: Send, posts: readonly unknown[]) =>
  call(send, 'POST', '/api/v1/posts', { token: TOKEN, json: posts });
