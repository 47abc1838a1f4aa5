#!/usr/bin/env node
// The `outcry` command. Runs the TypeScript sources directly through tsx's loader, so there is no
// separate server build step to forget.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../server/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
