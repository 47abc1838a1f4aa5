import { describe, expect, it } from 'vitest';
import { COMPLAINT_THRESHOLD, createScorer } from '../../../server/scoring/index';

const scorer = createScorer();

const COMPLAINTS: ReadonlyArray<readonly [string, string]> = [
  ['availability question', 'is the app down??'],
  ['anyone else', 'anyone else having trouble with online banking?'],
  ['negated function + waiting time', "still can't log in, 3 hours now"],
  ['missing payment', 'payment never arrived'],
  ['failure verb + service noun', 'app keeps crashing after the update'],
  ['down again', 'website down again'],
  ['addressed to the brand', '@mybank your customer service is useless, on hold for 2 hours'],
  ['sarcastic thanks', 'thanks @mybank for losing my transfer'],
  ['fees', 'charged twice for the same payment, want a refund'],
  ['fraud', 'someone took money from my account, fraud?'],
  ['no updates', 'no updates from @mybank for 5 hours, what is going on?'],
  ['hashtag', '@mybank card declined AGAIN #fail'],
];

const NOT_COMPLAINTS: ReadonlyArray<readonly [string, string]> = [
  ['negative mood, no service', 'I hate Mondays'],
  ['praise', 'Thanks @mybank, the transfer went through fine'],
  ['praise of staff', 'The staff at my branch were lovely today'],
  ['neutral news', 'Bank announces new branch opening hours'],
  ['eager', "Can't wait for the new app"],
  ['plain statement', 'I paid my rent today'],
];

describe('complaint', () => {
  it.each(COMPLAINTS)('%s: "%s" is a complaint', (_what, text) => {
    const score = scorer.score(text);
    expect(score.complaint).toBe(true);
    expect(score.complaintScore).toBeGreaterThanOrEqual(COMPLAINT_THRESHOLD);
  });

  it.each(NOT_COMPLAINTS)('%s: "%s" is not a complaint', (_what, text) => {
    const score = scorer.score(text);
    expect(score.complaint).toBe(false);
    expect(score.complaintScore).toBeLessThan(COMPLAINT_THRESHOLD);
  });

  it('is not the same as negative sentiment', () => {
    const down = scorer.score('is the app down??');
    const mondays = scorer.score('I hate Mondays');
    expect(down.label).not.toBe('negative');
    expect(down.complaint).toBe(true);
    expect(mondays.label).toBe('negative');
    expect(mondays.complaint).toBe(false);
  });

  it('rises with waiting and repetition', () => {
    const once = scorer.score('my transfer failed').complaintScore;
    const again = scorer.score('my transfer failed again, still waiting 3 days').complaintScore;
    expect(again).toBeGreaterThan(once);
  });
});

describe('harm', () => {
  const HARM: readonly string[] = [
    "my wages haven't arrived and rent is due tomorrow @mybank",
    "card declined at the pharmacy, can't get my insulin",
    "can't buy food, my benefits payment is missing",
    'transfer failed and I will miss the tax deadline',
  ];
  const NO_HARM: readonly string[] = [
    'I paid my rent today, thanks @mybank',
    'the app is down again',
    'got my salary early this month',
  ];
  it.each(HARM)('"%s" is flagged as hardship', (text) => {
    const score = scorer.score(text);
    expect(score.harm).toBe(true);
    expect(score.why.some((w) => w.rule === 'harm')).toBe(true);
  });
  it.each(NO_HARM)('"%s" is not', (text) => {
    expect(scorer.score(text).harm).toBe(false);
  });
});
