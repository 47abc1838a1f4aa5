import type { CommTargets, CommunicationReport } from '../../../shared/communication';
import { type AckClockOptions, acknowledgementClock } from './ack-clock';
import { harmTriage } from './harm';
import { type ImpactOptions, statementImpacts } from './impact';
import { type FixClaimOptions, type PromiseOptions, checkFixClaims, checkPromises } from './promises';
import { communicationScorecard } from './scorecard';
import { type SecondWaveOptions, communicationSeries, communicationWaves } from './second-wave';
import type { ExpectedPoint, IncidentSpan, OfficialPost, PublicPost } from './types';

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
    promise?: Partial<PromiseOptions>;
    fixClaim?: Partial<FixClaimOptions>;
    harmLimit?: number;
  };
};

/** Every communication figure for one incident, and the scorecard built from them. */
export function communicationReport(input: CommunicationInput): CommunicationReport {
  const { incident, now, official, posts } = input;
  const o = input.options ?? {};
  const ack = acknowledgementClock(official, incident, now, { ...o.ack, targets: input.targets ?? {} });
  const impacts = statementImpacts(official, posts, incident, now, o.impact);
  const series = communicationSeries(posts, input.historyFrom, now + 1, o.secondWave);
  const waves = communicationWaves(series, incident, official, now, o.secondWave);
  const promises = checkPromises(official, incident, now, o.promise);
  const fixClaims = checkFixClaims(official, input.complaints, incident, now, o.fixClaim);
  const harm = harmTriage(posts, incident.startT, now + 1, o.harmLimit);
  const scorecard = communicationScorecard({
    ack,
    impacts,
    waves,
    promises,
    fixClaims,
    harm,
    targets: input.targets ?? {},
  });
  return { ack, impacts, waves, promises, fixClaims, harm, scorecard };
}
