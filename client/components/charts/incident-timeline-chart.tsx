import {
  Area,
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  Line,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { IncidentArea, OfficialMarker } from '../../lib/chart-overlays';
import { markersByBucket } from '../../lib/chart-overlays';
import { formatCount, formatShortDateTime, formatTick } from '../../lib/format';
import type { TimelineRow } from '../../lib/incident-timeline';
import { AXIS_TICK, CHART_COLORS } from './chart-colors';
import { ChartLegend } from './chart-legend';
import type { LegendItem } from './chart-legend';
import { incidentAreaElements, markerNotes, officialMarkerElements, overlayLegend } from './chart-overlays';
import { ChartTooltip } from './chart-tooltip';
import { WAVE_FILL } from './overlay-colors';

const BASE_LEGEND: LegendItem[] = [
  { label: 'Complaints per minute', color: CHART_COLORS.complaints, kind: 'bar' },
  { label: 'Above the normal range', color: CHART_COLORS.complaintsAbove, kind: 'bar' },
  { label: 'Expected', color: CHART_COLORS.expected, kind: 'dashed' },
  { label: 'Normal range', color: 'var(--chart-band-key)', kind: 'area' },
];

type IncidentTimelineChartProps = {
  rows: readonly TimelineRow[];
  summary: string;
  /** The incident itself, shaded. */
  areas: readonly IncidentArea[];
  markers: readonly OfficialMarker[];
  /** Second waves of complaints about the communication, snapped to the rows. */
  waves: readonly { id: string; x1: number; x2: number; failure: boolean }[];
  height?: number;
};

/** An incident minute by minute: complaints over the expected band, with the company's posts on top. */
export function IncidentTimelineChart({
  rows,
  summary,
  areas,
  markers,
  waves,
  height = 300,
}: IncidentTimelineChartProps) {
  const byT = new Map(rows.map((r) => [r.t, r]));
  const notesByT = markersByBucket(markers);
  const first = rows[0]?.t ?? 0;
  const spanMs = (rows.at(-1)?.t ?? first) - first;
  const legend: LegendItem[] = [
    ...BASE_LEGEND,
    ...(waves.some((w) => w.failure)
      ? [{ label: 'Second wave (about the communication)', color: 'var(--elevated)', kind: 'area' as const }]
      : []),
    ...(waves.some((w) => !w.failure)
      ? [{ label: 'Renewed surge', color: 'var(--elevated)', kind: 'area' as const }]
      : []),
    ...overlayLegend(areas, markers),
  ];
  return (
    <div className="chart chart--timeline" role="img" aria-label={summary}>
      <ChartLegend items={legend} />
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart
          data={[...rows]}
          margin={{ top: 14, right: 8, bottom: 0, left: -8 }}
          barCategoryGap="8%"
        >
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis
            dataKey="t"
            tick={AXIS_TICK}
            tickLine={false}
            axisLine={{ stroke: CHART_COLORS.grid }}
            tickFormatter={(t: number) => formatTick(t, spanMs)}
            minTickGap={56}
          />
          <YAxis tick={AXIS_TICK} tickLine={false} axisLine={false} allowDecimals={false} width={44} />
          <Tooltip
            cursor={{ fill: 'var(--chart-cursor)' }}
            isAnimationActive={false}
            content={({ active, label }) => {
              const row = byT.get(Number(label));
              return (
                <ChartTooltip
                  active={active && row !== undefined}
                  title={row ? formatShortDateTime(row.t) : null}
                  lines={[
                    {
                      label: 'Complaints',
                      value: formatCount(row?.complaints),
                      color: CHART_COLORS.complaints,
                    },
                    { label: 'Expected', value: formatCount(row?.expected), color: CHART_COLORS.expected },
                    {
                      label: 'Normal range',
                      value: row?.band ? `${formatCount(row.band[0])}–${formatCount(row.band[1])}` : '–',
                    },
                  ]}
                  notes={markerNotes(row ? notesByT.get(row.t) : undefined)}
                />
              );
            }}
          />
          {incidentAreaElements(areas)}
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
                value: w.failure ? 'Second wave' : 'Renewed surge',
                position: 'insideTop',
                offset: 16,
                fontSize: 11,
                fill: 'var(--elevated)',
              }}
            />
          ))}
          <Area
            dataKey="band"
            name="Normal range"
            stroke="none"
            fill={CHART_COLORS.band}
            fillOpacity={1}
            isAnimationActive={false}
            connectNulls={false}
          />
          <Bar dataKey="complaints" name="Complaints" isAnimationActive={false}>
            {rows.map((r) => (
              <Cell key={r.t} fill={r.above ? CHART_COLORS.complaintsAbove : CHART_COLORS.complaints} />
            ))}
          </Bar>
          <Line
            dataKey="expected"
            name="Expected"
            stroke={CHART_COLORS.expected}
            strokeDasharray="4 3"
            strokeWidth={1.5}
            dot={false}
            isAnimationActive={false}
          />
          {officialMarkerElements(markers)}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
