import type { BrandOverview, BrandState, Overview } from '../../shared/overview';
import { toIso } from '../../shared/time';
import type { Store } from '../store/types';
import { expectedComplaints } from './expected';

const HOUR_MS = 3_600_000;

/**
 * Upper end of a normal hour. Per-bucket bands do not add up (summing twelve 5-minute upper bounds makes
 * an hour look normal at 3x), so the hour gets its own over-dispersed Poisson bound.
 */
const hourHigh = (expected: number): number => expected + 3 * Math.sqrt(2 * expected) + 3;

/** Each brand's last hour against its expected level, for the brand switcher. */
export async function readOverview(store: Store, now: number, demo: boolean): Promise<Overview> {
  const [brands, activity, active] = await Promise.all([
    store.listBrands(),
    store.brandActivity(now - HOUR_MS, now + 1),
    store.listIncidents({ status: ['open', 'escalated'], limit: 500 }),
  ]);
  const byBrand = new Map(activity.map((a) => [a.brand, a]));
  const inIncident = new Set(active.map((i) => i.brand));
  const items: BrandOverview[] = await Promise.all(
    brands.map(async (b) => {
      const a = byBrand.get(b.id);
      // From the engine's stored baseline: the cost does not grow with the brand's history.
      const expected = await expectedComplaints(store, b.id, now - HOUR_MS, now);
      const complaints = a?.complaints ?? 0;
      const posts = a?.posts ?? 0;
      const state: BrandState = inIncident.has(b.id)
        ? 'incident'
        : posts === 0
          ? 'quiet'
          : expected !== null && complaints > hourHigh(expected)
            ? 'elevated'
            : 'normal';
      return {
        ...b,
        state,
        postsLastHour: posts,
        complaintsLastHour: complaints,
        expectedLastHour: expected === null ? null : Math.round(expected * 10) / 10,
        negativeShareLastHour: posts > 0 ? (a?.negatives ?? 0) / posts : null,
        lastPostAt: a?.lastPostAt ? toIso(Number(a.lastPostAt)) : null,
      };
    }),
  );
  return { now: toIso(now), demo, brands: items };
}
