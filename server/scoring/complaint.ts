import type { Why } from '../../shared/score';
import type { Evidence } from './evidence';

// A complaint is an expectation breached. The score is a logistic model over a few dozen hand-made cues
// (counts capped at 1 or 2). The weights were fitted once on the dev complaint sets by
// bench/scoring-fit.ts (L2-regularised, then rounded) and are fixed here; see docs/scoring.md.

export const COMPLAINT_THRESHOLD = 0.5;

export const FEATURES = [
  'bias',
  'failure',
  'soft-failure',
  'negated-function',
  'waiting',
  'time',
  'complaint-term',
  'availability-question',
  'gratitude',
  'request',
  'attempt',
  'hashtag',
  'negation',
  'negative-sentiment',
  'positive-sentiment',
  'leading-mention',
  'support-handle',
  'second-person',
  'service-noun',
  'question',
  'exclamation',
  'addressed-negative',
  'service-failure',
  'failure-question',
  'info-question',
  'commerce',
  'commerce-negative',
  'own-commerce',
  'money',
  'expectation',
  'caps',
  'questions',
  'hardship',
  'chatter',
  'third-person',
] as const;
export type Feature = (typeof FEATURES)[number];

const WEIGHTS: Readonly<Record<Feature, number>> = {
  bias: -2.2,
  failure: 0.9,
  'soft-failure': 0.1,
  'negated-function': 0.3,
  waiting: 0.9,
  time: 0.8,
  'complaint-term': 1.2,
  'availability-question': 1.2,
  gratitude: -0.8,
  request: 0.4,
  attempt: 0.6,
  hashtag: 0.6,
  negation: 1.0,
  'negative-sentiment': 1.0,
  'positive-sentiment': -0.8,
  'leading-mention': 0.8,
  'support-handle': 0.3,
  'second-person': 0.3,
  'service-noun': 0.1,
  question: -0.2,
  exclamation: -0.1,
  'addressed-negative': 0.7,
  'service-failure': 0.6,
  'failure-question': 1.0,
  'info-question': -0.1,
  commerce: 0.6,
  'commerce-negative': 0.5,
  'own-commerce': 0.4,
  money: 0.3,
  expectation: 0.4,
  caps: 0.1,
  questions: 0.6,
  hardship: 1.0,
  chatter: -0.3,
  'third-person': -0.3,
};

const cap = Math.min;
const WEIGHT_LIST: readonly number[] = FEATURES.map((f) => WEIGHTS[f]);
const RULE_NAMES = Object.fromEntries(FEATURES.map((f) => [f, `complaint:${f}`])) as Record<Feature, string>;

/** The model's inputs for one post, in FEATURES order. */
export function complaintFeatures(ev: Evidence, sentiment: number): number[] {
  const softOk = ev.categories.length > 0 || ev.questions > 0 || ev.leadingMention || ev.supportHandle;
  const soft = softOk ? cap(ev.softFailure, 1) : 0;
  const failure = cap(ev.failure + ev.negatedFunction, 2) + soft;
  const neg = Math.max(-sentiment, 0);
  const addressed = ev.leadingMention || ev.supportHandle || ev.address > 0 ? 1 : 0;
  return [
    1,
    cap(ev.failure, 2),
    soft,
    cap(ev.negatedFunction, 2),
    cap(ev.wait, 2),
    cap(ev.time, 1),
    cap(ev.complaintTerms, 2),
    cap(ev.availability, 1),
    failure > 0 || ev.sarcastic ? 0 : cap(ev.gratitude, 1),
    cap(ev.requests, 1),
    cap(ev.attempts, 2),
    cap(ev.negativeHashtags, 1),
    cap(ev.negations, 2),
    neg,
    Math.max(sentiment, 0),
    ev.leadingMention ? 1 : 0,
    ev.supportHandle ? 1 : 0,
    cap(ev.address, 1),
    ev.categories.length > 0 ? 1 : 0,
    ev.questions > 0 ? 1 : 0,
    ev.bangs > 0 ? 1 : 0,
    addressed * neg,
    failure > 0 && ev.categories.length > 0 ? 1 : 0,
    failure > 0 && ev.questions > 0 ? 1 : 0,
    // "How do I...?": asking for information, with nothing wrong mentioned.
    ev.questions > 0 && failure === 0 && ev.complaintTerms + ev.negations + ev.wait === 0 ? 1 : 0,
    cap(ev.commerce + (ev.categories.length > 0 ? 1 : 0), 2),
    ev.commerce > 0 || ev.categories.length > 0 ? neg : 0,
    cap(ev.ownCommerce, 1),
    cap(ev.money, 1),
    cap(ev.expectations, 2),
    cap(ev.capsWords, 1),
    ev.questions > 1 ? 1 : 0,
    // Money for rent, food or medicine that did not arrive: rare in the dev sets, so the weight is a prior.
    ev.harm > 0 && failure > 0 ? 1 : 0,
    cap(ev.chatter, 2),
    cap(ev.thirdPerson, 2),
  ];
}

export interface ComplaintResult {
  score: number;
  complaint: boolean;
  why: Why[];
}

export function complaintOf(ev: Evidence, sentiment: number): ComplaintResult {
  const x = complaintFeatures(ev, sentiment);
  let z = 0;
  for (let k = 0; k < FEATURES.length; k++) z += (x[k] ?? 0) * (WEIGHT_LIST[k] ?? 0);
  const score = 1 / (1 + Math.exp(-z));
  const safe = Number.isFinite(score) ? Math.round(score * 1000) / 1000 : 0;
  // Explain with the terms behind each cue, weighted like the model.
  const why: Why[] = [];
  for (const w of ev.complaintWhy) {
    const weight = WEIGHTS[w.rule as Feature];
    if (weight) {
      w.rule = RULE_NAMES[w.rule as Feature];
      w.weight = weight;
      why.push(w);
    }
  }
  return { score: safe, complaint: safe >= COMPLAINT_THRESHOLD, why };
}
