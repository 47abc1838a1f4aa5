import type { PostInputRaw } from '../../../shared/post';
import type { SourceConfig } from '../../../shared/source';
import { decodeXml } from './feed-decode';
import { parseFeedDate } from './feed-dates';
import { parseJsonFeed } from './feed-json';
import { parseXmlFeed } from './feed-xml';
import type { FeedEntry, ParsedFeed } from './feed-xml';
import { conditionalGet, hostOf, parseJsonBody } from './http';
import {
  clip,
  fitId,
  httpUrl,
  isoOrNow,
  MAX_TEXT,
  normaliseLang,
  partition,
  postSourceName,
  shortHash,
} from './normalise';
import { SourceError } from './types';
import type { PollContext, PollingAdapter, PollResult } from './types';

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5';

/** RSS `author` is `email (Name)`; prefer the name. */
function authorName(raw: string | null): string | null {
  if (!raw) return null;
  const paren = /\(([^)]+)\)\s*$/.exec(raw);
  return (paren?.[1] ?? raw).trim() || null;
}

/** Mastodon tag/account feeds carry no author per item, but the link is https://host/@user/123. */
function authorFromLink(link: string | undefined): string | null {
  if (!link) return null;
  const u = new URL(link);
  const m = /^\/@([A-Za-z0-9_.-]+)(?:@([A-Za-z0-9.-]+))?\//.exec(u.pathname);
  return m ? `${m[1]}@${m[2] ?? u.host}` : null;
}

/** Title and body without saying the same thing twice (many feeds title = start of the body). */
function combine(title: string | null, body: string | null): string {
  if (!title) return body ?? '';
  if (!body) return title;
  const stem = title.replace(/(\.\.\.|…)$/, '').trim();
  return body.startsWith(stem) ? body : `${title}\n\n${body}`;
}

export function entryToPost(
  entry: FeedEntry,
  feed: ParsedFeed,
  config: SourceConfig,
  now: number,
): PostInputRaw {
  const feedUrl = config.url ?? '';
  const url = httpUrl(entry.link, feedUrl);
  const guid = entry.guid?.trim();
  const post: PostInputRaw = {
    // Without a guid the id must still be stable across polls: hash what identifies the entry.
    id: guid
      ? fitId(guid)
      : `h:${shortHash(entry.link, entry.title, entry.date, entry.date ? null : entry.body)}`,
    source: postSourceName('rss', feedUrl),
    author: clip(
      authorName(entry.author) ?? authorFromLink(url) ?? feed.title?.trim() ?? hostOf(feedUrl),
      256,
    ),
    text: clip(combine(entry.title, entry.body), MAX_TEXT),
    createdAt: isoOrNow(parseFeedDate(entry.date), now),
  };
  if (url) post.url = url;
  const lang = normaliseLang(entry.lang ?? feed.lang);
  if (lang) post.lang = lang;
  if (config.brand) post.brand = config.brand;
  return post;
}

function parseBody(
  body: Uint8Array,
  contentType: string | null,
): ParsedFeed & { invalid?: Array<{ index: number; reason: string }> } {
  const looksJson =
    /json/i.test(contentType ?? '') || /^\s*[{[]/.test(new TextDecoder().decode(body.subarray(0, 64)));
  if (looksJson) return parseJsonFeed(parseJsonBody(body, 'feed'));
  return parseXmlFeed(decodeXml(body, contentType));
}

/** RSS 2.0, RSS 1.0, Atom and JSON Feed behind one polled source, with conditional requests. */
export const rssAdapter: PollingAdapter = {
  kind: 'rss',
  mode: 'poll',
  async poll(ctx: PollContext): Promise<PollResult> {
    const url = ctx.config.url;
    if (!url) throw new SourceError('rss source has no url');
    const got = await conditionalGet(ctx, url, 'feed', ACCEPT);
    if (got.notModified) return { posts: [], cursor: got.cursor, lagSec: 0 };
    const feed = parseBody(got.body, got.headers.get('content-type'));
    const now = ctx.clock.now();
    const { posts, skipped } = partition(feed.entries.map((e) => entryToPost(e, feed, ctx.config, now)));
    const invalid = (feed.invalid ?? []).map((x) => ({ id: null, reason: `item ${x.index}: ${x.reason}` }));
    if (posts.length === 0 && feed.entries.length + invalid.length > 0) {
      throw new SourceError(`none of the ${feed.entries.length + invalid.length} feed entries was usable`);
    }
    return { posts, skipped: [...skipped, ...invalid], cursor: got.cursor, lagSec: 0 };
  },
};
