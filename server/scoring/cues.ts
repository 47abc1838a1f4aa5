import type { Evidence } from './evidence';
import { NEGATIVE_HASHTAG_PARTS, SUPPORT_HANDLE_PARTS } from './lexicons/complaint-terms';
import * as F from './term-info';
import type { TermInfo } from './term-info';

/** "not working", "can't log in": function words have no valence of their own, so negating one costs this. */
const NEGATED_FUNCTION_VALENCE = -1.0;
/** Valence of a hashtag made around a complaint word ("#epicfail"). */
const NEGATIVE_HASHTAG_VALENCE = -1.2;

/**
 * Counts the complaint, harm and address cues of one term into `ev`. Returns a valence to add when the term
 * is a negated function ("doesn't work"), else 0.
 */
export function recordCues(
  ev: Evidence,
  info: TermInfo,
  term: string,
  negated: boolean,
  prevNumeric: boolean,
  prevFlags: number,
): number {
  const flags = info.flags;
  const cw = ev.complaintWhy;
  let valence = 0;
  if (flags & F.FAILURE && !negated) {
    ev.failure++;
    cw.push({ term, rule: 'failure', weight: 0 });
  }
  if (flags & F.SOFT_FAILURE && !negated) {
    ev.softFailure++;
    cw.push({ term, rule: 'soft-failure', weight: 0 });
  }
  if (flags & (F.FUNCTION | F.HARM) && negated) {
    ev.negatedFunction++;
    cw.push({ term, rule: 'negated-function', weight: 0 });
    if (!info.hasValence) valence = NEGATED_FUNCTION_VALENCE;
  }
  if (flags & F.WAIT) {
    ev.wait++;
    cw.push({ term, rule: 'waiting', weight: 0 });
  }
  if (flags & F.TIME_UNIT && (prevNumeric || prevFlags & F.TIME_LEAD)) {
    ev.time++;
    cw.push({ term, rule: 'time', weight: 0 });
  }
  if (flags & F.COMPLAINT && !negated) {
    ev.complaintTerms++;
    cw.push({ term, rule: 'complaint-term', weight: 0 });
  }
  if (flags & F.AVAILABILITY) {
    ev.availability++;
    cw.push({ term, rule: 'availability-question', weight: 0 });
  }
  if (flags & F.GRATITUDE && !negated) {
    ev.gratitude++;
    cw.push({ term, rule: 'gratitude', weight: 0 });
  }
  if (flags & F.REQUEST) {
    ev.requests++;
    cw.push({ term, rule: 'request', weight: 0 });
  }
  if (flags & F.ATTEMPT) {
    ev.attempts++;
    cw.push({ term, rule: 'attempt', weight: 0 });
  }
  if (flags & F.COMMERCE) {
    ev.commerce++;
    if (prevFlags & F.OWNER) ev.ownCommerce++;
  }
  if (flags & F.EXPECTATION) ev.expectations++;
  if (flags & F.CHATTER) ev.chatter++;
  if (flags & F.THIRD_PERSON) ev.thirdPerson++;
  if (flags & F.NEGATOR) ev.negations++;
  if (flags & F.ADDRESS) ev.address++;
  if (flags & F.QUESTION_WORD) ev.questionWords++;
  if (flags & F.HARM) {
    ev.harm++;
    ev.harmWhy.push({ term, rule: 'harm', weight: 1 });
  }
  return valence;
}

// One case-insensitive regex per list, built once: mentions and hashtags are tested without lower-casing.
const SUPPORT_HANDLE = new RegExp(`^ask|${SUPPORT_HANDLE_PARTS.join('|')}`, 'i');
const NEGATIVE_HASHTAG = new RegExp(NEGATIVE_HASHTAG_PARTS.join('|'), 'i');

/** "@AcmeHelp", "@AskAcme": the handle (without "@") of a brand's support account. */
export function isSupportHandle(handle: string): boolean {
  return SUPPORT_HANDLE.test(handle);
}

/** Hashtags glue words together ("#nothappy"): look for complaint fragments inside unknown ones. */
export function negativeHashtag(ev: Evidence, tag: string, term: string): void {
  if (!NEGATIVE_HASHTAG.test(tag)) return;
  ev.negativeHashtags++;
  ev.sum += NEGATIVE_HASHTAG_VALENCE;
  ev.negative -= NEGATIVE_HASHTAG_VALENCE;
  ev.hits++;
  ev.why.push({ term, rule: 'hashtag', weight: NEGATIVE_HASHTAG_VALENCE });
  ev.complaintWhy.push({ term, rule: 'hashtag', weight: 0 });
}
