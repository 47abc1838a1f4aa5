import type { SourceService } from '../feeds/source-service';
import type { Store } from '../store/types';
import type { Metrics } from './metrics';

/** Mirror what is state, not events (source health, open incidents) into the gauges, then render. */
export async function scrape(
  metrics: Metrics,
  deps: { store: Store; sources: Pick<SourceService, 'list'> },
): Promise<string> {
  const { sourceUp, sourceLag, sourceFailures, incidentsOpen } = metrics.gauges;
  const [views, open] = await Promise.all([
    deps.sources.list(),
    deps.store.listIncidents({ status: ['open', 'escalated'], limit: 500 }),
  ]);
  for (const g of [sourceUp, sourceLag, sourceFailures, incidentsOpen]) g.reset();
  for (const s of views) {
    if (!s.health) continue;
    const labels = { source: s.id, kind: s.kind };
    sourceUp.set({ ...labels, state: s.health.state }, s.health.state === 'ok' ? 1 : 0);
    sourceFailures.set(labels, s.health.consecutiveFailures);
    if (s.health.lagSec !== null) sourceLag.set(labels, s.health.lagSec);
  }
  for (const i of open) incidentsOpen.inc({ brand: i.brand, status: i.status });
  return metrics.registry.metrics();
}
