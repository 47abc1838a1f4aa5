import type { CommTargets, CommunicationReport, FixClaimCheck } from '../../../shared/communication';
import { type AckClockOptions, acknowledgementClock } from './ack-clock';
import { harmTriage } from './harm';
import { type ImpactOptions, statementImpacts } from './impact';
import { type FixClaimOptions, type PromiseOptions, checkFixClaims, checkPromises } from './promises';
import { type WaveBackfireOptions, waveBackfires } from './backfire';
import { pairIndex } from './references';
import { routineDuring } from './routine';
import { communicationScorecard } from './scorecard';
import { type SecondWaveOptions, communicationSeries, communicationWaves } from './second-wave';
import { changePoint } from './change-point';
import {
  type ExpectedPoint,
  type IncidentSpan,
  MINUTE_MS,
  type OfficialPost,
  type PublicPost,
} from './types';

export type CommunicationInput = {
  incident: IncidentSpan;
  now: number;
  official: readonly OfficialPost[];
  /** Public posts about the brand from `historyFrom` to now. */
  posts: readonly PublicPost[];
  /** Per-minute complaint counts with the detector's expected values, dense, covering the incident and after. */
  complaints: readonly ExpectedPoint[];
  /** Start of the communication series: the detector needs 6 hours of history before the incident. */
  historyFrom: number;
  targets?: Partial<CommTargets>;
  options?: {
    ack?: Omit<AckClockOptions, 'targets'>;
    impact?: Partial<ImpactOptions>;
    secondWave?: Partial<SecondWaveOptions>;
    waveBackfire?: Partial<WaveBackfireOptions>;
    promise?: Partial<PromiseOptions>;
    fixClaim?: Partial<FixClaimOptions>;
    harmLimit?: number;
  };
};

/**
 * The span the communication is judged over. It starts when the complaints began to rise (the most
 * likely change point in the half hour before the detector's start, never later than it: the detector
 * needs a few minutes of evidence) and ends at the detected end or, when that comes later and holds,
 * at the company's "fixed" statement (the resolution post belongs to the story even when complaints
 * had already died down).
 */
export function communicationSpan(
  incident: IncidentSpan,
  complaints: readonly ExpectedPoint[],
  fixClaims: readonly FixClaimCheck[],
  now: number,
): IncidentSpan {
  const window = complaints.filter(
    (p) => p.t >= incident.startT - 30 * MINUTE_MS && p.t < Math.min(now, incident.startT + 15 * MINUTE_MS),
  );
  const at = changePoint(window.map((p) => p.value));
  const startT = at > 0 ? Math.min(incident.startT, window[at]?.t ?? incident.startT) : incident.startT;
  if (incident.endT === null) return { startT, endT: null };
  const held = fixClaims.filter((c) => c.state === 'held').map((c) => Date.parse(c.statement.at));
  const resolution = held.length > 0 ? Math.min(...held) : null;
  return { startT, endT: resolution !== null && resolution > incident.endT ? resolution : incident.endT };
}

/** Every communication figure for one incident, and the scorecard built from them. */
export function communicationReport(input: CommunicationInput): CommunicationReport {
  const { now, official, posts } = input;
  const o = input.options ?? {};
  const fixClaims = checkFixClaims(official, input.complaints, input.incident, now, o.fixClaim);
  const incident = communicationSpan(input.incident, input.complaints, fixClaims, now);
  const ack = acknowledgementClock(official, incident, now, { ...o.ack, targets: input.targets ?? {} });
  const index = pairIndex(posts);
  const judged = statementImpacts(
    official,
    { posts, incident, now, normal: input.complaints, index },
    o.impact,
  );
  const series = communicationSeries(posts, input.historyFrom, now + 1, o.secondWave);
  const found = communicationWaves(series, incident, official, now, o.secondWave);
  const { impacts, waves } = waveBackfires(judged, found, posts, index, now, o.waveBackfire);
  const promises = checkPromises(official, incident, now, o.promise);
  const harm = harmTriage(posts, incident.startT, now + 1, o.harmLimit);
  const routine = routineDuring(official, incident, now);
  const scorecard = communicationScorecard({
    routine,
    ack,
    impacts,
    waves,
    promises,
    fixClaims,
    harm,
    targets: input.targets ?? {},
  });
  return { ack, impacts, waves, promises, fixClaims, harm, routine, scorecard };
}
