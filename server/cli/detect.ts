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
excess, the same detector as live incidents). Bad rows are reported on stderr and skipped.
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
    let state = monitor.initial();
    const out: string[] = ['timestamp,value,anomaly_score'];
    for (const r of rows) {
      const step = monitor.step(state, { t: r.t, value: r.value });
      state = step.state;
      out.push(`${r.raw},${r.value},${step.score.toFixed(4)}`);
      if (out.length >= 4096) await write(io.stdout, `${out.splice(0).join('\n')}\n`);
    }
    if (out.length > 0) await write(io.stdout, `${out.join('\n')}\n`);
    return 0;
  },
};

function write(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(chunk, (err) => (err ? reject(err) : resolve()));
  });
}
