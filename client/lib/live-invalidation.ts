import type { StreamEvent } from '../../shared/events';

/** Resources whose queries a stream event makes stale, each with the brands it touched. */
export type LiveTargets = {
  overview: boolean;
  posts: Set<string>;
  series: Set<string>;
  incidents: Set<string>;
};

export const emptyTargets = (): LiveTargets => ({
  overview: false,
  posts: new Set(),
  series: new Set(),
  incidents: new Set(),
});

/** Fold one event into the pending targets (mutates and returns `targets`, to batch cheaply). */
export function addEvent(targets: LiveTargets, event: StreamEvent): LiveTargets {
  targets.overview = true;
  if (event.type === 'post') {
    for (const brand of event.brands) {
      targets.posts.add(brand);
      targets.series.add(brand);
      // A statement moves the acknowledgement clock and the communication figures.
      if (event.official) targets.incidents.add(brand);
    }
  } else if (event.type === 'bucket') {
    targets.series.add(event.brand);
  } else {
    targets.incidents.add(event.incident.brand);
  }
  return targets;
}

export const hasTargets = (t: LiveTargets): boolean =>
  t.overview || t.posts.size > 0 || t.series.size > 0 || t.incidents.size > 0;

/** The brand a query is about: its `brand` parameter, or the brand part of an incident id (`brand:start`). */
const brandOf = (params: unknown): string | null => {
  if (typeof params !== 'object' || params === null) return null;
  if ('brand' in params) return typeof params.brand === 'string' ? params.brand : null;
  if ('id' in params && typeof params.id === 'string') {
    const cut = params.id.lastIndexOf(':');
    return cut > 0 ? params.id.slice(0, cut) : null;
  }
  return null;
};

const RESOURCES = ['posts', 'series', 'incidents'] as const;
const isResource = (r: unknown): r is (typeof RESOURCES)[number] =>
  (RESOURCES as readonly unknown[]).includes(r);

/**
 * Whether a query keyed `[resource, kind, params]` is stale after these events. A query without a
 * brand (all brands) is stale whenever its resource changed at all.
 */
export function isStale(queryKey: readonly unknown[], targets: LiveTargets): boolean {
  const [resource, kind, params] = queryKey;
  if (resource === 'overview') return targets.overview;
  // Paged tables (Explore) are read row by row; refreshing them under the reader would shift rows.
  if (kind === 'pages') return false;
  if (!isResource(resource)) return false;
  const brands = targets[resource];
  if (brands.size === 0) return false;
  const brand = brandOf(params);
  return brand === null || brands.has(brand);
}
