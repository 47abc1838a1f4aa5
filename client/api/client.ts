import { hc } from 'hono/client';
import type { AppType } from '../../server/app';

/** The typed API client: paths, query strings and most response types come from the server's routes. */
export const api = hc<AppType>('/');

/** Request options that make a TanStack Query cancellation abort the fetch. */
export const withSignal = (signal: AbortSignal) => ({ init: { signal } });
