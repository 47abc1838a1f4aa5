import { isStatementKind } from '../../../shared/communication';
import type { Post, PostInputRaw } from '../../../shared/post';
import type { Score } from '../../../shared/score';
import {
  classifyOfficial,
  communicationReport,
  denseSeries,
  monitorSeries,
  splitPosts,
} from '../../detect/communication';
import { DEMO_BRANDS } from '../brands';
import { generateDemoPosts } from '../generate';
import { postId } from './engine';
import type { Placement } from './types';

/**
 * Replays one placed scenario (a week of history first) through the real scorer and detector, and
 * measures what the communication analytics say against the scenario's truth, beside the naive
 * "first official post" baseline. Used by bench:communication and its test.
 */

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
/** The silent check looks at the open incident this long after the outage started (target 30). */
const SILENT_CHECK_MIN = 20;

export type ScenarioFigures = {
  id: string;
  /** |measured - true| acknowledgement, minutes from the outage start; null when none is due and none found. */
  ackErrorMin: number | null;
  baselineAckErrorMin: number | null;
  /** Marketing/routine posts counted as statements. */
  marketingCounted: number;
  baselineMarketingCounted: number;
  backfire: { tp: number; fp: number; fn: number };
  baselineBackfire: { tp: number; fp: number; fn: number };
  grade: string;
  /** The grade of the open incident 20 min in, for a silent account (must be pending). */
  openSilentGrade: string | null;
  named: string[];
};

const toPost = (raw: PostInputRaw, handles: ReadonlySet<string>, score: (t: string) => Score): Post => ({
  source: raw.source,
  id: String(raw.id),
  author: raw.author,
  text: raw.text,
  createdAt: String(raw.createdAt),
  receivedAt: String(raw.createdAt),
  url: null,
  lang: null,
  replyTo: raw.replyTo ?? null,
  shares: raw.shares ?? null,
  brands: [],
  official: handles.has(raw.author.toLowerCase()),
  score: score(raw.text),
});

const confusion = (predicted: readonly string[], truth: readonly string[]) => ({
  tp: predicted.filter((k) => truth.includes(k)).length,
  fp: predicted.filter((k) => !truth.includes(k)).length,
  fn: truth.filter((k) => !predicted.includes(k)).length,
});

export function evaluateScenario(p: Placement, score: (text: string) => Score): ScenarioFigures {
  const brand = DEMO_BRANDS.find((b) => b.id === p.brand);
  if (!brand) throw new Error(`unknown demo brand ${p.brand}`);
  const from = p.start - 7 * DAY;
  const to = p.start + 8 * HOUR;
  const handles = new Set(brand.officialHandles.map((h) => h.replace(/^@/, '').toLowerCase()));
  const raw: PostInputRaw[] = [];
  for (let t = from; t < to; t += 6 * HOUR)
    raw.push(...generateDemoPosts(brand, [p], t, Math.min(to, t + 6 * HOUR)));
  const posts = raw.map((r) => toPost(r, handles, score));
  const perMinute = new Map<number, number>();
  for (const x of posts) {
    if (x.official || !x.score.complaint) continue;
    const m = Math.floor(Date.parse(x.createdAt) / MIN) * MIN;
    perMinute.set(m, (perMinute.get(m) ?? 0) + 1);
  }
  const complaints = monitorSeries(
    denseSeries(
      [...perMinute].map(([t, value]) => ({ t, value })),
      from,
      to,
    ),
  );
  const incident = complaints.incidents.find(
    (i) => i.startT >= p.start - HOUR && i.startT <= p.start + 2 * HOUR,
  );
  const historyFrom = p.start - 8 * HOUR;
  const { official, public: pub } = splitPosts(posts.filter((x) => Date.parse(x.createdAt) >= historyFrom));
  const key = (id: string) => id.replace(postId(p, ''), '');
  const truth = p.scenario.truth;
  const routine = truth.routine ?? [];
  const atMin = (t: number) => (t - p.start) / MIN;
  const err = (found: number | null) =>
    truth.ackDelayMin === null
      ? found === null
        ? null
        : Number.POSITIVE_INFINITY
      : found === null
        ? Number.POSITIVE_INFINITY
        : Math.abs(found - truth.ackDelayMin);
  if (!incident) throw new Error(`no complaint incident near ${p.scenario.id}`);
  const points = complaints.points.filter((x) => x.t >= historyFrom);
  const report = communicationReport({
    incident,
    now: to,
    official,
    posts: pub,
    complaints: points,
    historyFrom,
  });
  const firstAck = report.ack.firstAck ? atMin(Date.parse(report.ack.firstAck.at)) : null;
  const during = official.filter(
    (o) => o.t >= Date.parse(report.ack.startAt) && o.t <= Date.parse(report.ack.asOf),
  );
  const baselineFirst = during[0] ? atMin(during[0].t) : null;
  const kinds = new Map(classifyOfficial(official).map((o) => [key(o.id), o.kind]));
  const named = report.impacts.filter((i) => i.verdict === 'backfired').map((i) => key(i.statement.id));
  const baselineNamed = report.waves
    .filter((w) => w.failure && w.precededBy)
    .map((w) => key(w.precededBy?.id ?? ''));
  let openSilentGrade: string | null = null;
  if (truth.silent) {
    const now = p.start + SILENT_CHECK_MIN * MIN;
    const open = { startT: Math.min(incident.startT, now), endT: null };
    const early = communicationReport({
      incident: open,
      now,
      official: official.filter((o) => o.t <= now),
      posts: pub.filter((x) => x.t <= now),
      complaints: points.filter((x) => x.t <= now),
      historyFrom,
    });
    openSilentGrade = early.scorecard.grade ?? 'pending';
  }
  return {
    id: p.scenario.id,
    ackErrorMin: err(firstAck),
    baselineAckErrorMin: err(baselineFirst),
    marketingCounted: routine.filter((k) => isStatementKind(kinds.get(k) ?? 'unknown')).length,
    baselineMarketingCounted: routine.filter((k) => during.some((o) => key(o.id) === k)).length,
    backfire: confusion(named, truth.backfired),
    baselineBackfire: confusion(baselineNamed, truth.backfired),
    grade: report.scorecard.grade ?? 'pending',
    openSilentGrade,
    named,
  };
}
