import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../server/store';
import { spawnCli } from '../helpers/cli';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');

let dir: string;
let env: NodeJS.ProcessEnv;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'outcry-cli-errors-'));
  const config = join(dir, 'outcry.json');
  writeFileSync(
    config,
    JSON.stringify({ brands: [{ id: 'northwind', name: 'Northwind', keywords: ['Northwind'] }] }),
  );
  env = { OUTCRY_DB: join(dir, 'outcry.db'), OUTCRY_CONFIG: config };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function storedIds(): Promise<string[]> {
  const store = await openStore({ db: join(dir, 'outcry.db'), databaseUrl: undefined });
  try {
    return (await store.listPosts({ limit: 100 })).items.map((p) => p.id).sort();
  } finally {
    await store.close();
  }
}

/** A failure is one line on stderr: no stack frames, no raw errno text. */
function expectOneLine(stderr: string) {
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at |ENOENT|EPIPE|Error:/);
}

describe('outcry errors, as a user sees them', () => {
  it('a missing file is one line naming the file, before anything is stored', async () => {
    const missing = join(dir, 'nope.csv');
    const r = await spawnCli(['import', join(FIXTURES, 'posts.json'), missing], { env });
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: `outcry import: ${missing}: no such file\n` });
    expectOneLine(r.stderr);
  });

  it('an unknown --brand is one error up front, not a rejection per row', async () => {
    const r = await spawnCli(['import', '--brand', 'southwind', join(FIXTURES, 'posts.json')], { env });
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe('outcry import: --brand: unknown brand "southwind" (known brands: northwind)\n');
    expect(await storedIds()).toEqual([]);
  });

  it('one unclosed CSV quote rejects that record at its own line and the rest imports', async () => {
    const r = await spawnCli(['import', join(FIXTURES, 'unclosed-quote.csv')], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Imported 6 rows: 5 accepted, 0 duplicates, 1 rejected');
    expect(r.stdout).toMatch(/unclosed-quote\.csv line 3: the quote opened in field `text` is never closed/);
    expect(await storedIds()).toEqual(['u1', 'u3', 'u4', 'u5', 'u6']);
  });

  it('schema problems read as plain words with file, line and field', async () => {
    const file = join(dir, 'posts.ndjson');
    writeFileSync(
      file,
      [
        JSON.stringify({
          id: 'a',
          source: 'x',
          author: 'ann',
          text: 'Northwind down',
          createdAt: '2024-05-01T10:00:00Z',
        }),
        JSON.stringify({ id: 'b', source: 'x', author: 'bob', text: 'Northwind down' }),
        JSON.stringify({ id: 'c', source: 'x', author: 'cy', text: 7, createdAt: '2024-05-01T10:00:00Z' }),
        JSON.stringify({ id: 'd', text: 'Northwind down' }),
      ].join('\n'),
    );
    const r = await spawnCli(['import', file], { env });
    expect(r.stdout).toContain(`${file} line 2: field \`createdAt\` is missing\n`);
    expect(r.stdout).toContain(`${file} line 3: field \`text\` must be text, not a whole number\n`);
    expect(r.stdout).toContain(
      `${file} line 4: fields \`source\`, \`author\` and \`createdAt\` are missing\n`,
    );
    expect(r.stdout).not.toMatch(/Invalid input|expected string/);
  });

  it('`outcry detect | head` and `outcry analyze | head` end quietly when the reader goes away', async () => {
    const rows = ['timestamp,value'];
    for (let i = 0; i < 100_000; i++) rows.push(`${1_700_000_000 + i * 60},${i % 7}`);
    const detect = await spawnCli(['detect'], { stdin: rows.join('\n'), stdoutBytes: 64 });
    expect(detect).toMatchObject({ code: 0, stderr: '' });
    const line = `${JSON.stringify({ id: 1, text: 'Northwind is down' })}\n`;
    const analyze = await spawnCli(['analyze'], { stdin: line.repeat(20_000), stdoutBytes: 64 });
    expect(analyze).toMatchObject({ code: 0, stderr: '' });
  });

  it('an unknown option is one line pointing at the command’s help', async () => {
    const r = await spawnCli(['import', '--brnad', 'x', 'a.csv'], { env });
    expect(r).toMatchObject({
      code: 2,
      stderr: "outcry import: Unknown option '--brnad' (see `outcry import --help`)\n",
    });
  });
});
