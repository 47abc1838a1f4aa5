import type { Post } from '../../shared/post';
import type { Store } from '../store/types';

const SLICES = 6;

/**
 * Up to `max` posts spread over [from, to): the window is cut into equal slices and each gives its newest
 * posts, so a long incident is not represented by its last minutes only. Oldest first.
 */
export async function samplePosts(
  store: Store,
  q: { brand: string; from: number; to: number; complaint?: boolean },
  max: number,
): Promise<Post[]> {
  if (q.to <= q.from) return [];
  const per = Math.max(1, Math.floor(max / SLICES));
  const step = (q.to - q.from) / SLICES;
  const pages = await Promise.all(
    Array.from({ length: SLICES }, (_, i) => {
      const from = Math.round(q.from + i * step);
      const to = i === SLICES - 1 ? q.to : Math.round(q.from + (i + 1) * step);
      return store.listPosts({
        brand: q.brand,
        from,
        to,
        limit: per,
        ...(q.complaint === undefined ? {} : { complaint: q.complaint }),
      });
    }),
  );
  return pages.flatMap((p) => [...p.items].reverse());
}
