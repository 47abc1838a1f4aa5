import type { CommWave } from '../../../shared/communication';
import { toIso } from '../../../shared/time';
import { NO_AGGREGATES } from '../incident';
import { createMonitor } from '../monitor';
import type { DetectorOverrides } from '../params';
import { changePoint } from './change-point';
import { classifyOfficial, officialRef } from './posts';
import { type IncidentSpan, MINUTE_MS, type OfficialPost, type PublicPost, minutesBetween } from './types';

/** One minute of the brand's public complaints: all of them, and those about communication. */
export type CommMinute = { t: number; comm: number; complaints: number };

export type SecondWaveOptions = {
  categories: readonly string[];
  /** Count a complaint only when all its categories are communication ones (it is about how they talk). */
  exclusive: boolean;
  /** Waves are looked for from the incident start to this long after its end. */
  afterMin: number;
  /** The wave's share of complaints is measured over this long from its start... */
  waveMin: number;
  /** ...against the usual share over this long before the incident. */
  usualMin: number;
  minShare: number;
  shareFactor: number;
  minWaveComplaints: number;
  /** The statement that preceded a wave: the last official post up to this long before its start... */
  lookbackMin: number;
  /** ...or this little after it (the start is an estimate). */
  graceMin: number;
  detector: DetectorOverrides;
};

export const DEFAULT_SECOND_WAVE: SecondWaveOptions = {
  categories: ['communication', 'customer_service'],
  exclusive: true,
  afterMin: 360,
  waveMin: 60,
  usualMin: 360,
  minShare: 0.2,
  shareFactor: 2,
  minWaveComplaints: 8,
  lookbackMin: 120,
  graceMin: 5,
  detector: {},
};

export function isCommunicationComplaint(
  p: Pick<PublicPost, 'complaint' | 'categories'>,
  categories: readonly string[] = DEFAULT_SECOND_WAVE.categories,
  exclusive = DEFAULT_SECOND_WAVE.exclusive,
): boolean {
  if (!p.complaint || p.categories.length === 0) return false;
  const comm = (c: string) => categories.includes(c);
  return exclusive ? p.categories.every(comm) : p.categories.some(comm);
}

/** Dense per-minute series over [from, to) (empty minutes are zeros, not gaps). */
export function communicationSeries(
  posts: readonly PublicPost[],
  from: number,
  to: number,
  options: Partial<SecondWaveOptions> = {},
): CommMinute[] {
  const o = { ...DEFAULT_SECOND_WAVE, ...options };
  const first = Math.floor(from / MINUTE_MS) * MINUTE_MS;
  const n = Math.max(0, Math.ceil((to - first) / MINUTE_MS));
  const out: CommMinute[] = Array.from({ length: n }, (_, i) => ({
    t: first + i * MINUTE_MS,
    comm: 0,
    complaints: 0,
  }));
  for (const p of posts) {
    if (!p.complaint || p.t < from || p.t >= to) continue;
    const m = out[Math.floor((p.t - first) / MINUTE_MS)];
    if (!m) continue;
    m.complaints++;
    if (isCommunicationComplaint(p, o.categories, o.exclusive)) m.comm++;
  }
  return out;
}

const sumOver = (series: readonly CommMinute[], from: number, to: number) =>
  series.reduce(
    (s, m) =>
      m.t >= from && m.t < to ? { comm: s.comm + m.comm, complaints: s.complaints + m.complaints } : s,
    { comm: 0, complaints: 0 },
  );

/**
 * The second wave: complaints about the company's communication and customer service, run through the
 * same detector as the outage itself. Every onset, reopening or escalation from the incident start to
 * `afterMin` after its end is a wave; it is a communication failure when those complaints are also a
 * larger share of all complaints than usual (not just the outage's own complaints growing).
 */
export function communicationWaves(
  series: readonly CommMinute[],
  incident: IncidentSpan,
  official: readonly OfficialPost[],
  now: number,
  options: Partial<SecondWaveOptions> = {},
): CommWave[] {
  const o = { ...DEFAULT_SECOND_WAVE, ...options };
  const monitor = createMonitor(MINUTE_MS, NO_AGGREGATES, { key: 'communication', detector: o.detector });
  const until = (incident.endT ?? now) + o.afterMin * MINUTE_MS;
  const candidates: { trigger: CommWave['trigger']; alertT: number; startT: number }[] = [];
  let state = monitor.initial();
  series.forEach((m, i) => {
    if (m.t > now) return;
    const step = monitor.step(state, { t: m.t, value: m.comm });
    state = step.state;
    if (m.t < incident.startT || m.t > until) return;
    const kinds = step.incidentEvents.map((e) => e.kind);
    const trigger = kinds.includes('open')
      ? 'onset'
      : kinds.includes('reopen')
        ? 'reopen'
        : kinds.includes('escalate')
          ? 'escalate'
          : null;
    if (!trigger) return;
    // The detector opens an episode once the evidence is in; on a sparse series that is minutes after the
    // surge began. The start is the most likely change point in the 90 minutes up to the alert.
    const from = Math.max(0, i - 90);
    const at = changePoint(series.slice(from, i + 1).map((x) => x.comm));
    candidates.push({ trigger, alertT: m.t, startT: series[from + at]?.t ?? m.t });
  });

  const usual = sumOver(series, incident.startT - o.usualMin * MINUTE_MS, incident.startT);
  const usualShare = (usual.comm + 1) / (usual.complaints + 10);
  const classified = classifyOfficial(official);
  const waves: CommWave[] = [];
  for (const c of candidates) {
    const last = waves[waves.length - 1];
    if (last && c.startT - Date.parse(last.startAt) < 30 * MINUTE_MS) continue;
    const w = sumOver(series, c.startT, c.startT + o.waveMin * MINUTE_MS);
    const share = w.complaints > 0 ? w.comm / w.complaints : 0;
    const failure =
      w.comm >= o.minWaveComplaints && share >= Math.max(o.minShare, o.shareFactor * usualShare);
    const before = classified.filter(
      (p) => p.t <= c.startT + o.graceMin * MINUTE_MS && p.t >= c.startT - o.lookbackMin * MINUTE_MS,
    );
    const statement = before[before.length - 1] ?? null;
    waves.push({
      startAt: toIso(c.startT),
      alertAt: toIso(c.alertT),
      trigger: c.trigger,
      minutesAfterIncidentStart: minutesBetween(incident.startT, c.startT),
      complaints: w.comm,
      share: Math.round(share * 1000) / 1000,
      usualShare: Math.round(usualShare * 1000) / 1000,
      failure,
      precededBy: statement ? officialRef(statement) : null,
      minutesAfterStatement: statement ? minutesBetween(statement.t, c.startT) : null,
      referredTo: null,
      references: 0,
    });
  }
  return waves;
}
