import { useState } from 'react';
import type { Incident } from '../../../shared/incident';
import { useIncidentDetailQueries } from '../../api/incidents';
import {
  DEFAULT_SORT,
  type Sort,
  incidentsCsv,
  nextSort,
  sortRows,
  toIncidentRow,
} from '../../lib/incident-rows';
import { IncidentsTable } from './incidents-table';

/** Grades and acknowledgement times are read for at most this many incidents (one request each). */
const MAX_DETAILS = 60;

type IncidentsListProps = {
  incidents: readonly Incident[];
  brandNames: ReadonlyMap<string, string>;
  nowMs: number;
};

/** Saves the list as shown (same rows, same order) as a CSV file. */
function downloadCsv(csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'incidents.csv';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The incidents with their communication grade and time to acknowledge, sortable, exportable. */
export function IncidentsList({ incidents, brandNames, nowMs }: IncidentsListProps) {
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const details = useIncidentDetailQueries(incidents.slice(0, MAX_DETAILS).map((i) => i.id));
  const comm = new Map(
    details.flatMap((d) => (d.data?.communication ? [[d.data.id, d.data.communication]] : [])),
  );
  const rows = sortRows(
    incidents.map((i) => toIncidentRow(i, comm.get(i.id), brandNames.get(i.brand) ?? i.brand, nowMs)),
    sort,
  );
  return (
    <>
      <div className="list-actions">
        <button type="button" className="button" onClick={() => downloadCsv(incidentsCsv(rows))}>
          Export CSV
        </button>
        <span className="cell-muted">
          {incidents.length} incident{incidents.length === 1 ? '' : 's'}; click a column title to sort.
        </span>
      </div>
      <IncidentsTable rows={rows} sort={sort} onSort={(key) => setSort(nextSort(sort, key))} />
    </>
  );
}
