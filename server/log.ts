import type { Config } from './config';

export type LogLevel = 'error' | 'info' | 'debug';
export type LogFields = Record<string, unknown>;

export type Logger = {
  /** a plain message at info level (start-up, sources, engine): what `log(line)` callers pass */
  line(text: string): void;
  event(level: LogLevel, msg: string, fields?: LogFields): void;
  /** one finished HTTP request; logged at info in JSON (for log shippers), at debug in text */
  request(fields: LogFields): void;
};

const RANK: Record<Config['log'], number> = { silent: 0, error: 1, info: 2, debug: 3 };

const textField = (v: unknown): string => {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return /[\s"=]/.test(s) ? JSON.stringify(s) : s;
};

/**
 * The server's log: `text` lines for a terminal, or with OUTCRY_LOG_FORMAT=json one JSON object per line
 * (`time`, `level`, `msg`, then fields such as `requestId`) for a log shipper. OUTCRY_LOG sets the level.
 */
export function createLogger(opts: {
  level: Config['log'];
  format: Config['logFormat'];
  write: (chunk: string) => void;
  now?: () => number;
}): Logger {
  const now = opts.now ?? Date.now;
  const event = (level: LogLevel, msg: string, fields: LogFields = {}) => {
    if (RANK[level] > RANK[opts.level]) return;
    if (opts.format === 'json') {
      opts.write(`${JSON.stringify({ time: new Date(now()).toISOString(), level, msg, ...fields })}\n`);
      return;
    }
    const extra = Object.entries(fields)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => ` ${k}=${textField(v)}`)
      .join('');
    opts.write(`[outcry] ${msg}${extra}\n`);
  };
  return {
    line: (text) => event('info', text),
    event,
    request: (fields) => event(opts.format === 'json' ? 'info' : 'debug', 'request', fields),
  };
}
