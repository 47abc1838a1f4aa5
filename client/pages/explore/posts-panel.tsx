import type { ReactNode } from 'react';
import { usePostPagesQuery } from '../../api/posts';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorPanel } from '../../components/ui/error-panel';
import { Panel } from '../../components/ui/panel';
import { QueryView } from '../../components/ui/query-view';
import type { PostsParams } from '../../lib/api-urls';
import { PostsTable } from './posts-table';

type PostsPanelProps = {
  params: PostsParams;
  nowMs: number;
  brandNames: ReadonlyMap<string, string>;
  actions?: ReactNode;
};

export function PostsPanel({ params, nowMs, brandNames, actions }: PostsPanelProps) {
  const pages = usePostPagesQuery(params);
  const posts = pages.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Panel
      title="Posts"
      actions={actions}
      subtitle={
        pages.data
          ? `${posts.length}${pages.hasNextPage ? '+' : ''} matching, newest first.`
          : 'Newest first.'
      }
    >
      <QueryView
        query={pages}
        isEmpty={(data) => data.pages.every((p) => p.items.length === 0)}
        empty={
          <EmptyState title="No posts match these filters">Try a longer window or fewer filters.</EmptyState>
        }
        loadingHeight={300}
      >
        {() => (
          <>
            <PostsTable posts={posts} nowMs={nowMs} brandNames={brandNames} />
            {pages.isFetchNextPageError ? (
              <ErrorPanel
                title="Could not load more posts"
                error={pages.error}
                onRetry={() => void pages.fetchNextPage()}
              />
            ) : null}
            {pages.hasNextPage ? (
              <div className="table-more">
                <button
                  type="button"
                  className="button"
                  disabled={pages.isFetchingNextPage}
                  onClick={() => void pages.fetchNextPage()}
                >
                  {pages.isFetchingNextPage ? 'Loading…' : 'Load more'}
                </button>
              </div>
            ) : null}
          </>
        )}
      </QueryView>
    </Panel>
  );
}
