import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BacktestResponse } from '../../shared/backtest';
import { NORTHWIND, type TestApp, createTestApp } from '../helpers/app';
import { runCli } from '../helpers/cli';
import { HOUR, MINUTE, outagePosts } from '../helpers/outage';

// An archive of a login outage more than a year before the clock (and before the real one too).
const S = Date.parse('2025-03-03T00:00:00.000Z');
const OUTAGE = S + 6 * HOUR + 30 * MINUTE;
const POSTS = outagePosts(S, 10 * 60, [
  { from: OUTAGE, minutes: 30, perMinute: 40, text: 'Northwind login down, error 503 [complaint] [neg]' },
]);
const NOW = S + 400 * 24 * HOUR;
const LABELS = [
  { brand: 'northwind', start: new Date(OUTAGE + 2 * MINUTE).toISOString() },
  // A labelled outage the complaints never showed: a miss, so recall is 1/2.
  {
    brand: 'northwind',
    start: new Date(S + 3 * HOUR).toISOString(),
    end: new Date(S + 4 * HOUR).toISOString(),
  },
];

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ brands: [NORTHWIND], now: NOW });
  for (let i = 0; i < POSTS.length; i += 2500) await t.pipeline.ingest(POSTS.slice(i, i + 2500));
});
afterAll(async () => {
  await t.close();
});

const post = (body: unknown) =>
  t.app.request('/api/v1/backtest', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('backtest', () => {
  it('replays history of any age and raises what the engine raises', async () => {
    const res = await t.app.request('/api/v1/backtest?brand=northwind');
    expect(res.status).toBe(200);
    const body = (await res.json()) as BacktestResponse;
    const brand = body.brands[0];
    expect(brand?.from).toBe(new Date(S).toISOString());
    expect(brand?.incidents).toHaveLength(1);
    const inc = brand?.incidents[0];
    expect(Date.parse(inc?.alertAt ?? '')).toBeGreaterThanOrEqual(OUTAGE);
    expect(inc?.alertDelayMinutes).toBeLessThanOrEqual(10);
    expect(body.score).toBeNull();
    // Read-only, and the same story the engine stores when it analyses the same history.
    expect(await t.store.listIncidents({ limit: 10 })).toEqual([]);
    await t.engine.tick();
    const stored = await t.store.listIncidents({ limit: 10 });
    expect(stored.map((i) => [i.id, i.startAt, i.alertAt, i.endAt])).toEqual(
      brand?.incidents.map((i) => [i.id, i.startAt, i.alertAt, i.endAt]),
    );
  });

  it('scores the incidents against labelled outages', async () => {
    const res = await post({ labels: LABELS });
    expect(res.status).toBe(200);
    const body = (await res.json()) as BacktestResponse;
    const inc = body.brands.find((b) => b.brand === 'northwind')?.incidents[0];
    expect(inc?.matched).toBe(true);
    expect(inc?.labelDelayMinutes).toBeLessThanOrEqual(10);
    expect(body.score).toMatchObject({ labels: 2, detected: 1, recall: 0.5, incidents: 1, precision: 1 });
  });

  it('rejects bad labels and unknown brands with clear errors', async () => {
    const bad = await post({ labels: [{ start: 'yesterday' }] });
    expect(bad.status).toBe(400);
    const err = (await bad.json()) as { error: { code: string; message: string } };
    expect(err.error.code).toBe('validation_failed');
    expect(err.error.message).toContain('labels.0.start');
    expect((await t.app.request('/api/v1/backtest?brand=nobody')).status).toBe(404);
  });

  it('outcry backtest prints the incidents and the score; a malformed labels file is a one-line error', async () => {
    const env = { OUTCRY_DB: join(t.dir, 'outcry.db') };
    const labels = join(t.dir, 'labels.json');
    writeFileSync(labels, JSON.stringify(LABELS));
    const ok = await runCli(['backtest', '--brand', 'northwind', '--labels', labels], { env });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(
      'northwind: 2025-03-03 00:00 to 2025-03-03 09:59 UTC (600 minutes), 1 incident(s)',
    );
    expect(ok.stdout).toMatch(/alert 06:3\d \(\+\d min\)/);
    expect(ok.stdout).toContain('detected 1 (recall 0.50)');

    writeFileSync(labels, '[{"start": "2025-03-03T06:30:00Z"},');
    const broken = await runCli(['backtest', '--labels', labels], { env });
    expect(broken.code).toBe(2);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
    expect(broken.stderr).toContain('is not valid JSON');

    writeFileSync(labels, '[{"start": "2025-03-03 06:30"}]');
    const naive = await runCli(['backtest', '--labels', labels], { env });
    expect(naive.code).toBe(2);
    expect(naive.stderr).toMatch(
      /^outcry backtest: labels file .*: \[0\]\.start: must be an ISO-8601 date-time with a zone/,
    );

    const nobody = await runCli(['backtest', '--brand', 'nobody'], { env });
    expect(nobody.code).toBe(2);
    expect(nobody.stderr).toContain('no brand with id "nobody"');
  });
});
