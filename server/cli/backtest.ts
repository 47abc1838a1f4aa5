import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { type BacktestLabel, BacktestLabelsSchema, type BacktestResponse } from '../../shared/backtest';
import { systemClock } from '../clock';
import { loadConfig } from '../config';
import { backtest } from '../incidents/backtest';
import { openStore } from '../store';
import type { Command } from './io';

export const backtestCommand: Command = {
  name: 'backtest',
  usage: `Usage: outcry backtest [--brand ID] [--labels FILE] [--json]

Replays every brand's (or one brand's) stored complaints per minute through the detector from its first
post, whatever its age, and prints the incidents it would have raised: start, alert and the minutes from
the start of the excess to the alert, peak ratio, excess complaints, end. Read-only: the stored incidents
and the engine's state are left alone.
  --labels FILE  known outages, a JSON array of {"brand"?: ID, "start": ISO time, "end"?: ISO time};
                 adds the minutes from each outage's start to its alert, and precision / recall
                 (an incident within 30 minutes of a labelled outage matches it)
  --json         print the result as JSON (the shape of POST /api/v1/backtest)
Exit code 0; 2 on bad options, an unknown brand or a malformed labels file.`,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: { brand: { type: 'string' }, labels: { type: 'string' }, json: { type: 'boolean' } },
      strict: true,
    });
    const labels = values.labels === undefined ? undefined : await readLabels(values.labels);
    if (typeof labels === 'string') {
      io.stderr.write(`outcry backtest: ${labels}\n`);
      return 2;
    }
    const store = await openStore(loadConfig(io.env));
    try {
      if (values.brand !== undefined && !(await store.getBrand(values.brand))) {
        io.stderr.write(`outcry backtest: no brand with id "${values.brand}"\n`);
        return 2;
      }
      const result = await backtest(store, {
        ...(values.brand === undefined ? {} : { brand: values.brand }),
        ...(labels === undefined ? {} : { labels }),
        now: systemClock.now(),
      });
      io.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatBacktest(result));
      return 0;
    } finally {
      await store.close();
    }
  },
};

/** The labels file, or a one-line message saying what is wrong with it and where. */
export async function readLabels(file: string): Promise<BacktestLabel[] | string> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    return `cannot read labels file ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return `labels file ${file} is not valid JSON (${(err as Error).message.split('\n')[0]})`;
  }
  const parsed = BacktestLabelsSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') ?? '';
  const hint = issue?.path.length === 0 ? ' (expected an array of {"start", "end"?, "brand"?})' : '';
  return `labels file ${file}: ${where || 'top level'}: ${issue?.message ?? 'invalid'}${hint}`;
}

const short = (iso: string | null): string => (iso === null ? 'open' : iso.replace('T', ' ').slice(0, 16));
const fixed = (x: number | null, d = 0): string => (x === null ? '-' : x.toFixed(d));

export function formatBacktest(r: BacktestResponse): string {
  const lines: string[] = [];
  for (const b of r.brands) {
    if (b.from === null) {
      lines.push(`${b.brand}: no posts stored`, '');
      continue;
    }
    lines.push(
      `${b.brand}: ${short(b.from)} to ${short(b.to)} UTC (${b.minutes} minutes), ${b.incidents.length} incident(s)`,
    );
    for (const i of b.incidents) {
      const label =
        i.matched === null
          ? ''
          : i.matched
            ? `  outage: alert ${fixed(i.labelDelayMinutes)} min after its labelled start`
            : '  no labelled outage';
      lines.push(
        `  ${short(i.startAt)}  alert ${short(i.alertAt).slice(11)} (+${fixed(i.alertDelayMinutes)} min)  ` +
          `peak ${fixed(i.peakRatio, 1)}x  excess ${fixed(i.excessComplaints)}  end ${short(i.endAt)}${label}`,
      );
    }
    lines.push('');
  }
  const s = r.score;
  if (s) {
    lines.push(
      `Labels: ${s.labels}, detected ${s.detected} (recall ${fixed(s.recall, 2)}); incidents ${s.incidents}, ` +
        `matching a label ${s.matchedIncidents} (precision ${fixed(s.precision, 2)}); ` +
        `median alert ${fixed(s.medianDelayMinutes)} min after the labelled start`,
    );
  }
  return `${lines.join('\n')}\n`;
}
