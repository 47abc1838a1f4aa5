import { hc } from 'hono/client';
import type { AppType } from '../../server/app';
import { storedAuthHeaders } from '../lib/admin-token';

/** The typed API client: paths, query strings and most response types come from the server's routes. */
export const api = hc<AppType>('/', { headers: storedAuthHeaders });

/** Request options that make a TanStack Query cancellation abort the fetch. */
export const withSignal = (signal: AbortSignal) => ({ init: { signal } });
