import { statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../server/version';
import { spawnCli } from '../helpers/cli';

const BUILT = join(import.meta.dirname, '..', '..', 'dist', 'cli', 'main.js');

describe('the outcry command, spawned as a user runs it', () => {
  it('prints --help and --version from the built JavaScript', async () => {
    const help = await spawnCli(['--help']);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toContain(`outcry ${VERSION}`);
    expect(help.stdout).toMatch(/^ {2}analyze +score NDJSON/m);
    expect(await spawnCli(['--version'])).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
  });

  it('rebuilds first when the build is older than the sources, so old code never runs', async () => {
    await spawnCli(['--version']); // make sure a build exists
    const old = new Date('2001-01-01T00:00:00Z');
    utimesSync(BUILT, old, old);
    const r = await spawnCli(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
    expect(statSync(BUILT).mtimeMs).toBeGreaterThan(old.getTime());
  });

  it('analyze scores a line; the same from the TypeScript sources (OUTCRY_FROM_SOURCE=1)', async () => {
    const stdin = `${JSON.stringify({ id: 'a', text: "Northwind app is down again, I can't log in" })}\n`;
    const built = await spawnCli(['analyze'], { stdin });
    const source = await spawnCli(['analyze'], { stdin, env: { OUTCRY_FROM_SOURCE: '1' } });
    expect(built.code).toBe(0);
    expect(JSON.parse(built.stdout)).toMatchObject({ id: 'a', label: 'negative', complaint: true });
    expect(source).toEqual(built);
  });
});
