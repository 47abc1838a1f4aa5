import { PassThrough, Readable } from 'node:stream';
import { main } from '../../server/cli/main';

export type CliRun = { code: number; stdout: string; stderr: string };

/** Runs `outcry ...argv` in-process with captured streams and only the given environment. */
export async function runCli(
  argv: string[],
  opts: { env?: NodeJS.ProcessEnv; stdin?: string } = {},
): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c: Buffer) => out.push(c.toString('utf8')));
  stderr.on('data', (c: Buffer) => err.push(c.toString('utf8')));
  const code = await main(argv, {
    stdin: Readable.from(opts.stdin === undefined ? [] : [opts.stdin]),
    stdout,
    stderr,
    env: { OUTCRY_LOG: 'silent', ...opts.env },
    isTty: false,
  });
  stdout.end();
  stderr.end();
  return { code, stdout: out.join(''), stderr: err.join('') };
}
