import { Link } from 'react-router';
import type { Incident } from '../../../shared/incident';
import { useIncidentDetailQuery, useOfficialPostsQuery } from '../../api/incidents';
import { clockFromServer, liveClock, statementTimes } from '../../lib/ack-meter';
import { formatClock, formatCount, formatShortDateTime } from '../../lib/format';
import { STATUS_LABELS, formatMinutes, formatRatio, normalPerMinute } from '../../lib/incident-format';
import { ackView, silenceView, wholeMinutes } from '../../lib/meter-text';
import { CommMeter } from './comm-meter';

/** The server may date the start up to half an hour before the detector's start (when complaints began). */
const LOOKBACK_MS = 30 * 60_000;

function since(ms: number, nowMs: number): string {
  return nowMs - ms < 20 * 3_600_000 ? formatClock(ms) : formatShortDateTime(ms);
}

/** `nowMs` is the page's one clock, shared with the charts and the banner. */
type IncidentWatchProps = { incident: Incident; brandName: string; nowMs: number };

/**
 * An open incident of the selected brand: what is going on, and above all how long the public has been
 * waiting to hear from the company. The two clocks are the largest numbers on the page.
 */
export function IncidentWatch({ incident: listed, brandName, nowMs }: IncidentWatchProps) {
  const detail = useIncidentDetailQuery(listed.id);
  const incident = detail.data ?? listed;
  const from = new Date(Date.parse(listed.startAt) - LOOKBACK_MS).toISOString();
  const official = useOfficialPostsQuery(listed.brand, { kind: 'from', at: from });
  const input = clockFromServer(
    detail.data?.communication?.ack ?? null,
    Date.parse(incident.startAt),
    incident.endAt === null ? null : Date.parse(incident.endAt),
    statementTimes(official.data?.items ?? []),
  );
  const clock = liveClock({ ...input, nowMs });
  const normal = normalPerMinute(incident);
  const escalated = incident.status === 'escalated';

  return (
    <section className={`incident-watch incident-watch--${incident.status}`} aria-label="Open incident">
      <div className="incident-watch__summary">
        <p className="incident-watch__kicker">
          <span className="incident-watch__pulse" aria-hidden="true" />
          {STATUS_LABELS[incident.status]} incident{escalated ? ` (level ${incident.level + 1})` : ''}
        </p>
        <h2 className="incident-watch__title">
          {brandName}: complaints far above normal since {since(clock.startMs, nowMs)}
        </h2>
        {/* The same start and clock as the Acknowledgement meter, so the two minutes agree. */}
        <p className="incident-watch__for">for {formatMinutes(wholeMinutes(clock.elapsedMin))}</p>
        <dl className="incident-watch__figures">
          <div>
            <dt>Peak</dt>
            <dd>
              {formatCount(incident.peakComplaintsPerMinute * 60)}/h{' '}
              <span className="incident-watch__vs">
                vs {formatCount(normal === null ? null : normal * 60)}/h normal (
                {formatRatio(incident.peakRatio)})
              </span>
            </dd>
          </div>
          <div>
            <dt>Excess complaints</dt>
            <dd>{formatCount(incident.excessComplaints)}</dd>
          </div>
          <div>
            <dt>People complaining</dt>
            <dd>{formatCount(incident.uniqueAuthors)}</dd>
          </div>
        </dl>
        <Link
          className="button button--primary incident-watch__link"
          to={`/incidents/${encodeURIComponent(incident.id)}`}
        >
          Open the incident report<span aria-hidden="true"> →</span>
        </Link>
      </div>
      <div className="incident-watch__meters">
        <CommMeter title="Acknowledgement" {...ackView(clock)} />
        <CommMeter title="Since last update" {...silenceView(clock)} />
      </div>
    </section>
  );
}
