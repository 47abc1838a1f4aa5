import { execFile } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  readFileSync,
  readdirSync,
  realpathSync,
} from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import { promisify } from 'node:util';
import { detectCommand } from '../../server/cli/detect';

const run = promisify(execFile);

export type NabPaths = { outage: string; data: string; scorer: string };

export type NabScore = {
  detector: string;
  standard: number;
  lowFp: number;
  lowFn: number;
  detected: number;
  windows: number;
  fpRows: number;
  medianDelayMin: number | null;
};

/** Run `outcry detect` in-process on every series CSV of `paths.data`, one output CSV each in `outDir`. */
export async function runOutcryDetect(
  paths: NabPaths,
  outDir: string,
  log: (line: string) => void,
): Promise<void> {
  const files = readdirSync(paths.data)
    .filter((f) => f.endsWith('.csv'))
    .sort();
  for (const file of files) {
    const stderr = new PassThrough();
    const messages: string[] = [];
    stderr.on('data', (chunk: Buffer) => messages.push(chunk.toString()));
    const stdout = createWriteStream(join(outDir, file));
    const code = await detectCommand.run([], {
      stdin: createReadStream(join(paths.data, file)),
      stdout,
      stderr,
      env: {},
      isTty: false,
    });
    stdout.end();
    await finished(stdout);
    if (code !== 0) throw new Error(`outcry detect failed on ${file}: ${messages.join('')}`);
    log(`scored ${file}${messages.length ? ` (${messages.join('').trim()})` : ''}`);
  }
}

type ScorerJson = {
  totals: Record<string, { normalized: number }>;
  events: { windowsDetected: number; windowsTotal: number; fpRows: number; medianDelayMin: number | null };
};

/** Score one results directory with the shared NAB scorer (a separate process, as documented). */
export async function scoreWithNab(
  paths: NabPaths,
  detector: string,
  resultsDir: string,
  thresholdArgs: string[],
  jsonOut: string,
): Promise<NabScore> {
  // The real path: the scorer runs its CLI only when argv[1] is itself, which a symlinked ../shared breaks.
  const args = [
    realpathSync(paths.scorer),
    '--windows',
    join(paths.outage, 'windows.json'),
    '--data',
    paths.data,
    '--results',
    resultsDir,
    '--json',
    jsonOut,
    ...thresholdArgs,
  ];
  const labels = join(paths.outage, 'labels.json');
  if (existsSync(labels)) args.push('--labels', labels);
  const profiles = join(paths.outage, 'published', 'profiles.json');
  if (existsSync(profiles)) args.push('--profiles', profiles);
  await run(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
  const j = JSON.parse(readFileSync(jsonOut, 'utf8')) as ScorerJson;
  const norm = (p: string): number => j.totals[p]?.normalized ?? Number.NaN;
  return {
    detector,
    standard: norm('standard'),
    lowFp: norm('reward_low_FP_rate'),
    lowFn: norm('reward_low_FN_rate'),
    detected: j.events.windowsDetected,
    windows: j.events.windowsTotal,
    fpRows: j.events.fpRows,
    medianDelayMin: j.events.medianDelayMin,
  };
}

/** Published detectors: every folder of `<outage>/published`, scored at NAB's published thresholds. */
export function publishedDetectors(paths: NabPaths): string[] {
  const dir = join(paths.outage, 'published');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}
