import type { CommTargets, CommunicationReport } from '../../shared/communication';
import type { Incident, IncidentDetail } from '../../shared/incident';
import type { Post } from '../../shared/post';
import { communicationReport, splitPosts } from '../detect/communication';
import type { Store } from '../store/types';

const HOUR_MS = 3_600_000;
/** The second-wave detector needs hours of history before the incident; statement impact needs an hour after. */
const HISTORY_MS = 8 * HOUR_MS;
const AFTER_MS = 2 * HOUR_MS;
const PAGE = 500;
/** Bound on posts read for one report; above it the oldest history is dropped, never the incident itself. */
const MAX_POSTS = 40_000;
const CACHE_MS = 20_000;

type Cached = { key: string; at: number; report: CommunicationReport };
const cache = new Map<string, Cached>();

/**
 * How the brand communicated during one incident (server/detect/communication, pure), from the brand's
 * stored posts and the incident's complaint series. Cached briefly: the Live page asks every few seconds.
 */
export async function incidentCommunication(
  store: Store,
  incident: Incident,
  series: IncidentDetail['series'],
  now: number,
  targets: Partial<CommTargets>,
): Promise<CommunicationReport> {
  // A new statement changes the figures before the incident itself changes: it is part of the key.
  const latest = await store.listPosts({ brand: incident.brand, official: true, limit: 1 });
  const key = `${incident.id}|${incident.updatedAt}|${incident.status}|${latest.items[0]?.id ?? ''}`;
  const hit = cache.get(incident.id);
  if (hit && hit.key === key && now - hit.at < CACHE_MS) return hit.report;

  const startT = Date.parse(incident.startAt);
  const endT = incident.endAt ? Date.parse(incident.endAt) : null;
  const historyFrom = startT - HISTORY_MS;
  const asOf = Math.min(now, (endT ?? now) + AFTER_MS);
  const posts = await brandPosts(store, incident.brand, historyFrom, asOf + 1);
  const { official, public: publicPosts } = splitPosts(posts);
  const report = communicationReport({
    incident: { startT, endT },
    now: asOf,
    official,
    posts: publicPosts,
    complaints: series.points.map((p) => ({
      t: Date.parse(p.t),
      value: p.complaints,
      expected: p.expected ?? p.complaints,
    })),
    historyFrom,
    targets,
  });
  cache.set(incident.id, { key, at: now, report });
  if (cache.size > 200) cache.delete(cache.keys().next().value ?? '');
  return report;
}

/** Newest first through the store's pages, then oldest first for the analytics. */
async function brandPosts(store: Store, brand: string, from: number, to: number): Promise<Post[]> {
  const out: Post[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listPosts({ brand, from, to, limit: PAGE, ...(cursor ? { cursor } : {}) });
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && out.length < MAX_POSTS);
  return out.reverse();
}
