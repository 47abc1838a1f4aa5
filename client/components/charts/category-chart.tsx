import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { formatCount } from '../../lib/format';
import type { CategoryRow } from '../../lib/series-rows';
import { AXIS_TICK, CHART_COLORS } from './chart-colors';
import { rowTooltip } from './chart-tooltip';

type CategoryChartProps = { rows: readonly CategoryRow[]; summary: string };

const ROW_HEIGHT = 30;

/** Complaints per category as horizontal bars, largest first, with the count at the bar's end. */
export function CategoryChart({ rows, summary }: CategoryChartProps) {
  const byName = new Map(rows.map((r) => [r.name, r]));
  return (
    <div className="chart" role="img" aria-label={summary}>
      <ResponsiveContainer width="100%" height={rows.length * ROW_HEIGHT + 16}>
        <BarChart data={[...rows]} layout="vertical" margin={{ top: 0, right: 40, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
          <XAxis type="number" hide allowDecimals={false} />
          <YAxis
            type="category"
            dataKey="name"
            tick={AXIS_TICK}
            tickLine={false}
            axisLine={false}
            width={170}
            interval={0}
          />
          {rowTooltip({
            rowAt: (label) => byName.get(String(label)),
            title: (row) => row.name,
            lines: (row) => [
              { label: 'Complaints', value: formatCount(row.count), color: CHART_COLORS.category },
            ],
            shadeCursor: true,
          })}
          <Bar
            dataKey="count"
            name="Complaints"
            fill={CHART_COLORS.category}
            radius={[0, 3, 3, 0]}
            barSize={18}
            isAnimationActive={false}
          >
            <LabelList dataKey="count" position="right" fill="var(--text)" fontSize={12} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
