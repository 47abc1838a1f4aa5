import type { ReactNode } from 'react';
import { CartesianGrid, ComposedChart, ResponsiveContainer, XAxis } from 'recharts';
import type { IncidentArea, OfficialMarker } from '../../lib/chart-overlays';
import { markersByBucket } from '../../lib/chart-overlays';
import { formatShortDateTime, formatTick } from '../../lib/format';
import { AXIS_TICK, CHART_COLORS } from './chart-colors';
import { ChartLegend } from './chart-legend';
import type { LegendItem } from './chart-legend';
import { incidentAreaElements, markerNotes, officialMarkerElements, overlayLegend } from './chart-overlays';
import type { TooltipLine } from './chart-tooltip';
import { rowTooltip } from './chart-tooltip';

/** What the pages hand a chart of buckets over time. */
export type TimeSeriesChartProps<R> = {
  rows: readonly R[];
  spanMs: number;
  /** Read by screen readers instead of the drawing. */
  summary: string;
  height?: number;
  /** Detected incidents, shaded behind the series. */
  areas?: readonly IncidentArea[];
  /** The brand's own posts, drawn as markers at the time they were made. */
  markers?: readonly OfficialMarker[];
};

type TimeChartProps<R extends { t: number }> = TimeSeriesChartProps<R> & {
  height: number;
  legend: readonly LegendItem[];
  /** The y axis the overlays are drawn against, on charts with more than one. */
  overlayAxisId?: string;
  margin: { top: number; right: number; bottom: number; left: number };
  barCategoryGap?: string;
  minTickGap?: number;
  className?: string;
  /** Y axes and reference lines, drawn before the tooltip and the overlays. */
  axes: ReactNode;
  tooltipLines: (row: R) => readonly TooltipLine[];
  shadeCursor?: boolean;
  /** The series, drawn between the incident shading and the official-post markers. */
  children: ReactNode;
};

/**
 * The frame every chart over time shares: legend, grid, time axis, a bucket tooltip with the official posts
 * made in it, incidents shaded behind the series and official posts marked on top.
 */
export function TimeChart<R extends { t: number }>({
  rows,
  spanMs,
  summary,
  height,
  legend,
  areas = [],
  markers = [],
  overlayAxisId,
  margin,
  barCategoryGap,
  minTickGap = 48,
  className = 'chart',
  axes,
  tooltipLines,
  shadeCursor,
  children,
}: TimeChartProps<R>) {
  const byT = new Map(rows.map((r) => [r.t, r]));
  const notesByT = markersByBucket(markers);
  return (
    <div className={className} role="img" aria-label={summary}>
      <ChartLegend items={[...legend, ...overlayLegend(areas, markers)]} />
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart data={[...rows]} margin={margin} {...(barCategoryGap ? { barCategoryGap } : {})}>
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis
            dataKey="t"
            tick={AXIS_TICK}
            tickLine={false}
            axisLine={{ stroke: CHART_COLORS.grid }}
            tickFormatter={(t: number) => formatTick(t, spanMs)}
            minTickGap={minTickGap}
          />
          {axes}
          {rowTooltip({
            rowAt: (label) => byT.get(Number(label)),
            title: (row) => formatShortDateTime(row.t),
            lines: tooltipLines,
            notes: (row) => markerNotes(notesByT.get(row.t)),
            shadeCursor,
          })}
          {incidentAreaElements(areas, overlayAxisId)}
          {children}
          {officialMarkerElements(markers, overlayAxisId)}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
