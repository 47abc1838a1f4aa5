import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FeedServer, fixtureText, startFeedServer } from '../helpers/feed-servers';
import { ADMIN_TOKEN, type Server, launchBrowser, screenshot, startServer, watchProblems } from './harness';

const BRAND = 'northwind-bank';
const WAIT_MS = 20_000;
const MARK = `e2e-${Date.now().toString(36)}`;

let feeds: FeedServer;
let server: Server;
let browser: Browser;

/** Two fresh items about the brand, dated a minute ago so they lead the Live list. */
function feed(): string {
  const date = new Date(Date.now() - 60_000).toUTCString();
  const item = (id: string, title: string) =>
    `<item><guid isPermaLink="false">${id}</guid><title>${title}</title><pubDate>${date}</pubDate></item>`;
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Outage desk</title><link>https://news.example</link>
    ${item(`${MARK}-1`, `Northwind Bank card payments failing at checkout ${MARK}`)}
    ${item(`${MARK}-2`, `Northwind app login broken for many customers ${MARK}`)}
    </channel></rss>`;
}

beforeAll(async () => {
  feeds = await startFeedServer();
  feeds.route('/news.xml', () => ({ body: feed(), headers: { 'content-type': 'application/rss+xml' } }));
  feeds.route('/api/v2/summary.json', { body: fixtureText('statuspage-summary.json') });
  feeds.route('/api/v2/incidents.json', { body: fixtureText('statuspage-incidents.json') });
  server = await startServer({ OUTCRY_SOURCES_ALLOW_PRIVATE: '1' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await feeds?.close();
});

async function unlock(page: Page, token: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Admin token' });
  await form.getByPlaceholder('Admin token').fill(token);
  await form.getByRole('button', { name: 'Unlock editing' }).click();
}

async function addRss(page: Page): Promise<void> {
  await page.locator('.page-header').getByRole('button', { name: 'Add source' }).click();
  const form = page.getByRole('form', { name: 'Add source' });
  await form.getByLabel('Kind').selectOption('rss');
  await form.getByLabel('URL').fill(feeds.url('/news.xml'));
  await form.getByLabel('Brand').selectOption(BRAND);
  await form.getByLabel('Interval (seconds)').fill('60');
  await form.getByRole('button', { name: 'Add source' }).click();
}

describe('Sources page', () => {
  it('adds an RSS source with the admin token, shows it healthy, and its posts reach the Live page', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    const problems = watchProblems(page);
    await page.goto(`${server.baseUrl}/sources`);
    await page.getByText('No sources yet').waitFor({ timeout: WAIT_MS });
    expect(await page.getByRole('button', { name: 'Add source' }).count()).toBe(0);

    // A wrong token is checked and refused when it is entered, not at the first failed write.
    await unlock(page, 'not-the-admin-token');
    await page.getByText('The admin token was not accepted').waitFor({ timeout: WAIT_MS });
    expect(await page.getByRole('alert').first().textContent()).toContain('does not know this token');
    expect(await page.evaluate(() => sessionStorage.getItem('outcry.adminToken'))).toBeNull();
    expect(await page.getByRole('button', { name: 'Add source' }).count()).toBe(0);
    await screenshot(page, 'sources-token-refused');

    // The right token unlocks editing at once.
    await page.getByRole('form', { name: 'Admin token' }).getByPlaceholder('Admin token').fill('');
    await unlock(page, ADMIN_TOKEN);
    await expect
      .poll(() => page.evaluate(() => sessionStorage.getItem('outcry.adminToken')))
      .toBe(ADMIN_TOKEN);
    await addRss(page);
    const card = page.getByRole('listitem', { name: 'Source rss-127-0-0-1' });
    await card.waitFor({ timeout: WAIT_MS });
    await card.locator('.badge--success', { hasText: 'OK' }).waitFor({ timeout: WAIT_MS });
    await expect
      .poll(() => card.locator('dt:text("Posts / hour") + dd').textContent(), { timeout: WAIT_MS })
      .toBe('2');
    expect(await card.textContent()).toContain('every 1 min');
    expect(await card.textContent()).toContain('Northwind Bank');

    // A status page for the same brand, added through the API, shows on the page and on Live.
    const res = await fetch(`${server.baseUrl}/api/v1/sources`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'northwind-status', kind: 'statuspage', url: feeds.origin, brand: BRAND }),
    });
    expect(res.status, await res.text()).toBe(201);
    const status = page.getByRole('listitem', { name: 'Source northwind-status' });
    await status.getByText('page: major outage').waitFor({ timeout: WAIT_MS });
    await page.locator('.source .badge--success', { hasText: 'OK' }).nth(1).waitFor({ timeout: WAIT_MS });
    await screenshot(page, 'sources');

    // Pause from the card: the switch needs the token, which the tab still has.
    await card.getByRole('switch').click();
    await card.locator('.badge', { hasText: 'Paused' }).waitFor({ timeout: WAIT_MS });
    await page.setViewportSize({ width: 390, height: 900 });
    await screenshot(page, 'sources-mobile');
    // The refused token check (401) and no other error.
    expect(problems.filter((p) => !p.includes('401'))).toEqual([]);
    await page.close();

    const live = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    const liveProblems = watchProblems(live);
    await live.goto(`${server.baseUrl}/?brand=${BRAND}`);
    await live
      .locator('.post-list')
      .getByText(`card payments failing at checkout ${MARK}`)
      .waitFor({ timeout: WAIT_MS });
    await live.locator('.post-list').getByText(`login broken for many customers ${MARK}`).waitFor();
    await live.locator('.banner').getByText('status page: major outage').waitFor({ timeout: WAIT_MS });
    await screenshot(live, 'live-status-page');
    expect(liveProblems).toEqual([]);
    await live.close();
  });
});
