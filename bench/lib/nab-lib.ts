import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The shared NAB scorer (`../shared/tools/nab-score.mjs`) used as a library, so that the
 * cross-validation can score hundreds of runs without a process each. Same functions the scorer's
 * command line calls: the figures are NAB's rules, not a re-implementation.
 */

export type NabSeries = { key: string; timestamps: number[]; values: number[]; windowsRaw: unknown[] };
export type NabBench = Map<string, NabSeries>;
export type NabOutput = { timestamps: number[]; scores: number[] };
export type Profile = 'standard' | 'reward_low_FP_rate' | 'reward_low_FN_rate';
export const PROFILES: readonly Profile[] = ['standard', 'reward_low_FP_rate', 'reward_low_FN_rate'];
type Weights = { tp: number; fp: number; fn: number };

type FileProfile = { raw: number; detectedWindows: number; fpRows: number };
type Scored = {
  perFile: { key: string; windows: number; profiles: Record<Profile, FileProfile> }[];
  totals: Record<Profile, { raw: number; normalized: number }>;
  events: { windowsDetected: number; windowsTotal: number; fpRows: number; medianDelayMin: number | null };
};

type NabModule = {
  loadBenchmark: (a: { windowsFile: string; dataDir: string; labelsFile?: string }) => NabBench;
  loadProfiles: (file?: string) => Record<Profile, Weights>;
  resolveThresholds: (a: {
    thresholdsFile: string;
    detector: string;
    profiles: Record<Profile, Weights>;
  }) => Record<Profile, number>;
  loadOutputs: (dir: string, keys: string[]) => Map<string, NabOutput>;
  scoreDetector: (a: {
    bench: NabBench;
    outputs: Map<string, NabOutput>;
    thresholds: Record<Profile, number>;
    profiles: Record<Profile, Weights>;
  }) => Scored;
};

/** Normalised scores (100 = every window on its first row, 0 = never fires) and event counts. */
export type Figures = {
  standard: number;
  lowFp: number;
  lowFn: number;
  detected: number;
  windows: number;
  fpRows: number;
};

export type Nab = {
  bench: NabBench;
  keys: string[];
  /** Raw score per series and profile (summable: pooled scores are sums of raws). */
  perFile: (outputs: Map<string, NabOutput>, thresholds: Record<Profile, number>) => Map<string, Raw>;
  published: (name: string) => { outputs: Map<string, NabOutput>; thresholds: Record<Profile, number> };
};

export type Raw = { raw: Record<Profile, number>; windows: number; detected: number; fpRows: number };

export const threshold = (t: number): Record<Profile, number> => ({
  standard: t,
  reward_low_FP_rate: t,
  reward_low_FN_rate: t,
});

/** Normalised figures of a set of per-series raws (NAB: null = -fn per window, perfect = tp per window). */
export function normalise(raws: readonly Raw[], profiles: Record<Profile, Weights>): Figures {
  const windows = raws.reduce((s, r) => s + r.windows, 0);
  const norm = (p: Profile): number => {
    const w = profiles[p];
    const raw = raws.reduce((s, r) => s + r.raw[p], 0);
    const nul = -w.fn * windows;
    return (100 * (raw - nul)) / (w.tp * windows - nul);
  };
  return {
    standard: norm('standard'),
    lowFp: norm('reward_low_FP_rate'),
    lowFn: norm('reward_low_FN_rate'),
    detected: raws.reduce((s, r) => s + r.detected, 0),
    windows,
    fpRows: raws.reduce((s, r) => s + r.fpRows, 0),
  };
}

export async function loadNab(paths: {
  outage: string;
  data: string;
  scorer: string;
}): Promise<Nab & { profiles: Record<Profile, Weights> }> {
  // The real path: the scorer only runs its CLI when argv[1] is itself, and a symlinked ../shared breaks that.
  const mod = (await import(pathToFileURL(realpathSync(paths.scorer)).href)) as NabModule;
  const bench = mod.loadBenchmark({ windowsFile: join(paths.outage, 'windows.json'), dataDir: paths.data });
  const profiles = mod.loadProfiles(join(paths.outage, 'published', 'profiles.json'));
  const keys = [...bench.keys()].sort();
  return {
    bench,
    keys,
    profiles,
    perFile(outputs, thresholds) {
      const r = mod.scoreDetector({ bench, outputs, thresholds, profiles });
      const out = new Map<string, Raw>();
      for (const f of r.perFile) {
        out.set(f.key, {
          raw: {
            standard: f.profiles.standard.raw,
            reward_low_FP_rate: f.profiles.reward_low_FP_rate.raw,
            reward_low_FN_rate: f.profiles.reward_low_FN_rate.raw,
          },
          windows: f.windows,
          detected: f.profiles.standard.detectedWindows,
          fpRows: f.profiles.standard.fpRows,
        });
      }
      return out;
    },
    published(name) {
      const thresholdsFile = join(paths.outage, 'published', 'thresholds.json');
      return {
        outputs: mod.loadOutputs(join(paths.outage, 'published', name), keys),
        thresholds: mod.resolveThresholds({ thresholdsFile, detector: name, profiles }),
      };
    },
  };
}
