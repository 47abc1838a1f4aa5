import type { CommunicationReport } from '../../../shared/communication';
import type { IncidentDetail } from '../../../shared/incident';
import { useNow } from '../../hooks/use-now';
import { formatShortDateTime } from '../../lib/format';
import { incidentTitle } from '../../lib/incident-format';
import { HarmPanel } from './harm-panel';
import { HeadlineFigures } from './headline-figures';
import { ReportHeader } from './report-header';
import { ScorecardPanel } from './scorecard-panel';
import { StatementsPanel } from './statements-panel';
import { ThemesPanel } from './themes-panel';
import { TimelinePanel } from './timeline-panel';

type IncidentReportProps = {
  incident: IncidentDetail & { communication?: CommunicationReport | null | undefined };
  brandName: string;
  /** When the last refresh failed: the time of the data shown. */
  stale: number | null;
};

/** The executive report: figures first, then the story over time, the communication, the themes and harm. */
export function IncidentReport({ incident, brandName, stale }: IncidentReportProps) {
  const nowMs = useNow();
  const comm = incident.communication ?? null;
  return (
    <article className="report" aria-label="Incident report">
      <title>{`${incidentTitle(brandName, incident.startAt)} · Incident · Outcry`}</title>
      <ReportHeader incident={incident} brandName={brandName} nowMs={nowMs} />
      {stale !== null ? (
        <p className="stale-note" role="status">
          Could not refresh; showing figures from {formatShortDateTime(stale)}.
        </p>
      ) : null}
      <HeadlineFigures incident={incident} comm={comm} nowMs={nowMs} />
      <TimelinePanel incident={incident} comm={comm} nowMs={nowMs} />
      <section className="report__section report__section--communication" aria-label="Communication">
        <ScorecardPanel comm={comm} />
        {comm ? <StatementsPanel comm={comm} /> : null}
      </section>
      <section className="report__section report__section--themes" aria-label="What people said">
        <ThemesPanel incident={incident} />
        {comm ? <HarmPanel harm={comm.harm} brand={incident.brand} from={incident.startAt} /> : null}
      </section>
    </article>
  );
}
