import type { Score } from '../../shared/score';
import type { ScoreFn } from '../../server/ingest/pipeline';

/**
 * A deterministic scorer for API tests, so filters and rollups can be asserted exactly without depending
 * on lexicon tuning. Markers in the text decide the score:
 *   [neg] / [pos]   sentiment -0.5 / +0.5 (label negative / positive), else 0 (neutral)
 *   [complaint]     complaint true, complaintScore 0.9 (else 0.1)
 *   [cat:NAME]      category NAME (repeatable)
 *   [harm]          harm true
 */
export const stubScore: ScoreFn = (text, lang) => {
  const neg = text.includes('[neg]');
  const pos = text.includes('[pos]');
  const sentiment = neg ? -0.5 : pos ? 0.5 : 0;
  const complaint = text.includes('[complaint]');
  const categories = [...text.matchAll(/\[cat:([a-z_]+)\]/g)].map((m) => m[1] ?? '').filter(Boolean);
  const score: Score = {
    sentiment,
    label: neg ? 'negative' : pos ? 'positive' : 'neutral',
    complaint,
    complaintScore: complaint ? 0.9 : 0.1,
    categories,
    harm: text.includes('[harm]'),
    lang: lang ?? 'en',
    scored: true,
    why: [],
  };
  return score;
};
