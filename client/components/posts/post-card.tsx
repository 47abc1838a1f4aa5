import type { Post } from '../../../shared/post';
import { formatDateTime, formatRelative, truncate } from '../../lib/format';
import { safeHttpUrl } from '../../lib/post-link';
import { HighlightedText } from './highlighted-text';
import { PostBadges } from './post-badges';

/** Long posts are cut for the list; the full text is one click away at the source. */
const MAX_TEXT = 480;

type PostCardProps = { post: Post; nowMs: number };

export function PostCard({ post, nowMs }: PostCardProps) {
  const url = safeHttpUrl(post.url);
  const tone = post.official ? 'post--official' : post.score.complaint ? 'post--complaint' : '';
  return (
    <article className={`post ${tone}`} data-post-id={`${post.source}:${post.id}`}>
      <header className="post__meta">
        <span className="post__author" title={post.author}>
          {post.author}
        </span>
        <span className="post__source">{post.source}</span>
        <time className="post__time" dateTime={post.createdAt} title={formatDateTime(post.createdAt)}>
          {formatRelative(post.createdAt, nowMs)}
        </time>
      </header>
      <p className="post__text">
        <HighlightedText text={truncate(post.text, MAX_TEXT)} why={post.score.why} />
      </p>
      <footer className="post__footer">
        <PostBadges post={post} />
        {url ? (
          <a className="post__link" href={url} target="_blank" rel="noopener noreferrer nofollow">
            Open original<span aria-hidden="true"> ↗</span>
          </a>
        ) : null}
      </footer>
    </article>
  );
}
