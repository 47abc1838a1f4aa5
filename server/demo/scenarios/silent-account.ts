import { NETWORK_OUTAGE, SERVICE_ANGER, SILENCE } from './phrases';
import type { Scenario } from './types';

const MARKETING: readonly { key: string; atMin: number; text: string }[] = [
  {
    key: 'promo-data',
    atMin: 9.4,
    text: 'Unlimited data for £10 a month 📱 Switch to Zephyr today and get your first month free.',
  },
  {
    key: 'promo-roaming',
    atMin: 47.8,
    text: 'Off on holiday? Roam like at home in 50 destinations. Check out our travel add-ons.',
  },
  { key: 'promo-friday', atMin: 101.2, text: 'Happy Friday! What are your weekend plans? 🎉' },
];

/**
 * A mobile network outage during which the account never says a word about it: the scheduled posts go
 * out as planned and complaints about the silence grow. While open and before 30 minutes it has no
 * grade (pending); after that it is graded, and once over it was "never acknowledged".
 */
export const silentAccount: Scenario = {
  id: 'silent-account',
  title: 'An account that goes silent: only scheduled posts during a network outage',
  brandId: 'zephyr-mobile',
  script: () => ({
    durationMin: 150,
    posts: MARKETING.map((m) => ({ ...m, by: 'voice' as const })),
    waves: [
      {
        key: 'outage',
        curve: { fromMin: 0, toMin: 145, peak: 4, rampMin: 3, decayMin: 4 },
        mix: [{ bank: NETWORK_OUTAGE, weight: 1 }],
      },
      {
        key: 'silence',
        curve: { fromMin: 25, toMin: 145, peak: 0.8, rampMin: 40, decayMin: 8 },
        mix: [
          { bank: SILENCE, weight: 2 },
          { bank: SERVICE_ANGER, weight: 1 },
        ],
      },
    ],
  }),
  truth: {
    incident: true,
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
    routine: MARKETING.map((m) => m.key),
    silent: true,
  },
};
