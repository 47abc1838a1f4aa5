import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type WebSocket from 'ws';

export interface WsConnection {
  url: URL;
  socket: WebSocket;
  send(message: unknown): Promise<void>;
  /** Cut the TCP connection without a close frame (a drop mid-stream). */
  drop(): void;
  /**
   * Ping and wait for the pong: the client answers a ping only after handling every message sent before
   * it, so afterwards the test knows they were all received (no sleeping and hoping).
   */
  sync(timeoutMs?: number): Promise<void>;
}

export interface FeedWsServer {
  /** ws://127.0.0.1:<port>/subscribe */
  url: string;
  connections: WsConnection[];
  /** Resolves with the n-th connection (0-based) once it is open. */
  connection(n: number, timeoutMs?: number): Promise<WsConnection>;
  close(): Promise<void>;
}

/** A local Jetstream stand-in: records each connection's URL (cursor!) and lets the test drive it. */
export async function startWsServer(): Promise<FeedWsServer> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  const { port } = wss.address() as AddressInfo;
  const connections: WsConnection[] = [];
  const waiters: Array<() => void> = [];
  wss.on('connection', (socket, req) => {
    connections.push({
      url: new URL(req.url ?? '/', `ws://127.0.0.1:${port}`),
      socket,
      send: (message) =>
        new Promise<void>((resolve, reject) =>
          socket.send(typeof message === 'string' ? message : JSON.stringify(message), (err) =>
            err ? reject(err) : resolve(),
          ),
        ),
      drop: () => socket.terminate(),
      sync: (timeoutMs = 5_000) =>
        new Promise<void>((resolve, reject) => {
          const t = setTimeout(() => reject(new Error('no pong')), timeoutMs);
          socket.once('pong', () => {
            clearTimeout(t);
            resolve();
          });
          socket.ping();
        }),
    });
    for (const wake of waiters.splice(0)) wake();
  });
  return {
    url: `ws://127.0.0.1:${port}/subscribe`,
    connections,
    async connection(n, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (!connections[n]) {
        if (Date.now() > deadline) throw new Error(`no connection #${n} after ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, 50);
          waiters.push(() => {
            clearTimeout(t);
            resolve();
          });
        });
      }
      const c = connections[n];
      if (!c) throw new Error('unreachable');
      return c;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close(() => resolve());
      }),
  };
}
