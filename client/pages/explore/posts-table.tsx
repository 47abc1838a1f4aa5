import type { Post } from '../../../shared/post';
import { HighlightedText } from '../../components/posts/highlighted-text';
import { PostBadges } from '../../components/posts/post-badges';
import { formatDateTime, formatRelative, formatSentiment, truncate } from '../../lib/format';
import { safeHttpUrl } from '../../lib/post-link';

const MAX_TEXT = 280;

type PostsTableProps = { posts: readonly Post[]; nowMs: number; brandNames: ReadonlyMap<string, string> };

export function PostsTable({ posts, nowMs, brandNames }: PostsTableProps) {
  return (
    <div className="table-wrap">
      <table className="table table--posts">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Author</th>
            <th scope="col">Post</th>
            <th scope="col" className="num">
              Sentiment
            </th>
            <th scope="col">Brands</th>
          </tr>
        </thead>
        <tbody>
          {posts.map((post) => {
            const url = safeHttpUrl(post.url);
            return (
              <tr
                key={`${post.source}:${post.id}`}
                className={post.score.complaint ? 'row--complaint' : undefined}
              >
                <td className="nowrap">
                  <time dateTime={post.createdAt} title={formatDateTime(post.createdAt)}>
                    {formatRelative(post.createdAt, nowMs)}
                  </time>
                </td>
                <td>
                  <div className="cell-author">{post.author}</div>
                  <div className="cell-muted">{post.source}</div>
                </td>
                <td className="cell-text">
                  <p>
                    <HighlightedText text={truncate(post.text, MAX_TEXT)} why={post.score.why} />
                  </p>
                  <div className="cell-post-footer">
                    <PostBadges post={post} />
                    {url ? (
                      <a href={url} target="_blank" rel="noopener noreferrer nofollow">
                        Open<span aria-hidden="true"> ↗</span>
                      </a>
                    ) : null}
                  </div>
                </td>
                <td className="num">{post.score.scored ? formatSentiment(post.score.sentiment) : '–'}</td>
                <td>{post.brands.map((id) => brandNames.get(id) ?? id).join(', ') || '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
