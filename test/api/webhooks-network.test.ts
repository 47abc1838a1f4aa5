import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGuardedPost } from '../../server/alerts/guarded-post';
import { TOKEN, type TestApp, createTestApp } from '../helpers/app';
import { type Send, call, expectError, inProcess } from '../helpers/http';
import { type Receiver, startReceiver } from '../helpers/receiver';

let t: TestApp;
let send: Send;
beforeAll(async () => {
  t = await createTestApp();
  send = inProcess(t.app);
});
afterAll(() => t.close());

const create = (url: string) => call(send, 'POST', '/api/v1/webhooks', { token: TOKEN, json: { url } });

describe('webhooks follow the same address policy as feed sources', () => {
  it.each([
    ['http://127.0.0.1:9/hook', /loopback.*OUTCRY_WEBHOOKS_ALLOW_PRIVATE=1/],
    ['http://[::1]/hook', /loopback/],
    ['http://10.0.0.8/hook', /private.*OUTCRY_WEBHOOKS_ALLOW_PRIVATE=1/],
    ['http://192.168.1.20/hook', /private/],
    ['http://169.254.10.10/hook', /link-local.*no setting allows it/],
    ['http://169.254.169.254/latest/meta-data', /metadata.*no setting allows it/],
    ['http://[::169.254.169.254]/', /metadata/],
    ['http://[::ffff:0:a9fe:a9fe]/', /metadata/],
    ['http://[2002:a9fe:a9fe::]/', /metadata/],
    ['http://[64:ff9b::7f00:1]/', /loopback/],
    ['http://[2001:db8::1]/', /reserved/],
    ['http://metadata.google.internal/x', /metadata/],
  ])('refuses %s with private access off', async (url, message) => {
    const err = expectError(await create(url), 400, 'validation_failed');
    expect(err.message).toMatch(message);
    expect(err.details).toEqual([expect.objectContaining({ where: 'json', path: 'url' })]);
  });

  it('accepts a public address, and refuses a private one on PATCH too', async () => {
    const res = await create('https://hooks.example.com/outcry');
    expect(res.status, res.text).toBe(201);
    const id = (res.body as { id: string }).id;
    const patch = await call(send, 'PATCH', `/api/v1/webhooks/${id}`, {
      token: TOKEN,
      json: { url: 'http://10.1.1.1/x' },
    });
    expectError(patch, 400, 'validation_failed');
  });
});

describe('the webhook sender checks the address it connects to', () => {
  let receiver: Receiver;
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(() => receiver.close());
  const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' };

  it('refuses loopback unless private access is on, then delivers', async () => {
    const strict = createGuardedPost({ allowPrivate: false, allowLoopback: false });
    await expect(strict(`${receiver.url}/hook`, init)).rejects.toThrow(/loopback/);
    // a name that resolves to loopback is refused at connect time, not only a literal address
    await expect(strict(`${receiver.url.replace('127.0.0.1', 'localhost')}/hook`, init)).rejects.toThrow(
      /loopback/,
    );
    const open = createGuardedPost({ allowPrivate: true, allowLoopback: true });
    const res = await open(`${receiver.url}/hook`, init);
    expect(res.status).toBe(200);
  });
});
