import { type IngestResult, PostInputSchema, type RejectedItem } from '../../shared/post';
import type { Score } from '../../shared/score';
import { toIso } from '../../shared/time';
import type { Bus } from '../bus';
import type { Clock } from '../clock';
import type { Store } from '../store/types';
import { type NewPost, minuteOf } from '../store/types';
import { describeIssues } from './describe-issue';
import { type BrandMatcher, createBrandMatcher } from './match';

export type ScoreFn = (text: string, lang: string | undefined) => Score;

/** Called after each stored batch (incident detection, alerts). Errors are logged, never thrown to ingest. */
export type AfterInsert = (posts: NewPost[]) => void | Promise<void>;

export type PipelineDeps = {
  store: Store;
  score: ScoreFn;
  clock: Clock;
  bus: Bus;
  /**
   * The brands' revision in the store, read before each batch: a brand changed through another instance
   * applies to the very next post here, even before that instance's message arrives.
   */
  brandsRevision?: () => Promise<string | null>;
  onError?: (err: unknown) => void;
  /** told after each batch what happened per source and how long it took (metrics) */
  observe?: (bySource: ReadonlyMap<string, IngestCounts>, seconds: number) => void;
};

export type IngestCounts = { accepted: number; duplicates: number; rejected: number };

export type IngestOptions = {
  /** 1-based source line of each item (NDJSON/CSV), for error reports */
  lines?: readonly number[];
  /** items already known to be bad (e.g. a line that is not JSON), by index */
  preRejected?: ReadonlyMap<number, string>;
  /**
   * The items come from a channel the brand itself controls (its status page): each item attributed to
   * this brand is official for it, whoever the author string says wrote it.
   */
  officialFor?: string;
};

/** Posts may be up to a day in the future (clock skew between sources); later ones are rejected. */
const MAX_FUTURE_MS = 24 * 3_600_000;
const MAX_POST_EVENTS = 100;

/**
 * A brand's own statement ("we're aware of login issues") is not a customer complaint: it must not feed
 * the complaint series the detector watches. Its sentiment and categories stay as scored.
 */
const officialScore = (score: Score, official: boolean): Score =>
  official && score.complaint ? { ...score, complaint: false } : score;

