import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCount } from '../../client/lib/format';
import { type Incident, IncidentListSchema } from '../../shared/incident';
import { type Server, launchBrowser, screenshot, startServer, watchProblems } from './harness';
import {
  OUTAGE_BRAND,
  baselinePosts,
  burstPosts,
  createOutageBrand,
  ingest,
  statement,
  waitFor,
} from './incidents-outage';

const MINUTE = 60_000;
const WAIT_MS = 20_000;
/** The engine ticks every ~10 s and needs the burst's minutes to be complete. */
const OPEN_WAIT_MS = 90_000;

let server: Server;
let browser: Browser;
let page: Page;
let problems: string[];
let opened: Incident;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await createOutageBrand(server.baseUrl);
  const minute = Math.floor(Date.now() / MINUTE) * MINUTE;
  expect(await ingest(server.baseUrl, baselinePosts(minute - 8 * MINUTE))).toBeGreaterThan(300);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Records the titles of browser notifications the page shows, with permission already granted. */
async function recordNotifications(target: Page): Promise<void> {
  await target.addInitScript(() => {
    const notes: string[] = [];
    class RecordedNotification {
      static permission = 'granted';
      static requestPermission = async () => 'granted';
      constructor(title: string) {
        notes.push(title);
      }
    }
    Object.assign(window, { e2eNotes: notes, Notification: RecordedNotification });
  });
}

async function openIncidents(): Promise<Incident[]> {
  const res = await fetch(
    `${server.baseUrl}/api/v1/incidents?brand=${OUTAGE_BRAND.id}&status=open,escalated`,
  );
  return IncidentListSchema.parse(await res.json()).items;
}

describe('an outage on the Live page', () => {
  it('shades the incident and shows the clocks as soon as it opens, without a reload', async () => {
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    problems = watchProblems(page);
    await recordNotifications(page);
    await page.goto(`${server.baseUrl}/?brand=${OUTAGE_BRAND.id}`);
    await page.getByRole('button', { name: 'Notify me' }).click();
    await page.getByRole('button', { name: 'Notifying' }).waitFor();
    const volume = page.getByRole('region', { name: 'Complaint volume' });
    await volume.locator('.recharts-bar-rectangle').first().waitFor({ timeout: WAIT_MS });
    await page.locator('.live--open').waitFor({ timeout: WAIT_MS });
    expect(await page.locator('.incident-watch').count()).toBe(0);
    await page.evaluate(() => {
      document.documentElement.dataset.e2eMarker = 'still-here';
    });

    const minute = Math.floor(Date.now() / MINUTE) * MINUTE;
    await ingest(server.baseUrl, burstPosts(minute, 6, 30));
    opened = await waitFor(
      'the incident to open',
      async () => (await openIncidents())[0] ?? null,
      OPEN_WAIT_MS,
    ).catch(async (err: Error) => {
      // Say why: what the engine made of the brand, and what the server logged.
      const all = await fetch(`${server.baseUrl}/api/v1/incidents?brand=${OUTAGE_BRAND.id}`).then((r) =>
        r.text(),
      );
      throw new Error(`${err.message}\nincidents: ${all}\nserver log:\n${server.logs().slice(-3000)}`);
    });
    expect(opened.peakRatio).toBeGreaterThan(3);

    const watch = page.locator('.incident-watch');
    await watch.waitFor({ timeout: WAIT_MS });
    expect(await watch.locator('.incident-watch__title').textContent()).toContain(OUTAGE_BRAND.name);
    await volume.locator('.incident-area').first().waitFor({ timeout: WAIT_MS });
    const ack = watch.getByRole('region', { name: 'Acknowledgement' });
    expect(await ack.locator('.meter__caption').textContent()).toContain('without a public statement');
    expect(await watch.getByRole('region', { name: 'Since last update' }).textContent()).toContain(
      'Waiting for the first statement',
    );
    expect(await page.evaluate(() => document.documentElement.dataset.e2eMarker)).toBe('still-here');
    expect(problems).toEqual([]);
  });

  it('zooms to the incident in one unit and one clock, and tells a background tab', async () => {
    const volume = page.getByRole('region', { name: 'Complaint volume' });
    await expect
      .poll(() => volume.textContent(), { timeout: WAIT_MS })
      .toContain('zoomed to the open incident');
    expect(await volume.textContent()).toContain('Complaints per hour');
    expect(await volume.getByRole('radio', { name: 'Incident' }).isChecked()).toBe(true);
    expect(await volume.locator('.chart-legend').textContent()).toContain('so far');
    expect(await page.getByRole('region', { name: 'Complaints by category' }).textContent()).toContain(
      'zoomed to the open incident',
    );
    // One banner: the incident panel says "incident"; the brand banner below does not repeat it.
    expect(await page.locator('.banner .state-pill').count()).toBe(0);
    expect(await page.getByText('a likely incident').count()).toBe(0);
    // One unit: per hour on the cards, the incident panel and the chart.
    const card = page.locator('.brand-card', { hasText: OUTAGE_BRAND.name });
    expect(await card.textContent()).toContain('complaints/h');
    expect(await page.locator('.incident-watch__figures').textContent()).toMatch(/\/h vs .*\/h normal/);
    // One clock: the duration and the unacknowledged wait are the same minutes.
    const watch = page.locator('.incident-watch');
    const forText = (await watch.locator('.incident-watch__for').textContent()) ?? '';
    const ackText = await watch
      .getByRole('region', { name: 'Acknowledgement' })
      .getByTestId('meter-value')
      .textContent();
    expect(forText.replace(/^for /, '')).toBe(ackText);

    await expect.poll(() => page.title(), { timeout: WAIT_MS }).toBe(`● Incident — ${OUTAGE_BRAND.name}`);
    const icon = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href);
    expect(icon).toContain('c43a2f');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { e2eNotes: string[] }).e2eNotes), {
        timeout: WAIT_MS,
      })
      .toContain(`Incident — ${OUTAGE_BRAND.name}`);
    expect(problems).toEqual([]);
  });

  it('puts the incident first on a phone, with the whole nav and uncut brand cards', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const phoneProblems = watchProblems(phone);
    await phone.goto(`${server.baseUrl}/?brand=${OUTAGE_BRAND.id}`);
    const watch = phone.locator('.incident-watch');
    await watch.waitFor({ timeout: WAIT_MS });
    const watchBox = await watch.boundingBox();
    const cardsBox = await phone.locator('.brand-switcher').boundingBox();
    expect(watchBox && cardsBox && watchBox.y < cardsBox.y).toBe(true);
    for (const el of [
      ...(await phone.locator('.nav__link').all()),
      ...(await phone.locator('.brand-card').all()),
    ]) {
      const box = await el.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    }
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(phone, 'live-incident-phone');
    expect(phoneProblems).toEqual([]);
    await phone.close();
  });

  it('counts the first statement as the acknowledgement and marks it on the charts', async () => {
    await ingest(server.baseUrl, [
      statement(
        Date.now() - 5_000,
        "We're aware some customers can't log in or pay. Next update within 30 minutes.",
      ),
    ]);
    const ack = page.locator('.incident-watch').getByRole('region', { name: 'Acknowledgement' });
    await expect
      .poll(() => ack.locator('.meter__caption').textContent(), { timeout: WAIT_MS })
      .toContain('to the first statement');
    expect(await ack.locator('.meter__status').textContent()).toContain('Acknowledged in time');
    const silence = page.locator('.incident-watch').getByRole('region', { name: 'Since last update' });
    expect(await silence.locator('.meter__caption').textContent()).toContain('since the last statement');
    for (const chart of ['Complaint volume', 'Sentiment'])
      await page
        .getByRole('region', { name: chart })
        .locator('.official-marker')
        .first()
        .waitFor({ timeout: WAIT_MS });
    expect(await page.evaluate(() => document.documentElement.dataset.e2eMarker)).toBe('still-here');
    await screenshot(page, 'live-incident');
    expect(problems).toEqual([]);
  });
});

