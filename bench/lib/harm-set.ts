import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Scorer } from '../../server/scoring/scorer';
import { binaryF1, type F1 } from './scoring-metrics';

// Outcry's own labelled harm posts (test/fixtures/harm): realistic posts written for the project, not taken
// from any corpus, with hard negatives (rent paid, groceries delivered, tax reminders). `tune` may be tuned
// on; `held-out` was written before tuning and is only measured.

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/harm');

export interface HarmPost {
  harm: boolean;
  text: string;
}

export function readHarmSet(part: 'tune' | 'held-out'): HarmPost[] {
  return readFileSync(resolve(DIR, `${part}.tsv`), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => ({ harm: l.startsWith('1\t'), text: l.slice(l.indexOf('\t') + 1) }));
}

export function harmFigures(scorer: Scorer, posts: readonly HarmPost[]): F1 {
  return binaryF1(
    posts.map((p) => p.harm),
    posts.map((p) => scorer.score(p.text).harm),
  );
}
