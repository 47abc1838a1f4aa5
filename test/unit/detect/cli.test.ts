import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { detectCommand } from '../../../server/cli/detect';
import { MIN, T0, daily, series } from './series';

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: (err?: Error | null) => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function runDetect(input: string, argv: string[] = []) {
  const stdout = new Sink();
  const stderr = new Sink();
  const code = await detectCommand.run(argv, {
    stdin: Readable.from([input]),
    stdout,
    stderr,
    env: {},
    isTty: false,
  });
  return { code, out: stdout.text, err: stderr.text };
}

const iso = (t: number) => new Date(t).toISOString().replace('T', ' ').slice(0, 19);

/** Four days of 5-minute counts with a 20x spike of one hour on the last day. */
function csv(): { text: string; spikeAt: string } {
  const five = 5 * MIN;
  const pts = series(41, 4 * 288, five, (t) => 30 * daily(t));
  const spike = 3 * 288 + 150;
  const rows = pts.map((p, i) => `${iso(p.t)},${i >= spike && i < spike + 12 ? p.value * 20 : p.value}`);
  return { text: `timestamp,value\n${rows.join('\n')}\n`, spikeAt: iso(pts[spike]?.t ?? 0) };
}

describe('outcry detect', () => {
  it('writes timestamp,value,anomaly_score for every row and flags the spike onset once', async () => {
    const { text, spikeAt } = csv();
    const { code, out, err } = await runDetect(text);
    expect(code).toBe(0);
    expect(err).toBe('');
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('timestamp,value,anomaly_score');
    expect(lines).toHaveLength(4 * 288 + 1);
    const rows = lines.slice(1).map((l) => l.split(','));
    const scores = rows.map((r) => Number(r[2]));
    expect(scores.every((s) => s >= 0 && s <= 1)).toBe(true);
    const alerts = rows.filter((r) => Number(r[2]) >= 0.5).map((r) => r[0]);
    expect(alerts).toHaveLength(1);
    const delay = (Date.parse(`${alerts[0]}Z`) - Date.parse(`${spikeAt}Z`)) / MIN;
    expect(delay).toBeGreaterThanOrEqual(0);
    expect(delay).toBeLessThanOrEqual(10);
  });

  it('reports bad rows with their line number on stderr and carries on', async () => {
    const good = Array.from({ length: 50 }, (_, i) => `${T0 / 1000 + i * 60},${3 + (i % 3)}`);
    const input = [
      'timestamp,value',
      ...good.slice(0, 10),
      'yesterday,4',
      `${T0 / 1000 + 600},-2`,
      'oops',
      ...good.slice(10),
    ];
    const { code, out, err } = await runDetect(input.join('\n'));
    expect(code).toBe(0);
    expect(err).toContain('line 12: bad timestamp "yesterday"');
    expect(err).toContain('line 13: bad value "-2"');
    expect(err).toContain('line 14:');
    expect(out.trim().split('\n')).toHaveLength(51);
  });

  it('accepts epoch seconds, ISO times with zones, and --bucket', async () => {
    const rows = Array.from(
      { length: 30 },
      (_, i) => `${new Date(T0 + i * 3_600_000).toISOString()},${10 + (i % 2)}`,
    );
    const { code, out } = await runDetect(rows.join('\n'), ['--bucket', '1h']);
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(31);
  });

  it('exits with 2 on a bad --bucket or when nothing can be read', async () => {
    expect((await runDetect('t,v\n', ['--bucket', 'soon'])).code).toBe(2);
    const empty = await runDetect('timestamp,value\n');
    expect(empty.code).toBe(2);
    expect(empty.err).toContain('need at least two valid rows');
  });

  it('gives the same scores for the same input (replay is deterministic)', async () => {
    const { text } = csv();
    const a = await runDetect(text);
    const b = await runDetect(text);
    expect(a.out).toBe(b.out);
  });

  it('scores a series shorter than the warm-up and says on stderr that it cannot alert', async () => {
    const rows = Array.from({ length: 48 }, (_, i) => `${T0 / 1000 + i * 300},${i === 40 ? 500 : 3}`);
    const { code, out, err } = await runDetect(rows.join('\n'));
    expect(code).toBe(0);
    expect(err).toContain("48 rows of 5 min cover 4 h, not more than the detector's warm-up of 6 h");
    const scores = out
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => Number(l.split(',')[2]));
    expect(scores).toHaveLength(48);
    expect(scores.every((x) => x < 0.5)).toBe(true);
  });

  it('ends quietly with 0 when the reader goes away (broken pipe)', async () => {
    let writes = 0;
    const closed = new Writable({
      write(_chunk, _enc, done) {
        writes += 1;
        const err: NodeJS.ErrnoException = new Error('write EPIPE');
        err.code = 'EPIPE';
        done(err);
      },
    });
    const stderr = new Sink();
    const { text } = csv();
    const code = await detectCommand.run([], {
      stdin: Readable.from([text]),
      stdout: closed,
      stderr,
      env: {},
      isTty: false,
    });
    expect(code).toBe(0);
    expect(stderr.text).toBe('');
    expect(writes).toBe(1);
  });
});
