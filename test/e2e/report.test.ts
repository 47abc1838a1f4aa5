import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCount } from '../../client/lib/format';
import { formatMinutes } from '../../client/lib/incident-format';
import { IncidentListSchema } from '../../shared/incident';
import { type IncidentReport, IncidentReportSchema } from '../../shared/report';
import { type Server, launchBrowser, screenshot, startServer, watchProblems } from './harness';
import { waitFor } from './incidents-outage';
import { compact, pdfText, readPdfText, savePdfPages } from './report-pdf';

const WAIT_MS = 20_000;
/** The demo back-fills a week with scripted outages; the engine detects them within seconds of start-up. */
const HISTORY_WAIT_MS = 90_000;
const A4_WIDTH_PX = 794;

let server: Server;
let browser: Browser;
let page: Page;
let problems: string[];
let report: IncidentReport;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const id = await waitFor(
    'the demo history to be detected',
    async () => {
      const res = await fetch(`${server.baseUrl}/api/v1/incidents?status=resolved`);
      const items = IncidentListSchema.parse(await res.json()).items;
      return items.length >= 2 ? (items[0]?.id ?? null) : null;
    },
    HISTORY_WAIT_MS,
  );
  const res = await fetch(`${server.baseUrl}/api/v1/incidents/${encodeURIComponent(id)}/report`);
  report = IncidentReportSchema.parse(await res.json());
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The headline figures as the report page writes them. */
const headlineTexts = (r: IncidentReport): string[] => [
  r.brandName,
  formatCount(r.headline.excessComplaints),
  formatCount(r.headline.peopleAffected),
  formatMinutes(r.headline.durationMin),
  formatMinutes(r.headline.ackDelayMin),
  formatMinutes(r.headline.longestSilenceMin),
  `${Math.round(r.communication.scorecard.points ?? 0)}/100`,
  r.headline.verdict.slice(0, 40),
];

describe('incident report', () => {
  it('shows the headline figures, the timeline, the scorecard and the themes', async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    problems = watchProblems(page);
    await page.goto(`${server.baseUrl}/incidents/${encodeURIComponent(report.incident.id)}`);
    await page.locator('.report__timeline .recharts-bar-rectangle').first().waitFor({ timeout: WAIT_MS });
    await page.locator('.scorecard').waitFor({ timeout: WAIT_MS });
    const text = compact((await page.locator('.report').textContent()) ?? '');
    for (const expected of headlineTexts(report)) expect(text).toContain(compact(expected));
    expect(await page.locator('[data-figure="wave"] .figure__value').textContent()).toBe(
      report.headline.surgeLabel,
    );
    expect(await page.locator('.report__timeline .official-marker').count()).toBeGreaterThan(0);
    expect(await page.locator('.grade__letter').textContent()).toBe(report.headline.grade);
    await screenshot(page, 'incident-report');
    expect(problems).toEqual([]);
  });

  it('links a Markdown download of the same report', async () => {
    const href = await page.getByRole('link', { name: 'Download Markdown' }).getAttribute('href');
    const res = await fetch(new URL(href ?? '', server.baseUrl));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/markdown');
    expect(await res.text()).toContain(report.brandName);
  });

  it('prints to an A4 PDF with the figures, black on white and without the controls', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: A4_WIDTH_PX, height: 1123 });
    await page.waitForTimeout(500);
    await screenshot(page, 'incident-report-print');
    const nav = await page.locator('.app-header').isVisible();
    expect(nav).toBe(false);
    expect(await page.locator('.report__actions').isVisible()).toBe(false);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(255, 255, 255)');

    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(3); // figures + timeline, communication, themes
    const text = compact(pdfText(pdf));
    for (const expected of headlineTexts(report)) expect(text).toContain(compact(expected));
    expect(text).not.toContain('DownloadMarkdown');
    expect(text).not.toContain('Explore');
    // The time zone is named, so a reader elsewhere knows what the times mean.
    expect(text).toMatch(/Timesin(UTC|[A-Za-z_]+\/[A-Za-z_]+,UTC)/);
    savePdfPages(pdf, 'report-pdf');
    // The built-in reader (used where poppler-utils is not installed) must find them too.
    const fallback = compact(readPdfText(pdf));
    for (const expected of headlineTexts(report).slice(0, 4)) expect(fallback).toContain(compact(expected));
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('compare brands', () => {
  it('puts the demo incidents side by side', async () => {
    const compare = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    const issues = watchProblems(compare);
    await compare.goto(`${server.baseUrl}/compare`);
    const rows = compare.locator('.table--compare tbody tr');
    await rows.first().waitFor({ timeout: WAIT_MS });
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    expect(await compare.locator('.multiple .recharts-area').count()).toBeGreaterThanOrEqual(2);
    await screenshot(compare, 'compare');
    await compare.locator('.segmented__option', { hasText: 'By clock time' }).click();
    await compare.waitForURL(/align=clock/);
    expect(issues).toEqual([]);
    await compare.close();
  });
});
