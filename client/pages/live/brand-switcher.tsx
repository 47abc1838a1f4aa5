import { Link } from 'react-router';
import type { BrandOverview } from '../../../shared/overview';
import { StatePill } from '../../components/ui/state-pill';
import { formatCount } from '../../lib/format';

type BrandSwitcherProps = {
  brands: readonly BrandOverview[];
  selectedId: string | null;
  /** Builds the link for a brand, keeping the rest of the page's URL state. */
  hrefFor: (brandId: string) => string;
};

/** Every brand at a glance: its state and last-hour complaints against the expected level. */
export function BrandSwitcher({ brands, selectedId, hrefFor }: BrandSwitcherProps) {
  return (
    <nav className="brand-switcher" aria-label="Brands">
      {brands.map((brand) => (
        <Link
          key={brand.id}
          to={hrefFor(brand.id)}
          className={`brand-card brand-card--${brand.state}`}
          aria-current={brand.id === selectedId ? 'page' : undefined}
        >
          <span className="brand-card__top">
            <span className="brand-card__name">{brand.name}</span>
            <StatePill state={brand.state} />
          </span>
          <span className="brand-card__numbers">
            <span className="brand-card__count">{formatCount(brand.complaintsLastHour)}</span>
            <span className="brand-card__unit">
              complaints/h, last hour
              <br />
              {brand.expectedLastHour === null
                ? 'no baseline yet'
                : `${formatCount(brand.expectedLastHour)}/h expected`}
            </span>
          </span>
        </Link>
      ))}
    </nav>
  );
}
