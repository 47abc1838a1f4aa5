import { hashString, mulberry32, pick } from '../random';
import { customerName } from './engine';
import { BANK_OUTAGE, REPLY_QUOTES, SERVICE_ANGER, SILENCE, THANKS } from './phrases';
import type { Scenario, ScriptedPost } from './types';

/** What a help desk says to one customer after another while the app is down. */
const SOOTHING = [
  "Sorry you're having trouble. We know the app is down for some customers and our team is working on it.",
  'Really sorry about this. We know some customers are having problems logging in, we are working to fix it.',
  "Thanks for your patience. There's a problem with logins right now; our engineers are on it.",
  "Sorry for the hassle. We're aware of the issue with payments and are working on a fix. Keep an eye on our page for updates.",
  'Hi, sorry to hear that. Please DM us your details and we will take a look.',
];

/** Scheduled marketing that nobody paused. */
const MARKETING: readonly { key: string; atMin: number; text: string }[] = [
  {
    key: 'promo-saver',
    atMin: 41.5,
    text: 'Spring into saving: our Easy Saver now pays 4.1 % AER. Open one in minutes in the app 🌷',
  },
  {
    key: 'promo-tips',
    atMin: 88.2,
    text: 'Did you know? You can round up every card purchase and save the change. Find out more on our blog.',
  },
  {
    key: 'promo-mortgage',
    atMin: 140.7,
    text: 'Moving home this spring? Our fixed-rate mortgages start from 3.9 %. Book a chat with an adviser today.',
  },
];

/**
 * A bank whose account behaves like a real one during an outage: scheduled marketing keeps running, a
 * help handle answers 60 customers one by one (most replies soothing, a few thanked), the first public
 * statement comes at 63 minutes, and one reply ("works fine on our end, try reinstalling") is quoted
 * back in a wave of complaints about customer service. The naive clock stops at the first reply (12 min).
 */
export const busyAccount: Scenario = {
  id: 'busy-account',
  title: 'A busy account: marketing keeps running, a help desk answers 60 customers, one reply backfires',
  brandId: 'northwind-bank',
  script: () => {
    const rng = mulberry32(hashString('busy-account:replies'));
    const replies: ScriptedPost[] = Array.from({ length: 60 }, (_, i) => ({
      key: `reply-${i}`,
      atMin: 12 + i * 2.6,
      by: 'help',
      text: `@${customerName(rng)} ${pick(rng, SOOTHING)}`,
    }));
    return {
      durationMin: 200,
      posts: [
        ...MARKETING.map((m) => ({ ...m, by: 'voice' as const })),
        ...replies.filter((r) => r.atMin < 95 || r.atMin > 97),
        {
          key: 'ack',
          atMin: 63.3,
          by: 'voice',
          text: "We're aware that some customers can't log in to the app or make payments. Our teams are working to fix it and we'll update you here.",
        },
        {
          key: 'bad-reply',
          atMin: 96.1,
          by: 'help',
          text: '@jo_smith41 The app works fine on our end. Have you tried deleting it and reinstalling it?',
        },
        {
          key: 'update',
          atMin: 131.8,
          by: 'voice',
          text: 'Update: the login problem was caused by a faulty certificate. We are replacing it now. Sorry for our earlier replies, the app is not working for anyone yet.',
        },
        {
          key: 'resolved',
          atMin: 192.4,
          by: 'voice',
          text: 'The app and payments are back up and running. No late fees until 1 March for anyone affected, and any charges caused will be refunded.',
        },
      ],
      waves: [
        {
          key: 'outage',
          curve: { fromMin: 0, toMin: 190, peak: 5, rampMin: 3, decayMin: 4 },
          mix: [{ bank: BANK_OUTAGE, weight: 1 }],
        },
        {
          key: 'silence',
          curve: { fromMin: 20, toMin: 64, peak: 0.4, rampMin: 30, decayMin: 6 },
          mix: [{ bank: SILENCE, weight: 1 }],
        },
        {
          key: 'quoted',
          curve: { fromMin: 97, toMin: 135, peak: 1.3, rampMin: 4, decayMin: 12 },
          mix: [{ bank: REPLY_QUOTES, weight: 1 }],
          replyTo: 'bad-reply',
          maxShares: 50,
        },
        {
          key: 'service-wave',
          curve: { fromMin: 98, toMin: 150, peak: 1.6, rampMin: 6, decayMin: 12 },
          mix: [
            { bank: REPLY_QUOTES, weight: 2 },
            { bank: SERVICE_ANGER, weight: 1 },
          ],
        },
        {
          key: 'thanks',
          curve: { fromMin: 20, toMin: 60, peak: 0.2, rampMin: 5, decayMin: 5 },
          mix: [{ bank: THANKS, weight: 1 }],
          replyTo: 'reply-3',
        },
      ],
    };
  },
  truth: {
    incident: true,
    ackDelayMin: 63,
    longestSilenceMin: 69,
    backfired: ['bad-reply'],
    calming: [],
    secondWave: { startMin: 97, precededBy: 'bad-reply' },
    missedPromises: [],
    keptPromises: [],
    contradictedFixClaims: [],
    heldFixClaims: ['resolved'],
    topHarmPost: null,
    routine: MARKETING.map((m) => m.key),
  },
};
