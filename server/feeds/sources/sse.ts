import { SourceError } from './types';

export interface SseEvent {
  event: string;
  data: string;
  id: string | null;
}

/**
 * Server-sent events (WHATWG HTML §9.2) from a byte stream: `event:`/`data:`/`id:` fields, comment lines
 * (heartbeats such as Mastodon's `:thump`) ignored, any line ending. One event may not exceed maxEventChars.
 */
export async function* readSse(
  body: ReadableStream<Uint8Array>,
  maxEventChars = 1_000_000,
): AsyncGenerator<SseEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder('utf-8');
  let buffer = '';
  let event = '';
  let data: string[] = [];
  let id: string | null = null;
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      for (;;) {
        const m = /\r\n|\r|\n/.exec(buffer);
        // A trailing \r may be the first half of \r\n: wait for the next chunk unless the stream ended.
        if (!m || (m[0] === '\r' && m.index === buffer.length - 1 && !done)) break;
        const line = buffer.slice(0, m.index);
        buffer = buffer.slice(m.index + m[0].length);
        if (line === '') {
          if (data.length > 0) yield { event: event || 'message', data: data.join('\n'), id };
          event = '';
          data = [];
          size = 0;
          continue;
        }
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        size += value.length;
        if (size > maxEventChars)
          throw new SourceError(`stream event larger than ${maxEventChars} characters`);
        if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
        else if (field === 'id') id = value;
      }
      if (buffer.length > maxEventChars)
        throw new SourceError(`stream line longer than ${maxEventChars} characters`);
      if (done) return;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
