import { Link, useNavigate } from 'react-router';
import { Timestamp } from '../../components/ui/timestamp';
import { formatCount, formatSentiment } from '../../lib/format';
import { formatMinutes, formatRatio } from '../../lib/incident-format';
import type { IncidentRow, Sort, SortKey } from '../../lib/incident-rows';
import { IncidentStatusBadge } from './incident-status-badge';

type Column = { label: string; num?: boolean; sort?: SortKey };

const COLUMNS: Column[] = [
  { label: 'Incident', sort: 'startAt' },
  { label: 'Status' },
  { label: 'Grade', sort: 'grade' },
  { label: 'Time to acknowledge', num: true, sort: 'ackMin' },
  { label: 'Duration', num: true, sort: 'durationMin' },
  { label: 'Peak/min', num: true, sort: 'peakPerMin' },
  { label: 'Peak vs normal', num: true },
  { label: 'Excess complaints', num: true },
  { label: 'People', num: true, sort: 'people' },
  { label: 'Worst sentiment', num: true },
  { label: 'Top complaints' },
];

export const incidentHref = (id: string): string => `/incidents/${encodeURIComponent(id)}`;

type IncidentsTableProps = { rows: readonly IncidentRow[]; sort: Sort; onSort: (key: SortKey) => void };

function Header({ column, sort, onSort }: { column: Column; sort: Sort; onSort: (key: SortKey) => void }) {
  const key = column.sort;
  const active = key !== undefined && sort.key === key;
  const ariaSort = active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined;
  return (
    <th scope="col" className={column.num ? 'num' : undefined} aria-sort={ariaSort}>
      {key === undefined ? (
        column.label
      ) : (
        <button type="button" className="sort-button" onClick={() => onSort(key)}>
          {column.label}
          <span aria-hidden="true" className="sort-button__arrow">
            {active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      )}
    </th>
  );
}

/** One row per incident; the whole row opens the report (the link is for keyboards); headers sort. */
export function IncidentsTable({ rows, sort, onSort }: IncidentsTableProps) {
  const navigate = useNavigate();
  return (
    <div className="table-wrap">
      <table className="table table--incidents">
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <Header key={c.label} column={c} sort={sort} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.id}
              className={`row--link row--${row.status}`}
              onClick={(e) => {
                if (!(e.target instanceof HTMLAnchorElement)) void navigate(incidentHref(row.id));
              }}
            >
              <td>
                <Link to={incidentHref(row.id)} className="cell-incident__brand">
                  {row.brandName}
                </Link>
                <div className="cell-muted">
                  <Timestamp iso={row.startAt} />
                </div>
              </td>
              <td>
                <IncidentStatusBadge status={row.status} />
              </td>
              <td data-col="grade">
                <span className={`grade-chip grade-chip--${row.grade ?? 'pending'}`}>
                  {row.grade ?? (row.status === 'resolved' ? '–' : 'Pending')}
                </span>
              </td>
              <td className="num" data-col="ack">
                {row.ackMin === null ? '–' : formatMinutes(row.ackMin)}
              </td>
              <td className="num" data-col="duration">
                {formatMinutes(row.durationMin)}
              </td>
              <td className="num" data-col="peak">
                {formatCount(row.peakPerMin)}
              </td>
              <td className="num">{formatRatio(row.peakRatio)}</td>
              <td className="num">{formatCount(row.excess)}</td>
              <td className="num">{formatCount(row.people)}</td>
              <td className="num">{formatSentiment(row.worstSentiment)}</td>
              <td>{row.topComplaints || '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
