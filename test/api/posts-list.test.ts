import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type Post, PostSchema } from '../../shared/post';
import { HARBOR, NORTHWIND, TOKEN, type TestApp, createTestApp } from '../helpers/app';
import { type Send, call, expectError, inProcess } from '../helpers/http';
import { HOUR, MINUTE, NOW, iso, makePost } from '../helpers/posts';

let t: TestApp;
let send: Send;
const PageSchema = z.object({ items: z.array(PostSchema), nextCursor: z.string().nullable() });

/** 40 posts: a spread of brands, scores and times, with ties on createdAt. */
const POSTS = Array.from({ length: 40 }, (_, i) =>
  makePost({
    id: `l${i}`,
    // groups of 4 share a minute, to exercise cursor ties
    minutesAgo: 1 + Math.floor(i / 4) * 10,
    author: i % 7 === 0 ? '@NorthwindHelp' : `user${i}`,
    text: [
      i % 3 === 0 ? 'HarborPay' : 'Northwind',
      i % 2 === 0 ? 'outage [complaint] [neg]' : '[pos] thanks',
      i % 4 === 0 ? '[cat:login]' : '[cat:cards]',
      i % 9 === 0 ? '[harm]' : '',
      i === 5 ? 'saved 100% of it' : '',
      i === 6 ? 'a 100x better app_store' : '',
    ].join(' '),
  }),
);

beforeAll(async () => {
  t = await createTestApp({ brands: [NORTHWIND, HARBOR] });
  send = inProcess(t.app);
  const res = await call(send, 'POST', '/api/v1/posts', { token: TOKEN, json: POSTS });
  expect(res.body).toMatchObject({ accepted: 40 });
});
afterAll(() => t.close());

async function page(query: string) {
  const res = await call(send, 'GET', `/api/v1/posts?${query}`);
  expect(res.status, res.text.slice(0, 300)).toBe(200);
  return PageSchema.parse(res.body);
}
/** Every post matching `query`, following the cursor; bounded so a cursor loop fails instead of hanging. */
async function walk(query: string, limit: number): Promise<Post[]> {
  const out: Post[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 100; i++) {
    const p = await page(`${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(p.items.length).toBeLessThanOrEqual(limit);
    out.push(...p.items);
    cursor = p.nextCursor;
    if (!cursor) return out;
  }
  throw new Error('pagination did not end');
}
const ids = (posts: readonly { id: string | number }[]) => posts.map((p) => String(p.id)).sort();
const has = (s: string) => POSTS.filter((p) => String(p.text).includes(s));

describe('GET /api/v1/posts filters', () => {
  it('lists newest first with scores, brands and official', async () => {
    const p = await page('limit=500');
    expect(p.items).toHaveLength(40);
    expect(p.nextCursor).toBeNull();
    const times = p.items.map((x) => Date.parse(x.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const first = p.items.find((x) => x.id === 'l6');
    expect(first).toMatchObject({
      brands: ['harbor'],
      official: false,
      score: { complaint: true, label: 'negative' },
    });
    expect(p.items.find((x) => x.id === 'l7')).toMatchObject({ brands: ['northwind'], official: true });
  });

  it.each([
    ['brand=northwind', POSTS.filter((_, i) => i % 3 !== 0 || i % 7 === 0)],
    ['brand=harbor', has('HarborPay')],
    // a brand's own posts are never complaints, whatever their text says
    ['complaint=true', has('[complaint]').filter((p) => p.author !== '@NorthwindHelp')],
    [
      'complaint=false',
      POSTS.filter((p) => !String(p.text).includes('[complaint]') || p.author === '@NorthwindHelp'),
    ],
    ['label=positive', has('[pos]')],
    ['category=login', has('[cat:login]')],
    [
      'category=cards&complaint=1',
      has('[cat:cards]').filter(
        (p) => String(p.text).includes('[complaint]') && p.author !== '@NorthwindHelp',
      ),
    ],
    ['harm=true', has('[harm]')],
    ['official=true', POSTS.filter((p) => p.author === '@NorthwindHelp')],
    ['official=false', POSTS.filter((p) => p.author !== '@NorthwindHelp')],
    ['q=OUTAGE', has('outage')],
    ['q=100%25', has('100%')],
    // `_` and `%` are literal, not LIKE wildcards
    ['q=1_0', []],
    ['q=p_s', has('app_store')],
    [`from=${iso(NOW - 31 * MINUTE)}&to=${iso(NOW - 11 * MINUTE)}`, POSTS.slice(8, 16)],
    [`from=${NOW - 31 * MINUTE}`, POSTS.slice(0, 16)],
    [
      'brand=harbor&complaint=true&label=negative',
      has('HarborPay').filter((p) => String(p.text).includes('[neg]') && p.author !== '@NorthwindHelp'),
    ],
  ])('%s', async (query, expected) => {
    expect(ids((await page(`${query}&limit=500`)).items)).toEqual(ids(expected));
  });

  it('brand filter includes the official posts the brand is assigned by handle', async () => {
    const byHandle = POSTS.filter((p, i) => p.author === '@NorthwindHelp' && i % 3 === 0);
    expect(byHandle.length).toBeGreaterThan(0);
    const nw = ids((await page('brand=northwind&limit=500')).items);
    for (const p of byHandle) expect(nw).toContain(String(p.id));
  });
});

describe('GET /api/v1/posts pagination', () => {
  it.each([1, 3, 4, 7, 39, 40])('limit %i visits every post exactly once, in order', async (limit) => {
    const all = await walk('x=1', limit);
    expect(all.map((p) => p.id)).toHaveLength(40);
    expect(new Set(all.map((p) => p.id)).size).toBe(40);
    expect(all.map((p) => p.id)).toEqual((await page('limit=500')).items.map((p) => p.id));
  });

  it('paginates a filtered list (brand, ties on createdAt) without gaps or repeats', async () => {
    const nw = await walk('brand=northwind', 3);
    expect(ids(nw)).toEqual(ids((await page('brand=northwind&limit=500')).items));
    expect(new Set(nw.map((p) => p.id)).size).toBe(nw.length);
  });

  it.each([
    ['cursor=garbage', 'cursor'],
    ['limit=0', 'limit'],
    ['limit=501', 'limit'],
    ['limit=ten', 'limit'],
    ['label=angry', 'label'],
    ['complaint=maybe', 'complaint'],
    ['category=Bad-Cat', 'category'],
    ['from=2026-03-02', 'from'],
    ['format=xlsx', 'format'],
    ['brand=a&brand=b', 'brand'],
  ])('400 for %s naming the parameter', async (query, path) => {
    const err = expectError(await call(send, 'GET', `/api/v1/posts?${query}`), 400, 'validation_failed');
    expect(err.details).toEqual(expect.arrayContaining([expect.objectContaining({ where: 'query', path })]));
  });
});

it('an hour-old window is empty and has no cursor', async () => {
  const p = await page(`from=${iso(NOW + HOUR)}`);
  expect(p).toEqual({ items: [], nextCursor: null });
});
