import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeXml } from '../../../server/feeds/sources/feed-decode';
import { parseXmlFeed } from '../../../server/feeds/sources/feed-xml';
import { SourceError } from '../../../server/feeds/sources/types';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'feeds');
const parseFile = (path: string) => parseXmlFeed(decodeXml(readFileSync(join(DIR, path)), null));

describe('feeds as they are found in the wild', () => {
  it.each([
    [
      'html-entities.rss',
      'Northwind outage – login & payments',
      'We’re investigating… © Northwind €5 refund — café',
    ],
    ['html-entities.atom', 'Degraded performance – API', 'We’re on it… café'],
    ['atom-prefixed.atom', 'Login outage', 'We are investigating login failures.'],
    ['rss-odd-prefixes.rss', 'Payments delayed', 'Card payments are delayed.'],
    ['leading-whitespace.rss', 'Checkout errors', null],
    ['bom-then-whitespace.rss', 'Checkout errors', null],
    ['declared-entity.rss', 'Northwind login outage', 'Posted by Northwind Ops today'],
    ['rss091-netscape.rss', 'Harbor Pay card outage', 'Cards declined — fixed at noon'],
    ['atom03.atom', 'Queue delays', 'Messages are delayed.'],
  ])('%s', (file, title, body) => {
    const feed = parseFile(`real-world/${file}`);
    expect(feed.entries).toHaveLength(1);
    expect(feed.entries[0]).toMatchObject({ title, body });
  });

  it('reads the author and date of prefixed Atom and renamed Dublin Core', () => {
    expect(parseFile('real-world/atom-prefixed.atom').entries[0]).toMatchObject({
      author: 'Northwind Status',
      link: 'https://example.test/p1',
      date: '2024-05-01T10:00:00Z',
    });
    expect(parseFile('real-world/rss-odd-prefixes.rss').entries[0]).toMatchObject({
      author: 'Ops team',
      date: '2024-05-01T10:00:00Z',
    });
  });

  it('reads RSS 1.0 under an rss: prefix and RSS 2.0 in the userland namespace', () => {
    const rdf = parseXmlFeed(
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rss="http://purl.org/rss/1.0/">' +
        '<rss:channel><rss:title>R</rss:title></rss:channel><rss:item rdf:about="https://e.test/1">' +
        '<rss:title>Item one</rss:title><rss:link>https://e.test/1</rss:link></rss:item></rdf:RDF>',
    );
    expect(rdf).toMatchObject({
      format: 'rdf',
      title: 'R',
      entries: [{ title: 'Item one', link: 'https://e.test/1' }],
    });
    const userland = parseXmlFeed(
      '<rss version="2.0" xmlns="http://backend.userland.com/rss2"><channel><title>U</title>' +
        '<item><title>A &amp; B</title><guid>1</guid></item></channel></rss>',
    );
    expect(userland.entries).toMatchObject([{ title: 'A & B', guid: '1' }]);
  });

  it.each([
    'utf16le-bom',
    'utf16be-bom',
    'utf16le-nobom',
    'utf16be-nobom',
    'utf32le-bom',
    'utf32be-bom',
    'utf32le-nobom',
    'utf32be-nobom',
  ])('decodes %s whatever the HTTP header claims', (name) => {
    const feed = parseXmlFeed(
      decodeXml(readFileSync(join(DIR, 'real-world', `${name}.rss`)), 'text/xml; charset=utf-8'),
    );
    expect(feed.title).toBe('Статус Northwind');
    expect(feed.entries[0]).toMatchObject({ title: 'Сбой входа — 東京 😀', body: 'Карты не работают' });
  });

  it('a big capture with escaped HTML in every item parses whole (no expansion limit on &lt; and &amp;)', () => {
    const item = (i: number) =>
      `<item><title>Northwind &amp; Harbor &#8212; update ${i}</title><guid>g${i}</guid>` +
      `<link>https://example.test/a?x=1&amp;y=${i}</link><description>&lt;p&gt;Customers report ` +
      '&lt;a href=&quot;https://example.test/?a=1&amp;amp;b=2&quot;&gt;login&lt;/a&gt; failures &amp;amp; ' +
      'declined cards&lt;/p&gt;</description></item>';
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>${Array.from({ length: 400 }, (_, i) => item(i)).join('\n')}</channel></rss>`;
    const feed = parseXmlFeed(xml);
    expect(feed.entries).toHaveLength(400);
    expect(feed.entries[399]).toMatchObject({
      title: 'Northwind & Harbor — update 399',
      link: 'https://example.test/a?x=1&y=399',
      body: 'Customers report login failures & declined cards',
    });
  });

  it.each([
    ['billion-laughs.xml', /entity "lol\d" expands to more than 10000 characters/],
    ['quadratic-blowup.xml', /entities expand to more than 1000000 characters/],
    ['external-entity.xml', /external entity "xxe"/],
    ['html-page.xml', /not an RSS or Atom feed/],
    ['truncated.rss', /not well-formed XML/],
    ['mismatched-tags.rss', /not well-formed XML/],
    ['binary.rss', /not well-formed XML/],
  ])('refuses %s', (file, message) => {
    expect(() => parseFile(`garbage/${file}`)).toThrow(SourceError);
    expect(() => parseFile(`garbage/${file}`)).toThrow(message);
  });
});
