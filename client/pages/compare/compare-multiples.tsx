import { Link } from 'react-router';
import type { IncidentReport } from '../../../shared/report';
import { IncidentSparkChart } from '../../components/charts/incident-spark-chart';
import type { CompareAlign } from '../../lib/compare-rows';
import { minuteTicks, originFor, sharedScale, toSpark } from '../../lib/compare-rows';
import { formatShortDateTime, formatTick, truncate } from '../../lib/format';
import { incidentHref } from '../incidents/incidents-table';

type CompareMultiplesProps = { reports: readonly IncidentReport[]; align: CompareAlign; nowMs: number };

function relativeTick(x: number): string {
  if (x === 0) return 'start';
  const sign = x < 0 ? '−' : '+';
  const m = Math.abs(x);
  return m >= 60 && m % 60 === 0 ? `${sign}${m / 60} h` : `${sign}${m} min`;
}

/** One small chart per incident on shared axes, each with its grade and verdict. */
export function CompareMultiples({ reports, align, nowMs }: CompareMultiplesProps) {
  const origins = reports.map((r) => originFor(r, reports, align));
  const sparks = reports.map((r, i) => toSpark(r, origins[i] ?? 0, nowMs));
  const scale = sharedScale(sparks);
  const origin = origins[0] ?? 0;
  const ticks = minuteTicks(scale.x);
  const spanMs = (scale.x[1] - scale.x[0]) * 60_000;
  const tick = align === 'start' ? relativeTick : (x: number) => formatTick(origin + x * 60_000, spanMs);
  return (
    <ol className="multiples">
      {reports.map((r, i) => {
        const spark = sparks[i];
        if (!spark) return null;
        return (
          <li key={r.incident.id} className="multiple">
            <header className="multiple__header">
              <Link to={incidentHref(r.incident.id)} className="multiple__brand">
                {r.brandName}
              </Link>
              <span
                className={`grade-chip grade-chip--${r.headline.grade ?? 'pending'}`}
                title={`Communication grade: ${r.headline.gradeText}`}
              >
                {r.headline.grade ?? 'Pending'}
              </span>
            </header>
            <p className="cell-muted">Started {formatShortDateTime(Date.parse(r.incident.startAt))}</p>
            <IncidentSparkChart
              spark={spark}
              xDomain={scale.x}
              ticks={ticks}
              yMax={scale.yMax}
              tickFormatter={tick}
              summary={`${r.brandName}: complaints per minute with ${spark.markers.length} statements marked.`}
            />
            <p className="multiple__verdict">{truncate(r.headline.verdict, 220)}</p>
          </li>
        );
      })}
    </ol>
  );
}
