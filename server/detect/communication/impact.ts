import type { ImpactVerdict, StatementImpact } from '../../../shared/communication';
import { classifyOfficial, isStatement, officialRef, reactionsTo } from './posts';
import { topReactions } from './reactions';
import { type PairIndex, pairIndex, referencingPosts } from './references';
import { fitLogisticTrend, fitPoissonTrend, forecastCount, forecastShare } from './trend';
import { centres, figures, minutes, normalFloors, normalShare, pct, round } from './windows';
import {
  type ClassifiedOfficial,
  type ExpectedPoint,
  type IncidentSpan,
  MINUTE_MS,
  type OfficialPost,
  type PublicPost,
} from './types';

/** What a statement is judged against. */
export type ImpactContext = {
  posts: readonly PublicPost[];
  incident: IncidentSpan;
  now: number;
  /** The brand's official posts: the trend is measured since the previous statement. */
  official?: readonly OfficialPost[];
  /** The detector's expected complaints per minute: a falling trend is not extrapolated below it. */
  normal?: readonly ExpectedPoint[];
  /** The public posts by the word pairs they use, to find posts that refer to it by its words. */
  index?: PairIndex;
};

export type ImpactOptions = {
  /** Length of the before and after windows. */
  windowMin: number;
  /** Minutes needed before a statement (since the incident start and the previous statement) for a trend. */
  minTrendMin: number;
  /** A statement's effect takes this long to show: the next trend is measured from then on. */
  effectLagMin: number;
  /** Prior sd of the trends' slopes per minute (log of the complaint rate, logit of the negative share):
   * without clear evidence of a trend, a short window is read as flat. */
  slopeSd: number;
  shareSlopeSd: number;
  /** Minutes needed after it. */
  minAfterMin: number;
  /** A rising trend is extrapolated this far into the after-window, a falling one `holdFallMin`; then
   * the level is held (incidents neither rise nor fall for ever). */
  holdAfterMin: number;
  holdFallMin: number;
  /** Complaints (before + after) needed to judge the complaint rate; posts per window for the share. */
  minComplaints: number;
  minPosts: number;
  /** A change counts when |z| >= z and it is at least this large. */
  z: number;
  minChange: number;
  minExcess: number;
  minShareChange: number;
  /** Reactions needed, and the share of them about the communication itself, to call it backfired alone. */
  minReactions: number;
  reactionCommShare: number;
  commCategories: readonly string[];
  topReactions: number;
};

export const DEFAULT_IMPACT: ImpactOptions = {
  windowMin: 60,
  minTrendMin: 15,
  effectLagMin: 5,
  slopeSd: 0.005,
  shareSlopeSd: 0.02,
  minAfterMin: 15,
  holdAfterMin: 15,
  holdFallMin: 30,
  minComplaints: 10,
  minPosts: 20,
  z: 2,
  minChange: 0.25,
  minExcess: 5,
  minShareChange: 0.1,
  minReactions: 8,
  reactionCommShare: 0.5,
  commCategories: ['communication', 'customer_service'],
  topReactions: 5,
};

/**
 * What one official post did to the conversation: the hour after against the time before it (the last
 * hour, but not before the incident start nor `effectLagMin` after the previous statement, whose own
 * effect would otherwise pass for a trend), corrected for the incident's own course: the before-window's log-linear trend is
 * extrapolated into the after-window (a rise for `holdAfterMin`, a fall for `holdFallMin`), then held
 * level, and never below the normal level (the detector's expected complaints, the negative share of
 * the six hours before the incident). Plus the replies and quotes that reacted to it.
 */
