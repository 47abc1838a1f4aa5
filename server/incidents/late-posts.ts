import type { NewPost } from '../store/types';
import { minuteOf } from '../store/types';

/** The earliest minute of the inserted posts, per brand. */
export function earliestMinutes(posts: readonly NewPost[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of posts) {
    const m = minuteOf(p.createdAt);
    for (const b of p.brands) if (m < (out.get(b) ?? Number.POSITIVE_INFINITY)) out.set(b, m);
  }
  return out;
}
