import { formatCount } from '../../lib/format';
import type { VolumeRow } from '../../lib/series-rows';
import { complaintLegend, complaintSeries, complaintTooltipLines, countAxis } from './complaint-series';
import { TimeChart } from './time-chart';
import type { TimeSeriesChartProps } from './time-chart';

const LEGEND = complaintLegend('Complaints');

/** Complaints per bucket as bars over the expected band; bars above the band turn to the alert colour. */
export function ComplaintVolumeChart({ height = 280, ...chart }: TimeSeriesChartProps<VolumeRow>) {
  return (
    <TimeChart
      {...chart}
      height={height}
      legend={LEGEND}
      margin={{ top: 8, right: 8, bottom: 0, left: -8 }}
      barCategoryGap="12%"
      axes={countAxis()}
      tooltipLines={(row) => [
        ...complaintTooltipLines(row),
        { label: 'All posts', value: formatCount(row.posts) },
      ]}
      shadeCursor
    >
      {complaintSeries(chart.rows, [2, 2, 0, 0])}
    </TimeChart>
  );
}
