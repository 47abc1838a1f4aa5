import { Link } from 'react-router';
import type { IncidentReport } from '../../../shared/report';
import { DataTable, num } from '../../components/ui/data-table';
import { targetTone } from '../../lib/compare-rows';
import { formatCount, formatShortDateTime } from '../../lib/format';
import { formatMinutes, formatRatio } from '../../lib/incident-format';
import { incidentHref } from '../incidents/incidents-table';

type CompareTableProps = { reports: readonly IncidentReport[] };

const COLUMNS = [
  'Brand',
  'Grade',
  ...[
    'Time to acknowledge',
    'Longest silence',
    'Calmed',
    'Backfired',
    'Second wave',
    'Harm posts',
    'Peak vs normal',
    'Excess complaints',
    'People',
    'Duration',
  ].map(num),
];

/** The same figures for every brand side by side; communication first, since that is what differs. */
export function CompareTable({ reports }: CompareTableProps) {
  return (
    <DataTable className="table--compare" columns={COLUMNS}>
      {reports.map((r) => {
        const h = r.headline;
        const targets = r.communication.scorecard.figures;
        return (
          <tr key={r.incident.id}>
            <th scope="row">
              <Link to={incidentHref(r.incident.id)} className="cell-incident__brand">
                {r.brandName}
              </Link>
              <div className="cell-muted">{formatShortDateTime(Date.parse(r.incident.startAt))}</div>
            </th>
            <td>
              <span className={`grade-chip grade-chip--${h.grade ?? 'pending'}`} title={h.gradeText}>
                {h.grade ?? 'Pending'}
              </span>
            </td>
            <td className={`num tone--${targetTone(h.ackDelayMin, targets.ackTargetMin)}`}>
              {h.ackDelayMin === null ? h.ackText : formatMinutes(h.ackDelayMin)}
            </td>
            <td
              className={`num tone--${h.longestSilenceMin === null ? 'neutral' : targetTone(h.longestSilenceMin, targets.updateTargetMin)}`}
            >
              {formatMinutes(h.longestSilenceMin)}
            </td>
            <td className="num">{formatCount(h.calming)}</td>
            <td className={`num tone--${h.backfired > 0 ? 'bad' : 'neutral'}`}>{formatCount(h.backfired)}</td>
            <td
              className={`num tone--${h.surge === 'second-wave' ? 'bad' : h.surge === 'renewed-surge' ? 'warning' : 'neutral'}`}
            >
              {h.surgeLabel}
            </td>
            <td className="num">{formatCount(h.harmPosts)}</td>
            <td className="num">{formatRatio(h.peakRatio)}</td>
            <td className="num">{formatCount(h.excessComplaints)}</td>
            <td className="num">{formatCount(h.peopleAffected)}</td>
            <td className="num">{formatMinutes(h.durationMin)}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
