// npm run bench:cli [-- --runs N]: start-up and throughput of the `outcry` command, run the way a user runs
// it (a new process each time), with the TypeScript compiled at run time by tsx (OUTCRY_FROM_SOURCE=1, how
// bin/outcry.mjs ran before the build) beside the plain JavaScript built into dist/cli. `node -e 0` is
// the floor no command can beat on this machine. Prints one markdown table; times are the median of N runs.

import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
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

// GNU time, when installed, also gives each run's CPU time, which a busy machine disturbs far less than
// wall time (the 2-core development machine runs several test suites at once)
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** Median wall time and CPU time (user + system; NaN without GNU time) in ms of `runs` fresh processes. */
function time(cmd: string, args: string[], env: NodeJS.ProcessEnv, stdinPath: string | null, runs: number) {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const fd = stdinPath ? openSync(stdinPath, 'r') : 'ignore';
    const [file, argv] = GNU_TIME ? [GNU_TIME, ['-f', 'cpu %U %S', cmd, ...args]] : [cmd, args];
    const started = performance.now();
    const r = spawnSync(file, argv, { env: { ...process.env, ...env }, stdio: [fd, 'ignore', 'pipe'] });
    wall.push(performance.now() - started);
    if (typeof fd === 'number') closeSync(fd);
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    const m = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr.toString());
    cpu.push(m ? (Number(m[1]) + Number(m[2])) * 1000 : Number.NaN);
  }
  return { wall: median(wall), cpu: median(cpu) };
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
  const nodeAlone = time('node', ['-e', '0'], {}, null, RUNS);
  const floor = nodeAlone.wall;
  const cases = [
    { name: '`outcry --help`', args: ['--help'], stdin: null, runs: RUNS },
    { name: '`outcry analyze`, 1 line', args: ['analyze'], stdin: one, runs: RUNS },
    { name: '`outcry analyze`, 100,000 lines', args: ['analyze'], stdin: many, runs: Math.min(RUNS, 3) },
  ];
  const f = (ms: number) =>
    Number.isNaN(ms) ? 'n/a' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
  console.log(
    `\nCLI start-up, median of ${RUNS} runs (100k lines: ${Math.min(RUNS, 3)}); node -e 0 takes ${f(floor)} here (CPU ${f(nodeAlone.cpu)})\n`,
  );
  console.log(
    '| command | tsx (before) | built JS (after) | speed-up (before / after) | after minus node start-up | CPU before | CPU after |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const c of cases) {
    const before = time('node', [BIN, ...c.args], tsx, c.stdin, c.runs);
    const after = time('node', [BIN, ...c.args], js, c.stdin, c.runs);
    console.log(
      `| ${c.name} | ${f(before.wall)} | ${f(after.wall)} | ${(before.wall / after.wall).toFixed(1)}× | ` +
        `${f(after.wall - floor)} | ${f(before.cpu)} | ${f(after.cpu)} |`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
