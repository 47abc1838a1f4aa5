import type { Brand } from '../../shared/brand';
import type { CategoryShare, ExamplePost, Incident, SentimentSnapshot } from '../../shared/incident';
import type { Post } from '../../shared/post';
import { toIso } from '../../shared/time';
import { emergingTerms } from '../detect/terms';
import type { RollupRow, Store } from '../store/types';
import { HOUR_MS, MINUTE_MS } from './monitor-state';
import { samplePosts } from './sample';

/** The figures of an incident that come from its posts and rollups rather than from the detector. */
export type IncidentDetails = Pick<
  Incident,
  | 'complaints'
  | 'uniqueAuthors'
  | 'sentiment'
  | 'categories'
  | 'terms'
  | 'examples'
  | 'sample'
  | 'detailsUntil'
>;

const BASELINE_SENTIMENT_MS = 6 * HOUR_MS;
const BASELINE_TERMS_MS = 24 * HOUR_MS;
const WORST_WINDOW_MIN = 15;
const WORST_MIN_POSTS = 5;
const SAMPLE_INCIDENT = 600;
const SAMPLE_BASELINE = 600;
const TOP_CATEGORIES = 6;
const EXAMPLES_PER_TERM = 2;
const EXAMPLES = 3;
const EXAMPLE_CHARS = 280;

const round = (x: number, d = 3): number => Math.round(x * 10 ** d) / 10 ** d;

function snapshot(rows: readonly RollupRow[], from: number, to: number): SentimentSnapshot {
  let posts = 0;
  let sum = 0;
  let negatives = 0;
  for (const r of rows) {
    posts += r.posts;
    sum += r.sentimentSum;
    negatives += r.negatives;
  }
  return {
    from: toIso(from),
    to: toIso(to),
    posts,
    meanSentiment: posts > 0 ? round(sum / posts) : null,
    negativeShare: posts > 0 ? round(negatives / posts) : null,
  };
}

/** The 15-minute window (on whole minutes, at least 5 posts) with the lowest mean sentiment. */
export function worstSentiment(
  rows: readonly RollupRow[],
  from: number,
  to: number,
): SentimentSnapshot | null {
  const byT = new Map(rows.map((r) => [r.t, r]));
  const minutes = Math.ceil((to - from) / MINUTE_MS);
  const span = Math.min(WORST_WINDOW_MIN, minutes);
  let best: SentimentSnapshot | null = null;
  for (let i = 0; i + span <= minutes; i++) {
    const start = from + i * MINUTE_MS;
    const win: RollupRow[] = [];
    for (let k = 0; k < span; k++) {
      const r = byT.get(start + k * MINUTE_MS);
      if (r) win.push(r);
    }
    const s = snapshot(win, start, start + span * MINUTE_MS);
    if (s.posts < WORST_MIN_POSTS || s.meanSentiment === null) continue;
    if (best === null || best.meanSentiment === null || s.meanSentiment < best.meanSentiment) best = s;
  }
  return best;
}

function categoryShares(rows: readonly RollupRow[], complaints: number): CategoryShare[] {
  const totals = new Map<string, number>();
  for (const r of rows)
    for (const [c, n] of Object.entries(r.categories)) totals.set(c, (totals.get(c) ?? 0) + n);
  return [...totals]
    .map(([category, n]) => ({ category, complaints: n, share: complaints > 0 ? round(n / complaints) : 0 }))
    .sort((a, b) => b.complaints - a.complaints || (a.category < b.category ? -1 : 1))
    .slice(0, TOP_CATEGORIES);
}

export const examplePost = (p: Post): ExamplePost => ({
  source: p.source,
  id: p.id,
  author: p.author,
  text: p.text.length > EXAMPLE_CHARS ? `${p.text.slice(0, EXAMPLE_CHARS - 1)}…` : p.text,
  createdAt: p.createdAt,
  url: p.url,
});

/**
 * Figures over [from, to): complaints, distinct complaining authors, sentiment before (6 h) and at its
 * worst, top categories, and emerging terms vs the 24 h before with example posts. Reads rollups and
 * bounded samples of posts; called on incident events and every few minutes while open, never per post.
 */
export async function computeDetails(
  store: Store,
  brand: Brand,
  from: number,
  to: number,
): Promise<IncidentDetails> {
  const [rows, before, uniqueAuthors, incidentPosts, baselinePosts] = await Promise.all([
    store.rollups({ brand: brand.id, from, to, bucketMs: MINUTE_MS }),
    store.rollups({ brand: brand.id, from: from - BASELINE_SENTIMENT_MS, to: from, bucketMs: MINUTE_MS }),
    store.countAuthors({ brand: brand.id, from, to, complaint: true }),
    samplePosts(store, { brand: brand.id, from, to, complaint: true }, SAMPLE_INCIDENT),
    samplePosts(store, { brand: brand.id, from: from - BASELINE_TERMS_MS, to: from }, SAMPLE_BASELINE),
  ]);
  const complaints = rows.reduce((s, r) => s + r.complaints, 0);
  const exclude = [brand.id, brand.name, ...brand.keywords, ...brand.officialHandles];
  const scored = emergingTerms(
    incidentPosts.map((p) => p.text),
    baselinePosts.filter((p) => !p.official).map((p) => p.text),
    { exclude },
  );
  const examples = [...incidentPosts]
    .sort((a, b) => b.score.complaintScore - a.score.complaintScore || a.createdAt.localeCompare(b.createdAt))
    .slice(0, EXAMPLES)
    .map(examplePost);
  return {
    complaints,
    uniqueAuthors,
    sentiment: {
      baseline: snapshot(before, from - BASELINE_SENTIMENT_MS, from),
      worst: worstSentiment(rows, from, to),
    },
    categories: categoryShares(rows, complaints),
    terms: scored.map((t) => ({
      term: t.term,
      incidentPosts: t.target,
      baselinePosts: t.background,
      score: round(t.z, 2),
      examples: t.docs
        .slice(0, EXAMPLES_PER_TERM)
        .flatMap((i) => (incidentPosts[i] ? [examplePost(incidentPosts[i])] : [])),
    })),
    examples,
    sample: { incidentPosts: incidentPosts.length, baselinePosts: baselinePosts.length },
    detailsUntil: toIso(to),
  };
}
