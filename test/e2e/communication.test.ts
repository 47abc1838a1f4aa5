import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IncidentListSchema } from '../../shared/incident';
import { IncidentReportSchema } from '../../shared/report';
import { type Server, launchBrowser, screenshot, startServer, watchProblems } from './harness';
import {
  OUTAGE_BRAND,
  baselinePosts,
  burstPosts,
  createOutageBrand,
  ingest,
  waitFor,
} from './incidents-outage';

/**
 * Issue 9 as a user sees it: an outage injected a few minutes ago with no statement is pending (never a
 * letter grade while it can still be acknowledged in time); the demo's busy-account story from yesterday
 * has a support reply that backfired, shown with its evidence.
 */
const MINUTE = 60_000;
const WAIT_MS = 20_000;
const OPEN_WAIT_MS = 90_000;
const HISTORY_WAIT_MS = 120_000;

let server: Server;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await createOutageBrand(server.baseUrl);
  const minute = Math.floor(Date.now() / MINUTE) * MINUTE;
  await ingest(server.baseUrl, baselinePosts(minute - 8 * MINUTE));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const reportOf = async (id: string) =>
  IncidentReportSchema.parse(
    await (await fetch(`${server.baseUrl}/api/v1/incidents/${encodeURIComponent(id)}/report`)).json(),
  );

describe('communication in the browser', () => {
  it('shows an open, silent incident as pending on the report and the Live page', async () => {
    await ingest(server.baseUrl, burstPosts(Math.floor(Date.now() / MINUTE) * MINUTE, 6, 30));
    const id = await waitFor(
      'the outage to open',
      async () => {
        const res = await fetch(
          `${server.baseUrl}/api/v1/incidents?brand=${OUTAGE_BRAND.id}&status=open,escalated`,
        );
        return IncidentListSchema.parse(await res.json()).items[0]?.id ?? null;
      },
      OPEN_WAIT_MS,
    );
    const report = await reportOf(id);
    expect(report.headline.grade).toBeNull();
    expect(report.headline.gradeText).toMatch(/^pending \(not yet acknowledged: \d+ min, target 30\)$/);
    expect(report.headline.ackText).toMatch(/^not yet, \d+ min, target 30$/);
    const md = await (
      await fetch(`${server.baseUrl}/api/v1/incidents/${encodeURIComponent(id)}/report?format=md`)
    ).text();
    expect(md).toContain('Communication grade **pending (not yet acknowledged');
    expect(md).not.toMatch(/\| Time to acknowledge \| (n\/a|None|never)/);

    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const problems = watchProblems(page);
    await page.goto(`${server.baseUrl}/incidents/${encodeURIComponent(id)}`);
    await page.locator('.grade--pending').waitFor({ timeout: WAIT_MS });
    expect(await page.locator('.grade--pending').textContent()).toMatch(
      /Pending.*not yet, \d+ min, target 30/,
    );
    expect(await page.locator('[data-figure="ack"] .figure__value').textContent()).toMatch(/^not yet/);
    await screenshot(page, 'communication-pending-report');

    await page.goto(`${server.baseUrl}/?brand=${OUTAGE_BRAND.id}`);
    await page.getByText('without a public statement').first().waitFor({ timeout: WAIT_MS });
    expect(await page.locator('.grade__letter').count()).toBe(0);
    await screenshot(page, 'communication-pending-live');
    expect(problems).toEqual([]);
  }, 180_000);

  it('marks the support reply that backfired, with its evidence, on the report', async () => {
    const id = await waitFor(
      'the busy-account story to be detected and judged',
      async () => {
        const res = await fetch(`${server.baseUrl}/api/v1/incidents?brand=northwind-bank&status=resolved`);
        for (const i of IncidentListSchema.parse(await res.json()).items) {
          const r = await reportOf(i.id);
          if (r.communication.impacts.some((x) => x.verdict === 'backfired' && x.statement.kind === 'reply'))
            return i.id;
        }
        return null;
      },
      HISTORY_WAIT_MS,
    );
    page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
    const problems = watchProblems(page);
    await page.goto(`${server.baseUrl}/incidents/${encodeURIComponent(id)}`);
    const row = page.locator('.row--verdict-backfired', { hasText: 'works fine on our end' });
    await row.waitFor({ timeout: WAIT_MS });
    expect(await row.textContent()).toMatch(/Support reply/);
    expect(await row.locator('.statement__evidence').textContent()).toMatch(/Evidence: “.*”/);
    expect(await page.locator('.checks--routine .check').count()).toBeGreaterThan(0);
    await row.scrollIntoViewIfNeeded();
    await screenshot(page, 'communication-backfired-reply');
    expect(problems).toEqual([]);
  }, 240_000);
});
