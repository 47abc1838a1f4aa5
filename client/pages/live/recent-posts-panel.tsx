import { useState } from 'react';
import { Link } from 'react-router';
import { useRecentPostsQuery } from '../../api/posts';
import { PostList } from '../../components/posts/post-list';
import { EmptyState } from '../../components/ui/empty-state';
import { Panel } from '../../components/ui/panel';
import { QueryView } from '../../components/ui/query-view';
import { SegmentedControl } from '../../components/ui/segmented-control';
import { useNow } from '../../hooks/use-now';
import type { PostsParams } from '../../lib/api-urls';

/** Enough to see the conversation's shape without turning the panel into a feed reader. */
export const LIVE_POSTS_LIMIT = 30;

const FILTERS = [
  { id: 'all', label: 'All' },
  { id: 'complaints', label: 'Complaints' },
  { id: 'official', label: 'Official' },
] as const;
type PostFilter = (typeof FILTERS)[number]['id'];

const FILTER_PARAMS: Record<PostFilter, Partial<PostsParams>> = {
  all: {},
  complaints: { complaint: true },
  official: { official: true },
};

/** The same filter as Explore URL parameters, for the "see all" link. */
const EXPLORE_FILTER: Record<PostFilter, Record<string, string>> = {
  all: {},
  complaints: { complaint: 'true' },
  official: { official: 'true' },
};

const EMPTY_TEXT: Record<PostFilter, string> = {
  all: 'No posts yet',
  complaints: 'No complaints yet',
  official: 'No official posts yet',
};

export function RecentPostsPanel({ brandId }: { brandId: string }) {
  const [filter, setFilter] = useState<PostFilter>('all');
  const posts = useRecentPostsQuery({ brand: brandId, ...FILTER_PARAMS[filter], limit: LIVE_POSTS_LIMIT });
  const nowMs = useNow();
  return (
    <Panel
      title="Recent posts"
      subtitle="Newest first; updates by itself. Highlighted words drove the score."
      className="panel--posts"
      actions={<SegmentedControl label="Show" options={FILTERS} value={filter} onChange={setFilter} />}
    >
      <QueryView
        query={posts}
        isEmpty={(data) => data.items.length === 0}
        empty={<EmptyState title={EMPTY_TEXT[filter]}>New posts appear here as they arrive.</EmptyState>}
        loadingHeight={400}
      >
        {(data) => (
          <>
            <PostList posts={data.items} nowMs={nowMs} label="Recent posts" />
            <p className="post-list__more">
              <Link to={`/explore?${new URLSearchParams({ brand: brandId, ...EXPLORE_FILTER[filter] })}`}>
                All matching posts in Explore<span aria-hidden="true"> →</span>
              </Link>
            </p>
          </>
        )}
      </QueryView>
    </Panel>
  );
}
