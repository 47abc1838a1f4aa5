import { busyAccount } from './busy-account';
import { praiseBuzz } from './praise-buzz';
import { prematureFix } from './premature-fix';
import { secondLanguage } from './second-language';
import { silentAccount } from './silent-account';
import { slowAckBackfire } from './slow-ack-backfire';
import type { Scenario } from './types';
import { wellHandled } from './well-handled';

export type * from './types';
export { clockAt, curveRate, postId, scenarioMinute, scenarioSpanMin } from './engine';

/** The scenario library: incident stories with their ground truth (server/demo and test/api/scenarios). */
export const SCENARIOS: readonly Scenario[] = [
  slowAckBackfire,
  wellHandled,
  prematureFix,
  praiseBuzz,
  busyAccount,
  secondLanguage,
  silentAccount,
];

export function scenarioById(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}

export { busyAccount, praiseBuzz, prematureFix, secondLanguage, silentAccount, slowAckBackfire, wellHandled };
