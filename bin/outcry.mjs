#!/usr/bin/env node
// The `outcry` command. Runs the plain JavaScript that scripts/build-cli.mjs builds from server/ and shared/
// into dist/cli/ (at `npm install`, `npm run build`, or here, first, whenever a source file is newer than
// the build, so a stale build never runs old code). OUTCRY_FROM_SOURCE=1 runs the TypeScript through tsx.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = `${root}dist/cli/main.js`;

/** Newest modification time of the files the build is made from. */
function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of ['server', 'shared']) if (existsSync(root + dir)) walk(root + dir);
  for (const file of ['package.json', 'scripts/build-cli.mjs'])
    if (existsSync(root + file)) newest = Math.max(newest, statSync(root + file).mtimeMs);
  return newest;
}

async function loadMain() {
  if (process.env.OUTCRY_FROM_SOURCE !== '1') {
    try {
      if (!existsSync(built) || statSync(built).mtimeMs < newestSource()) {
        const { buildCli } = await import('../scripts/build-cli.mjs');
        await buildCli();
      }
      process.setSourceMapsEnabled(true);
      return await import(built);
    } catch (err) {
      // no build tool (production install without it) or a failed build: run the sources, which are the truth
      if (process.env.OUTCRY_DEBUG) process.stderr.write(`outcry: running from source (${err.message})\n`);
    }
  }
  const { register } = await import('tsx/esm/api');
  register();
  return await import('../server/cli/main.ts');
}

const { main } = await loadMain();
process.exitCode = await main(process.argv.slice(2));
