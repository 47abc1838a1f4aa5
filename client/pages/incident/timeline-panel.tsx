import type { CommunicationReport } from '../../../shared/communication';
import type { IncidentDetail } from '../../../shared/incident';
import { useOfficialPostsQuery } from '../../api/incidents';
import { IncidentTimelineChart } from '../../components/charts/incident-timeline-chart';
import { EmptyState } from '../../components/ui/empty-state';
import { Panel } from '../../components/ui/panel';
import {
  incidentAreas,
  officialMarkers,
  postKey,
  quietReplyKeys,
  snapSpans,
  verdictsByPost,
} from '../../lib/chart-overlays';
import { formatCount } from '../../lib/format';
import { formatRatio } from '../../lib/incident-format';
import { toTimelineRows, waveSpans } from '../../lib/incident-timeline';

const MINUTE = 60_000;
/** An open incident's series ends at the last complete minute; a statement since then still shows. */
const OPEN_TAIL_MS = 10 * MINUTE;

type TimelinePanelProps = { incident: IncidentDetail; comm: CommunicationReport | null; nowMs: number };

export function TimelinePanel({ incident, comm, nowMs }: TimelinePanelProps) {
  const { series } = incident;
  const open = incident.endAt === null;
  const official = useOfficialPostsQuery(
    incident.brand,
    open ? { kind: 'from', at: series.from } : { kind: 'between', from: series.from, to: series.to },
  );
  const rows = toTimelineRows(series.points);
  const starts = rows.map((r) => r.t);
  const quiet = quietReplyKeys(comm?.impacts ?? []);
  const markers = officialMarkers(
    (official.data?.items ?? []).filter((p) => !quiet.has(postKey(p.source, p.id))),
    starts,
    MINUTE,
    verdictsByPost(comm?.impacts ?? []),
    open ? OPEN_TAIL_MS : 0,
  );
  const spans = waveSpans(comm?.waves ?? []);
  const failures = new Set(spans.filter((w) => w.failure).map((w) => w.id));
  const waves = snapSpans(spans, starts, MINUTE).map((w) => ({ ...w, failure: failures.has(w.id) }));
  const statements = markers.length;
  const summary = `Complaints per minute from ${series.from} to ${series.to}: peak ${formatCount(
    incident.peakComplaintsPerMinute,
  )} per minute, ${formatRatio(incident.peakRatio)} the normal level; ${statements} official post${
    statements === 1 ? '' : 's'
  } marked.`;
  return (
    <Panel
      title="Timeline"
      subtitle="Complaints per minute against the expected range, from an hour before to an hour after. Dots on top are the company's own posts (support replies only when they backfired), coloured by their measured effect; hover for the text."
      className="report__timeline"
    >
      {rows.length === 0 ? (
        <EmptyState title="No minute-by-minute figures for this incident" />
      ) : (
        <IncidentTimelineChart
          rows={rows}
          summary={summary}
          areas={incidentAreas([incident], starts, MINUTE, nowMs)}
          markers={markers}
          waves={waves}
        />
      )}
    </Panel>
  );
}
