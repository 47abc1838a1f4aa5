import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostSchema } from '../../shared/post';
import { NORTHWIND, TOKEN, type TestApp, createTestApp } from '../helpers/app';
import { type Send, call, inProcess } from '../helpers/http';
import { makePost } from '../helpers/posts';

let t: TestApp;
let send: Send;

// More than the export's internal page (1000 rows) and the API's max page (500), so an export that only
// returned one page would be caught.
const TOTAL = 2345;
const COMPLAINTS = Math.ceil(TOTAL / 3);
const NASTY: { id: string; author: string; text: string }[] = [
  { id: 'n1', author: '@evil', text: '=HYPERLINK("http://x.test","click") Northwind' },
  { id: 'n2', author: '+cmd', text: '+1+1 Northwind, "quoted", with\nnewline' },
  { id: 'n3', author: '-minus', text: '-2+3 Northwind' },
  { id: 'n4', author: 'tab', text: '\t=1+2 Northwind' },
];

beforeAll(async () => {
  t = await createTestApp({ brands: [NORTHWIND] });
  send = inProcess(t.app);
  const posts = Array.from({ length: TOTAL }, (_, i) =>
    makePost({
      id: `e${i}`,
      minutesAgo: 1 + (i % 600),
      text: `Northwind ${i % 3 === 0 ? '[complaint] [neg]' : ''} row ${i}`,
    }),
  );
  for (let i = 0; i < posts.length; i += 1000) {
    const res = await call(send, 'POST', '/api/v1/posts', { token: TOKEN, json: posts.slice(i, i + 1000) });
    expect(res.status).toBe(200);
  }
  const nasty = NASTY.map((n) => makePost({ ...n, minutesAgo: 1 }));
  expect((await call(send, 'POST', '/api/v1/posts', { token: TOKEN, json: nasty })).body).toMatchObject({
    accepted: 4,
  });
});
afterAll(() => t.close());

describe('GET /api/v1/posts?format=ndjson', () => {
  it('streams every matching post, not only the first page, each once', async () => {
    const res = await call(send, 'GET', '/api/v1/posts?format=ndjson');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    expect(res.headers.get('content-disposition')).toContain('outcry-posts.ndjson');
    const lines = res.text.trimEnd().split('\n');
    expect(lines).toHaveLength(TOTAL + NASTY.length);
    const posts = lines.map((l) => PostSchema.parse(JSON.parse(l)));
    expect(new Set(posts.map((p) => p.id)).size).toBe(lines.length);
  });

  it('honours limit: the newest `limit` matches, also past one internal page and the page maximum', async () => {
    const all = (await call(send, 'GET', '/api/v1/posts?format=ndjson')).text.trimEnd().split('\n');
    const three = await call(send, 'GET', '/api/v1/posts?format=ndjson&limit=3');
    expect(three.text.trimEnd().split('\n')).toEqual(all.slice(0, 3));
    const many = await call(send, 'GET', '/api/v1/posts?format=ndjson&limit=1501');
    expect(many.text.trimEnd().split('\n')).toEqual(all.slice(0, 1501));
    const csv = await call(send, 'GET', '/api/v1/posts?format=csv&limit=2');
    expect(parse(csv.text, { columns: true })).toHaveLength(2);
  });

  it('keeps a JSON page at 500 posts at most', async () => {
    const res = await call(send, 'GET', '/api/v1/posts?limit=501');
    expect(res.status).toBe(400);
    expect(res.text).toContain('at most 500');
  });

  it('applies the filters to the export', async () => {
    const res = await call(send, 'GET', '/api/v1/posts?format=ndjson&complaint=true&brand=northwind');
    const posts = res.text
      .trimEnd()
      .split('\n')
      .map((l) => PostSchema.parse(JSON.parse(l)));
    expect(posts).toHaveLength(COMPLAINTS);
    expect(posts.every((p) => p.score.complaint)).toBe(true);
  });

  it('an export with no match is empty, not an error', async () => {
    const res = await call(send, 'GET', '/api/v1/posts?format=ndjson&q=no-such-text');
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
  });
});

describe('GET /api/v1/posts?format=csv', () => {
  const rows = async (query: string): Promise<Record<string, string>[]> => {
    const res = await call(send, 'GET', `/api/v1/posts?format=csv${query}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    return parse(res.text, { columns: true }) as Record<string, string>[];
  };

  it('has a header and one row per matching post', async () => {
    const res = await call(send, 'GET', '/api/v1/posts?format=csv');
    expect(res.text.split('\r\n')[0]).toBe(
      'source,id,createdAt,author,brands,official,sentiment,label,complaint,complaintScore,categories,harm,lang,url,text',
    );
    const all = await rows('');
    expect(all).toHaveLength(TOTAL + NASTY.length);
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    expect(await rows('&complaint=true')).toHaveLength(COMPLAINTS);
  });

  it('neutralises cells a spreadsheet would run as formulas, keeping quotes and newlines intact', async () => {
    const all = new Map((await rows('')).map((r) => [r.id, r]));
    expect(all.get('n2')?.text).toBe('\'+1+1 Northwind, "quoted", with\nnewline');
    expect(all.get('n1')).toMatchObject({
      author: "'@evil",
      text: '\'=HYPERLINK("http://x.test","click") Northwind',
    });
    expect(all.get('n2')?.author).toBe("'+cmd");
    expect(all.get('n3')).toMatchObject({ author: "'-minus", text: "'-2+3 Northwind" });
    expect(all.get('n4')?.text).toBe("'\t=1+2 Northwind");
    for (const r of all.values()) {
      for (const [col, v] of Object.entries(r)) {
        if (col === 'sentiment') continue;
        expect(v, `${r.id}.${col}`).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
  });

  it('keeps negative numbers as numbers', async () => {
    const neg = (await rows('&label=negative')).slice(0, 3);
    expect(neg.length).toBe(3);
    for (const r of neg) expect(Number(r.sentiment)).toBe(-0.5);
  });
});
