import { CARDS_OUTAGE, HARDSHIP, THANKS } from './phrases';
import type { Scenario, Wave } from './types';

const thanks = (key: string, atMin: number): Wave => ({
  key: `thanks-${key}`,
  curve: { fromMin: atMin + 1, toMin: atMin + 15, peak: 0.4, rampMin: 2, decayMin: 5 },
  mix: [{ bank: THANKS, weight: 1 }],
  replyTo: key,
  maxShares: 10,
});

/**
 * (b) A card-payment outage handled well: acknowledged in 8 minutes, a clear update every 25 minutes or
 * so, every promise kept, and a resolution that holds. The first two updates (the cause found, the
 * rollback working) each bring complaints down by almost half; the third changes nothing.
 */
export const wellHandled: Scenario = {
  id: 'well-handled',
  title: 'A well-handled outage with frequent calming updates',
  brandId: 'harbor-pay',
  script: () => ({
    durationMin: 110,
    posts: [
      {
        key: 'ack',
        atMin: 8.2,
        by: 'voice',
        text: "We know card payments are failing for some of you. We're sorry: we're on it and will update you within 30 minutes.",
      },
      {
        key: 'update-1',
        atMin: 30.3,
        by: 'voice',
        text: "Update: we've found the cause, a faulty change to our card processing, and are rolling it back now. Your money is safe. Next update in 30 minutes.",
      },
      {
        key: 'update-2',
        atMin: 55.1,
        by: 'voice',
        text: 'Update: the rollback is working and most card payments go through again. Your money is safe. Next update in 30 minutes.',
      },
      {
        key: 'update-3',
        atMin: 80.4,
        by: 'voice',
        text: "Update: nearly all payments are going through. We're checking the last few and will update you within 30 minutes.",
      },
      {
        key: 'resolved',
        atMin: 108.2,
        by: 'voice',
        text: 'Card payments are working again for everyone. Thank you for your patience, and sorry for the trouble. Any fees it caused will be refunded.',
      },
    ],
    waves: [
      {
        key: 'outage',
        curve: {
          fromMin: 0,
          toMin: 108,
          peak: 12,
          rampMin: 1,
          decayMin: 4,
          steps: [
            { atMin: 11, factor: 0.85 },
            { atMin: 33, factor: 0.55 },
            { atMin: 58, factor: 0.55 },
          ],
        },
        mix: [
          { bank: CARDS_OUTAGE, weight: 0.96 },
          { bank: HARDSHIP, weight: 0.04 },
        ],
      },
      thanks('update-1', 30),
      thanks('update-2', 55),
      thanks('update-3', 80),
      thanks('resolved', 108),
    ],
  }),
  truth: {
    incident: true,
    ackDelayMin: 8,
    longestSilenceMin: 28,
    backfired: [],
    calming: ['update-1', 'update-2'],
    secondWave: null,
    missedPromises: [],
    keptPromises: ['ack', 'update-1', 'update-2', 'update-3'],
    contradictedFixClaims: [],
    heldFixClaims: ['resolved'],
    topHarmPost: null,
  },
};
