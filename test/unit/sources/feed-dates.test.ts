import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../../server/feeds/sources/feed-dates';

const iso = (v: string) => {
  const ms = parseFeedDate(v);
  return ms === null ? null : new Date(ms).toISOString();
};

describe('parseFeedDate', () => {
  it.each([
    ['Mon, 02 Mar 2026 08:12:00 +0100', '2026-03-02T07:12:00.000Z'],
    ['Mon, 02 Mar 2026 08:12:00 GMT', '2026-03-02T08:12:00.000Z'],
    ['Mon, 2 Mar 2026 08:12:00 UT', '2026-03-02T08:12:00.000Z'],
    ['Sun, 1 Mar 2026 22:40:05 EST', '2026-03-02T03:40:05.000Z'],
    ['Sun, 01 Mar 2026 22:40:05 EDT', '2026-03-02T02:40:05.000Z'],
    ['Fri, 27 Feb 26 17:00 PST', '2026-02-28T01:00:00.000Z'],
    ['27 Feb 2026 17:00:00 PDT', '2026-02-28T00:00:00.000Z'],
    ['Mon, 02 Mar 2026 09:00:00 CET', '2026-03-02T08:00:00.000Z'],
    ['Mon, 02 Mar 2026 09:00:00 CEST', '2026-03-02T07:00:00.000Z'],
    ['Monday, 02-Mar-2026 08:12:00 GMT', '2026-03-02T08:12:00.000Z'],
    ['Mon, 02 March 2026 08:12:00 +05:30', '2026-03-02T02:42:00.000Z'],
    ['Mon, 02 Mar 2026 08:12:00 Z', '2026-03-02T08:12:00.000Z'],
    ['Mon, 02 Mar 2026 08:12:00 A', '2026-03-02T08:12:00.000Z'],
    ['Mon, 02 Mar 2026 08:12:00', '2026-03-02T08:12:00.000Z'],
    ['Mon, 02 Mar 2026 08:12:00 +0000 (UTC)', '2026-03-02T08:12:00.000Z'],
    ['  Mon,  02 Mar 2026   08:12:00 +0000  ', '2026-03-02T08:12:00.000Z'],
    ['2026-03-02T08:12:00Z', '2026-03-02T08:12:00.000Z'],
    ['2026-03-02T08:12:00.123456+01:00', '2026-03-02T07:12:00.123Z'],
    ['2026-03-02 08:12:00+0100', '2026-03-02T07:12:00.000Z'],
    ['2026-03-02T08:12:00', '2026-03-02T08:12:00.000Z'],
    ['2026-03-02', '2026-03-02T00:00:00.000Z'],
  ])('%s -> %s', (input, expected) => {
    expect(iso(input)).toBe(expected);
  });

  it.each([
    [''],
    ['yesterday'],
    ['Mon, 32 Mar 2026 08:12:00 GMT'],
    ['Mon, 30 Feb 2026 08:12:00 GMT'],
    ['Mon, 02 Foo 2026 08:12:00 GMT'],
    ['Mon, 02 Mar 2026 25:12:00 GMT'],
    ['Mon, 02 Mar 2026 08:12:00 XYZT'],
    ['03/02/2026'],
  ])('rejects %j rather than guessing', (input) => {
    expect(parseFeedDate(input)).toBeNull();
  });

  it('does not depend on the host time zone', () => {
    // Date.parse would read a zone-less RFC 822 date in local time; ours must be UTC.
    expect(parseFeedDate('02 Mar 2026 08:12:00')).toBe(Date.UTC(2026, 2, 2, 8, 12, 0));
  });
});
