import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import type { Config } from './config';
import type { Logger } from './log';
import { setupAdminAuth } from './http/auth';
import { runtimeDeps } from './routes/deps';
import { type RuntimeOverrides, createRuntime } from './runtime';

export type RunningServer = { url: string; close(): Promise<void> };

export type ServeOptions = {
  config: Config;
  version: string;
  staticDir: string;
  log: (line: string) => void;
  /** the structured log (request lines, failures); default: none */
  logger?: Logger;
} & Pick<RuntimeOverrides, 'lease' | 'leaseCheckMs'>;

/** The entry: read config (done by the caller), createRuntime(config), serve the API and the SPA. */
export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const { config, log } = opts;
  const runtime = await createRuntime(config, {
    log,
    ...(opts.lease ? { lease: opts.lease } : {}),
    ...(opts.leaseCheckMs === undefined ? {} : { leaseCheckMs: opts.leaseCheckMs }),
  });
  let server: ReturnType<typeof serve> | null = null;
  try {
    const { auth, generated } = await setupAdminAuth(runtime.store, config.adminToken, {
      readAuth: config.readAuth,
      clock: runtime.clock,
    });
    if (generated) log(`Admin token (shown once; only its hash is stored): ${generated}`);
    const staticDir = existsSync(join(opts.staticDir, 'index.html')) ? opts.staticDir : undefined;
    if (!staticDir) log(`No built dashboard in ${opts.staticDir}: serving the API only (run npm run build).`);
    await runtime.start();
    const app = createApp(
      runtimeDeps(runtime, {
        auth,
        version: opts.version,
        ...(staticDir ? { staticDir } : {}),
        ...(opts.logger ? { logger: opts.logger } : {}),
      }),
    );
    server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, () => resolve(s));
      s.once('error', reject);
    });
  } catch (err) {
    await runtime.close();
    throw err;
  }
  const listening = server;
  const address = listening.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  log(
    `Outcry ${opts.version} listening on ${url} (${runtime.store.kind}${runtime.demo ? ', demo feed on' : ''})`,
  );

  return {
    url,
    async close() {
      await new Promise<void>((resolve) => {
        listening.close(() => resolve());
        // SSE clients hold connections open; end them so shutdown is prompt.
        (listening as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await runtime.close();
    },
  };
}
