import type { CommTargets } from '../../shared/communication';
import type { Clock } from '../clock';
import type { NetworkPolicy } from '../feeds/safe-fetch-policy';
import type { SourceService as FeedRuntime } from '../feeds/source-service';
import type { Store } from '../store/types';
import { createBrandService } from './brands';
import type { Changes } from './changes';
import { createIncidentService } from './incidents';
import { createSeriesService } from './series';
import { createSourceService } from './sources';
import { createWebhookService } from './webhooks';

export type ServiceDeps = {
  store: Store;
  clock: Clock;
  feeds: FeedRuntime;
  changes: Changes;
  commTargets: Partial<CommTargets>;
  /** which addresses webhooks may target */
  webhookPolicy: NetworkPolicy;
};

export type Services = ReturnType<typeof createServices>;

/** The verbs of the domain, each doing its whole job; the routes and the CLI call these. */
export const createServices = (deps: ServiceDeps) => ({
  brands: createBrandService(deps),
  sources: createSourceService(deps),
  webhooks: createWebhookService(deps),
  incidents: createIncidentService(deps),
  series: createSeriesService(deps),
});
