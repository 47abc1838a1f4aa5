import type { NewPost, Store } from '../store/types';
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

/**
 * An afterInsert hook for processes that do not run the engine (`outcry import`): it only notes, per
 * brand, the earliest minute that received posts, and the engine replays from there on its next tick.
 */
export const markLatePosts =
  (store: Store) =>
  async (posts: NewPost[]): Promise<void> => {
    for (const [brand, minute] of earliestMinutes(posts)) await store.markMonitorRewind(brand, minute);
  };
