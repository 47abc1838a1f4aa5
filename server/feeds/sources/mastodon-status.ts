import { z } from 'zod';
import type { PostInputRaw } from '../../../shared/post';
import type { SourceConfig } from '../../../shared/source';
import { parseFeedDate } from './feed-dates';
import { htmlToText, normaliseText } from './html-text';
import { clip, httpUrl, isoOrNow, MAX_TEXT, normaliseLang, partition, postSourceName } from './normalise';
import { SourceError } from './types';
import type { SkippedEntry } from './types';

// The fields of a Mastodon Status entity (docs.joinmastodon.org/entities/Status) a post needs.
const AccountSchema = z.object({ id: z.string(), acct: z.string().min(1), username: z.string().optional() });

const BaseStatusSchema = z.object({
  id: z.string().regex(/^\d+$/, 'status ids are numeric strings'),
  created_at: z.string(),
  content: z.string(),
  spoiler_text: z.string().optional(),
  language: z.string().nullish(),
  in_reply_to_id: z.string().nullish(),
  reblogs_count: z.number().int().nonnegative().optional(),
  url: z.string().nullish(),
  uri: z.string(),
  account: AccountSchema,
});

export const StatusSchema = BaseStatusSchema.extend({ reblog: BaseStatusSchema.nullish() });
export type Status = z.infer<typeof StatusSchema>;

/** Mastodon ids are numeric strings that may exceed 2^53: compare by length, then lexically. */
export const compareIds = (a: string, b: string): number =>
  a.length === b.length ? (a < b ? -1 : a > b ? 1 : 0) : a.length - b.length;

export const maxId = (ids: Iterable<string>, start: string | null = null): string | null => {
  let best = start;
  for (const id of ids) if (best === null || compareIds(id, best) > 0) best = id;
  return best;
};

/** `alice` on mastodon.social -> `alice@mastodon.social`; remote accounts already carry their host. */
export const qualifyAcct = (acct: string, host: string): string =>
  acct.includes('@') ? acct : `${acct}@${host}`;

/**
 * A status as a post. A reblog becomes its original status (the content being amplified, deduped with
 * the original when it also appears), with `shares` = reblogs_count and `replyTo` = in_reply_to_id.
 */
export function statusToPost(status: Status, config: SourceConfig, now: number): PostInputRaw {
  const s = status.reblog ?? status;
  const base = config.url ?? '';
  const host = new URL(base).host;
  const body = htmlToText(s.content);
  const spoiler = s.spoiler_text ? normaliseText(s.spoiler_text) : '';
  const post: PostInputRaw = {
    id: s.id,
    source: postSourceName('mastodon', base),
    author: clip(qualifyAcct(s.account.acct, host), 256),
    text: clip(spoiler ? `${spoiler}\n\n${body}` : body, MAX_TEXT),
    createdAt: isoOrNow(parseFeedDate(s.created_at), now),
  };
  const url = httpUrl(s.url ?? s.uri);
  if (url) post.url = url;
  const lang = normaliseLang(s.language);
  if (lang) post.lang = lang;
  if (s.in_reply_to_id) post.replyTo = s.in_reply_to_id;
  if (s.reblogs_count !== undefined) post.shares = s.reblogs_count;
  if (config.brand) post.brand = config.brand;
  return post;
}

export interface ParsedStatuses {
  posts: PostInputRaw[];
  skipped: SkippedEntry[];
  /** Timeline ids (of the wrapper, for reblogs) used for paging. */
  ids: string[];
}

export function parseStatuses(json: unknown, config: SourceConfig, now: number): ParsedStatuses {
  if (!Array.isArray(json)) throw new SourceError('expected an array of statuses');
  const candidates: PostInputRaw[] = [];
  const skipped: SkippedEntry[] = [];
  const ids: string[] = [];
  json.forEach((raw: unknown, index) => {
    const parsed = StatusSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      skipped.push({ id: null, reason: `status ${index}: ${issue?.path.join('.')} ${issue?.message}` });
      return;
    }
    ids.push(parsed.data.id);
    candidates.push(statusToPost(parsed.data, config, now));
  });
  const checked = partition(candidates);
  return { posts: checked.posts, skipped: [...skipped, ...checked.skipped], ids };
}
