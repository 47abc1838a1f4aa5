import { DEFAULT_CATEGORIES } from '../../shared/enums';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeriesResponse, SeriesResponseSchema } from '../../shared/series';
import { HARBOR, NORTHWIND, TOKEN, type TestApp, createTestApp } from '../helpers/app';
import { type Send, call, expectError, inProcess } from '../helpers/http';
import { HOUR, NOW, iso, makePost } from '../helpers/posts';

let t: TestApp;
let send: Send;

/** 90 posts over the 3 hours before NOW, with a known mix of scores. */
const POSTS = Array.from({ length: 90 }, (_, i) => {
  const minutesAgo = 1 + ((i * 37) % 179);
  const complaint = i % 3 === 0;
  const text = [
    i % 4 === 0 ? 'Harbor Pay and Northwind' : 'Northwind',
    complaint ? '[complaint] [neg]' : i % 5 === 0 ? '[pos]' : '',
    complaint && i % 2 === 0 ? '[cat:login]' : '',
    complaint ? '[cat:app]' : '',
  ].join(' ');
  return makePost({ id: `s${i}`, minutesAgo, text, author: i % 10 === 0 ? '@NorthwindHelp' : `u${i}` });
});
const at = (p: (typeof POSTS)[number]) => Date.parse(String(p.createdAt));
const FROM = NOW - 3 * HOUR;

beforeAll(async () => {
  t = await createTestApp({ brands: [NORTHWIND, HARBOR] });
  send = inProcess(t.app);
  const res = await call(send, 'POST', '/api/v1/posts', { token: TOKEN, json: POSTS });
  expect(res.body).toMatchObject({ accepted: 90 });
});
afterAll(() => t.close());

async function series(query: string): Promise<SeriesResponse> {
  const res = await call(send, 'GET', `/api/v1/series?${query}`);
  expect(res.status, res.text.slice(0, 300)).toBe(200);
  return SeriesResponseSchema.parse(res.body);
}
const sum = (s: SeriesResponse, f: (p: SeriesResponse['points'][number]) => number) =>
  s.points.reduce((a, p) => a + f(p), 0);

