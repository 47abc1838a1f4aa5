import type { z } from 'zod';
import { ErrorBodySchema } from '../../shared/errors';

/** A failed API call, carrying the server's error code and request id so the UI can show them. */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId: string | null;

  constructor(status: number, code: string, message: string, requestId: string | null) {
    super(message);
    this.name = 'ApiRequestError';
    this.status = status;
    this.code = code;
    this.requestId = requestId;
  }
}

/** The part of a fetch Response (or hc ClientResponse) this module reads. */
export type JsonResponse<T> = { ok: boolean; status: number; statusText: string; json(): Promise<T> };

/** Turn a non-2xx response into an ApiRequestError, using the `{error:{...}}` body when there is one. */
export async function toApiError(res: JsonResponse<unknown>): Promise<ApiRequestError> {
  const body: unknown = await res.json().catch(() => null);
  const parsed = ErrorBodySchema.safeParse(body);
  if (parsed.success) {
    const { code, message, requestId } = parsed.data.error;
    return new ApiRequestError(res.status, code, message, requestId ?? null);
  }
  // No Outcry error body: a proxy or gateway answered, so the Outcry server itself is unreachable.
  const message =
    res.status >= 502 && res.status <= 504
      ? `Could not reach the Outcry server (HTTP ${res.status}). Check that it is running.`
      : `The server answered ${res.status} ${res.statusText}`.trim();
  return new ApiRequestError(res.status, res.status >= 502 ? 'unavailable' : 'internal', message, null);
}

/** The body of a successful response, typed by the route; any other status throws ApiRequestError. */
export async function unwrap<T>(res: JsonResponse<T>): Promise<T> {
  if (!res.ok) throw await toApiError(res);
  return res.json();
}

/**
 * For routes whose type does not survive hc (they also stream CSV/NDJSON), validate the body against the
 * shared wire schema instead, so a contract drift fails loudly here rather than deep in a chart.
 */
export async function unwrapParsed<S extends z.ZodType>(
  res: JsonResponse<unknown>,
  schema: S,
): Promise<z.output<S>> {
  const body = await unwrap(res);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiRequestError(
      res.status,
      'internal',
      'The server sent data this page does not understand',
      null,
    );
  }
  return parsed.data;
}

/** Message for any thrown value, for error panels. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiRequestError) return error.message;
  if (error instanceof TypeError) return 'Could not reach the Outcry server. Check that it is running.';
  return error instanceof Error ? error.message : 'Something went wrong';
}
