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

/** `unit` follows each figure, e.g. "/h" on Live where bars are rates per hour. */
export const complaintTooltipLines = (row: ComplaintRow, unit = ''): TooltipLine[] => [
  {
    label: row.partial ? 'Complaints so far' : 'Complaints',
    value: `${formatCount(row.complaints)}${unit}`,
    color: CHART_COLORS.complaints,
  },
  { label: 'Expected', value: `${formatCount(row.expected)}${unit}`, color: CHART_COLORS.expected },
  { label: 'Normal range', value: `${formatBand(row.band)}${row.band ? unit : ''}` },
];

/** Legend entry for the running bucket, only when the chart has one. */
export const partialLegend = (rows: readonly ComplaintRow[]): LegendItem[] =>
  rows.some((r) => r.partial)
    ? [{ label: 'Last bar: so far (bucket not over)', color: CHART_COLORS.complaints, kind: 'outline' }]
    : [];

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
      {rows.map((r) => {
        const color = r.above ? CHART_COLORS.complaintsAbove : CHART_COLORS.complaints;
        return r.partial ? (
          <Cell
            key={r.t}
            fill="transparent"
            stroke={color}
            strokeWidth={1.5}
            strokeDasharray="3 2"
            className="bar--partial"
          />
        ) : (
          <Cell key={r.t} fill={color} />
        );
      })}
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
