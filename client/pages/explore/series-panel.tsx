import type { ReactNode } from 'react';
import { useSeriesQuery } from '../../api/series';
import { EmptyState } from '../../components/ui/empty-state';
import { Panel } from '../../components/ui/panel';
import { QueryView } from '../../components/ui/query-view';
import type { SeriesParams } from '../../lib/api-urls';
import { perBucket } from '../../lib/format';
import { SeriesTable } from './series-table';

type SeriesPanelProps = { params: SeriesParams | null; brandName: string | null; actions?: ReactNode };

export function SeriesPanel({ params, brandName, actions }: SeriesPanelProps) {
  const series = useSeriesQuery(params);
  return (
    <Panel
      title="Time series"
      actions={actions}
      subtitle={
        params && brandName
          ? `${brandName}, ${perBucket(params.bucket)}, newest first. Counts every post about the brand; the other filters apply to Posts.`
          : undefined
      }
    >
      {params === null ? (
        <EmptyState title="Choose a brand to see its time series">
          The series counts posts, complaints and sentiment for one brand per time bucket.
        </EmptyState>
      ) : (
        <QueryView
          query={series}
          isEmpty={(data) => data.points.length === 0}
          empty={<EmptyState title="No data in this window" />}
          loadingHeight={300}
        >
          {(data) => <SeriesTable points={data.points} />}
        </QueryView>
      )}
    </Panel>
  );
}
