import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { IngestResultSchema, PostSchema } from '../../shared/post';
import { HARBOR, NORTHWIND, TOKEN, type TestApp, createTestApp } from '../helpers/app';
import { type Send, call, inProcess } from '../helpers/http';
import { makePost } from '../helpers/posts';

let t: TestApp;
let send: Send;
beforeEach(async () => {
  t = await createTestApp({ brands: [NORTHWIND, HARBOR] });
  send = inProcess(t.app);
});
afterEach(() => t.close());

const PageSchema = z.object({ items: z.array(PostSchema), nextCursor: z.string().nullable() });

async function ingestOne(fields: Parameters<typeof makePost>[0]) {
  const p = makePost(fields);
  const res = await call(send, 'POST', '/api/v1/posts', { token: TOKEN, json: [p] });
  const result = IngestResultSchema.parse(res.body);
  const page = PageSchema.parse((await call(send, 'GET', '/api/v1/posts?limit=500')).body);
  return { result, stored: page.items.find((x) => x.id === String(p.id)) };
}

describe('brand assignment on ingest', () => {
  it.each([
    ['a keyword, any case', 'NORTHWIND app is down', ['northwind']],
    ['a phrase across a line break', 'paying with harbor\npay fails', ['harbor']],
    ['a hashtag', 'again #NorthwindBank', ['northwind']],
    ['an @handle', 'hey @northwindbank why', ['northwind']],
    ['a keyword followed by punctuation', "Northwind's site: dead.", ['northwind']],
    ['two brands', 'moved from Northwind to HarborPay', ['harbor', 'northwind']],
  ])('assigns by %s', async (_what, text, brands) => {
    const { result, stored } = await ingestOne({ text });
    expect(result).toMatchObject({ accepted: 1, unmatched: 0 });
    expect(stored?.brands.slice().sort()).toEqual(brands);
  });

  it.each([
    ['a longer word', 'the Northwinder festival'],
    ['a prefix', 'SuperNorthwind'],
    ['an inner part of a handle', '@NorthwindBankFan says hi'],
    ['half a phrase', 'harbor lights tonight'],
  ])('does not match %s', async (_what, text) => {
    const { result, stored } = await ingestOne({ text });
    expect(result).toMatchObject({ accepted: 1, unmatched: 1 });
    expect(stored?.brands).toEqual([]);
  });

  it('uses the brand field (by id or name) instead of keywords', async () => {
    const byId = await ingestOne({ text: 'Northwind mention ignored', brand: 'harbor' });
    expect(byId.stored?.brands).toEqual(['harbor']);
    const byName = await ingestOne({ text: 'no keyword at all', brand: 'Harbor Pay' });
    expect(byName.stored?.brands).toEqual(['harbor']);
  });

  it('rejects an item naming an unknown brand, keeping the rest', async () => {
    const res = await call(send, 'POST', '/api/v1/posts', {
      token: TOKEN,
      json: [makePost({ brand: 'acme' }), makePost()],
    });
    const r = IngestResultSchema.parse(res.body);
    expect(r.accepted).toBe(1);
    expect(r.rejected).toEqual([{ index: 0, reason: expect.stringContaining('acme'), path: 'brand' }]);
  });

  it('marks a post by an official handle as official, however the handle is written', async () => {
    for (const author of ['@NorthwindHelp', 'northwindhelp', '@NORTHWINDHELP']) {
      const { stored } = await ingestOne({ author, text: 'We are looking into login issues.' });
      expect(stored).toMatchObject({ official: true, brands: ['northwind'] });
    }
    const fan = await ingestOne({ author: '@NorthwindHelpFan', text: 'Northwind is fine' });
    expect(fan.stored?.official).toBe(false);
  });

  it('an official handle posting under another brand field is not official there', async () => {
    const { stored } = await ingestOne({ author: '@NorthwindHelp', brand: 'harbor', text: 'hi' });
    expect(stored).toMatchObject({ brands: ['harbor'], official: false });
  });

  it('matches a brand created, and stops matching a brand patched, through the API', async () => {
    await call(send, 'POST', '/api/v1/brands', {
      token: TOKEN,
      json: { id: 'zephyr', name: 'Zephyr Mobile', keywords: ['Zephyr'] },
    });
    expect((await ingestOne({ text: 'Zephyr has no signal' })).stored?.brands).toEqual(['zephyr']);
    await call(send, 'PATCH', '/api/v1/brands/zephyr', {
      token: TOKEN,
      json: { keywords: ['ZephyrMobile'] },
    });
    expect((await ingestOne({ text: 'Zephyr has no signal again' })).stored?.brands).toEqual([]);
    expect((await ingestOne({ text: 'ZephyrMobile down' })).stored?.brands).toEqual(['zephyr']);
  });

  it('a brand without keywords matches its name', async () => {
    await call(send, 'POST', '/api/v1/brands', { token: TOKEN, json: { name: 'Blue Owl' } });
    expect((await ingestOne({ text: 'blue owl app crashed' })).stored?.brands).toEqual(['blue-owl']);
  });
});
