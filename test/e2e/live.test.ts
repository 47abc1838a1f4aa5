import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, type Server, launchBrowser, screenshot, startServer, watchProblems } from './harness';

const BRAND = 'northwind-bank';
const WAIT_MS = 20_000;

let server: Server;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openLive(
  path: string,
  viewport = { width: 1440, height: 1000 },
): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport });
  const problems = watchProblems(page);
  await page.goto(`${server.baseUrl}${path}`);
  return { page, problems };
}

async function ingest(post: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${server.baseUrl}/api/v1/posts`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify([post]),
  });
  expect(res.status, await res.clone().text()).toBe(200);
  const body = (await res.json()) as { accepted: number };
  expect(body.accepted).toBe(1);
}

describe('Live page', () => {
  it('shows every brand, the charts and the recent posts, and pins the brand in the URL', async () => {
    const { page, problems } = await openLive('/');
    await page.waitForURL(/[?&]brand=/, { timeout: WAIT_MS });
    const cards = page.locator('.brand-card');
    await cards.first().waitFor({ timeout: WAIT_MS });
    expect(await cards.count()).toBeGreaterThanOrEqual(2);
    await expect.poll(() => page.locator('.brand-card[aria-current="page"]').count()).toBe(1);

    const volume = page.getByRole('region', { name: 'Complaint volume' });
    await volume.locator('.recharts-bar-rectangle').first().waitFor({ timeout: WAIT_MS });
    expect(await volume.locator('.recharts-area').count()).toBeGreaterThan(0);
    await page.getByRole('region', { name: 'Sentiment' }).locator('.recharts-line').first().waitFor();
    await page
      .getByRole('region', { name: 'Complaints by category' })
      .locator('.recharts-bar-rectangle')
      .first()
      .waitFor();
    await page.locator('.post-list .post').first().waitFor({ timeout: WAIT_MS });

    expect(await page.getByText('Demo data', { exact: true }).isVisible()).toBe(true);
    await page.locator('.live--open').waitFor({ timeout: WAIT_MS });
    await screenshot(page, 'live');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a posted complaint in the list without reloading, as text and with its evidence marked', async () => {
    const { page, problems } = await openLive(`/?brand=${BRAND}`);
    await page.locator('.post-list .post').first().waitFor({ timeout: WAIT_MS });
    await page.locator('.live--open').waitFor({ timeout: WAIT_MS });
    // Survives only if the page is never reloaded.
    await page.evaluate(() => {
      document.documentElement.dataset.e2eMarker = 'still-here';
    });

    const marker = `e2e${Date.now()}`;
    const text = `@NorthwindBank ${marker} the app is down again and I cannot log in <b>bold</b><img src=x onerror="document.title='pwned'">`;
    await ingest({
      id: marker,
      source: 'e2e',
      author: 'e2e-tester',
      text,
      createdAt: new Date().toISOString(),
      url: 'https://example.com/e2e',
    });

    const card = page.locator('.post', { hasText: marker });
    await card.waitFor({ timeout: WAIT_MS });
    expect(await page.evaluate(() => document.documentElement.dataset.e2eMarker)).toBe('still-here');
    // Rendered as text: the markup is visible characters, not elements.
    expect(await card.locator('.post__text').textContent()).toContain('<b>bold</b><img');
    expect(await card.locator('.post__text img, .post__text b').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
    expect(await card.locator('a.post__link').getAttribute('href')).toBe('https://example.com/e2e');

    // The card agrees with what the API scored.
    const res = await fetch(`${server.baseUrl}/api/v1/posts?brand=${BRAND}&q=${marker}&limit=1`);
    const { items } = (await res.json()) as { items: { score: { complaint: boolean; why: unknown[] } }[] };
    const scored = items[0]?.score;
    expect(scored).toBeDefined();
    expect(await card.evaluate((el) => el.classList.contains('post--complaint'))).toBe(scored?.complaint);
    if (scored && scored.why.length > 0) expect(await card.locator('mark.why').count()).toBeGreaterThan(0);

    await screenshot(page, 'live-after-post');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('switches brand through the brand switcher and keeps the choice in the URL', async () => {
    const { page, problems } = await openLive(`/?brand=${BRAND}`);
    const other = page.locator('.brand-card:not([aria-current="page"])').first();
    await other.waitFor({ timeout: WAIT_MS });
    const name = (await other.locator('.brand-card__name').textContent()) ?? '';
    await other.click();
    await page.waitForURL((url) => url.searchParams.get('brand') !== BRAND);
    await expect.poll(() => page.locator('.banner__title').textContent()).toContain(name);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('explains an unknown brand instead of showing empty charts', async () => {
    const { page } = await openLive('/?brand=no-such-brand');
    await page.getByText('No brand called “no-such-brand”').waitFor({ timeout: WAIT_MS });
    await page.close();
  });

  it('fits a phone screen', async () => {
    const { page, problems } = await openLive(`/?brand=${BRAND}`, { width: 390, height: 844 });
    await page.locator('.post-list .post').first().waitFor({ timeout: WAIT_MS });
    await page.locator('.recharts-bar-rectangle').first().waitFor({ timeout: WAIT_MS });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'live-mobile');
    expect(problems).toEqual([]);
    await page.close();
  });
});
