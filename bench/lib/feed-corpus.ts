import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One document of the corpus; `garbage` ones must be refused (not well-formed, not a feed, a bomb). */
export type CorpusDoc = { name: string; bytes: Uint8Array; garbage: boolean };

const FEED_EXT = /\.(xml|rss|atom|rdf)$/i;

/** Every feed file below dir; files under a folder named garbage, illformed or bombs must be refused. */
export function loadDir(dir: string, label: string): CorpusDoc[] {
  const out: CorpusDoc[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (FEED_EXT.test(name))
        out.push({
          name: `${label}/${relative(dir, path)}`,
          bytes: readFileSync(path),
          garbage: /(^|\/)(garbage|illformed|bombs)\//.test(relative(dir, path)),
        });
    }
  };
  walk(dir);
  return out;
}

const enc = (s: string) => new TextEncoder().encode(s);

/**
 * Big captures, generated: the shapes that made the XML library's entity limit fail on real Reddit and
 * Guardian feeds (escaped HTML in every item), at the sizes such feeds have.
 */
export function generatedCaptures(): CorpusDoc[] {
  const rssItem = (i: number) =>
    `<item><title>Northwind &amp; Harbor outage &#8212; live updates ${i}</title><guid isPermaLink="false">g-${i}</guid>` +
    `<link>https://news.example.test/live/${i}?CMP=rss&amp;src=feed</link><pubDate>Wed, 01 May 2024 10:${String(i % 60).padStart(2, '0')}:00 GMT</pubDate>` +
    `<description>&lt;p&gt;Customers report &lt;a href=&quot;https://news.example.test/?a=1&amp;amp;b=2&quot;&gt;login&lt;/a&gt; ` +
    `failures &amp;amp; declined cards&lt;/p&gt;&lt;p&gt;&lt;img src=&quot;https://img.example.test/${i}.jpg&quot; alt=&quot;&quot; /&gt;&lt;/p&gt;</description>` +
    `<dc:creator>Reporter ${i % 7}</dc:creator></item>`;
  const atomEntry = (i: number) =>
    `<entry><author><name>/u/user${i}</name><uri>https://www.example.test/user/user${i}</uri></author>` +
    `<category term="status" label="r/status"/><content type="html">&lt;!-- SC_OFF --&gt;&lt;div class=&quot;md&quot;&gt;&lt;p&gt;` +
    `Can&amp;#39;t log in to Northwind since 9am &amp;amp; my card is declined&lt;/p&gt; &lt;/div&gt;&lt;!-- SC_ON --&gt; ` +
    `&amp;#32; submitted by &lt;a href=&quot;https://www.example.test/user/user${i}&quot;&gt; /u/user${i} &lt;/a&gt;</content>` +
    `<id>t3_${i.toString(36)}</id><link href="https://www.example.test/r/status/comments/${i}/"/>` +
    `<updated>2024-05-01T10:00:00+00:00</updated><title>Northwind down for anyone else? (${i})</title></entry>`;
  const rss = (n: number) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>World news</title>` +
    `<link>https://news.example.test/</link>${Array.from({ length: n }, (_, i) => rssItem(i)).join('\n')}</channel></rss>`;
  const atom = (n: number) =>
    `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">` +
    `<category term="status"/><updated>2024-05-01T10:00:00+00:00</updated><id>/r/status.rss</id><title>status</title>` +
    `${Array.from({ length: n }, (_, i) => atomEntry(i)).join('')}</feed>`;
  return [
    { name: 'generated/news-100.rss', bytes: enc(rss(100)), garbage: false },
    { name: 'generated/news-400.rss', bytes: enc(rss(400)), garbage: false },
    { name: 'generated/reddit-25.atom', bytes: enc(atom(25)), garbage: false },
    { name: 'generated/reddit-100.atom', bytes: enc(atom(100)), garbage: false },
  ];
}
