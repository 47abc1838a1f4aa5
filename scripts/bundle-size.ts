import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What the first page load may download in JavaScript, gzip-compressed (issue 11). */
export const INITIAL_JS_BUDGET_BYTES = 200 * 1024;

export type InitialJs = { files: string[]; gzipBytes: number };

/**
 * The JavaScript a browser fetches before anything renders: the entry script and the chunks index.html
 * preloads. Route chunks (and Recharts with them) load later, when a page needs them.
 */
export function initialJs(distDir: string): InitialJs {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1] ?? '');
  const gzipBytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(distDir, file.replace(/^\//, '')))).length,
    0,
  );
  return { files, gzipBytes };
}

export const formatKb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
