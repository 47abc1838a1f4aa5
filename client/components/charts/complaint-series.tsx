import { Area, Bar, Cell, Line, YAxis } from 'recharts';
import type { ComplaintRow } from '../../lib/complaint-rows';
import { formatBand, formatCount } from '../../lib/format';
import { AXIS_TICK, CHART_COLORS } from './chart-colors';
import type { LegendItem } from './chart-legend';
import type { TooltipLine } from './chart-tooltip';

/** The pieces shared by the charts of complaints against the expected band (Live volume, incident timeline). */

export const complaintLegend = (barLabel: string): LegendItem[] => [
  { label: barLabel, color: CHART_COLORS.complaints, kind: 'bar' },
  { label: 'Above the normal range', color: CHART_COLORS.complaintsAbove, kind: 'bar' },
  { label: 'Expected', color: CHART_COLORS.expected, kind: 'dashed' },
  { label: 'Normal range', color: 'var(--chart-band-key)', kind: 'area' },
];

export const complaintTooltipLines = (row: ComplaintRow): TooltipLine[] => [
  { label: 'Complaints', value: formatCount(row.complaints), color: CHART_COLORS.complaints },
  { label: 'Expected', value: formatCount(row.expected), color: CHART_COLORS.expected },
  { label: 'Normal range', value: formatBand(row.band) },
];

export const countAxis = () => (
  <YAxis tick={AXIS_TICK} tickLine={false} axisLine={false} allowDecimals={false} width={44} />
);

/** The normal range as a band, complaints as bars (alert colour above the band) and the expected line. */
export function complaintSeries(rows: readonly ComplaintRow[], barRadius?: [number, number, number, number]) {
  return [
    <Area
      key="band"
      dataKey="band"
      name="Normal range"
      stroke="none"
      fill={CHART_COLORS.band}
      fillOpacity={1}
      isAnimationActive={false}
      connectNulls={false}
    />,
    <Bar
      key="complaints"
      dataKey="complaints"
      name="Complaints"
      isAnimationActive={false}
      {...(barRadius ? { radius: barRadius } : {})}
    >
      {rows.map((r) => (
        <Cell key={r.t} fill={r.above ? CHART_COLORS.complaintsAbove : CHART_COLORS.complaints} />
      ))}
    </Bar>,
    <Line
      key="expected"
      dataKey="expected"
      name="Expected"
      stroke={CHART_COLORS.expected}
      strokeDasharray="4 3"
      strokeWidth={1.5}
      dot={false}
      isAnimationActive={false}
    />,
  ];
}
