import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { expect } from 'vitest';
import { type ErrorBody, ErrorBodySchema } from '../../shared/errors';

/** Sends one request: in-process (`app.request`) or over real HTTP (`fetch`). */
export type Send = (path: string, init?: RequestInit) => Promise<Response>;
type FetchApp = { request(path: string, init?: RequestInit): Response | Promise<Response> };

export const inProcess =
  (app: FetchApp): Send =>
  async (path, init) =>
    app.request(path, init);

export const overHttp =
  (baseUrl: string): Send =>
  (path, init) =>
    fetch(`${baseUrl}${path}`, init);

export type Res = { status: number; headers: Headers; text: string; body: unknown };

export type CallOptions = {
  /** Bearer token; omitted = no Authorization header */
  token?: string;
  /** JSON-encoded as the body (Content-Type application/json unless `type` says otherwise) */
  json?: unknown;
  /** raw body */
  body?: string;
  type?: string;
  headers?: Record<string, string>;
};

export async function call(send: Send, method: string, path: string, opts: CallOptions = {}): Promise<Res> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token !== undefined) headers.authorization = `Bearer ${opts.token}`;
  let body: string | undefined = opts.body;
  if (opts.json !== undefined) body = JSON.stringify(opts.json);
  if (body !== undefined) headers['content-type'] = opts.type ?? 'application/json';
  const res = await send(path, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  return { status: res.status, headers: res.headers, text, body: parsed };
}

/** Asserts the one error shape and the status; returns the error for further checks. */
export function expectError(res: Res, status: number, code: string): ErrorBody['error'] {
  expect(res.status, res.text).toBe(status);
  expect(res.headers.get('content-type') ?? '').toMatch(/^application\/json/);
  const parsed = ErrorBodySchema.parse(res.body);
  expect(parsed.error.code).toBe(code);
  expect(parsed.error.message.length).toBeGreaterThan(0);
  expect(parsed.error.requestId).toMatch(/\S/);
  return parsed.error;
}

export type Listening = { url: string; close(): Promise<void> };

/** Serves the app on 127.0.0.1 with a free port. */
export async function listen(app: {
  fetch: (req: Request) => Response | Promise<Response>;
}): Promise<Listening> {
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
