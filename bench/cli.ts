// npm run bench:cli [-- --runs N]: start-up and throughput of the `outcry` command, run the way a user runs
// it (a new process each time), with the TypeScript compiled at run time by tsx (OUTCRY_FROM_SOURCE=1, how
// bin/outcry.mjs ran before the build) beside the plain JavaScript built into dist/cli. `node -e 0` is
// the floor no command can beat on this machine. Prints one markdown table; times are the median of N runs.

import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../scripts/build-cli.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'outcry.mjs');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 5;

const TEXTS = [
  "Northwind app is down again, I can't log in",
  'Love the new Northwind card design, great job',
  'Is Harbor Pay having issues? Payment failed three times',
  '@NorthwindHelp still waiting for a reply about my blocked card',
  'Harbor Pay support fixed it in five minutes, thanks!',
];

function writeLines(dir: string, n: number): string {
  const path = join(dir, `posts-${n}.ndjson`);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(JSON.stringify({ id: i, text: `${TEXTS[i % TEXTS.length]} #${i}` }));
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** Median wall time in ms of `runs` fresh processes. */
function time(cmd: string, args: string[], env: NodeJS.ProcessEnv, stdinPath: string | null, runs: number) {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const fd = stdinPath ? openSync(stdinPath, 'r') : 'ignore';
    const started = performance.now();
    const r = spawnSync(cmd, args, { env: { ...process.env, ...env }, stdio: [fd, 'ignore', 'pipe'] });
    ms.push(performance.now() - started);
    if (typeof fd === 'number') closeSync(fd);
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  ms.sort((a, b) => a - b);
  return ms[Math.floor(ms.length / 2)] ?? Number.NaN;
}

const dir = mkdtempSync(join(tmpdir(), 'outcry-bench-cli-'));
try {
  await buildCli();
  const one = writeLines(dir, 1);
  const many = writeLines(dir, 100_000);
  const tsx = { OUTCRY_FROM_SOURCE: '1' };
  const js = { OUTCRY_FROM_SOURCE: '0' };
  // one untimed run each warms the OS file cache and tsx's compile cache, as for a user's second run
  time('node', [BIN, 'analyze'], tsx, one, 1);
  time('node', [BIN, 'analyze'], js, one, 1);
  const floor = time('node', ['-e', '0'], {}, null, RUNS);
  const cases = [
    { name: '`outcry --help`', args: ['--help'], stdin: null, runs: RUNS },
    { name: '`outcry analyze`, 1 line', args: ['analyze'], stdin: one, runs: RUNS },
    { name: '`outcry analyze`, 100,000 lines', args: ['analyze'], stdin: many, runs: Math.min(RUNS, 3) },
  ];
  const f = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
  console.log(
    `\nCLI start-up, median of ${RUNS} runs (100k lines: ${Math.min(RUNS, 3)}); node -e 0 takes ${f(floor)} here\n`,
  );
  console.log(
    '| command | tsx (before) | built JS (after) | speed-up (before / after) | after minus node start-up |',
  );
  console.log('|---|---:|---:|---:|---:|');
  for (const c of cases) {
    const before = time('node', [BIN, ...c.args], tsx, c.stdin, c.runs);
    const after = time('node', [BIN, ...c.args], js, c.stdin, c.runs);
    console.log(
      `| ${c.name} | ${f(before)} | ${f(after)} | ${(before / after).toFixed(1)}× | ${f(after - floor)} |`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
