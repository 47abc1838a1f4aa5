import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { type RunningServer, startServer } from '../../server/index';
import { type Send, call, expectError, overHttp } from '../helpers/http';

const PAGE = '<!doctype html><html><body><div id="root"></div></body></html>';
let dir: string;
let server: RunningServer;
let send: Send;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'outcry-404-'));
  const client = join(dir, 'client');
  mkdirSync(join(client, 'assets'), { recursive: true });
  writeFileSync(join(client, 'index.html'), PAGE);
  writeFileSync(join(client, 'assets', 'app-1234.js'), 'console.log(1)');
  writeFileSync(join(client, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const config = loadConfig({ OUTCRY_DB: join(dir, 'outcry.db'), PORT: '0', OUTCRY_DEMO: '0' });
  server = await startServer({ config, version: '0.0.0-test', staticDir: client, log: () => {} });
  send = overHttp(server.url);
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('what is not a route is a JSON 404; only pages load the dashboard', () => {
  it.each([
    '/api/v1/nope',
    '/api/v2/brands',
    '/api/',
    '/api',
    '/openapi.json',
    '/wp-login.php',
    '/incidents/report.pdf',
    '/assets/missing-5678.js',
    '/favicon.ico',
  ])('GET %s', async (path) => {
    const err = expectError(await call(send, 'GET', path), 404, 'not_found');
    expect(err.message).toContain(path);
  });

  it('answers unknown methods on API paths with the JSON 404 too', async () => {
    expectError(await call(send, 'POST', '/api/v1/nope', { json: {} }), 404, 'not_found');
    expectError(await call(send, 'DELETE', '/incidents'), 404, 'not_found');
  });

  it.each([
    '/',
    '/incidents',
    '/incidents/northwind:1772434800000',
    '/explore',
    '/some/page/the/client/handles',
  ])('GET %s loads the dashboard', async (path) => {
    const res = await call(send, 'GET', path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.text).toBe(PAGE);
  });

  it('serves files that exist', async () => {
    const asset = await call(send, 'GET', '/assets/app-1234.js');
    expect(asset.status).toBe(200);
    expect(asset.text).toBe('console.log(1)');
    expect((await call(send, 'GET', '/favicon.svg')).status).toBe(200);
  });
});
