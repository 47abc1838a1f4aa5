import { clockAt } from './engine';
import { BACKFIRE_REACTIONS, BANK_OUTAGE, HARDSHIP, SERVICE_ANGER, SILENCE } from './phrases';
import type { Scenario } from './types';

/**
 * (a) A bank outage acknowledged after 95 minutes. A support agent tells a customer who cannot buy food
 * to "borrow from friends and family"; the reply is quoted angrily and complaints about customer service
 * and communication surge (the second wave). The promised update comes 45 minutes late.
 */
export const slowAckBackfire: Scenario = {
  id: 'slow-ack-backfire',
  title: 'Slow acknowledgement, a backfiring support reply and a second wave',
  brandId: 'northwind-bank',
  script: ({ start }) => ({
    durationMin: 250,
    posts: [
      {
        key: 'ack',
        atMin: 95.4,
        by: 'voice',
        text: `We're aware some customers can't log in or make payments. Our teams are working on it and we'll post an update by ${clockAt(start, 155)}.`,
      },
      {
        key: 'customer',
        atMin: 118.3,
        by: 'customer',
        shares: 340,
        text: "@NorthwindHelp @NorthwindBank my wages haven't arrived and I can't buy food for my kids tonight. What am I supposed to do?",
      },
      {
        key: 'borrow-reply',
        atMin: 124.2,
        by: 'help',
        replyTo: 'customer',
        text: "Sorry to hear that. While we work on it, could you borrow from friends and family until the issue is resolved? We'll be in touch.",
      },
      {
        key: 'update',
        atMin: 200.1,
        by: 'voice',
        text: "Update: we've found the cause of the login and payment problems and are rolling out a fix. Next update within the hour.",
      },
      {
        key: 'resolved',
        atMin: 249.6,
        by: 'voice',
        text: "Logins and payments are back up and running. We're sorry for the disruption and for our reply to a customer earlier; any fees will be refunded.",
      },
    ],
    waves: [
      {
        key: 'outage',
        curve: {
          fromMin: 0,
          toMin: 247,
          peak: 6,
          rampMin: 3,
          decayMin: 4,
          steps: [{ atMin: 98, factor: 0.85 }],
        },
        mix: [{ bank: BANK_OUTAGE, weight: 1 }],
      },
      {
        key: 'silence',
        curve: { fromMin: 20, toMin: 96, peak: 0.5, rampMin: 60, decayMin: 8 },
        mix: [{ bank: SILENCE, weight: 1 }],
      },
      {
        key: 'hardship',
        curve: { fromMin: 15, toMin: 240, peak: 0.3, rampMin: 30, decayMin: 10 },
        mix: [{ bank: HARDSHIP, weight: 1 }],
        maxShares: 40,
      },
      {
        key: 'reactions',
        curve: { fromMin: 125, toMin: 165, peak: 1.2, rampMin: 4, decayMin: 15 },
        mix: [{ bank: BACKFIRE_REACTIONS, weight: 1 }],
        replyTo: 'borrow-reply',
        maxShares: 60,
      },
      {
        key: 'second-wave',
        curve: { fromMin: 126, toMin: 230, peak: 2.5, rampMin: 8, decayMin: 15 },
        mix: [{ bank: SERVICE_ANGER, weight: 1 }],
      },
    ],
  }),
  truth: {
    incident: true,
    ackDelayMin: 95,
    longestSilenceMin: 105,
    backfired: ['borrow-reply'],
    calming: [],
    secondWave: { startMin: 125, precededBy: 'borrow-reply' },
    missedPromises: ['ack'],
    keptPromises: ['update'],
    contradictedFixClaims: [],
    heldFixClaims: ['resolved'],
    topHarmPost: 'customer',
  },
};
