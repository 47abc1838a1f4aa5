import { Link } from 'react-router';
import type { HarmPost, HarmTriage } from '../../../shared/communication';
import { PostByline } from '../../components/posts/post-meta';
import { EmptyState } from '../../components/ui/empty-state';
import { Panel } from '../../components/ui/panel';
import { formatCount } from '../../lib/format';

function HarmItem({ post }: { post: HarmPost }) {
  return (
    <li className="harm-item">
      <p className="harm-item__text">{post.text}</p>
      <p className="quote__meta">
        <PostByline author={post.author} at={post.at} url={post.url} shares={post.shares} />
      </p>
    </li>
  );
}

const harmKey = (p: HarmPost): string => `${p.source}:${p.id}`;

function HarmList({ title, posts }: { title: string; posts: readonly HarmPost[] }) {
  if (posts.length === 0) return null;
  return (
    <div>
      <h3 className="report__h3">{title}</h3>
      <ol className="harm-list">
        {posts.map((p) => (
          <HarmItem key={harmKey(p)} post={p} />
        ))}
      </ol>
    </div>
  );
}

/** A report lists a few; the rest are one click away in Explore. */
const SHOWN = 5;

/** Posts about lost money, fraud or safety: the ones a human should answer first. */
export function HarmPanel({ harm, brand, from }: { harm: HarmTriage; brand: string; from: string }) {
  const mostShared = harm.mostShared.filter((p) => (p.shares ?? 0) > 0).slice(0, SHOWN);
  const seen = new Set(mostShared.map(harmKey));
  const newest = harm.newest.filter((p) => !seen.has(harmKey(p))).slice(0, SHOWN);
  const rest = harm.count - mostShared.length - newest.length;
  const explore = `/explore?${new URLSearchParams({ brand, harm: 'true', from, to: new Date().toISOString() })}`;
  return (
    <Panel
      title="Harm triage"
      subtitle={`${formatCount(harm.count)} post${harm.count === 1 ? '' : 's'} mention lost money, fraud or safety. Answer these first.`}
      className="report__harm"
    >
      {harm.count === 0 ? (
        <EmptyState title="No posts about harm">Nobody wrote about lost money, fraud or safety.</EmptyState>
      ) : (
        <div className="harm">
          <HarmList title="Most shared" posts={mostShared} />
          <HarmList title="Newest" posts={newest} />
        </div>
      )}
      {rest > 0 ? (
        <p className="post-list__more">
          <Link to={explore}>
            {formatCount(rest)} more in Explore<span aria-hidden="true"> →</span>
          </Link>
        </p>
      ) : null}
    </Panel>
  );
}
