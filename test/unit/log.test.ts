import { describe, expect, it } from 'vitest';
import { createLogger } from '../../server/log';

const capture = (level: 'silent' | 'error' | 'info' | 'debug', format: 'text' | 'json') => {
  const lines: string[] = [];
  const logger = createLogger({
    level,
    format,
    write: (s) => lines.push(s),
    now: () => Date.parse('2026-03-02T12:00:00Z'),
  });
  return { logger, lines };
};

describe('createLogger', () => {
  it('writes one JSON object per line with time, level, msg and the fields', () => {
    const { logger, lines } = capture('info', 'json');
    logger.line('listening');
    logger.request({ requestId: 'r1', method: 'GET', path: '/api/v1/overview', status: 200, ms: 1.5 });
    logger.event('error', 'request failed', { requestId: 'r2', error: 'boom' });
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      { time: '2026-03-02T12:00:00.000Z', level: 'info', msg: 'listening' },
      {
        time: '2026-03-02T12:00:00.000Z',
        level: 'info',
        msg: 'request',
        requestId: 'r1',
        method: 'GET',
        path: '/api/v1/overview',
        status: 200,
        ms: 1.5,
      },
      {
        time: '2026-03-02T12:00:00.000Z',
        level: 'error',
        msg: 'request failed',
        requestId: 'r2',
        error: 'boom',
      },
    ]);
    expect(lines.every((l) => l.endsWith('\n') && !l.slice(0, -1).includes('\n'))).toBe(true);
  });

  it('writes text lines for a terminal, requests only at debug', () => {
    const info = capture('info', 'text');
    info.logger.line('listening on http://127.0.0.1:8787');
    info.logger.request({ requestId: 'r1', status: 200 });
    info.logger.event('error', 'request failed', { requestId: 'r2', error: 'a b' });
    expect(info.lines).toEqual([
      '[outcry] listening on http://127.0.0.1:8787\n',
      '[outcry] request failed requestId=r2 error="a b"\n',
    ]);
    const debug = capture('debug', 'text');
    debug.logger.request({ requestId: 'r1', status: 200 });
    expect(debug.lines).toEqual(['[outcry] request requestId=r1 status=200\n']);
  });

  it('keeps to the level: error drops info, silent drops everything', () => {
    const err = capture('error', 'json');
    err.logger.line('x');
    err.logger.request({});
    err.logger.event('error', 'y');
    expect(err.lines.map((l) => JSON.parse(l).msg)).toEqual(['y']);
    const silent = capture('silent', 'json');
    silent.logger.event('error', 'y');
    expect(silent.lines).toEqual([]);
  });
});
