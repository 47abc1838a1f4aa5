import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import { type CsvRecord, createCsvReader } from './csv-records';
import { describeFsError } from './io';

export type FileItem = { item: unknown; line: number; error?: string };

export const fileKind = (path: string): 'csv' | 'ndjson' | 'json' | null => {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  if (ext === '.json') return 'json';
  return null;
};

const NUMERIC_FIELDS = new Set(['shares']);

/** Why `path` cannot be imported (missing, a directory, unknown type), in one line, or null if it can. */
export async function fileProblem(path: string): Promise<string | null> {
  if (!fileKind(path)) return `${path}: unknown file type (use .csv, .ndjson, .jsonl or .json)`;
  try {
    const s = await stat(path);
    return s.isDirectory() ? `${path}: is a directory, not a file` : null;
  } catch (err) {
    return describeFsError(err) ?? `${path}: ${(err as Error).message}`;
  }
}

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
    yield* readCsv(path);
  } else {
    throw new Error(`${path}: unknown file type (use .csv, .ndjson, .jsonl or .json)`);
  }
}

async function* readCsv(path: string): AsyncGenerator<FileItem> {
  let names: string[] | null = null;
  const reader = createCsvReader((i) => (names?.[i] ? `field \`${names[i]}\`` : `field ${i + 1}`));
  const toItem = (r: CsvRecord): FileItem | null => {
    if ('error' in r) return { item: undefined, line: r.line, error: r.error };
    if (!names) {
      names = r.fields.map((f) => f.trim());
      return null;
    }
    if (r.fields.length > names.length)
      return {
        item: undefined,
        line: r.line,
        error: `has ${r.fields.length} fields but the header names ${names.length}`,
      };
    const item: Record<string, unknown> = {};
    r.fields.forEach((v, i) => {
      const k = names?.[i];
      if (!k || v === '') return;
      item[k] = NUMERIC_FIELDS.has(k) && /^\d+$/.test(v) ? Number(v) : v;
    });
    return { item, line: r.line };
  };
  let line = 0;
  for await (const text of createInterface({
    input: createReadStream(path, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  })) {
    line++;
    for (const r of reader.push(line, line === 1 ? text.replace(/^\uFEFF/, '') : text)) {
      const item = toItem(r);
      if (item) yield item;
    }
  }
  for (const r of reader.end()) {
    const item = toItem(r);
    if (item) yield item;
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
