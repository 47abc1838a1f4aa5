import { z } from 'zod';
import type { PostInputRaw } from '../../../shared/post';
import type { SourceConfig } from '../../../shared/source';
import { parseFeedDate } from './feed-dates';
import { clip, MAX_TEXT, normaliseLang } from './normalise';
import { toIso } from '../../../shared/time';

export const POST_COLLECTION = 'app.bsky.feed.post';

const StrongRefSchema = z.object({ uri: z.string().startsWith('at://') });

// Jetstream event envelope (github.com/bluesky-social/jetstream): every kind carries did + time_us.
export const JetstreamEventSchema = z.object({
  did: z.string().startsWith('did:'),
  time_us: z.number().int().positive(),
  kind: z.string(),
  commit: z
    .object({
      operation: z.string(),
      collection: z.string(),
      rkey: z.string().min(1).max(512),
      record: z.unknown().optional(),
    })
    .optional(),
});
export type JetstreamEvent = z.infer<typeof JetstreamEventSchema>;

const PostRecordSchema = z.object({
  text: z.string(),
  createdAt: z.string().optional(),
  langs: z.array(z.string()).optional(),
  reply: z.object({ parent: StrongRefSchema, root: StrongRefSchema.optional() }).optional(),
  embed: z
    .object({
      $type: z.string().optional(),
      record: z.union([StrongRefSchema, z.object({ record: StrongRefSchema })]).optional(),
    })
    .optional(),
});

const DAY_MS = 86_400_000;

/** The quoted post of a quote-post (`app.bsky.embed.record` or `recordWithMedia`), if any. */
function quotedUri(embed: z.infer<typeof PostRecordSchema>['embed']): string | undefined {
  const r = embed?.record;
  if (!r) return undefined;
  const uri = 'uri' in r ? r.uri : r.record.uri;
  return uri.includes(`/${POST_COLLECTION}/`) ? uri : undefined;
}

/** A created post as a PostInputRaw, or null for anything else (deletes, likes, identity events...). */
export function eventToPost(
  event: JetstreamEvent,
  config: SourceConfig,
): { post: PostInputRaw; text: string } | { post: null; reason: string | null } {
  const c = event.commit;
  if (event.kind !== 'commit' || !c || c.operation !== 'create' || c.collection !== POST_COLLECTION) {
    return { post: null, reason: null };
  }
  const record = PostRecordSchema.safeParse(c.record);
  if (!record.success) return { post: null, reason: 'post record without text' };
  const r = record.data;
  const seenAt = Math.floor(event.time_us / 1000);
  // createdAt is set by the client; trust it only when it is near the time the relay saw the post.
  const claimed = parseFeedDate(r.createdAt);
  const createdAt = claimed !== null && Math.abs(claimed - seenAt) <= DAY_MS ? claimed : seenAt;
  const post: PostInputRaw = {
    id: `at://${event.did}/${POST_COLLECTION}/${c.rkey}`,
    source: 'bluesky',
    author: event.did,
    text: clip(r.text, MAX_TEXT),
    createdAt: toIso(createdAt),
    url: `https://bsky.app/profile/${event.did}/post/${encodeURIComponent(c.rkey)}`,
  };
  const lang = normaliseLang(r.langs?.[0]);
  if (lang) post.lang = lang;
  const replyTo = r.reply?.parent.uri ?? quotedUri(r.embed);
  if (replyTo) post.replyTo = replyTo;
  if (config.brand) post.brand = config.brand;
  return { post, text: r.text };
}
