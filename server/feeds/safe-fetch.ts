import http from 'node:http';
import https from 'node:https';
import type { IncomingMessage } from 'node:http';
import type { LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { assertUrlAllowed, createGuardedLookup } from './safe-fetch-policy';
import type { NetworkPolicy, Resolver } from './safe-fetch-policy';

/** GET-only, fetch-compatible signature injected into adapters (global `fetch` also satisfies it). */
export type FetchLike = (url: string, init?: SafeRequestInit) => Promise<Response>;

export interface SafeRequestInit {
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Whole request including the body; null disables it (long-lived streams use idleTimeoutMs). */
  timeoutMs?: number | null;
  /** Abort when no bytes arrive for this long. */
  idleTimeoutMs?: number;
  maxBytes?: number;
}

export interface SafeFetchOptions {
  policy: NetworkPolicy;
  resolve?: Resolver;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
}

export type FetchErrorKind = 'timeout' | 'too_large' | 'blocked' | 'network' | 'protocol' | 'aborted';

export class FetchError extends Error {
  constructor(
    readonly kind: FetchErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

export const DEFAULT_FETCH_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const NULL_BODY = new Set([204, 205, 304]);
const REDIRECT = new Set([301, 302, 303, 307, 308]);

interface Guard {
  controller: AbortController;
  fail(err: FetchError): void;
  touch(): void;
  release(): void;
}

/** One AbortController for redirects + body, fired by the caller, the deadline or the idle timer. */
function createGuard(init: SafeRequestInit, defaultTimeout: number): Guard {
  const controller = new AbortController();
  const fail = (err: FetchError) => {
    if (!controller.signal.aborted) controller.abort(err);
  };
  const total = init.timeoutMs === undefined ? defaultTimeout : init.timeoutMs;
  const deadline =
    total === null
      ? null
      : setTimeout(() => fail(new FetchError('timeout', `timed out after ${total} ms`)), total);
  let idle: NodeJS.Timeout | null = null;
  const touch = () => {
    if (init.idleTimeoutMs === undefined) return;
    if (idle) clearTimeout(idle);
    const ms = init.idleTimeoutMs;
    idle = setTimeout(() => fail(new FetchError('timeout', `no data for ${ms} ms`)), ms);
  };
  const onCallerAbort = () => fail(new FetchError('aborted', 'request aborted'));
  if (init.signal?.aborted) onCallerAbort();
  init.signal?.addEventListener('abort', onCallerAbort, { once: true });
  touch();
  const release = () => {
    if (deadline) clearTimeout(deadline);
    if (idle) clearTimeout(idle);
    init.signal?.removeEventListener('abort', onCallerAbort);
  };
  return { controller, fail, touch, release };
}

function reasonOf(signal: AbortSignal, fallback: unknown): FetchError {
  if (signal.reason instanceof FetchError) return signal.reason;
  const msg = fallback instanceof Error ? fallback.message : String(fallback);
  const code = (fallback as { code?: unknown } | null)?.code;
  return new FetchError(code === 'EBLOCKED' ? 'blocked' : 'network', msg);
}

function request(url: URL, headers: Record<string, string>, lookup: LookupFunction, guard: Guard) {
  return new Promise<IncomingMessage>((resolve, reject) => {
    const mod = url.protocol === 'https:' ? https : http;
    const req = mod.request(url, {
      method: 'GET',
      headers,
      lookup,
      agent: false,
      signal: guard.controller.signal,
    });
    req.on('response', (res) => {
      res.on('error', () => {}); // handled by the body stream; this only keeps a late abort from crashing
      resolve(res);
    });
    req.on('error', (err) => reject(reasonOf(guard.controller.signal, err)));
    req.end();
  });
}

function decoded(res: IncomingMessage): Readable {
  const encoding = (res.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return res.pipe(zlib.createGunzip());
  if (encoding === 'deflate') return res.pipe(zlib.createInflate());
  if (encoding === 'br') return res.pipe(zlib.createBrotliDecompress());
  if (encoding === 'identity' || encoding === '') return res;
  throw new FetchError('protocol', `unsupported content-encoding ${encoding}`);
}

function toResponse(res: IncomingMessage, guard: Guard, maxBytes: number): Response {
  const status = res.statusCode ?? 0;
  if (status < 200 || status > 599) throw new FetchError('protocol', `invalid HTTP status ${status}`);
  const headers = new Headers();
  for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
    const name = res.rawHeaders[i] ?? '';
    if (/^content-(encoding|length)$/i.test(name)) continue; // the body below is already decoded
    try {
      headers.append(name, res.rawHeaders[i + 1] ?? '');
    } catch {
      // A header value fetch's Headers rejects: drop it rather than the whole response.
    }
  }
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    throw new FetchError('too_large', `response is ${declared} bytes, over the ${maxBytes} byte limit`);
  }
  if (NULL_BODY.has(status)) {
    res.resume();
    guard.release();
    return new Response(null, { status, statusText: res.statusMessage, headers });
  }
  const source = decoded(res);
  let total = 0;
  let done = false;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const stop = (err: FetchError) => {
        if (done) return;
        done = true;
        guard.fail(err);
        guard.release();
        source.destroy();
        controller.error(err);
      };
      guard.controller.signal.addEventListener('abort', () =>
        stop(reasonOf(guard.controller.signal, 'aborted')),
      );
      source.on('data', (chunk: Buffer) => {
        if (done) return;
        guard.touch();
        total += chunk.length;
        if (total > maxBytes) return stop(new FetchError('too_large', `response exceeded ${maxBytes} bytes`));
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 1) <= 0) source.pause();
      });
      source.on('end', () => {
        if (done) return;
        done = true;
        guard.release();
        controller.close();
      });
      source.on('error', (err) => stop(reasonOf(guard.controller.signal, err)));
      res.on('error', (err) => stop(reasonOf(guard.controller.signal, err)));
      res.on('aborted', () => stop(new FetchError('network', 'connection closed before the body ended')));
    },
    pull() {
      source.resume();
    },
    cancel() {
      done = true;
      guard.fail(new FetchError('aborted', 'body cancelled'));
      guard.release();
      source.destroy();
    },
  });
  return new Response(body, { status, statusText: res.statusMessage, headers });
}

