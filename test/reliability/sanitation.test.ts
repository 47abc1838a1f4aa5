import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestResultSchema } from '../../shared/post';
import { TOKEN, type TestApp, createTestApp } from '../helpers/app';
import { type Send, call, expectError, inProcess } from '../helpers/http';
import { ACME, acmePosts } from './instances';
import { type Database, KINDS, createDatabase } from './targets';

const b64 = (s: string) => Buffer.from(s).toString('base64url');

describe.each(KINDS)('%s: one input sanitation', (kind) => {
  let db: Database;
  let t: TestApp;
  let send: Send;
  beforeAll(async () => {
    db = await createDatabase(kind);
    t = await createTestApp({ env: db.env, now: Date.now(), brands: [ACME] });
    send = inProcess(t.app);
  });
  afterAll(async () => {
    await t?.close();
    await db?.cleanup();
  });

  it.each([
    ['/api/v1/posts?brand=%00', 'query'],
    ['/api/v1/posts?q=a%00', 'query'],
    ['/api/v1/series?brand=%00', 'query'],
    ['/api/v1/incidents/%00', 'path'],
    ['/api/v1/brands/acme%00', 'path'],
  ])('%s is a 400 naming the %s', async (path, where) => {
    const err = expectError(await call(send, 'GET', path), 400, 'bad_request');
    expect(err.details).toEqual({ where });
  });

  it.each([b64('99999999999999999999:1'), b64('1:99999999999999999999'), b64(`-${2 ** 60}:3`)])(
    'a cursor decoding to a number out of range (%s) is a 400',
    async (cursor) => {
      expectError(await call(send, 'GET', `/api/v1/posts?cursor=${cursor}`), 400, 'validation_failed');
    },
  );

  it('keeps a post whose text holds NUL (the NUL removed) and the valid post beside it', async () => {
    const [valid, dirty] = acmePosts(2, 'nul');
    const res = await call(send, 'POST', '/api/v1/posts', {
      token: TOKEN,
      json: [valid, { ...dirty, text: 'Acme \u0000down\u0000 \ud800', author: 'ann\u0000' }],
    });
    expect(res.status, res.text).toBe(200);
    expect(IngestResultSchema.parse(res.body)).toMatchObject({ accepted: 2, rejected: [] });
    const page = await call(send, 'GET', '/api/v1/posts?brand=acme&q=Acme%20down');
    const items = (page.body as { items: { text: string; author: string }[] }).items;
    expect(items.map((p) => [p.text, p.author])).toEqual([['Acme down \ufffd', 'ann']]);
  });

  it('refuses NUL in an id but keeps the rest of the batch', async () => {
    const [valid, bad] = acmePosts(2, 'nul-id');
    const res = await call(send, 'POST', '/api/v1/posts', {
      token: TOKEN,
      json: [valid, { ...bad, id: 'a\u0000b' }],
    });
    expect(IngestResultSchema.parse(res.body)).toMatchObject({
      accepted: 1,
      rejected: [{ index: 1, path: 'id' }],
    });
  });

  it.each([
    ['/api/v1/brands', { name: 'Evil\u0000Corp', keywords: ['x'] }, 'name'],
    ['/api/v1/brands', { name: 'Evil', keywords: ['ok', 'bad\u0000'] }, 'keywords.1'],
    ['/api/v1/webhooks', { name: 'chat\u0000', url: 'https://hooks.example/x' }, 'name'],
  ])('POST %s with NUL is a 400 naming the field', async (path, json, field) => {
    const err = expectError(await call(send, 'POST', path, { token: TOKEN, json }), 400, 'validation_failed');
    expect(err.details).toEqual([expect.objectContaining({ where: 'json', path: field })]);
  });
});
