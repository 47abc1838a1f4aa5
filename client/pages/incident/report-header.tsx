import { Link } from 'react-router';
import type { Incident } from '../../../shared/incident';
import { incidentReportHref } from '../../api/incidents';
import { formatMinutes, formatWhen, incidentDurationMs } from '../../lib/incident-format';
import { timeZoneLabel } from '../../lib/format';
import { IncidentStatusBadge } from '../incidents/incident-status-badge';

type ReportHeaderProps = { incident: Incident; brandName: string; nowMs: number };

export function ReportHeader({ incident, brandName, nowMs }: ReportHeaderProps) {
  const open = incident.endAt === null;
  return (
    <header className="report__header">
      <div>
        <p className="report__kicker">
          <Link to="/incidents" className="report__back">
            Incidents
          </Link>
          <span aria-hidden="true"> / </span>
          Incident report
        </p>
        <h1 className="report__title">
          {brandName} <IncidentStatusBadge status={incident.status} />
        </h1>
        <p className="report__period">
          {formatWhen(incident.startAt)} – {open ? 'ongoing' : formatWhen(incident.endAt ?? '')} (
          {formatMinutes(incidentDurationMs(incident, nowMs) / 60_000)}
          {open ? ' so far' : ''})
        </p>
        <p className="report__generated">
          Outcry report, figures as of {formatWhen(open ? nowMs : incident.updatedAt)}. Times in{' '}
          {timeZoneLabel(Date.parse(incident.startAt))}.
        </p>
      </div>
      <div className="report__actions">
        <a className="button" href={incidentReportHref(incident.id, 'md')} download>
          Download Markdown
        </a>
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
    </header>
  );
}
