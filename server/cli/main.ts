import { type CliIo, type Command, UsageError, describeFsError } from './io';
import { VERSION } from '../version';

/**
 * The subcommands, loaded only when run: `outcry --help` then reads this file and package.json, not the
 * scorer, the store drivers or the server (see docs/cli.md for start-up times).
 */
const COMMANDS: { name: string; summary: string; load: () => Promise<Command> }[] = [
  {
    name: 'serve',
    summary: 'run the dashboard and API (SQLite + demo feed by default)',
    load: async () => (await import('./serve')).serveCommand,
  },
  {
    name: 'import',
    summary: 'load posts from CSV, NDJSON or JSON files into the store',
    load: async () => (await import('./import')).importCommand,
  },
  {
    name: 'analyze',
    summary: 'score NDJSON {"id","text"} lines from stdin (sentiment, complaint, categories)',
    load: async () => (await import('./analyze')).analyzeCommand,
  },
  {
    name: 'detect',
    summary: 'score a count series (CSV on stdin) with the outage detector',
    load: async () => (await import('./detect')).detectCommand,
  },
  {
    name: 'token',
    summary: 'create, list and revoke API tokens with a role (viewer, analyst, admin)',
    load: async () => (await import('./token')).tokenCommand,
  },
  {
    name: 'backtest',
    summary: 'replay stored history: the incidents the detector would have raised, scored against labels',
    load: async () => (await import('./backtest')).backtestCommand,
  },
];

export function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `outcry ${VERSION}: social media reaction as an outage and communication signal`,
    '',
    'Usage: outcry <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run `outcry <command> --help` for a command's options. Configuration comes from the environment",
    '(PORT, HOST, OUTCRY_DB, OUTCRY_ADMIN_TOKEN, OUTCRY_DEMO, OUTCRY_CONFIG); see README.md.',
  ].join('\n');
}

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${usage()}\n`);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    io.stderr.write(`outcry: unknown command "${name}"\n\n${usage()}\n`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EPIPE') return 0;
    io.stderr.write(`outcry ${name}: ${describeError(err, name)}\n`);
    return isUsageError(err) ? 2 : 1;
  }
}

const isUsageError = (err: unknown) =>
  err instanceof UsageError || String((err as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS');

/** One line, in words: no stack, no "ENOENT: no such file or directory, open". */
function describeError(err: unknown, command: string): string {
  const fs = describeFsError(err);
  if (fs) return fs;
  const message = err instanceof Error ? err.message : String(err);
  // node's parseArgs: "Unknown option '--brnad'. To specify a positional argument starting with a '-', ..."
  if (isUsageError(err) && !(err instanceof UsageError))
    return `${message.split('. ')[0]} (see \`outcry ${command} --help\`)`;
  return message.split('\n')[0] ?? message;
}

export function processIo(): CliIo {
  // `outcry detect | head`: the reader went away, so stop quietly, as other Unix tools do
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') process.stderr.write(`outcry: cannot write the output: ${err.message}\n`);
    process.exit(err.code === 'EPIPE' ? 0 : 1);
  });
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    isTty: Boolean(process.stderr.isTTY),
  };
}
