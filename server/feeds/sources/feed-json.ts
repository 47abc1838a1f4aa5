import { z } from 'zod';
import type { FeedEntry, ParsedFeed } from './feed-xml';
import { htmlToText, normaliseText, plainText } from './html-text';
import { SourceError } from './types';

const AuthorSchema = z.object({ name: z.string().optional(), url: z.string().optional() });

// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). Lenient on everything a post does not need.
const ItemSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  url: z.string().optional(),
  external_url: z.string().optional(),
  title: z.string().optional(),
  content_html: z.string().optional(),
  content_text: z.string().optional(),
  summary: z.string().optional(),
  date_published: z.string().optional(),
  date_modified: z.string().optional(),
  author: AuthorSchema.optional(),
  authors: z.array(AuthorSchema).optional(),
  language: z.string().optional(),
});

const JsonFeedSchema = z.object({
  version: z.string().regex(/^https:\/\/jsonfeed\.org\/version\/1(\.1)?$/, 'not a JSON Feed version URL'),
  title: z.string().optional(),
  language: z.string().optional(),
  authors: z.array(AuthorSchema).optional(),
  author: AuthorSchema.optional(),
  items: z.array(z.unknown()),
});

function entryOf(item: z.infer<typeof ItemSchema>, feed: z.infer<typeof JsonFeedSchema>): FeedEntry {
  const author = item.authors?.[0] ?? item.author ?? feed.authors?.[0] ?? feed.author;
  const body =
    item.content_html !== undefined
      ? htmlToText(item.content_html)
      : item.content_text !== undefined
        ? normaliseText(item.content_text)
        : item.summary !== undefined
          ? plainText(item.summary)
          : null;
  return {
    guid: item.id,
    link: item.url ?? item.external_url ?? null,
    title: item.title === undefined ? null : plainText(item.title),
    body,
    author: author?.name ?? null,
    date: item.date_published ?? item.date_modified ?? null,
    lang: item.language ?? feed.language ?? null,
  };
}

/** Parse an already JSON-decoded JSON Feed. Invalid items are reported back, not fatal. */
export function parseJsonFeed(
  json: unknown,
): ParsedFeed & { invalid: Array<{ index: number; reason: string }> } {
  const parsed = JsonFeedSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SourceError(
      `not a JSON Feed (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'})`,
    );
  }
  const feed = parsed.data;
  const entries: FeedEntry[] = [];
  const invalid: Array<{ index: number; reason: string }> = [];
  feed.items.forEach((raw, index) => {
    const item = ItemSchema.safeParse(raw);
    if (item.success) entries.push(entryOf(item.data, feed));
    else invalid.push({ index, reason: item.error.issues[0]?.message ?? 'invalid item' });
  });
  return { format: 'json', title: feed.title ?? null, lang: feed.language ?? null, entries, invalid };
}
