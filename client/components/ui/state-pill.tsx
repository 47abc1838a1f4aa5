import type { BrandState } from '../../../shared/overview';
import { STATE_LABELS } from '../../lib/brand-state';

/** Brand state as colour and word together, so it reads without colour vision too. */
export function StatePill({ state }: { state: BrandState }) {
  return (
    <span className={`state-pill state-pill--${state}`}>
      <span className="state-pill__dot" aria-hidden="true" />
      {STATE_LABELS[state]}
    </span>
  );
}
