import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody, ErrorCode } from '../../shared/errors';

export const ERROR_STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  bad_request: 400,
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

/** Thrown by handlers; one onError turns it into the JSON error shape. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    /** overrides the code's usual status, e.g. 422 for a well-formed batch whose every item is invalid */
    private readonly statusOverride?: ContentfulStatusCode,
  ) {
    super(message);
  }
  get status(): ContentfulStatusCode {
    return this.statusOverride ?? ERROR_STATUS[this.code];
  }
}

export function errorResponse(c: Context, err: ApiError) {
  const body: ErrorBody = {
    error: {
      code: err.code,
      message: err.message,
      ...(err.details === undefined ? {} : { details: err.details }),
      requestId: c.get('requestId'),
    },
  };
  return c.json(body, err.status);
}
