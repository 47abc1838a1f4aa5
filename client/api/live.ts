import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState } from 'react';
import { StreamEventSchema } from '../../shared/events';
import { addEvent, emptyTargets, hasTargets, isStale } from '../lib/live-invalidation';

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

    const connect = (): void => {
      retryTimer = null;
      source = new EventSource(STREAM_URL);
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
      source?.close();
      if (flushTimer) clearTimeout(flushTimer);
      if (retryTimer) clearTimeout(retryTimer);
    };
  }, [queryClient]);

  return status;
}
