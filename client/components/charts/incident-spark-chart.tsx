import {
  Area,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import type { Spark } from '../../lib/compare-rows';
import { truncate } from '../../lib/format';
import { AXIS_TICK, CHART_COLORS } from './chart-colors';
import { INCIDENT_FILL, VERDICT_COLOR } from './overlay-colors';

type IncidentSparkChartProps = {
  spark: Spark;
  /** Shared by every small multiple, so their shapes compare honestly. */
  xDomain: [number, number];
  yMax: number;
  ticks: readonly number[];
  tickFormatter: (x: number) => string;
  summary: string;
  height?: number;
};

type LineShapeProps = { x1?: number; y1?: number; x2?: number; y2?: number };

/** One incident in a small multiple: complaints per minute, the incident shaded, statements as ticks. */
export function IncidentSparkChart({
  spark,
  xDomain,
  yMax,
  ticks,
  tickFormatter,
  summary,
  height = 150,
}: IncidentSparkChartProps) {
  return (
    <div className="chart chart--spark" role="img" aria-label={summary}>
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart data={spark.rows} margin={{ top: 10, right: 6, bottom: 0, left: -20 }}>
          <XAxis
            dataKey="x"
            type="number"
            domain={xDomain}
            tick={AXIS_TICK}
            tickLine={false}
            axisLine={{ stroke: CHART_COLORS.grid }}
            tickFormatter={tickFormatter}
            ticks={[...ticks]}
            interval="preserveStartEnd"
            allowDataOverflow
          />
          <YAxis
            domain={[0, yMax]}
            tick={AXIS_TICK}
            tickLine={false}
            axisLine={false}
            width={44}
            allowDecimals={false}
          />
          <ReferenceArea
            x1={spark.span.x1}
            x2={spark.span.x2}
            fill={INCIDENT_FILL.open}
            fillOpacity={1}
            stroke="none"
            ifOverflow="hidden"
            zIndex={50}
          />
          <Area
            dataKey="complaints"
            stroke={CHART_COLORS.complaints}
            fill={CHART_COLORS.complaints}
            fillOpacity={0.25}
            strokeWidth={1.25}
            isAnimationActive={false}
            dot={false}
          />
          <Line
            dataKey="expected"
            stroke={CHART_COLORS.expected}
            strokeDasharray="4 3"
            strokeWidth={1}
            dot={false}
            isAnimationActive={false}
          />
          {spark.markers.map((m) => (
            <ReferenceLine
              key={m.key}
              x={m.x}
              ifOverflow="hidden"
              zIndex={450}
              shape={({ x1 = 0, y1 = 0, y2 = 0 }: LineShapeProps) => (
                <g className="official-marker" data-verdict={m.verdict ?? 'unknown'}>
                  <title>{truncate(m.title, 140)}</title>
                  <line
                    x1={x1}
                    x2={x1}
                    y1={Math.min(y1, y2)}
                    y2={Math.max(y1, y2)}
                    stroke={VERDICT_COLOR[m.verdict ?? 'unknown']}
                    strokeWidth={1.5}
                    strokeDasharray="3 2"
                  />
                  <circle
                    cx={x1}
                    cy={Math.min(y1, y2) + 4}
                    r={4}
                    fill={VERDICT_COLOR[m.verdict ?? 'unknown']}
                  />
                </g>
              )}
            />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
