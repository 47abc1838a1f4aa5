import { EventEmitter } from 'node:events';
import type { StreamEvent } from '../../shared/events';

/**
 * Configuration that changed through one instance and must be applied by every other one. (Webhooks need
 * no message: every dispatcher reads them from the store for each alert and each attempt.)
 */
export const CHANGE_KINDS = ['brands', 'sources'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * Stream events (SSE clients) and configuration changes, seen by every instance. Chosen beside the store:
 * in-process for SQLite (one process owns the file), PostgreSQL LISTEN/NOTIFY for several instances.
 * Listeners must not throw.
 */
export type Bus = {
  /** To this instance's subscribers and every other instance's. */
  publish(event: StreamEvent): void;
  subscribe(listener: (event: StreamEvent) => void): () => void;
  listenerCount(): number;
  /** Tell the other instances (never this one) that configuration of this kind changed; resolves once sent. */
  announce(kind: ChangeKind): Promise<void>;
  onChange(listener: (kind: ChangeKind) => void): () => void;
  close(): Promise<void>;
};

/** Delivers to this process's listeners; a broken subscriber must never break ingest. */
export function createLocalFanout() {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const on = <T>(name: string, listener: (value: T) => void): (() => void) => {
    const safe = (value: T) => {
      try {
        listener(value);
      } catch {
        // A broken subscriber must never break ingest.
      }
    };
    emitter.on(name, safe);
    return () => emitter.off(name, safe);
  };
  return {
    emitEvent: (event: StreamEvent) => emitter.emit('event', event),
    emitChange: (kind: ChangeKind) => emitter.emit('change', kind),
    subscribe: (listener: (event: StreamEvent) => void) => on('event', listener),
    onChange: (listener: (kind: ChangeKind) => void) => on('change', listener),
    listenerCount: () => emitter.listenerCount('event'),
  };
}

/** One process: there is no other instance to tell. */
export function createBus(): Bus {
  const local = createLocalFanout();
  return {
    publish: local.emitEvent,
    subscribe: local.subscribe,
    listenerCount: local.listenerCount,
    announce: async () => {},
    onChange: local.onChange,
    close: async () => {},
  };
}
