/** Pure communication analytics for one incident. See docs/communication.md. */
export {
  acknowledgementClock,
  asOfInstant,
  median,
  meterState,
  officialDuring,
  updatesDuring,
} from './ack-clock';
export type { AckClockOptions } from './ack-clock';
export { DEFAULT_WAVE_BACKFIRE, waveBackfires } from './backfire';
export type { WaveBackfireOptions } from './backfire';
export { changePoint } from './change-point';
export { classifyContext, classifyPost } from './classify';
export type { ClassifyContext, PostClass } from './classify';
export { formatClock, formatMinutes, quote } from './format';
export { harmTriage } from './harm';
export { DEFAULT_IMPACT, statementImpact, statementImpacts } from './impact';
export type { ImpactContext, ImpactOptions } from './impact';
export { classifyOfficial, isStatement, officialRef, reactionsTo, splitPosts } from './posts';
export { parseFixClaim, parsePromise } from './promise-parse';
export type { ParsedFixClaim, ParsedPromise, PromiseZone } from './promise-parse';
export { DEFAULT_FIX_CLAIM, DEFAULT_PROMISE, checkFixClaims, checkPromises } from './promises';
export type { FixClaimOptions, PromiseOptions } from './promises';
export { denseSeries, monitorSeries } from './replay';
export { communicationReport, communicationSpan } from './report';
export { routineDuring } from './routine';
export { DEFAULT_REFERENCES, contentPairs, pairIndex, referencingPosts } from './references';
export type { PairIndex, ReferenceOptions } from './references';
export type { CommunicationInput } from './report';
export { communicationScorecard, gradeFor } from './scorecard';
export type { ScorecardInput } from './scorecard';
export {
  DEFAULT_SECOND_WAVE,
  communicationSeries,
  communicationWaves,
  isCommunicationComplaint,
} from './second-wave';
export type { CommMinute, SecondWaveOptions } from './second-wave';
export { fitLogisticTrend, fitPoissonTrend, forecastCount, forecastShare } from './trend';
export type { Forecast, TrendFit } from './trend';
export type {
  ClassifiedOfficial,
  ExpectedPoint,
  IncidentSpan,
  OfficialPost,
  PublicPost,
} from './types';
