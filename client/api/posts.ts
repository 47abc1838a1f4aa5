import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { PageSchema, PostSchema } from '../../shared/post';
import { postsQueryRecord, resolvePostsParams } from '../lib/api-urls';
import type { PostsParams } from '../lib/api-urls';
import { api, withSignal } from './client';
import { unwrapParsed } from './http';
import { usePollInterval } from './live';

const PostPageSchema = PageSchema(PostSchema);

async function fetchPosts(params: PostsParams, cursor: string | null, signal: AbortSignal) {
  const query = postsQueryRecord(resolvePostsParams(params, Date.now()), cursor);
  return unwrapParsed(await api.api.v1.posts.$get({ query }, withSignal(signal)), PostPageSchema);
}

export const postKeys = {
  recent: (params: PostsParams) => ['posts', 'recent', params] as const,
  pages: (params: PostsParams) => ['posts', 'pages', params] as const,
};

/** The newest posts for the live list: one page, refreshed by stream events. */
export const recentPostsQueryOptions = (params: PostsParams, refetchInterval: number) =>
  queryOptions({
    queryKey: postKeys.recent(params),
    queryFn: ({ signal }) => fetchPosts(params, null, signal),
    refetchInterval,
  });

export const useRecentPostsQuery = (params: PostsParams) =>
  useQuery(recentPostsQueryOptions(params, usePollInterval()));

/** Explore's paged table; "Load more" follows the server's cursor. */
export const postPagesQueryOptions = (params: PostsParams) =>
  infiniteQueryOptions({
    queryKey: postKeys.pages(params),
    queryFn: ({ signal, pageParam }) => fetchPosts(params, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export const usePostPagesQuery = (params: PostsParams) => useInfiniteQuery(postPagesQueryOptions(params));
