import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Load time in a fresh process: `node --import tsx bench/lib/scoring-load.ts <name>` prints the
// milliseconds from its first line to a ready scorer (imports included, node and tsx start-up not).

const start = performance.now();

/** Table column order: Outcry, then the baselines as loadBaselines() returns them. */
export const LOAD_NAMES = ['outcry', 'vader', 'sentiment', 'natural'] as const;

async function loadOnly(name: string): Promise<void> {
  if (name === 'outcry') {
    const { createScorer } = await import('../../server/scoring/index');
    createScorer();
  } else {
    const { loadBaselines } = await import('./scoring-baselines');
    loadBaselines(name);
  }
}

/** Best of three fresh processes, in ms; a shared, busy machine makes single runs noisy. */
export function coldLoadMs(name: string): number {
  const script = fileURLToPath(import.meta.url);
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 3; k++) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', script, name], { encoding: 'utf8' });
    const ms = Number(out.trim().split('\n').pop());
    if (Number.isFinite(ms)) best = Math.min(best, ms);
  }
  return best;
}

const self = process.argv[1] ? fileURLToPath(import.meta.url) === process.argv[1] : false;
const name = process.argv[2];
if (self && name) {
  await loadOnly(name);
  console.log((performance.now() - start).toFixed(1));
}
