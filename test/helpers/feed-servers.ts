import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { fileURLToPath } from 'node:url';

/** Read a document from test/fixtures/feeds (as bytes: some fixtures are deliberately not UTF-8). */
export const fixture = (name: string): Buffer =>
  readFileSync(fileURLToPath(new URL(`../fixtures/feeds/${name}`, import.meta.url)));
export const fixtureText = (name: string): string => fixture(name).toString('utf8');

export interface Reply {
  status?: number;
  headers?: Record<string, string | string[]>;
  body?: string | Uint8Array;
  /** Wait before sending headers. */
  delayMs?: number;
  /** Never answer (until the server closes). */
  hang?: boolean;
  /** Declare the full Content-Length but send only this many bytes, then cut the connection. */
  truncateAt?: number;
  /** Send the body in pieces with pauses between them (no Content-Length). */
  chunks?: Array<{ data: string | Uint8Array; delayMs?: number }>;
  /** Keep the connection open after the chunks (an endless stream such as SSE). */
  keepOpen?: boolean;
}

export interface RecordedRequest {
  path: string;
  url: URL;
  headers: IncomingMessage['headers'];
}

type Handler = (req: RecordedRequest) => Reply;

export interface FeedServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  url(path: string): string;
  requests: RecordedRequest[];
  /** Requests for one pathname. */
  hits(pathname: string): RecordedRequest[];
  /** Serve a pathname: a fixed reply, a sequence (the last one repeats) or a function. */
  route(pathname: string, reply: Reply | Reply[] | Handler): void;
  /** Connections currently open (hanging or streaming responses). */
  openResponses(): number;
  close(): Promise<void>;
}

/** Reply 304 when the request carries the given validator, else the document with ETag/Last-Modified. */
export function conditional(
  body: string | Uint8Array,
  etag: string,
  lastModified: string,
  headers = {},
): Handler {
  return (req) =>
    req.headers['if-none-match'] === etag || req.headers['if-modified-since'] === lastModified
      ? { status: 304, headers: { etag } }
      : { body, headers: { etag, 'last-modified': lastModified, ...headers } };
}

async function send(res: ServerResponse, reply: Reply): Promise<void> {
  if (reply.hang) return;
  if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
  if (res.destroyed) return;
  const body = typeof reply.body === 'string' ? Buffer.from(reply.body) : Buffer.from(reply.body ?? '');
  const headers: Record<string, string | string[]> = { ...reply.headers };
  if (reply.chunks) {
    res.writeHead(reply.status ?? 200, headers);
    for (const chunk of reply.chunks) {
      if (chunk.delayMs) await new Promise((r) => setTimeout(r, chunk.delayMs));
      if (res.destroyed) return;
      res.write(chunk.data);
    }
    if (!reply.keepOpen) res.end();
    return;
  }
  headers['content-length'] = String(body.length);
  res.writeHead(reply.status ?? 200, headers);
  if (reply.truncateAt !== undefined) {
    res.write(body.subarray(0, reply.truncateAt), () => res.socket?.destroy());
    return;
  }
  res.end(body);
}

/** A local HTTP server on 127.0.0.1 (ephemeral port) that serves feeds and misbehaves on demand. */
export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Handler>();
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const open = new Set<ServerResponse>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const recorded = { path: `${url.pathname}${url.search}`, url, headers: req.headers };
    requests.push(recorded);
    open.add(res);
    res.on('close', () => open.delete(res));
    const handler = routes.get(url.pathname);
    const reply = handler ? handler(recorded) : { status: 404, body: 'not found' };
    send(res, reply).catch(() => res.destroy());
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    requests,
    hits: (pathname) => requests.filter((r) => r.url.pathname === pathname),
    route(pathname, reply) {
      if (typeof reply === 'function') return void routes.set(pathname, reply);
      const queue = Array.isArray(reply) ? [...reply] : [reply];
      routes.set(pathname, () => (queue.length > 1 ? (queue.shift() ?? {}) : (queue[0] ?? {})));
    },
    openResponses: () => open.size,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
