import { clockAt } from './engine';
import { FIX_CLAIM_REACTIONS, NETWORK_OUTAGE, NOT_FIXED } from './phrases';
import type { Scenario } from './types';

/**
 * (c) A mobile network outage declared "fixed" after 65 minutes while it is not: complaints dip, then
 * come back with people quoting the claim as misleading. The apology promises an update "within the
 * hour" that comes 15 minutes late.
 */
export const prematureFix: Scenario = {
  id: 'premature-fix',
  title: 'A premature "fixed" claim followed by renewed complaints',
  brandId: 'zephyr-mobile',
  script: ({ start }) => ({
    durationMin: 175,
    posts: [
      {
        key: 'ack',
        atMin: 12.3,
        by: 'voice',
        text: "We're aware of a network problem affecting mobile data and signal in some areas. Engineers are on it; next update in 30 minutes.",
      },
      {
        key: 'update',
        atMin: 40.2,
        by: 'voice',
        text: `Update: engineers have found a faulty router in our core network and are replacing it. Next update by ${clockAt(start, 70)}.`,
      },
      {
        key: 'fixed',
        atMin: 65.1,
        by: 'voice',
        text: 'Good news: the network problem has been fixed and all services are restored. Thanks for your patience!',
      },
      {
        key: 'reopened',
        atMin: 100.4,
        by: 'voice',
        text: "We're sorry: some customers are still without signal. We're investigating again and will update you within the hour.",
      },
      {
        key: 'resolved',
        atMin: 175.3,
        by: 'voice',
        text: "Mobile data and signal are back to normal for everyone now. We're very sorry for the disruption and for the confusion earlier.",
      },
    ],
    waves: [
      {
        key: 'outage',
        curve: {
          fromMin: 0,
          toMin: 175,
          peak: 5,
          rampMin: 1,
          decayMin: 4,
          steps: [
            { atMin: 67, factor: 0.35 },
            { atMin: 80, factor: 2.6 },
          ],
        },
        mix: [{ bank: NETWORK_OUTAGE, weight: 1 }],
      },
      {
        key: 'not-fixed',
        curve: { fromMin: 78, toMin: 175, peak: 1.5, rampMin: 6, decayMin: 4 },
        mix: [{ bank: NOT_FIXED, weight: 1 }],
      },
      {
        key: 'claim-reactions',
        curve: { fromMin: 70, toMin: 105, peak: 0.8, rampMin: 5, decayMin: 10 },
        mix: [{ bank: FIX_CLAIM_REACTIONS, weight: 1 }],
        replyTo: 'fixed',
        maxShares: 30,
      },
    ],
  }),
  truth: {
    incident: true,
    ackDelayMin: 12,
    longestSilenceMin: 75,
    backfired: ['fixed'],
    calming: [],
    secondWave: null,
    missedPromises: ['reopened'],
    keptPromises: ['ack', 'update'],
    contradictedFixClaims: ['fixed'],
    heldFixClaims: ['resolved'],
    topHarmPost: null,
  },
};