export function statementImpact(
  statement: ClassifiedOfficial,
  ctx: ImpactContext,
  options: Partial<ImpactOptions> = {},
): StatementImpact {
  const o = { ...DEFAULT_IMPACT, ...options };
  const { posts, incident, now } = ctx;
  const T = statement.t;
  const previous = classifyOfficial(ctx.official ?? []).filter((p) => isStatement(p) && p.t < T);
  const last = previous[previous.length - 1];
  const since = Math.max(incident.startT, last ? last.t + o.effectLagMin * MINUTE_MS : incident.startT);
  const B = Math.max(0, Math.min(o.windowMin, Math.floor((T - since) / MINUTE_MS)));
  const A = Math.max(0, Math.min(o.windowMin, Math.floor((now - T) / MINUTE_MS)));
  const before = minutes(posts, T, -B, 0);
  const after = minutes(posts, T, 0, A);
  const fb = figures(before);
  const fa = figures(after);
  const reasons: string[] = [];
  const ups: string[] = [];
  const downs: string[] = [];
  // A reply to one customer cannot move the whole conversation: it is judged by the reactions it draws.
  const reply = statement.kind === 'reply';
  const trendOk = !reply && B >= o.minTrendMin && A >= o.minAfterMin;
  if (reply)
    reasons.push(
      `a support reply, judged by the reactions it draws (${reactionsTo(posts, statement).length})`,
    );
  else if (B < o.minTrendMin) reasons.push(`only ${B} min before it since the start or the last statement`);
  if (!reply && A < o.minAfterMin) reasons.push(`only ${A} min since it`);

  let expectedRate: number | null = null;
  let complaintChange: number | null = null;
  let complaintZ: number | null = null;
  if (trendOk && fb.complaints + fa.complaints >= o.minComplaints) {
    const fit = fitPoissonTrend(
      centres(-B, B),
      before.map((m) => m.complaints),
      o.slopeSd,
    );
    const hs = centres(0, A).map((h) => Math.min(h, fit.b > 0 ? o.holdAfterMin : o.holdFallMin));
    const f = forecastCount(fit, hs, normalFloors(ctx.normal, T, A));
    expectedRate = round(f.mean / A, 3);
    complaintChange = round(fa.complaints / Math.max(f.mean, 0.5) - 1, 3);
    complaintZ = round((fa.complaints - f.mean) / Math.sqrt(Math.max(f.variance, 1e-9)), 2);
    const line = `complaints ${fa.complaintRate.toFixed(2)}/min vs ${expectedRate.toFixed(2)}/min expected from the trend`;
    const excess = fa.complaints - f.mean;
    if (complaintZ >= o.z && complaintChange >= o.minChange && excess >= o.minExcess) ups.push(line);
    else if (complaintZ <= -o.z && complaintChange <= -o.minChange && -excess >= o.minExcess)
      downs.push(line);
  } else if (trendOk) reasons.push(`too few complaints (${fb.complaints + fa.complaints}) to judge the rate`);

  let expectedShare: number | null = null;
  let shareChange: number | null = null;
  let shareZ: number | null = null;
  if (trendOk && fb.posts >= o.minPosts && fa.posts >= o.minPosts && fa.negativeShare !== null) {
    const fit = fitLogisticTrend(
      centres(-B, B),
      before.map((m) => m.negatives),
      before.map((m) => m.posts),
      o.shareSlopeSd,
    );
    const hs = centres(0, A).map((h) => Math.min(h, fit.b > 0 ? o.holdAfterMin : o.holdFallMin));
    const f = forecastShare(
      fit,
      hs,
      after.map((m) => m.posts),
      normalShare(posts, incident.startT, o.minPosts) ?? 0,
    );
    expectedShare = round(f.mean / fa.posts, 3);
    shareChange = round(fa.negativeShare - expectedShare, 3);
    shareZ = round((fa.negatives - f.mean) / Math.sqrt(Math.max(f.variance, 1e-9)), 2);
    const line = `negative share ${pct(fa.negativeShare)} vs ${pct(expectedShare)} expected`;
    if (shareZ >= o.z && shareChange >= o.minShareChange) ups.push(line);
    else if (shareZ <= -o.z && shareChange <= -o.minShareChange) downs.push(line);
  }

  const reacted = reactionsTo(posts, statement).filter((p) => p.t >= T && p.t <= now);
  const comm = new Set(o.commCategories);
  const aboutCommunication = reacted.filter((p) => p.complaint && p.categories.some((c) => comm.has(c)));
  if (reacted.length >= o.minReactions && aboutCommunication.length >= o.reactionCommShare * reacted.length) {
    ups.push(`${aboutCommunication.length} of ${reacted.length} reactions complain about the communication`);
  }

  const judged = complaintZ !== null || shareZ !== null;
  let verdict: ImpactVerdict = judged ? 'neutral' : 'insufficient';
  if (ups.length > 0 && downs.length === 0) verdict = 'backfired';
  else if (downs.length > 0 && ups.length === 0) verdict = 'calming';
  else if (ups.length > 0) reasons.push('mixed signals');
  reasons.unshift(...ups, ...downs);

  const refs = ctx.index ? referencingPosts(ctx.index, statement, now) : { pairs: [], posts: [] };
  return {
    statement: officialRef(statement),
    before: fb,
    after: fa,
    expected: { complaintRate: expectedRate, negativeShare: expectedShare },
    complaintChange,
    complaintZ,
    negativeShareChange: shareChange,
    negativeShareZ: shareZ,
    reactions: {
      count: reacted.length,
      negatives: reacted.filter((p) => p.negative).length,
      aboutCommunication: aboutCommunication.length,
      top: topReactions(reacted, o.topReactions),
    },
    references: {
      count: refs.posts.length,
      phrases: refs.pairs,
      top: topReactions(refs.posts, o.topReactions),
    },
    verdict,
    reasons,
  };
}

/** The impact of every statement and support reply made during the incident (not routine or unknown posts), oldest first. */
export function statementImpacts(
  official: readonly OfficialPost[],
  ctx: Omit<ImpactContext, 'official'>,
  options: Partial<ImpactOptions> = {},
): StatementImpact[] {
  const until = ctx.incident.endT ?? ctx.now;
  const index = ctx.index ?? pairIndex(ctx.posts);
  return classifyOfficial(official)
    .filter((p) => p.t >= ctx.incident.startT && p.t <= until && (isStatement(p) || p.kind === 'reply'))
    .map((p) => statementImpact(p, { ...ctx, official, index }, options));
}
