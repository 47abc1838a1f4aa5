import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState } from 'react';
import { StreamEventSchema } from '../../shared/events';
import { readAdminToken } from '../lib/admin-token';
import { addEvent, emptyTargets, hasTargets, isStale } from '../lib/live-invalidation';
import { api } from './client';

const STREAM_URL = '/api/v1/stream';
const STREAM_EVENT_TYPES = ['post', 'bucket', 'incident'] as const;

/** Events are coalesced: a busy feed refreshes each affected query at most once per window. */
export const LIVE_INVALIDATE_MS = 1_500;
/** Polling while the stream is down, so the page never goes silently stale. */
export const POLL_FALLBACK_MS = 15_000;
/** Slow safety poll while the stream is up, in case an event was lost. */
export const POLL_SAFETY_MS = 120_000;
const RECONNECT_BASE_MS = 2_000;
const RECONNECT_MAX_MS = 30_000;

/**
 * EventSource cannot send a token header: with a token, the stream is opened with a short-lived ticket
 * (a new one for every connection). Without one, or if the ticket fails, the plain URL (open reads).
 */
async function streamUrl(): Promise<string> {
  if (!readAdminToken()) return STREAM_URL;
  try {
    const res = await api.api.v1.auth['stream-ticket'].$post();
    if (!res.ok) return STREAM_URL;
    const { ticket } = await res.json();
    return `${STREAM_URL}?ticket=${encodeURIComponent(ticket)}`;
  } catch {
    return STREAM_URL;
  }
}

export type LiveStatus = 'connecting' | 'open' | 'offline';

export const LiveStatusContext = createContext<LiveStatus>('connecting');
export const useLiveStatus = (): LiveStatus => useContext(LiveStatusContext);

/** Refetch interval for live queries: slow while events flow, faster when we depend on polling. */
export const usePollInterval = (): number => (useLiveStatus() === 'open' ? POLL_SAFETY_MS : POLL_FALLBACK_MS);

/**
 * Subscribe to /api/v1/stream for the whole app and invalidate the queries each event makes stale.
 * EventSource retries by itself after a network blip; when it gives up (CLOSED) we retry with backoff.
 */
export function useLiveStream(): LiveStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>('connecting');

  useEffect(() => {
    let source: EventSource | null = null;
    let pending = emptyTargets();
    let flushTimer: ReturnType<typeof setTimeout> | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | null = null;
    let attempts = 0;
    let missedEvents = false;

    const flush = (): void => {
      flushTimer = null;
      const targets = pending;
      pending = emptyTargets();
      if (hasTargets(targets))
        void queryClient.invalidateQueries({ predicate: (q) => isStale(q.queryKey, targets) });
    };

    const onEvent = (type: string) => (message: MessageEvent<string>) => {
      let data: unknown;
      try {
        data = JSON.parse(message.data);
      } catch {
        return;
      }
      const parsed = StreamEventSchema.safeParse(
        typeof data === 'object' && data !== null ? { type, ...data } : data,
      );
      if (!parsed.success) return;
      addEvent(pending, parsed.data);
      flushTimer ??= setTimeout(flush, LIVE_INVALIDATE_MS);
    };

    let stopped = false;
    const connect = (): void => {
      retryTimer = null;
      void streamUrl().then((url) => {
        if (!stopped) open(url);
      });
    };
    const open = (url: string): void => {
      source = new EventSource(url);
      source.onopen = () => {
        attempts = 0;
        setStatus('open');
        // Whatever happened while we were disconnected never reached us as events.
        if (missedEvents)
          void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'health' });
        missedEvents = false;
      };
      source.onerror = () => {
        missedEvents = true;
        if (source?.readyState === EventSource.CLOSED) {
          source.close();
          setStatus('offline');
          const delay = Math.min(RECONNECT_MAX_MS, RECONNECT_BASE_MS * 2 ** attempts);
          attempts += 1;
          retryTimer = setTimeout(connect, delay);
        } else {
          setStatus('connecting');
        }
      };
      for (const type of STREAM_EVENT_TYPES) source.addEventListener(type, onEvent(type));
    };

    connect();
    return () => {
      stopped = true;
      source?.close();
      if (flushTimer) clearTimeout(flushTimer);
      if (retryTimer) clearTimeout(retryTimer);
    };
  }, [queryClient]);

  return status;
}
