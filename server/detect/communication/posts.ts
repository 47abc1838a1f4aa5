import { type OfficialKind, type OfficialRef, isStatementKind } from '../../../shared/communication';
import type { Post } from '../../../shared/post';
import { toIso } from '../../../shared/time';
import { classifyContext, classifyPost } from './classify';
import type { ClassifiedOfficial, OfficialPost, PublicPost } from './types';

/** Split stored posts (as the store and API return them) into official and public posts. */
export function splitPosts(posts: readonly Post[]): { official: OfficialPost[]; public: PublicPost[] } {
  const official: OfficialPost[] = [];
  const publicPosts: PublicPost[] = [];
  for (const p of posts) {
    const t = Date.parse(p.createdAt);
    if (p.official) {
      official.push({
        source: p.source,
        id: p.id,
        author: p.author,
        t,
        text: p.text,
        replyTo: p.replyTo,
        lang: p.score.lang,
        scored: p.score.scored,
      });
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

/** Every official post classified (classify.ts), oldest first. */
export function classifyOfficial(official: readonly OfficialPost[]): ClassifiedOfficial[] {
  const ctx = classifyContext(official);
  return [...official].sort((a, b) => a.t - b.t).map((p) => ({ ...p, ...classifyPost(p, ctx) }));
}

/** Public incident statements (not replies, routine or unknown posts). */
export const isStatement = (p: { kind: OfficialKind }): boolean => isStatementKind(p.kind);

export const officialRef = (p: ClassifiedOfficial): OfficialRef => ({
  source: p.source,
  id: p.id,
  author: p.author,
  at: toIso(p.t),
  text: p.text,
  kind: p.kind,
  role: p.role,
  aboutIncident: p.aboutIncident,
  why: p.why,
});

/** Posts that reply to or quote `target` (same source). */
export const reactionsTo = (posts: readonly PublicPost[], target: { source: string; id: string }) =>
  posts.filter((p) => p.replyTo === target.id && p.source === target.source);
