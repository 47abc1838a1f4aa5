import { createHash } from 'node:crypto';
import { NO_AGGREGATES } from '../detect/incident';
import type { Incident as MachineIncident } from '../detect/incident';
import { type Monitor, type MonitorState, createMonitor } from '../detect/monitor';
import type { DetectorOverrides } from '../detect/params';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export type BrandMonitor = Monitor<null, never>;
export type BrandMonitorState = MonitorState<null>;
export type BrandIncident = MachineIncident<null>;

export type MonitorSettings = { reopenMs?: number; detector?: DetectorOverrides };

/** Bumped when the serialised shape changes; together with the parameters it names a state's version. */
const FORMAT = 1;

export type BrandMonitorKit = {
  monitor: BrandMonitor;
  /** Changes when the detector's parameters change: a stored state of another version is replayed anew. */
  version: string;
  serialise(state: BrandMonitorState): string;
  /** null when the text is not a state of this version */
  parse(text: string | null): BrandMonitorState | null;
  /** Enough history for the expected band to mean something (before that the chart shows none). */
  ready(state: BrandMonitorState): boolean;
};

/** The detector + incident machine the engine runs per brand, on complaints per minute. */
export function brandMonitor(brand: string, settings: MonitorSettings = {}): BrandMonitorKit {
  const monitor = createMonitor(MINUTE_MS, NO_AGGREGATES, {
    key: brand,
    ...(settings.reopenMs === undefined ? {} : { reopenMs: settings.reopenMs }),
    ...(settings.detector ? { detector: settings.detector } : {}),
  });
  // The re-open window is a detector parameter (followUpMs), so the parameters name the version alone.
  const params = JSON.stringify(monitor.detector.params);
  const version = `${FORMAT}.${createHash('sha256').update(params).digest('hex').slice(0, 16)}`;
  return {
    monitor,
    version,
    serialise: (state) => JSON.stringify({ v: version, s: state }),
    parse(text) {
      if (text === null) return null;
      try {
        const parsed = JSON.parse(text) as { v?: unknown; s?: BrandMonitorState };
        return parsed.v === version && parsed.s ? parsed.s : null;
      } catch {
        return null;
      }
    },
    ready: (state) => state.detector.baseline.n * MINUTE_MS >= monitor.detector.params.minHistoryMs,
  };
}
