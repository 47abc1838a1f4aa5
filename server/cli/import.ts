import { parseArgs } from 'node:util';
import type { RejectedItem } from '../../shared/post';
import { loadConfig } from '../config';
import { createBrandMatcher } from '../ingest/match';
import { createRuntime } from '../runtime';
import type { Store } from '../store/types';
import { type Command, UsageError } from './io';
import { type FileItem, countLines, fileKind, fileProblem, readPostFile } from './post-files';
import { createProgress } from './progress';

const BATCH = 1000;
const SHOW_REJECTED = 20;

export const importCommand: Command = {
  name: 'import',
  usage: `Usage: outcry import [--source NAME] [--brand ID] FILE...

Loads .csv (header row with id,source,author,text,createdAt[,url,lang,brand,replyTo,shares]), .ndjson/.jsonl
or .json files through the same validation as POST /api/v1/posts, into the store named by OUTCRY_DB.
  --source NAME   source for rows that have none
  --brand ID      assign every row to this brand
Prints accepted / duplicates / rejected (with file and line). Exit code 1 if any row was rejected.`,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { source: { type: 'string' }, brand: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length === 0) throw new UsageError('name at least one file to import');
    // every file is checked before anything is stored, so a typo in the last name costs nothing
    const problems = (await Promise.all(positionals.map(fileProblem))).filter((p) => p !== null);
    if (problems.length > 0) throw new UsageError(problems.join('; '));
    const config = loadConfig(io.env);
    // The server's runtime, not started: the OUTCRY_CONFIG brands exist before the first row, and the
    // engine only notes the earliest imported minute, from which the leading server replays each brand.
    const runtime = await createRuntime(config);
    const { pipeline } = runtime;
    const unknownBrand = values.brand ? await brandProblem(runtime.store, values.brand) : null;
    if (unknownBrand) {
      await runtime.close();
      throw new UsageError(unknownBrand);
    }
    const totals = { accepted: 0, duplicates: 0, unmatched: 0, received: 0 };
    const rejected: (RejectedItem & { file: string })[] = [];
    const estimate = io.isTty
      ? (await Promise.all(positionals.map(countLines))).reduce((a, b) => a + b, 0)
      : 0;
    const progress = createProgress(io, estimate);
    try {
      for (const file of positionals) {
        let batch: FileItem[] = [];
        const flush = async () => {
          if (batch.length === 0) return;
          const items = batch.map((b) => withDefaults(b.item, values.source, values.brand));
          const result = await pipeline.ingest(items, {
            lines: batch.map((b) => b.line),
            preRejected: new Map(batch.flatMap((b, i) => (b.error ? [[i, b.error] as const] : []))),
          });
          totals.accepted += result.accepted;
          totals.duplicates += result.duplicates;
          totals.unmatched += result.unmatched;
          totals.received += result.received;
          rejected.push(...result.rejected.map((r) => ({ ...r, file })));
          progress.update(file, totals.received);
          batch = [];
        };
        for await (const item of readPostFile(file)) {
          batch.push(item);
          if (batch.length >= BATCH) await flush();
        }
        await flush();
      }
    } finally {
      progress.done();
      await runtime.close();
    }
    io.stdout.write(
      `Imported ${totals.received} rows: ${totals.accepted} accepted, ${totals.duplicates} duplicates, ` +
        `${rejected.length} rejected${totals.unmatched ? ` (${totals.unmatched} matched no brand)` : ''}\n`,
    );
    for (const r of rejected.slice(0, SHOW_REJECTED))
      io.stdout.write(
        `  ${r.file} ${fileKind(r.file) === 'json' ? 'item' : 'line'} ${r.line ?? r.index + 1}: ${r.reason}\n`,
      );
    if (rejected.length > SHOW_REJECTED)
      io.stdout.write(`  ... and ${rejected.length - SHOW_REJECTED} more\n`);
    return rejected.length > 0 ? 1 : 0;
  },
};

function withDefaults(item: unknown, source: string | undefined, brand: string | undefined): unknown {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return item;
  const o = item as Record<string, unknown>;
  return { ...(source && o.source === undefined ? { source } : {}), ...o, ...(brand ? { brand } : {}) };
}

/** `--brand` must name a brand (by id or name) before 50,000 rows are each rejected for it. */
async function brandProblem(store: Store, brand: string): Promise<string | null> {
  const brands = await store.listBrands();
  const match = createBrandMatcher(brands).match({ text: '', author: '', brand });
  if (!('error' in match)) return null;
  const known = brands.map((b) => b.id).join(', ');
  return `--brand: ${match.error}${known ? ` (known brands: ${known})` : ' (no brands yet: add one in OUTCRY_CONFIG or the dashboard)'}`;
}
