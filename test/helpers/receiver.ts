import { type IncomingHttpHeaders, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the receiver does with the next request to a path: answer with a status, or never answer. */
export type Reply = { status: number; headers?: Record<string, string> } | 'hang';

export type Received = { path: string; headers: IncomingHttpHeaders; body: string };

export type Receiver = {
  url: string;
  /** replies for the next requests to `path`, in order; afterwards 200 */
  script(path: string, replies: Reply[]): void;
  received(path?: string): Received[];
  /** requests answered with 'hang' and still open */
  hanging(): number;
  close(): Promise<void>;
};

/** A webhook receiver on 127.0.0.1 that fails, hangs or succeeds as scripted, and records every request. */
export async function startReceiver(): Promise<Receiver> {
  const scripts = new Map<string, Reply[]>();
  const received: Received[] = [];
  const hung = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const reply = scripts.get(path)?.shift() ?? { status: 200 };
      if (reply === 'hang') {
        hung.add(res);
        res.on('close', () => hung.delete(res));
        return;
      }
      res.writeHead(reply.status, { 'content-type': 'text/plain', ...reply.headers });
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    script: (path, replies) => scripts.set(path, [...replies]),
    received: (path) => received.filter((r) => path === undefined || r.path === path),
    hanging: () => hung.size,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
