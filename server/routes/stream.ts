import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { StreamEvent } from '../../shared/events';
import { describe } from '../http/openapi';
import type { AppDeps } from './deps';

const HEARTBEAT_MS = 15_000;
const MAX_QUEUE = 1000;

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
export const streamRoutes = (deps: AppDeps) =>
  new Hono().get('/', streamDoc, (c) =>
    streamSSE(c, async (sse) => {
      const queue: StreamEvent[] = [];
      let wake: (() => void) | null = null;
      const unsubscribe = deps.bus.subscribe((e) => {
        // A slow client loses old events rather than growing memory without bound.
        if (queue.length >= MAX_QUEUE) queue.shift();
        queue.push(e);
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
          const next = queue.shift();
          if (next) {
            await sse.writeSSE({ event: next.type, data: JSON.stringify(next) });
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
