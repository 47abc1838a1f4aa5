import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { IngestCounts } from '../ingest/pipeline';

/** Most distinct `source` label values kept; posts from any further source count under "other". */
const MAX_SOURCE_LABELS = 200;

export type DeliveryOutcome = 'delivered' | 'retry' | 'failed';

/**
 * Prometheus metrics of one runtime (its own registry, so tests and several runtimes never share
 * counters). Parts report through the small `observe*` methods; gauges that mirror state (source health,
 * open incidents) are filled at scrape time by `server/metrics/scrape.ts`.
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'outcry_' });
  const posts = new Counter({
    name: 'outcry_posts_total',
    help: 'Posts handed to ingest, by source and outcome (accepted, duplicate, rejected)',
    labelNames: ['source', 'outcome'] as const,
    registers: [registry],
  });
  const ingestSeconds = new Histogram({
    name: 'outcry_ingest_duration_seconds',
    help: 'Time to validate, match, score, store and publish one ingest batch',
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const storeSeconds = new Histogram({
    name: 'outcry_store_query_duration_seconds',
    help: 'Store calls, by method',
    labelNames: ['method'] as const,
    buckets: [0.0005, 0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
    registers: [registry],
  });
  const deliveries = new Counter({
    name: 'outcry_webhook_deliveries_total',
    help: 'Webhook delivery attempts, by outcome (delivered, retry = failed and will be retried, failed = given up)',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const sseClients = new Gauge({
    name: 'outcry_sse_clients',
    help: 'Open server-sent event streams',
    registers: [registry],
  });
  const sourceUp = new Gauge({
    name: 'outcry_source_healthy',
    help: 'Feed source health: 1 when its state is ok, 0 otherwise (state label: ok, failing, paused, ...)',
    labelNames: ['source', 'kind', 'state'] as const,
    registers: [registry],
  });
  const sourceLag = new Gauge({
    name: 'outcry_source_lag_seconds',
    help: 'How far behind now a feed source is known to be caught up',
    labelNames: ['source', 'kind'] as const,
    registers: [registry],
  });
  const sourceFailures = new Gauge({
    name: 'outcry_source_consecutive_failures',
    help: 'Failed fetches of a feed source since its last success',
    labelNames: ['source', 'kind'] as const,
    registers: [registry],
  });
  const incidentsOpen = new Gauge({
    name: 'outcry_incidents_open',
    help: 'Incidents open or escalated, by brand',
    labelNames: ['brand', 'status'] as const,
    registers: [registry],
  });

  const sources = new Set<string>();
  const sourceLabel = (source: string): string => {
    if (sources.has(source)) return source;
    if (sources.size >= MAX_SOURCE_LABELS) return 'other';
    sources.add(source);
    return source;
  };

  return {
    registry,
    gauges: { sourceUp, sourceLag, sourceFailures, incidentsOpen },
    sseClients,
    observeIngest(bySource: ReadonlyMap<string, IngestCounts>, seconds: number): void {
      ingestSeconds.observe(seconds);
      for (const [source, n] of bySource) {
        const label = sourceLabel(source);
        if (n.accepted) posts.inc({ source: label, outcome: 'accepted' }, n.accepted);
        if (n.duplicates) posts.inc({ source: label, outcome: 'duplicate' }, n.duplicates);
        if (n.rejected) posts.inc({ source: label, outcome: 'rejected' }, n.rejected);
      }
    },
    observeStore(method: string, seconds: number): void {
      storeSeconds.observe({ method }, seconds);
    },
    observeDelivery(outcome: DeliveryOutcome): void {
      deliveries.inc({ outcome });
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
