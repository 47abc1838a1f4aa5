import type { PostInputRaw } from '../../shared/post';

/** 2026-03-02T12:00:00Z: the fixed "now" of the API tests (a Monday, on a whole day). */
export const NOW = Date.parse('2026-03-02T12:00:00.000Z');
export const MINUTE = 60_000;
export const HOUR = 3_600_000;

export const iso = (ms: number): string => new Date(ms).toISOString();

let seq = 0;

/** A valid post input; `minutesAgo` is relative to NOW. */
export function makePost(overrides: Partial<PostInputRaw> & { minutesAgo?: number } = {}): PostInputRaw {
  const { minutesAgo = 5, ...rest } = overrides;
  seq++;
  return {
    id: `p${seq}`,
    source: 'test',
    author: `user${seq}`,
    text: `Northwind is fine today (${seq})`,
    createdAt: iso(NOW - minutesAgo * MINUTE),
    ...rest,
  };
}

export const ndjson = (items: readonly unknown[]): string => items.map((i) => JSON.stringify(i)).join('\n');
