import type { Why } from '../../shared/score';
import type { Evidence } from './evidence';

// A complaint is an expectation breached. The score is a logistic over a handful of cues, each
// with a hand-set weight (see docs/scoring.md). Negative mood alone stays below the threshold unless it
// is addressed to someone ("@bank you are useless"), so "I hate Mondays" is not a complaint.

const BIAS = -2.2;
export const COMPLAINT_THRESHOLD = 0.5;
const SERVICE_FAILURE = 0.8;
const AVAILABILITY_QUESTION = 1.0;

/** Weight per cue occurrence, and how many occurrences count. */
const CUE_WEIGHTS: Readonly<Record<string, readonly [number, number]>> = {
  failure: [1.4, 2],
  'soft-failure': [1.2, 1],
  'negated-function': [1.6, 2],
  waiting: [0.5, 2],
  time: [0.8, 1],
  'complaint-term': [0.9, 2],
  'availability-question': [1.6, 1],
  gratitude: [-0.8, 1],
};

export interface ComplaintResult {
  score: number;
  complaint: boolean;
  why: Why[];
}

export function complaintOf(ev: Evidence, sentiment: number): ComplaintResult {
  let z = BIAS;
  const why: Why[] = [];
  const used: Record<string, number> = {};
  const softOk = ev.categories.length > 0 || ev.questions > 0 || ev.leadingMention;
  const hardFailure = ev.failure + ev.negatedFunction > 0 || (softOk && ev.softFailure > 0);
  for (const w of ev.complaintWhy) {
    const spec = CUE_WEIGHTS[w.rule];
    if (!spec) continue;
    if (w.rule === 'soft-failure' && !softOk) continue;
    if (w.rule === 'gratitude' && hardFailure) continue;
    const n = used[w.rule] ?? 0;
    if (n >= spec[1]) continue;
    used[w.rule] = n + 1;
    z += spec[0];
    why.push({ term: w.term, rule: `complaint:${w.rule}`, weight: spec[0] });
  }
  // A failure of something named ("payment never arrived") is the core complaint pattern.
  if (hardFailure && ev.categories.length > 0) {
    z += SERVICE_FAILURE;
    why.push({
      term: ev.categoryWhy[0]?.term ?? '',
      rule: 'complaint:service-failure',
      weight: SERVICE_FAILURE,
    });
  }
  // "is the app down??": asking whether something works is a complaint without any negative word.
  if (hardFailure && ev.questions > 0 && (used['availability-question'] ?? 0) === 0) {
    z += AVAILABILITY_QUESTION;
    why.push({ term: '?', rule: 'complaint:availability-question', weight: AVAILABILITY_QUESTION });
  }
  const addressed = ev.leadingMention || ev.address > 0;
  const neg = sentiment < 0 ? -sentiment : 0;
  z += neg * (addressed ? 3.2 : 2.0);
  if (addressed && (hardFailure || ev.complaintTerms > 0 || neg > 0.2)) z += 0.6;
  if (sentiment > 0) z -= sentiment * 2.2;
  const score = 1 / (1 + Math.exp(-z));
  const safe = Number.isFinite(score) ? Math.round(score * 1000) / 1000 : 0;
  return { score: safe, complaint: safe >= COMPLAINT_THRESHOLD, why };
}
