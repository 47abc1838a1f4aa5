import { describe, expect, it } from 'vitest';
import { parseFixClaim, parsePromise } from '../../../server/detect/communication';

const POSTED = Date.parse('2026-03-02T14:10:00Z');
const due = (text: string, posted = POSTED, offset = 0) => {
  const p = parsePromise(text, posted, offset);
  return p && { at: new Date(p.dueT).toISOString().slice(11, 16), zone: p.zone };
};

describe('parsePromise', () => {
  it.each([
    ['Next update by 3pm.', { at: '15:00', zone: 'assumed' }],
    ["We'll post an update by 15:30 UTC.", { at: '15:30', zone: 'utc' }],
    ['Next update at 4.45 p.m. GMT', { at: '16:45', zone: 'utc' }],
    ["We'll update you within the hour.", { at: '15:10', zone: 'relative' }],
    ['Next update within the next hour', { at: '15:10', zone: 'relative' }],
    ['Next update in 30 minutes.', { at: '14:40', zone: 'relative' }],
    ['We expect to be back in half an hour', { at: '14:40', zone: 'relative' }],
    ['Update within 2 hours', { at: '16:10', zone: 'relative' }],
    ['We will update you in 45 mins', { at: '14:55', zone: 'relative' }],
    ['Update by 4pm BST', { at: '15:00', zone: 'named' }],
    ['Next update by 10:00 EST', { at: '15:00', zone: 'named' }],
    ['Next update by 16:00 +01:00', { at: '15:00', zone: 'named' }],
    ['We should be back by noon tomorrow', null],
    // "3:30" without am/pm: 03:30 is in the past, 15:30 is the only reading within 12 hours.
    ['Update by 3:30', { at: '15:30', zone: 'assumed' }],
    // Two readings within 12 hours: the later one (never flag a miss on a guess).
    ['Update by 2:30', { at: '14:30', zone: 'assumed' }],
    ['Update by 9am', null],
    ['Update by 2pm', null],
    ['Next update by 3pm IST', null],
    ['We have been down for 30 minutes', null],
    ['It will be fixed in hours', null],
    ['Update by 3', null],
    ['Update by 25:00', null],
    ['Update by 13pm', null],
    ['Thanks for your patience!', null],
  ])('%s', (text, expected) => {
    expect(due(text)).toEqual(expected);
  });

  it('takes the earliest of several promises', () => {
    expect(due('Fix expected by 17:00 UTC; next update within 30 minutes')).toEqual({
      at: '14:40',
      zone: 'relative',
    });
  });

  it('reads a time without a zone in the deployment offset, and crosses midnight', () => {
    expect(due('Update by 3pm', POSTED, -60)).toEqual({ at: '16:00', zone: 'assumed' });
    expect(due('Update by 3pm', POSTED, 60)).toBeNull();
    const late = Date.parse('2026-03-02T23:20:00Z');
    expect(due('Next update by 00:30 UTC', late)).toEqual({ at: '00:30', zone: 'utc' });
    expect(due('Next update by midday', Date.parse('2026-03-02T11:00:00Z'))).toEqual({
      at: '12:00',
      zone: 'assumed',
    });
  });
});

describe('parseFixClaim', () => {
  it.each([
    ['Everything is back up and running. Sorry for the disruption.', 'Everything is back up and running'],
    ['This has now been resolved.', 'This has now been resolved'],
    [
      'Good news: the network problem has been fixed and services are restored.',
      'network problem has been fixed',
    ],
    ['Card payments are working again for everyone.', 'Card payments are working again'],
    ['All systems back to normal', 'All systems back to normal'],
    ['Could you borrow from family until the issue is resolved?', null],
    ['It will be fixed soon', null],
    ['Not fixed yet, sorry', null],
    ["The issue isn't resolved yet", null],
    ['Services restored for some customers, working on the rest', null],
    ['We are working on a fix', null],
    ['This should be resolved by 3pm', null],
    ['We hope to have it fixed within the hour', null],
    ['Once it is restored we will let you know', null],
  ])('%s', (text, phrase) => {
    expect(parseFixClaim(text)?.phrase ?? null).toBe(phrase);
  });
});
