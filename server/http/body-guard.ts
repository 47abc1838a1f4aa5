import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import { ApiError } from './errors';
import { assertJsonDepth } from './json-depth';

/** Brands, webhooks and sources are small: 1 MB is far more than any of them needs. */
export const MAX_SETTINGS_BODY_BYTES = 1024 * 1024;

const limit = bodyLimit({
  maxSize: MAX_SETTINGS_BODY_BYTES,
  onError: (c) => {
    c.header('Connection', 'close');
    throw new ApiError(
      'payload_too_large',
      `a request body may be at most ${MAX_SETTINGS_BODY_BYTES} bytes`,
      {
        limit: MAX_SETTINGS_BODY_BYTES,
      },
    );
  },
});

/**
 * Every JSON body but ingest (which has its own, larger limit and checks) is bounded in size and in
 * nesting before it is parsed, so no request can hold the event loop.
 */
export const guardJsonBodies = (ingestPath: string) =>
  createMiddleware(async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS' || c.req.path === ingestPath) {
      return next();
    }
    return limit(c, async () => {
      assertJsonDepth(await c.req.text());
      await next();
    });
  });
