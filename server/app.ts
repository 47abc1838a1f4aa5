import { redactCredentials } from '../shared/redact';
import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { readGuard } from './http/auth';
import { guardJsonBodies } from './http/body-guard';
import { ApiError, errorResponse, fromDomainError } from './http/errors';
import { openApiRoutes } from './http/openapi-doc';
import { rejectNulInUrl } from './http/input-guard';
import { authRoutes } from './routes/auth';
import { metricsRoutes } from './routes/metrics';
import { tokenRoutes } from './routes/tokens';
import { backtestRoutes } from './routes/backtest';
import { brandRoutes } from './routes/brands';
import type { AppDeps } from './routes/deps';
import { healthRoutes } from './routes/health';
import { incidentRoutes } from './routes/incidents';
import { overviewRoutes } from './routes/overview';
import { postRoutes } from './routes/posts';
import { seriesRoutes } from './routes/series';
import { sourceRoutes } from './routes/sources';
import { streamRoutes } from './routes/stream';
import { webhookRoutes } from './routes/webhooks';

export type { AppDeps } from './routes/deps';

let indexCache: { path: string; mtimeMs: number; html: string } | null = null;
function readIndexHtml(dir: string): string {
  const path = join(dir, 'index.html');
  const { mtimeMs } = statSync(path);
  if (indexCache?.path !== path || indexCache.mtimeMs !== mtimeMs) {
    indexCache = { path, mtimeMs, html: readFileSync(path, 'utf8') };
  }
  return indexCache.html;
}

/** A page of the SPA: not under /api, and no file extension in its last segment (`/metrics.txt`, `/x.php`). */
export const isPagePath = (path: string): boolean =>
  path !== '/api' && !path.startsWith('/api/') && !/\.[^/]*$/.test(path);

type Env = { Variables: { requestId: string } };

/** The API routes, chained so the client can type itself from `AppType`. */
const createApi = (deps: AppDeps) =>
  new Hono<Env>()
    .route('/api/health', healthRoutes(deps))
    .route('/api/v1/auth', authRoutes(deps))
    .route('/api/v1/overview', overviewRoutes(deps))
    .route('/api/v1/brands', brandRoutes(deps))
    .route('/api/v1/posts', postRoutes(deps))
    .route('/api/v1/series', seriesRoutes(deps))
    .route('/api/v1/sources', sourceRoutes(deps))
    .route('/api/v1/stream', streamRoutes(deps))
    .route('/api/v1/incidents', incidentRoutes(deps))
    .route('/api/v1/backtest', backtestRoutes(deps))
    .route('/api/v1/webhooks', webhookRoutes(deps))
    .route('/api/v1/tokens', tokenRoutes(deps));

export type AppType = ReturnType<typeof createApi>;

/** The whole HTTP surface: middleware, one error shape, the API, and the built SPA. */
export function createApp(deps: AppDeps) {
  const api = createApi(deps);

  const app = new Hono<Env>();
  app.use('*', async (c, next) => {
    c.set('requestId', c.req.header('x-request-id')?.slice(0, 64) || randomUUID());
    c.header('X-Request-Id', c.get('requestId'));
    const started = performance.now();
    await next();
    deps.logger?.request({
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  });
  app.use('*', rejectNulInUrl());
  app.use('/api/*', guardJsonBodies('/api/v1/posts'));
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  app.onError((err, c) => {
    if (err instanceof ApiError) return errorResponse(c, err);
    const domain = fromDomainError(err);
    if (domain) return errorResponse(c, domain);
    if (err instanceof HTTPException) {
      const code =
        err.status === 413 ? 'payload_too_large' : err.status === 404 ? 'not_found' : 'bad_request';
      return errorResponse(c, new ApiError(code, err.message || 'bad request'));
    }
    // The stack may quote a URL with a password in it (a feed or database URL): redacted like every log line.
    const what = err instanceof Error ? (err.stack ?? err.message) : String(err);
    if (deps.logger)
      deps.logger.event('error', 'request failed', {
        requestId: c.get('requestId'),
        method: c.req.method,
        path: c.req.path,
        error: redactCredentials(what),
      });
    else console.error(`[outcry] request ${c.get('requestId')} failed: ${redactCredentials(what)}`);
    return errorResponse(c, new ApiError('internal', 'internal error; the request id is in the server log'));
  });
  app.notFound((c) => errorResponse(c, new ApiError('not_found', `no route ${c.req.method} ${c.req.path}`)));
  app.use('/api/v1/*', readGuard(deps.auth));
  app.use('/metrics', readGuard(deps.auth));
  app.route('/', api);
  app.route('/api', openApiRoutes(api, deps.version));
  app.route('/', metricsRoutes(deps));

  if (deps.staticDir) {
    const dir = deps.staticDir;
    app.use('/assets/*', serveStatic({ root: dir }));
    // A missing hashed asset is a 404, never the SPA page served as a script.
    app.get('/assets/*', (c) => errorResponse(c, new ApiError('not_found', `no asset ${c.req.path}`)));
    app.use('*', serveStatic({ root: dir }));
    // Client-side routes (/incidents, /explore, ...) all load the SPA; re-read so a rebuild needs no restart.
    // Anything else (an unknown /api path, a file that is not there) is a JSON 404, never the page with 200.
    app.get('*', (c) => (isPagePath(c.req.path) ? c.html(readIndexHtml(dir)) : c.notFound()));
  }
  return app;
}
