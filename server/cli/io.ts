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
