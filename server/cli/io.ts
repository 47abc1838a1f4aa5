import type { Readable, Writable } from 'node:stream';

/** What a subcommand may touch: injected so tests can run commands in-process. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
  /** true when stderr is a terminal (progress bars only then). */
  isTty: boolean;
}

/** A subcommand: parses its own argv, returns the process exit code. */
export type Command = {
  name: string;
  usage: string;
  run: (argv: string[], io: CliIo) => Promise<number>;
};

/** A mistake in how the command was called: printed as one line, exit code 2. */
export class UsageError extends Error {}

const FS_WORDS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'a part of the path is not a directory',
  EMFILE: 'too many open files',
};

/** A file-system error as "path: what happened", in words instead of "ENOENT: no such file or directory, open". */
export function describeFsError(err: unknown): string | null {
  if (!(err instanceof Error)) return null;
  const { code, path } = err as NodeJS.ErrnoException;
  const words = code ? FS_WORDS[code] : undefined;
  return words && path ? `${path}: ${words}` : null;
}
