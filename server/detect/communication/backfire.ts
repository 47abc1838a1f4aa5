import type { CommWave, OfficialRef, StatementImpact } from '../../../shared/communication';
import { formatClock, quote } from './format';
import { reactionsTo } from './posts';
import { topReactions } from './reactions';
import { type PairIndex, referencingPosts } from './references';
import { MINUTE_MS, type PublicPost } from './types';

export type WaveBackfireOptions = {
  /** The official post came at most this long before the wave's start, or `graceMin` after it. */
  lookbackMin: number;
  graceMin: number;
  /** The wave's posts: from `graceMin` before its start, for this long. */
  waveMin: number;
  /** A post backfired when at least this many of the wave's posts refer to it... */
  minReferences: number;
  /** ...and they are at least this share of the wave's communication complaints. */
  minShare: number;
};

export const DEFAULT_WAVE_BACKFIRE: WaveBackfireOptions = {
  lookbackMin: 120,
  graceMin: 5,
  waveMin: 60,
  minReferences: 5,
  minShare: 0.1,
};

const key = (r: { source: string; id: string }) => `${r.source}\u0000${r.id}`;

/**
 * A statement or reply followed by a wave of complaints about the communication whose posts refer to
 * it (reply to or quote it, or use its distinctive words) backfired, whatever the complaint trend says:
 * the wave names it. Every communication-failure wave is checked against the official posts before it;
 * the impacts and waves come back with the verdicts, reasons and evidence filled in.
 */
export function waveBackfires(
  impacts: readonly StatementImpact[],
  waves: readonly CommWave[],
  posts: readonly PublicPost[],
  index: PairIndex,
  now: number,
  options: Partial<WaveBackfireOptions> = {},
): { impacts: StatementImpact[]; waves: CommWave[] } {
  const o = { ...DEFAULT_WAVE_BACKFIRE, ...options };
  const byKey = new Map(impacts.map((i) => [key(i.statement), { ...i, reasons: [...i.reasons] }]));
  const outWaves = waves.map((w) => {
    if (!w.failure) return w;
    const start = Date.parse(w.startAt);
    const from = start - o.graceMin * MINUTE_MS;
    const to = Math.min(now, start + o.waveMin * MINUTE_MS);
    let best: { ref: OfficialRef; n: number } | null = null;
    for (const impact of byKey.values()) {
      const t = Date.parse(impact.statement.at);
      if (t > start + o.graceMin * MINUTE_MS || t < start - o.lookbackMin * MINUTE_MS) continue;
      const refs = new Map<string, PublicPost>();
      for (const p of reactionsTo(posts, impact.statement)) refs.set(key(p), p);
      for (const p of referencingPosts(index, { t, text: impact.statement.text }, now).posts)
        refs.set(key(p), p);
      const inWave = [...refs.values()].filter((p) => p.t >= from && p.t < to && (p.complaint || p.negative));
      if (inWave.length < o.minReferences || inWave.length < o.minShare * w.complaints) continue;
      if (!best || inWave.length > best.n) best = { ref: impact.statement, n: inWave.length };
      const example = topReactions(inWave, 1)[0];
      impact.verdict = 'backfired';
      impact.reasons.unshift(
        `the wave of complaints about communication at ${formatClock(w.startAt)} refers to it: ${inWave.length} of its posts answer, quote or repeat it${example ? `, e.g. ${quote(example.text, 60)}` : ''}`,
      );
      impact.reasons = impact.reasons.filter((r) => r !== 'mixed signals');
      if (impact.references.top.length === 0) impact.references.top = topReactions(inWave, 5);
    }
    return best ? { ...w, referredTo: best.ref, references: best.n } : w;
  });
  // A complaint rise that is the wave set off by another, named post does not count against this one.
  const named = outWaves.filter((w) => w.referredTo !== null);
  for (const impact of byKey.values()) {
    if (impact.verdict !== 'backfired' || impact.reasons.some((r) => r.startsWith('the wave of'))) continue;
    if (impact.reactions.aboutCommunication >= 8) continue;
    const t = Date.parse(impact.statement.at);
    const other = named.find((w) => {
      const start = Date.parse(w.startAt);
      return (
        w.referredTo &&
        key(w.referredTo) !== key(impact.statement) &&
        start > t &&
        start < t + o.waveMin * MINUTE_MS
      );
    });
    if (!other?.referredTo) continue;
    impact.verdict = 'neutral';
    impact.reasons.push(
      `the rise after it is the wave set off by ${quote(other.referredTo.text, 50)} (${formatClock(other.referredTo.at)}), not by this post`,
    );
  }
  return { impacts: impacts.map((i) => byKey.get(key(i.statement)) ?? i), waves: outWaves };
}
