import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decodeXml } from '../../server/feeds/sources/feed-decode';
import { parseXmlFeed } from '../../server/feeds/sources/feed-xml';

/** What one parser got from one document: entries, and how many carry text (title or body). */
export type Parsed = { items: number; withText: number };
export type FeedParser = { name: string; parse: (bytes: Uint8Array) => Parsed };

const hasText = (...parts: (string | null | undefined)[]) => parts.some((p) => (p ?? '').trim() !== '');

/** Outcry's feed code, as the rss adapter runs it. */
const outcry: FeedParser = {
  name: 'Outcry (server/feeds)',
  parse(bytes) {
    const feed = parseXmlFeed(decodeXml(bytes, null));
    return {
      items: feed.entries.length,
      withText: feed.entries.filter((e) => hasText(e.title, e.body)).length,
    };
  },
};

/** The same byte decoding, then @rowanmanning/feed-parser (it takes text, not bytes). */
const rowanmanning: FeedParser = {
  name: '@rowanmanning/feed-parser 2.1',
  parse(bytes) {
    const feed = parseFeed(decodeXml(bytes, null));
    return {
      items: feed.items.length,
      withText: feed.items.filter((i) => hasText(i.title, i.content ?? i.description)).length,
    };
  },
};

// fast-xml-parser as the feed code configured it before this comparison (entity limits included)
const before = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  trimValues: true,
  htmlEntities: true,
  stopNodes: ['feed.entry.content', 'feed.entry.summary', 'feed.entry.title'],
  isArray: (name) => ['item', 'entry'].includes(name),
  processEntities: {
    enabled: true,
    maxEntityCount: 100,
    maxTotalExpansions: 1000,
    maxExpandedLength: 100_000,
  },
});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const rec = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};

/** The feed code before: validation and parsing without the real-world handling. */
const outcryBefore: FeedParser = {
  name: 'Outcry before (fast-xml-parser, old options)',
  parse(bytes) {
    const xml = decodeXml(bytes, null);
    if (XMLValidator.validate(xml) !== true) throw new Error('not well-formed');
    const doc = rec(before.parse(xml));
    const rss = rec(doc.rss);
    const items = doc.rss
      ? list(rec(rss.channel).item)
      : doc['rdf:RDF']
        ? list(rec(doc['rdf:RDF']).item)
        : doc.feed
          ? list(rec(doc.feed).entry)
          : null;
    if (items === null) throw new Error('not a feed');
    return { items: items.length, withText: items.length };
  },
};

export const PARSERS: FeedParser[] = [outcry, rowanmanning, outcryBefore];
