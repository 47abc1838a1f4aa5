import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config';

const dir = mkdtempSync(join(tmpdir(), 'outcry-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** The ConfigError message for env, failing the test if loadConfig accepts it. */
function errorFor(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('has working defaults', () => {
    expect(loadConfig({})).toEqual({
      port: 8787,
      host: '127.0.0.1',
      db: './data/outcry.db',
      databaseUrl: undefined,
      adminToken: undefined,
      demo: undefined,
      configFile: undefined,
      configPath: undefined,
      log: 'info',
      sourcesAllowPrivate: false,
      webhooksAllowPrivate: false,
      readAuth: false,
      logFormat: 'text',
      sqliteSynchronous: 'full',
    });
  });

  it('reads only the env it is given, treating empty values as unset', () => {
    vi.stubEnv('PORT', 'not-a-port');
    expect(loadConfig({ PORT: '', OUTCRY_DEMO: '' }).port).toBe(8787);
  });

  it('parses valid values', () => {
    const c = loadConfig({
      PORT: '0',
      HOST: '::1',
      OUTCRY_DB: ':memory:',
      OUTCRY_ADMIN_TOKEN: 'a'.repeat(16),
      OUTCRY_DEMO: '0',
      OUTCRY_LOG: 'silent',
    });
    expect(c).toMatchObject({
      port: 0,
      host: '::1',
      db: ':memory:',
      adminToken: 'aaaaaaaaaaaaaaaa',
      demo: false,
      log: 'silent',
    });
    expect(loadConfig({ OUTCRY_DEMO: 'true' }).demo).toBe(true);
    expect(loadConfig({ OUTCRY_DEMO: '1' }).demo).toBe(true);
    expect(loadConfig({ PORT: '65535' }).port).toBe(65535);
  });

  it.each(['abc', '65536', '-1', '80.5', '8o8o'])('names PORT for PORT=%s', (port) => {
    const msg = errorFor({ PORT: port });
    expect(msg).toMatch(/^Invalid PORT/);
    expect(msg).toContain(port);
  });

  it.each(['yes', 'on', 'TRUE ', '2'])('names OUTCRY_DEMO for %s', (value) => {
    expect(errorFor({ OUTCRY_DEMO: value })).toMatch(/^Invalid OUTCRY_DEMO/);
  });

  it('names OUTCRY_ADMIN_TOKEN when too short, without printing the token', () => {
    const msg = errorFor({ OUTCRY_ADMIN_TOKEN: 'hunter2' });
    expect(msg).toMatch(/^Invalid OUTCRY_ADMIN_TOKEN/);
    expect(msg).toContain('16');
    expect(msg).not.toContain('hunter2');
  });

  it('names OUTCRY_DATABASE_URL without printing its password', () => {
    const msg = errorFor({ OUTCRY_DATABASE_URL: 'mysql://app:s3cret@db/outcry' });
    expect(msg).toMatch(/^Invalid OUTCRY_DATABASE_URL/);
    expect(msg).not.toContain('s3cret');
  });

  it('names OUTCRY_LOG for an unknown level', () => {
    expect(errorFor({ OUTCRY_LOG: 'loud' })).toMatch(/^Invalid OUTCRY_LOG="loud"/);
  });

  describe('OUTCRY_CONFIG', () => {
    it('reads brands from the file, with defaults', () => {
      const path = file('ok.json', JSON.stringify({ brands: [{ name: 'Acme Bank', keywords: ['Acme'] }] }));
      const c = loadConfig({ OUTCRY_CONFIG: path });
      expect(c.configPath).toBe(path);
      expect(c.configFile).toEqual({
        brands: [{ name: 'Acme Bank', keywords: ['Acme'], officialHandles: [] }],
        sources: [],
        communication: { ackWithinMin: 30, updateEveryMin: 60, warningFraction: 0.75 },
      });
    });

    it('reads communication targets, and names the field at fault', () => {
      const ok = file('comm.json', JSON.stringify({ communication: { ackWithinMin: 15 } }));
      expect(loadConfig({ OUTCRY_CONFIG: ok }).configFile?.communication).toMatchObject({
        ackWithinMin: 15,
        updateEveryMin: 60,
      });
      const bad = file('comm-bad.json', JSON.stringify({ communication: { updateEveryMin: -5 } }));
      expect(errorFor({ OUTCRY_CONFIG: bad })).toMatch(/communication\.updateEveryMin/);
    });

    it('names the variable for a missing file', () => {
      const msg = errorFor({ OUTCRY_CONFIG: join(dir, 'missing.json') });
      expect(msg).toMatch(/^Invalid OUTCRY_CONFIG=/);
      expect(msg).toContain('missing.json');
    });

    it('names the variable for a file that is not JSON', () => {
      expect(errorFor({ OUTCRY_CONFIG: file('bad.json', '{ brands: [') })).toMatch(
        /^Invalid OUTCRY_CONFIG=.*bad\.json/,
      );
    });

    it.each([
      ['{"brands": [{"keywords": ["x"]}]}', 'brands.0.name'],
      ['{"brands": [{"name": "A", "id": "Not A Slug"}]}', 'brands.0.id'],
      ['{"brands": "Acme"}', 'brands'],
      ['[]', '(root)'],
    ])('names the variable and the path for %s', (content, path) => {
      const msg = errorFor({ OUTCRY_CONFIG: file('invalid.json', content) });
      expect(msg).toMatch(/^Invalid OUTCRY_CONFIG=/);
      expect(msg).toContain(`at ${path}:`);
    });
  });
});
