export type SseEvent = { event: string; data: string };

export type SseClient = {
  status: number;
  contentType: string;
  /** Resolves with the next event of `type` (earlier events of other types are kept); rejects after timeoutMs. */
  next(type: string, timeoutMs?: number): Promise<SseEvent>;
  /** Every event received so far. */
  received(): SseEvent[];
  close(): void;
};

/** A minimal EventSource over fetch: parses `event:`/`data:` blocks, ignores comments. */
export async function openSse(url: string): Promise<SseClient> {
  const controller = new AbortController();
  const res = await fetch(url, { headers: { accept: 'text/event-stream' }, signal: controller.signal });
  const events: SseEvent[] = [];
  const taken = new Set<SseEvent>();
  let waiters: (() => void)[] = [];
  const notify = () => {
    const w = waiters;
    waiters = [];
    for (const f of w) f();
  };

  const pump = async () => {
    if (!res.body) return;
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value.replace(/\r\n/g, '\n');
        let cut = buffer.indexOf('\n\n');
        while (cut !== -1) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const lines = block.split('\n').filter((l) => !l.startsWith(':'));
          const event =
            lines
              .find((l) => l.startsWith('event:'))
              ?.slice(6)
              .trim() ?? 'message';
          const data = lines
            .filter((l) => l.startsWith('data:'))
            .map((l) => l.slice(5).replace(/^ /, ''))
            .join('\n');
          if (lines.length > 0) events.push({ event, data });
          cut = buffer.indexOf('\n\n');
        }
        notify();
      }
    } catch {
      // aborted by close()
    }
  };
  void pump();

  return {
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    received: () => [...events],
    close: () => controller.abort(),
    next(type, timeoutMs = 5000) {
      return new Promise<SseEvent>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no "${type}" event within ${timeoutMs} ms`)),
          timeoutMs,
        );
        const check = () => {
          const hit = events.find((e) => e.event === type && !taken.has(e));
          if (hit) {
            taken.add(hit);
            clearTimeout(timer);
            resolve(hit);
          } else {
            waiters.push(check);
          }
        };
        check();
      });
    },
  };
}
