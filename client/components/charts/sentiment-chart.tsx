import { Area, Line, ReferenceLine, YAxis } from 'recharts';
import { formatSentiment, formatShare } from '../../lib/format';
import type { SentimentRow } from '../../lib/series-rows';
import { AXIS_TICK, CHART_COLORS } from './chart-colors';
import { TimeChart } from './time-chart';
import type { TimeSeriesChartProps } from './time-chart';

const LEGEND = [
  { label: 'Mean sentiment (left axis)', color: CHART_COLORS.sentiment, kind: 'line' },
  { label: 'Negative share (right axis)', color: CHART_COLORS.negative, kind: 'area' },
] as const;

/** Sentiment on the left, negative share on the right, and the neutral line. */
const sentimentAxes = () => [
  <YAxis
    key="sentiment"
    yAxisId="sentiment"
    domain={[-1, 1]}
    ticks={[-1, -0.5, 0, 0.5, 1]}
    tick={AXIS_TICK}
    tickLine={false}
    axisLine={false}
    width={44}
  />,
  <YAxis
    key="share"
    yAxisId="share"
    orientation="right"
    domain={[0, 1]}
    ticks={[0, 0.5, 1]}
    tickFormatter={(v: number) => formatShare(v)}
    tick={AXIS_TICK}
    tickLine={false}
    axisLine={false}
    width={44}
  />,
  <ReferenceLine key="zero" yAxisId="sentiment" y={0} stroke={CHART_COLORS.axis} strokeOpacity={0.4} />,
];

const tooltipLines = (row: SentimentRow) => [
  { label: 'Mean sentiment', value: formatSentiment(row.meanSentiment), color: CHART_COLORS.sentiment },
  { label: 'Negative share', value: formatShare(row.negativeShare), color: CHART_COLORS.negative },
];

/** Mean sentiment (-1..1, left axis) as a line over the share of negative posts (0..100 %, right axis). */
export function SentimentChart({ height = 220, ...chart }: TimeSeriesChartProps<SentimentRow>) {
  return (
    <TimeChart
      {...chart}
      height={height}
      legend={LEGEND}
      overlayAxisId="sentiment"
      margin={{ top: 8, right: 0, bottom: 0, left: -8 }}
      axes={sentimentAxes()}
      tooltipLines={tooltipLines}
    >
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
    </TimeChart>
  );
}
