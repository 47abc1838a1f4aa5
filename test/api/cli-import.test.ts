import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../server/store';
import type { Post } from '../../shared/post';
import { runCli } from '../helpers/cli';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');
const fx = (name: string) => join(FIXTURES, name);

let dir: string;
let env: NodeJS.ProcessEnv;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'outcry-import-'));
  const config = join(dir, 'outcry.json');
  writeFileSync(
    config,
    JSON.stringify({
      brands: [
        { id: 'northwind', name: 'Northwind', keywords: ['Northwind'], officialHandles: ['@NorthwindHelp'] },
        { id: 'harbor', name: 'Harbor Pay', keywords: ['Harbor Pay'] },
      ],
    }),
  );
  env = { OUTCRY_DB: join(dir, 'outcry.db'), OUTCRY_CONFIG: config };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function stored(): Promise<Map<string, Post>> {
  const store = await openStore({ db: join(dir, 'outcry.db'), databaseUrl: undefined });
  try {
    const page = await store.listPosts({ limit: 1000 });
    return new Map(page.items.map((p) => [`${p.source}/${p.id}`, p]));
  } finally {
    await store.close();
  }
}

describe('outcry import', () => {
  it('imports CSV with quoted commas, quotes and newlines, and reports the bad row as file:line', async () => {
    const r = await runCli(['import', fx('posts.csv')], { env });
    expect(r.stdout).toContain('Imported 5 rows: 4 accepted, 0 duplicates, 1 rejected (1 matched no brand)');
    expect(r.stdout).toMatch(/posts\.csv line 6: field `createdAt` must be an ISO-8601 date-time/);
    expect(r.code).toBe(1);
    const posts = await stored();
    expect(posts.get('csv/c1')).toMatchObject({
      text: "Northwind app is down, again, can't log in",
      url: 'https://example.test/c1',
      lang: 'en',
      brands: ['northwind'],
    });
    expect(posts.get('csv/c2')?.text).toMatch(/^Northwind statement:\r?\nwe are investigating$/);
    expect(posts.get('csv/c2')?.shares).toBe(3);
    expect(posts.get('csv/c3')).toMatchObject({
      text: 'Fixed. Sorry for the "downtime"',
      createdAt: '2024-05-01T08:02:00.000Z',
      official: true,
      brands: ['northwind'],
    });
    expect(posts.get('csv/c5')).toMatchObject({ brands: [], shares: 12 });
    expect(posts.has('csv/c4')).toBe(false);
  });

  it('imports NDJSON, reporting a non-JSON line and an invalid post with their lines', async () => {
    const r = await runCli(['import', fx('posts.ndjson')], { env });
    expect(r.stdout).toContain('Imported 5 rows: 3 accepted, 0 duplicates, 2 rejected');
    expect(r.stdout).toMatch(/posts\.ndjson line 3: not valid JSON/);
    expect(r.stdout).toContain('posts.ndjson line 6: field `text` is missing\n');
    const posts = await stored();
    expect([...posts.keys()].sort()).toEqual(['nd/5', 'nd/n1', 'nd/n2']);
    expect(posts.get('nd/5')?.brands.slice().sort()).toEqual(['harbor', 'northwind']);
  });

  it('imports several files in one run; a post already seen counts as a duplicate', async () => {
    const r = await runCli(['import', fx('posts.csv'), fx('posts.json')], { env });
    expect(r.stdout).toContain('Imported 8 rows: 6 accepted, 1 duplicates, 1 rejected (2 matched no brand)');
    expect((await stored()).get('csv/c1')?.text).toContain('Northwind app is down');
  });

  it('re-importing the same file counts every row as a duplicate and stores nothing new', async () => {
    await runCli(['import', fx('posts.ndjson'), fx('posts.json')], { env });
    const before = (await stored()).size;
    const again = await runCli(['import', fx('posts.ndjson'), fx('posts.json')], { env });
    expect(again.stdout).toContain('Imported 8 rows: 0 accepted, 6 duplicates, 2 rejected');
    expect((await stored()).size).toBe(before);
  });

  it('exits 0 when nothing is rejected', async () => {
    const r = await runCli(['import', fx('posts.json')], { env });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe('Imported 3 rows: 3 accepted, 0 duplicates, 0 rejected (2 matched no brand)\n');
  });

  it('--source fills a missing source, --brand assigns every row', async () => {
    const r = await runCli(['import', '--source', 'cli', '--brand', 'harbor', fx('nosource.ndjson')], {
      env,
    });
    expect(r.code).toBe(0);
    const posts = await stored();
    expect(posts.get('cli/s1')?.brands).toEqual(['harbor']);
    expect(posts.get('own/s2')?.brands).toEqual(['harbor']);
    const unknown = await runCli(['import', '--brand', 'nope', fx('posts.json')], { env });
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toBe(
      'outcry import: --brand: unknown brand "nope" (known brands: harbor, northwind)\n',
    );
  });

  it('fails clearly for no file, an unknown file type, a missing file and a broken JSON file', async () => {
    const none = await runCli(['import'], { env });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('name at least one file');
    const txt = join(dir, 'posts.txt');
    writeFileSync(txt, 'hello');
    const kind = await runCli(['import', txt], { env });
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('unknown file type');
    const missing = await runCli(['import', join(dir, 'missing.ndjson')], { env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`outcry import: ${join(dir, 'missing.ndjson')}: no such file\n`);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '[{"id": 1,');
    const bad = await runCli(['import', broken], { env });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('broken.json');
    const badEnv = await runCli(['import', fx('posts.json')], { env: { ...env, OUTCRY_DEMO: 'maybe' } });
    expect(badEnv.code).not.toBe(0);
    expect(badEnv.stderr).toContain('OUTCRY_DEMO');
  });
});
