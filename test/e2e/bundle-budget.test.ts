import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INITIAL_JS_BUDGET_BYTES, initialJs } from '../../scripts/bundle-size';

const DIST = resolve(import.meta.dirname, '../../dist/client');

describe('bundle budget', () => {
  it('keeps the first-load JavaScript within 200 KB gzip, with the chart library out of it', () => {
    const { files, gzipBytes } = initialJs(DIST);
    expect(files.length).toBeGreaterThan(0);
    expect(gzipBytes).toBeGreaterThan(10_000);
    expect(gzipBytes).toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES);
    for (const file of files) {
      expect(readFileSync(join(DIST, file), 'utf8')).not.toContain('recharts-wrapper');
    }
  });
});
