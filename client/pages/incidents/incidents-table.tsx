import { Link, useNavigate } from 'react-router';
import type { Incident } from '../../../shared/incident';
import { DataTable, num } from '../../components/ui/data-table';
import { Timestamp } from '../../components/ui/timestamp';
import { formatCount, formatSentiment, formatShare } from '../../lib/format';
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

const COLUMNS = [
  'Incident',
  'Status',
  ...['Duration', 'Peak/min', 'Peak vs normal', 'Excess complaints', 'People', 'Worst sentiment'].map(num),
  'Top complaints',
];

export const incidentHref = (id: string): string => `/incidents/${encodeURIComponent(id)}`;

/** One row per incident, newest first; the whole row opens the report (the link is for keyboards). */
export function IncidentsTable({ incidents, brandNames, nowMs }: IncidentsTableProps) {
  const navigate = useNavigate();
  return (
    <DataTable className="table--incidents" columns={COLUMNS}>
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
                <Timestamp iso={inc.startAt} />
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
              {worst ? <div className="cell-muted">{formatShare(worst.negativeShare)} negative</div> : null}
            </td>
            <td>{topCategoryNames(inc).join(', ') || '–'}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
