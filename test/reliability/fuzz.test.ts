import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../server/demo/random';
import { TOKEN, type TestApp, createTestApp } from '../helpers/app';
import { type Send, call, inProcess } from '../helpers/http';
import { fuzzRequest } from './fuzz-requests';
import { type Database, KINDS, createDatabase } from './targets';

const REQUESTS = 10_000;
const CONCURRENCY = 8;
const SEED = 14;

// In-process (app.request): the whole middleware, routing, validation and store path, without the
// milliseconds of a TCP round trip per request, so 10,000 requests per store take seconds.
describe.each(KINDS)('%s: a seeded fuzz of the whole API never answers 5xx', (kind) => {
  let db: Database;
  let t: TestApp;
  let send: Send;
  beforeAll(async () => {
    db = await createDatabase(kind);
    t = await createTestApp({ env: db.env, now: Date.now() });
    send = inProcess(t.app);
    const brand = { id: 'acme', name: 'Acme', keywords: ['Acme'] };
    expect((await call(send, 'POST', '/api/v1/brands', { token: TOKEN, json: brand })).status).toBe(201);
  });
  afterAll(async () => {
    await t?.close();
    await db?.cleanup();
  });

  it(`answers ${REQUESTS} hostile requests with 2xx-4xx only`, async () => {
    const rng = mulberry32(SEED);
    const requests = Array.from({ length: REQUESTS }, (_, i) => fuzzRequest(rng, i));
    const failures: string[] = [];
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < requests.length; i = next++) {
        const q = requests[i];
        if (!q) continue;
        const res = await call(send, q.method, q.path, {
          ...(q.admin ? { token: TOKEN } : {}),
          ...(q.body === undefined ? {} : { body: q.body, type: q.type ?? '' }),
        });
        if (res.status >= 500)
          failures.push(
            `#${i} ${q.method} ${q.path.slice(0, 120)} -> ${res.status} ${res.text.slice(0, 200)}`,
          );
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect(failures.slice(0, 10), `${failures.length} of ${REQUESTS} answered 5xx`).toEqual([]);
  }, 240_000);
});
