import type { IncidentEngine } from '../../server/incidents/engine';
import type { StreamEvent } from '../../shared/events';
import type { PostInputRaw } from '../../shared/post';
import type { TestApp } from './app';
import { between } from './outage';

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
