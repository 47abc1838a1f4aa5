import {
  type AlertSink,
  type EngineOptions,
  type IncidentEngine,
  createIncidentEngine,
} from '../../server/incidents/engine';
import type { Scheduler } from '../../server/incidents/scheduler';
import type { StreamEvent } from '../../shared/events';
import type { PostInputRaw } from '../../shared/post';
import type { TestApp } from './app';
import { between } from './outage';

/** An engine on the test app's store, bus and clock, fed by the pipeline; no timers (tests call tick). */
export function startEngine(
  t: TestApp,
  options: Partial<EngineOptions> = {},
  alerts?: AlertSink,
): IncidentEngine {
  const engine = createIncidentEngine({
    store: t.store,
    bus: t.bus,
    clock: t.clock,
    options,
    ...(alerts ? { alerts } : {}),
    onError: (err) => {
      throw err;
    },
  });
  t.pipeline.afterInsert(engine.afterInsert);
  return engine;
}

export type IncidentStreamEvent = Extract<StreamEvent, { type: 'incident' }>;

/** Every `incident` event the bus carries from now on. */
export function recordIncidentEvents(t: TestApp): IncidentStreamEvent[] {
  const events: IncidentStreamEvent[] = [];
  t.bus.subscribe((e) => {
    if (e.type === 'incident') events.push(e);
  });
  return events;
}

/**
 * Live delivery: for each step over [from, to), the posts created in it are ingested, the clock moves
 * past the step's end (plus the engine's grace) and the engine ticks. `until` stops early.
 */
export async function runLive(
  t: TestApp,
  engine: IncidentEngine,
  posts: readonly PostInputRaw[],
  range: { from: number; to: number; stepMs: number },
  until?: () => boolean | Promise<boolean>,
): Promise<number> {
  for (let at = range.from; at < range.to; at += range.stepMs) {
    const batch = between(posts, at, at + range.stepMs);
    if (batch.length > 0) await t.pipeline.ingest(batch);
    t.clock.set(at + range.stepMs + engine.options.graceMs + 1000);
    await engine.tick();
    if (until && (await until())) return at + range.stepMs;
  }
  return range.to;
}

/** Timers that never fire: whatever runs, a test started it. */
export const manualScheduler: Scheduler = { every: () => () => {}, after: () => () => {} };
