import { ReferenceArea } from 'recharts';
import { SURGE_LABELS, surgeKind } from '../../../shared/communication';
import type { IncidentArea, OfficialMarker } from '../../lib/chart-overlays';
import type { TimelineRow } from '../../lib/incident-timeline';
import type { LegendItem } from './chart-legend';
import { complaintLegend, complaintSeries, complaintTooltipLines, countAxis } from './complaint-series';
import { WAVE_FILL } from './overlay-colors';
import { TimeChart } from './time-chart';

const BASE_LEGEND = complaintLegend('Complaints per minute');

type Wave = { id: string; x1: number; x2: number; failure: boolean };

type IncidentTimelineChartProps = {
  rows: readonly TimelineRow[];
  summary: string;
  /** The incident itself, shaded. */
  areas: readonly IncidentArea[];
  markers: readonly OfficialMarker[];
  /** Second waves of complaints about the communication, snapped to the rows. */
  waves: readonly Wave[];
  height?: number;
};

function waveLegend(waves: readonly Wave[]): LegendItem[] {
  return [
    ...(waves.some((w) => w.failure)
      ? [{ label: 'Second wave (about the communication)', color: 'var(--elevated)', kind: 'area' as const }]
      : []),
    ...(waves.some((w) => !w.failure)
      ? [{ label: SURGE_LABELS['renewed-surge'], color: 'var(--elevated)', kind: 'area' as const }]
      : []),
  ];
}

/** An incident minute by minute: complaints over the expected band, with the company's posts on top. */
export function IncidentTimelineChart({ waves, height = 300, ...chart }: IncidentTimelineChartProps) {
  const first = chart.rows[0]?.t ?? 0;
  const spanMs = (chart.rows.at(-1)?.t ?? first) - first;
  return (
    <TimeChart
      {...chart}
      spanMs={spanMs}
      height={height}
      legend={[...BASE_LEGEND, ...waveLegend(waves)]}
      margin={{ top: 14, right: 8, bottom: 0, left: -8 }}
      barCategoryGap="8%"
      minTickGap={56}
      className="chart chart--timeline"
      axes={countAxis()}
      tooltipLines={complaintTooltipLines}
      shadeCursor
    >
      {waves.map((w) => (
        <ReferenceArea
          key={w.id}
          x1={w.x1}
          x2={w.x2}
          fill={WAVE_FILL}
          fillOpacity={1}
          stroke="var(--elevated)"
          strokeDasharray="4 3"
          strokeOpacity={0.6}
          ifOverflow="hidden"
          zIndex={60}
          className="wave-area"
          label={{
            value: SURGE_LABELS[surgeKind(w)],
            position: 'insideTop',
            offset: 16,
            fontSize: 11,
            fill: 'var(--elevated)',
          }}
        />
      ))}
      {complaintSeries(chart.rows)}
    </TimeChart>
  );
}
