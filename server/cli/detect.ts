import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { inferBucketMs, parseDuration } from '../detect/bucket-size';
import { NO_AGGREGATES } from '../detect/incident';
import { createMonitor } from '../detect/monitor';
import type { Command } from './io';

type Row = { line: number; raw: string; t: number; value: number };

// Naive times (no zone, as in NAB files) are read as UTC; numbers are epoch seconds or milliseconds.
const TIME_RE = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

export function parseTimestamp(text: string): number | null {
  const s = text.trim();
  if (/^\d{9,14}(\.\d+)?$/.test(s)) {
    const x = Number(s);
    return x < 1e11 ? Math.round(x * 1000) : Math.round(x);
  }
  const m = TIME_RE.exec(s);
  if (!m) return null;
  const [, y, mo, d, h, mi, sec, frac, zone] = m;
  let ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec ?? 0));
  ms += frac ? Math.round(Number(frac) * 1000) : 0;
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.replace(/[^0-9]/g, '');
    ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  return Number.isFinite(ms) ? ms : null;
}

/** One CSV line -> a row, or an error message. The header (or any non-numeric first line) is skipped. */
function parseLine(raw: string, line: number): Row | string | null {
  const text = raw.trim();
  if (text === '') return null;
  const cells = text.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
  if (line === 1 && parseTimestamp(cells[0] ?? '') === null && !Number.isFinite(Number(cells[1])))
    return null;
  if (cells.length < 2) return `expected "timestamp,value", got ${JSON.stringify(text.slice(0, 60))}`;
  const t = parseTimestamp(cells[0] ?? '');
  if (t === null) return `bad timestamp ${JSON.stringify(cells[0])}`;
  const valueText = cells[1] ?? '';
  const value = valueText === '' ? Number.NaN : Number(valueText);
  if (!Number.isFinite(value) || value < 0)
    return `bad value ${JSON.stringify(valueText)} (need a count >= 0)`;
  return { line, raw: cells[0] ?? '', t, value };
}

export const detectCommand: Command = {
  name: 'detect',
  usage: `Usage: outcry detect [--bucket 5m] < series.csv > scored.csv

Reads "timestamp,value" rows (header optional) of a regular count series, e.g. complaints per bucket.
Timestamps: ISO-8601 (no zone = UTC) or epoch seconds/milliseconds. The bucket size is inferred from the
timestamps unless --bucket is given. Writes "timestamp,value,anomaly_score" for every valid row;
anomaly_score is in [0, 1] and a row with a score >= 0.5 is an alert (the onset or escalation of an
excess, the same detector as live incidents). Bad rows are reported on stderr and skipped. A series
shorter than the detector's warm-up (6 hours of data) is scored, with a note on stderr: no row of it can
alert. Output into a closed pipe (e.g. \`| head\`) ends quietly.
Exit code: 0 on success (even with bad rows), 2 on bad options or when no row could be read.`,
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { bucket: { type: 'string' } }, strict: true });
    const forced = values.bucket === undefined ? null : parseDuration(values.bucket);
    if (values.bucket !== undefined && forced === null) {
      io.stderr.write(`outcry detect: bad --bucket ${JSON.stringify(values.bucket)} (e.g. 1m, 5m, 1h)\n`);
      return 2;
    }
    const rows: Row[] = [];
    let line = 0;
    for await (const raw of createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
      line += 1;
      const r = parseLine(raw, line);
      if (typeof r === 'string') io.stderr.write(`outcry detect: line ${line}: ${r}; skipped\n`);
      else if (r) rows.push(r);
    }
    const bucketMs = forced ?? inferBucketMs(rows.map((r) => r.t));
    if (rows.length === 0 || bucketMs === null) {
      io.stderr.write('outcry detect: need at least two valid rows to infer the bucket size (or --bucket)\n');
      return 2;
    }
    const monitor = createMonitor(bucketMs, NO_AGGREGATES);
    const warmUp = monitor.detector.params.minHistoryMs;
    if (rows.length * bucketMs <= warmUp) {
      io.stderr.write(
        `outcry detect: ${rows.length} rows of ${formatMs(bucketMs)} cover ${formatMs(rows.length * bucketMs)}, ` +
          `not more than the detector's warm-up of ${formatMs(warmUp)}: scores are written, but no row can alert\n`,
      );
    }
    const out = createOutput(io.stdout);
    let state = monitor.initial();
    await out.push('timestamp,value,anomaly_score');
    for (const r of rows) {
      const step = monitor.step(state, { t: r.t, value: r.value });
      state = step.state;
      if (!(await out.push(`${r.raw},${r.value},${step.score.toFixed(4)}`))) return 0;
    }
    await out.flush();
    return 0;
  },
};

const formatMs = (ms: number): string =>
  ms % 3_600_000 === 0 ? `${ms / 3_600_000} h` : ms % 60_000 === 0 ? `${ms / 60_000} min` : `${ms / 1000} s`;

const isBrokenPipe = (err: unknown): boolean =>
  (err as NodeJS.ErrnoException | null)?.code === 'EPIPE' ||
  (err as NodeJS.ErrnoException | null)?.code === 'ERR_STREAM_DESTROYED';

/**
 * Buffered lines to stdout. A reader that goes away (\`| head\`) is the end of the job, not an error:
 * `push` then resolves false and nothing more is written.
 */
function createOutput(stream: NodeJS.WritableStream) {
  let lines: string[] = [];
  let closed = false;
  // A write error is also emitted as an event; without a listener, a broken pipe would crash the process.
  stream.on('error', (err) => {
    if (isBrokenPipe(err)) closed = true;
  });
  const write = (chunk: string): Promise<boolean> =>
    new Promise((resolve, reject) => {
      stream.write(chunk, (err) => {
        if (!err) resolve(true);
        else if (isBrokenPipe(err)) {
          closed = true;
          resolve(false);
        } else reject(err);
      });
    });
  const flush = async (): Promise<boolean> => {
    if (closed) return false;
    if (lines.length === 0) return true;
    const chunk = `${lines.join('\n')}\n`;
    lines = [];
    return write(chunk);
  };
  return {
    async push(line: string): Promise<boolean> {
      if (closed) return false;
      lines.push(line);
      return lines.length >= 4096 ? flush() : true;
    },
    flush,
  };
}
