import http from 'node:http';
import https from 'node:https';
import { type NetworkPolicy, assertUrlAllowed, createGuardedLookup } from '../feeds/safe-fetch-policy';
import type { FetchFn } from './send';

/**
 * The webhook sender's fetch: the same address policy as feed sources, checked on the literal URL and
 * again on every address DNS returns (at connect time, so no rebinding gap). Redirects are never
 * followed; the response body is not read.
 */
export function createGuardedPost(policy: NetworkPolicy): FetchFn {
  const lookup = createGuardedLookup(policy);
  return (input, init) =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(input);
      assertUrlAllowed(url, policy, ['http:', 'https:']);
      const headers = Object.fromEntries(new Headers(init.headers).entries());
      const body = typeof init.body === 'string' ? init.body : '';
      const req = (url.protocol === 'https:' ? https : http).request(url, {
        method: init.method ?? 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup,
        ...(init.signal ? { signal: init.signal } : {}),
      });
      req.once('response', (res) => {
        res.resume();
        const out = new Headers();
        for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') out.set(k, v);
        resolve(new Response(null, { status: res.statusCode ?? 502, headers: out }));
      });
      req.once('error', (err) => reject(Object.assign(new Error(err.message), { cause: err })));
      req.end(body);
    });
}
