import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PostSchema } from '../../shared/post';
import { SeriesResponseSchema } from '../../shared/series';
import { defaultScoreFn } from '../../server/ingest/score-fn';
import { NORTHWIND, TOKEN, type TestApp, createTestApp } from '../helpers/app';
import { type Send, call, inProcess } from '../helpers/http';
import { HOUR, NOW, iso, makePost } from '../helpers/posts';

// The other API tests use a marker scorer for exact numbers; this one runs the shipped scorer end to end.
let t: TestApp;
let send: Send;
const Page = z.object({ items: z.array(PostSchema), nextCursor: z.string().nullable() });

beforeAll(async () => {
  t = await createTestApp({ brands: [NORTHWIND], score: defaultScoreFn() });
  send = inProcess(t.app);
  const posts = [
    makePost({ id: 'down', text: "Northwind app is down again, I can't log in", minutesAgo: 10 }),
    makePost({ id: 'love', text: 'Love the new Northwind card design, great job', minutesAgo: 12 }),
    makePost({
      id: 'help',
      author: '@NorthwindHelp',
      text: 'Thanks for your patience, everything is back to normal now.',
      minutesAgo: 8,
    }),
  ];
  const res = await call(send, 'POST', '/api/v1/posts', { token: TOKEN, json: posts });
  expect(res.body).toMatchObject({ accepted: 3 });
});
afterAll(() => t.close());

describe('ingest with the real scorer', () => {
  it('stores scores a user can filter on', async () => {
    const complaints = Page.parse((await call(send, 'GET', '/api/v1/posts?complaint=true')).body);
    expect(complaints.items.map((p) => p.id)).toEqual(['down']);
    expect(complaints.items[0]?.score).toMatchObject({ label: 'negative', complaint: true, scored: true });
    const login = Page.parse((await call(send, 'GET', '/api/v1/posts?category=login&complaint=true')).body);
    expect(login.items.map((p) => p.id)).toEqual(['down']);
    const positive = Page.parse((await call(send, 'GET', '/api/v1/posts?label=positive')).body);
    expect(positive.items.map((p) => p.id)).toContain('love');
    const official = Page.parse((await call(send, 'GET', '/api/v1/posts?official=true')).body);
    expect(official.items.map((p) => p.id)).toEqual(['help']);
  });

  it('counts the complaint and its category in the series', async () => {
    const res = await call(
      send,
      'GET',
      `/api/v1/series?brand=northwind&from=${iso(NOW - HOUR)}&to=${iso(NOW)}&bucket=1h`,
    );
    const s = SeriesResponseSchema.parse(res.body);
    expect(s.points).toHaveLength(1);
    expect(s.points[0]).toMatchObject({ posts: 3, complaints: 1, official: 1 });
    expect(s.points[0]?.categories.login).toBe(1);
  });
});
