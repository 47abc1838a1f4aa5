import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { type DeclaredEntities, decodeEntities, inlineCdata, takeDoctype } from './feed-entities';
import { canonicalTagNames } from './feed-namespaces';
import { htmlToText, normaliseText, plainText } from './html-text';
import { SourceError } from './types';

/** One entry of any feed format, before it becomes a post. Text fields are already plain text. */
export interface FeedEntry {
  guid: string | null;
  link: string | null;
  title: string | null;
  body: string | null;
  author: string | null;
  date: string | null;
  lang: string | null;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: string | null;
  lang: string | null;
  entries: FeedEntry[];
}

type Node = unknown;
const ATOM_TEXT = ['feed.entry.content', 'feed.entry.summary', 'feed.entry.title'];

/** A parser for one document: its tag names (namespaces) and declared entities are its own. */
function createParser(entities: DeclaredEntities, tagName: ((name: string) => string) | undefined) {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    // entities are expanded here, once, by feed-entities.ts (see there why)
    processEntities: false,
    tagValueProcessor: (_name, value) => decodeEntities(value, entities),
    attributeValueProcessor: (_name, value) => decodeEntities(value, entities),
    ...(tagName ? { transformTagName: tagName } : {}),
    // Atom text constructs are kept raw so type="html" / "xhtml" can be handled faithfully below.
    stopNodes: ATOM_TEXT,
    isArray: (name) => ['item', 'entry', 'link', 'author', 'category'].includes(name),
  });
}

const isRecord = (v: Node): v is Record<string, Node> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const first = (v: Node): Node => (Array.isArray(v) ? v[0] : v);

/** Text content of a parsed node: a string, `{ '#text': ... }`, or the first of a list. */
function textOf(v: Node): string | null {
  const node = first(v);
  if (typeof node === 'string') return node;
  if (isRecord(node) && typeof node['#text'] === 'string') return node['#text'];
  return null;
}

const attr = (v: Node, name: string): string | null => {
  const node = first(v);
  const value = isRecord(node) ? node[`@_${name}`] : undefined;
  return typeof value === 'string' ? value : null;
};

/**
 * Raw Atom text construct -> plain text (RFC 4287 §3.1: type is text, html or xhtml; Atom 0.3 says
 * mode="escaped" for HTML). CDATA was already turned into escaped text, so one decoding serves both.
 */
function atomText(v: Node, entities: DeclaredEntities): string | null {
  const raw = textOf(v);
  if (raw === null) return null;
  const type = (attr(v, 'type') ?? 'text').toLowerCase();
  if (type === 'xhtml' || type === 'application/xhtml+xml') return htmlToText(raw);
  const text = decodeEntities(raw, entities);
  return type.includes('html') || attr(v, 'mode') === 'escaped' ? htmlToText(text) : normaliseText(text);
}

function personName(v: Node): string | null {
  const node = first(v);
  if (typeof node === 'string') return node;
  return isRecord(node) ? (textOf(node.name) ?? textOf(node.email)) : null;
}

function rssEntry(item: Record<string, Node>, channelLang: string | null): FeedEntry {
  const html = textOf(item['content:encoded']) ?? textOf(item.description);
  const title = textOf(item.title);
  return {
    guid: textOf(item.guid),
    link: textOf(item.link) ?? attr(item.link, 'rdf:resource'),
    title: title === null ? null : plainText(title),
    body: html === null ? null : htmlToText(html),
    author: textOf(item['dc:creator']) ?? textOf(item.author),
    date: textOf(item.pubDate) ?? textOf(item['dc:date']) ?? textOf(item['a10:updated']),
    lang: textOf(item['dc:language']) ?? channelLang,
  };
}

function atomLink(links: Node): string | null {
  const list = Array.isArray(links) ? links : [links];
  const alternate = list.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate');
  return attr(alternate ?? list[0], 'href');
}

function atomEntry(
  entry: Record<string, Node>,
  feed: Record<string, Node>,
  entities: DeclaredEntities,
): FeedEntry {
  return {
    guid: textOf(entry.id),
    link: atomLink(entry.link),
    title: atomText(entry.title, entities),
    body: atomText(entry.content, entities) ?? atomText(entry.summary, entities),
    author: personName(entry.author) ?? personName(feed.author),
    date:
      textOf(entry.published) ??
      textOf(entry.updated) ??
      textOf(entry.issued) ??
      textOf(entry.modified) ??
      textOf(entry['dc:date']),
    lang: attr(entry, 'xml:lang') ?? attr(feed, 'xml:lang'),
  };
}

const records = (v: Node): Record<string, Node>[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(isRecord);

/**
 * Parse RSS 0.9x/2.0, RSS 1.0 (RDF) or Atom 1.0/0.3 text, whatever its namespace prefixes. Rejects
 * documents that are not well-formed XML (HTML entities such as `&nbsp;` are allowed, as browsers and
 * feed readers allow them), and entity bombs.
 */
export function parseXmlFeed(text: string): ParsedFeed {
  // a byte-order mark or blank lines before the XML declaration are common and harmless
  const { xml, entities } = takeDoctype(inlineCdata(text.replace(/^[\uFEFF\s]+/, '')));
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line } = valid.err;
    throw new SourceError(`feed is not well-formed XML (line ${line}: ${msg.slice(0, 120)})`);
  }
  let doc: Node;
  try {
    doc = createParser(entities, canonicalTagNames(xml)).parse(xml);
  } catch (err) {
    throw new SourceError(`feed could not be parsed (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!isRecord(doc)) throw new SourceError('feed is empty');
  const rss = doc.rss;
  if (isRecord(rss)) {
    const channel = isRecord(rss.channel) ? rss.channel : {};
    const lang = textOf(channel.language);
    // RSS 0.9x feeds sometimes put their items beside the channel rather than in it
    const items = records(channel.item ?? rss.item).map((i) => rssEntry(i, lang));
    return { format: 'rss', title: textOf(channel.title), lang, entries: items };
  }
  const rdf = doc['rdf:RDF'];
  if (isRecord(rdf)) {
    const channel = isRecord(rdf.channel) ? rdf.channel : {};
    const lang = textOf(channel['dc:language']);
    const items = records(rdf.item).map((i) => rssEntry(i, lang));
    return { format: 'rdf', title: textOf(channel.title), lang, entries: items };
  }
  const feed = doc.feed;
  if (isRecord(feed)) {
    const entries = records(feed.entry).map((e) => atomEntry(e, feed, entities));
    return { format: 'atom', title: atomText(feed.title, entities), lang: attr(feed, 'xml:lang'), entries };
  }
  throw new SourceError('document is XML but not an RSS or Atom feed');
}
