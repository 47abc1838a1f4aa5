import { type Rng, pick } from '../../server/demo/random';

/** A request the fuzzer sends: method, path with query, optional raw body and content type. */
export type FuzzRequest = { method: string; path: string; body?: string; type?: string; admin: boolean };

const NOW = Date.now();
const b64 = (s: string): string => Buffer.from(s).toString('base64url');

/** Hostile values for a query or path parameter (already URL-encoded where they need to be). */
const VALUES = [
  '',
  '%00',
  'a%00',
  '%00a',
  'acme',
  'northwind',
  '%',
  '%E0%A4%A',
  '%FF%FE',
  '%ED%A0%80',
  '..%2F..%2Fetc%2Fpasswd',
  "'%20OR%201=1%20--",
  'x'.repeat(5000),
  '99999999999999999999',
  '-1',
  '0',
  '1e309',
  'NaN',
  'Infinity',
  String(NOW),
  String(NOW - 1000),
  new Date(NOW).toISOString(),
  '2026-02-30T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '0000-01-01T00:00:00Z',
  '%F0%9F%92%A5',
  b64('99999999999999999999:1'),
  b64('1:99999999999999999999'),
  b64('-9007199254740993:0'),
  b64(`${NOW}:5`),
  'true',
  'yes',
  'open,escalated',
  'open,%00',
  '1m',
  '1d',
  'csv',
  'ndjson',
  'negative',
  'login',
];

const GET_PATHS = [
  '/api/v1/posts',
  '/api/v1/series',
  '/api/v1/incidents',
  '/api/v1/brands',
  '/api/v1/sources',
  '/api/v1/sources/export',
  '/api/v1/webhooks',
  '/api/health',
  '/api/v1/auth/whoami',
];
const PARAM_PATHS = [
  '/api/v1/brands/:id',
  '/api/v1/incidents/:id',
  '/api/v1/incidents/:id/report',
  '/api/v1/sources/:id',
  '/api/v1/webhooks/:id',
  '/api/v1/webhooks/:id/deliveries',
];
const KEYS = [
  'brand',
  'from',
  'to',
  'q',
  'cursor',
  'limit',
  'bucket',
  'format',
  'status',
  'label',
  'category',
];
const KEYS_EXTRA = ['complaint', 'official', 'harm', '__proto__', 'constructor', 'brand[]', ''];

/** Strings for JSON bodies: NUL, lone surrogates, control characters, markup, huge. */
const TEXTS = [
  'Acme',
  'Acme\u0000Bank',
  '\u0000',
  'name\ud800',
  '\udfff',
  '\u202eevil',
  '<script>alert(1)</script>',
  "Robert'); DROP TABLE posts;--",
  ' ',
  'x'.repeat(300),
  '😀 emoji',
  '\u0001\u0002\u001f',
];
const URLS = [
  'https://user:secret@feeds.example/rss',
  'https://feeds.example/rss\u0000',
  'http://169.254.169.254/latest/meta-data/',
  'http://[::169.254.169.254]/',
  'http://[::ffff:a9fe:a9fe]/',
  'http://[2002:a9fe:a9fe::]/',
  'http://[64:ff9b::a9fe:a9fe]/',
  'http://127.0.0.1:1/',
  'http://10.0.0.1/',
  'http://[fe80::1]/',
  'http://0x7f.1/',
  'javascript:alert(1)',
  'file:///etc/passwd',
  'wss://jetstream.example/subscribe',
  'https://hooks.invalid/x',
  'not a url',
];

const str = (r: Rng): unknown =>
  r() < 0.8 ? pick(r, TEXTS) : pick(r, [null, 7, -1, 1e308, true, [], {}, ['a'], { $gt: '' }]);

function post(r: Rng, i: number): unknown {
  const p: Record<string, unknown> = {
    id: r() < 0.9 ? `f${i}` : pick(r, ['', 'a\u0000b', 2 ** 60, -1, { x: 1 }]),
    source: r() < 0.9 ? 'fuzz' : pick(r, ['drop table', '\u0000', '']),
    author: r() < 0.8 ? 'someone' : str(r),
    text: r() < 0.6 ? `Acme is down again ${i}` : str(r),
    createdAt:
      r() < 0.8 ? new Date(NOW - Math.floor(r() * 3_600_000)).toISOString() : pick(r, VALUES.slice(12, 26)),
  };
  if (r() < 0.2) p.url = pick(r, URLS);
  if (r() < 0.1) p.brand = str(r);
  if (r() < 0.1) p.replyTo = str(r);
  if (r() < 0.1) p.shares = pick(r, [-1, 1e20, 2 ** 53 + 1, '3', 5]);
  return p;
}

function jsonBody(r: Rng, resource: string, i: number): unknown {
  if (resource === 'posts')
    return Array.from({ length: 1 + Math.floor(r() * 5) }, (_, k) => post(r, i * 10 + k));
  if (resource === 'brands')
    return { name: str(r), keywords: r() < 0.5 ? [str(r), 'Acme'] : str(r), officialHandles: [str(r)] };
  if (resource === 'webhooks') return { name: str(r), url: pick(r, URLS), events: ['open'], brands: [] };
  return {
    kind: pick(r, ['rss', 'mastodon', 'statuspage', 'jetstream', 'gopher']),
    url: pick(r, URLS),
    query: str(r),
    brand: r() < 0.5 ? 'acme' : str(r),
    enabled: false,
  };
}

const RAW_BODIES = [
  '',
  '{',
  '[[[[[[[[[[[[[[[[[[[[',
  `${'['.repeat(50_000)}${']'.repeat(50_000)}`,
  `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`,
  '\u0000\u00ff',
  'null',
  '"\\u0000"',
  '{"name":"a\\u0000b","keywords":[]}',
  '{"__proto__":{"admin":true},"name":"x"}',
];

/** The i-th request of a seeded run. */
export function fuzzRequest(r: Rng, i: number): FuzzRequest {
  const roll = r();
  if (roll < 0.45) {
    const params = Array.from({ length: Math.floor(r() * 4) }, () => {
      const key = r() < 0.9 ? pick(r, KEYS) : pick(r, KEYS_EXTRA);
      return `${key}=${pick(r, VALUES)}`;
    });
    // The overview reads every brand's baseline: a few of them, not thousands, keep the run short.
    const path = r() < 0.01 ? '/api/v1/overview' : pick(r, GET_PATHS);
    return { method: 'GET', path: params.length ? `${path}?${params.join('&')}` : path, admin: r() < 0.5 };
  }
  if (roll < 0.7) {
    const path = pick(r, PARAM_PATHS).replace(':id', pick(r, VALUES));
    const method = pick(r, ['GET', 'GET', 'DELETE', 'PATCH']);
    const body = method === 'PATCH' ? JSON.stringify({ name: str(r), enabled: str(r) }) : undefined;
    return { method, path, admin: r() < 0.7, ...(body ? { body, type: 'application/json' } : {}) };
  }
  const resource = pick(r, ['posts', 'posts', 'brands', 'webhooks', 'sources']);
  const raw = r() < 0.15;
  const body = raw ? pick(r, RAW_BODIES) : JSON.stringify(jsonBody(r, resource, i));
  const type =
    r() < 0.9 ? 'application/json' : pick(r, ['application/x-ndjson', 'text/plain', 'application/xml', '']);
  return { method: 'POST', path: `/api/v1/${resource}`, body, type, admin: r() < 0.9 };
}
