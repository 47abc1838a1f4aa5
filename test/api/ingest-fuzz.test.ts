import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestResultSchema } from '../../shared/post';
import { NORTHWIND, TOKEN, type TestApp, createTestApp } from '../helpers/app';
import { type Send, call, inProcess } from '../helpers/http';
import { HOUR, NOW, iso, makePost } from '../helpers/posts';

let t: TestApp;
let send: Send;
beforeAll(async () => {
  t = await createTestApp({ brands: [NORTHWIND] });
  send = inProcess(t.app);
});
afterAll(() => t.close());

const post = (fields: Record<string, unknown>) => ({ ...makePost(), ...fields });

/** [what, item, the path it is rejected at ('' for the item itself)] */
const REJECTED: [string, unknown, string][] = [
  ['null item', null, ''],
  ['a number item', 7, ''],
  ['an array item', [makePost()], ''],
  // below the body's nesting limit (MAX_JSON_DEPTH): the item alone is refused, the batch is kept
  ['deeply nested garbage', JSON.parse(`${'['.repeat(90)}${']'.repeat(90)}`), ''],
  ['id as object', post({ id: { $gt: '' } }), 'id'],
  ['id as boolean', post({ id: true }), 'id'],
  ['negative numeric id', post({ id: -1 }), 'id'],
  ['fractional id', post({ id: 1.5 }), 'id'],
  // a snowflake id sent as a JSON number has lost digits already: refuse it rather than store a wrong id
  ['numeric id beyond 2^53', post({ id: 2 ** 53 + 2 }), 'id'],
  ['empty id', post({ id: '' }), 'id'],
  ['id longer than 256', post({ id: 'x'.repeat(257) }), 'id'],
  ['text as number', post({ text: 5 }), 'text'],
  ['text null', post({ text: null }), 'text'],
  ['huge text', post({ text: `Northwind ${'a'.repeat(100_001)}` }), 'text'],
  ['huge author', post({ author: 'a'.repeat(300_000) }), 'author'],
  ['source with spaces', post({ source: 'drop table' }), 'source'],
  ['createdAt as epoch number', post({ createdAt: NOW }), 'createdAt'],
  ['createdAt without zone', post({ createdAt: '2026-03-02T11:00:00' }), 'createdAt'],
  ['createdAt date only', post({ createdAt: '2026-03-02' }), 'createdAt'],
  ['createdAt month 13', post({ createdAt: '2026-13-01T00:00:00Z' }), 'createdAt'],
  ['createdAt February 30th', post({ createdAt: '2026-02-30T10:00:00Z' }), 'createdAt'],
  ['createdAt 25h in the future', post({ createdAt: iso(NOW + 25 * HOUR) }), 'createdAt'],
  ['createdAt garbage', post({ createdAt: 'Mon, 02 Mar 2026 11:00:00 GMT' }), 'createdAt'],
  ['javascript: URL', post({ url: 'javascript:alert(document.cookie)' }), 'url'],
  ['data: URL', post({ url: 'data:text/html,<script>alert(1)</script>' }), 'url'],
  ['relative URL', post({ url: '/posts/1' }), 'url'],
  ['lang not a tag', post({ lang: 'english!' }), 'lang'],
  ['shares negative', post({ shares: -3 }), 'shares'],
  ['shares as string', post({ shares: '3' }), 'shares'],
  ['brand unknown', post({ brand: 'acme' }), 'brand'],
];

/** Odd but valid: stored. */
const ACCEPTED: [string, unknown][] = [
  ['lone surrogate and NUL in text', post({ text: 'Northwind \ud800 \u0000 end' })],
  ['offset without colon', post({ createdAt: '2026-03-02T13:00:00+0200' })],
  ['23h in the future (clock skew)', post({ createdAt: iso(NOW + 23 * HOUR) })],
  ['empty text', post({ text: '' })],
  ['__proto__ key', JSON.parse(`{"__proto__": {"polluted": 1}, ${JSON.stringify(makePost()).slice(1)}`)],
  ['unknown extra fields', post({ extra: { deep: [1, 2, 3] }, score: 'ignored' })],
];

describe('POST /api/v1/posts: hostile items never cause a 500', () => {
  it.each(REJECTED)('rejects %s with the field path', async (_what, item, path) => {
    const res = await call(send, 'POST', '/api/v1/posts', { token: TOKEN, json: [item, makePost()] });
    expect(res.status, res.text).toBe(200);
    const r = IngestResultSchema.parse(res.body);
    expect(r.accepted).toBe(1);
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]?.index).toBe(0);
    expect(r.rejected[0]?.path ?? '').toBe(path);
  });

  it.each(ACCEPTED)('accepts %s', async (_what, item) => {
    const res = await call(send, 'POST', '/api/v1/posts', { token: TOKEN, json: [item] });
    expect(res.status, res.text).toBe(200);
    expect(IngestResultSchema.parse(res.body)).toMatchObject({ accepted: 1, rejected: [] });
  });

  it('stores an offset time as the right instant', async () => {
    const item = makePost({ createdAt: '2026-03-02T13:00:00+02:00' });
    await call(send, 'POST', '/api/v1/posts', { token: TOKEN, json: [item] });
    const page = await t.store.listPosts({ limit: 500, q: String(item.text) });
    expect(page.items.map((p) => p.createdAt)).toEqual(['2026-03-02T11:00:00.000Z']);
  });

  const BODIES: [string, string, string][] = [
    ['empty body', '', 'application/json'],
    ['whitespace', '   \n ', 'application/json'],
    ['truncated JSON', '{"posts": [', 'application/json'],
    ['deep nesting', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'application/json'],
    ['binary junk', '\u0000\u00ff\ufffd{{', 'application/json'],
    ['NDJSON of junk only', 'nope\n{\n[1,', 'application/x-ndjson'],
    ['NDJSON of nulls', 'null\nnull\n', 'application/x-ndjson'],
    ['XML', '<posts><post/></posts>', 'application/xml'],
    ['form', 'id=1&text=x', 'application/x-www-form-urlencoded'],
  ];

  it.each(BODIES)('answers a 4xx JSON error to %s', async (_what, body, type) => {
    const res = await call(send, 'POST', '/api/v1/posts', { token: TOKEN, body, type });
    expect(res.status, res.text).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body).toMatchObject({ error: { code: expect.any(String), requestId: expect.any(String) } });
  });
});
