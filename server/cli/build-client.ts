import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time of any file below dir (0 if none). */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** True when dist/client is missing or older than anything in client/ or shared/. */
export function clientBuildIsStale(root: string): boolean {
  const index = join(root, 'dist', 'client', 'index.html');
  if (!existsSync(index)) return true;
  if (!existsSync(join(root, 'client'))) return false;
  const built = statSync(index).mtimeMs;
  return newestMtime(join(root, 'client')) > built || newestMtime(join(root, 'shared')) > built;
}

/** Builds the SPA with Vite (a dev dependency: present after `npm install`). */
export async function buildClient(root: string, log: (line: string) => void): Promise<void> {
  log('Building the dashboard (vite build)...');
  const vite = await import('vite');
  await vite.build({
    root: join(root, 'client'),
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
  });
}