describe('the incidents list and the report of an open incident', () => {
  it('lists the incident with its figures and opens its report', async () => {
    await page.getByRole('link', { name: /Open the incident report/ }).click();
    await page.waitForURL(/\/incidents\/e2e-bank/);
    await page.goto(`${server.baseUrl}/incidents?brand=${OUTAGE_BRAND.id}`);
    const row = page.locator('.table--incidents tbody tr').first();
    await row.waitFor({ timeout: WAIT_MS });
    expect(await row.locator('.badge').textContent()).toMatch(/Open|Escalated/);
    expect(await row.textContent()).toContain(OUTAGE_BRAND.name);
    await screenshot(page, 'incidents-open');

    await row.getByRole('link', { name: OUTAGE_BRAND.name }).click();
    await page.waitForURL(`**/incidents/${encodeURIComponent(opened.id)}`);
    await page.locator('.report__timeline .recharts-bar-rectangle').first().waitFor({ timeout: WAIT_MS });
    const res = await fetch(`${server.baseUrl}/api/v1/incidents/${encodeURIComponent(opened.id)}`);
    const now = (await res.json()) as Incident;
    const people = page.locator('[data-figure="people"] .figure__value');
    await expect.poll(() => people.textContent(), { timeout: WAIT_MS }).toBe(formatCount(now.uniqueAuthors));
    // The server caches communication figures for a few seconds, so the new statement may take a moment.
    await expect
      .poll(
        async () => {
          await page.reload();
          return page.locator('[data-figure="ack"] .figure__value').textContent();
        },
        { timeout: 45_000, interval: 5_000 },
      )
      .toMatch(/\d+ min/);
    await page.locator('.report__timeline .official-marker').first().waitFor({ timeout: WAIT_MS });
    await screenshot(page, 'incident-open-report');
    expect(problems).toEqual([]);
    await page.close();
  });
});
