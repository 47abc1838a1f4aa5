import type { Post } from '../../../shared/post';
import { PostCard } from './post-card';

type PostListProps = { posts: readonly Post[]; nowMs: number; label: string };

export function PostList({ posts, nowMs, label }: PostListProps) {
  return (
    <ol className="post-list" aria-label={label}>
      {posts.map((post) => (
        <li key={`${post.source}:${post.id}`}>
          <PostCard post={post} nowMs={nowMs} />
        </li>
      ))}
    </ol>
  );
}
