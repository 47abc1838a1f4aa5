import type { PostsQuery, SeriesQuery } from '../../lib/api-urls';
import { postsExportUrl, seriesExportUrl } from '../../lib/api-urls';

type ExportLinksProps = { posts: PostsQuery; series: SeriesQuery | null };

/** Downloads use the same API URLs as the page, so an export always matches what is on screen. */
export function ExportLinks({ posts, series }: ExportLinksProps) {
  return (
    <div className="export-links">
      <span className="export-links__label">Export posts</span>
      <a className="button button--small" href={postsExportUrl(posts, 'csv')} download>
        CSV
      </a>
      <a className="button button--small" href={postsExportUrl(posts, 'ndjson')} download>
        JSON (NDJSON)
      </a>
      <span className="export-links__label">Export series</span>
      {series ? (
        <>
          <a className="button button--small" href={seriesExportUrl(series, 'csv')} download>
            CSV
          </a>
          <a className="button button--small" href={seriesExportUrl(series, 'json')} download>
            JSON
          </a>
        </>
      ) : (
        <span className="export-links__hint">choose a brand</span>
      )}
    </div>
  );
}
