import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BrandSchema } from '../../shared/brand';
import { NOW } from '../helpers/posts';
import { TOKEN, type TestApp, createTestApp } from '../helpers/app';
import { type Send, call, expectError, inProcess } from '../helpers/http';

let t: TestApp;
let send: Send;
beforeEach(async () => {
  t = await createTestApp();
  send = inProcess(t.app);
});
afterEach(() => t.close());

const ListSchema = z.object({ items: z.array(BrandSchema) });
const acme = { name: 'Acme Bank', keywords: ['Acme', '#acmebank'], officialHandles: ['@AcmeHelp'] };
/** token null = no Authorization header */
const create = (json: unknown, token: string | null = TOKEN) =>
  call(send, 'POST', '/api/v1/brands', { ...(token === null ? {} : { token }), json });

describe('brands CRUD', () => {
  it('creates a brand with a slug id, lists it and reads it back', async () => {
    const res = await create(acme);
    expect(res.status).toBe(201);
    const brand = BrandSchema.parse(res.body);
    expect(brand).toEqual({ id: 'acme-bank', ...acme, createdAt: new Date(NOW).toISOString() });
    const list = ListSchema.parse((await call(send, 'GET', '/api/v1/brands')).body);
    expect(list.items).toEqual([brand]);
    const one = await call(send, 'GET', '/api/v1/brands/acme-bank');
    expect(one.status).toBe(200);
    expect(one.body).toEqual(brand);
  });

  it('uses a given id, trims names and keywords, and defaults the lists', async () => {
    const res = await create({ id: 'zeta', name: '  Zeta  ', keywords: [' Zeta Pay '] });
    expect(res.body).toMatchObject({ id: 'zeta', name: 'Zeta', keywords: ['Zeta Pay'], officialHandles: [] });
  });

  it('answers 409 for a duplicate id and keeps the first brand', async () => {
    await create(acme);
    expectError(await create({ ...acme, keywords: ['other'] }), 409, 'conflict');
    const one = BrandSchema.parse((await call(send, 'GET', '/api/v1/brands/acme-bank')).body);
    expect(one.keywords).toEqual(acme.keywords);
  });

  it('needs the token for every write: 401 without, 403 wrong', async () => {
    expectError(await create(acme, null), 401, 'unauthorized');
    expectError(await create(acme, 'nope'), 403, 'forbidden');
    await create(acme);
    expectError(
      await call(send, 'PATCH', '/api/v1/brands/acme-bank', { json: { name: 'X' } }),
      401,
      'unauthorized',
    );
    expectError(await call(send, 'DELETE', '/api/v1/brands/acme-bank', { token: 'nope' }), 403, 'forbidden');
    const one = BrandSchema.parse((await call(send, 'GET', '/api/v1/brands/acme-bank')).body);
    expect(one.name).toBe('Acme Bank');
  });

  it('answers 404 for an unknown brand on read, update and delete', async () => {
    expectError(await call(send, 'GET', '/api/v1/brands/nope'), 404, 'not_found');
    expectError(
      await call(send, 'PATCH', '/api/v1/brands/nope', { token: TOKEN, json: { name: 'X' } }),
      404,
      'not_found',
    );
    expectError(await call(send, 'DELETE', '/api/v1/brands/nope', { token: TOKEN }), 404, 'not_found');
  });

  it('names the field in validation errors', async () => {
    const cases: [unknown, string][] = [
      [{ keywords: ['x'] }, 'name'],
      [{ name: '' }, 'name'],
      [{ name: 'X', id: 'Has Spaces' }, 'id'],
      [{ name: 'X', keywords: 'x' }, 'keywords'],
      [{ name: 'X', keywords: ['ok', ''] }, 'keywords.1'],
      [{ name: 'X', officialHandles: [42] }, 'officialHandles.0'],
      [{ name: 'x'.repeat(101) }, 'name'],
    ];
    for (const [json, path] of cases) {
      const err = expectError(await create(json), 400, 'validation_failed');
      expect(err.message).toContain(path);
      expect(err.details).toEqual(expect.arrayContaining([expect.objectContaining({ where: 'json', path })]));
    }
    expectError(
      await call(send, 'POST', '/api/v1/brands', { token: TOKEN, body: '{"name":' }),
      400,
      'bad_request',
    );
    expect(ListSchema.parse((await call(send, 'GET', '/api/v1/brands')).body).items).toEqual([]);
  });

  it('PATCH changes only the fields sent', async () => {
    await create(acme);
    const res = await call(send, 'PATCH', '/api/v1/brands/acme-bank', {
      token: TOKEN,
      json: { name: 'Acme' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: 'acme-bank',
      name: 'Acme',
      keywords: acme.keywords,
      officialHandles: acme.officialHandles,
    });
    const kw = await call(send, 'PATCH', '/api/v1/brands/acme-bank', {
      token: TOKEN,
      json: { keywords: ['AcmeCo'] },
    });
    expect(kw.body).toMatchObject({
      name: 'Acme',
      keywords: ['AcmeCo'],
      officialHandles: acme.officialHandles,
    });
    const stored = BrandSchema.parse((await call(send, 'GET', '/api/v1/brands/acme-bank')).body);
    expect(stored).toMatchObject({ name: 'Acme', keywords: ['AcmeCo'], officialHandles: ['@AcmeHelp'] });
    const bad = await call(send, 'PATCH', '/api/v1/brands/acme-bank', { token: TOKEN, json: { name: 7 } });
    expect(expectError(bad, 400, 'validation_failed').message).toContain('name');
  });

  it('DELETE removes the brand (204) and its posts no longer count for it', async () => {
    await create(acme);
    await call(send, 'POST', '/api/v1/posts', {
      token: TOKEN,
      json: [
        {
          id: '1',
          source: 's',
          author: 'a',
          text: 'Acme down',
          createdAt: new Date(NOW - 60_000).toISOString(),
        },
      ],
    });
    const del = await call(send, 'DELETE', '/api/v1/brands/acme-bank', { token: TOKEN });
    expect(del.status).toBe(204);
    expect(del.text).toBe('');
    expectError(await call(send, 'GET', '/api/v1/brands/acme-bank'), 404, 'not_found');
    const posts = await call(send, 'GET', '/api/v1/posts?brand=acme-bank');
    expect(posts.body).toEqual({ items: [], nextCursor: null });
    // the brand can be created again, empty
    expect((await create(acme)).status).toBe(201);
  });
});
