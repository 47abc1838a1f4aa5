#!/usr/bin/env node
// `npm run dev`: the API server restarted on change (tsx watch) and the Vite dev server with HMR, which
// proxies /api to it (vite.config.ts). Ctrl-C stops both.
import { spawn } from 'node:child_process';

const children = [
  spawn('npx', ['tsx', 'watch', '--clear-screen=false', 'bin/outcry.mjs', 'serve'], {
    stdio: 'inherit',
    // the sources themselves, so tsx watch sees every server file (not the build in dist/cli)
    env: { ...process.env, OUTCRY_FROM_SOURCE: '1' },
  }),
  spawn('npx', ['vite'], { stdio: 'inherit' }),
];
const stop = () => {
  for (const c of children) c.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children) c.on('exit', (code) => code && code !== 0 && stop());
