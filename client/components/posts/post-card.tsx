import type { Post } from '../../../shared/post';
import { formatRelative, truncate } from '../../lib/format';
import { Timestamp } from '../ui/timestamp';
import { HighlightedText } from './highlighted-text';
import { OpenLink } from './post-meta';
import { PostBadges } from './post-badges';

/** Long posts are cut for the list; the full text is one click away at the source. */
const MAX_TEXT = 480;

type PostCardProps = { post: Post; nowMs: number };

export function PostCard({ post, nowMs }: PostCardProps) {
  const tone = post.official ? 'post--official' : post.score.complaint ? 'post--complaint' : '';
  return (
    <article className={`post ${tone}`} data-post-id={`${post.source}:${post.id}`}>
      <header className="post__meta">
        <span className="post__author" title={post.author}>
          {post.author}
        </span>
        <span className="post__source">{post.source}</span>
        <Timestamp className="post__time" iso={post.createdAt}>
          {formatRelative(post.createdAt, nowMs)}
        </Timestamp>
      </header>
      <p className="post__text">
        <HighlightedText text={truncate(post.text, MAX_TEXT)} why={post.score.why} />
      </p>
      <footer className="post__footer">
        <PostBadges post={post} />
        <OpenLink className="post__link" url={post.url}>
          Open original
        </OpenLink>
      </footer>
    </article>
  );
}
