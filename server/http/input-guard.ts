import { createMiddleware } from 'hono/factory';
import { ApiError } from './errors';

/**
 * Refuses a URL whose path or query decodes to a NUL character (`%00`): no id, brand, cursor or search
 * contains one, and PostgreSQL could not even compare it. One check for every route, so a new route is
 * covered without thinking of it (JSON bodies are checked by `validate`, post text by the post schema).
 */
export const rejectNulInUrl = () =>
  createMiddleware(async (c, next) => {
    const url = c.req.url;
    const at = url.search(/%00/i);
    if (at >= 0) {
      const query = url.indexOf('?');
      const where = query >= 0 && at > query ? 'query' : 'path';
      throw new ApiError('bad_request', `the request ${where} contains a NUL character (%00)`, { where });
    }
    await next();
  });
