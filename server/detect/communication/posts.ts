import type { OfficialRef } from '../../../shared/communication';
import type { Post } from '../../../shared/post';
import { toIso } from '../../../shared/time';
import type { ClassifiedOfficial, OfficialPost, PublicPost } from './types';

/** Split stored posts (as the store and API return them) into official and public posts. */
export function splitPosts(posts: readonly Post[]): { official: OfficialPost[]; public: PublicPost[] } {
  const official: OfficialPost[] = [];
  const publicPosts: PublicPost[] = [];
  for (const p of posts) {
    const t = Date.parse(p.createdAt);
    if (p.official) {
      official.push({ source: p.source, id: p.id, author: p.author, t, text: p.text, replyTo: p.replyTo });
      continue;
    }
    publicPosts.push({
      source: p.source,
      id: p.id,
      author: p.author,
      t,
      text: p.text,
      complaint: p.score.complaint,
      negative: p.score.label === 'negative',
      positive: p.score.label === 'positive',
      harm: p.score.harm,
      categories: p.score.categories,
      replyTo: p.replyTo,
      shares: p.shares,
      url: p.url,
    });
  }
  const byTime = (a: { t: number }, b: { t: number }) => a.t - b.t;
  return { official: official.sort(byTime), public: publicPosts.sort(byTime) };
}

const key = (source: string, id: string): string => `${source}\u0000${id}`;

/**
 * A statement is a public update: a top-level post, or one threaded under another official post.
 * A reply answers someone else (a customer). Sorted by time.
 */
export function classifyOfficial(official: readonly OfficialPost[]): ClassifiedOfficial[] {
  const ids = new Set(official.map((p) => key(p.source, p.id)));
  return [...official]
    .sort((a, b) => a.t - b.t)
    .map((p) => ({
      ...p,
      kind: p.replyTo === null || ids.has(key(p.source, p.replyTo)) ? 'statement' : 'reply',
    }));
}

export const officialRef = (p: ClassifiedOfficial): OfficialRef => ({
  source: p.source,
  id: p.id,
  author: p.author,
  at: toIso(p.t),
  text: p.text,
  kind: p.kind,
});

/** Posts that reply to or quote `target` (same source). */
export const reactionsTo = (posts: readonly PublicPost[], target: { source: string; id: string }) =>
  posts.filter((p) => p.replyTo === target.id && p.source === target.source);
