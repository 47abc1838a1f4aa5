import type { CommTargets } from '../../shared/communication';
import type { Incident, IncidentDetail, IncidentListQuery } from '../../shared/incident';
import type { Clock } from '../clock';
import { incidentCommunication } from '../incidents/communication';
import { movedTo } from '../incidents/identity';
import { buildReport } from '../incidents/report';
import { incidentSeries } from '../incidents/series';
import type { Store } from '../store/types';
import { NotFound } from './errors';

export type IncidentService = ReturnType<typeof createIncidentService>;

/** Reading incidents: the list, one incident with its series and communication, and its report. */
export function createIncidentService(deps: {
  store: Store;
  clock: Clock;
  commTargets: Partial<CommTargets>;
}) {
  const { store } = deps;

  async function detail(id: string) {
    const incident = await store.getIncident(id);
    if (!incident) throw new NotFound(`no incident with id "${id}"`);
    const full: IncidentDetail = { ...incident, series: await incidentSeries(store, incident) };
    const communication = await incidentCommunication(
      store,
      incident,
      full.series,
      deps.clock.now(),
      deps.commTargets,
    );
    return { detail: full, communication };
  }

  return {
    async list(q: IncidentListQuery): Promise<Incident[]> {
      return store.listIncidents({
        limit: q.limit,
        ...(q.brand === undefined ? {} : { brand: q.brand }),
        ...(q.from === undefined ? {} : { from: q.from }),
        ...(q.to === undefined ? {} : { to: q.to }),
        ...(q.status === undefined ? {} : { status: q.status }),
      });
    },
    /** The id an incident now has when re-analysis merged it into another one, else null. */
    movedTo: (id: string): Promise<string | null> => movedTo(store, id),
    detail,
    async report(id: string) {
      const { detail: d, communication } = await detail(id);
      const brand = await store.getBrand(d.brand);
      return buildReport(brand?.name ?? d.brand, d, communication, deps.clock.now());
    },
  };
}
