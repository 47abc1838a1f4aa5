import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { IncidentArea, OfficialMarker } from '../../lib/chart-overlays';
import { markersByBucket } from '../../lib/chart-overlays';
import { formatSentiment, formatShare, formatShortDateTime, formatTick } from '../../lib/format';
import type { SentimentRow } from '../../lib/series-rows';
import { AXIS_TICK, CHART_COLORS } from './chart-colors';
import { ChartLegend } from './chart-legend';
import { incidentAreaElements, markerNotes, officialMarkerElements, overlayLegend } from './chart-overlays';
import { ChartTooltip } from './chart-tooltip';

const LEGEND = [
  { label: 'Mean sentiment (left axis)', color: CHART_COLORS.sentiment, kind: 'line' },
  { label: 'Negative share (right axis)', color: CHART_COLORS.negative, kind: 'area' },
] as const;

type SentimentChartProps = {
  rows: readonly SentimentRow[];
  spanMs: number;
  summary: string;
  height?: number;
  areas?: readonly IncidentArea[];
  markers?: readonly OfficialMarker[];
};

/** Mean sentiment (-1..1, left axis) as a line over the share of negative posts (0..100 %, right axis). */
export function SentimentChart({
  rows,
  spanMs,
  summary,
  height = 220,
  areas = [],
  markers = [],
}: SentimentChartProps) {
  const byT = new Map(rows.map((r) => [r.t, r]));
  const notesByT = markersByBucket(markers);
  return (
    <div className="chart" role="img" aria-label={summary}>
      <ChartLegend items={[...LEGEND, ...overlayLegend(areas, markers)]} />
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart data={[...rows]} margin={{ top: 8, right: 0, bottom: 0, left: -8 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis
            dataKey="t"
            tick={AXIS_TICK}
            tickLine={false}
            axisLine={{ stroke: CHART_COLORS.grid }}
            tickFormatter={(t: number) => formatTick(t, spanMs)}
            minTickGap={48}
          />
          <YAxis
            yAxisId="sentiment"
            domain={[-1, 1]}
            ticks={[-1, -0.5, 0, 0.5, 1]}
            tick={AXIS_TICK}
            tickLine={false}
            axisLine={false}
            width={44}
          />
          <YAxis
            yAxisId="share"
            orientation="right"
            domain={[0, 1]}
            ticks={[0, 0.5, 1]}
            tickFormatter={(v: number) => formatShare(v)}
            tick={AXIS_TICK}
            tickLine={false}
            axisLine={false}
            width={44}
          />
          <ReferenceLine yAxisId="sentiment" y={0} stroke={CHART_COLORS.axis} strokeOpacity={0.4} />
          <Tooltip
            isAnimationActive={false}
            content={({ active, label }) => {
              const row = byT.get(Number(label));
              return (
                <ChartTooltip
                  active={active && row !== undefined}
                  title={row ? formatShortDateTime(row.t) : null}
                  lines={[
                    {
                      label: 'Mean sentiment',
                      value: formatSentiment(row?.meanSentiment),
                      color: CHART_COLORS.sentiment,
                    },
                    {
                      label: 'Negative share',
                      value: formatShare(row?.negativeShare),
                      color: CHART_COLORS.negative,
                    },
                  ]}
                  notes={markerNotes(row ? notesByT.get(row.t) : undefined)}
                />
              );
            }}
          />
          {incidentAreaElements(areas, 'sentiment')}
          <Area
            yAxisId="share"
            dataKey="negativeShare"
            name="Negative share"
            stroke={CHART_COLORS.negative}
            strokeOpacity={0.6}
            fill={CHART_COLORS.negative}
            fillOpacity={0.14}
            isAnimationActive={false}
            connectNulls
          />
          <Line
            yAxisId="sentiment"
            dataKey="meanSentiment"
            name="Mean sentiment"
            stroke={CHART_COLORS.sentiment}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
            connectNulls
          />
          {officialMarkerElements(markers, 'sentiment')}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
