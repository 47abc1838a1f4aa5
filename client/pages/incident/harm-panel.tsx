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

/** Posts about lost money, fraud or safety: the ones a human should answer first. */
export function HarmPanel({ harm }: { harm: HarmTriage }) {
  const seen = new Set(harm.mostShared.map((p) => `${p.source}:${p.id}`));
  const newest = harm.newest.filter((p) => !seen.has(`${p.source}:${p.id}`));
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
          {harm.mostShared.length > 0 ? (
            <div>
              <h3 className="report__h3">Most shared</h3>
              <ol className="harm-list">
                {harm.mostShared.map((p) => (
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
    </Panel>
  );
}
