import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WhoamiSchema } from '../../shared/auth';
import { TOKEN, type TestApp, createTestApp } from '../helpers/app';
import { type Send, call, expectError, inProcess } from '../helpers/http';

let t: TestApp;
let send: Send;
beforeEach(async () => {
  t = await createTestApp();
  send = inProcess(t.app);
});
afterEach(() => t.close());

describe('GET /api/v1/auth/whoami', () => {
  it('names the role of the admin token', async () => {
    const res = await call(send, 'GET', '/api/v1/auth/whoami', { token: TOKEN });
    expect(res.status).toBe(200);
    expect(WhoamiSchema.parse(res.body)).toEqual({ role: 'admin' });
  });

  it('answers 401 without a token, asking for a bearer token', async () => {
    const res = await call(send, 'GET', '/api/v1/auth/whoami');
    expectError(res, 401, 'unauthorized');
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('answers 401 for a token the server does not know, and for a header that is not a bearer token', async () => {
    expect(
      expectError(await call(send, 'GET', '/api/v1/auth/whoami', { token: `${TOKEN}x` }), 401, 'unauthorized')
        .message,
    ).toMatch(/not valid/);
    const basic = await call(send, 'GET', '/api/v1/auth/whoami', {
      headers: { authorization: `Basic ${TOKEN}` },
    });
    expectError(basic, 401, 'unauthorized');
  });
});
