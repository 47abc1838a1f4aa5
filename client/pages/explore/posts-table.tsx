import type { Post } from '../../../shared/post';
import { HighlightedText } from '../../components/posts/highlighted-text';
import { OpenLink } from '../../components/posts/post-meta';
import { PostBadges } from '../../components/posts/post-badges';
import { DataTable, num } from '../../components/ui/data-table';
import { Timestamp } from '../../components/ui/timestamp';
import { formatRelative, formatSentiment, truncate } from '../../lib/format';

const MAX_TEXT = 280;
const COLUMNS = ['When', 'Author', 'Post', num('Sentiment'), 'Brands'];

type PostsTableProps = { posts: readonly Post[]; nowMs: number; brandNames: ReadonlyMap<string, string> };

export function PostsTable({ posts, nowMs, brandNames }: PostsTableProps) {
  return (
    <DataTable className="table--posts" columns={COLUMNS}>
      {posts.map((post) => (
        <tr key={`${post.source}:${post.id}`} className={post.score.complaint ? 'row--complaint' : undefined}>
          <td className="nowrap">
            <Timestamp iso={post.createdAt}>{formatRelative(post.createdAt, nowMs)}</Timestamp>
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
              <OpenLink url={post.url} />
            </div>
          </td>
          <td className="num">{post.score.scored ? formatSentiment(post.score.sentiment) : '–'}</td>
          <td>{post.brands.map((id) => brandNames.get(id) ?? id).join(', ') || '–'}</td>
        </tr>
      ))}
    </DataTable>
  );
}
