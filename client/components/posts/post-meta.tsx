import type { ReactNode } from 'react';
import { formatCount } from '../../lib/format';
import { safeHttpUrl } from '../../lib/post-link';
import { Timestamp } from '../ui/timestamp';

type OpenLinkProps = { url: string | null | undefined; className?: string; children?: ReactNode };

/** A link to the post at its source, in a new tab; nothing when the stored URL is not plain http(s). */
export function OpenLink({ url, className, children = 'Open' }: OpenLinkProps) {
  const href = safeHttpUrl(url);
  return href ? (
    <a className={className} href={href} target="_blank" rel="noopener noreferrer nofollow">
      {children}
      <span aria-hidden="true"> ↗</span>
    </a>
  ) : null;
}

type PostBylineProps = { author: string; at: string; url: string | null | undefined; shares?: number | null };

/** "author · time · shared 3 times · Open ↗" under a quoted post. */
export function PostByline({ author, at, url, shares = null }: PostBylineProps) {
  return (
    <>
      {author}
      {' ·'} <Timestamp iso={at} />
      {shares !== null ? ` · shared ${formatCount(shares)} times` : ''}
      {safeHttpUrl(url) ? (
        <>
          {' · '}
          <OpenLink url={url} />
        </>
      ) : null}
    </>
  );
}
