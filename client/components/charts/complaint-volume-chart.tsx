import { formatCount } from '../../lib/format';
import type { VolumeRow } from '../../lib/series-rows';
import {
  complaintLegend,
  complaintSeries,
  complaintTooltipLines,
  countAxis,
  partialLegend,
} from './complaint-series';
import { TimeChart } from './time-chart';
import type { TimeSeriesChartProps } from './time-chart';

const LEGEND = complaintLegend('Complaints per hour');
const PER_HOUR = '/h';

/**
 * Complaints per hour as bars over the expected band; bars above the band turn to the alert colour and the
 * bucket still running is outlined ("so far").
 */
export function ComplaintVolumeChart({ height = 280, ...chart }: TimeSeriesChartProps<VolumeRow>) {
  return (
    <TimeChart
      {...chart}
      height={height}
      legend={[...LEGEND, ...partialLegend(chart.rows)]}
      margin={{ top: 8, right: 8, bottom: 0, left: -8 }}
      barCategoryGap="12%"
      axes={countAxis()}
      tooltipLines={(row) => [
        ...complaintTooltipLines(row, PER_HOUR),
        { label: row.partial ? 'In this bucket so far' : 'In this bucket', value: formatCount(row.count) },
        { label: 'All posts', value: `${formatCount(row.posts)}${PER_HOUR}` },
      ]}
      shadeCursor
    >
      {complaintSeries(chart.rows, [2, 2, 0, 0])}
    </TimeChart>
  );
}
