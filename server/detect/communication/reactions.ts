import type { Reaction } from '../../../shared/communication';
import { toIso } from '../../../shared/time';
import type { PublicPost } from './types';

/** The `n` most shared posts (ties: newest first), as reactions to show. */
export const topReactions = (posts: readonly PublicPost[], n: number): Reaction[] =>
  [...posts]
    .sort((a, b) => (b.shares ?? 0) - (a.shares ?? 0) || b.t - a.t)
    .slice(0, n)
    .map((p) => ({
      source: p.source,
      id: p.id,
      author: p.author,
      at: toIso(p.t),
      text: p.text,
      negative: p.negative,
      complaint: p.complaint,
      shares: p.shares,
    }));
