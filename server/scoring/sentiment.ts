import type { SentimentLabel } from '../../shared/enums';
import { round } from './analyze';
import type { Evidence } from './evidence';

/** |sentiment| below this is always labelled neutral (VADER uses the same band on its compound score). */
export const NEUTRAL_BAND = 0.05;
/**
 * A post whose sentiment rests on a single term is neutral below this: one mild word ("ok", "free",
 * "fine") does not make a post positive. Two or more terms use NEUTRAL_BAND.
 */
export const SINGLE_TERM_BAND = 0.25;
/** Squashing constant: sentiment = sum / sqrt(sum^2 + ALPHA), VADER's normalisation. */
const ALPHA = 15;
const BANG_INCREMENT = 0.292;
const MAX_BANGS = 4;
/** Sarcasm markers turn praise into its opposite, at reduced strength. */
const SARCASM_FLIP = 1.5;
/** Posts sharing a link mostly relay a headline: the writer's own feeling is weaker than the words. */
const LINK_FACTOR = 0.6;

/** Final sentiment in [-1, 1] from the evidence sum, with punctuation emphasis and sarcasm. */
export function sentimentOf(ev: Evidence): number {
  let sum = ev.sum;
  const sarcastic =
    ev.sarcasm || (ev.irony && (ev.failure > 0 || ev.negatedFunction > 0 || ev.negative >= ev.positive / 2));
  if (sarcastic && ev.positive > 0) {
    ev.sarcastic = true;
    sum -= SARCASM_FLIP * ev.positive;
    ev.why.push({ term: ev.sarcasmTerm, rule: 'sarcasm', weight: round(-SARCASM_FLIP * ev.positive) });
  }
  if (sum !== 0) {
    let amp = Math.min(ev.bangs, MAX_BANGS) * BANG_INCREMENT;
    if (ev.questions > 1) amp += ev.questions <= 3 ? ev.questions * 0.18 : 0.96;
    sum += sum > 0 ? amp : -amp;
  }
  if (ev.hasUrl) sum *= LINK_FACTOR;
  if (!Number.isFinite(sum)) return 0;
  const s = sum / Math.sqrt(sum * sum + ALPHA);
  return s > 1 ? 1 : s < -1 ? -1 : round(s);
}

/** Neutral bands: below `single` for a post resting on one term, below `multi` otherwise. */
export interface Band {
  single: number;
  multi: number;
}
export const DEFAULT_BAND: Band = { single: SINGLE_TERM_BAND, multi: NEUTRAL_BAND };

export function labelOf(sentiment: number, terms: number, bands: Band = DEFAULT_BAND): SentimentLabel {
  const band = terms <= 1 ? bands.single : bands.multi;
  if (sentiment >= band) return 'positive';
  if (sentiment <= -band) return 'negative';
  return 'neutral';
}
