import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';
import { type RunningServer, startServer } from '../../server/index';
import { createLogger } from '../../server/log';
import { call, overHttp } from '../helpers/http';

let dir: string;
let server: RunningServer;
const lines: string[] = [];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'outcry-logs-'));
  const config = loadConfig({
    OUTCRY_DB: join(dir, 'outcry.db'),
    PORT: '0',
    OUTCRY_DEMO: '0',
    OUTCRY_LOG_FORMAT: 'json',
  });
  const logger = createLogger({ level: config.log, format: config.logFormat, write: (s) => lines.push(s) });
  server = await startServer({
    config,
    version: '0.0.0-test',
    staticDir: join(dir, 'none'),
    log: logger.line,
    logger,
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('OUTCRY_LOG_FORMAT=json', () => {
  it('logs every line as JSON, each request with its request id, method, path and status', async () => {
    const res = await call(overHttp(server.url), 'GET', '/api/v1/brands/nope', {
      headers: { 'x-request-id': 'trace-42' },
    });
    expect(res.status).toBe(404);
    expect(res.headers.get('x-request-id')).toBe('trace-42');
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parsed.some((p) => String(p.msg).startsWith('Outcry 0.0.0-test listening'))).toBe(true);
    expect(parsed).toContainEqual(
      expect.objectContaining({
        level: 'info',
        msg: 'request',
        requestId: 'trace-42',
        method: 'GET',
        path: '/api/v1/brands/nope',
        status: 404,
      }),
    );
  });
});
