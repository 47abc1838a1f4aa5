import type { HarmPost, HarmTriage } from '../../../shared/communication';
import { toIso } from '../../../shared/time';
import type { PublicPost } from './types';

const toHarmPost = (p: PublicPost): HarmPost => ({
  source: p.source,
  id: p.id,
  author: p.author,
  at: toIso(p.t),
  text: p.text,
  shares: p.shares,
  url: p.url,
});

/** Hardship posts (the scorer's harm flag) in [from, to): how many, the newest and the most shared. */
export function harmTriage(posts: readonly PublicPost[], from: number, to: number, limit = 20): HarmTriage {
  const harm = posts.filter((p) => p.harm && p.t >= from && p.t < to);
  const newest = [...harm].sort((a, b) => b.t - a.t);
  const mostShared = [...harm].sort((a, b) => (b.shares ?? 0) - (a.shares ?? 0) || b.t - a.t);
  return {
    count: harm.length,
    newest: newest.slice(0, limit).map(toHarmPost),
    mostShared: mostShared.slice(0, limit).map(toHarmPost),
  };
}
