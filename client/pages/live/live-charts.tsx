import type { SeriesResponse } from '../../../shared/series';
import { useSeriesQuery } from '../../api/series';
import { CategoryChart } from '../../components/charts/category-chart';
import { ComplaintVolumeChart } from '../../components/charts/complaint-volume-chart';
import { SentimentChart } from '../../components/charts/sentiment-chart';
import { EmptyState } from '../../components/ui/empty-state';
import { Panel } from '../../components/ui/panel';
import { QueryView } from '../../components/ui/query-view';
import { SegmentedControl } from '../../components/ui/segmented-control';
import { formatCount } from '../../lib/format';
import { type LiveWindow, type LiveWindowId, liveWindowOptions } from '../../lib/live-window';
import {
  hasActivity,
  seriesTotals,
  toCategoryRows,
  toSentimentRows,
  toVolumeRows,
} from '../../lib/series-rows';
import { useChartOverlays } from './use-chart-overlays';

type LiveChartsProps = {
  brandId: string;
  brandName: string;
  window: LiveWindow;
  /** One clock for the page: also decides which bucket is still running. */
  nowMs: number;
  incidentOpen: boolean;
  onWindowChange: (id: LiveWindowId) => void;
};

/** The three charts share one series request for the selected brand and window. */
export function LiveCharts({
  brandId,
  brandName,
  window: live,
  nowMs,
  incidentOpen,
  onWindowChange,
}: LiveChartsProps) {
  const series = useSeriesQuery({ brand: brandId, range: live.series, bucket: live.bucket });
  const window = live.zoomed ? 'incident window' : live.words;
  const noActivity = (
    <EmptyState title={`No posts about ${brandName} in the ${window}`}>
      The charts fill in as soon as matching posts arrive.
    </EmptyState>
  );
  const isEmpty = (data: SeriesResponse) => !hasActivity(data.points);
  const overlays = useChartOverlays(brandId, live);
  const startsOf = (data: SeriesResponse) => data.points.map((p) => Date.parse(p.t));

  return (
    <div className="live-charts">
      <Panel
        title="Complaint volume"
        subtitle={`Complaints per hour, ${live.words}.`}
        actions={
          <SegmentedControl
            label="Time window"
            options={liveWindowOptions(incidentOpen)}
            value={live.id}
            onChange={onWindowChange}
          />
        }
      >
        <QueryView query={series} isEmpty={isEmpty} empty={noActivity} loadingHeight={280}>
          {(data) => {
            const totals = seriesTotals(data.points);
            return (
              <ComplaintVolumeChart
                {...overlays(startsOf(data))}
                rows={toVolumeRows(data.points, live.bucketMs, nowMs)}
                spanMs={live.spanMs}
                summary={`${formatCount(totals.complaints)} complaints in the ${window}, ${formatCount(totals.expected)} expected.`}
              />
            );
          }}
        </QueryView>
      </Panel>
      <Panel
        title="Sentiment"
        subtitle={`From −1 (negative) to +1 (positive), ${live.words}, averaged over ${live.smoothLabel}.`}
      >
        <QueryView query={series} isEmpty={isEmpty} empty={noActivity} loadingHeight={220}>
          {(data) => (
            <SentimentChart
              {...overlays(startsOf(data))}
              rows={toSentimentRows(data.points, live.smooth)}
              spanMs={live.spanMs}
              summary={`Sentiment and negative share for ${brandName}, ${window}.`}
            />
          )}
        </QueryView>
      </Panel>
      <Panel title="Complaints by category" subtitle={`What people complain about, ${live.words}.`}>
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
