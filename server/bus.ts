import { EventEmitter } from 'node:events';
import type { StreamEvent } from '../shared/events';

/** In-process fan-out of stream events (SSE clients, alerting). Listeners must not throw. */
export type Bus = {
  publish(event: StreamEvent): void;
  subscribe(listener: (event: StreamEvent) => void): () => void;
  listenerCount(): number;
};

export function createBus(): Bus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    publish: (event) => emitter.emit('event', event),
    subscribe(listener) {
      const safe = (e: StreamEvent) => {
        try {
          listener(e);
        } catch {
          // A broken subscriber must never break ingest.
        }
      };
      emitter.on('event', safe);
      return () => emitter.off('event', safe);
    },
    listenerCount: () => emitter.listenerCount('event'),
  };
}
