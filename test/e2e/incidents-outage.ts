import { ADMIN_TOKEN } from './harness';

const MINUTE = 60_000;

export const OUTAGE_BRAND = {
  id: 'e2e-bank',
  name: 'Acme Test Bank',
  keywords: ['acme test bank'],
  officialHandles: ['AcmeTestBankHelp'],
};
const OFFICIAL = 'AcmeTestBankHelp';

type PostIn = { id: string; source: string; author: string; text: string; createdAt: string; brand: string };

const COMPLAINTS = [
  "Acme Test Bank app is down again, I can't log in. Error 503 every time!",
  '@AcmeTestBank my card payment was declined at the shop, payments failing everywhere',
  'Acme Test Bank app keeps crashing when I open my statement, so annoying',
  "is acme test bank down?? transfers not going through and I can't pay rent",
  'Acme Test Bank login broken for an hour now, useless',
  'card declined twice with Acme Test Bank, what is going on',
];
const ORDINARY = [
  'Opened a savings account with Acme Test Bank today, easy and quick',
  'Acme Test Bank branch staff were lovely this morning',
];

const post = (id: string, at: number, author: string, text: string): PostIn => ({
  id,
  source: 'e2e',
  author,
  text,
  createdAt: new Date(at).toISOString(),
  brand: OUTAGE_BRAND.id,
});

/** Eight quiet hours before `until`: a complaint every 3 minutes, an ordinary post every 2. */
export function baselinePosts(until: number): PostIn[] {
  const out: PostIn[] = [];
  const from = until - 8 * 60 * MINUTE;
  for (let t = from, i = 0; t < until; t += MINUTE, i++) {
    if (i % 3 === 0) out.push(post(`base-c${i}`, t + 7_000, `regular${i % 40}`, COMPLAINTS[i % 3] ?? ''));
    if (i % 2 === 0) out.push(post(`base-n${i}`, t + 31_000, `happy${i % 25}`, ORDINARY[i % 2] ?? ''));
  }
  return out;
}

/** `perMinute` complaints from distinct people in each of the `minutes` whole minutes before `endMinute`. */
export function burstPosts(endMinute: number, minutes: number, perMinute: number): PostIn[] {
  const out: PostIn[] = [];
  for (let m = minutes; m >= 1; m--) {
    const t = endMinute - m * MINUTE;
    for (let k = 0; k < perMinute; k++)
      out.push(
        post(`burst-${t}-${k}`, t + 1_000 + k * 1_500, `angry${m}x${k}`, COMPLAINTS[(m + k) % 6] ?? ''),
      );
  }
  return out;
}

export const statement = (at: number, text: string): PostIn => post(`official-${at}`, at, OFFICIAL, text);

async function call(baseUrl: string, path: string, body: unknown): Promise<Response> {
  return fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

export async function createOutageBrand(baseUrl: string): Promise<void> {
  const res = await call(baseUrl, '/api/v1/brands', OUTAGE_BRAND);
  if (res.status !== 201) throw new Error(`brand: ${res.status} ${await res.text()}`);
}

export async function ingest(baseUrl: string, posts: readonly PostIn[]): Promise<number> {
  const res = await call(baseUrl, '/api/v1/posts', posts);
  const body = (await res.json()) as { accepted?: number };
  if (res.status !== 200) throw new Error(`ingest: ${res.status} ${JSON.stringify(body)}`);
  return body.accepted ?? 0;
}

/** Poll `check` until it returns a value or the time is up (the engine ticks every ~10 s). */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | null>,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await check();
    if (value !== null) return value;
    await new Promise((r) => setTimeout(r, 1_000));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