/**
 * fetch for untrusted URLs: http(s) only, addresses checked after DNS (see safe-fetch-policy), a total
 * and an idle timeout, a decoded-size limit enforced while streaming, and at most a few redirects, each
 * re-checked, with credentials dropped when a redirect leaves the origin.
 */
export function createSafeFetch(options: SafeFetchOptions): FetchLike {
  const lookup = createGuardedLookup(options.policy, options.resolve);
  const maxRedirects = options.maxRedirects ?? 5;
  return async (input, init = {}) => {
    const guard = createGuard(init, options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS);
    let headers: Record<string, string> = {
      'user-agent': options.userAgent ?? 'Outcry/0.1 (+self-hosted outage monitor)',
      'accept-encoding': 'gzip, deflate, br',
      ...init.headers,
    };
    try {
      let url = new URL(input);
      for (let hop = 0; ; hop++) {
        try {
          assertUrlAllowed(url, options.policy, ['http:', 'https:']);
        } catch (err) {
          throw new FetchError('blocked', err instanceof Error ? err.message : String(err));
        }
        const res = await request(url, headers, lookup, guard);
        const location = res.headers.location;
        if (!REDIRECT.has(res.statusCode ?? 0) || !location) {
          return toResponse(res, guard, init.maxBytes ?? options.maxBytes ?? DEFAULT_MAX_BYTES);
        }
        res.resume();
        if (hop >= maxRedirects) throw new FetchError('protocol', `more than ${maxRedirects} redirects`);
        const next = new URL(location, url);
        if (next.origin !== url.origin) {
          headers = Object.fromEntries(
            Object.entries(headers).filter(([k]) => !/^(authorization|cookie)$/i.test(k)),
          );
        }
        url = next;
      }
    } catch (err) {
      const failure = err instanceof FetchError ? err : reasonOf(guard.controller.signal, err);
      guard.fail(failure); // aborting also destroys a socket whose response was refused
      guard.release();
      throw failure;
    }
  };
}