/** The one place that joins validate -> match -> score -> store -> notify. */
export function createPipeline(deps: PipelineDeps) {
  let matcher: BrandMatcher = createBrandMatcher([]);
  const hooks: AfterInsert[] = [];

  // A refresh under way (e.g. another instance just created a brand) finishes before the next match.
  let refreshing: Promise<void> = Promise.resolve();
  function refreshBrands(): Promise<void> {
    const next = refreshing.then(async () => {
      matcher = createBrandMatcher(await deps.store.listBrands());
    });
    refreshing = next.catch(() => {});
    return next;
  }

  let revision: string | null = null;
  async function currentBrands(): Promise<void> {
    const latest = deps.brandsRevision ? await deps.brandsRevision() : null;
    if (latest !== revision) {
      revision = latest;
      await refreshBrands();
    }
    await refreshing;
  }

  async function ingest(items: readonly unknown[], opts: IngestOptions = {}): Promise<IngestResult> {
    const started = performance.now();
    const result = await ingestBatch(items, opts);
    if (deps.observe) deps.observe(countBySource(items, result), (performance.now() - started) / 1000);
    return result.result;
  }

  async function ingestBatch(items: readonly unknown[], opts: IngestOptions) {
    await currentBrands();
    const now = deps.clock.now();
    const rejected: RejectedItem[] = [];
    const ready: NewPost[] = [];
    const reject = (index: number, reason: string, path?: string) =>
      rejected.push({
        index,
        reason,
        ...(opts.lines?.[index] ? { line: opts.lines[index] } : {}),
        ...(path ? { path } : {}),
      });

    items.forEach((item, index) => {
      const early = opts.preRejected?.get(index);
      if (early !== undefined) {
        reject(index, early);
        return;
      }
      const parsed = PostInputSchema.safeParse(item);
      if (!parsed.success) {
        const d = describeIssues(parsed.error.issues, item);
        reject(index, d.reason, d.path);
        return;
      }
      const p = parsed.data;
      if (p.createdAt > now + MAX_FUTURE_MS) {
        reject(index, 'field `createdAt` is more than 24 hours in the future', 'createdAt');
        return;
      }
      const m = matcher.match(p);
      if ('error' in m) {
        reject(index, `field \`brand\` names an ${m.error}`, 'brand');
        return;
      }
      const officialFor =
        opts.officialFor && m.brands.includes(opts.officialFor) && !m.officialFor.includes(opts.officialFor)
          ? [...m.officialFor, opts.officialFor]
          : m.officialFor;
      ready.push({
        source: p.source,
        id: p.id,
        author: p.author,
        text: p.text,
        createdAt: p.createdAt,
        receivedAt: now,
        url: p.url ?? null,
        lang: p.lang ?? null,
        replyTo: p.replyTo ?? null,
        shares: p.shares ?? null,
        brands: m.brands,
        officialFor,
        score: officialScore(deps.score(matcher.mask(p.text), p.lang), officialFor.length > 0),
      });
    });

    const { inserted, duplicates } = ready.length
      ? await deps.store.insertPosts(ready)
      : { inserted: [], duplicates: 0 };
    publish(inserted);
    for (const hook of hooks) {
      try {
        await hook(inserted);
      } catch (err) {
        deps.onError?.(err);
      }
    }
    // Of the posts stored, those no brand claimed (a duplicate was counted when it was first stored).
    const unmatched = inserted.filter((p) => p.brands.length === 0).length;
    const result: IngestResult = {
      received: items.length,
      accepted: inserted.length,
      duplicates,
      unmatched,
      rejected,
    };
    return { result, ready, inserted };
  }

  function publish(inserted: NewPost[]): void {
    const buckets = new Map<string, { brand: string; t: number; posts: number; complaints: number }>();
    // A bulk import announces its buckets but only its first posts: clients refetch lists anyway.
    for (const p of inserted.slice(0, MAX_POST_EVENTS)) {
      deps.bus.publish({
        type: 'post',
        source: p.source,
        id: p.id,
        brands: p.brands,
        complaint: p.score.complaint,
        official: p.officialFor.length > 0,
        createdAt: toIso(p.createdAt),
      });
    }
    for (const p of inserted) {
      for (const brand of p.brands) {
        const t = minuteOf(p.createdAt);
        const key = `${brand}\u0000${t}`;
        const b = buckets.get(key) ?? { brand, t, posts: 0, complaints: 0 };
        b.posts++;
        if (p.score.complaint) b.complaints++;
        buckets.set(key, b);
      }
    }
    for (const b of buckets.values()) deps.bus.publish({ type: 'bucket', ...b, t: toIso(b.t) });
  }

  return {
    ingest,
    refreshBrands,
    matcher: () => matcher,
    afterInsert: (hook: AfterInsert) => hooks.push(hook),
  };
}

export type Pipeline = ReturnType<typeof createPipeline>;

/** Per source: stored, duplicates (valid but already stored) and rejected items (source "unknown" if unreadable). */
function countBySource(
  items: readonly unknown[],
  batch: { result: IngestResult; ready: readonly NewPost[]; inserted: readonly NewPost[] },
): Map<string, IngestCounts> {
  const counts = new Map<string, IngestCounts>();
  const add = (source: string, key: keyof IngestCounts) => {
    const c = counts.get(source) ?? { accepted: 0, duplicates: 0, rejected: 0 };
    c[key]++;
    counts.set(source, c);
  };
  for (const p of batch.ready) add(p.source, 'duplicates');
  for (const p of batch.inserted) {
    const c = counts.get(p.source);
    if (c) c.duplicates--;
    add(p.source, 'accepted');
  }
  for (const r of batch.result.rejected) {
    const item = items[r.index];
    const source = item && typeof item === 'object' && 'source' in item ? item.source : undefined;
    add(typeof source === 'string' && source ? source.slice(0, 100) : 'unknown', 'rejected');
  }
  return counts;
}
