import type { ExpectedPoint, OfficialPost, PublicPost } from '../../../server/detect/communication';

/** Builders for the communication unit tests. Times are minutes from T0. */

export const T0 = Date.parse('2026-03-02T12:00:00.000Z');
export const MIN = 60_000;
export const at = (min: number): number => T0 + min * MIN;
export const minutesOf = (iso: string | null | undefined): number | null =>
  iso ? (Date.parse(iso) - T0) / MIN : null;

export function official(
  id: string,
  min: number,
  text = 'Update: we are on it.',
  replyTo: string | null = null,
) {
  const post: OfficialPost = { source: 'test', id, author: 'AcmeHelp', t: at(min), text, replyTo };
  return post;
}

export function pub(id: string, min: number, over: Partial<PublicPost> = {}): PublicPost {
  return {
    source: 'test',
    id,
    author: `user-${id}`,
    t: at(min),
    text: 'acme is down',
    complaint: false,
    negative: false,
    positive: false,
    harm: false,
    categories: [],
    replyTo: null,
    shares: null,
    url: null,
    ...over,
  };
}

export const COMPLAINT: Partial<PublicPost> = { complaint: true, negative: true, categories: ['app'] };
export const CHATTER: Partial<PublicPost> = { positive: true };
export const COMM: Partial<PublicPost> = { complaint: true, negative: true, categories: ['communication'] };

/**
 * `rate(min)` posts in each minute of [fromMin, toMin), spread evenly (fractional rates accumulate),
 * deterministic.
 */
export function crowd(
  prefix: string,
  fromMin: number,
  toMin: number,
  rate: number | ((min: number) => number),
  over: Partial<PublicPost> = COMPLAINT,
): PublicPost[] {
  const out: PublicPost[] = [];
  let carry = 0.5;
  for (let m = fromMin; m < toMin; m++) {
    carry += typeof rate === 'number' ? rate : rate(m);
    const n = Math.floor(carry);
    carry -= n;
    for (let i = 0; i < n; i++) out.push(pub(`${prefix}-${m}-${i}`, m + (i + 0.5) / (n + 1), over));
  }
  return out;
}

/** A dense per-minute series over [fromMin, toMin) with a constant expected value. */
export function series(
  fromMin: number,
  toMin: number,
  value: (min: number) => number,
  expected = 1,
): ExpectedPoint[] {
  return Array.from({ length: toMin - fromMin }, (_, i) => ({
    t: at(fromMin + i),
    value: value(fromMin + i),
    expected,
  }));
}
