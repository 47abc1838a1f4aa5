import { spawn } from 'node:child_process';
import { join } from 'node:path';
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

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'outcry.mjs');

/**
 * Runs the real command, `node bin/outcry.mjs ...argv`, as a user does (the built JavaScript, rebuilt first
 * if a source is newer). `stdoutBytes` closes the read end of stdout after that many bytes, as `| head` does.
 */
export function spawnCli(
  argv: string[],
  opts: { env?: NodeJS.ProcessEnv; stdin?: string; stdoutBytes?: number; cwd?: string } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...argv], {
      cwd: opts.cwd,
      env: { PATH: process.env.PATH, OUTCRY_LOG: 'silent', ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let got = 0;
    child.stdout.on('data', (c: Buffer) => {
      out.push(c);
      got += c.length;
      if (opts.stdoutBytes !== undefined && got >= opts.stdoutBytes) child.stdout.destroy();
    });
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.stdin.on('error', () => {}); // a command that exits before reading all its input
    child.stdin.end(opts.stdin ?? '');
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}
