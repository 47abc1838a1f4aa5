import { XMLParser, XMLValidator } from 'fast-xml-parser';
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

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  // Atom text constructs are kept raw so type="html" / "xhtml" can be handled faithfully below.
  stopNodes: ATOM_TEXT,
  isArray: (name) => ['item', 'entry', 'link', 'author', 'category'].includes(name),
  processEntities: {
    enabled: true,
    maxEntityCount: 100,
    maxTotalExpansions: 1000,
    maxExpandedLength: 100_000,
  },
});

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

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (m, name: string) => {
    if (name[0] !== '#') return XML_ENTITIES[name.toLowerCase()] ?? m;
    const code =
      name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** Raw Atom text construct -> plain text (RFC 4287 §3.1: type is text, html or xhtml). */
function atomText(v: Node): string | null {
  const raw = textOf(v);
  if (raw === null) return null;
  const type = attr(v, 'type') ?? 'text';
  if (type === 'xhtml') return htmlToText(raw);
  // Outside CDATA the raw text is still XML-escaped; inside CDATA it is taken verbatim.
  const unwrapped = raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : unescapeXml(part)))
    .join('');
  return type === 'html' || type === 'text/html' ? htmlToText(unwrapped) : normaliseText(unwrapped);
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

function atomEntry(entry: Record<string, Node>, feed: Record<string, Node>): FeedEntry {
  return {
    guid: textOf(entry.id),
    link: atomLink(entry.link),
    title: atomText(entry.title),
    body: atomText(entry.content) ?? atomText(entry.summary),
    author: personName(entry.author) ?? personName(feed.author),
    date: textOf(entry.published) ?? textOf(entry.updated) ?? textOf(entry['dc:date']),
    lang: attr(entry, 'xml:lang') ?? attr(feed, 'xml:lang'),
  };
}

const records = (v: Node): Record<string, Node>[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(isRecord);

/** Parse RSS 2.0, RSS 1.0 (RDF) or Atom 1.0 text. Rejects documents that are not well-formed XML. */
export function parseXmlFeed(xml: string): ParsedFeed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line } = valid.err;
    throw new SourceError(`feed is not well-formed XML (line ${line}: ${msg.slice(0, 120)})`);
  }
  let doc: Node;
  try {
    doc = parser.parse(xml);
  } catch (err) {
    throw new SourceError(`feed could not be parsed (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!isRecord(doc)) throw new SourceError('feed is empty');
  const rss = doc.rss;
  if (isRecord(rss)) {
    const channel = isRecord(rss.channel) ? rss.channel : {};
    const lang = textOf(channel.language);
    const items = records(channel.item).map((i) => rssEntry(i, lang));
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
    const entries = records(feed.entry).map((e) => atomEntry(e, feed));
    return { format: 'atom', title: atomText(feed.title), lang: attr(feed, 'xml:lang'), entries };
  }
  throw new SourceError('document is XML but not an RSS or Atom feed');
}
