import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../..');
export const SCREENSHOT_DIR = join(ROOT, 'test/e2e/screenshots');
export const ADMIN_TOKEN = 'e2e-admin-token-0123456789';
const CHROMIUM = '/usr/bin/chromium';
const STARTUP_TIMEOUT_MS = 60_000;
const POLL_MS = 250;
const STOP_TIMEOUT_MS = 5_000;

export type Server = { baseUrl: string; logs: () => string; stop: () => Promise<void> };

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function exited(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      done(true);
    });
  });
}

/**
 * Start the real server (`outcry serve`) on a free port with a throwaway database and the demo feed;
 * `env` adds or overrides variables (e.g. OUTCRY_SOURCES_ALLOW_PRIVATE for a local feed server).
 */
export async function startServer(env: Record<string, string> = {}): Promise<Server> {
  if (!existsSync(join(ROOT, 'dist/client/index.html'))) {
    throw new Error('dist/client is missing: run `npx vite build` before the e2e tests');
  }
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'outcry-e2e-'));
  let output = '';
  const child = spawn(process.execPath, ['bin/outcry.mjs', 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      OUTCRY_DB: join(dir, 'e2e.db'),
      OUTCRY_DEMO: '1',
      OUTCRY_ADMIN_TOKEN: ADMIN_TOKEN,
      OUTCRY_LOG: 'error',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await exited(child, STOP_TIMEOUT_MS))) {
        child.kill('SIGKILL');
        await exited(child, STOP_TIMEOUT_MS);
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) return { baseUrl, logs: () => output, stop };
    } catch {
      // not listening yet
    }
    await sleep(POLL_MS);
  }
  await stop();
  throw new Error(`server did not become healthy within ${STARTUP_TIMEOUT_MS} ms:\n${output}`);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Screenshot under test/e2e/screenshots/ (git-ignored), for a human to look at; full page unless told. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  mkdirSync(dirname(path), { recursive: true });
  // A full-page capture of a scrolled page draws the sticky header where the viewport was.
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, fullPage });
  return path;
}

/** Collect page errors and failed API calls so a test can assert the page ran cleanly. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('response', (res) => {
    if (res.url().includes('/api/') && res.status() >= 500) problems.push(`${res.status()} ${res.url()}`);
  });
  return problems;
}
