import type { StreamEvent } from '../../shared/events';

/** Resources whose queries a stream event makes stale, each with the brands it touched. */
export type LiveTargets = { overview: boolean; posts: Set<string>; series: Set<string> };

export const emptyTargets = (): LiveTargets => ({ overview: false, posts: new Set(), series: new Set() });

/** Fold one event into the pending targets (mutates and returns `targets`, to batch cheaply). */
export function addEvent(targets: LiveTargets, event: StreamEvent): LiveTargets {
  targets.overview = true;
  if (event.type === 'post') {
    for (const brand of event.brands) {
      targets.posts.add(brand);
      targets.series.add(brand);
    }
  } else if (event.type === 'bucket') {
    targets.series.add(event.brand);
  }
  return targets;
}

export const hasTargets = (t: LiveTargets): boolean => t.overview || t.posts.size > 0 || t.series.size > 0;

const brandOf = (params: unknown): string | null => {
  if (typeof params !== 'object' || params === null || !('brand' in params)) return null;
  return typeof params.brand === 'string' ? params.brand : null;
};

/**
 * Whether a query keyed `[resource, kind, params]` is stale after these events. A query without a
 * brand (all brands) is stale whenever its resource changed at all.
 */
export function isStale(queryKey: readonly unknown[], targets: LiveTargets): boolean {
  const [resource, kind, params] = queryKey;
  if (resource === 'overview') return targets.overview;
  // Paged tables (Explore) are read row by row; refreshing them under the reader would shift rows.
  if (kind === 'pages') return false;
  if (resource !== 'posts' && resource !== 'series') return false;
  const brands = targets[resource];
  if (brands.size === 0) return false;
  const brand = brandOf(params);
  return brand === null || brands.has(brand);
}
