import { hashString, mulberry32, pick } from '../../random';
import { customerName } from '../engine';
import type { Scenario, ScriptedPost } from '../types';

// Held out: written after the classifier and never tuned on. Different wording from the library.

const OUTAGE = [
  '{b} broadband dead since this morning, router light flashing red',
  'working from home and {b} internet just cut out. again.',
  'no wifi, no tv, nothing. {b} sort it out',
  '{b} fibre down in my area? speed test says 0',
  'paying {b} for broadband that does not work',
];
const QUOTED = [
  '"a small number of customers"?? half the town is offline {b}. pathetic communication',
  '{b} calling this "a small number of customers" is insulting. terrible communication',
  'small number of customers my foot {b}. be honest with people. awful communication',
];
const HELP = [
  'Apologies for the interruption to your service. Our engineers are aware and working on it.',
  "We're sorry your broadband is down. There's a known fault in your area which our team is fixing.",
  'Thanks for letting us know. Could you send us a DM with your account number so we can check your line?',
];

export const telcoDismissive: Scenario = {
  id: 'held-out-telco-dismissive',
  title: 'Held out: a broadband outage called "a small number of customers", quoted back',
  brandId: 'zephyr-mobile',
  script: () => {
    const rng = mulberry32(hashString('held-out-telco:replies'));
    const replies: ScriptedPost[] = Array.from({ length: 52 }, (_, i) => ({
      key: `reply-${i}`,
      atMin: 8 + i * 3.1,
      by: 'help',
      text: `@${customerName(rng)} ${pick(rng, HELP)}`,
    }));
    return {
      durationMin: 190,
      posts: [
        ...replies,
        {
          key: 'newsletter',
          atMin: 22.5,
          by: 'voice',
          text: 'Our spring newsletter is out now: five ways to get more from your home wifi. Read it on our website.',
        },
        {
          key: 'minimise',
          atMin: 37.2,
          by: 'voice',
          text: 'A small number of customers may be experiencing intermittent broadband issues. Our engineers are investigating.',
        },
        {
          key: 'competition',
          atMin: 74.9,
          by: 'voice',
          text: 'WIN a 65" TV! Follow us and retweet to enter. Closes Sunday, T&Cs apply.',
        },
        {
          key: 'cause',
          atMin: 110.3,
          by: 'voice',
          text: 'Update: a damaged fibre cable near our exchange is behind the broadband outage. Crews are on site repairing it.',
        },
        {
          key: 'restored',
          atMin: 183.6,
          by: 'voice',
          text: 'Broadband has been restored to all affected areas. We apologise for the disruption and will credit affected accounts.',
        },
      ],
      waves: [
        {
          key: 'outage',
          curve: { fromMin: 0, toMin: 180, peak: 4.5, rampMin: 3, decayMin: 4 },
          mix: [{ bank: OUTAGE, weight: 1 }],
        },
        {
          key: 'quoted',
          curve: { fromMin: 39, toMin: 90, peak: 1.5, rampMin: 5, decayMin: 12 },
          mix: [{ bank: QUOTED, weight: 1 }],
          maxShares: 80,
        },
        {
          key: 'quote-replies',
          curve: { fromMin: 38, toMin: 70, peak: 0.6, rampMin: 3, decayMin: 10 },
          mix: [{ bank: QUOTED, weight: 1 }],
          replyTo: 'minimise',
        },
      ],
    };
  },
  truth: {
    incident: true,
    ackDelayMin: 37.2,
    longestSilenceMin: 73,
    backfired: ['minimise'],
    calming: [],
    secondWave: { startMin: 39, precededBy: 'minimise' },
    missedPromises: [],
    keptPromises: [],
    contradictedFixClaims: [],
    heldFixClaims: ['restored'],
    topHarmPost: null,
    routine: ['newsletter', 'competition'],
  },
};
