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

/** Turn a non-2xx response into an ApiRequestError, using the `{error:{...}}` body when there is one. */
export async function toApiError(res: Response): Promise<ApiRequestError> {
  const body: unknown = await res.json().catch(() => null);
  const parsed = ErrorBodySchema.safeParse(body);
  if (parsed.success) {
    const { code, message, requestId } = parsed.data.error;
    return new ApiRequestError(res.status, code, message, requestId ?? null);
  }
  return new ApiRequestError(
    res.status,
    'internal',
    `The server answered ${res.status} ${res.statusText}`.trim(),
    null,
  );
}

/** Read a JSON body, validated against the shared wire schema so a contract drift fails loudly here. */
export async function readJson<S extends z.ZodType>(res: Response, schema: S): Promise<z.output<S>> {
  if (!res.ok) throw await toApiError(res);
  const parsed = schema.safeParse(await res.json());
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

export async function getJson<S extends z.ZodType>(
  path: string,
  query: Record<string, string>,
  schema: S,
  signal?: AbortSignal,
): Promise<z.output<S>> {
  const search = new URLSearchParams(query).toString();
  const res = await fetch(search ? `${path}?${search}` : path, {
    signal,
    headers: { accept: 'application/json' },
  });
  return readJson(res, schema);
}

/** Message for any thrown value, for error panels. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiRequestError) return error.message;
  if (error instanceof TypeError) return 'Could not reach the Outcry server. Check that it is running.';
  return error instanceof Error ? error.message : 'Something went wrong';
}
