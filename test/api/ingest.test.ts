import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IngestResultSchema, type IngestResult } from '../../shared/post';
import { NORTHWIND, TOKEN, type TestApp, createTestApp } from '../helpers/app';
import { type Send, call, expectError, inProcess } from '../helpers/http';
import { makePost, ndjson } from '../helpers/posts';

let t: TestApp;
let send: Send;
beforeEach(async () => {
  t = await createTestApp({ brands: [NORTHWIND] });
  send = inProcess(t.app);
});
afterEach(() => t.close());

const ingest = (json: unknown) => call(send, 'POST', '/api/v1/posts', { token: TOKEN, json });
const result = (body: unknown): IngestResult => IngestResultSchema.parse(body);

describe('POST /api/v1/posts: authentication', () => {
  it('needs the admin token: 401 without, 403 with a wrong one, and stores nothing', async () => {
    const noAuth = await call(send, 'POST', '/api/v1/posts', { json: [makePost()] });
    expectError(noAuth, 401, 'unauthorized');
    expect(noAuth.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expectError(
      await call(send, 'POST', '/api/v1/posts', { token: 'wrong', json: [makePost()] }),
      403,
      'forbidden',
    );
    const basic = await call(send, 'POST', '/api/v1/posts', {
      json: [makePost()],
      headers: { authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}` },
    });
    expectError(basic, 401, 'unauthorized');
    expect(await t.store.countPosts()).toBe(0);
  });
});

describe('POST /api/v1/posts: body formats', () => {
  it('accepts a JSON array', async () => {
    const res = await ingest([makePost(), makePost()]);
    expect(res.status).toBe(200);
    expect(result(res.body)).toEqual({ received: 2, accepted: 2, duplicates: 0, unmatched: 0, rejected: [] });
    expect(await t.store.countPosts()).toBe(2);
  });

  it('accepts {"posts": [...]}', async () => {
    const res = await ingest({ posts: [makePost(), makePost(), makePost()] });
    expect(res.status).toBe(200);
    expect(result(res.body)).toMatchObject({ received: 3, accepted: 3 });
  });

  it('accepts NDJSON (blank lines and CRLF ignored) with charset parameter', async () => {
    const body = `${JSON.stringify(makePost())}\r\n\r\n${JSON.stringify(makePost())}\n`;
    const res = await call(send, 'POST', '/api/v1/posts', {
      token: TOKEN,
      body,
      type: 'application/x-ndjson; charset=utf-8',
    });
    expect(res.status).toBe(200);
    expect(result(res.body)).toMatchObject({ received: 2, accepted: 2, rejected: [] });
  });

  it('stores the valid lines of NDJSON and rejects a non-JSON line with its line number', async () => {
    const body = [JSON.stringify(makePost()), '{"id": "broken",', '', JSON.stringify(makePost())].join('\n');
    const res = await call(send, 'POST', '/api/v1/posts', {
      token: TOKEN,
      body,
      type: 'application/x-ndjson',
    });
    expect(res.status).toBe(200);
    const r = result(res.body);
    expect(r).toMatchObject({ received: 3, accepted: 2, duplicates: 0 });
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]).toMatchObject({ index: 1, line: 2 });
    expect(r.rejected[0]?.reason).toMatch(/JSON/);
    expect(await t.store.countPosts()).toBe(2);
  });

  it('reports NDJSON lines of invalid posts with their line and field path', async () => {
    const body = ndjson([makePost(), makePost({ author: '' }), makePost()]);
    const res = await call(send, 'POST', '/api/v1/posts', {
      token: TOKEN,
      body,
      type: 'application/x-ndjson',
    });
    const r = result(res.body);
    expect(r.accepted).toBe(2);
    expect(r.rejected).toEqual([expect.objectContaining({ index: 1, line: 2, path: 'author' })]);
  });

  it('answers 415 for an unsupported content type', async () => {
    const res = await call(send, 'POST', '/api/v1/posts', {
      token: TOKEN,
      body: 'id,text\n1,hi',
      type: 'text/csv',
    });
    expectError(res, 415, 'unsupported_media_type');
  });

  it('answers 400 for malformed JSON and for JSON that is not a batch', async () => {
    const bad = await call(send, 'POST', '/api/v1/posts', {
      token: TOKEN,
      body: '[{"id": ',
      type: 'application/json',
    });
    expectError(bad, 400, 'bad_request');
    for (const json of [{ id: 'x' }, { posts: 'nope' }, null, 42, 'text']) {
      expectError(await ingest(json), 400, 'bad_request');
    }
    expect(await t.store.countPosts()).toBe(0);
  });
});

describe('POST /api/v1/posts: duplicates', () => {
  it('stores the same source+id once, within a request and across requests', async () => {
    const p = makePost();
    const first = result((await ingest([p, p, { ...p, text: 'edited Northwind' }])).body);
    expect(first).toMatchObject({ received: 3, accepted: 1, duplicates: 2 });
    const again = result((await ingest([p])).body);
    expect(again).toMatchObject({ received: 1, accepted: 0, duplicates: 1, rejected: [] });
    expect(await t.store.countPosts()).toBe(1);
  });

  it('counts as unmatched only stored posts that no brand claims, not their duplicates', async () => {
    const p = makePost({ text: 'about nothing in particular' });
    expect(result((await ingest([p, p])).body)).toMatchObject({ accepted: 1, duplicates: 1, unmatched: 1 });
    expect(result((await ingest([p])).body)).toMatchObject({ accepted: 0, duplicates: 1, unmatched: 0 });
  });

  it('treats the same id from another source as a different post', async () => {
    const p = makePost();
    const r = result((await ingest([p, { ...p, source: 'other' }])).body);
    expect(r).toMatchObject({ accepted: 2, duplicates: 0 });
  });

  it('treats numeric and string ids as the same id', async () => {
    const r = result((await ingest([makePost({ id: 42 }), makePost({ id: '42' })])).body);
    expect(r).toMatchObject({ accepted: 1, duplicates: 1 });
  });
});

describe('POST /api/v1/posts: partial failure', () => {
  it('stores valid items, counts unmatched, and lists each rejected item with index, reason, path', async () => {
    const items = [
      makePost({ text: 'Northwind app down' }),
      makePost({ text: 'nothing relevant here' }),
      { ...makePost(), createdAt: 'yesterday' },
      { ...makePost(), source: undefined },
      makePost({ brand: 'no-such-brand' }),
    ];
    const res = await ingest(items);
    expect(res.status).toBe(200);
    const r = result(res.body);
    expect(r).toMatchObject({ received: 5, accepted: 2, duplicates: 0, unmatched: 1 });
    expect(r.rejected.map((x) => [x.index, x.path])).toEqual([
      [2, 'createdAt'],
      [3, 'source'],
      [4, 'brand'],
    ]);
    expect(r.rejected[2]?.reason).toContain('no-such-brand');
    expect(await t.store.countPosts()).toBe(2);
  });

  it('answers 422 validation_failed with the result in details when every item is rejected', async () => {
    const res = await ingest([{ id: 1 }, makePost({ createdAt: 'not a date' })]);
    const err = expectError(res, 422, 'validation_failed');
    const details = result(err.details);
    expect(details).toMatchObject({ received: 2, accepted: 0 });
    expect(details.rejected.map((r) => r.index)).toEqual([0, 1]);
    expect(await t.store.countPosts()).toBe(0);
  });

  it('answers 200 for an empty batch', async () => {
    const res = await ingest([]);
    expect(res.status).toBe(200);
    expect(result(res.body)).toEqual({ received: 0, accepted: 0, duplicates: 0, unmatched: 0, rejected: [] });
  });
});
