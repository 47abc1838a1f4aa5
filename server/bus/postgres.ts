import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { StreamEvent } from '../../shared/events';
import { type Bus, type ChangeKind, createLocalFanout } from './index';
import { type BusMessage, parseBusMessage } from './message';

/** NOTIFY payloads must stay under 8000 bytes; larger messages go through bus_messages by reference. */
const MAX_PAYLOAD_BYTES = 7_500;
/** A message by reference is read within a second; older ones are deleted now and then. */
const KEEP_MESSAGES = '1 minute';
const RECONNECT_MS = 1_000;

export type PostgresBusOptions = {
  /** the store's connection string (its search_path names the schema, which names the channel) */
  url: string;
  onError?: (err: unknown) => void;
};

/**
 * Every instance on one PostgreSQL database sees every event and every configuration change: one
 * dedicated connection LISTENs on a channel named after the schema and sends what this instance
 * publishes, batched per turn of the event loop (one NOTIFY per ingest batch, not per post).
 */
export async function createPostgresBus(opts: PostgresBusOptions): Promise<Bus> {
  const self = randomUUID();
  const local = createLocalFanout();
  const onError = opts.onError ?? (() => {});
  let client: pg.Client | null = null;
  let channel = '';
  let closed = false;
  let events: StreamEvent[] = [];
  let changes: ChangeKind[] = [];
  let flushing: Promise<void> = Promise.resolve();
  let scheduled: Promise<void> | null = null;
  let sent = 0;

  async function connect(): Promise<void> {
    const c = new pg.Client({ connectionString: opts.url, keepAlive: true });
    c.on('error', (err) => {
      onError(err);
      if (client === c) reconnectLater();
    });
    c.on('notification', (n) => {
      if (n.channel === channel && n.payload) void receive(c, n.payload);
    });
    await c.connect();
    const res = await c.query<{ s: string }>('SELECT current_schema() AS s');
    channel = `outcry_bus_${res.rows[0]?.s ?? 'public'}`.slice(0, 63);
    await c.query(`LISTEN "${channel}"`);
    client = c;
  }

  function reconnectLater(): void {
    const old = client;
    client = null;
    void old?.end().catch(() => {});
    if (closed) return;
    setTimeout(() => {
      if (closed) return;
      connect()
        .then(() => {
          // Changes made while we were away never reached us: apply them all once.
          for (const kind of ['brands', 'sources'] as const) local.emitChange(kind);
        })
        .catch((err) => {
          onError(err);
          reconnectLater();
        });
    }, RECONNECT_MS).unref();
  }

  async function receive(c: pg.Client, payload: string): Promise<void> {
    try {
      let message = parseBusMessage(payload);
      if (!message || message.from === self) return;
      if ('ref' in message) {
        const res = await c.query<{ payload: string }>('SELECT payload FROM bus_messages WHERE id = $1', [
          message.ref,
        ]);
        message = parseBusMessage(res.rows[0]?.payload ?? '');
        if (!message || 'ref' in message) return;
      }
      for (const e of message.events ?? []) local.emitEvent(e);
      for (const k of message.changes ?? []) local.emitChange(k);
    } catch (err) {
      onError(err);
    }
  }

  async function send(message: BusMessage): Promise<void> {
    const c = client;
    if (!c) return;
    let payload = JSON.stringify(message);
    if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) {
      const res = await c.query<{ id: string }>(
        'INSERT INTO bus_messages (payload) VALUES ($1) RETURNING id::text AS id',
        [payload],
      );
      payload = JSON.stringify({ from: self, ref: res.rows[0]?.id ?? '' });
      if (++sent % 100 === 1)
        await c.query(`DELETE FROM bus_messages WHERE created_at < now() - interval '${KEEP_MESSAGES}'`);
    }
    await c.query('SELECT pg_notify($1, $2)', [channel, payload]);
  }

  /** Sends what was published in this turn of the event loop; resolves once it is sent. */
  function schedule(): Promise<void> {
    if (closed) return Promise.resolve();
    scheduled ??= new Promise<void>((resolve) => {
      setImmediate(() => {
        scheduled = null;
        const message: BusMessage = { from: self, events, changes };
        events = [];
        changes = [];
        flushing = flushing.then(() => send(message)).catch(onError);
        resolve(flushing);
      });
    });
    return scheduled;
  }

  await connect();
  return {
    publish(event) {
      local.emitEvent(event);
      events.push(event);
      void schedule();
    },
    subscribe: local.subscribe,
    listenerCount: local.listenerCount,
    announce(kind) {
      changes.push(kind);
      return schedule();
    },
    onChange: local.onChange,
    async close() {
      closed = true;
      await flushing;
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
}
