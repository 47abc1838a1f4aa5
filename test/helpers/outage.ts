import type { PostInputRaw } from '../../shared/post';

export const MINUTE = 60_000;
export const HOUR = 3_600_000;

export type Burst = { from: number; minutes: number; perMinute: number; text: string };

const iso = (ms: number): string => new Date(ms).toISOString();

const BASELINE_TEXTS = [
  'Northwind app is slow to load my statement [complaint] [neg] [cat:app]',
  'Northwind fees went up again [complaint] [neg] [cat:fees]',
  'waiting on Northwind customer service [complaint] [cat:customer_service]',
];

/**
 * Posts for Northwind minute by minute over [start, start + minutes): a steady 2-4 complaints plus one
 * ordinary post per minute, and `bursts` of extra complaints on top. Deterministic (no randomness), each
 * post a distinct author, ids unique per minute and slot.
 */
export function outagePosts(start: number, minutes: number, bursts: readonly Burst[] = []): PostInputRaw[] {
  const out: PostInputRaw[] = [];
  for (let m = 0; m < minutes; m++) {
    const t = start + m * MINUTE;
    const base = 2 + ((m * 7) % 3);
    for (let k = 0; k < base; k++)
      out.push(
        post(`b${m}-${k}`, t + k * 1000, BASELINE_TEXTS[(m + k) % 3] ?? '', `base${(m * 5 + k) % 97}`),
      );
    out.push(post(`n${m}`, t + 30_000, 'Paid with Northwind today, all fine [pos]', `happy${m % 13}`));
    for (const b of bursts) {
      if (t < b.from || t >= b.from + b.minutes * MINUTE) continue;
      for (let k = 0; k < b.perMinute; k++)
        out.push(post(`x${m}-${k}`, t + 5000 + k * 100, b.text, `angry${m}-${k}`));
    }
  }
  return out;
}

function post(id: string, at: number, text: string, author: string): PostInputRaw {
  return { id, source: 'test', author, text, createdAt: iso(at) };
}

/** The posts created in [from, to). */
export const between = (posts: readonly PostInputRaw[], from: number, to: number): PostInputRaw[] =>
  posts.filter((p) => {
    const t = Date.parse(String(p.createdAt));
    return t >= from && t < to;
  });
