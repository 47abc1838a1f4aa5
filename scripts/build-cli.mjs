#!/usr/bin/env node
// Builds the `outcry` command (server/ and shared/, TypeScript) into plain JavaScript under dist/cli/, so the
// command starts without compiling TypeScript. Run by `npm install` (prepare), `npm run build`, and by
// bin/outcry.mjs itself when a source file is newer than the build. One bundle with a chunk per
// lazily-imported subcommand; npm packages stay external (loaded from node_modules as usual).
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = join(ROOT, 'dist', 'cli');
export const ENTRY_OUT = join(OUT_DIR, 'main.js');

// Bundled code runs from dist/cli/, so a module's `import.meta.url` would point there; point it back at the
// module's own source file so paths relative to it (package.json, data files, createRequire) still resolve.
const sourceUrlPlugin = {
  name: 'source-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.tsx?$/ }, (args) => {
      if (args.path.includes(`${join('node_modules', '')}`)) return undefined;
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta')) return undefined;
      if (/import\.meta\.(dirname|filename)/.test(text))
        throw new Error(
          `${relative(ROOT, args.path)}: use import.meta.url (the CLI build rewrites only that)`,
        );
      const rel = relative(OUT_DIR, args.path).split('\\').join('/');
      const contents = text.replaceAll(
        'import.meta.url',
        `new URL(${JSON.stringify(rel)}, import.meta.url).href`,
      );
      return { contents, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
    });
  },
};

/** Builds dist/cli. `clean` empties it first; otherwise files are replaced one by one, atomically, so a
 *  command already running from the old build keeps working (chunk names carry a content hash). */
export async function buildCli({ clean = false } = {}) {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { main: 'server/cli/main.ts' },
    outdir: OUT_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // npm packages stay in node_modules: bundling zod saves ~40 ms of CPU, but a library that extends or
    // checks zod (validators, OpenAPI) would then meet two copies of it
    packages: 'external',
    chunkNames: '[name]-[hash]',
    sourcemap: 'linked',
    write: false,
    logLevel: 'warning',
    plugins: [sourceUrlPlugin],
  });
  if (clean) rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  // the entry last, so it never refers to a chunk that is not written yet
  const files = [...result.outputFiles].sort(
    (a, b) => Number(a.path === ENTRY_OUT) - Number(b.path === ENTRY_OUT),
  );
  for (const file of files) {
    const tmp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(tmp, file.contents);
    renameSync(tmp, file.path);
  }
  return readdirSync(OUT_DIR).length;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const n = await buildCli({ clean: true });
  console.log(
    `outcry: built the command into dist/cli (${n} files, ${Math.round(performance.now() - started)} ms)`,
  );
}
