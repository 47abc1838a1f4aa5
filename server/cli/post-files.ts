import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';

export type FileItem = { item: unknown; line: number; error?: string };

export const fileKind = (path: string): 'csv' | 'ndjson' | 'json' | null => {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  if (ext === '.json') return 'json';
  return null;
};

const NUMERIC_FIELDS = new Set(['shares']);

/** Reads posts from CSV (header row), NDJSON or JSON, yielding each with its 1-based line number. */
export async function* readPostFile(path: string): AsyncGenerator<FileItem> {
  const kind = fileKind(path);
  if (kind === 'json') {
    yield* readJson(path);
  } else if (kind === 'ndjson') {
    let line = 0;
    for await (const text of createInterface({
      input: createReadStream(path, 'utf8'),
      crlfDelay: Number.POSITIVE_INFINITY,
    })) {
      line++;
      if (!text.trim()) continue;
      try {
        yield { item: JSON.parse(text), line };
      } catch (err) {
        yield { item: undefined, line, error: `not valid JSON: ${(err as Error).message}` };
      }
    }
  } else if (kind === 'csv') {
    const parser = createReadStream(path).pipe(
      parse({
        columns: true,
        bom: true,
        skip_empty_lines: true,
        relax_column_count: true,
        info: true,
        trim: false,
      }),
    );
    // csv-parse counts a CRLF inside a quoted cell as two lines; take those back so file:line is right.
    let extraLines = 0;
    for await (const rec of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      for (const v of Object.values(rec.record)) extraLines += v.split('\r\n').length - 1;
      const item: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(rec.record)) {
        if (v === '' || v === undefined) continue;
        item[k] = NUMERIC_FIELDS.has(k) && /^\d+$/.test(v) ? Number(v) : v;
      }
      yield { item, line: rec.info.lines - extraLines };
    }
  } else {
    throw new Error(`${path}: unknown file type (use .csv, .ndjson, .jsonl or .json)`);
  }
}

async function* readJson(path: string): AsyncGenerator<FileItem> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new Error(
      `${path}: ${err instanceof SyntaxError ? 'not valid JSON: ' : ''}${(err as Error).message}`,
    );
  }
  const items = Array.isArray(data) ? data : (data as { posts?: unknown[] } | null)?.posts;
  if (!Array.isArray(items)) throw new Error(`${path}: expected a JSON array of posts or { "posts": [...] }`);
  // JSON has no useful line numbers per item; report the 1-based position instead.
  for (let i = 0; i < items.length; i++) yield { item: items[i], line: i + 1 };
}

/** Newline count: a cheap pre-pass so the progress bar knows the total. */
export async function countLines(path: string): Promise<number> {
  let n = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) n++;
  }
  return n;
}
