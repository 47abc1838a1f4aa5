import type { BrandOverview } from '../../../shared/overview';
import { StatePill } from '../../components/ui/state-pill';
import { stateSummary } from '../../lib/brand-state';
import { formatCount, formatRelative, formatShare } from '../../lib/format';
import { StatusPageBadge } from './status-page-badge';

/** `compact` while the incident panel above says it all: the name and figures, no second "Incident" headline. */
type BrandBannerProps = { brand: BrandOverview; nowMs: number; compact?: boolean };

/** The selected brand's situation in one sentence, for someone glancing at the screen mid-incident. */
export function BrandBanner({ brand, nowMs, compact = false }: BrandBannerProps) {
  const summary = stateSummary(brand);
  const state = compact ? 'normal' : brand.state;
  return (
    <section className={`banner banner--${state}`} aria-label={`${brand.name} status`}>
      <div className="banner__main">
        <h1 className="banner__title">
          {brand.name} {compact ? null : <StatePill state={brand.state} />}
          {brand.statusPage ? <StatusPageBadge page={brand.statusPage} nowMs={nowMs} /> : null}
        </h1>
        {compact ? null : <p className="banner__headline">{summary.headline}</p>}
        <p className="banner__detail">{summary.detail}</p>
      </div>
      <dl className="banner__stats">
        <div>
          <dt>Posts, last hour</dt>
          <dd>{formatCount(brand.postsLastHour)}</dd>
        </div>
        <div>
          <dt>Negative</dt>
          <dd>{formatShare(brand.negativeShareLastHour)}</dd>
        </div>
        <div>
          <dt>Last post</dt>
          <dd>{brand.lastPostAt ? formatRelative(brand.lastPostAt, nowMs) : 'none yet'}</dd>
        </div>
      </dl>
    </section>
  );
}
