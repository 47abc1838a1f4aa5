import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { StreamEvent } from '../../shared/events';
import { describe } from '../http/openapi';
import type { AppDeps } from './deps';

const HEARTBEAT_MS = 15_000;
/** A client this many events behind is dropped: it reconnects and refetches, rather than growing memory. */
const MAX_QUEUE = 1000;
/** What a dropped client hears: reconnect in 2 s (EventSource does; the dashboard then refetches). */
const RECONNECT_HINT = 'retry: 2000\n: too far behind; reconnect\n\n';

const streamDoc = describe({
  summary: 'Live events (server-sent events)',
  description: '`hello` on connect, then `post`, `bucket` and `incident` events; a comment every 15 s.',
  tags: ['stream'],
  access: 'read',
  ok: {
    200: { description: 'An endless event stream', media: { 'text/event-stream': 'server-sent events' } },
  },
});

/** Server-sent events: `post`, `bucket` (and later `incident`), plus a comment heartbeat. */
export const streamRoutes = (deps: AppDeps) => {
  // Each event is serialised once, whatever the number of clients.
  const frames = new WeakMap<StreamEvent, string>();
  const frameOf = (e: StreamEvent): string => {
    let frame = frames.get(e);
    if (frame === undefined) {
      frame = `event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`;
      frames.set(e, frame);
    }
    return frame;
  };
  return new Hono().get('/', streamDoc, (c) =>
    streamSSE(c, async (sse) => {
      const queue: string[] = [];
      let behind = false;
      let wake: (() => void) | null = null;
      const unsubscribe = deps.bus.subscribe((e) => {
        // A slow client is dropped with a reconnect hint rather than buffered without bound.
        if (behind) return;
        if (queue.length >= MAX_QUEUE) behind = true;
        else queue.push(frameOf(e));
        wake?.();
      });
      deps.metrics.sseClients.inc();
      let counted = true;
      const uncount = () => {
        if (counted) deps.metrics.sseClients.dec();
        counted = false;
      };
      sse.onAbort(() => {
        uncount();
        unsubscribe();
        wake?.();
      });
      await sse.writeSSE({
        event: 'hello',
        data: JSON.stringify({ now: new Date(deps.clock.now()).toISOString() }),
      });
      try {
        while (!sse.aborted && !sse.closed) {
          if (behind) {
            await sse.write(RECONNECT_HINT);
            break;
          }
          if (queue.length > 0) {
            // Everything queued meanwhile goes out in one write.
            await sse.write(queue.splice(0).join(''));
            continue;
          }
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, HEARTBEAT_MS);
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          wake = null;
          if (queue.length === 0 && !sse.aborted) await sse.write(': keep-alive\n\n');
        }
      } finally {
        uncount();
        unsubscribe();
      }
    }),
  );
};