describe('GET /api/v1/series', () => {
  // A brand's own posts never count as complaints, whatever their text says.
  const official = (p: (typeof POSTS)[number]) => p.author === '@NorthwindHelp';
  const negatives = POSTS.filter((p) => String(p.text).includes('[complaint]'));
  const complaints = negatives.filter((p) => !official(p));

  it.each([
    ['1m', 180],
    ['5m', 36],
    ['15m', 12],
    ['1h', 3],
    ['1d', 1],
  ])('bucket %s: dense aligned points whose totals equal the posts inserted', async (bucket, n) => {
    const s = await series(`brand=northwind&from=${iso(FROM)}&to=${iso(NOW)}&bucket=${bucket}`);
    expect(s.bucket).toBe(bucket);
    expect(s.points).toHaveLength(n);
    const step = n > 1 ? Date.parse(s.points[1]?.t ?? '') - Date.parse(s.points[0]?.t ?? '') : 0;
    s.points.forEach((p, i) => {
      expect(Date.parse(p.t)).toBe(Date.parse(s.from) + i * step);
    });
    expect(sum(s, (p) => p.posts)).toBe(90);
    expect(sum(s, (p) => p.complaints)).toBe(complaints.length);
    expect(sum(s, (p) => p.negatives)).toBe(negatives.length);
    expect(sum(s, (p) => p.official)).toBe(9);
    expect(sum(s, (p) => p.categories.app ?? 0)).toBe(complaints.length);
    expect(sum(s, (p) => p.categories.login ?? 0)).toBe(
      complaints.filter((p) => String(p.text).includes('login')).length,
    );
  });

  it('computes each bucket: posts, complaints, negativeShare, meanSentiment, categories', async () => {
    const s = await series(`brand=northwind&from=${FROM}&to=${NOW}&bucket=1h`);
    expect(s.from).toBe(iso(FROM));
    expect(s.to).toBe(iso(NOW));
    const hour = s.points.find((p) => p.t === iso(NOW - HOUR));
    const inHour = POSTS.filter((p) => at(p) >= NOW - HOUR);
    const neg = inHour.filter((p) => String(p.text).includes('[neg]')).length;
    const pos = inHour.filter((p) => String(p.text).includes('[pos]')).length;
    const customer = inHour.filter((p) => p.author !== '@NorthwindHelp');
    const complaintsInHour = customer.filter((p) => String(p.text).includes('[complaint]'));
    expect(hour).toMatchObject({
      posts: inHour.length,
      complaints: complaintsInHour.length,
      negatives: neg,
      official: inHour.filter((p) => p.author === '@NorthwindHelp').length,
    });
    expect(hour?.negativeShare).toBeCloseTo(neg / inHour.length, 10);
    expect(hour?.meanSentiment).toBeCloseTo((0.5 * pos - 0.5 * neg) / inHour.length, 10);
    expect(hour?.categories).toEqual({
      app: complaintsInHour.length,
      ...(complaintsInHour.some((p) => String(p.text).includes('login'))
        ? { login: complaintsInHour.filter((p) => String(p.text).includes('login')).length }
        : {}),
    });
  });

  it('keeps brands apart and gives empty buckets null shares', async () => {
    const s = await series(`brand=harbor&from=${iso(FROM)}&to=${iso(NOW)}&bucket=1m`);
    expect(sum(s, (p) => p.posts)).toBe(POSTS.filter((p) => String(p.text).includes('Harbor')).length);
    const empty = s.points.find((p) => p.posts === 0);
    expect(empty).toMatchObject({ complaints: 0, negativeShare: null, meanSentiment: null, categories: {} });
  });

  it('defaults to the last day in 5-minute buckets ending at the current bucket', async () => {
    const s = await series('brand=northwind');
    expect(s.bucket).toBe('5m');
    expect(s.points).toHaveLength(288);
    expect(s.points.at(-1)?.t).toBe(iso(NOW));
    expect(sum(s, (p) => p.posts)).toBe(90);
  });

  it('exports CSV with a header, one row per bucket, and category columns', async () => {
    const res = await call(
      send,
      'GET',
      `/api/v1/series?brand=northwind&from=${iso(FROM)}&to=${iso(NOW)}&bucket=1h&format=csv`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toContain('outcry-series-northwind-1h.csv');
    const [header, ...rows] = res.text.trimEnd().split('\r\n');
    expect(header).toBe(
      `t,posts,complaints,negatives,negativeShare,meanSentiment,official,expected,expectedLow,expectedHigh,${DEFAULT_CATEGORIES.map((k) => `category_${k}`).join(',')}`,
    );
    expect(rows).toHaveLength(3);
    const json = await series(`brand=northwind&from=${iso(FROM)}&to=${iso(NOW)}&bucket=1h`);
    rows.forEach((row, i) => {
      const cells = row.split(',');
      const p = json.points[i];
      expect(cells[0]).toBe(p?.t);
      expect(Number(cells[1])).toBe(p?.posts);
      expect(Number(cells[2])).toBe(p?.complaints);
      expect(Number(cells[10 + DEFAULT_CATEGORIES.indexOf('app')])).toBe(p?.categories.app ?? 0);
      expect(Number(cells[10 + DEFAULT_CATEGORIES.indexOf('fees')])).toBe(0);
    });
  });

  it('gives every window of a brand the same columns, empty categories included, so exports line up', async () => {
    const csv = async (q: string) =>
      (await call(send, 'GET', `/api/v1/series?brand=northwind&format=csv&${q}`)).text.split('\r\n')[0];
    const busy = await csv(`from=${iso(FROM)}&to=${iso(NOW)}&bucket=1h`);
    const quiet = await csv(`from=${iso(FROM - 48 * 3_600_000)}&to=${iso(FROM - 24 * 3_600_000)}&bucket=1h`);
    expect(quiet).toBe(busy);
  });
});

describe('GET /api/v1/series: bad queries', () => {
  it.each([
    ['bucket=2m', 'bucket'],
    ['bucket=', 'bucket'],
    ['from=yesterday', 'from'],
    ['to=2026-03-02T10:00:00', 'to'],
    ['from=2026-02-30T00:00:00Z', 'from'],
    [`from=${iso(NOW)}&to=${iso(NOW - HOUR)}`, 'from'],
    // inside one bucket: rounding to buckets must not turn a backwards range into a valid one
    [`from=${NOW}&to=${NOW - 1000}`, 'from'],
    [`bucket=1m&from=${iso(NOW - 30 * 24 * HOUR)}&to=${iso(NOW)}`, 'bucket'],
    ['format=xml', 'format'],
  ])('400 for %s naming where and path', async (query, path) => {
    const err = expectError(
      await call(send, 'GET', `/api/v1/series?brand=northwind&${query}`),
      400,
      'validation_failed',
    );
    expect(err.details).toEqual(expect.arrayContaining([expect.objectContaining({ where: 'query', path })]));
  });

  it('400 without a brand, 404 for an unknown brand', async () => {
    const err = expectError(await call(send, 'GET', '/api/v1/series'), 400, 'validation_failed');
    expect(err.details).toEqual([expect.objectContaining({ where: 'query', path: 'brand' })]);
    expectError(await call(send, 'GET', '/api/v1/series?brand=nope'), 404, 'not_found');
  });
});

describe('GET /api/v1/series: expected band', () => {
  it('is null while warming up, then a band around the steady level', async () => {
    const b = await createTestApp({ brands: [NORTHWIND] });
    try {
      // one complaint every 5 minutes for the 12 hours before NOW
      const steady = Array.from({ length: 144 }, (_, i) =>
        makePost({ id: `b${i}`, text: 'Northwind [complaint]', minutesAgo: 2 + i * 5 }),
      );
      await call(inProcess(b.app), 'POST', '/api/v1/posts', { token: TOKEN, json: steady });
      const res = await call(
        inProcess(b.app),
        'GET',
        `/api/v1/series?brand=northwind&from=${iso(NOW - 12 * HOUR)}&to=${iso(NOW)}&bucket=5m`,
      );
      const s = SeriesResponseSchema.parse(res.body);
      expect(s.points).toHaveLength(144);
      expect(s.points[0]).toMatchObject({
        complaints: 1,
        expected: null,
        expectedLow: null,
        expectedHigh: null,
      });
      const last = s.points.at(-1);
      expect(last?.complaints).toBe(1);
      expect(last?.expected).toBeGreaterThan(0.5);
      expect(last?.expected).toBeLessThan(1.5);
      expect(last?.expectedLow ?? Number.NaN).toBeLessThanOrEqual(last?.expected ?? Number.NaN);
      expect(last?.expectedHigh ?? Number.NaN).toBeGreaterThanOrEqual(last?.expected ?? Number.NaN);
    } finally {
      await b.close();
    }
  });
});
