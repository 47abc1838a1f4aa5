import { PRAISE } from './phrases';
import type { Scenario } from './types';

/** (d) The control: a promotion sets off 40 minutes of praise. Volume jumps, complaints do not. */
export const praiseBuzz: Scenario = {
  id: 'praise-buzz',
  title: 'Control: a harmless burst of praise (no incident)',
  brandId: 'zephyr-mobile',
  script: () => ({
    durationMin: 40,
    posts: [
      {
        key: 'promo',
        atMin: 0.2,
        by: 'voice',
        text: 'Free roaming all weekend for every customer, on us! Enjoy 🎉',
      },
    ],
    waves: [
      {
        key: 'praise',
        curve: { fromMin: 1, toMin: 40, peak: 10, rampMin: 5, decayMin: 8 },
        mix: [{ bank: PRAISE, weight: 1 }],
        replyTo: 'promo',
        maxShares: 50,
      },
    ],
  }),
  truth: {
    incident: false,
    ackDelayMin: null,
    longestSilenceMin: null,
    backfired: [],
    calming: [],
    secondWave: null,
    missedPromises: [],
    keptPromises: [],
    contradictedFixClaims: [],
    heldFixClaims: [],
    topHarmPost: null,
  },
};
