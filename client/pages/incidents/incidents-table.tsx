import { Link, useNavigate } from 'react-router';
import type { Incident } from '../../../shared/incident';
import {
  formatCount,
  formatDateTime,
  formatSentiment,
  formatShare,
  formatShortDateTime,
} from '../../lib/format';
import {
  formatMinutes,
  formatRatio,
  incidentDurationMs,
  normalPerMinute,
  topCategoryNames,
} from '../../lib/incident-format';
import { IncidentStatusBadge } from './incident-status-badge';

type IncidentsTableProps = {
  incidents: readonly Incident[];
  brandNames: ReadonlyMap<string, string>;
  nowMs: number;
};

export const incidentHref = (id: string): string => `/incidents/${encodeURIComponent(id)}`;

/** One row per incident, newest first; the whole row opens the report (the link is for keyboards). */
export function IncidentsTable({ incidents, brandNames, nowMs }: IncidentsTableProps) {
  const navigate = useNavigate();
  return (
    <div className="table-wrap">
      <table className="table table--incidents">
        <thead>
          <tr>
            <th scope="col">Incident</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Duration
            </th>
            <th scope="col" className="num">
              Peak/min
            </th>
            <th scope="col" className="num">
              Peak vs normal
            </th>
            <th scope="col" className="num">
              Excess complaints
            </th>
            <th scope="col" className="num">
              People
            </th>
            <th scope="col" className="num">
              Worst sentiment
            </th>
            <th scope="col">Top complaints</th>
          </tr>
        </thead>
        <tbody>
          {incidents.map((inc) => {
            const worst = inc.sentiment.worst;
            return (
              <tr
                key={inc.id}
                className={`row--link row--${inc.status}`}
                onClick={(e) => {
                  if (!(e.target instanceof HTMLAnchorElement)) void navigate(incidentHref(inc.id));
                }}
              >
                <td>
                  <Link to={incidentHref(inc.id)} className="cell-incident__brand">
                    {brandNames.get(inc.brand) ?? inc.brand}
                  </Link>
                  <div className="cell-muted">
                    <time dateTime={inc.startAt} title={formatDateTime(inc.startAt)}>
                      {formatShortDateTime(Date.parse(inc.startAt))}
                    </time>
                  </div>
                </td>
                <td>
                  <IncidentStatusBadge status={inc.status} />
                </td>
                <td className="num">{formatMinutes(incidentDurationMs(inc, nowMs) / 60_000)}</td>
                <td className="num">{formatCount(inc.peakComplaintsPerMinute)}</td>
                <td className="num" title={`normal: ${formatCount(normalPerMinute(inc))} per minute`}>
                  {formatRatio(inc.peakRatio)}
                </td>
                <td className="num">{formatCount(inc.excessComplaints)}</td>
                <td className="num">{formatCount(inc.uniqueAuthors)}</td>
                <td className="num">
                  {formatSentiment(worst?.meanSentiment)}
                  {worst ? (
                    <div className="cell-muted">{formatShare(worst.negativeShare)} negative</div>
                  ) : null}
                </td>
                <td>{topCategoryNames(inc).join(', ') || '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
