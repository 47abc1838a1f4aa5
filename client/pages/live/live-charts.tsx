import type { SeriesResponse } from '../../../shared/series';
import { useSeriesQuery } from '../../api/series';
import { CategoryChart } from '../../components/charts/category-chart';
import { ComplaintVolumeChart } from '../../components/charts/complaint-volume-chart';
import { SentimentChart } from '../../components/charts/sentiment-chart';
import { EmptyState } from '../../components/ui/empty-state';
import { Panel } from '../../components/ui/panel';
import { QueryView } from '../../components/ui/query-view';
import { SegmentedControl } from '../../components/ui/segmented-control';
import { formatCount, perBucket } from '../../lib/format';
import {
  hasActivity,
  seriesTotals,
  toCategoryRows,
  toSentimentRows,
  toVolumeRows,
} from '../../lib/series-rows';
import { RANGE_PRESETS } from '../../lib/time-range';
import type { RangeId, RangePreset } from '../../lib/time-range';
import { useChartOverlays } from './use-chart-overlays';

type LiveChartsProps = {
  brandId: string;
  brandName: string;
  range: RangePreset;
  onRangeChange: (id: RangeId) => void;
};

const LIVE_RANGES = RANGE_PRESETS.filter((r) => r.id !== '7d');

/** The three charts share one series request for the selected brand and window. */
export function LiveCharts({ brandId, brandName, range, onRangeChange }: LiveChartsProps) {
  const series = useSeriesQuery({
    brand: brandId,
    range: { kind: 'last', id: range.id },
    bucket: range.bucket,
  });
  const window = `last ${range.label}`;
  const noActivity = (
    <EmptyState title={`No posts about ${brandName} in the ${window}`}>
      The charts fill in as soon as matching posts arrive.
    </EmptyState>
  );
  const isEmpty = (data: SeriesResponse) => !hasActivity(data.points);
  const overlays = useChartOverlays(brandId, range);
  const startsOf = (data: SeriesResponse) => data.points.map((p) => Date.parse(p.t));

  return (
    <div className="live-charts">
      <Panel
        title="Complaint volume"
        subtitle={`Complaints ${perBucket(range.bucket)}, ${window}.`}
        actions={
          <SegmentedControl
            label="Time window"
            options={LIVE_RANGES}
            value={range.id}
            onChange={onRangeChange}
          />
        }
      >
        <QueryView query={series} isEmpty={isEmpty} empty={noActivity} loadingHeight={280}>
          {(data) => {
            const totals = seriesTotals(data.points);
            return (
              <ComplaintVolumeChart
                {...overlays(startsOf(data))}
                rows={toVolumeRows(data.points)}
                spanMs={range.ms}
                summary={`${formatCount(totals.complaints)} complaints in the ${window}, ${formatCount(totals.expected)} expected.`}
              />
            );
          }}
        </QueryView>
      </Panel>
      <Panel
        title="Sentiment"
        subtitle={`From −1 (negative) to +1 (positive), ${window}, averaged over ${range.smoothLabel}.`}
      >
        <QueryView query={series} isEmpty={isEmpty} empty={noActivity} loadingHeight={220}>
          {(data) => (
            <SentimentChart
              {...overlays(startsOf(data))}
              rows={toSentimentRows(data.points, range.smooth)}
              spanMs={range.ms}
              summary={`Sentiment and negative share for ${brandName}, ${window}.`}
            />
          )}
        </QueryView>
      </Panel>
      <Panel title="Complaints by category" subtitle={`What people complain about, ${window}.`}>
        <QueryView
          query={series}
          isEmpty={(data) => toCategoryRows(data.points).length === 0}
          empty={<EmptyState title="No categorised complaints in this window" />}
          loadingHeight={160}
        >
          {(data) => {
            const rows = toCategoryRows(data.points);
            return (
              <CategoryChart rows={rows} summary={rows.map((r) => `${r.name}: ${r.count}`).join(', ')} />
            );
          }}
        </QueryView>
      </Panel>
    </div>
  );
}
