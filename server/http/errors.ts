import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody, ErrorCode } from '../../shared/errors';
import { Conflict, Invalid, NotFound, Unavailable } from '../services/errors';

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

/** A domain error from a service or read model as the API's error, or null for anything else. */
export function fromDomainError(err: unknown): ApiError | null {
  if (err instanceof NotFound) return new ApiError('not_found', err.message);
  if (err instanceof Conflict) return new ApiError('conflict', err.message);
  if (err instanceof Invalid) return new ApiError('validation_failed', err.message, err.issues);
  if (err instanceof Unavailable) return new ApiError('unavailable', err.message);
  return null;
}
