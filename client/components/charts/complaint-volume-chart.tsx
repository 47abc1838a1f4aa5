import {
  Area,
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { IncidentArea, OfficialMarker } from '../../lib/chart-overlays';
import { markersByBucket } from '../../lib/chart-overlays';
import { formatCount, formatShortDateTime, formatTick } from '../../lib/format';
import type { VolumeRow } from '../../lib/series-rows';
import { CHART_COLORS, AXIS_TICK } from './chart-colors';
import { ChartLegend } from './chart-legend';
import { incidentAreaElements, markerNotes, officialMarkerElements, overlayLegend } from './chart-overlays';
import { ChartTooltip } from './chart-tooltip';

const LEGEND = [
  { label: 'Complaints', color: CHART_COLORS.complaints, kind: 'bar' },
  { label: 'Above the normal range', color: CHART_COLORS.complaintsAbove, kind: 'bar' },
  { label: 'Expected', color: CHART_COLORS.expected, kind: 'dashed' },
  { label: 'Normal range', color: 'var(--chart-band-key)', kind: 'area' },
] as const;

type ComplaintVolumeChartProps = {
  rows: readonly VolumeRow[];
  spanMs: number;
  /** Read by screen readers instead of the drawing. */
  summary: string;
  height?: number;
  /** Detected incidents, shaded behind the bars. */
  areas?: readonly IncidentArea[];
  /** The brand's own posts, drawn as markers at the time they were made. */
  markers?: readonly OfficialMarker[];
};

/** Complaints per bucket as bars over the expected band; bars above the band turn to the alert colour. */
export function ComplaintVolumeChart({
  rows,
  spanMs,
  summary,
  height = 280,
  areas = [],
  markers = [],
}: ComplaintVolumeChartProps) {
  const byT = new Map(rows.map((r) => [r.t, r]));
  const notesByT = markersByBucket(markers);
  return (
    <div className="chart" role="img" aria-label={summary}>
      <ChartLegend items={[...LEGEND, ...overlayLegend(areas, markers)]} />
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart
          data={[...rows]}
          margin={{ top: 8, right: 8, bottom: 0, left: -8 }}
          barCategoryGap="12%"
        >
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis
            dataKey="t"
            tick={AXIS_TICK}
            tickLine={false}
            axisLine={{ stroke: CHART_COLORS.grid }}
            tickFormatter={(t: number) => formatTick(t, spanMs)}
            minTickGap={48}
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
                    { label: 'All posts', value: formatCount(row?.posts) },
                  ]}
                  notes={markerNotes(row ? notesByT.get(row.t) : undefined)}
                />
              );
            }}
          />
          {incidentAreaElements(areas)}
          <Area
            dataKey="band"
            name="Normal range"
            stroke="none"
            fill={CHART_COLORS.band}
            fillOpacity={1}
            isAnimationActive={false}
            connectNulls={false}
          />
          <Bar dataKey="complaints" name="Complaints" isAnimationActive={false} radius={[2, 2, 0, 0]}>
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
