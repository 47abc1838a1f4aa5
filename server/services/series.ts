import type { SeriesResponse } from '../../shared/series';
import type { Clock } from '../clock';
import { type SeriesRequest, readSeries } from '../read/series';
import type { Store } from '../store/types';
import { NotFound } from './errors';

/** A brand's series; NotFound for an unknown brand, Invalid for a range the read model refuses. */
export const createSeriesService = (deps: { store: Store; clock: Clock }) => ({
  async read(req: SeriesRequest): Promise<SeriesResponse> {
    if (!(await deps.store.getBrand(req.brand))) throw new NotFound(`no brand with id "${req.brand}"`);
    return readSeries(deps.store, req, deps.clock.now());
  },
});
