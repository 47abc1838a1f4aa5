import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, type Server, launchBrowser, screenshot, startServer } from './harness';

const WAIT_MS = 20_000;
let server: Server;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ OUTCRY_READ_AUTH: '1' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a server whose reads need a token (OUTCRY_READ_AUTH=1)', () => {
  it('asks for a token, refuses a wrong one, then shows the dashboard and opens the live stream', async () => {
    const res = await fetch(`${server.baseUrl}/api/v1/tokens`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'e2e wallboard', role: 'viewer' }),
    });
    const { token } = (await res.json()) as { token: string };
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.baseUrl);
    const dialog = page.getByRole('dialog', { name: 'This dashboard needs a token' });
    await dialog.waitFor({ timeout: WAIT_MS });
    await dialog.getByLabel('Token').fill('oc_wrong-token');
    await dialog.getByRole('button', { name: 'Use token' }).click();
    await expect
      .poll(() => dialog.getByRole('alert').textContent(), { timeout: WAIT_MS })
      .toContain('does not know');
    // Listen before the token is given: the stream reconnects with a ticket soon after.
    const ticketed = page.waitForResponse(
      (r) => r.url().includes('/api/v1/stream?ticket=') && r.status() === 200,
      { timeout: WAIT_MS * 2 },
    );
    await dialog.getByLabel('Token').fill(token);
    await dialog.getByRole('button', { name: 'Use token' }).click();
    await dialog.waitFor({ state: 'detached', timeout: WAIT_MS });
    // The demo brands load, and the live indicator reaches "open" through a stream ticket.
    await page.getByText('Northwind Bank').first().waitFor({ timeout: WAIT_MS });
    await ticketed;
    await screenshot(page, 'read-auth-unlocked');
    await page.close();
  });
});
