import { Link } from 'react-router';
import type { HarmPost, HarmTriage } from '../../../shared/communication';
import { EmptyState } from '../../components/ui/empty-state';
import { Panel } from '../../components/ui/panel';
import { formatCount, formatDateTime, formatShortDateTime } from '../../lib/format';
import { safeHttpUrl } from '../../lib/post-link';

function HarmItem({ post }: { post: HarmPost }) {
  const url = safeHttpUrl(post.url);
  return (
    <li className="harm-item">
      <p className="harm-item__text">{post.text}</p>
      <p className="quote__meta">
        {post.author} ·{' '}
        <time dateTime={post.at} title={formatDateTime(post.at)}>
          {formatShortDateTime(Date.parse(post.at))}
        </time>
        {post.shares !== null ? ` · shared ${formatCount(post.shares)} times` : ''}
        {url ? (
          <>
            {' · '}
            <a href={url} target="_blank" rel="noopener noreferrer nofollow">
              Open<span aria-hidden="true"> ↗</span>
            </a>
          </>
        ) : null}
      </p>
    </li>
  );
}

/** A report lists a few; the rest are one click away in Explore. */
const SHOWN = 5;

/** Posts about lost money, fraud or safety: the ones a human should answer first. */
export function HarmPanel({ harm, brand, from }: { harm: HarmTriage; brand: string; from: string }) {
  const mostShared = harm.mostShared.filter((p) => (p.shares ?? 0) > 0).slice(0, SHOWN);
  const seen = new Set(mostShared.map((p) => `${p.source}:${p.id}`));
  const newest = harm.newest.filter((p) => !seen.has(`${p.source}:${p.id}`)).slice(0, SHOWN);
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
          {mostShared.length > 0 ? (
            <div>
              <h3 className="report__h3">Most shared</h3>
              <ol className="harm-list">
                {mostShared.map((p) => (
                  <HarmItem key={`${p.source}:${p.id}`} post={p} />
                ))}
              </ol>
            </div>
          ) : null}
          {newest.length > 0 ? (
            <div>
              <h3 className="report__h3">Newest</h3>
              <ol className="harm-list">
                {newest.map((p) => (
                  <HarmItem key={`${p.source}:${p.id}`} post={p} />
                ))}
              </ol>
            </div>
          ) : null}
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
