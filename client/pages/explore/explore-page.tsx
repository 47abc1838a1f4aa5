import { useSearchParams } from 'react-router';
import { useBrandsQuery } from '../../api/brands';
import { PageHeader } from '../../components/ui/page-header';
import { SegmentedControl } from '../../components/ui/segmented-control';
import { useNow } from '../../hooks/use-now';
import { resolvePostsParams, resolveSeriesParams } from '../../lib/api-urls';
import type { SeriesParams } from '../../lib/api-urls';
import { filtersFromSearch, filtersToPostsParams, filtersToSearch } from '../../lib/explore-filters';
import type { ExploreFilters } from '../../lib/explore-filters';
import { bucketFor } from '../../lib/time-range';
import { ExportLinks } from './export-links';
import { ExploreFiltersForm } from './explore-filters-form';
import { PostsPanel } from './posts-panel';
import { SeriesPanel } from './series-panel';

/** Rows per request; "Load more" fetches the next page with the server's cursor. */
export const EXPLORE_PAGE_SIZE = 50;

const VIEW_OPTIONS = [
  { id: 'posts', label: 'Posts' },
  { id: 'series', label: 'Time series' },
] as const;

export function ExplorePage() {
  const [search, setSearch] = useSearchParams();
  const brands = useBrandsQuery();
  const nowMs = useNow();
  const filters = filtersFromSearch(search);
  const postsParams = filtersToPostsParams(filters, EXPLORE_PAGE_SIZE);
  const seriesParams: SeriesParams | null = filters.brand
    ? { brand: filters.brand, range: filters.range, bucket: bucketFor(filters.range) }
    : null;
  const brandList = brands.data?.items ?? [];
  const brandNames = new Map(brandList.map((b) => [b.id, b.name]));
  const setFilters = (next: ExploreFilters): void => setSearch(filtersToSearch(next));
  const viewToggle = (
    <SegmentedControl
      label="Show"
      options={VIEW_OPTIONS}
      value={filters.view}
      onChange={(view) => setFilters({ ...filters, view })}
    />
  );

  return (
    <>
      <title>Explore · Outcry</title>
      <PageHeader
        title="Explore"
        description="Filter the posts behind the charts, check the numbers, and export them."
        actions={
          <ExportLinks
            posts={resolvePostsParams(postsParams, nowMs)}
            series={seriesParams ? resolveSeriesParams(seriesParams, nowMs) : null}
          />
        }
      />
      <ExploreFiltersForm
        filters={filters}
        brands={brandList}
        onChange={setFilters}
        onReset={() => setSearch(filters.view === 'posts' ? new URLSearchParams() : { view: filters.view })}
      />
      {filters.view === 'posts' ? (
        <PostsPanel params={postsParams} nowMs={nowMs} brandNames={brandNames} actions={viewToggle} />
      ) : (
        <SeriesPanel
          params={seriesParams}
          brandName={filters.brand ? (brandNames.get(filters.brand) ?? filters.brand) : null}
          actions={viewToggle}
        />
      )}
    </>
  );
}
