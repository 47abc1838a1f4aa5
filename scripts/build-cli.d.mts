/** Builds the `outcry` command into dist/cli; resolves to the number of files written there. */
export function buildCli(options?: { clean?: boolean }): Promise<number>;
export const OUT_DIR: string;
export const ENTRY_OUT: string;
