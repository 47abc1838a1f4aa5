import { createHash } from 'node:crypto';
import { LangSchema, PostInputSchema, SourceNameSchema } from '../../../shared/post';
import type { PostInputRaw } from '../../../shared/post';
import { toIso } from '../../../shared/time';
import type { SkippedEntry } from './types';

export const MAX_TEXT = 100_000;

export const shortHash = (...parts: Array<string | null | undefined>): string =>
  createHash('sha256')
    .update(parts.map((p) => p ?? '').join('\u0000'))
    .digest('hex')
    .slice(0, 32);

/** Post ids are at most 256 characters; longer upstream ids are replaced by a stable hash. */
export const fitId = (id: string): string => (id.length <= 256 ? id : `h:${shortHash(id)}`);

/**
 * The `source` name posts carry: platform plus host (`mastodon:mastodon.social`), so the same status seen
 * through two configured sources dedupes, while ids from different instances never collide.
 */
export function postSourceName(platform: string, url: string | null): string {
  let host = '';
  try {
    host = url ? new URL(url).host.toLowerCase() : '';
  } catch {
    host = '';
  }
  const name = host ? `${platform}:${host}` : platform;
  return SourceNameSchema.safeParse(name).success ? name : `${platform}:${shortHash(host).slice(0, 16)}`;
}

/** `en_US`, `EN-us` -> a tag LangSchema accepts, or undefined. */
export function normaliseLang(lang: string | null | undefined): string | undefined {
  if (!lang) return undefined;
  const tag = lang.trim().replace(/_/g, '-');
  return LangSchema.safeParse(tag).success ? tag : undefined;
}

/** Absolute http(s) URL or undefined (relative links resolve against the document URL). */
export function httpUrl(link: string | null | undefined, base?: string | null): string | undefined {
  if (!link) return undefined;
  try {
    const u = base ? new URL(link.trim(), base) : new URL(link.trim());
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.href.length <= 2048 ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export const clip = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

export const isoOrNow = (ms: number | null, now: number): string => toIso(ms ?? now);

/** Validate against the shared wire schema; the caller keeps only what the pipeline will accept. */
export function checkPost(post: PostInputRaw): { post: PostInputRaw } | { skipped: SkippedEntry } {
  const parsed = PostInputSchema.safeParse(post);
  if (parsed.success) return { post };
  const issue = parsed.error.issues[0];
  const reason = issue ? `${issue.path.join('.') || 'post'}: ${issue.message}` : 'invalid post';
  return { skipped: { id: typeof post.id === 'string' ? post.id : String(post.id), reason } };
}

export function partition(candidates: PostInputRaw[]): { posts: PostInputRaw[]; skipped: SkippedEntry[] } {
  const posts: PostInputRaw[] = [];
  const skipped: SkippedEntry[] = [];
  for (const c of candidates) {
    const r = checkPost(c);
    if ('post' in r) posts.push(r.post);
    else skipped.push(r.skipped);
  }
  return { posts, skipped };
}
