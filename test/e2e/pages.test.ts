import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Server, launchBrowser, screenshot, startServer, watchProblems } from './harness';

const WAIT_MS = 20_000;

let server: Server;
let browser: Browser;
let page: Page;
let problems: string[];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(path: string): Promise<void> {
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  problems = watchProblems(page);
  await page.goto(`${server.baseUrl}${path}`);
}

describe('Explore page', () => {
  it('filters posts, shows the series and links exports that match the view', async () => {
    await open('/explore?brand=northwind-bank&complaint=true');
    const rows = page.locator('.table--posts tbody tr');
    await rows.first().waitFor({ timeout: WAIT_MS });
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    expect(await rows.locator('.badge--warning', { hasText: 'Complaint' }).count()).toBe(count);
    await screenshot(page, 'explore');

    const csv = await page.getByRole('link', { name: 'CSV' }).first().getAttribute('href');
    expect(csv).toMatch(/^\/api\/v1\/posts\?/);
    const params = new URL(csv ?? '', server.baseUrl).searchParams;
    expect(params.get('brand')).toBe('northwind-bank');
    expect(params.get('complaint')).toBe('true');
    expect(params.get('format')).toBe('csv');
    const res = await fetch(new URL(csv ?? '', server.baseUrl));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect((await res.text()).split('\n')[0]).toContain('complaint');

    const seriesJson = await page.getByRole('link', { name: 'JSON', exact: true }).getAttribute('href');
    const seriesRes = await fetch(new URL(seriesJson ?? '', server.baseUrl));
    expect(seriesRes.status).toBe(200);

    await page.locator('.segmented__option', { hasText: 'Time series' }).click();
    await page.waitForURL(/view=series/);
    await page.locator('.table--numeric tbody tr').first().waitFor({ timeout: WAIT_MS });
    expect(new URL(page.url()).searchParams.get('complaint')).toBe('true');
    await screenshot(page, 'explore-series');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('applies a text search from the form and keeps it in the URL', async () => {
    await open('/explore');
    await page.locator('.table--posts tbody tr').first().waitFor({ timeout: WAIT_MS });
    await page.getByLabel('Search text').fill('zzzz-no-such-text');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/q=zzzz-no-such-text/);
    await page.getByText('No posts match these filters').waitFor({ timeout: WAIT_MS });
    await page.locator('.segmented__option', { hasText: 'Time series' }).click();
    await page.getByText('Choose a brand to see its time series').waitFor();
    await screenshot(page, 'explore-empty');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('Other pages', () => {
  for (const [path, name, heading] of [
    ['/incidents', 'incidents', 'Detected incidents'],
    ['/sources', 'sources-empty', 'No sources yet'],
    ['/no-such-page', 'not-found', 'This page does not exist'],
  ] as const) {
    it(`${path} explains itself`, async () => {
      await open(path);
      await page.getByText(heading).waitFor({ timeout: WAIT_MS });
      await screenshot(page, name);
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});
