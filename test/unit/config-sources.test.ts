import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config';

const dir = mkdtempSync(join(tmpdir(), 'outcry-config-sources-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, content: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
};

function errorFor(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('OUTCRY_SOURCES_ALLOW_PRIVATE', () => {
  it.each([
    [undefined, false],
    ['0', false],
    ['false', false],
    ['1', true],
    ['true', true],
  ])('%s -> %s', (value, expected) => {
    expect(loadConfig({ OUTCRY_SOURCES_ALLOW_PRIVATE: value }).sourcesAllowPrivate).toBe(expected);
  });

  it('names the variable for anything else', () => {
    expect(errorFor({ OUTCRY_SOURCES_ALLOW_PRIVATE: 'yes' })).toMatch(
      /^Invalid OUTCRY_SOURCES_ALLOW_PRIVATE="yes"/,
    );
  });
});

describe('OUTCRY_CONFIG sources', () => {
  it('reads sources with their defaults', () => {
    const path = file('ok.json', {
      sources: [
        { id: 'status', kind: 'statuspage', url: 'https://status.example.com', brand: 'acme' },
        {
          id: 'tag',
          kind: 'mastodon',
          url: 'https://m.example',
          query: '#acme',
          credentials: { accessToken: 't' },
        },
      ],
    });
    expect(loadConfig({ OUTCRY_CONFIG: path }).configFile?.sources).toEqual([
      {
        id: 'status',
        kind: 'statuspage',
        url: 'https://status.example.com',
        query: null,
        brand: 'acme',
        pollIntervalSec: null,
        credentials: null,
        enabled: true,
      },
      {
        id: 'tag',
        kind: 'mastodon',
        url: 'https://m.example',
        query: '#acme',
        brand: null,
        pollIntervalSec: null,
        credentials: { accessToken: 't' },
        enabled: true,
      },
    ]);
  });

  it.each([
    [[{ id: 'a', kind: 'statuspage', url: 'https://s.example' }], 'sources.0.brand'],
    [[{ id: 'a', kind: 'rss', url: 'ftp://s.example/feed' }], 'sources.0.url'],
    [[{ id: 'A B', kind: 'rss', url: 'https://s.example/feed' }], 'sources.0.id'],
    [
      [
        { id: 'a', kind: 'rss', url: 'https://s.example/1' },
        { id: 'a', kind: 'rss', url: 'https://s.example/2' },
      ],
      'sources.1.id',
    ],
  ])('names the path of an invalid source (%#)', (sources, path) => {
    const msg = errorFor({ OUTCRY_CONFIG: file('bad.json', { sources }) });
    expect(msg).toMatch(/^Invalid OUTCRY_CONFIG=/);
    expect(msg).toContain(`at ${path}:`);
  });
});
