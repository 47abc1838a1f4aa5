// npm run bench:feeds [-- --corpus DIR ...] [--runs N]: Outcry's feed parsing beside a well-kept feed-parsing
// library (@rowanmanning/feed-parser) and beside the feed code's previous XML options, on one corpus: the
// feed fixtures in test/fixtures/feeds (small, one per real-world case, plus garbage and entity bombs that
// must be refused), generated big captures, and any folders of real feed files given with --corpus
// (e.g. the test feeds of feedparser, node-feedparser and rss-parser; files under a folder named
// garbage/, illformed/ or bombs/ must be refused). Prints one markdown table and each parser's failures.

import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CorpusDoc, generatedCaptures, loadDir } from './lib/feed-corpus';
import { type FeedParser, PARSERS } from './lib/feed-parsers';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const extra = args.flatMap((a, i) => (args[i - 1] === '--corpus' ? [resolve(a)] : []));

const corpus: CorpusDoc[] = [
  ...loadDir(join(ROOT, 'test', 'fixtures', 'feeds'), 'fixtures'),
  ...generatedCaptures(),
  ...extra.flatMap((dir) => loadDir(dir, dir.split('/').slice(-2).join('/'))),
];
const feeds = corpus.filter((d) => !d.garbage);
const garbage = corpus.filter((d) => d.garbage);

type Outcome = {
  ok: number;
  items: number;
  withText: number;
  refused: number;
  failures: string[];
  accepted: string[];
  ms: number;
};

function evaluate(parser: FeedParser): Outcome {
  const o: Outcome = { ok: 0, items: 0, withText: 0, refused: 0, failures: [], accepted: [], ms: 0 };
  for (const doc of corpus) {
    try {
      const r = parser.parse(doc.bytes);
      if (doc.garbage) o.accepted.push(doc.name);
      else {
        o.ok++;
        o.items += r.items;
        o.withText += r.withText;
      }
    } catch (err) {
      if (doc.garbage) o.refused++;
      else o.failures.push(`${doc.name}: ${(err as Error).message.slice(0, 100)}`);
    }
  }
  // speed: the well-formed feeds only, median of `runs` passes after one warm-up
  const times: number[] = [];
  for (let r = 0; r <= runs; r++) {
    const started = performance.now();
    for (const doc of feeds) {
      try {
        parser.parse(doc.bytes);
      } catch {
        // counted above
      }
    }
    if (r > 0) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  o.ms = times[Math.floor(times.length / 2)] ?? Number.NaN;
  return o;
}

const mb = feeds.reduce((s, d) => s + d.bytes.length, 0) / 1e6;
console.log(
  `\nFeed corpus: ${feeds.length} feeds (${mb.toFixed(1)} MB) and ${garbage.length} documents to refuse; speed = median of ${runs} passes over the feeds\n`,
);
console.log(
  '| parser | feeds parsed | entries | entries with text | garbage and bombs refused | time | MB/s |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|');
const results = PARSERS.map((p) => ({ p, o: evaluate(p) }));
for (const { p, o } of results) {
  const pct = ((100 * o.ok) / feeds.length).toFixed(1);
  console.log(
    `| ${p.name} | ${o.ok}/${feeds.length} (${pct}%) | ${o.items} | ${o.withText} | ${o.refused}/${garbage.length} | ${o.ms.toFixed(0)} ms | ${(mb / (o.ms / 1000)).toFixed(1)} |`,
  );
}
for (const { p, o } of results) {
  if (o.failures.length === 0 && o.accepted.length === 0) continue;
  console.log(`\n${p.name}:`);
  for (const f of o.failures.slice(0, 25)) console.log(`  failed   ${f}`);
  if (o.failures.length > 25) console.log(`  ... and ${o.failures.length - 25} more failures`);
  for (const a of o.accepted) console.log(`  accepted ${a} (should be refused)`);
}
