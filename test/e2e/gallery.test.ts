import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IncidentListSchema } from '../../shared/incident';
import { axeViolations } from './axe';
import { type Server, launchBrowser, screenshot, startServer, watchProblems } from './harness';
import { waitFor } from './incidents-outage';

/**
 * Every page at desktop and phone size, light and dark: a screenshot for a human to look at, axe-core with
 * no serious or critical violations, nothing wider than the screen, and a visible keyboard focus.
 */

const WAIT_MS = 20_000;
const HISTORY_WAIT_MS = 90_000;
const SIZES = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } } as const;
const THEMES = ['light', 'dark'] as const;

let server: Server;
let browser: Browser;
let incidentId: string;
/** One tab per size and theme, reused across pages (opening tabs is the slow part on a small machine). */
const tabs: { size: keyof typeof SIZES; theme: (typeof THEMES)[number]; page: Page; problems: string[] }[] =
  [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  incidentId = await waitFor(
    'the demo history to be detected',
    async () => {
      const res = await fetch(`${server.baseUrl}/api/v1/incidents?status=resolved`);
      return IncidentListSchema.parse(await res.json()).items[0]?.id ?? null;
    },
    HISTORY_WAIT_MS,
  );
  for (const theme of THEMES) {
    for (const size of ['desktop', 'phone'] as const) {
      const page = await browser.newPage({ viewport: SIZES[size], colorScheme: theme });
      tabs.push({ size, theme, page, problems: watchProblems(page) });
    }
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Each page with something on screen that proves it rendered its data, not only its frame. */
const PAGES: { name: string; path: () => string; ready: (page: Page) => Promise<void> }[] = [
  {
    name: 'live',
    path: () => '/',
    ready: (p) => p.locator('.brand-card').first().waitFor({ timeout: WAIT_MS }),
  },
  {
    name: 'incidents',
    path: () => '/incidents',
    ready: (p) => p.locator('.table--incidents tbody tr').first().waitFor({ timeout: WAIT_MS }),
  },
  {
    name: 'report',
    path: () => `/incidents/${encodeURIComponent(incidentId)}`,
    ready: (p) =>
      p.locator('.report__timeline .recharts-bar-rectangle').first().waitFor({ timeout: WAIT_MS }),
  },
  {
    name: 'compare',
    path: () => '/compare',
    ready: (p) => p.locator('.table--compare tbody tr').first().waitFor({ timeout: WAIT_MS }),
  },
  {
    name: 'explore',
    path: () => '/explore',
    ready: (p) => p.locator('.table--posts tbody tr').first().waitFor({ timeout: WAIT_MS }),
  },
  {
    name: 'explore-series',
    path: () => '/explore?view=series&brand=northwind-bank',
    ready: (p) => p.locator('.table--numeric tbody tr').first().waitFor({ timeout: WAIT_MS }),
  },
  {
    name: 'sources',
    path: () => '/sources',
    ready: (p) => p.locator('h1').first().waitFor({ timeout: WAIT_MS }),
  },
  {
    name: 'not-found',
    path: () => '/no-such-page',
    ready: (p) => p.getByText('This page does not exist').waitFor({ timeout: WAIT_MS }),
  },
];

describe('every page, desktop and phone, light and dark', () => {
  for (const target of PAGES) {
    it(`${target.name}: renders its data, fits the screen and passes axe`, async () => {
      for (const theme of THEMES) {
        for (const [size, viewport] of Object.entries(SIZES)) {
          const page = await browser.newPage({ viewport, colorScheme: theme });
          const problems = watchProblems(page);
          await page.goto(`${server.baseUrl}${target.path()}`);
          await target.ready(page);
          expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow, `${target.name} ${size} ${theme} is wider than the screen`).toBeLessThanOrEqual(0);
          if (size === 'desktop') expect(await axeViolations(page), `${target.name} ${theme}`).toEqual([]);
          await screenshot(page, `pages/${target.name}-${size}-${theme}`);
          expect(problems).toEqual([]);
          await page.close();
        }
      }
    });
  }

  it('lists incidents with grade and time to acknowledge, sorts by a header and exports the list', async () => {
    const page = await browser.newPage({ viewport: SIZES.desktop, acceptDownloads: true });
    await page.goto(`${server.baseUrl}/incidents`);
    const rows = page.locator('.table--incidents tbody tr');
    await rows.first().waitFor({ timeout: WAIT_MS });
    await expect
      .poll(() => rows.first().locator('[data-col="grade"]').textContent(), { timeout: WAIT_MS })
      .toMatch(/^[A-F]$/);
    expect(await rows.first().locator('[data-col="ack"]').textContent()).toMatch(/\d+ min/);
    const durations = async () =>
      Promise.all((await rows.locator('[data-col="duration"]').all()).map((c) => c.textContent()));
    const people = page.getByRole('columnheader', { name: /People/ });
    await people.getByRole('button').click();
    expect(await people.getAttribute('aria-sort')).toBe('descending');
    const counts = await Promise.all(
      (await rows.locator('td:nth-child(9)').all()).map(async (c) =>
        Number((await c.textContent())?.replace(/,/g, '')),
      ),
    );
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect((await durations()).length).toBe(counts.length);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const path = await download.path();
    const csv = readFileSync(path, 'utf8').trimEnd().split('\r\n');
    expect(csv[0]).toContain('grade,ack_min,duration_min,peak_per_min');
    expect(csv.length - 1).toBe(counts.length);
    await page.close();
  });

  it('follows the system theme until the toggle picks one, and shows keyboard focus', async () => {
    const page = await browser.newPage({ viewport: SIZES.desktop, colorScheme: 'light' });
    await page.goto(`${server.baseUrl}/incidents`);
    await page.locator('.table--incidents tbody tr').first().waitFor({ timeout: WAIT_MS });
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
    expect(await theme()).toBe('light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(theme).toBe('dark');
    const toggle = page.getByRole('button', { name: /Theme:/ });
    await toggle.click(); // Auto -> Light
    expect(await theme()).toBe('light');
    expect(await toggle.textContent()).toContain('Light');
    await toggle.click(); // Light -> Dark
    expect(await theme()).toBe('dark');
    await page.reload();
    await page.locator('.table--incidents tbody tr').first().waitFor({ timeout: WAIT_MS });
    expect(await theme()).toBe('dark');

    // Tab from the top: the skip link, then the navigation, each with a visible focus outline.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Skip to content');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el) return null;
      const style = getComputedStyle(el);
      return { tag: el.tagName, outline: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
    });
    expect(focus?.tag).toBe('A');
    expect(focus?.outline).not.toBe('none');
    expect(focus?.width).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});
