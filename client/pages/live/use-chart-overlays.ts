import { useIncidentDetailQueries, useIncidentListQuery, useOfficialPostsQuery } from '../../api/incidents';
import { useNow } from '../../hooks/use-now';
import type { IncidentArea, OfficialMarker } from '../../lib/chart-overlays';
import { incidentAreas, officialMarkers, verdictsByPost } from '../../lib/chart-overlays';
import type { LiveWindow } from '../../lib/live-window';
import { rangePreset } from '../../lib/time-range';

/** Details (for statement verdicts) are read for at most this many incidents in the window. */
const MAX_DETAILS = 5;

export type Overlays = (starts: readonly number[]) => { areas: IncidentArea[]; markers: OfficialMarker[] };

/**
 * Incidents and official posts for the Live charts of one brand and window. Returns a function of the
 * chart's bucket starts, since the series decides which buckets exist.
 */
export function useChartOverlays(brandId: string, window: LiveWindow): Overlays {
  // The incident zoom reads incidents over the default day (the Live page's own request, made once).
  const incidentsMs = window.zoomed ? rangePreset(null).ms : window.spanMs;
  const incidents = useIncidentListQuery({ brand: brandId, range: { kind: 'last', ms: incidentsMs } });
  const official = useOfficialPostsQuery(brandId, window.official);
  const items = incidents.data?.items ?? [];
  const details = useIncidentDetailQueries(items.slice(0, MAX_DETAILS).map((i) => i.id));
  const verdicts = verdictsByPost(details.flatMap((d) => d.data?.communication?.impacts ?? []));
  const nowMs = useNow();
  const bucketMs = window.bucketMs;
  const posts = official.data?.items ?? [];
  return (starts) => ({
    areas: incidentAreas(items, starts, bucketMs, nowMs),
    markers: officialMarkers(posts, starts, bucketMs, verdicts),
  });
}
