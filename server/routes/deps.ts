import type { CommTargets } from '../../shared/communication';
import type { Bus } from '../bus';
import type { ClusterRole } from '../cluster/lease';
import type { Clock } from '../clock';
import type { AdminAuth } from '../http/auth';
import type { Pipeline } from '../ingest/pipeline';
import type { Logger } from '../log';
import type { Metrics } from '../metrics/metrics';
import type { Runtime } from '../runtime';
import type { Services } from '../services';
import type { Store } from '../store/types';

/** Everything a route may use, injected by createApp. */
export type AppDeps = {
  store: Store;
  pipeline: Pipeline;
  bus: Bus;
  clock: Clock;
  auth: AdminAuth;
  version: string;
  demo: boolean;
  startedAt: number;
  /** the domain's verbs (brands, sources, webhooks, incidents, series) */
  services: Services;
  /** this instance's part in a multi-instance deployment; omitted in tests that run no leadership */
  cluster?: { role(): ClusterRole };
  /** communication targets from OUTCRY_CONFIG `communication` (defaults: ack 30 min, update every 60) */
  commTargets?: Partial<CommTargets>;
  /** Prometheus metrics of the runtime (GET /metrics) */
  metrics: Metrics;
  /** the server log (requests, failures with their request id); omitted in tests that do not read it */
  logger?: Logger;
  /** directory of the built SPA; omitted in API-only tests */
  staticDir?: string;
};

/** The routes' view of a runtime: the server and the API tests build their app with this. */
export const runtimeDeps = (
  runtime: Runtime,
  http: Pick<AppDeps, 'auth' | 'version' | 'staticDir' | 'logger'>,
): AppDeps => ({
  ...http,
  store: runtime.store,
  pipeline: runtime.pipeline,
  bus: runtime.bus,
  metrics: runtime.metrics,
  clock: runtime.clock,
  demo: runtime.demo,
  startedAt: runtime.startedAt,
  services: runtime.services,
  cluster: runtime.leadership,
  commTargets: runtime.config.configFile?.communication ?? {},
});
